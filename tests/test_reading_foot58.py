"""Tables and text with footnote marks (round 58): thousands grouped by spaces ("2 340
thousand tonnes", "EUR 5 210 million") are one number, whose tail is no level of its own; a
footnote's mark after a table cell ("4.1 ¹", "9.0 e", "12.5 (p)") belongs to that cell, so
the row keeps its figure and the table still adds up."""
from readings import errors


def test_a_level_grouped_by_spaces_is_one_number():
    text = ("Portugal exported 2 340 thousand tonnes of wine in 2019. The value of shipments was "
            "EUR 5 210 million, an average of EUR 2.23 per kilogram.\n\n"
            "The three largest buyers took {part} thousand tonnes, or 50.0% of the total.")
    assert errors(text.format(part="1 170")) == []
    # (the wrong part is held to the whole as written, not to the money's tail "210 million")
    assert any("2 340 thousand tonnes" in e for e in errors(text.format(part="1 400")))


def test_a_superscript_mark_after_a_cell_stays_in_its_row():
    text = ("Fruit exports by kind, 2021 (NZ$ billion)\n\n"
            "| Kind        | Value |\n"
            "|-------------|-------|\n"
            "| Kiwifruit   | 2.6   |\n"
            "| Apples      | 0.9 ¹ |\n"
            "| Cherries    | 0.4   |\n"
            "| Other fruit | 0.6   |\n"
            "| Total fruit | {total}   |\n")
    assert errors(text.format(total="4.5")) == []
    assert errors(text.format(total="5.5")) != []


def test_an_estimate_letter_after_a_cell_stays_in_its_row():
    text = ("Grain shipments by port, 2022, million tonnes\n\n"
            "    Port           Volume\n"
            "    Northport        12.5\n"
            "    Eastport          9.0 e\n"
            "    Southport         4.5\n"
            "    Total            {total}\n")
    assert errors(text.format(total="26.0")) == []
