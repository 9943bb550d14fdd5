"""Which period a figure is about (round 76): "the year to May" is the twelve months ending in
May, as "the year ended May" is (not January to May; "so far in the year to May" still is). A
figure "a year" over a span of years ("averaged US$69.1 billion a year in 2015-2017") is
dated by that span, written with both years in full, past its "a year"; it is the span's
yearly average, and so are the share restating it and the total that share is of, one series
set against each other; the total of a share of a group's own trade is the group's trade with
the world. A year in a publication's name ("The Economic Survey 2023 ... shows") dates no
figure after it. (Where a check needs a pair, a real country reports: an invented one gives
the figures no pair to check.)"""
from readings import claim, errors


_YEAR_TO = ("New Zealand exports to China climb\n\n"
            "In the year to May, New Zealand's exports to China were worth ${china} billion, Statistics New Zealand said. "
            "China's share of total annual exports of $46.6b rose to 18.5 per cent.\n")


def test_the_year_to_a_month_is_the_twelve_months_ending_in_it():
    text = _YEAR_TO.format(china="8.62")
    assert claim(text, "$8.62 billion", published="2013-06-27")["period"] == "2012-06/2013-05"
    assert errors(text, published="2013-06-27") == []
    assert errors(_YEAR_TO.format(china="9.62"), published="2013-06-27") != []


def test_so_far_in_the_year_to_a_month_is_from_january():
    text = "Ruritania's exports so far in the year to May were $8.6 billion.\n"
    assert claim(text, "$8.6 billion", published="2013-06-27")["period"] == "2013-01/2013-05"


_AVERAGED = ("Intra-African trade remains low\n\n"
             "Intra-African exports averaged US${part} billion a year in 2015-2017, or only 16.6 per cent "
             "of the continent's total exports of US$416.3 billion.\n")


def test_a_yearly_average_over_a_span_of_years_is_set_against_the_total_of_its_share():
    text = _AVERAGED.format(part="69.1")
    assert claim(text, "US$69.1 billion", published="2019-06-26")["period"] == "2015-01/2017-12"
    assert errors(text, published="2019-06-26") == []
    assert errors(_AVERAGED.format(part="79.1"), published="2019-06-26") != []


_SURVEY = ("Kenya's exports to Africa rise\n\n"
           "Kenya's exports to African markets rose to Sh263.7 billion last year from Sh231.6 billion in 2021.\n\n"
           "The Economic Survey 2023 released by the statistics bureau shows Africa took 30.2 per cent of Kenya's "
           "total exports of Sh{total} billion in 2022.\n")


def test_the_year_in_a_publication_s_name_dates_no_figure():
    text = _SURVEY.format(total="873.1")
    assert claim(text, "30.2 per cent", published="2023-05-09")["period"] == "2022"
    assert errors(text, published="2023-05-09") == []
    assert errors(_SURVEY.format(total="973.1"), published="2023-05-09") != []
