"""Solar hijri (Iranian) years and what hangs on them (a forty-seventh round of passages): a
year named with its calendar ("the Iranian calendar year of 1400", "the 1400 Iranian year",
"1400 SH") is the Gregorian span it covers, from March to March; a partner's share "of the
total" right after a product's total is of that product's flow; money "earned from" kinds of
services is no part of the goods figures. How each kind of sentence is read."""
from tradecheck import verify_text


def result(text: str, published: str = "2022-05-01") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def periods(text: str) -> list:
    return [c["period"] for c in result(text)["claims"] if c["kind"] == "amount"]


def errors(text: str, published: str = "2022-05-01") -> list[str]:
    return [f["message"] for f in result(text, published)["findings"] if f["status"] == "inconsistent"]


def test_an_iranian_calendar_year_of_a_number_is_its_march_to_march_span():
    """1400 SH runs from March 2021 to March 2022 (year + 621)."""
    assert periods("Iran sold carpets worth $80 million to Germany in the Iranian calendar year of 1400.") \
        == ["2021-04/2022-03"]


def test_the_year_written_before_its_calendar_is_read_too():
    assert periods("Iran sold carpets worth $80 million to Germany in the 1400 Iranian year.") == ["2021-04/2022-03"]
    assert periods("Iran sold carpets worth $80 million to Germany in 1400 SH.") == ["2021-04/2022-03"]
    assert periods("Iran sold carpets worth $80 million to Germany in the solar hijri year 1400.") == ["2021-04/2022-03"]


def test_a_bare_number_in_the_thirteen_or_fourteen_hundreds_is_no_year():
    assert periods("Iran sold carpets worth $80 million to Germany, some 1400 shipments.") == [None]


SHARE = ("Iran shipped non-oil goods worth $4.0 billion to Turkey in the Iranian year 1400. "
         "Iran's total non-oil exports in the year reached $40.0 billion, so Turkey took {} percent of the total.")


def test_a_places_share_of_a_product_total_is_checked_against_both_figures():
    assert errors(SHARE.format("10.0")) == []
    assert errors(SHARE.format("13.0"))


def test_money_earned_from_kinds_of_services_is_no_whole_of_the_goods():
    text = ("Iran's non-oil exports reached $40.0 billion in the Iranian year 1400. "
            "Iran also earned $1.5 billion from technical and engineering services in Turkey.")
    claims = {c["text"]: c for c in result(text)["claims"]}
    assert claims["$1.5 billion"]["commodity"] == "several kinds of services"
    assert errors(text) == []


def test_a_date_that_ends_a_period_is_no_dateline():
    """"..., which ended on March 20, 2022": the end of the year reported on, not the day the
    text came out (no other date: none is taken)."""
    text = "Iran's non-oil exports reached $40.0 billion in the Iranian year 1400, which ended on March 20, 2022."
    assert verify_text(text, reference="none").to_dict()["document"]["published"] is None
    assert verify_text("TEHRAN, April 2, 2022 - " + text, reference="none").to_dict()["document"]["published"] == "2022-04-02"
