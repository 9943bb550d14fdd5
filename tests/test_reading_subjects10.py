"""Sentences whose subject is not the article's country, met in a tenth round of passages
(Latin American, Gulf and South Asian papers): a third country that sells or buys, a verb
joined to the one before, a partner ranked by its own flow, a rival overtaken, a
sub-national trading unit. How each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-03-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def pair(c: dict) -> tuple:
    return c["measure"], c["reporter"], c["partner"]


CHILE = ("Chile's exports to Brazil reached $6.1 billion in 2023, while its imports from Brazil "
         "were $8.0 billion. ")


def test_a_third_country_selling_to_a_named_side_after_the_figure_reports_it():
    r = read(CHILE + "Trade between Argentina and Brazil came to $28.0 billion: Argentina sold "
             "$12.5 billion to the South American giant and bought $15.5 billion from it.")
    assert pair(r["claims"]["$12.5 billion"]) == ("exports", "ARG", "BRA")
    assert pair(r["claims"]["$15.5 billion"]) == ("imports", "ARG", "BRA")
    assert r["errors"] == []


def test_a_verb_joined_to_a_third_countrys_verb_keeps_its_subject_and_is_checked():
    r = read(CHILE + "Trade between Argentina and Brazil came to $28.0 billion: Argentina sold "
             "$12.5 billion to the South American giant and bought $17.5 billion from it.")
    assert pair(r["claims"]["$17.5 billion"]) == ("imports", "ARG", "BRA")
    assert r["errors"]  # 12.5 + 17.5 is not 28.0


def test_a_partner_that_buys_and_then_ships_to_the_country_is_read_from_the_country():
    r = read("China kept its place as Saudi Arabia's largest trading partner in 2023, with trade of "
             "SAR 365.3 billion. The Kingdom's exports to China stood at SAR 203.6 billion. Korea ranked "
             "fourth: it bought SAR 60.0 billion of Saudi goods and shipped SAR 20.0 billion to the "
             "Kingdom, for total trade of SAR 80.0 billion.")
    assert pair(r["claims"]["SAR 60.0 billion"]) == ("exports", "SAU", "KOR")
    assert pair(r["claims"]["SAR 20.0 billion"]) == ("imports", "SAU", "KOR")
    assert pair(r["claims"]["SAR 80.0 billion"]) == ("trade_total", "SAU", "KOR")
    assert r["errors"] == []


def test_a_partner_ranked_with_its_total_trade_is_the_countrys_partner():
    r = read("Pakistan's exports to China were $2.7 billion in 2023. Imports from Russia rose to "
             "$1.9 billion, while Germany ranked sixth with total trade of $3.4 billion.")
    assert pair(r["claims"]["$3.4 billion"]) == ("trade_total", "PAK", "DEU")


def test_the_largest_partner_at_a_figure_is_total_trade_not_the_balance_before():
    r = read("Kenya ran a deficit of $1.1 billion with Uganda. Tanzania, which bought goods worth "
             "$0.6 billion from Kenya and sold $0.5 billion, was the second largest partner at "
             "$1.1 billion.")
    c = r["claims"]
    assert pair(c["$0.6 billion"]) == ("exports", "KEN", "TZA")
    assert pair(c["$0.5 billion"]) == ("imports", "KEN", "TZA")
    tza = [x for x in c.values() if x["partner"] == "TZA" and x["measure"] == "trade_total"]
    assert tza and tza[0]["value"] == 1.1e9
    assert r["errors"] == []


def test_the_rival_a_country_overtook_is_not_the_partner():
    r = read("Vietnam overtook Japan in 2023 as the third largest trading partner of Korea, with "
             "bilateral trade of $80.0 billion. Vietnamese exports to Korea reached $25.0 billion, "
             "while Vietnam bought $55.0 billion of Korean goods.")
    assert pair(r["claims"]["$80.0 billion"])[1:] in (("VNM", "KOR"), ("KOR", "VNM"))
    assert r["errors"] == []


def test_an_emirates_trade_is_not_the_countrys():
    r = read("Sharjah's non-oil foreign trade rose 5 per cent to Dh105 billion in 2023. The UAE's "
             "total non-oil trade reached Dh3.5 trillion in the year.", "2024-03-01")
    emirate, country = r["claims"]["Dh105 billion"], r["claims"]["Dh3.5 trillion"]
    assert (emirate["reporter"], emirate["reporter_unit"]) == (None, "AE-SH")
    assert emirate["currency"] == "AED"
    assert country["reporter"] == "ARE"
    assert r["errors"] == []


def test_a_provinces_figures_are_still_checked_against_each_other():
    r = read("Guangdong's exports rose 10 per cent to $700 billion in 2023 from $600 billion in 2022.",
             "2024-02-01")
    assert r["claims"]["$700 billion"]["reporter_unit"] == "CN-GD"
    assert r["errors"]  # 700 / 600 is +16.7%, not +10%


def test_a_sub_national_dateline_dates_the_text_by_its_country():
    r = read("DUBAI: The UAE's non-oil foreign trade reached Dh1.4 trillion in the first half.", "2024-08-19")
    assert r["claims"]["Dh1.4 trillion"]["reporter"] == "ARE"
