"""Year-to-date totals beside a single month (round 65): "the five-month total", "the
nine-month figure" date a figure from January to that month, as "the first five months"
does; and "Imports over the January-May period came to ..." opens a sentence with the period
of its figure ("over" after the subject is "during"), no base of a comparison. A monthly
balance is then not worked out from a year-to-date level."""
from readings import claim, errors


def test_an_n_month_total_in_a_heading_runs_from_january():
    text = ("Malaysia's shipments dip in May, five-month total at $150.2 billion\n\n"
            "Malaysia's exports fell 2.0% in May to $20.1 billion, the statistics department said.")
    assert claim(text, "$150.2 billion", published="2024-06-20")["period"] == "2024-01/2024-05"
    assert claim(text, "$20.1 billion", published="2024-06-20")["period"] == "2024-05"


def test_a_nine_month_figure_runs_from_january():
    text = ("Chile's copper exports rose 4% in September to $4.0 billion. The nine-month figure "
            "was $35.5 billion.")
    assert claim(text, "$35.5 billion", published="2024-10-10")["period"] == "2024-01/2024-09"


def test_a_twelve_month_figure_is_not_from_january():
    text = ("Chile's copper exports rose 4% in September to $4.0 billion. The 12-month figure "
            "was $47.5 billion.")
    assert claim(text, "$47.5 billion", published="2024-10-10")["period"] != "2024-01/2024-09"


def test_over_a_period_after_the_subject_is_the_figures_own_period():
    text = ("Poland's exports rose 4.0% in May to $30.0 billion.\n\n"
            "Exports over the January-May period came to $150.0 billion, up 5.0% from $142.9 billion "
            "a year earlier.")
    assert claim(text, "$150.0 billion", published="2024-06-20")["period"] == "2024-01/2024-05"
    assert errors(text, published="2024-06-20") == []


def test_a_monthly_balance_is_not_taken_from_a_year_to_date_export_total():
    text = ("Egypt's trade: exports ten-month total at $30.0 billion\n\n"
            "Egypt's exports rose 3% in October, the ministry said. Imports in October alone "
            "came to $7.5 billion, leaving a monthly trade deficit of $4.4 billion.")
    assert errors(text, published="2024-11-15") == []
