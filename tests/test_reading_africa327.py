"""African press, third round: central-bank reviews and ministry releases that give a
product's earnings beside the national total, services receipts beside goods exports, a
fiscal year's figure against "last fiscal year", and a continent's trade against a bank's
financing facility."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-08-10") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_earnings_with_a_bracketed_equivalent_keep_the_product_after_it():
    # "earned $X (about Shs...) from tea exports": the product past the bracket, so the bare
    # "Earnings rose" after it is the tea's, not the national total's
    r = read("KAMPALA – Uganda earned $910.5 million (about Shs3.4 trillion) from tea exports in the "
             "2023/24 financial year. Earnings rose 10.0 percent from $827.7 million a year earlier. "
             "Tea accounted for 12.9 percent of Uganda's total merchandise exports of $7.06 billion in "
             "the financial year.")
    assert r["claims"]["$910.5 million"]["commodity"] == "tea"
    assert r["claims"]["10.0 percent"]["commodity"] == "tea"
    assert r["errors"] == []


def test_a_level_earned_last_fiscal_year_is_the_year_before_the_change():
    r = read("ADDIS ABABA – Ethiopia earned 3.10 billion USD from the export of goods in the 2023/24 "
             "fiscal year. The country exported sesame and fetched 0.62 billion USD, up 12.7 percent "
             "from the 0.55 billion USD earned last fiscal year. Sesame thus accounted for 20.0 percent "
             "of the total export revenue.")
    assert r["claims"]["0.55 billion USD"]["period"] == "2022-07/2023-06"
    assert r["errors"] == []


def test_travel_receipts_with_a_gloss_are_a_service_not_the_goods_total():
    r = read("The value of gold exports rose to USD 2,100.0 million in the year ending June 2024. "
             "Coffee exports were USD 300.0 million and tea USD 50.0 million. Travel (tourism) receipts "
             "increased to USD 2,200.0 million from USD 2,000.0 million.", published="2024-07-31")
    assert r["claims"]["USD 2,200.0 million"]["commodity"] == "travel services"
    assert r["errors"] == []


def test_a_bare_count_of_arrivals_is_no_money():
    r = read("Travel receipts increased to USD 2,200.0 million in 2023, with international arrivals "
             "reaching 1.6 million.")
    assert "1.6 million" not in r["claims"]


def test_a_financing_facility_set_aside_is_no_trade_figure():
    r = read("Trade among African countries rose 4.0% to $208.0 billion in 2023 from $200.0 billion in "
             "2022. The Bank has set aside $8 billion under its Adjustment Facility.")
    assert r["claims"]["$8 billion"]["measure"] == "other"
    assert r["errors"] == []


def test_a_whole_a_report_puts_at_is_the_whole_of_the_share():
    # "14.0% of total trade, which the report puts at $1.5 trillion": that total is the whole
    # (and "Intra-African" names the pair, no product)
    r = read("Intra-African trade reached $210.0 billion in 2023. Intra-African trade accounted for "
             "14.0% of the continent's total trade, which the report puts at $1.5 trillion.")
    assert r["claims"]["14.0%"]["commodity"] is None
    assert r["claims"]["$1.5 trillion"]["commodity"] is None


def test_a_product_still_accounting_for_a_share_is_that_product():
    r = read("GABORONE: Namibia's diamond exports fell to N$20.0 billion in 2023, figures from the "
             "statistics agency show. Diamonds still accounted for 50.0 percent of total exports, which "
             "stood at N$40.0 billion for the year.", published="2024-03-20")
    assert r["claims"]["50.0 percent"]["commodity"] == "diamonds"
    bad = read("GABORONE: Namibia's diamond exports fell to N$20.0 billion in 2023, figures from the "
               "statistics agency show. Diamonds still accounted for 56.0 percent of total exports, which "
               "stood at N$40.0 billion for the year.", published="2024-03-20")
    assert bad["errors"]


def test_a_customs_union_is_a_bloc_not_a_source_of_the_figures():
    # the union's name does not make the figures around it another source's, so the share
    # is checked against the product's level the statistics office gave
    text = ("Copper slump drags Botswana into deficit\n\n"
            "GABORONE: Botswana's copper exports fell to P9.0 billion in 2023, latest figures from "
            "Statistics Botswana show.\n\n"
            "Copper accounted for {} percent of total exports, which stood at P45.0 billion for the year.\n\n"
            "The Southern African Customs Union (SACU) remained the main source of goods, supplying "
            "P50.0 billion worth of imports.")
    assert read(text.format("20.0"), published="2024-03-20")["errors"] == []
    assert read(text.format("26.0"), published="2024-03-20")["errors"]
