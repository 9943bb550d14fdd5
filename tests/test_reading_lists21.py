"""Sentences of kinds met in the twenty-first round of probe passages (arms-trade news:
SIPRI's five-year periods, lists of countries with their shares): how each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-03-11") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_a_five_year_period_covers_its_five_years():
    r = read("The United States accounted for 42% of global arms exports in 2019-23.")
    assert r["claims"]["42%"]["period"] == "2019-01/2023-12"


def test_a_change_on_a_five_year_period_has_that_period_for_base():
    r = read("France's arms exports were up 47% in 2019-23 on 2014-18.")
    c = r["claims"]["47%"]
    assert (c["period"], c["base_period"]) == ("2019-01/2023-12", "2014-01/2018-12")


def test_a_change_between_two_five_year_periods():
    r = read("The volume of international transfers of major arms fell by 3.3% between 2014-18 and 2019-23.")
    c = r["claims"]["3.3%"]
    assert (c["period"], c["base_period"]) == ("2019-01/2023-12", "2014-01/2018-12")


def test_a_change_between_the_two_periods_compares_with_the_span_before():
    r = read("The United States accounted for 42% of global arms exports in 2019-23. "
             "US arms exports grew by 19% between the two periods.")
    assert r["claims"]["19%"]["base_period"] == "2014-01/2018-12"


def test_a_fiscal_year_still_reads_as_one():
    r = read("India-Armenia bilateral trade was $134.4 million in 2022-23, comprising Indian exports "
             "of $120.6 million and imports of $13.8 million.", published="2024-03-12")
    assert r["claims"]["$134.4 million"]["period"] == "2022-04/2023-03"
