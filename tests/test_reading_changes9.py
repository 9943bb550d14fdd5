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
