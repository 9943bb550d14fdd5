"""Sentences of kinds met in a thirty-second round of passages (Turkish press on provinces and
partners): provinces as exporters beside their country, a province ranking, a capital named as
one of the provinces, a flow to many countries, an investment stock after trade figures, and an
amount taken off a monthly figure."""
from tradecheck import verify_text
from tradecheck.read import make_document
from tradecheck.api import extract


def read(text: str, published: str = "2026-02-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def pairs(text: str, published: str = "2026-02-01") -> dict:
    """Each figure's reporter and partner, sub-national codes included."""
    return {c.text: (c.reporter, c.partner) for c in extract(make_document(text, published=published))}


PROVINCES = ("KONYA (Wire) - Konya-based companies shipped $3.0 billion worth of goods abroad in 2025, up 4.0% "
             "from a year earlier and {share} of Türkiye's total exports of $150 billion in the year.\n\n"
             "Kayseri, home to the country's largest furniture and steel plants, came second with $2.4 billion, "
             "followed by the inland province of Denizli with $1.9 billion and the capital Ankara with $1.2 billion.")


def test_a_province_ranked_after_another_reports_its_own_exports():
    p = pairs(PROVINCES.format(share="2.0%"))
    assert p["$3.0 billion"] == ("TR-42", "WLD")
    assert p["$2.4 billion"] == ("TR-38", "WLD")
    assert p["$1.9 billion"] == ("TR-20", "WLD")


def test_the_capital_named_as_such_among_provinces_is_the_province():
    assert pairs(PROVINCES.format(share="2.0%"))["$1.2 billion"] == ("TR-06", "WLD")


def test_the_capital_alone_still_stands_for_its_country():
    assert pairs("Ankara's exports to Iraq rose to $13 billion in 2025.")["$13 billion"] == ("TUR", "IRQ")


def test_a_place_described_as_home_to_plants_gives_the_figure_no_product():
    r = read(PROVINCES.format(share="2.0%"))
    assert r["claims"]["$2.4 billion"]["commodity"] is None
    assert r["errors"] == []


def test_a_provinces_share_of_the_country_after_its_change_is_of_the_same_period():
    r = read(PROVINCES.format(share="2.0%"))
    assert r["claims"]["2.0%"]["period"] == "2025"  # not the year before, the change's base
    assert r["errors"] == []


def test_a_wrong_share_of_the_country_for_a_province_is_found():
    assert read(PROVINCES.format(share="2.5%"))["errors"]  # 3.0 / 150 is 2.0%


CITY = ("GAZİANTEP\n\nThe province of Konya posted exports of $3.1 billion in 2025. Iraq remained the province's "
        "largest market at $0.6 billion. Konya's furniture makers alone shipped some $0.9 billion worth of sofas to "
        "more than 120 countries. The neighbouring province of Kayseri, whose exports of $1.1 billion go mostly to "
        "Iraq, also grew, while Denizli's exports reached $2.4 billion.")


def test_a_flow_to_many_countries_is_with_the_world():
    assert pairs(CITY)["$0.9 billion"][1] == "WLD"
    assert read(CITY)["errors"] == []  # not a part of the $0.6 billion to Iraq
    p = pairs("Chile's exports to Peru rose to $2.0 billion in 2025. Chile's winemakers shipped $1.5 billion "
              "worth of wine to more than 90 countries.")
    assert p["$1.5 billion"] == ("CHL", "WLD")


def test_a_flow_to_a_few_countries_is_not_read_as_with_the_world():
    p = pairs("Chile's exports to Peru rose to $2.0 billion in 2025. Chile's winemakers shipped $1.5 billion "
              "worth of wine to 3 countries.")
    assert p["$1.5 billion"][1] != "WLD"


def test_another_province_named_as_owner_of_its_exports_takes_no_partner_of_the_one_before():
    assert pairs(CITY)["$2.4 billion"] == ("TR-20", "WLD")


def test_a_provinces_dateline_locates_the_writer_only():
    p = pairs("ISTANBUL\n\nTürkiye's exports rose 3% to $22.0 billion in March.", "2026-04-02")
    assert p["$22.0 billion"] == ("TUR", "WLD")


def test_an_investment_stock_after_trade_figures_is_no_balance():
    r = read("Poland's exports to Spain came to $9.0 billion in 2025, while imports from Spain were $7.0 billion, "
             "leaving a surplus of $2.0 billion. Spanish investors have poured around $5 billion into Poland "
             "since 2004.", "2026-02-20")
    assert r["claims"]["$5 billion"]["measure"] == "other"
    assert r["errors"] == []


def test_an_amount_shaved_from_the_monthly_figure_is_a_fall_not_the_level():
    r = read("Kenya's exports reached $1.0 billion in April. Exports to Uganda made up 20.0% of the monthly total. "
             "Fewer working days shaved roughly $0.2 billion from the monthly figure.", "2026-05-10")
    assert r["claims"]["$0.2 billion"]["measure"] != "exports"
    assert r["errors"] == []
