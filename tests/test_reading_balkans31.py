"""Western Balkan trade releases and news: convertible marks (KM, BAM) and leks (ALL), Kosovo
as a country, a coverage ratio compared with last year's in a trailing clause, a quantity's
worth, a share's whole in a "which" clause with its own time, and a headline's doubling of one
product's exports."""
from tradecheck import verify_text
from tradecheck.extract.numbers import parse_number


def _read(text, published="2024-11-20"):
    return verify_text(text, published=published, reference="none").to_dict()


def _claim(d, snippet):
    return next(c for c in d["claims"] if snippet in c["text"])


def _inconsistent(d):
    return [f for f in d["findings"] if f.get("status") == "inconsistent"]


# --- currencies -------------------------------------------------------------------------


def test_convertible_marks_written_km_are_money():
    d = _read("In the first half of 2024, Bosnia and Herzegovina exported goods worth 5 210 million KM, "
              "while imports amounted to 9 410 million KM. The deficit was 4 200 million KM.")
    c = _claim(d, "5 210")
    assert c["currency"] == "BAM" and c["value"] == 5_210e6 and c["measure"] == "exports"
    assert any(f["check"] == "sum" and f["status"] == "consistent" for f in d["findings"])


def test_a_fixed_rate_with_a_long_decimal_comma_is_read_not_an_error():
    d = _read("Bosnia and Herzegovina's exports reached 2,310.4 million KM in March. Values are converted "
              "at the fixed rate of 1 EUR = 1,95583 KM.")
    assert _claim(d, "2,310.4")["value"] == 2_310.4e6
    assert parse_number("1,95583") == (1.95583, 1e-5)  # no thousands group: a decimal comma


def test_leks_as_a_code_after_or_before_the_number():
    d = _read("Albania's imports of goods in August were 80,200 million ALL, and exports ALL 30.1 billion.",
              published="2024-09-10")
    assert _claim(d, "80,200")["currency"] == "ALL"
    assert _claim(d, "30.1")["currency"] == "ALL" and _claim(d, "30.1")["value"] == 30.1e9


# --- places -------------------------------------------------------------------------------


def test_kosovo_is_a_reporter():
    d = _read("Kosovo exported goods worth €412.0 million in the first half of 2024.", published="2024-08-01")
    c = _claim(d, "412.0")
    assert c["reporter"] == "XKX" and c["partner"] == "WLD" and c["commodity"] is None


# --- periods ------------------------------------------------------------------------------


def test_a_when_clause_after_a_comparison_dates_its_own_figure():
    d = _read("Exports reached 9 000,0 million EUR and imports 12 000,0 million EUR in January–September "
              "2024. Coverage of imports by exports is 75,0%, which is higher than the coverage in the "
              "same period of 2023, when it amounted to 71,2%.", published="2024-10-31")
    assert _claim(d, "75,0%")["period"] == "2024-01/2024-09"
    assert _claim(d, "71,2%")["period"] == "2023-01/2023-09"
    assert not _inconsistent(d)


def test_a_period_opening_the_next_clause_is_not_the_first_figures():
    d = _read("In January–June 2024, exports were 6 000 million KM and imports 10 000 million KM. "
              "The coverage of imports by exports was 60,0%, while in the same period of 2023 it was 62,4%.",
              published="2024-07-20")
    assert _claim(d, "60,0%")["period"] == "2024-H1"
    assert _claim(d, "62,4%")["period"] == "2023-H1"
    assert not _inconsistent(d)


# --- products -----------------------------------------------------------------------------


def test_the_worth_of_a_quantity_is_that_products():
    # (a year between the product and its worth)
    d = _read("North Macedonia shipped 31,500 tonnes of fresh apples in 2023, worth EUR 12.4 million, the "
              "chamber said. Its total agricultural exports in 2023 topped EUR 800 million.", published="2024-03-01")
    assert _claim(d, "12.4")["commodity"] == "fresh apples"
    assert not _inconsistent(d)


def test_a_shares_whole_after_which_and_a_time_is_the_whole_flow():
    d = _read("Wine was the leading export, accounting for 12,5% of total goods exports, which in the "
              "first nine months amounted to €200,0 million. Wine exports were €25,0 million.",
              published="2024-10-15")
    assert _claim(d, "200,0")["commodity"] is None
    assert not _inconsistent(d)


def test_a_headline_doubling_of_one_products_exports():
    d = _read("Albania doubles copper export earnings\n\n"
              "Albania exported copper worth €12,2 million in 2023, nearly double the €6,3 million "
              "earned in 2022. Total exports of goods were €3,9 billion.", published="2024-02-10")
    assert _claim(d, "doubles")["commodity"] == "copper"
    assert _claim(d, "6,3")["commodity"] == "copper"
    assert not _inconsistent(d)
