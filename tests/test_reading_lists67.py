"""Boxes of key figures and market lists (round 67): a figure-first line whose label reads
"export value of <product>" or "<product> export value" is that product's figure, and a share inside the label the product's; a balance
line right under the line of the partner's exports to the reporter is their difference; the
last line of a list of markets labelled "International markets" is the rest of the markets,
not all of them."""
from readings import claim, errors, reading


def test_a_figure_first_label_of_the_export_value_of_a_product_names_the_product():
    text = ("Chilean fruit exports in 2023: key figures\n\n"
            "US$6.2 billion - total fruit export value\n\n"
            "US${cherries} billion - export value of cherries, about 34% of the total\n\n"
            "US$0.9 billion - export value of grapes\n")
    assert claim(text.format(cherries="2.1"), "US$2.1 billion")["commodity"] == "cherries"
    assert claim(text.format(cherries="2.1"), "US$0.9 billion")["commodity"] == "grapes"
    assert errors(text.format(cherries="2.1")) == []
    assert errors(text.format(cherries="3.1")) != []


def test_a_balance_line_under_the_partners_exports_line_is_their_difference():
    text = ("Trade with Peru in 2023, at a glance\n\n"
            "€4.0 billion - Chile's goods exports to Peru\n\n"
            "€1.5 billion - Peru's goods exports to Chile\n\n"
            "€{bal} billion - Chile's trade surplus with Peru\n")
    assert errors(text.format(bal="2.5")) == []
    assert errors(text.format(bal="3.5")) != []


def test_international_markets_as_a_list_line_is_the_rest_of_the_markets():
    text = ("Danish pork exports were worth DKK 30 billion in 2023.\n\n"
            "By product:\n\n"
            "- Fresh pork: DKK 16 billion\n"
            "- Processed pork: DKK 14 billion\n\n"
            "By market:\n\n"
            "- Germany: DKK 9 billion\n"
            "- Poland: DKK 8 billion\n"
            "- International markets: DKK 13 billion\n")
    assert errors(text) == []
