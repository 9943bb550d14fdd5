"""Sentences of kinds met in a seventh round of passages (statistics offices of East Asia,
Africa, the English-speaking world and Eastern Europe, commodity desks, policy pieces) that the
lead fixed beside the helpers' branches: how each is read."""
from tradecheck import verify_text


def read(text: str, published: str) -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    return {"claims": {c["text"]: c for c in result["claims"]},
            "errors": [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]}


def test_a_share_whose_part_lost_its_product_is_no_share_of_itself():
    # "agricultural exports" go unread as a product: the part then has the whole's own key,
    # and "USD 11.5 billion is 100% of USD 11.5 billion" would be a false error
    r = read("KYIV, July 3, 2024 - According to the customs service, agricultural exports in January-June 2024 "
             "brought in USD 11.5 billion, which is 59.9% of the country's total exports of goods of USD 19.2 "
             "billion in the period.", "2024-07-03")
    assert r["errors"] == []


def test_a_change_of_a_currency_is_no_change_of_trade():
    r = read("Imports grew by 47.4 per cent to N35.81 trillion in 2023 from N24.30 trillion in 2022. "
             "The naira lost more than half of its value against the dollar in 2023, and the rupee fell 4%.",
             "2024-03-01")
    assert r["claims"]["half"]["measure"] == "other"
    assert r["claims"]["4%"]["measure"] == "other"
    assert r["errors"] == []


def test_a_change_of_a_flow_in_dollars_stays_a_change_of_the_flow():
    r = read("Exports were $10 billion in 2023. The dollar value of exports fell 4% in 2023.", "2024-03-01")
    assert r["claims"]["4%"]["measure"] == "exports"


def test_the_previous_fiscal_year_is_the_one_before_the_year_in_hand():
    # published just after the fiscal year ended: "the previous fiscal year" is still the one
    # before the year the text is about, not the one before today's
    r = read("DHAKA - Bangladesh's export earnings rose 6.68 percent to $55.56 billion in fiscal year 2022-23. "
             "The country had earned $52.08 billion in the previous fiscal year.", "2023-07-10")
    assert r["claims"]["$52.08 billion"]["period"] == "2021-07/2022-06"
    assert r["errors"] == []


def test_a_shortfall_is_a_deficit_not_a_fall():
    # ("shortfall of" ends in "fall of", which is no change)
    r = read("In March alone, Mexico posted a surplus of $2.27 billion, reversing a deficit of $585 million in "
             "February and a January shortfall of $4.79 billion.", "2024-04-25")
    c = r["claims"]["$4.79 billion"]
    assert (c["measure"], c["value"], c["period"]) == ("balance", -4.79e9, "2024-01")


def test_a_figure_after_forecasting_is_a_forecast():
    r = read("Mexico's trade deficit was $5.5 billion in 2023. Analysts expect imports to pick up, forecasting a "
             "shortfall of $5.6 billion for the full year.", "2024-04-25")
    assert r["claims"]["$5.6 billion"]["measure"] == "other"
    assert r["claims"]["$5.5 billion"]["measure"] == "balance"


def test_an_adverb_between_commas_does_not_hide_the_product():
    r = read("Morocco's exports rose 5.5% to MAD 148.3 billion. Sales of phosphates and derivatives, meanwhile, "
             "slipped 1.3% to MAD 22.8 billion, down from MAD 23.1 billion.", "2024-05-03")
    assert r["claims"]["MAD 22.8 billion"]["commodity"] == "phosphates and derivatives"
    assert r["errors"] == []


def test_an_exclusion_of_two_products_leaves_both_out():
    r = read("Turkey's imports were $29.14 billion in April. Energy imports were $4.63 billion and gold imports "
             "$1.47 billion. Imports excluding energy and gold products stood at $23.04 billion.", "2024-05-03")
    assert "gold" in r["claims"]["$23.04 billion"]["commodity"]
    assert r["errors"] == []


def test_the_ratio_of_exports_covering_imports_is_the_coverage_ratio():
    r = read("Turkey's exports rose 10.5% to $19.26 billion in April and imports increased 11.4% to $29.14 billion. "
             "The ratio of exports covering imports fell to 66.1% from 66.6% in April 2023.", "2024-05-03")
    assert r["claims"]["66.1%"]["kind"] == "share"
    assert r["errors"] == []


def test_a_regional_adjective_ending_in_a_demonym_names_no_country():
    r = read("Brazil's exports to China rose to $104.3 billion in 2023, giving the South American country a "
             "surplus of $51.1 billion with its top trading partner.", "2024-01-10")
    assert (r["claims"]["$51.1 billion"]["reporter"], r["claims"]["$51.1 billion"]["partner"]) == ("BRA", "CHN")


def test_the_country_of_an_institution_is_the_one_reporting():
    r = read("SANTIAGO - Chile posted a trade surplus of US$ 2,104 million in March, the Central Bank of Chile "
             "reported, as exports FOB totaled US$ 9,215 million and imports FOB US$ 7,111 million.", "2024-04-08")
    exports = r["claims"]["US$ 9,215 million"]
    assert (exports["reporter"], exports["partner"]) == ("CHL", "WLD")
    uganda = read("Kenya's exports to Uganda were $1.1 billion in 2023. The Bank of Uganda records imports from "
                  "Kenya of $652 million for 2023.", "2024-03-01")["claims"]["$652 million"]
    assert (uganda["reporter"], uganda["partner"]) == ("UGA", "KEN")


def test_trade_in_a_compound_names_no_flow():
    r = read("MONTEVIDEO - Uruguay's exports of goods, including those from free trade zones, reached US$ 1,018 "
             "million in April.", "2024-05-03")
    assert r["claims"]["US$ 1,018 million"]["measure"] == "exports"


def test_re_exports_given_apart_in_a_paragraph_are_not_part_of_its_exports():
    # the UAE's way: non-oil exports, re-exports and imports make up non-oil trade
    r = read("The UAE's non-oil foreign trade reached Dh3.5 trillion in 2023. Non-oil exports reached Dh518 billion. "
             "Re-exports stood at Dh1.104 trillion, while imports reached Dh1.881 trillion.", "2024-02-12")
    assert "re-exports" in r["claims"]["Dh518 billion"]["commodity"]  # "non-oil, excluding re-exports"
    assert r["errors"] == []
    # Saudi Arabia's way, said in words: they count them
    r = read("Saudi non-oil exports (including re-exports) rose to SR23.5 billion in March. Re-exports reached "
             "SR7.2 billion.", "2024-05-20")
    assert "excluding" not in (r["claims"]["SR23.5 billion"]["commodity"] or "")


def test_such_exports_are_those_just_named_scope_and_all():
    r = read("Israel's exports of goods, excluding diamonds, declined 5.6% to $60.3 billion in 2023. In shekel "
             "terms, such exports came to NIS 222.7 billion. Including diamonds, exports of goods totaled $67.1 "
             "billion.", "2024-01-16")
    assert r["claims"]["NIS 222.7 billion"]["scope"] == "excluding diamonds"
    assert r["errors"] == []


def test_an_amount_representing_a_share_of_another_product_is_the_part():
    text = ("Saudi Arabia's non-oil exports, including re-exports, reached SR23.5 billion in March. Re-exports "
            "reached SR7.2 billion in March, representing {} percent of non-oil exports. The Kingdom's overall "
            "merchandise exports were SR95.3 billion.")
    assert read(text.format("30.6"), "2024-05-23")["errors"] == []
    assert read(text.format("35.6"), "2024-05-23")["errors"]


def test_an_apposition_that_ranks_the_subject_does_not_hide_its_product():
    r = read("Saudi non-oil exports reached SR73.4 billion in the first quarter. Chemical products made up 24.1 "
             "percent, while plastics and rubber products, the second-largest category, accounted for 21.9 percent, "
             "at SR16.1 billion.", "2024-05-20")
    assert r["claims"]["SR16.1 billion"]["commodity"] == "plastics and rubber products"
    assert r["errors"] == []


def test_a_subject_of_a_share_of_a_product_is_the_part_and_a_parallel_share_has_its_whole():
    text = ("Saudi Arabia's non-oil exports climbed to SR73.4 billion in the first quarter of 2024. Chemical products, "
            "which made up {} percent of non-oil exports, were worth SR17.7 billion, while plastics and rubber "
            "products accounted for 21.9 percent, at SR16.1 billion.")
    r = read(text.format("24.1"), "2024-05-26")
    assert r["claims"]["SR17.7 billion"]["commodity"] == "chemical products"
    assert r["errors"] == []
    assert read(text.format("29.1"), "2024-05-26")["errors"]


def test_a_year_ended_on_a_named_day_is_a_period_not_a_date():
    r = read("TEHRAN - Iran's non-oil exports were $49.5 billion in the Iranian year ended March 19, 2024, and "
             "non-oil imports $66.8 billion, for total non-oil trade of $116.3 billion.", "2024-04-10")
    assert r["claims"]["$49.5 billion"]["period"] == "2023-04/2024-03"
    assert r["errors"] == []
