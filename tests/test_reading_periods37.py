"""Periods in offering circulars and company reports: "decreased by 1.5% to $6,665.6 million
in 2023 from ..." is dated by the year after the level it ran to (a thousands comma is no
clause break), also past the level restated in another currency; a year that names a drought
dates nothing; a stated fiscal-year end ("the fiscal year ended 30 September 2023", "Fiscal
Year Ended March 31, 2024") is that twelve-month year and sets what "fiscal 2023" and "FY23"
mean; "the fiscal year under review" is the year in hand; a bracket's dates ("(April 1, 2023 -
March 31, 2024)") are a period; a label dates the figure restating its labelled one."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-02-10") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_a_change_to_a_level_is_dated_by_the_year_after_the_level():
    """Read: "decreased by 3.2% to US$4,518.4 million in 2023 from US$4,667.8 million in 2022", after a table's 2021: 2023 against 2022."""
    text = ("Ghana's merchandise exports were US$3,902.5 million in 2021.\n\n"
            "Merchandise exports decreased by 3.2% to US$4,518.4 million in 2023 from US$4,667.8 million in 2022, "
            "mainly because of lower cocoa prices.")
    r = read(text)
    assert r["claims"]["3.2%"]["period"] == "2023"
    assert r["claims"]["3.2%"]["base_period"] == "2022"
    assert r["claims"]["US$4,518.4 million"]["period"] == "2023"
    assert r["errors"] == []
    # a changed level no longer matches its change
    assert read(text.replace("US$4,518.4 million in 2023", "US$4,318.4 million in 2023"))["errors"]


def test_a_level_restated_in_another_currency_keeps_the_year_after_it():
    """Read: "rose by 12.0% to NZ$2,240.0 million (US$1,386 million) in 2022 from NZ$2,000.0 million in 2021": all of 2022 but the last."""
    text = ("New Zealand's kiwifruit exports came to NZ$1,800.0 million in 2020.\n\n"
            "Exports of kiwifruit rose by 12.0% to NZ$2,240.0 million (US$1,386 million) in 2022 "
            "from NZ$2,000.0 million in 2021.")
    r = read(text, published="2023-04-18")
    assert r["claims"]["12.0%"]["period"] == "2022"
    assert r["claims"]["NZ$2,240.0 million"]["period"] == "2022"
    assert r["claims"]["US$1,386 million"]["period"] == "2022"
    assert r["claims"]["NZ$2,000.0 million"]["period"] == "2021"
    assert r["errors"] == []
    assert read(text.replace("by 12.0%", "by 21.0%"), published="2023-04-18")["errors"]


def test_a_year_that_names_a_drought_is_no_base():
    """Read: "Maize exports declined by 8.4%, following the recovery from the 2018/2019 drought": a change on the year before, not on 2018."""
    text = ("Zambia's exports were US$9,100.0 million in 2023, compared with US$9,400.0 million in 2022. "
            "Maize exports declined by 8.4%, following the recovery from the 2018/2019 drought.")
    r = read(text)
    assert r["claims"]["8.4%"]["period"] == "2023"
    assert r["claims"]["8.4%"]["base_period"] == "2022"


def test_a_stated_fiscal_year_end_dates_the_year_and_its_short_names():
    """Read: "in the fiscal year ended 30 September 2023" is October 2022 to September 2023, and so is "fiscal 2022/23"."""
    text = ("Sales up 9 per cent in fiscal 2022/23\n\n"
            "STUTTGART, 12 December 2023 - Brenner Pumpen AG increased its sales by 9.0 per cent to €545.0 million "
            "in the fiscal year ended 30 September 2023 (previous year: €500.0 million). "
            "Exports accounted for 70 per cent of sales, or €381.5 million.")
    r = read(text, published="2023-12-12")
    assert r["claims"]["€545.0 million"]["period"] == "2022-10/2023-09"
    assert r["claims"]["€500.0 million"]["period"] == "2021-10/2022-09"
    assert r["claims"]["9 per cent"]["period"] == "2022-10/2023-09"
    assert r["errors"] == []


def test_a_results_title_with_its_year_end_and_the_year_under_review():
    """Read: "Fiscal Year Ended March 31, 2024", "(April 1, 2023 - March 31, 2024)" and "the fiscal year under review ... in the second half": every figure is of April 2023 to March 2024."""
    text = ("Consolidated Financial Results for the Fiscal Year Ended March 31, 2024\n\n"
            "1. Operating results (April 1, 2023 - March 31, 2024)\n\n"
            "Net sales: ¥120,000 million\n\n"
            "During the fiscal year under review, demand from chip makers recovered in the second half.\n\n"
            "Overseas sales amounted to ¥80,000 million (previous fiscal year: 60.0%, or ¥66,000 million).")
    r = read(text, published="2024-05-10")
    assert r["claims"]["¥120,000 million"]["period"] == "2023-04/2024-03"
    assert r["claims"]["¥80,000 million"]["period"] == "2023-04/2024-03"
    # the label before the share dates the figure restating it after ", or"
    assert r["claims"]["¥66,000 million"]["period"] == "2022-04/2023-03"


def test_a_financial_year_ended_in_june_sets_what_fy23_means():
    """Read: "the financial year ended 30 June 2024 (FY24)" then "up 6.0 per cent on FY23": July 2023 to June 2024 against July 2022 to June 2023."""
    text = ("Kestrel Minerals Limited today announced its results for the financial year ended 30 June 2024 (FY24). "
            "Revenue of US$5.30 billion, up 6.0 per cent from US$5.00 billion in FY23.")
    r = read(text, published="2024-08-22")
    assert r["claims"]["6.0 per cent"]["period"] == "2023-07/2024-06"
    assert r["claims"]["US$5.00 billion"]["period"] == "2022-07/2023-06"


def test_the_year_ended_a_day_is_the_year_not_its_last_month():
    """Read: "for the year ended 31 December 2023": 2023, not December 2023."""
    text = "Vietnam's exports to Japan were US$23.3 billion for the year ended 31 December 2023."
    assert read(text)["claims"]["US$23.3 billion"]["period"] == "2023"
