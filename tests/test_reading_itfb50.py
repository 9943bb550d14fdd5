"""IT and business-services exports (round 50, part b): a named kind of services
("knowledge-intensive services") is a part of all services, never the total; a figure hung on a
later product's own flow phrase ("... offset part of the merchandise trade deficit of") is that
product's; a share restating the world's own flow of a kind is the world's; a share restating an
amount no words tie to a country is a guess; "the previous fiscal year" after a fiscal year is
the one before it, and "earned ... from the segment" the part named before; a bullet list under
"A breakdown by ...:" adds up to the figure before it."""
from tradecheck import verify_text


def result(text: str, published: str | None = None) -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str, published: str | None = None) -> list[str]:
    return [f["message"] for f in result(text, published)["findings"] if f["status"] == "inconsistent"]


def claim(text: str, figure: str) -> dict:
    return next(c for c in result(text)["claims"] if c["text"] == figure)


def test_a_knowledge_intensive_kind_of_services_is_a_part_of_all_services():
    text = ("Freedonia exported $20.0 billion of services in 2023. Knowledge-intensive services "
            "earned about $9.8 billion, roughly half of the total.")
    assert claim(text, "$9.8 billion")["commodity"] == "knowledge-intensive services"
    assert errors(text) == []


def test_a_figure_on_a_later_products_own_deficit_phrase_is_that_products():
    text = ("Freedonia's services exports were $300 billion in 2023 and services imports $180 billion, "
            "a services surplus of $120 billion. The services surplus offset part of the merchandise "
            "trade deficit of $200 billion.")
    assert claim(text, "$200 billion")["commodity"] == "goods"
    assert errors(text) == []


def test_a_share_restating_the_worlds_flow_of_a_kind_is_the_worlds():
    text = ("Global exports of software services reached $500 billion in 2022, equivalent to about "
            "{pct} per cent of world services exports of $5.0 trillion.")
    share = claim(text.format(pct="10"), "10 per cent")
    assert (share["reporter"], share["partner"]) == ("WLD", "WLD")
    assert errors(text.format(pct="10")) == []
    assert errors(text.format(pct="20"))


def test_the_previous_fiscal_year_after_a_fiscal_year_is_the_year_before():
    text = ("Kenya's exports of software rose 10 percent to $550 million in fiscal "
            "2022-23.\n\nIn the previous fiscal year, Kenya earned ${base} million from software exports.")
    assert claim(text.format(base="500"), "$500 million")["period"] == "2021-07/2022-06"
    assert errors(text.format(base="500")) == []
    assert errors(text.format(base="600"))


def test_earned_from_the_segment_is_the_part_named_before():
    text = ("Kenya's computer services exports rose 10 percent to $550 million in fiscal 2022-23.\n\n"
            "In the previous fiscal year, the country earned ${base} million from the segment.")
    assert claim(text.format(base="500"), "$500 million")["commodity"] == "computer services"
    assert errors(text.format(base="600"))


def test_bullets_under_a_breakdown_heading_add_up_to_the_figure_before():
    text = ("India's technology export revenue is estimated at $98.4 billion in FY2023. A breakdown by segment:\n\n"
            "- IT services: ${part} billion\n"
            "- BPM: $23.3 billion\n"
            "- Software products: $15.0 billion\n")
    assert errors(text.format(part="60.1")) == []
    assert errors(text.format(part="70.1"))
