"""Newsletter digests (round 59): a "<figure>: <description>" bullet takes its pair from the
description after its colon (and "the bilateral deficit" there the pair named just before);
a bare "$" figure restating a figure marked in a local dollar is that dollar; a list item's
bracketed share is of the list's total item, not of all exports."""
from readings import claim, errors


def test_a_figure_first_bullet_takes_its_reporter_from_the_description():
    text = ("Trade snapshot\n\n"
            "Key figures:\n"
            "- $60.0 billion: Canadian goods exports to Japan in 2023.\n"
            "- $45.0 billion: Canadian goods imports from Japan.\n"
            "- ${bal} billion: the bilateral goods surplus.\n")
    c = claim(text.format(bal="15.0"), "$60.0 billion")
    assert (c["reporter"], c["partner"], c["measure"]) == ("CAN", "JPN", "exports")
    c = claim(text.format(bal="15.0"), "$15.0 billion")
    assert (c["reporter"], c["partner"], c["measure"]) == ("CAN", "JPN", "balance")
    assert errors(text.format(bal="15.0")) == []
    assert errors(text.format(bal="19.0")) != []


def test_a_bare_dollar_figure_restating_a_local_dollar_figure_is_that_dollar():
    text = ("Wheat: the $30 billion harvest\n\n"
            "Wheat exports earned A$30.2 billion in 2023, the bureau said. The world price "
            "averaged US$300 a tonne.\n")
    assert claim(text, "$30 billion")["currency"] == "AUD"
    assert errors(text) == []


def test_a_bracketed_share_in_a_list_is_of_the_lists_total_item():
    text = ("Wool digest\n\n"
            "Figures for 2023:\n"
            "* Total wool exports: NZ$30.0b\n"
            "* Greasy wool: NZ$12.0b ({share}%)\n\n"
            "Wool makes up about a third of the country's goods export earnings.\n")
    assert errors(text.format(share="40")) == []
    assert errors(text.format(share="60")) != []
