"""Export reports of one drink (round 60): a destination table set out with dotted leaders
("  Japan ........ 40 million euros") under "Main markets:" lists partners of the text's
country, one row each, not the country's whole exports again; a kind named before a ", with
exports of" aside ("Cream sherry, with exports of ...") is a part of the flow, whose figure is
that kind's; a share "of volume" is of a quantity, never set against a money whole."""
from readings import claim, errors

_MARKETS = ("In 2020 Spain's exports of olive oil reached 900 million euros.\n\n"
            "Main markets (value):\n\n"
            "  Italy .............. 300 million euros\n"
            "  United States ...... 200 million euros\n"
            "  Japan .............. 40 million euros\n")


def test_a_dotted_leader_row_under_a_markets_line_is_a_partner():
    c = claim(_MARKETS, "200 million euros")
    assert (c["reporter"], c["partner"]) == ("ESP", "USA")
    assert claim(_MARKETS, "40 million euros")["partner"] == "JPN"
    assert errors(_MARKETS) == []


def test_the_kind_before_a_with_exports_aside_is_the_figures_product():
    text = ("In 2017 exports of wine from Spain reached 2.9 billion euros. Sherry wine, with exports "
            "of 120 million euros, was a small part of them.")
    assert claim(text, "120 million euros")["commodity"] == "sherry wine"
    assert errors(text) == []


def test_a_share_of_volume_is_not_held_to_a_money_whole():
    text = ("World exports of cider were worth 3.0 billion euros in 2021. Ireland shipped 0.9 "
            "billion euros.\n\nBy kind:\n\n"
            "- Still cider: 70% of volume, 60% of value\n"
            "- Sparkling cider: 30% of volume, 40% of value\n")
    assert errors(text) == []
