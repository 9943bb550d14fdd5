"""Quantities stated in prose (round 78). Barrels and tonnes are no claims, so these sentences
are checked on their words alone: a level over a month or a year restated, after a comma, as
its average per day (or a daily rate restated as the period's level); flows through two
routes, against the flow stated two sentences before as a daily average; levels named members
get each after a level given them together, which they add up to."""
from readings import errors


def test_a_level_over_a_month_restated_as_its_daily_average():
    text = ("Ruritania exported 12.4 million barrels of crude oil in February 2024, an average of "
            "{rate} barrels per day, the oil ministry said.")
    assert errors(text.format(rate="428,000")) == []
    assert errors(text.format(rate="482,000")) != []


def test_a_level_over_a_year_restated_as_tonnes_a_day():
    text = "The port of Freedonia shipped 4.38 million tonnes of coal in 2023, or {rate} tonnes a day."
    assert errors(text.format(rate="12,000")) == []
    assert errors(text.format(rate="14,000")) != []


def test_a_daily_rate_over_a_month_restated_as_the_month_level():
    text = "Ruritanian output averaged 3.35 million b/d in March, or {level} million barrels."
    assert errors(text.format(level="103.85")) == []
    assert errors(text.format(level="113.85")) != []


def test_flows_through_two_routes_never_exceed_the_daily_average_two_sentences_before():
    text = ("Ruritania exported 42.1 million barrels of crude in May, an average of 1.36 million barrels per day.\n\n"
            "The average price received was 71.2 dollars a barrel.\n\n"
            "Shipments from the southern terminals averaged {a} million bpd, while 190,000 bpd were pumped "
            "through the northern pipeline to the port of Freetown.")
    assert errors(text.format(a="1.17")) == []
    assert errors(text.format(a="1.27")) != []


def test_members_given_a_level_together_each_give_their_part_after():
    text = ("Ruritania, Freedonia and Sylvania may together ship 96 tonnes of saffron in 2024, against 120 tonnes in 2022. "
            "Freedonia, whose crop is sold through a state board, has the largest quota at 41 tonnes. "
            "Ruritania may export 33 tonnes and Sylvania {c} tonnes.")
    assert errors(text.format(c="22")) == []
    assert errors(text.format(c="27")) != []
