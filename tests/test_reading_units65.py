"""Units (round 65): "tn" glued to a figure with no currency is tonnes when its sentence speaks
of volume or when as money it would dwarf the amount before it (not "270,000 trillion"), and
a quantity's change may carry an adverb and commas around its per cent ("rose sharply, by
12%, to 56,000 tonnes from 50,000 tonnes")."""
from readings import errors

from tradecheck.extract.mentions import find_amounts


def _amount_texts(text: str) -> list[str]:
    return [a.text for a in find_amounts(text)]


def test_tn_after_a_bare_figure_in_a_volume_sentence_is_tonnes():
    text = ("Kenya earned 410 million dollars from tea sales abroad last year, "
            "though the volume sold slipped by 2.0pc to 52,000tn.")
    assert _amount_texts(text) == ["410 million dollars"]


def test_tn_that_would_dwarf_the_money_before_it_is_tonnes():
    text = "Tea brought in 410 million dollars in 2021, against 390 million dollars for 61,000tn."
    assert "61,000tn" not in _amount_texts(text)


def test_tn_as_trillion_still_takes_the_currency_before_it():
    text = "Exports rose to $3.2tn in 2023 from 2.9tn in 2022."
    assert _amount_texts(text) == ["$3.2tn", "2.9tn"]


def test_a_volume_change_with_an_adverb_and_commas_is_checked():
    text = ("Olive oil exports earned 410 million euros in 2023. Volumes rose sharply, by {p}%, "
            "to 56,000 tonnes from 50,000 tonnes.")
    assert errors(text.format(p="12")) == []
    assert any("56,000 tonnes" in e for e in errors(text.format(p="3")))
