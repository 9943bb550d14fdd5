"""Sentences of kinds met in the thirteenth round of passages (Australian, New Zealand and
Pacific offices and press): how each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-08-08") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_a_product_that_earned_a_country_a_figure_is_the_part():
    r = read("WELLINGTON, Aug 8 - Tourism earned New Zealand a record NZ$11.2 billion in 2023. "
             "Total exports were NZ$72.4 billion.")
    assert r["claims"]["NZ$11.2 billion"]["commodity"] == "tourism"
    assert r["claims"]["NZ$11.2 billion"]["reporter"] == "NZL"
    assert r["errors"] == []


def test_a_clause_opening_participle_is_not_part_of_the_product():
    r = read("Total services exports were A$127.9 billion in 2023, meaning tourism made up 20 per cent of the total.")
    assert r["claims"]["20 per cent"]["commodity"] == "tourism"


def test_a_share_of_the_total_after_another_products_figure_is_of_that_product():
    text = ("Australia's services exports were A$127.9 billion in 2023, and education accounted for A$47.8 billion. "
            "Goods exports were A$549.8 billion. "
            "Services exports were A$127.9 billion, meaning education made up {} per cent of the total.")
    assert read(text.format(37))["errors"] == []
    assert read(text.format(42))["errors"]


def test_the_subject_of_a_buy_verb_across_a_which_aside_is_the_partner():
    r = read("BRISBANE, Aug 8 - Australia's coal export earnings were A$65.0 billion in 2023-24. "
             "Japan took coal worth A$18.2 billion. India, which relies on Australian coking coal, "
             "bought coal worth A$14.6 billion. Together, the two markets accounted for A$32.8 billion.")
    india = r["claims"]["A$14.6 billion"]
    assert (india["reporter"], india["partner"], india["measure"]) == ("AUS", "IND", "exports")
    assert r["claims"]["A$32.8 billion"]["partner"] != "WLD"
    assert r["errors"] == []


def test_a_gapped_conjunct_with_its_own_flow_noun_keeps_its_product():
    r = read("Australia's meat exports rose in 2023. Beef exports to the US were A$4.2 billion and lamb exports A$0.8 billion.")
    assert r["claims"]["A$0.8 billion"]["commodity"] == "lamb"
    assert r["errors"] == []


def test_a_product_that_pushes_a_flow_to_a_figure_is_not_its_product():
    r = read("Coal lifts India trade to record $30bn\n\nSYDNEY, Aug 8 - Australia's two-way goods trade with India "
             "rose to $30 billion in 2023-24.")
    assert r["claims"]["$30bn"].get("commodity") is None
    assert r["errors"] == []


def test_a_bare_dollar_in_a_text_datelined_in_australia_is_the_australian_dollar():
    r = read("SYDNEY, Aug 8 - Australia's exports to Japan were $95.1 billion in 2023-24.")
    assert r["claims"]["$95.1 billion"]["currency"] == "AUD"


def test_a_bare_dollar_in_a_text_from_mexico_stays_the_us_dollar():
    r = read("MEXICO CITY, Aug 8 - Mexico's exports to the United States were $490 billion in 2023.")
    assert r["claims"]["$490 billion"]["currency"] == "USD"


def test_pacific_currency_codes_and_signs_are_money():
    cases = [("HONIARA - Solomon Islands' exports were SBD 2,636 million in 2023.", "SBD 2,636 million", "SBD"),
             ("APIA - Samoa's exports were SAT 11.8 million in June 2024.", "SAT 11.8 million", "WST"),
             ("NUKU'ALOFA - Tonga's imports were T$512 million in 2023.", "T$512 million", "TOP"),
             ("Tonga's imports were 512 million pa'anga in 2023.", "512 million pa'anga", "TOP"),
             ("PORT VILA - Vanuatu's imports were VT 42.5 billion in 2023.", "VT 42.5 billion", "VUV"),
             ("SUVA - Fiji's exports were F$1.9 billion in 2023.", "F$1.9 billion", "FJD"),
             ("SUVA - Fiji's exports were FJD 1.9 billion in 2023.", "FJD 1.9 billion", "FJD")]
    for text, figure, code in cases:
        assert read(text)["claims"][figure]["currency"] == code, text


def test_a_balance_in_a_pacific_currency_is_checked():
    text = ("HONIARA - Solomon Islands' exports were SBD 2,636 million in 2023. Imports were SBD 3,960 million, "
            "leaving a merchandise trade deficit of SBD {} million.")
    assert read(text.format("1,324"))["errors"] == []
    assert read(text.format("1,424"))["errors"]


def test_the_top_export_at_a_figure_is_that_product():
    r = read("APIA - Samoa's exports were SAT 11.8 million in June 2024. Nonu juice was the top domestic export at SAT 3.4 million.")
    assert r["claims"]["SAT 3.4 million"]["commodity"] == "nonu juice"
    assert r["errors"] == []


def test_a_figure_in_re_exports_is_of_the_re_exports():
    r = read("APIA - Samoa's total exports for June 2024 were SAT 11.8 million, including SAT 2.1 million in re-exports.")
    assert r["claims"]["SAT 2.1 million"]["commodity"] == "re-exports"
    assert r["errors"] == []


def test_the_year_to_june_in_a_country_whose_fiscal_year_ends_then_is_that_year():
    r = read("NUKU'ALOFA - Tonga's merchandise exports were T$44.1 million in the year to June 2024.", "2024-09-10")
    assert r["claims"]["T$44.1 million"]["period"] == "2023-07/2024-06"


def test_a_share_of_all_of_a_products_exports_is_of_its_trade_with_everyone():
    text = ("WELLINGTON - Stats NZ said log exports to China were $651 million in the March 2024 quarter, "
            "{} percent of all log exports ($775 million).")
    r = read(text.format(84), "2024-05-16")
    assert r["claims"]["$775 million"]["partner"] == "WLD"
    assert r["errors"] == []
    assert read(text.format(90), "2024-05-16")["errors"]
