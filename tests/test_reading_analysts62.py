"""Analysts' notes and official posts (round 62): figures of another series than the month's
actual level or change - a consensus someone "pencilled in", a moving average, a change of
the average per working day, a change in real (volume) terms - are kept apart from the
actual figures; "against" before a figure sets the same flow's earlier level, no product."""
from readings import claim, errors


def test_a_consensus_pencilled_in_is_a_forecast():
    text = ("Chile's trade deficit narrowed to $6.0bn in the second quarter from $11.0bn in the "
            "first quarter. The outcome beat the consensus, which had pencilled in a quarterly "
            "deficit of about $7bn.\n")
    assert errors(text) == []


def test_a_moving_average_of_growth_is_another_series():
    text = ("Chile's machinery exports fell 4.0% y/y in May to $9.6bn, against $10.0bn a year "
            "earlier. The three-month moving average of machinery exports growth is now at 1.5%.\n")
    assert errors(text) == []


def test_the_change_of_a_daily_average_is_not_the_months_change():
    text = ("Chile's exports fell 10.0% y/y in March to $45.0bn from $50.0bn. Adjusted for "
            "working days, average daily exports were $2.1bn, up 3.0% y/y.\n")
    assert errors(text) == []
    assert claim(text, "3.0%")["per"] == "day"


def test_a_change_in_real_volume_terms_is_another_series():
    text = ("Chile's exports rose 2.0% in March to $51.0bn, while imports edged up 1.0% to "
            "$50.5bn. In real (volume) terms, exports rose 0.5% and imports were up 0.1%.\n")
    assert errors(text) == []
