"""Spoken figures (round 53): a figure said roughly in words and then exactly in digits
("about five billion dollars - $4.8 billion") is one figure, the digits; the words are its
rounding and no second figure, so the sums of the digits are checked."""
from readings import reading


def checks(text: str, check: str) -> list[str]:
    return [f["status"] for f in reading(text)["findings"] if f["check"] == check]


def test_words_then_digits_is_one_figure_the_digits():
    text = ("GUEST: Brazil sold goods worth $32.6 billion abroad in 2023 and bought $27.8 billion, "
            "so the surplus was about five billion dollars - ${bal} billion.")
    assert checks(text.format(bal="4.8"), "sum") == ["consistent"]
    assert checks(text.format(bal="5.4"), "sum") == ["inconsistent"]
    amounts = [c["text"] for c in reading(text.format(bal="4.8"))["claims"] if c["kind"] == "amount"]
    assert "five billion dollars" not in amounts and "$4.8 billion" in amounts


def test_words_far_from_the_digits_stay_a_figure_of_their_own():
    # (ten against 4.8 is no rounding at the leading digit: two figures, both kept)
    text = "HOST: The deficit was ten billion dollars - $4.8 billion of it with China in 2023."
    amounts = [c["text"] for c in reading(text)["claims"] if c["kind"] == "amount"]
    assert "ten billion dollars" in amounts


def test_a_turn_finishing_the_sentence_left_open_gives_the_subjects_share():
    text = ("Trade podcast transcript.\n\nANNA: Peru's gold exports were $17.0 billion in 2023. "
            "Its total exports were $64.0 billion. So gold is -\n\nBEN: A quarter?\n\n"
            "ANNA: Roughly. About {pct} percent.\n")
    shares = [c for c in reading(text.format(pct="27"))["claims"] if c["kind"] == "share"]
    assert shares and shares[0]["commodity"] == "gold"
    assert checks(text.format(pct="27"), "ratio") == ["consistent"]
    assert checks(text.format(pct="35"), "ratio") == ["inconsistent"]


def test_a_bare_percent_with_no_sentence_left_open_is_still_no_share():
    text = ("Trade podcast transcript.\n\nANNA: Peru sold $17.0 billion of gold abroad in 2023. "
            "Its exports came to $64.0 billion in all.\n\nBEN: Roughly. About 35 percent.\n")
    assert [c for c in reading(text)["claims"] if c["kind"] == "share"] == []
