"""Worked percentage changes (round 57): a mark scheme or a study note that works a change
out in full, "(new - old) / old x 100 = answer%", holds every figure the answer needs, so
the answer is checked on those figures alone, to the rounding it is written with."""
from readings import errors


def test_a_worked_change_is_checked_on_its_own_figures():
    text = ("Answer: the rise in coffee shipments is (9.0 - 7.5) / 7.5 x 100 = {answer}% increase. "
            "One mark for the method.")
    assert errors(text.format(answer="20")) == []
    assert any("20" in e or "+20.0%" in e for e in errors(text.format(answer="25")))


def test_a_worked_fall_may_be_written_unsigned_with_its_word():
    text = "Working: (4.2 - 4.8) / 4.8 × 100 = {answer}% decrease in the tonnage of cocoa exported."
    assert errors(text.format(answer="12.5")) == []
    assert errors(text.format(answer="-12.5")) == []
    assert errors(text.format(answer="15.5")) != []


def test_a_ratio_over_another_divisor_is_no_change():
    # (the divisor is not the term subtracted: some other ratio, left alone)
    assert errors("The gap as a share of the total: (9.0 - 7.5) / 16.5 x 100 = 50%.") == []
