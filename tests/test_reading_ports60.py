"""Port authority reports (round 60): throughput in TEU and tonnes is a quantity, no trade
flow, but its own arithmetic is checked: a change dated "on-year" before its new level, a
share of "the total" right after a level's comma, a share of a total named by one word of its
kind ("the transit total"), and a whole given in the paragraph before as the new side of a
change written "N% fewer than the ..."."""
from readings import errors


def test_a_change_dated_on_year_before_its_new_level_is_checked():
    text = "Box volumes at the terminal grew {p} percent on-year to 4.40 million TEU from 4.00 million TEU."
    assert errors(text.format(p="10.0")) == []
    assert errors(text.format(p="20.0")) != []


def test_a_share_of_a_total_named_by_its_kind_is_checked():
    text = ("Grain landed at the harbour totalled 20.0 million tonnes. The biggest buyer took 5.0 million "
            "tonnes, or {p}% of the grain total, ahead of two smaller mills.")
    assert errors(text.format(p="25.0")) == []
    assert errors(text.format(p="35.0")) != []


def test_a_share_of_the_total_after_a_comma_needs_no_tie_word():
    text = ("The terminal handled 8.00 million TEU in 2023, 5.0% fewer than the 8.42 million handled in 2022.\n\n"
            "Most of the drop was in empty boxes. Empty containers came to 2.00 million TEU, {p}% of the total, "
            "while loaded boxes reached 6.00 million TEU.")
    assert errors(text.format(p="25.0")) == []
    assert errors(text.format(p="35.0")) != []
