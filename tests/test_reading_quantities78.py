"""Quantities stated in prose (round 78). Barrels and tonnes are no claims, so these sentences
are checked on their words alone: a level over a month or a year restated, after a comma, as
its average per day (or a daily rate restated as the period's level)."""
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
