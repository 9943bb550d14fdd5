"""Tables whose header or labels stand over several lines (round 77). A header stacked over
lines ("Earlier    Latest    Change" over an indented "estimate"; "Jan.  Feb." over "2019
2019" over "% change") names each figure column with the words standing over it, read down,
so the table's balance and total rows are checked as under a header of one line. A table's
first row may wrap its label right under the header ("  Road vehicles and" over "    parts
thereof     12,345     40.0"), as the rows after it may. "All commodities" closes a table
as its total."""
from readings import errors

TWO_LINE_HEADER = """Ruritania's trade with the world was revised this month.

Table 3: Revisions to Ruritanian trade, 2019, million ducats

                          Earlier     Latest     Change
                          estimate
Exports of goods              410.2      412.0        1.8
Imports of goods              380.5      381.1        0.6
Balance on goods               29.7       {balance}        1.2

Source: Ruritanian Statistical Office
"""


def test_a_header_stacked_over_two_lines_names_the_balance_columns():
    assert errors(TWO_LINE_HEADER.format(balance="30.9"), published="2020-03-01") == []
    assert errors(TWO_LINE_HEADER.format(balance="32.9"), published="2020-03-01") != []


FOUR_LINE_HEADER = """Ruritanian merchandise exports, seasonally adjusted
(million ducats)

                              Jan.      Feb.     Jan.
                              2019      2019   to Feb.
                                               2019
                                               % change
Cereals                      1,200     1,250       4.2
Timber                         800       {timber}       2.5
Machinery                    2,000     2,100       5.0
Total exports                4,000     4,170       4.3

Note: Figures may not add to totals due to rounding.
"""


def test_a_header_stacked_over_four_lines_lets_the_total_row_be_checked():
    assert errors(FOUR_LINE_HEADER.format(timber="820"), published="2019-04-01") == []
    assert errors(FOUR_LINE_HEADER.format(timber="920"), published="2019-04-01") != []


WRAPPED_FIRST_ROW = """Ruritanian exports by principal commodity group, 2019

                                           Million ducats   Share (%)
  Road vehicles, tractors and
    parts thereof                                 4,000        40.0
  Machinery and mechanical appliances             3,000        {share}
  Others                                          3,000        30.0
  All commodities                                10,000       100.0
"""


def test_a_first_row_wrapped_under_the_header_closes_under_all_commodities():
    assert errors(WRAPPED_FIRST_ROW.format(share="30.0"), published="2020-02-01") == []
    assert errors(WRAPPED_FIRST_ROW.format(share="35.0"), published="2020-02-01") != []
