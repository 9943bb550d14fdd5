"""Kinds of text met in round 37's company reports (earnings releases, annual reports,
earnings-call transcripts): a company's sales, orders and exports are the company's, never
its country's trade; the national figure quoted for context stays the country's; and a
company's own figures are checked against each other where the words tie them."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-03-20") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


RELEASE = ("Brenner Pumpen AG: sales up 9.5 per cent in 2023\n\n"
           "MANNHEIM, 20 March 2024 – Brenner Pumpen AG, the maker of industrial pumps, increased its sales by 9.5 per cent "
           "to €640.5 million in 2023 (previous year: €585.0 million). Exports accounted for 70 per cent of sales, or €448.4 million.\n\n"
           "Sales by region:\n- Germany: €192.1 million\n- Rest of Europe: €201.0 million\n- Americas: €120.2 million\n- Asia: €127.2 million\n\n"
           "The order backlog at year-end stood at €455 million. EBIT reached €58.3 million. "
           "The Board proposes a dividend of €1.40 per share.\n\n"
           "German pump exports totalled about €5.2 billion in 2023, according to the industry association.")


def test_a_companys_exports_and_regional_sales_are_the_companys():
    """"Exports accounted for 70 per cent of sales, or €448.4 million", "Germany: €192.1
    million" under "Sales by region", the backlog and EBIT in a company's release: the
    company's money (measure other), no figure of Germany's exports, so nothing disagrees."""
    r = read(RELEASE)
    for text in ("€448.4 million", "€192.1 million", "€455 million", "€58.3 million"):
        assert r["claims"][text]["measure"] == "other", text
    assert r["claims"]["€192.1 million"]["attribution"]["measure"] == "company-report"
    assert r["errors"] == []


def test_the_national_figure_a_company_quotes_stays_the_countrys():
    """"German pump exports totalled about €5.2 billion in 2023" in a company's release: the
    country is named in the sentence, so Germany's exports."""
    c = read(RELEASE)["claims"]["€5.2 billion"]
    assert (c["measure"], c["reporter"], c["period"]) == ("exports", "DEU", "2023")


def test_a_companys_growth_against_its_earlier_year_in_brackets_is_checked():
    """"increased its sales by 9.5 per cent to €640.5 million (previous year: €585.0
    million)": the change of the two levels; 12.5 per cent is flagged."""
    assert read(RELEASE)["errors"] == []
    assert read(RELEASE.replace("by 9.5 per cent to", "by 12.5 per cent to"))["errors"]


CALL = ("Northfield Tractor Co. (NFT) Q4 Fiscal 2024 Earnings Call Transcript\n\n"
        "Chief Financial Officer: For the full year, net sales were $3.20 billion, down 10% from $3.56 billion, "
        "with Canada and Australia the weakest markets. Our order book stood at $0.9 billion, down 25% from $1.2 billion "
        "a year earlier. We returned $300 million to shareholders through dividends and buybacks.\n\n"
        "Analyst: And tariffs? Canadian exports of farm machinery were about C$4 billion last year.")


def test_an_earnings_calls_sales_and_order_book_are_no_countrys_exports():
    """Net sales, the order book and the money returned to shareholders on an earnings call:
    the company's, not Canada's exports (the market named beside them), so the order book
    a year earlier is no bound on the money returned."""
    r = read(CALL, "2024-11-27")
    for text in ("$3.20 billion", "$1.2 billion", "$300 million"):
        assert r["claims"][text]["measure"] == "other", text
    assert r["errors"] == []


def test_an_earnings_calls_stated_change_of_net_sales_is_checked():
    """"net sales were $3.20 billion, down 10% from $3.56 billion": 3.20 / 3.56 is -10.1%;
    a stated fall of 20% is flagged."""
    assert read(CALL.replace("down 10% from $3.56", "down 20% from $3.56"), "2024-11-27")["errors"]


QUARTER = ("ANDES SEAFOOD S.A. ANNOUNCES RESULTS FOR THE THIRD QUARTER 2024\n\n"
           "Puerto Varas, November 20, 2024 – Andes Seafood S.A. reports its results for the third quarter (3Q24).\n\n"
           "• Revenue reached US$ 120.0 million in 3Q24, 20.0% higher than the US$ 100.0 million recorded in 3Q23.\n"
           "• Operating EBIT was US$ 18.2 million.\n"
           "• Average price of US$ 6.00/kg, versus US$ 7.50/kg in 2023 (-20.0%).\n")


def test_a_quarter_named_short_between_a_level_and_its_change_is_read_through():
    """"US$ 120.0 million in 3Q24, 20.0% higher than the US$ 100.0 million recorded in 3Q23":
    the change of the two levels; the earlier level changed to US$ 110.0 million is flagged."""
    assert read(QUARTER, "2024-11-20")["errors"] == []
    assert read(QUARTER.replace("US$ 100.0 million", "US$ 110.0 million"), "2024-11-20")["errors"]


def test_a_change_in_brackets_after_two_prices_compares_them():
    """"US$ 6.00/kg, versus US$ 7.50/kg in 2023 (-20.0%)": the bracket is the change of the
    two prices; -30.0% is flagged."""
    assert read(QUARTER.replace("(-20.0%)", "(-30.0%)"), "2024-11-20")["errors"]


TABLE = ("Fjordlys Marine ASA – Annual Report 2024\n\nEBIT was NOK 2,100 million and the Board proposes a dividend of NOK 4 per share.\n\n"
         "Sales by region, 2024\n\n"
         "Region                     NOK million   Growth\n"
         "Europe                         4,200        5%\n"
         "  of which Norway                900        2%\n"
         "Americas                       2,300        9%\n"
         "Asia Pacific                   1,500        7%\n"
         "Total                          8,000        6%\n")


def test_a_table_of_world_regions_adds_up_to_its_total():
    """A table of world regions with an "of which" row under one of them: the regions (not
    the "of which" row) add up to the total, whatever row is wrong."""
    assert read(TABLE, "2025-02-05")["errors"] == []
    assert read(TABLE.replace("2,300        9%", "2,900        9%"), "2025-02-05")["errors"]


ONE_COLUMN = ("Alpenzeit Group – full-year 2023\n\nOperating profit was CHF 310 million; the Board proposes a dividend of CHF 3.20 per share.\n\n"
              "Net sales by region (CHF million)\n\n"
              "Region                  2023\n"
              "Europe                   540\n"
              "  of which Switzerland   120\n"
              "Americas                 380\n"
              "Asia-Pacific             610\n"
              "Middle East & Africa     100\n"
              "Total                  1'630\n")


def test_a_one_column_table_of_regions_adds_up_to_its_total():
    """Sales by region in one column ("Asia-Pacific   610", "Total   1'630"): the regions add
    up to the total; Asia-Pacific changed to 710 is flagged."""
    assert read(ONE_COLUMN)["errors"] == []
    assert read(ONE_COLUMN.replace("Asia-Pacific             610", "Asia-Pacific             710"))["errors"]
