"""Turkish exporter releases (round 72): a heading on a line of its own, with no figure and no
period ("- Machinery keeps top spot"), after a paragraph on the year so far up to the month a
report is on ("In the January-October period"), opens a section on the month again. A clause opening a sentence that says what is left out with a participle
("When energy and gold are excluded,") leaves it out of the sentence's figures, as "Excluding
energy and gold," does. A ratio of exports covering imports after levels of its sentence that
all leave the same part out is of that series, not of the whole flows. "$17.1 billion worth of
goods" names no product for the figures after it, and "white goods" is a product of its own,
not goods in general. A table's column headed by a system of trade statistics ("Special
trade", "General trade") holds that series of the flow its row names, and a "Difference"
column holds changes, no levels. A table row that leaves cells blank is checked for a change
only where its last three figures stand under the last three columns. (Where a check needs a
pair, a real country reports: an invented one gives the figures no pair to check.)"""
from readings import claim, errors


MONTH_REPORT = ("Portugal's exports hit a record in October\n\n"
                "Portugal's exports rose 10.7 percent year-on-year in October to $22.91 billion, the "
                "trade minister said.\n\n"
                "In the January-October period, exports reached $209.53 billion, up 0.9 percent from "
                "$207.65 billion in the same period last year.\n\n"
                "- Machinery keeps top spot\n\n"
                "The machinery industry was the leading sector with $3.52 billion in foreign sales, "
                "accounting for {share} percent of total exports.")


def test_a_heading_after_the_year_so_far_returns_to_the_reports_month():
    text = MONTH_REPORT.format(share="15.4")
    assert claim(text, "$209.53 billion", published="2023-11-02")["period"] == "2023-01/2023-10"
    assert claim(text, "15.4 percent", published="2023-11-02")["period"] == "2023-10"
    assert errors(text, published="2023-11-02") == []
    assert errors(MONTH_REPORT.format(share="17.4"), published="2023-11-02") != []


LEFT_OUT = ("Ruritania's exports rose to 157.1 billion dollars in 2017 and imports to 233.8 billion "
            "dollars. When energy and gold are excluded, exports amounted to 145.4 billion dollars and "
            "imports to 179.6 billion dollars. The trade deficit excluding energy and gold was 34.2 "
            "billion dollars, and the ratio of exports covering imports was {ratio} percent.")


def test_a_participle_clause_opening_the_sentence_leaves_its_part_out_of_every_figure():
    text = LEFT_OUT.format(ratio="81.0")
    for figure in ("145.4 billion dollars", "179.6 billion dollars"):
        found = claim(text, figure, published="2018-01-31")
        assert "excluding energy and gold" in (found["commodity"], found.get("scope"))


COVERAGE_LEFT_OUT = ("Portugal's exports climbed 5.4% in January to $22.36 billion. Imports rose to $30.12 "
                     "billion. The ratio of exports covering imports was 74.2% in January.\n\n"
                     "Excluding energy and gold, exports were $21.10 billion and imports $22.90 billion, "
                     "putting the coverage ratio on that basis at {ratio}%.")


def test_a_coverage_ratio_after_levels_that_leave_a_part_out_is_of_that_series():
    assert errors(COVERAGE_LEFT_OUT.format(ratio="92.1"), published="2026-02-02") == []
    assert errors(COVERAGE_LEFT_OUT.format(ratio="94.1"), published="2026-02-02") != []
    assert claim(COVERAGE_LEFT_OUT.format(ratio="92.1"), "92.1%", published="2026-02-02")["scope"] == "excluding energy and gold"


def test_a_coverage_ratio_said_after_a_participle_clause_is_of_its_series_too():
    assert errors(LEFT_OUT.format(ratio="81.0"), published="2018-01-31") == []
    assert errors(LEFT_OUT.format(ratio="83.0"), published="2018-01-31") != []


SECTOR = ("Freedonia's electrical industry exported $17.1 billion worth of goods in 2024, up 6.9% from "
          "$16.0 billion the previous year.\n\n"
          "White goods remained the backbone of the sector with $4.9 billion, followed by cables with "
          "$2.6 billion.")


def test_worth_of_goods_names_no_product_and_white_goods_are_no_goods_in_general():
    text = SECTOR
    assert claim(text, "6.9%", published="2025-01-07")["commodity"] != "goods"
    assert claim(text, "$16.0 billion", published="2025-01-07")["commodity"] != "goods"
    assert claim(text, "$4.9 billion", published="2025-01-07")["commodity"] == "white goods"
    assert errors(text, published="2025-01-07") == []


TRADE_SYSTEMS = ("Portugal's statistics office has switched to the general trade system.\n\n"
                 "Under the special trade system, Portugal's 2013 exports were $143.9 billion and imports "
                 "$237.6 billion, a deficit of $93.7 billion.\n\n"
                 "Under the general trade system, 2013 exports stand at $151.8 billion and imports at $251.7 "
                 "billion. The deficit thus rises to ${deficit} billion.\n\n"
                 "2013 figures ($ billion)\n"
                 "                    Special trade   General trade   Difference\n"
                 "Exports                 143.9           151.8           7.9\n"
                 "Imports                 237.6           251.7          14.1\n"
                 "Balance                 -93.7           -99.9          -6.2\n"
                 "Coverage (%)             60.6            60.3\n")


def test_columns_of_two_trade_systems_are_two_series_and_a_difference_no_level():
    text = TRADE_SYSTEMS.format(deficit="99.9")
    assert claim(text, "143.9", published="2014-02-04")["measure"] == "exports"
    assert not any(c["text"] == "7.9" for c in _claims(text))
    assert errors(text, published="2014-02-04") == []
    assert errors(TRADE_SYSTEMS.format(deficit="96.9"), published="2014-02-04") != []


def _claims(text: str) -> list[dict]:
    from readings import reading

    return reading(text, published="2014-02-04")["claims"]


BLANK_CELLS = ("Foreign trade of Ruritania, (Value: Million $)\n\n"
               "                          March                          January-March\n"
               "                 2014       2015    Change (%)    2014       2015    Change (%)\n"
               "Exports         14 037     12 784      -8.9      39 453     36 150      -8.4\n"
               "Imports         20 012     17 348     -13.3      59 904     52 633     {change}\n"
               "Balance         -5 975     -4 564     -23.6     -20 451    -16 483     -19.4\n"
               "Volume          34 049     30 132     -11.5      99 357     88 783     -10.6\n"
               "Coverage (%)      70.1       73.7                  65.9       68.7\n")


def test_a_row_with_blank_change_cells_is_not_read_as_changes():
    assert errors(BLANK_CELLS.format(change="-12.1"), published="2015-04-30") == []
    assert errors(BLANK_CELLS.format(change="-15.1"), published="2015-04-30") != []
