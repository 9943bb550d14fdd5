"""Counts and trade-press units a forty-eighth round of passages slipped past: two whole-number
levels of one count in one sentence (their trailing zeros taken as digits where the other is
finer), a change whose words carry a day before its month or a hyphenated fiscal year (Argus's
"mn t" and "pc"), and a ranking of parts whose first part is "half the total" in words. How each
kind of sentence is read."""
from tradecheck import verify_text


def result(text: str, published: str = "2025-03-01") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str, published: str = "2025-03-01") -> list[str]:
    return [f["message"] for f in result(text, published)["findings"] if f["status"] == "inconsistent"]


def _head_count(pct: str) -> str:
    return f"Uruguay sold 612,000 head of feeder cattle abroad in 2021, up {pct}% from 300,000 head in 2020."


def test_a_round_earlier_count_is_taken_to_the_place_of_the_finer_one_beside_it():
    """612,000 / 300,000 is +104%; "300,000" is no 250,000-350,000 band beside "612,000"."""
    assert errors(_head_count("104")) == []
    assert any("612,000 head against 300,000 head" in e for e in errors(_head_count("84")))


def test_a_level_with_a_scale_word_keeps_its_own_rounding():
    text = "Chile exported 2 million tonnes of copper concentrate in 2021, up 20% from 1.75 million tonnes in 2020."
    assert errors(text) == []


def _argus(pc: str) -> str:
    return (f"Vietnam imported 2.45mn t of steel scrap in the 2022-23 fiscal year ending 30 June, "
            f"up by {pc}pc from 2.10mn t a year earlier.")


def test_a_change_after_a_day_before_its_month_and_a_hyphenated_fiscal_year_is_read():
    """2.45 / 2.10 is +16.7%."""
    assert errors(_argus("17")) == []
    assert any("2.45 mn t against 2.10 mn t" in e for e in errors(_argus("27")))


def _ranking(second: str) -> str:
    return (f"Jordan bought about 4.8 million head of sheep in 2022, mostly for the Eid season.\n\n"
            f"Romania was the top seller with 2.4 million head, half the total, "
            f"followed by Spain with {second} million and Georgia with 0.5 million.")


def test_a_ranking_whose_first_part_is_half_the_total_is_checked_against_the_total_before():
    assert errors(_ranking("1.6")) == []
    assert any("exceed the whole 4.8 million head" in e for e in errors(_ranking("2.6")))
