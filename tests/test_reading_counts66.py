"""Counts and volumes (round 66): launches and satellites are counts of whole things; a bare
count "of them" with its share is a part of the count before it; a hedged multiple between
two tonnages of one sentence is checked to its hedge; "N times the" sets the level after it
as the earlier one, so it is no whole a later share is of."""
from readings import errors


def test_a_bare_count_of_them_with_its_share_is_a_part_of_the_count_before():
    text = ("A total of 1,500 satellites were placed in orbit last year. "
            "One operator alone put up {part} of them, or 40%.")
    assert errors(text.format(part="600")) == []
    assert any("1,500 satellites" in e for e in errors(text.format(part="750")))


def test_a_bracketed_share_after_a_count_of_them():
    text = ("- Rocket firms made 200 orbital launch attempts in 2023.\n"
            "- Private operators flew {part} of them (45%), most of them reusable boosters.\n")
    assert errors(text.format(part="90")) == []
    assert errors(text.format(part="120")) != []


def test_a_count_of_them_is_read_only_against_whole_things():
    # (a bare "of them" beside tonnes is no count of the tonnes: nothing to check)
    text = "Mills shipped 800 tonnes of flour in May. Dealers took 300 of them, or 90%."
    assert errors(text) == []


def test_a_hedged_multiple_between_two_tonnages():
    text = ("The river terminals handled 18.0 million tonnes of freight in 2022, about {f} times "
            "the 6.0 million tonnes of 2020, the port authority said.")
    assert errors(text.format(f="3")) == []
    assert errors(text.format(f="4.5")) != []


def test_a_multiples_earlier_level_is_no_whole_of_a_later_share():
    text = ("The country imported 50.0 tonnes of saffron in 2021, more than five times the 9.0 "
            "tonnes bought in 2020.\n\n"
            "Iran supplied 30.0 tonnes, about {p}% of the total, with Spain providing 8.0 tonnes.")
    assert errors(text.format(p="60")) == []
    assert any("50.0 tonnes" in e for e in errors(text.format(p="45")))
