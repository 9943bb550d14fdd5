"""A sentence that gives only a change ("So up 3.8 percent.") is about the figures of the
sentence before: their product, their flow (vocab/change_fragments.csv)."""
from tradecheck import verify_text

TEXT = ("SANTIAGO, March 4 - Fruit exports were 7.2 billion dollars in 2023, against 6.4 "
        "billion dollars in 2022. So up {change} percent. Total exports were 95.1 billion dollars.")


def read(change: str) -> dict:
    return verify_text(TEXT.format(change=change), published="2024-03-04", reference="none").to_dict()


def test_the_fragment_takes_the_product_of_the_sentence_before():
    d = read("12.5")
    change = next(c for c in d["claims"] if c["text"].startswith("12.5"))
    assert change["commodity"] == "fruit" and change["attribution"]["commodity"] == "fragment-carried"
    assert not [f for f in d["findings"] if f["status"] == "inconsistent"]


def test_a_wrong_change_in_the_fragment_is_found():
    d = read("15.5")
    bad = [f for f in d["findings"] if f["status"] == "inconsistent"]
    assert bad and "15.5 percent" in bad[0]["message"]
