"""Tables of round 63: an aligned table whose figures group thousands by single spaces, as
Nordic and French statistics print them ("1 240"), under a caption naming the money unit and
a header naming one year, its rows labelled by the quarters (or months) of that year: each
figure is read, dated by its row's part of the column's year, and the rows add to the total."""
from readings import claim, errors


TABLE = ("Table 2. Exports of machinery, by quarter. SEK million\n\n"
         "Quarter      2021\n"
         "Q1          2 310\n"
         "Q2          1 870\n"
         "Q3            940\n"
         "Q4          2 480\n"
         "Total       {total}\n")


def test_space_grouped_cells_under_a_year_are_dated_by_their_quarter_rows():
    text = TABLE.format(total="7 600")
    assert claim(text, "2 310")["period"] == "2021-Q1"
    assert claim(text, "2 310")["value"] == 2310e6
    assert claim(text, "940")["period"] == "2021-Q3"
    assert claim(text, "7 600")["period"] == "2021"


def test_quarter_rows_of_space_grouped_figures_must_add_to_their_total():
    assert errors(TABLE.format(total="7 600")) == []
    assert errors(TABLE.format(total="8 200")) != []


def test_month_rows_under_a_year_column_are_the_months_of_that_year():
    text = ("Table 3. Exports of fish. NOK million\n\n"
            "Month        2020\n"
            "January     1 105\n"
            "February      995\n"
            "Total       {total}\n")
    assert claim(text.format(total="2 100"), "1 105")["period"] == "2020-01"
    assert claim(text.format(total="2 100"), "995")["period"] == "2020-02"
    assert errors(text.format(total="2 100")) == []
