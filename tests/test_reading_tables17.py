"""Tables and label-value lines that are not Markdown (probe round 17): rows of pipe-parted
cells without outer pipes under a caption with the unit, an 'Indicator | Value' table, a
currency before a spaced minus, lines under a heading that names the unit and the pair, and
a two-way goods and services total over its four parts."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-02-09") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


STATEMENT = ("India's trade with UAE (Values in USD Million)\n"
             "Year | Export | Import | Total Trade | Trade Balance\n"
             "2021-22 | 28,044.9 | 44,833.3 | 72,878.2 | -16,788.4\n"
             "2022-23 | 31,608.8 | 53,231.0 | {total} | -21,622.2\n"
             "Source: DGCI&S\n")


def test_pipe_parted_rows_are_read_as_a_table_rows_as_periods_columns_as_flows():
    r = read(STATEMENT.format(total="84,839.8"))
    c = r["claims"]["53,231.0"]
    assert (c["measure"], c["period"], c["reporter"]) == ("imports", "2022-04/2023-03", "IND")
    assert r["claims"]["84,839.8"]["measure"] == "trade_total"
    assert r["claims"]["-21,622.2"]["measure"] == "balance"
    assert r["errors"] == []


def test_a_wrong_total_in_a_pipe_parted_row_is_found():
    assert read(STATEMENT.format(total="86,839.8"))["errors"]


GEORGIA = ("Foreign trade of Georgia (US$ million)[8]\n"
           "Year | Exports | Imports | Total | Balance\n"
           "2021 | 4,242 | 10,080 | 14,322 | -5,838\n"
           "2022 | 5,583 | 13,492 | {total} | -7,909\n\n"
           "Exports grew 31.6% in 2022, and total external trade turnover rose 33.2%.\n")


def test_a_bare_total_column_beside_exports_and_imports_is_total_trade_and_us_dollars_are_no_partner():
    r = read(GEORGIA.format(total="19,075"), "2023-05-18")
    c = r["claims"]["19,075"]
    assert (c["measure"], c["reporter"], c["partner"], c["period"]) == ("trade_total", "GEO", "WLD", "2022")
    assert r["claims"]["31.6%"]["partner"] == "WLD"
    assert r["errors"] == []


def test_a_wrong_total_under_a_caption_with_the_unit_is_found():
    assert read(GEORGIA.format(total="19,175"), "2023-05-18")["errors"]


def test_a_single_line_with_a_pipe_is_no_table():
    r = read("Exports (USD million)\n2023 | 5,000\nExports were $5bn in 2023.")
    assert "5,000" not in r["claims"]


def test_a_currency_before_a_spaced_minus_is_a_negative_amount_not_the_united_states():
    r = read("Uzbekistan's total exports in 2021 were US$ 14,078 million and total imports were US$ 25,397 million, "
             "leading to a negative trade balance of US$ -11,219 million.", "2023-06-01")
    c = r["claims"]["US$ -11,219 million"]
    assert (c["measure"], c["partner"]) == ("balance", "WLD")
    assert r["errors"]


def test_an_indicator_value_table_takes_the_unit_of_its_row_labels():
    text = ("Uzbekistan trade summary 2021 data\n\n"
            "Indicator | Value\n"
            "Merchandise exports (US$ Mil) | 14,078\n"
            "Merchandise imports (US$ Mil) | 25,397\n"
            "Trade Balance (US$ Mil) | {balance}\n"
            "Exports of goods and services (% of GDP) | 24.97\n")
    r = read(text.format(balance="-11,319"), "2023-06-01")
    assert (r["claims"]["25,397"]["measure"], r["claims"]["25,397"]["reporter"]) == ("imports", "UZB")
    assert "24.97" not in r["claims"]
    assert r["errors"] == []
    assert read(text.format(balance="-11,219"), "2023-06-01")["errors"]


def test_a_table_with_forecast_columns_takes_no_unit_from_its_row_labels():
    r = read("Indicator | Actual | Consensus | Previous\n"
             "Exports (US$bn) | 271.8 | - | 266.6\n"
             "Imports (US$bn) | 342.2 | - | 345.4\n", "2024-10-08")
    assert "266.6" not in r["claims"]


VIETNAM = ("Vietnam country fact sheet\n\nAustralia's trade and investment relationship with Vietnam (2023)\n\n"
           "Australia's trade with Vietnam (A$m):\n"
           "Goods exports: 14,020\n"
           "Services exports: 2,485\n"
           "Total exports: {exports}\n"
           "Goods imports: 8,710\n"
           "Services imports: 930\n"
           "Total imports: 9,640\n"
           "Trade balance: 6,865\n")


def test_label_value_lines_under_a_heading_with_a_glued_unit_keep_the_headings_pair():
    r = read(VIETNAM.format(exports="16,505"), "2024-08-15")
    c = r["claims"]["16,505"]
    assert (c["measure"], c["reporter"], c["partner"], c["period"]) == ("exports", "AUS", "VNM", "2023")
    assert r["claims"]["6,865"]["partner"] == "VNM"
    assert r["errors"] == []
    assert read(VIETNAM.format(exports="16,905"), "2024-08-15")["errors"]


TWO_WAY = ("Vietnam country brief\n\nTrade and investment\n\n"
           "Two-way goods and services trade: A$26.5 billion (2022)\n"
           "- Australia's goods exports to Vietnam: A$13.2 billion\n"
           "- Australia's goods imports from Vietnam: A${imports} billion\n"
           "- Australia's services exports to Vietnam: A$2.9 billion\n"
           "- Australia's services imports from Vietnam: A$1.3 billion\n")


def test_a_two_way_goods_and_services_total_is_the_sum_of_its_four_parts():
    assert read(TWO_WAY.format(imports="9.1"), "2023-08-14")["errors"] == []
    assert read(TWO_WAY.format(imports="9.4"), "2023-08-14")["errors"]


def test_a_table_of_places_skips_a_row_whose_place_is_not_known():
    """A row whose label names no known place (a made-up one here; "U S A", once the
    example, is now read as DGCIS spells the United States) gives no figure."""
    r = read("India's exports to top destinations (Values in USD Million)\n"
             "S.No. | Country | 2022-23 | 2023-24\n"
             "1 | Ruritania | 78,542.7 | 77,517.6\n"
             "2 | China | 15,306.7 | 16,663.6\n\n"
             "Exports to these destinations rose to USD 94,181.2 million in 2023-24.", "2024-08-02")
    assert "77,517.6" not in r["claims"]
    assert r["claims"]["16,663.6"]["partner"] == "CHN"
    assert r["errors"] == []


WITS = ("Uzbekistan Exports by product group 2021 (WITS)\n\n"
        "In 2021, raw materials were the largest export group of Uzbekistan, at US$ 6,439 million, "
        "or 45.74% of the country's total exports of US$ 14,078 million.\n\n"
        "Product group | Export (US$ Mil) | Export Product Share (%)\n"
        "Intermediate goods | 2,901 | 20.61\n"
        "Raw materials | {raw} | 45.74\n")


def test_the_export_group_of_a_country_is_its_own_and_a_table_row_of_it_is_checked():
    r = read(WITS.format(raw="6,439"), "2023-06-01")
    c = r["claims"]["US$ 6,439 million"]
    assert (c["reporter"], c["partner"], c["commodity"]) == ("UZB", "WLD", "raw materials")
    assert r["claims"]["6,439"]["commodity"] == "raw materials"
    assert r["errors"] == []
    assert read(WITS.format(raw="6,539"), "2023-06-01")["errors"]
