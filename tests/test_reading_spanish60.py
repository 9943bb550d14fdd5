"""Texts translated from Spanish-language papers (round 60): a table in a text that writes
decimal commas and no decimal dot groups its cells' thousands by dots as its sentences do;
one headline figure with a decimal comma does not make a body written with decimal dots and
comma thousands a decimal-comma text."""
from readings import claim, errors


def test_table_cells_group_thousands_by_dots_as_the_text_does():
    text = ("Peru's exports of fish totalled US$ 2.450 million in 2023, up 4,5% on the year before.\n\n"
            "| Product | US$ million |\n"
            "|---|---|\n"
            "| Fishmeal | {part} |\n"
            "| Fish oil | 480 |\n"
            "| Canned fish | 250 |\n"
            "| Total | 2.450 |\n")
    assert errors(text.format(part="1.720")) == []
    assert errors(text.format(part="2.020")) != []


def test_one_headline_decimal_comma_does_not_set_the_body_convention():
    text = ("Las ventas de aceite suben un 8,2% en 2023\n\n"
            "Spain exported olive oil worth 3,412 million euros in 2023, 8.2% more than the "
            "3,153 million euros of 2022, while volume fell 11.5% to 0.9 million tonnes.\n")
    assert claim(text, "3,412 million euros")["value"] == 3412e6
    assert errors(text) == []

