"""The period of a figure and its adjustment (round 74): a figure in a ", which stood at N"
clause on the base period a comparison names ("Compared with September 2022, which stood at
US$ 19.79 billion") is that period's. A headline change whose base was only the year-before
default takes the base of the body's restatement of it ("12.47% month on month"). A phrase
that spells the seasonal adjustment out ("Adjusted for seasonal swings, the deficit stood at")
names the seasonally adjusted series, no restatement of the raw figure. A table whose header
label cell or introducing line names an adjustment carries it, and a change column headed by a
footing ("m-o-m") is on the month before. A period after "into" ("going into 2022", "carried
into 1999") is a time looked ahead to, not the period the text moves to. "For the year" in a
text published in the first months of the year in hand is most likely the year before (a
guess). A cause clause after a figure and its own period ("from Rs. 40.7 billion in the
previous year, helped by strong demand in the first half") dates the cause, not the figures
after it. "An improvement of N%" after two levels is the change between them. A money change
said right after a price per kilo ("Rs. 116.98 per kilo, Rs. 15.22 higher than") is the price's,
no flow's. (Where a check needs a pair, a real country reports: an invented one gives the
figures no pair to check.)"""
from readings import claim, errors


_WHICH_STOOD = ("Statistics Indonesia recorded the value of Indonesia's imports in September 2023 at "
                "US$ 17.34 billion.\n\nCompared with September 2022, which stood at US$ {base} billion, "
                "imports fell 12.38% year on year (yoy).\n")


def test_a_figure_in_a_which_stood_clause_on_the_base_period_is_that_period_s():
    text = _WHICH_STOOD.format(base="19.79")
    assert errors(text, published="2023-10-16") == []
    assert claim(text, "US$ 19.79 billion", published="2023-10-16")["period"] == "2022-09"
    assert errors(_WHICH_STOOD.format(base="18.79"), published="2023-10-16") != []


def test_a_figure_in_a_which_was_recorded_at_clause_after_than_in_a_year():
    text = ("Indonesia's trade balance recorded a surplus of US$ 42.27 billion throughout 2025. This "
            "surplus was larger than in 2024, which was recorded at US$ 32.07 billion.\n")
    assert errors(text, published="2026-01-15") == []
    assert claim(text, "US$ 32.07 billion", published="2026-01-15")["period"] == "2024"


_HEADLINE = ("Imports Fall 12.47% in September 2023\n\n"
             "Statistics Indonesia recorded the value of Indonesia's imports in September 2023 at "
             "US$ 17.34 billion. This value fell 12.47% month on month (mom) from US$ {before} billion "
             "in August 2023.\n\nCompared with September 2022, which stood at US$ 19.79 billion, "
             "imports fell 12.38% year on year (yoy).\n")


def test_a_headline_change_takes_the_base_its_body_restatement_names():
    text = _HEADLINE.format(before="19.81")
    assert errors(text, published="2023-10-16") == []
    first = claim(text, "12.47%", published="2023-10-16")
    assert (first["period"], first["base_period"]) == ("2023-09", "2023-08")


_SPELLED_OUT = ("Mexico posted a trade deficit of $3.83 billion in January. Exports rose to $32.59 "
                "billion, while imports climbed to $36.42 billion.\n\n"
                "Adjusted for seasonal swings, the trade deficit stood at $2.58 billion.\n")


def test_a_spelled_out_seasonal_adjustment_is_a_series_of_its_own():
    assert errors(_SPELLED_OUT, published="2022-02-25") == []


_SA_TABLE = ("Malaysia's exports fell 17.8% year-on-year to RM121.37 billion in August, and imports "
             "dropped 17.4% y-o-y to RM106.84 billion.\n\n"
             "Seasonally adjusted figures, however, painted a less gloomy picture:\n\n"
             "Seasonally adjusted | Aug 2023 | Jul 2023 | m-o-m\n"
             "Exports (RM bil) | 117.52 | 115.33 | +1.9%\n"
             "Imports (RM bil) | 101.45 | 104.16 | {imports}\n")


def test_a_table_under_a_seasonally_adjusted_lead_is_that_series_and_its_m_o_m_column_is_on_the_month_before():
    text = _SA_TABLE.format(imports="-2.6%")
    assert errors(text, published="2023-09-19") == []
    change = claim(text, "-2.6%", published="2023-09-19")
    assert (change["period"], change["base_period"]) == ("2023-08", "2023-07")
    assert errors(_SA_TABLE.format(imports="-4.6%"), published="2023-09-19") != []


_SA_LEAD = ("Malaysia's exports fell 17.8% year-on-year to RM121.37 billion in August, and imports "
            "dropped 17.4% y-o-y to RM106.84 billion.\n\n"
            "Seasonally adjusted figures, however, painted a less gloomy picture:\n\n"
            "| | Aug 2023 | Jul 2023 | m-o-m |\n|---|---|---|---|\n"
            "| Exports (RM bil) | 117.52 | 115.33 | +1.9% |\n"
            "| Imports (RM bil) | 101.45 | 104.16 | {imports} |\n")


def test_a_table_whose_introducing_line_names_the_adjustment_carries_it():
    assert errors(_SA_LEAD.format(imports="-2.6%"), published="2023-09-19") == []
    assert errors(_SA_LEAD.format(imports="-4.6%"), published="2023-09-19") != []


_INTO = ("Sri Lanka's apparel exports recovered strongly in 2021, earning US$ 5,415.2 million, a growth "
         "of 21.6%.\n\nThe industry said order books remained healthy going into 2022.\n\n"
         "Exports to the United States rose 21.6% to US$ 2,207.6 million from US$ 1,815.2 million.\n")


def test_a_period_after_into_is_looked_ahead_to_and_moves_no_figures():
    assert errors(_INTO, published="2022-02-03") == []
    assert claim(_INTO, "US$ 2,207.6 million", published="2022-02-03")["period"] == "2021"


_YEAR_REVIEW = ("Sri Lanka's tea exports reached a record 268.3 million kilos in 1998.\n\n"
                "Export earnings rose 23.6 per cent to Rs. 50.3 billion from Rs. 40.7 billion in the "
                "previous year, helped by strong demand from Russia in the first half. In dollar terms, "
                "tea brought in about US$ 780 million.\n\n"
                "The average export price worked out at Rs. 187.48 per kilo, against Rs. {base} in 1997, "
                "an improvement of 21.5 per cent.\n\n"
                "Stocks carried into 1999 were put at 11.8 million kilos.\n\n"
                "At the auctions the gross sale average for the year was Rs. 116.98 per kilo, Rs. 15.22 "
                "(or 15.0 per cent) higher than the Rs. 101.76 recorded in 1997.\n")


def test_a_year_review_published_early_in_the_next_year():
    text = _YEAR_REVIEW.format(base="154.28")
    assert errors(text, published="1999-01-14") == []
    # (the cause clause's half year dates the demand, not the dollar figure after it)
    assert claim(text, "US$ 780 million", published="1999-01-14")["period"] == "1998"
    change = claim(text, "21.5 per cent", published="1999-01-14")
    assert (change["period"], change["base_period"]) == ("1998", "1997")
    assert claim(text, "Rs. 116.98", published="1999-01-14")["period"] == "1998"
    # (the price's change is between the two levels it follows)
    assert errors(_YEAR_REVIEW.format(base="145.28"), published="1999-01-14") != []
