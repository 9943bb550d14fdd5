"""Planted slips of round 79 missed before. A year that names a contest or a vote ("ahead of
the 2030 World Cup") dates no figure and moves no period the text is about; a figure its
clause sets "over the previous decade" is of no period the text dates; a running total to a
month and the next month "alone", both named, add up to the running total to that month
carried from the sentences before."""
from readings import claim, errors


def test_a_year_that_names_a_contest_moves_no_period():
    text = ("Freedonia's imports reached EUR 41.3 billion at the end of November 2025, up 4.1% from EUR 39.7 billion "
            "a year earlier.\n\n"
            "Imports stood at EUR 37.1 billion at the end of October.\n\n"
            "Purchases of steel rose with the building of stadiums ahead of the 2030 World Cup.\n\n"
            "Travel receipts came to EUR 9.4 billion.")
    assert claim(text, "EUR 9.4 billion", published="2025-12-31")["period"] == "2025-01/2025-11"


def test_a_year_that_names_a_vote_moves_no_period():
    text = ("Ruritania's exports came to $12.6 billion in the first ten months of 2023.\n\n"
            "Exports stood at $11.2 billion at the end of September.\n\n"
            "Buyers of cars held back orders ahead of the 2024 election.\n\n"
            "Imports totalled $8.1 billion.")
    assert claim(text, "$8.1 billion", published="2023-11-30")["period"] == "2023-01/2023-10"


def test_a_figure_set_over_the_previous_decade_is_of_no_dated_period():
    text = ("Ruritania's exports of machinery reached $4.8 billion in 2023, a record. "
            "That is far above the level of exports of machinery, which had not exceeded $1.9 billion on average "
            "over the previous decade.")
    assert claim(text, "$1.9 billion")["attribution"]["period"] == "vague-past"
    assert claim(text, "$4.8 billion")["period"] == "2023"


def test_a_running_total_and_the_next_month_alone_add_up_to_the_running_total_to_that_month():
    text = ("Freedonia's trade deficit narrowed to EUR 21.7 billion over the first nine months of 2024. "
            "Imports rose 1.1% to EUR 202.6 billion, while exports grew 2.4% to EUR 180.9 billion from EUR 176.7 billion.\n\n"
            "Exports stood at EUR 160.2 billion at the end of August, which means that September alone "
            "brought in EUR {month} billion of foreign sales.")
    assert errors(text.format(month="20.7"), published="2024-10-31") == []
    assert errors(text.format(month="23.7"), published="2024-10-31") != []


def test_the_last_quarter_of_a_year_is_its_fourth():
    text = ("Ruritania's exports came to $9.1 billion in the first quarter of 2013, 4.2 percent lower than "
            "the $9.5 billion earned in the last quarter of 2012.")
    assert claim(text, "$9.5 billion", published="2013-04-30")["period"] == "2012-Q4"


def test_figures_of_a_value_word_listed_month_by_month_share_its_flow():
    text = ("Zambia earned $6.30 billion from sales of copper in the first quarter of 2023.\n\n"
            "Revenues stood at $2.12 billion in January, ${feb} billion in February and $2.07 billion in March.")
    assert claim(text.format(feb="2.11"), "$2.11 billion", published="2023-04-30")["measure"] == "exports"
    assert errors(text.format(feb="2.11"), published="2023-04-30") == []
    assert errors(text.format(feb="2.61"), published="2023-04-30") != []


def test_a_month_naming_a_dip_told_before_moves_no_period():
    text = ("Copper revenues reach $6.3 billion in first quarter\n\n"
            "Zambia earned $6.30 billion from sales of copper and cobalt in the first three months of this year, "
            "according to figures from the central bank.\n\n"
            "Revenues stood at $2.12 billion in January, $2.11 billion in February and $2.07 billion in March. "
            "The February dip was blamed on storms at the ports.\n\n"
            "The quarterly total was 3.1 percent higher than the $6.11 billion earned in the last quarter of 2022.")
    assert claim(text, "3.1 percent", published="2023-04-30")["period"] == "2023-Q1"


def test_a_figure_the_clause_after_it_dates_is_not_of_the_year_before_it():
    text = ("Zambia earned $9.4 billion from copper and cobalt sales in 2021, more than {m} times "
            "the $3.1 billion it made in 2020, when the mines were shut for months.")
    assert claim(text.format(m="three"), "$3.1 billion", published="2022-01-10")["period"] == "2020"
    assert errors(text.format(m="three"), published="2022-01-10") == []
    assert errors(text.format(m="four"), published="2022-01-10") != []


def test_two_products_joined_before_sales_are_one_product_of_both():
    text = "Zambia earned $9.4 billion from copper and cobalt sales in 2021."
    assert claim(text, "$9.4 billion", published="2022-01-10")["commodity"] == "copper and cobalt"
