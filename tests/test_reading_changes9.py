"""Sentences of kinds met in the ninth round of probe passages that state a change: a
multiple said of a fall ("1.2 times less"), an amount that is a change ("an increase of NOK
20.7 billion, or 14 percent"), a change with a word between verb and figure ("plunged a record
45.7 percent"): how each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-02-28") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


# --- "N times less": the new figure is the old one divided by N -----------------------------

def test_times_less_than_divides_the_earlier_figure():
    r = read("Trade turnover between Kazakhstan and Tajikistan amounted to $1.05 billion in 2023, "
             "which is 1.2 times less than in 2022 ($1.26 billion).")
    c = r["claims"]["1.2 times less"]
    assert c["kind"] == "multiple" and c["factor"] < 1
    assert c["factor_low"] < 1.05 / 1.26 < c["factor_high"]
    assert r["errors"] == []


def test_a_fall_by_n_times_divides_the_earlier_figure():
    r = read("Kazakhstan's exports to Tajikistan decreased by 1.3 times to $780 million in 2023, "
             "from $1,015 million in 2022.")
    assert r["claims"]["1.3 times"]["factor"] < 1
    assert r["errors"] == []


def test_a_fall_by_n_times_that_does_not_fit_is_still_an_error():
    r = read("Kazakhstan's exports to Tajikistan decreased by 2 times to $780 million in 2023, "
             "from $1,015 million in 2022.")
    assert r["errors"]


def test_times_more_still_multiplies():
    r = read("Trade between Azerbaijan and Turkmenistan reached $234.6 million in 2024. "
             "This is 1.6 times more than in 2023 ($146.6 million).", "2024-09-20")
    assert r["claims"]["1.6 times more"]["factor"] == 1.6
    assert r["errors"] == []


# --- an amount that is a change, with its percentage beside it --------------------------------

def test_an_increase_in_value_of_an_amount_is_a_change_not_a_level():
    r = read("Norway exported seafood worth NOK 172 billion last year, the Norwegian Seafood Council said. "
             "That is an increase in value of NOK 20.7 billion, or 14 percent, compared with 2022.", "2024-01-04")
    c = r["claims"]["NOK 20.7 billion"]
    assert c["measure"] == "other" and c["change_of"] == "exports" and c["change_sign"] == 1
    assert r["claims"]["14 percent"]["kind"] == "percent_change"
    assert r["errors"] == []


def test_an_amount_or_a_percentage_more_than_before_is_a_change():
    r = read("The foreign trade turnover of Uzbekistan in January-September 2024 amounted to US$47.83 billion, "
             "which is $4.59 billion or 10.6% more than in the same period of 2023. "
             "Trade with China amounted to $8.70 billion, or 18.2% of the total.", "2024-10-21")
    c = r["claims"]["$4.59 billion"]
    assert c["measure"] == "other" and c["change_of"] == "trade_total"
    assert r["errors"] == []


def test_a_level_with_an_open_aside_of_its_change_stays_a_level():
    r = read("Non-oil trade reached Dh499.7 billion, or 20.5 per cent more than the Dh414.6 billion "
             "of the same period last year.", "2022-08-01")
    assert r["claims"]["Dh499.7 billion"]["measure"] == "trade_total"


# --- a word between the change verb and its figure -------------------------------------------

def test_a_record_between_the_verb_and_the_figure_keeps_the_change():
    r = read("Japan's exports plunged a record 45.7 percent in January from a year earlier to 3.48 trillion yen, "
             "down from 6.41 trillion yen in January 2008.", "2009-02-25")
    c = r["claims"]["45.7 percent"]
    assert c["kind"] == "percent_change" and c["direction"] == -1 and c["measure"] == "exports"
    assert r["errors"] == []


def test_a_wrong_change_after_a_record_is_found():
    r = read("Japan's exports plunged a record 40.7 percent in January from a year earlier to 3.48 trillion yen, "
             "down from 6.41 trillion yen in January 2008.", "2009-02-25")
    assert r["errors"]
