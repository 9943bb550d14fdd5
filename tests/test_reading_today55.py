"""Clauses of the present (round 55): a clause opened by "today", "now", "at present" ...
after a clause dated by a past year is of the present, so its figure is not dated by that
year (and is not made a part of that year's whole)."""
from tradecheck import verify_text


def reading(text: str, published: str = "2024-05-15") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str) -> list[str]:
    return [f["message"] for f in reading(text)["findings"] if f["status"] == "inconsistent"]


def claim(text: str, figure: str) -> dict:
    return next(c for c in reading(text)["claims"] if c["text"] == figure)


WHOLE = "Peru's exports were worth $3bn in 1990. "


def test_a_today_clause_is_not_dated_by_the_past_year():
    text = WHOLE + "In 1990 fishmeal led the list; today copper is the biggest item, at about $20bn."
    assert claim(text, "$20bn")["period"] != "1990"
    assert errors(text) == []


def test_a_now_clause_after_but_is_not_dated_by_the_past_year():
    text = WHOLE + "In 1990 wool was the main good, but now copper leads, with some $20bn."
    assert claim(text, "$20bn")["period"] != "1990"
    assert errors(text) == []


def test_a_dated_figure_without_a_present_clause_keeps_its_year():
    text = WHOLE + "In 1990 copper was the biggest item, at about $1bn."
    assert claim(text, "$1bn")["period"] == "1990"


def test_a_possessive_today_does_not_open_a_present_clause():
    text = "In 1990, in today's money, exports were worth $7bn."
    assert claim(text, "$7bn")["period"] == "1990"
