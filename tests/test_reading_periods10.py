"""Sentences of kinds met in a tenth round of passages written in other publishers' styles
(Gulf and North African agencies, South Asian releases, English-speaking statistics
offices): periods, net receipts and coverage rates, how each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-11-05") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_exports_by_the_end_of_a_month_are_the_year_to_that_month():
    r = read("Qatar's merchandise exports reached QR150.2 billion by the end of August 2024, while imports "
             "amounted to QR60.4 billion. In August alone, exports stood at QR18.1 billion.\n\nCrude oil "
             "exports accounted for QR60.0 billion of the total and other exports for QR80.0 billion.")
    assert r["claims"]["QR150.2 billion"]["period"] == "2024-01/2024-08"
    assert r["claims"]["QR18.1 billion"]["period"] == "2024-08"
    # the parts in the paragraph after "In August alone" are the year to August's again
    assert r["claims"]["QR60.0 billion"]["period"] == "2024-01/2024-08"
    assert r["errors"] == []


def test_a_headline_by_end_of_a_month_with_no_year_is_the_year_to_date():
    r = read("Qatar's trade surplus stands at QR89.8bn by end of August\n\n"
             "DOHA: Qatar's merchandise exports reached QR150.2 billion by the end of August 2024, while "
             "imports amounted to QR60.4 billion.")
    assert r["claims"]["QR89.8bn"]["period"] == "2024-01/2024-08"


def test_a_deficit_at_the_end_of_december_is_the_years():
    r = read("Tunisia's trade deficit stood at TND 17.1 billion at the end of December 2023, according to the "
             "National Institute of Statistics.", "2024-01-20")
    assert r["claims"]["TND 17.1 billion"]["period"] == "2023"


def test_at_end_month_hyphenated_is_the_year_to_date():
    r = read("Tunisia's trade deficit eases to TND 12.6bn at end-September\n\nThe deficit narrowed to "
             "TND 12.6 billion over the first nine months of 2023.", "2023-10-20")
    assert r["claims"]["TND 12.6bn"]["period"] == "2023-01/2023-09"


def test_net_services_receipts_are_the_balance_not_the_flow_before():
    r = read("The Philippines' services exports rose 10.0% to $48.40 billion in 2023 from $44.00 billion. "
             "Services imports fell 2.0% to $29.40 billion from $30.00 billion, lifting net services "
             "receipts to $19.00 billion from $14.00 billion.", "2024-03-20")
    assert r["claims"]["$29.40 billion"]["measure"] == "imports"
    assert r["claims"]["$19.00 billion"]["measure"] == "balance"
    assert r["claims"]["$14.00 billion"]["measure"] == "balance"
    assert r["errors"] == []


def test_net_earnings_name_the_balance():
    r = read("India's services exports were $341.11 billion in 2023-24 and services imports $178.31 billion, "
             "leaving net earnings of $162.80 billion.", "2024-05-27")
    assert r["claims"]["$162.80 billion"]["measure"] == "balance"
    assert r["errors"] == []


def test_a_coverage_rate_defined_as_imports_over_exports_follows_its_definition():
    r = read("France's exports to Tunisia grew 5.0% to €5.0 billion in 2023, while its imports from Tunisia "
             "reached €4.0 billion. The French coverage rate, the ratio of imports from Tunisia to exports "
             "to it, stood at 80.0%.", "2024-03-10")
    assert r["errors"] == []


def test_a_coverage_rate_defined_as_imports_over_exports_is_checked_that_way():
    r = read("France's exports to Tunisia grew 5.0% to €5.0 billion in 2023, while its imports from Tunisia "
             "reached €4.0 billion. The French coverage rate, the ratio of imports from Tunisia to exports "
             "to it, stood at 70.0%.", "2024-03-10")
    assert r["errors"] != []


def test_the_coverage_rate_of_imports_by_exports_is_read_though_it_is_a_rate():
    text = ("Tunisia's exports reached TND 62.1 billion in 2023, while imports totalled TND 79.2 billion. "
            "The coverage rate of imports by exports stood at {}%.")
    assert read(text.format("78.4"), "2024-01-20")["claims"]["78.4%"]["kind"] == "share"
    assert read(text.format("78.4"), "2024-01-20")["errors"] == []
    assert read(text.format("72.4"), "2024-01-20")["errors"] != []


def test_a_tariff_rate_is_still_no_trade_share():
    r = read("Tunisia's exports reached TND 62.1 billion in 2023. The average tariff rate stood at 12.5%.",
             "2024-01-20")
    assert "12.5%" not in r["claims"]


def test_the_first_months_of_the_current_fiscal_year_with_its_months_in_brackets():
    r = read("Nepal's imports in the first four months of the current fiscal year 2024-25 (mid-July to "
             "mid-November) rose 6.27 percent to Rs534.85 billion from Rs503.29 billion.", "2024-11-20")
    assert r["claims"]["Rs534.85 billion"]["period"] == "2024-07/2024-10"
    assert r["claims"]["6.27 percent"]["base_period"] == "2023-07/2023-10"
    assert r["errors"] == []


def test_changes_in_the_three_months_to_a_month_compare_with_the_three_months_before():
    r = read("The UK total trade deficit widened by £2.1 billion to £9.6 billion in the three months to "
             "February 2024. Goods imports from the EU rose £1.6 billion (2.0%) to £81.6 billion.", "2024-04-12")
    assert r["claims"]["2.0%"]["base_period"] == "2023-09/2023-11"


def test_a_stated_year_earlier_base_still_holds_in_the_three_months_to_a_month():
    r = read("Exports rose 5.0% to £210.0 billion in the three months to February 2024, compared with the "
             "same three months a year earlier.", "2024-04-12")
    assert r["claims"]["5.0%"]["base_period"] == "2022-12/2023-02"


def test_the_four_quarters_to_the_end_of_a_quarter_are_a_rolling_year():
    r = read("Total UK exports were £853.4 billion in the four quarters to the end of Q2 2024, down 1.2% "
             "compared with the previous four quarters.", "2024-08-15")
    assert r["claims"]["£853.4 billion"]["period"] == "2023-07/2024-06"
    assert r["claims"]["1.2%"]["base_period"] == "2022-07/2023-06"
