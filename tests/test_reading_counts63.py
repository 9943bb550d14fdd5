"""Counts of aircraft and ships, and shipbuilding units (round 63): a change between two
levels of a count of whole things may leave the earlier level bare ("from 412 the year
before"); a sentence opening on "the number of" a counted unit gives its bare figures that
unit, so a part's share of it is checked; "pct" is a per cent; "The figure accounted for"
points back to the one later level of the sentence before (not the earlier level a
multiple is of); and under a heading a bullet may be a level alone ("- 75 tankers")."""
from readings import errors


def test_a_bare_earlier_count_of_aircraft_is_the_same_count():
    text = "The planemaker handed over 452 jets last year, up {p}% from 412 the year before."
    assert errors(text.format(p="9.7")) == []
    assert any("stated as \"19.7%\"" in e for e in errors(text.format(p="19.7")))


def test_a_bare_year_is_no_earlier_count():
    assert errors("The planemaker handed over 452 jets last year, up 12% from 2019 levels.") == []


def test_a_bare_figure_beside_tonnes_stays_unread():
    assert errors("The mill shipped 452 tonnes last year, up 30% from 412 the year before.") == []


def test_bare_figures_of_a_named_count_give_a_share():
    text = ("The number of ships on order stood at 240, of which tankers accounted for 90, "
            "or about {p} pct.")
    assert errors(text.format(p="37.5")) == []
    assert any("90 ships / 240 ships" in e for e in errors(text.format(p="47.5")))


def test_the_figure_points_back_past_an_earlier_level():
    text = ("Yards booked 12.2 million CGT last year, more than double the 5.1 million CGT booked a year "
            "earlier. The figure accounted for {p} percent of the 30.5 million CGT ordered worldwide.")
    assert errors(text.format(p="40")) == []
    assert any("12.2 million CGT / 30.5 million CGT" in e for e in errors(text.format(p="50")))


def test_bullets_that_are_levels_alone_are_parts_of_the_whole_before():
    text = "Owners sold 300 ships last year.\n\nBuyers took:\n- 140 bulk carriers\n- 75 tankers\n- {c} container ships\n"
    assert errors(text.format(c="60")) == []
    assert any("exceed the whole 300 ships" in e for e in errors(text.format(c="160")))
