"""The size of a revision (round 79): "revised up $150 million to $10.0 billion", "$41 million
less than in the first estimate" is the gap between two estimates of one period, no level and
no change between periods; "lowered the deficit by $1.2 billion, to X from Y" gives the revised
level and the estimate it replaced, of the same period, and the size is checked against them.
A record said of the period an estimate "slipped back from" is that period's; "first published
at" says when an estimate came out, it names no product."""
from readings import claim, errors


def test_a_revision_up_then_the_revised_level_is_no_change_over_time():
    text = ("Exports for 2022 were revised up $13.5 billion to $342.8 billion and imports were revised up "
            "$5.3 billion to $401.2 billion. On the revised basis, exports in 2022 increased $34.8 billion "
            "from 2021.")
    size = claim(text, "$13.5 billion", published="2023-06-06")
    assert size["measure"] == "other" and size.get("change_of") is None
    assert claim(text, "$342.8 billion", published="2023-06-06")["measure"] == "exports"
    assert errors(text, published="2023-06-06") == []


def test_a_size_less_than_in_the_first_estimate_is_no_change_over_time():
    text = ("Second estimate for March 2023: Ruritania's exports were EUR 10.40 billion, EUR 41 million less "
            "than in the first estimate, and 3.0% more than a year earlier.")
    size = claim(text, "EUR 41 million", published="2023-05-10")
    assert size["measure"] == "other" and size.get("change_of") is None


def test_the_size_of_a_revision_against_the_revised_and_the_replaced_levels():
    text = "The revisions lowered the 2022 trade deficit by {size} billion, to $14.5 billion from $15.3 billion."
    replaced = claim(text.format(size="$0.8"), "$15.3 billion", published="2023-06-06")
    assert replaced["period"] == "2022" and replaced["measure"] == "balance"
    assert errors(text.format(size="$0.8"), published="2023-06-06") == []
    assert errors(text.format(size="$1.2"), published="2023-06-06") != []


def test_a_record_an_estimate_slipped_back_from_is_the_earlier_periods():
    text = ("Canada's trade surplus narrowed to $1.5 billion in March from $2.3 billion in February. Exports "
            "slipped back from February's record level. Exports decreased 1.8% to $24.9 billion in March. "
            "February exports were revised up $110 million to $25.4 billion.")
    assert errors(text, published="2023-05-21") == []


def test_first_published_at_names_no_product():
    text = ("Ruritania's trade surplus narrowed to $1.5 billion in March from $2.3 billion in February. The "
            "February surplus, first published at $2.6 billion, now stands at $2.3 billion.")
    assert claim(text, "$2.6 billion", published="2023-05-21").get("commodity") is None


def test_the_size_less_than_in_the_first_estimate_against_the_bracketed_estimate():
    text = ("According to the second estimate for March 2023, Ruritania's exports amounted to EUR 9,871 million "
            "and imports to EUR 9,358 million, thus the surplus was EUR 513 million, EUR {size} million less than "
            "in the first estimate (EUR 554 million).")
    assert errors(text.format(size="41"), published="2023-05-10") == []
    assert errors(text.format(size="61"), published="2023-05-10") != []


def test_a_period_in_an_aside_on_when_figures_came_out_dates_no_figure():
    text = ("Hungary's exports were EUR 10,214 million in April 2023.\n\n"
            "According to the second estimate for March 2023, published today together with the first "
            "estimate for April, exports amounted to EUR 9,871 million and imports to EUR 9,358 million.")
    assert claim(text, "EUR 9,871 million", published="2023-06-07")["period"] == "2023-03"
    assert errors(text, published="2023-06-07") == []


def test_a_faster_than_expected_change_is_the_outcome_not_a_forecast():
    text = ("BEIJING, Dec 8 (Reuters) - China's exports rose a faster-than-expected 11.8 percent in November from a "
            "year earlier to $200.6 billion, customs data showed on Sunday.\n\n"
            "Imports rose 4.4 percent to $166.9 billion, leaving a trade surplus of ${b} billion.")
    assert claim(text.format(b="33.7"), "$200.6 billion", published="2013-12-08")["measure"] == "exports"
    assert errors(text.format(b="33.7"), published="2013-12-08") == []
    assert errors(text.format(b="36.7"), published="2013-12-08") != []


def test_a_change_between_two_daily_averages():
    text = ("The Brazilian trade balance recorded a deficit of US$ 2.87 billion in January 2015, the result of "
            "exports of US$ 13.94 billion and imports of US$ 16.81 billion.\n\n"
            "In the 21 working days of the month, the daily average of exports was US$ 663.8 million, a decrease "
            "of {pct}% compared with the daily average of January 2014 (US$ 771.2 million).")
    assert claim(text.format(pct="13.9"), "US$ 663.8 million", published="2015-02-02")["per"] == "day"
    assert errors(text.format(pct="13.9"), published="2015-02-02") == []
    assert errors(text.format(pct="17.9"), published="2015-02-02") != []


def test_a_second_flow_revised_with_its_verb_left_out_is_a_revision_size_too():
    text = ("Ruritania's 2022 trade surplus was revised up to 4,120.0 billion crowns in the final data. Exports "
            "were revised up by 61.5 billion crowns and imports by 15.0 billion crowns. Imports of crude oil "
            "rose 8.1 percent to 2,340.5 billion crowns.")
    size = claim(text, "15.0 billion crowns", published="2023-03-10")
    assert size["measure"] == "other"
    assert errors(text, published="2023-03-10") == []
