"""Sentences of agricultural reports (the EU as reporter, lists of products, split years):
how each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-05-02") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def pair(c: dict) -> tuple:
    return c["reporter"], c["partner"]


def test_a_place_after_of_that_qualifies_the_flow_word_reports_it():
    r = read("In 2023, the value of EU dairy exports reached EUR 18.4 billion, while imports came to EUR 3.1 billion.")
    assert pair(r["claims"]["EUR 18.4 billion"]) == ("EUU", "WLD")
    assert pair(r["claims"]["EUR 3.1 billion"]) == ("EUU", "WLD")


def test_the_top_destination_for_a_places_exports_is_its_partner():
    r = read("In 2023, EU dairy exports reached EUR 18.4 billion. "
             "China remained the top destination for EU dairy exports, with a value of EUR 3.2 billion. "
             "The United States came second with EUR 2.5 billion, followed by Japan with EUR 1.4 billion.")
    assert pair(r["claims"]["EUR 3.2 billion"]) == ("EUU", "CHN")
    assert pair(r["claims"]["EUR 2.5 billion"]) == ("EUU", "USA")
    assert pair(r["claims"]["EUR 1.4 billion"]) == ("EUU", "JPN")


def test_a_destination_for_another_places_exports_in_a_text_about_a_third():
    r = read("Ghana's cocoa exports reached $3.0 billion in 2023. "
             "Germany was the top destination for EU exports, with EUR 61.2 billion.")
    assert pair(r["claims"]["EUR 61.2 billion"]) == ("EUU", "DEU")


def test_products_that_fetched_their_figures_in_a_list():
    r = read("Kenya's horticultural exports earned Sh120.0 billion in 2023. "
             "Cut flowers brought in Sh70.0 billion, while fruits fetched Sh30.0 billion and vegetables Sh25.0 billion.",
             "2024-03-05")
    assert r["claims"]["Sh30.0 billion"]["commodity"] == "fruits"
    assert r["claims"]["Sh25.0 billion"]["commodity"] == "vegetables"
    assert r["errors"] == []


def test_parts_that_fetched_more_than_the_whole_are_an_error():
    r = read("Kenya's exports earned Sh120.0 billion in 2023. "
             "Cut flowers brought in Sh70.0 billion, while fruits fetched Sh30.0 billion and vegetables Sh28.0 billion.",
             "2024-03-05")
    assert r["errors"]


def test_a_ranked_product_of_the_country_and_a_listed_part_with_its_figure():
    r = read("Peru's fruit complex generated export revenue of US$ 6,000 million in 2023. "
             "Grapes remained the country's top export product at US$ 1,800 million, followed by fresh avocado with US$ 1,100 million "
             "and blueberries at US$ 900 million.", "2024-02-01")
    assert r["claims"]["US$ 6,000 million"]["commodity"] == "fruit complex"
    assert r["claims"]["US$ 1,800 million"]["commodity"] == "grapes"
    assert r["claims"]["US$ 1,100 million"]["commodity"] == "fresh avocado"


def test_the_next_product_after_one_that_was_its_flows_subject():
    r = read("Mexican mango shipments to the United States reached $0.9 billion in 2023, and limes $0.6 billion.", "2024-02-08")
    assert r["claims"]["$0.9 billion"]["commodity"] == "mango"
    assert r["claims"]["$0.6 billion"]["commodity"] == "limes"


def test_a_fiscal_year_is_that_of_the_country_whose_flow_it_is():
    r = read("Indonesia's palm oil exports rose in 2023. "
             "U.S. agricultural exports to Indonesia totaled $2.9 billion in FY 2023, versus $3.3 billion in FY 2022.", "2024-02-20")
    assert r["claims"]["$2.9 billion"]["period"] == "2022-10/2023-09"
    assert r["claims"]["$3.3 billion"]["period"] == "2021-10/2022-09"


def test_a_cocoa_season_runs_from_october():
    r = read("Ghana's cocoa export earnings fell to $1.8bn in the 2022/23 season from $2.4bn the season before.", "2023-10-10")
    assert r["claims"]["$1.8bn"]["period"] == "2022-10/2023-09"
    assert r["claims"]["$2.4bn"]["period"] == "2021-10/2022-09"


def test_a_marketing_year_named_by_its_abbreviation_is_no_fiscal_year():
    # India keeps an April-March fiscal year; "MY 2023/24" is a marketing year whose months the
    # text does not give: a guess, never the fiscal year as if the text had said it
    text = ("NEW DELHI - India's rice exports reached $11.0 billion in FY24. "
            "Post forecasts MY 2024/25 rice exports at $12.0 billion, up 9.1 percent from $11.0 billion in MY 2023/24.")
    claims = verify_text(text, published="2024-05-02", reference="none").claim_list
    assert claims[0].period == "2023-04/2024-03" and claims[0].basis["period"] == "text"
    assert all(c.basis["period"] != "text" for c in claims[1:] if c.text in ("$12.0 billion", "$11.0 billion"))


def test_the_noun_of_a_product_named_before_in_a_which_aside_is_that_product():
    r = read("Peru's fruit complex generated export revenue of US$ 6,000 million in 2023. "
             "Grapes remained the country's top export product at US$ 1,800 million, followed by fresh avocado with US$ 1,100 million. "
             "The complex, which accounted for 50.0% of Peru's total goods exports of US$ 12,000 million, shipped more.", "2024-02-01")
    assert r["claims"]["50.0%"]["commodity"] == "fruit complex"
    assert r["errors"] == []
