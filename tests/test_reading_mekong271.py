"""Mekong press and ministry releases (round 71, second branch): a channel of trade glossed in
brackets before "trade" ("Normal (sea and air) trade") is that channel, a part of the trade
total as "border trade" beside it is, not the country's whole trade. A sign padded by spaces
up to its figure in a column ("(c) Trade deficit      US$    597.46 million") is read as one
amount. A border gate named with its noun ("the Zenda border gate") is a port, and
the figures said of it later by its bare name ("Exports via Zenda") are that
port's, not the country's trade with the world."""
from readings import claim, errors

AUTUMN = "2018-10-08"
SUMMER = "2020-06-05"


def test_a_channel_glossed_in_brackets_is_a_part_of_the_total_not_the_whole():
    text = ("The total value of Ruritania's foreign trade in the six months to September amounted to "
            "US$ 16,650.28 million.\n\n"
            "Normal (sea and air) trade amounted to US$ 13,018.92 million, while border trade through "
            "the checkpoints amounted to US$ 3,631.36 million.")
    assert claim(text, "US$ 13,018.92 million", published=AUTUMN)["commodity"] == "normal trade"
    assert errors(text, published=AUTUMN) == []


def test_a_column_of_amounts_with_a_padded_sign_is_read():
    text = ("Ruritania's foreign trade in the six months to September 2018:\n\n"
            "   (a) Export value       US$  8,026.41 million\n"
            "   (b) Import value       US$  8,623.87 million\n"
            "   (c) Trade deficit      US$    {deficit} million\n")
    correct = text.format(deficit="597.46")
    assert claim(correct, "US$    597.46 million", published=AUTUMN)["value"] == -597.46e6
    assert errors(correct, published=AUTUMN) == []
    assert errors(text.format(deficit="957.46"), published=AUTUMN) != []


def test_a_border_gate_called_by_its_bare_name_keeps_its_figures():
    text = ("Trade through the Zenda border gate, Ruritania's busiest crossing into Freedonia, fell to "
            "US$612.4 million between October and May.\n\n"
            "Exports via Zenda totaled $198.1 million and imports ${imports} million, leaving Ruritania "
            "with a deficit of $216.2 million at the gate.\n\n"
            "Zenda accounted for 21.2 percent of Ruritania's border trade with Freedonia, which stood "
            "at $2,893.7 million over the eight months.")
    correct = text.format(imports="414.3")
    assert claim(correct, "$198.1 million", published=SUMMER)["scope"] == "through the Zenda border gate"
    assert errors(correct, published=SUMMER) == []
    assert errors(text.format(imports="441.3"), published=SUMMER) != []
