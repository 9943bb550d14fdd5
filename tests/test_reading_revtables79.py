"""Revised figures in releases with tables (round 79). A headline's period named after a comma
as the subject of its own revision ("..., March revised up") dates no figure before it; a bare
change with a hedged percent in brackets ("rose $49m (less than 1%)") is a change; a table row
labelled year first ("2011 Apr") is that month's; rows indented under a one-figure row of a
one-column table are that row's items; the estimate "revised from" one figure "to" another is
of that figure's period and an earlier vintage; a group name over a table's columns may carry
digits ("Extra-EZ12 exports") and open over its group's first column."""
from readings import claim, errors


def test_a_period_after_the_comma_that_is_revised_dates_no_figure_before_it():
    text = ("Ruritania's May trade gap shrinks to $3.20 billion, April revised down\n\n"
            "Exports rose to $21.50 billion in May from $20.10 billion in April, while imports fell to "
            "$24.70 billion from ${m} billion.")
    assert claim(text.format(m="24.90"), "$3.20 billion")["period"] == "2024-05"
    assert errors(text.format(m="24.90")) == []


def test_a_change_with_a_hedged_percent_in_brackets_is_no_level():
    text = ("Ruritania's trade deficit was $612m in March.\n\n"
            "- Exports of goods and services fell $85m (2%) to $4,310m.\n"
            "- Imports of goods and services rose $27m (less than 1%) to $4,922m.")
    c = claim(text, "$27m")
    assert c["measure"] == "other"
    assert errors(text) == []


def test_a_row_labelled_year_first_then_month_is_that_months_row():
    text = ("Freedonia trade in goods, £ million\n\n"
            "                 Exports     Imports     Balance\n"
            "2023 Jan          12,410      15,220      -2,810\n"
            "2023 Feb          12,655      15,040      -2,385\n"
            "2023 Mar          12,102      15,330      -3,228\n")
    assert claim(text, "12,655")["period"] == "2023-02"
    assert errors(text) == []


def test_rows_indented_under_a_one_figure_row_are_its_items():
    text = ("Ruritania's exports in March 2024 were US$9,120 million.\n\n"
            "Exports by sector                 Million US$\n"
            "Manufacturing                          {m}\n"
            "   Vehicles                            3,010\n"
            "   Other manufactures                  4,550\n"
            "Farming                                1,230\n"
            "Mining                                   330\n"
            "Total                                  9,120\n")
    assert errors(text.format(m="7,560")) == []
    assert errors(text.format(m="7,260")) != []


def test_an_estimate_revised_from_one_figure_to_another_is_of_its_period():
    text = ("Ruritania recorded a trade surplus of 3.0 bn euro in May 2024. In April 2024 the balance was +2.1 bn, "
            "as exports for April were revised from 40.3 bn to 40.9 bn and imports from 38.7 bn to 38.8 bn.")
    old = claim(text, "40.3 bn")
    assert old["period"] == "2024-04" and old.get("vintage") == "first estimate"
    assert claim(text, "38.7 bn").get("vintage") == "first estimate"
    assert errors(text) == []


def test_group_names_with_digits_head_the_columns_they_open_over():
    text = ("Freedonia external trade (bn euro)\n\n"
            "                      Extra-FZ7 exports     Extra-FZ7 imports     Extra-FZ7 balance\n"
            "                      2022   2023  Growth   2022   2023  Growth      2022      2023\n"
            "Jan-June              212.4  220.9   +4%    201.1  205.3   +2%      +11.3     +15.6\n"
            "June                   35.2   36.1   +3%     33.0   34.4   +4%       +2.2      +1.7\n")
    assert claim(text, "212.4", published="2023-08-18")["measure"] == "exports"
    assert claim(text, "201.1", published="2023-08-18")["measure"] == "imports"


def test_these_countries_after_countries_other_than_a_place_are_everyone_else():
    text = ("Chile's imports fell 0.4% in March to $41.2 billion, from $41.37 billion in February. "
            "Imports from Peru rose 1.2% to $3.1 billion.\n\n"
            "Imports from countries other than Peru were flat in March, while exports to these countries fell 2.5%.")
    c = claim(text, "2.5%")
    assert c["partner"] != "WLD" and c["attribution"]["pair"] == "named-partner"
