"""Pairs and wholes of shares, as a fifty-second round of passages wrote them: a share of a
country's total exports after a figure with one partner is a share of its trade with the world;
a firm's share "of its sales" is its turnover, no trade flow; a share "of the total" after a
country's shipments and the world's trade is of the country's shipments."""
from tradecheck import verify_text


def result(text: str, published: str = "2024-03-01") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def claim(text: str, figure: str) -> dict:
    return next(c for c in result(text)["claims"] if c["text"] == figure)


def errors(text: str) -> list[str]:
    return [f["message"] for f in result(text)["findings"] if f["status"] == "inconsistent"]


def test_a_share_of_total_exports_is_with_the_world_not_the_partner_before():
    text = ("Ghana's cocoa exports to Malaysia climbed to $450 million in 2023. "
            "Cocoa accounts for about 15% of Ghana's merchandise exports.")
    got = claim(text, "15%")
    assert got["reporter"] == "GHA" and got["partner"] == "WLD"
    assert errors(text) == []


def test_a_share_of_overall_exports_after_one_partner_is_not_related_to_it():
    text = ("Peru sold copper worth $2 billion to Japan in 2022. "
            "Copper makes up roughly 30% of Peru's overall exports.")
    assert claim(text, "30%")["partner"] == "WLD"


def test_a_share_restating_a_partners_figure_keeps_that_partner():
    text = "Ghana's exports to Malaysia rose to $450 million in 2023, or 5% of Ghana's total exports."
    assert claim(text, "5%")["partner"] == "MYS"


def test_a_share_of_a_firms_sales_said_by_the_firm_is_no_trade():
    text = ("Acme Instruments, Ruritania's biggest tool maker, said Brazil accounted for 35% of its sales "
            "in the first quarter.")
    assert claim(text, "35%")["measure"] == "other"


def test_a_share_of_a_firms_sales_named_the_sentence_before_is_no_trade():
    text = ("Beta Optics, the largest lens company in the region, reported 2023 sales of 9 billion euros. "
            "India made up 18% of its equipment sales in 2023.")
    assert claim(text, "18%")["measure"] == "other"


def test_a_countrys_own_sales_abroad_stay_trade():
    text = ("Norway's exports of gas reached $90 billion in 2022. "
            "Germany took 40% of its gas sales abroad.")
    assert claim(text, "40%")["measure"] != "other"


def _shipments(part: str) -> str:
    return ("Ruritania exported a record 8.0 million tonnes of wheat in 2022. Its shipments were about 20% "
            "of world wheat trade of 40.0 million tonnes. "
            f"Hard wheat accounted for {part} million tonnes of last year's shipments, or around 50% of the total.")


def test_a_share_of_the_total_is_of_the_countrys_shipments_not_world_trade():
    assert errors(_shipments("4.0")) == []
    got = errors(_shipments("6.0"))
    assert got and "8.0 million tonnes" in got[0] and "40.0" not in got[0]
