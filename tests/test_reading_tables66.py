"""Bulleted key indicators under a heading with their unit (round 66): "- Exports: 1,204.5,
up 3.1 percent from 1,168.2" gives the level and its earlier level in the heading's unit,
so the change and the sums of the list are checked (extract/header_units.py)."""
from readings import errors

_TEXT = ("Statistics bureau of Ruritania: foreign trade, January-June 2024.\n\n"
         "Main indicators (USD million):\n"
         "- Total trade: 3,000.0, up 20.0 percent from 2,500.0 in the first half of 2023\n"
         "- Exports: 1,800.0, up {exp} percent from 1,500.0\n"
         "- Imports: 1,200.0, up 20.0 percent from 1,000.0\n"
         "- Trade balance: surplus of {bal}, compared with a surplus of 500.0 a year earlier\n")


def test_worded_indicator_bullets_are_read_and_agree():
    assert errors(_TEXT.format(exp="20.0", bal="600.0")) == []


def test_a_wrong_change_in_a_worded_bullet_is_caught():
    assert any("30.0 percent" in e for e in errors(_TEXT.format(exp="30.0", bal="600.0")))


def test_a_wrong_balance_in_a_worded_bullet_is_caught():
    assert errors(_TEXT.format(exp="20.0", bal="700.0")) != []
