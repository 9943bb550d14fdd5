"""Spoken transcripts (round 53): figures said in words with a half ("three and a half
billion dollars", "a billion and a half dollars"); a turn that says a figure again on its
own ("Right. NZ$4.2 billion.") restating it, no new level; a country named past the first
figures as one of the buyers is no reporter where the money is another country's own."""
from readings import reading
from tradecheck.extract.money import find_money


def change_errors(text: str) -> list[str]:
    return [f["message"] for f in reading(text)["findings"]
            if f["status"] == "inconsistent" and f["check"] == "percent_change"]


def test_a_number_and_a_half_before_a_scale_word():
    found = find_money("Wool sales were about seven and a half million dollars last season.")
    assert [(m.text, m.value) for m in found] == [("seven and a half million dollars", 7_500_000.0)]


def test_a_scale_and_a_half():
    found = find_money("The port handled a billion and a half dollars of cargo.")
    assert [(m.text, m.value) for m in found] == [("a billion and a half dollars", 1_500_000_000.0)]


def test_a_figure_in_words_then_in_digits_is_read_at_its_whole_value():
    text = ("GUEST: Sure. In the year to June, New Zealand beef exports came in at about three and a "
            "half billion dollars - NZ$3.5 billion - and that was up 13 percent on the NZ$3.1 billion "
            "of the year before.")
    found = reading(text, published="2023-08-30")
    # (the words are dropped as the digits' rounding, extract/said_twice.py: one figure)
    said = [c["value"] for c in found["claims"] if c["kind"] == "amount"][:2]
    assert said == [3.5e9, 3.1e9]
    assert not [f for f in found["findings"] if f["status"] == "inconsistent"]


def test_a_turn_that_only_repeats_a_figure_is_no_new_level():
    text = ("ANALYST: Coal earnings were A$60 billion in 2022-23. That is down from A$72 billion "
            "in 2021-22, a fall of {pct} per cent.\n\nHOST: Seventy-one?\n\n"
            "ANALYST: No, seventy-two. A$72 billion.")
    claims = reading(text.format(pct="17"))["claims"]
    repeats = [c for c in claims if c["text"] == "A$72 billion"]
    assert len(repeats) == 2 and repeats[0]["period"] == repeats[1]["period"]
    assert change_errors(text.format(pct="17")) == []
    assert change_errors(text.format(pct="27"))


def test_a_buyer_named_after_the_figures_is_no_reporter_of_money_in_another_currency():
    # (Australia is never named: the A$ figures are its own, Indonesia only buys)
    text = ("Farm Hour - transcript\n\nHOST: Welcome back. Today, the wheat boom. I am joined by "
            "grains analyst Ann Lee. Ann, the 2021-22 export figures are out.\n\nLEE: They are. "
            "Wheat export earnings came in at A$14 billion for the financial year. That is up from "
            "A$10 billion in 2020-21.\n\nHOST: And who buys it?\n\nLEE: Around A$4 billion goes to "
            "China. Indonesia and Vietnam make up most of the rest. Prices were around US$300 a tonne.")
    claims = reading(text, published="2023-06-30")["claims"]
    first = next(c for c in claims if c["text"] == "A$14 billion")
    assert (first["reporter"], first["partner"], first["period"]) == ("AUS", "WLD", "2021-07/2022-06")
