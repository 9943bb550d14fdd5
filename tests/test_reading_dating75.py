"""Which period a figure is about (round 75): in a report on a month, a span from January to
that month its words do not call the year so far ("For 2M26" in a report on February), after
the month's figures in its paragraph or bullet, is an aside of that paragraph, and the next is
on the month again. Two months in a row joined by a word that takes them together ("Combining January and
February") are one span of both. A sentence whose every period dates a level compared with
("down 5.1% from SAR 301.7 billion in Q4 2023 and up 3.7% from SAR 276.1 billion in Q3 2024")
spans no two periods for a "fell to A from B" after it. A change column of a table is on the
two level columns right before it ("Dec 2016 | Dec 2015 | YoY (%) | 2016 | 2015 | YoY (%)").
A column headed by a month alone ("OCT", "SEPT (rev)") is that month of the year the text is
on. (Where a check needs a pair, a real country reports: an invented one gives the figures no
pair to check.)"""
from readings import claim, errors


_BULLETS = ("Thai exports in Feb 2026 grew 4.2% YoY\n\n"
            "■ Thai exports in February 2026 came to USD 27,430.6 million, growing 4.2% YoY.\n\n"
            "■ Imports grew 9.8% YoY to USD 26,118.9 million. For 2M26, exports rose 6.0% to USD 52,998.4 million.\n\n"
            "■ By market, exports to the US increased 12.3% YoY to USD 5,302.8 million ({share}% of total exports).\n")


def test_a_bullet_s_two_month_period_stays_in_its_bullet():
    text = _BULLETS.format(share="19.3")
    assert errors(text, published="2026-03-25") == []
    assert claim(text, "USD 5,302.8 million", published="2026-03-25")["period"] == "2026-02"
    assert errors(_BULLETS.format(share="21.3"), published="2026-03-25") != []


_COMBINING = ("Taiwan Feb exports jump 24.6%\n\n"
              "TAIPEI, March 9 (Reuters) - Taiwan's exports rose 24.6% in February from a year earlier.\n\n"
              "February exports were $25.17 billion, compared with $20.20 billion a year earlier.\n\n"
              "Combining January and February to strip out holiday distortions, exports grew {change}% "
              "to $50.48 billion from $48.35 billion in the same period last year.\n")


def test_combining_two_months_is_their_two_month_span():
    text = _COMBINING.format(change="4.4")
    assert errors(text, published="2020-03-09") == []
    assert claim(text, "$50.48 billion", published="2020-03-09")["period"] == "2020-01/2020-02"
    assert errors(_COMBINING.format(change="6.4"), published="2020-03-09") != []


_FELL_TO_FROM = ("Saudi Q4 trade surplus falls\n\n"
                 "Key highlights for Q4 2024:\n\n"
                 "- Merchandise exports: SAR 286.4 billion, down 5.1% from SAR 301.7 billion in Q4 2023 and up 3.7% "
                 "from SAR 276.1 billion in Q3 2024.\n"
                 "- Oil exports: SAR 208.5 billion, down 9.7% from SAR 230.9 billion a year earlier. Their share of "
                 "total exports fell to {share}% from 76.5%.\n")


def test_fell_to_a_from_b_after_levels_compared_with_two_earlier_periods_is_of_the_period_in_hand():
    text = _FELL_TO_FROM.format(share="72.8")
    assert errors(text, published="2025-02-25") == []
    assert claim(text, "72.8%", published="2025-02-25")["period"] == "2024-Q4"
    assert errors(_FELL_TO_FROM.format(share="75.8"), published="2025-02-25") != []


_TWO_CHANGE_COLUMNS = ("Taiwan trade statistics for December 2016\n\n"
                       "Table 1. Trade summary                                  Unit: US$ billion\n"
                       "                   Dec 2016   Dec 2015   YoY (%)     2016      2015    YoY (%)\n"
                       "Exports              26.06      22.86     14.0     280.32    285.34    -1.8\n"
                       "Imports              20.32      18.00     12.9     230.57    237.22    {imports}\n")


def test_a_change_column_is_on_the_two_level_columns_right_before_it():
    text = _TWO_CHANGE_COLUMNS.format(imports="-2.8")
    assert errors(text, published="2017-01-09") == []
    change = claim(text, "-1.8", published="2017-01-09")
    assert (change["period"], change["base_period"]) == ("2016", "2015")
    assert errors(_TWO_CHANGE_COLUMNS.format(imports="-4.8"), published="2017-01-09") != []


_MONTH_COLUMNS = ("Australia posts A$322 mln Oct trade deficit\n\n"
                  "SYDNEY, Dec 3 (Reuters) - Australia recorded a deficit of A$322 million on its balance of goods "
                  "and services in October, compared with a revised A$105 million surplus in September.\n\n"
                  "KEY FIGURES (A$ million, seasonally adjusted)\n\n"
                  "                        OCT       SEPT (rev)\n"
                  "Balance                -322          +105\n"
                  "Exports               9,468         9,690\n"
                  "Imports               9,790         {imports}\n")


def test_a_column_headed_by_a_month_alone_is_that_month():
    text = _MONTH_COLUMNS.format(imports="9,585")
    assert errors(text, published="1997-12-03") == []
    assert claim(text, "9,690", published="1997-12-03")["period"] == "1997-09"
    assert errors(_MONTH_COLUMNS.format(imports="9,385"), published="1997-12-03") != []
