"""Sentences of kinds met in interview, press-conference and broadcast transcripts (a
nineteenth round of probe passages): spoken numbers, speaker labels, a speaker's "we"."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-02-15") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_a_hundred_said_with_its_article_is_one_number():
    r = read("Kenya's tea exports brought in a hundred and eighty billion shillings last year.")
    assert r["claims"]["a hundred and eighty billion shillings"]["value"] == 180e9


def test_a_thousand_said_with_its_article_is_one_number():
    r = read("Kenya's exports were a thousand two hundred billion shillings last year.")
    assert r["claims"]["a thousand two hundred billion shillings"]["value"] == 1200e9


def test_a_zero_said_as_oh_after_point_is_a_decimal_digit():
    r = read("Two-way trade between Canada and the United States was one point oh six trillion dollars in 2023.")
    assert r["claims"]["one point oh six trillion dollars"]["value"] == 1.06e12


def test_an_article_alone_is_no_number():
    r = read("It was a hundred years ago. Kenya's exports were a billion dollars in 2023.")
    assert list(r["claims"]) == ["a billion dollars"]
