"""What an amount was, named after it: "received $1.7bn in government borrowing". When those
words name something of their own that is no flow, product, place or period the text knows,
the flow the sentences before were on is only a guess for the amount, and a conflict that
rests on it is unverifiable (as for a subject of its own: test_reading_unnamed_subject.py).
A multiple that is its clause's verb ("Government borrowing doubled") is read the same way."""
from tradecheck import verify_text

LEAD = "Kenya's exports rose to $2.0 billion in March from $1.8 billion in February. "


def read(text: str, published: str = "2024-04-20") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    return {"claims": {c["text"]: c for c in result["claims"]},
            "errors": [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]}


def test_money_received_as_something_unnamed_is_a_guess_of_the_flow():
    r = read(LEAD + "The country also received $1.7 billion in government borrowing in March.")
    assert r["claims"]["$1.7 billion"]["attribution"]["measure"] == "unnamed-object"
    assert r["errors"] == []


def test_a_period_after_the_amount_is_not_what_it_was():
    r = read(LEAD + "They reached $1.9 billion in January.")
    assert r["claims"]["$1.9 billion"]["attribution"]["measure"] != "unnamed-object"


def test_a_known_flow_or_product_after_the_amount_keeps_the_flow():
    r = read(LEAD + "Kenya earned $0.6 billion in tea exports in March.")
    assert r["claims"]["$0.6 billion"]["measure"] == "exports"
    assert r["claims"]["$0.6 billion"]["attribution"]["measure"] != "unnamed-object"


def test_a_multiple_that_is_the_verb_of_a_subject_of_its_own_is_a_guess():
    r = read("Bangladesh's garment exports reached $47 billion in fiscal 2023, up 10%. "
             "Government borrowing doubled to $3.4 billion.")
    assert r["claims"]["doubled"]["attribution"]["measure"] == "unnamed-subject"
    assert r["errors"] == []


def test_the_flow_doubling_is_still_read_and_checked():
    r = read("Bangladesh's garment exports reached $47 billion in fiscal 2023, up 10%. "
             "Exports doubled to $3.4 billion.")
    assert r["claims"]["doubled"]["measure"] == "exports"
    assert r["errors"]  # $47bn of garments cannot be part of $3.4bn of exports
