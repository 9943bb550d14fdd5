"""Lists and tables of tonnages (round 56): lines of a label and a level after a sentence
that ends on a colon are parts of that sentence's level; capitals that spell a unit ("MT")
are that unit, no scale letter before a tonne's symbol; leader dots, short or long, set a table's
figure; a one-column table closed by its rest and total rows adds up."""
from readings import errors


def test_lines_after_a_colon_sentence_are_parts_of_its_level():
    text = ("Mills bought 52,700 metric tons of wool in 2022. The three biggest suppliers "
            "together sent 31,400 metric tons, or 59.6% of the total:\n\n"
            "Chile: {first} MT\nPeru: 10,200 MT\nBolivia: 4,900 MT\n\n"
            "Prices held steady.")
    assert errors(text.format(first="16,300")) == []
    assert errors(text.format(first="26,300")) != []


def test_short_leader_dots_set_a_row_of_a_table_closed_by_a_total():
    text = ("Shipments by market, 2023 (tonnes)\n\n"
            "Japan ........ 412\n"
            "South Korea .. 296\n"
            "Other ........ 103\n"
            "Total ........ {total}\n")
    assert errors(text.format(total="811")) == []
    assert errors(text.format(total="911")) != []


def test_a_one_column_table_closed_by_rest_and_total_rows_adds_up():
    text = ("Wool shipments by origin, 2022 (thousand tonnes)\n\n"
            "Origin        Shipments\n"
            "Australia          300\n"
            "New Zealand        120\n"
            "Argentina           50\n"
            "Others              {rest}\n"
            "Total              500\n\n"
            "Demand was firm.")
    assert errors(text.format(rest="30")) == []
    assert errors(text.format(rest="80")) != []


def test_lines_of_one_figure_with_no_total_row_are_no_table():
    text = ("Visitors by origin\n\n"
            "Australia          300\n"
            "New Zealand        120\n"
            "Argentina           50\n\n"
            "Demand was firm.")
    assert errors(text) == []
