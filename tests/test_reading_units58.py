"""Counts of goods in units (round 58): a change "to N units from M" whose earlier level is a
bare grouped figure is read as a count in the same unit; a period "in the first half of" may
date the change before its "to"; a count may carry two words of kind before its noun ("used
passenger cars"); cars and vehicles are counted in units; a list under a heading without a
colon, "(units, share of total)", checks each share against the total stated before."""
from readings import errors


def test_a_bare_grouped_earlier_count_after_units_is_read():
    text = "Korea's sales of tractors abroad climbed {pct}% in the second half of 2022 to 48,600 units from 40,500 a year before."
    assert errors(text.format(pct="20")) == []
    assert errors(text.format(pct="35")) != []


def test_a_bare_small_number_after_units_is_no_level():
    text = "Shipments rose 12% to 48,600 units from 9 ports in 2022, the ministry said."
    assert errors(text) == []


def test_two_kind_words_before_cars_and_a_share_list_without_colon():
    text = ("Korea shipped 500,000 used passenger cars in 2022, officials said.\n\n"
            "Main buyers (units, share of total)\n\n"
            "- Chile: {chile} (20.0%)\n"
            "- Libya: 60,000 (12.0%)\n")
    assert errors(text.format(chile="100,000")) == []
    assert errors(text.format(chile="150,000")) != []


def test_a_bare_count_with_its_share_after_a_count_in_units():
    text = ("Korea sold 200,000 used cars abroad in 2022. Chile was first at 60,000 units, or 30% of the "
            "total, followed by Libya at 30,000 ({pct}%).")
    assert errors(text.format(pct="15")) == []
    assert errors(text.format(pct="25")) != []
