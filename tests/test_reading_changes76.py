"""Changes and their levels (round 76). A participle of change after its clause ("falling $91m
(1.7 percent) to $5.3b", "climbing R9.34bn, or 37.1%, to R34.52bn") gives a change in money and
in per cent, never a level and a share. A product's name keeps its figure past a dash aside on
what it holds ("mineral products — mostly refined fuel — rose 21.4%"). A count of units after a
word of change ("a decline of 2,314 units, or 7.6%, to 28,131 units") has its change in per cent
after it, no share of another count. "a daily average of $X" beside a month's level is the flow
per day, and its change is of that rate, never the month's level; a rate a day fits a month's level over its working
days, whose number the text may not give. "more than double the government's target" sets the
figure against the goal, not against the year before. An "other" class of a flow in one period
makes its classes three in every period, so two classes alone are no whole. Money in brackets
right after a percent change may be the change or the level it is from: an error only when it
is neither."""
from readings import claim, errors


def test_a_participle_of_change_gives_a_change_not_a_share():
    text = ("Ruritania's exports were down only slightly in April, falling {change} (1.7 percent) to $5.3b.\n\n"
            "Exports to Freedonia fell $196m (13 percent) to $1.31b.")
    assert claim(text.format(change="$91m"), "$91m", published="2020-05-28")["measure"] == "other"
    assert claim(text.format(change="$91m"), "1.7 percent", published="2020-05-28")["kind"] == "percent_change"
    assert errors(text.format(change="$91m"), published="2020-05-28") == []


def test_climbing_by_money_or_percent_to_a_level():
    # (a real country: the pair must be known for the planted change to be checked)
    text = ("South Africa's exports jumped 23.3% month on month to R171.71bn in March.\n\n"
            "Precious metals accounted for the largest rise in exports, climbing R9.34bn, or {pct}%, to R34.52bn.")
    assert claim(text.format(pct="37.1"), "37.1%", published="2023-04-28")["kind"] == "percent_change"
    assert errors(text.format(pct="37.1"), published="2023-04-28") == []
    assert errors(text.format(pct="47.1"), published="2023-04-28") != []


def test_a_product_keeps_its_figure_past_a_dash_aside():
    text = ("South Africa's imports rose 16.4% to R165.31bn in March from R142.04bn in February.\n\n"
            "On the import side, mineral products — mostly refined fuel — rose 21.4% to R38.26bn.")
    assert claim(text, "21.4%", published="2023-04-28")["commodity"] is not None
    assert errors(text, published="2023-04-28") == []


def test_a_decline_in_units_or_percent_is_no_share():
    text = ("Ruritanian domestic vehicle sales, March 2024:\n"
            "- Passenger cars: 32,540 units\n"
            "- Light commercial vehicles: 12,004 units\n\n"
            "Export sales recorded a decline of 2,314 units, or 7.6%, to 28,131 units in March 2024 "
            "compared to the 30,445 vehicles exported in March 2023.")
    assert errors(text, published="2024-04-02") == []


def test_a_daily_average_beside_the_month_is_a_rate():
    text = ("Brazil's imports came to US$ 22.90 billion in March, with a daily average of US$ 995.7 million, "
            "up {pct}% from US$ 685.9 million in March 2020.")
    assert claim(text.format(pct="45.2"), "US$ 995.7 million", published="2021-04-01")["per"] == "day"
    assert errors(text.format(pct="45.2"), published="2021-04-01") == []


def test_a_rate_a_day_may_be_over_the_working_days_of_the_month():
    text = ("Last month, Brazil's exports totaled US$ 24.38 billion. By the daily average criterion, "
            "foreign sales reached US$ 1.06 billion a day.")
    assert errors(text, published="2021-04-01") == []


def test_double_the_target_is_against_the_goal():
    text = ("Brazil's trade deficit narrowed to $6.43 billion in 1998 from $8.37 billion in 1997, "
            "but the shortfall was more than double the government's original target.")
    assert claim(text, "double", published="1999-01-05")["measure"] == "other"
    assert errors(text, published="1999-01-05") == []


def test_an_other_class_in_one_year_makes_three_classes_in_every_year():
    text = ("Peru's exports totaled US$ 26,885 million in 2009, a fall of 13.1% compared with 2008 "
            "(US$ 30,941 million).\n\n"
            "Traditional exports summed US$ 20,616 million (-11.4%), non-traditional exports US$ 6,186 million "
            "(-18.2%) and other exports US$ 83 million.")
    assert errors(text, published="2010-02-18") == []


def test_money_in_brackets_after_a_change_may_be_the_level_it_is_from():
    text = ("Peru's exports totaled US$ 26,885 million in 2009.\n\n"
            "• Zinc: US$ 1,233 million, a drop of 16.0% ({bracket}).")
    assert errors(text.format(bracket="US$ 1,468 million"), published="2010-02-18") == []
    # (neither the change nor the earlier level: 1,233 is 30% below 1,768, and 1,768 less is no 16% drop)
    assert errors(text.format(bracket="US$ 1,768 million"), published="2010-02-18") != []
