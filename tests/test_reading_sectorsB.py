"""Sector export stories of industry associations and the trade press (round 24, sectors):
a wire's "CITY - " dateline opens the body, a headline's product-and-partner does not carry
into the lead's national total, and the figures of a sector are read as its own."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-06-20") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


# a headline about one product to one market over a lead about the country's whole exports
CAR_SURGE = ("Medicine shipments to Mexico more than double as exporters beat a quota\n\n"
             "MADRID - The value of goods exports from Spain jumped 12.0% to EUR33.6 billion in May from "
             "EUR30.0 billion a year earlier, driven by a rush of medicine shipments to Mexico.\n\n"
             "Exports to Mexico reached EUR6.0 billion, three times the EUR2.0 billion of May last year. "
             "Mexico accounted for 17.9% of all Spanish goods exports in the month.")


def test_a_city_and_a_dash_open_the_body_and_the_lead_is_the_countrys_own_total():
    r = read(CAR_SURGE)
    c = r["claims"]["EUR33.6 billion"]
    assert (c["reporter"], c["partner"]) == ("ESP", "WLD")
    assert r["errors"] == []


def test_a_wrong_share_of_the_lead_total_is_caught():
    r = read(CAR_SURGE.replace("17.9%", "27.9%"))
    assert any("27.9%" in e for e in r["errors"])


def test_another_wire_dateline_in_capitals_with_an_agency():
    text = ("Wine sales to China slump\n\n"
            "LISBON (Lusa) -- Portugal's exports rose 4.0% to EUR6.24 billion in March from EUR6.0 billion "
            "a year earlier.\n\n"
            "Exports to China fell to EUR0.10 billion.")
    c = read(text, "2024-05-10")["claims"]["EUR6.24 billion"]
    assert (c["reporter"], c["partner"]) == ("PRT", "WLD")


def test_a_headline_word_multiple_rounds_loosely():
    text = ("Korea's trade deficit halves\n\n"
            "SEOUL - South Korea's trade deficit narrowed to $10.3 billion in 2023 from $22.5 billion "
            "in 2022.")
    assert read(text, "2024-01-05")["errors"] == []
    assert read(text.replace("$10.3 billion", "$7.3 billion"), "2024-01-05")["errors"]


def test_a_group_word_after_a_countrys_possessive_is_where_its_flow_goes():
    text = ("Border trade up 5%\n\n"
            "KAMPALA - Uganda's informal cross-border exports amounted to US$ 63.0 million in the second "
            "quarter of 2024, up 5.0% from the first quarter's US$ 60.0 million.\n\n"
            "Kenya took US$ 31.5 million, or 50% of the exports.")
    r = read(text, "2024-08-20")
    assert r["claims"]["US$ 63.0 million"]["reporter"] == "UGA"
    assert r["errors"] == []


# a sector's total whose sentence opens by counting in products, each valued in brackets
AUTO = ("Vehicle exports ease\n\n"
        "PRETORIA - South Africa's vehicle exports were worth R159.2 billion in 2023. Counting components "
        "(R68.0 billion) and tyres (R4.1 billion), the automotive industry's export earnings came to R231.3 billion.")


def test_a_figure_in_brackets_is_the_value_of_the_product_before_it():
    r = read(AUTO, "2024-02-20")
    assert r["claims"]["R68.0 billion"]["commodity"] == "components"
    assert r["claims"]["R4.1 billion"]["commodity"] == "tyres"
    assert r["errors"] == []


def test_products_counted_in_stay_within_the_sector_total():
    r = read(AUTO.replace("R231.3 billion", "R201.3 billion"), "2024-02-20")
    assert any("exceed the whole" in e for e in r["errors"])


def test_a_list_of_products_valued_in_brackets():
    text = ("Cheese leads dairy sales\n\n"
            "PARIS - French dairy exports rose 3% to EUR8.9bn in 2023, led by sales of cheese (EUR4.1bn), "
            "butter (EUR1.2bn) and yoghurt (EUR0.9bn).")
    claims = read(text, "2024-03-01")["claims"]
    assert claims["EUR4.1bn"]["commodity"] == "cheese"
    assert claims["EUR1.2bn"]["commodity"] == "butter"


def test_a_place_in_brackets_keeps_its_figure_a_partners():
    text = ("Machinery exports up\n\n"
            "ROME - Italy's exports rose 2% to EUR626 billion in 2023. Shipments to Germany (EUR75 billion) "
            "and France (EUR64 billion) held steady.")
    claims = read(text, "2024-03-01")["claims"]
    assert claims["EUR75 billion"]["partner"] == "DEU"
    assert claims["EUR75 billion"]["commodity"] is None


def test_a_period_before_the_bracket_names_no_product():
    text = ("Surplus narrows\n\n"
            "LIMA, July 9, 2024 - Peru's trade surplus amounted to US$ 1.51 billion in June, 9% less than in the "
            "same month last year (US$ 1.66 billion).")
    r = read(text, "2024-07-09")
    assert r["claims"]["US$ 1.66 billion"]["commodity"] is None
    assert r["errors"] == []
    assert read(text.replace("9% less", "19% less"), "2024-07-09")["errors"]


# a sector's total, a sentence of volumes, then its breakdown; products in "at" asides
HAVANA = ("Cuban rum and cigar exports dip\n\n"
          "HAVANA - Exports of Cuban rum and cigars fell 4.0% in 2023 to US$ 480 million, from US$ 500 "
          "million in 2022, the state holding said. Volumes slipped 2% to 12.0 million litres.\n\n"
          "Of the total, cigars accounted for US$ 290 million and rum for US$ 190 million.\n\n"
          "Aged rum, at US$ 90 million, made up almost half of rum export revenue, while white rum, at "
          "US$ 30 million, came second.")


def test_a_list_whose_verb_is_said_once_names_each_items_product():
    claims = read(HAVANA, "2024-02-10")["claims"]
    assert claims["US$ 290 million"]["commodity"] == "cigars"
    assert claims["US$ 190 million"]["commodity"] == "rum"


def test_a_subject_before_an_at_aside_names_the_figures_product():
    r = read(HAVANA, "2024-02-10")
    assert r["claims"]["US$ 90 million"]["commodity"] == "aged rum"
    assert r["claims"]["US$ 30 million"]["commodity"] == "white rum"
    assert r["errors"] == []


def test_a_breakdown_past_a_sentence_of_volumes_is_of_the_total_before():
    r = read(HAVANA.replace("rum for US$ 190 million", "rum for US$ 290 million"), "2024-02-10")
    assert any("exceed the whole" in e for e in r["errors"])


def test_a_share_of_a_products_export_revenue_is_of_that_product():
    c = read(HAVANA, "2024-02-10")["claims"]["half"]
    assert c["commodity"] == "rum"


# an industry's turnover, its exports and its sales at home
SHOES = ("Spanish footwear turnover edges up 3%\n\n"
         "MADRID - Turnover of Spain's footwear industry rose 3.0% to EUR4.12 billion in 2023 from EUR4.0 billion, "
         "the manufacturers' federation said. Exports grew 2.0% to EUR2.55 billion from EUR2.5 billion, while sales "
         "on the home market fell 1.3% to EUR1.57 billion from EUR1.59 billion.")


def test_an_industrys_turnover_and_its_change_are_no_trade_flow():
    r = read(SHOES, "2024-03-05")
    assert r["claims"]["3.0%"]["measure"] == "other"
    assert r["claims"]["EUR4.12 billion"]["measure"] == "other"


def test_sales_on_the_home_market_are_no_exports():
    r = read(SHOES, "2024-03-05")
    assert r["claims"]["EUR1.57 billion"]["measure"] == "other"
    assert r["errors"] == []
    assert read(SHOES.replace("grew 2.0%", "grew 12.0%"), "2024-03-05")["errors"]


def test_the_subject_of_a_change_past_an_aside_that_ranks_it():
    text = ("Carpet exports slip\n\n"
            "KATHMANDU - Nepal's exports fell 4.0 per cent to US$ 960 million in 2023 from US$ 1,000 million.\n\n"
            "Woollen carpets, the largest single item, slipped 12.0 per cent from US$ 250 million a year earlier.")
    r = read(text, "2024-02-01")
    assert r["claims"]["12.0 per cent"]["commodity"] == "woollen carpets"
    assert r["errors"] == []


# a product's exports, the country's total, then a list of markets whose caption names no product
TEA = ("Kenya tea exports rise 6.0% to $1.40 billion in 2024\n\n"
       "NAIROBI - Kenya's tea exports rose 6.0 percent to $1.40 billion in 2024, the tea board said. Tea made up "
       "18.2 percent of the country's merchandise exports of $7.69 billion.\n\n"
       "Exports by market, 2024:\n"
       "- Pakistan: $0.42 billion (30.0 percent)\n"
       "- Egypt: $0.21 billion (15.0 percent)\n"
       "- Other markets: $0.77 billion (55.0 percent)\n")


def test_a_list_of_markets_under_a_caption_naming_no_product_is_unsure_of_its_product():
    r = read(TEA, "2025-01-20")
    assert r["errors"] == []
    result = verify_text(TEA, published="2025-01-20", reference="none").to_dict()
    unsure = [f for f in result["findings"] if f["status"] == "unverifiable" and "or of all goods, the text does not say" in f["message"]]
    assert unsure


# a table of product lines for a run of months of a fiscal year, its caption naming the months
SEAFOOD = ("Seafood exports up 2.0pc in July-December\n\n"
           "KARACHI - Fish and seafood exports rose 2.0 per cent to $1.02 billion in July-December FY25, data showed.\n\n"
           "Seafood exports, July-December ($ mln)\n\n"
           "Item            FY25    FY24   Change\n"
           "Shrimps          410     380     7.9%\n"
           "Frozen squid     260     250     4.0%\n"
           "Crabs            350     370    -5.4%\n"
           "Total          1,020   1,000     2.0%\n\n"
           "The country's total exports were $16.60 billion in the period.")


def test_a_tables_whole_year_columns_are_the_months_its_caption_names():
    c = read(SEAFOOD, "2025-01-20")["claims"]["410"]
    assert c["period"] in ("2024-H2", "2024-07/2024-12")


def test_each_row_of_a_product_table_is_its_own_product():
    r = read(SEAFOOD, "2025-01-20")
    assert r["claims"]["260"]["commodity"] == "frozen squid"
    assert r["claims"]["350"]["commodity"] == "crabs"
    assert r["errors"] == []


def test_a_wrong_change_in_a_tables_row_is_caught():
    assert read(SEAFOOD.replace("Crabs            350", "Crabs            310"), "2025-01-20")["errors"]
