"""Shares set against the right whole (round 65): a level given as a share of an unnamed
total is a part, never the whole a later share "of total shipments" is of; the sales of
shops and stores are retail takings (no trade flow), never the whole of an export share; a
verb of buying that takes a later figure of its own ("while Y took $1bn") names no other
flow for the figure before it."""
from readings import claim, errors


def test_a_level_given_as_a_share_is_no_whole_for_the_next_paragraph():
    text = ("Peru shipped 2.00 million tonnes of fishmeal in 2023.\n\n"
            "Prime grade made up 1.50 million tonnes, or 75.0% of the volume.\n\n"
            "China bought 400,000 tonnes, or {share}% of total shipments.\n")
    assert errors(text.format(share="20.0")) == []


def test_sales_of_shops_are_no_trade_flow():
    text = ("Airport stores posted record sales of $9.0 billion in 2023. "
            "Exports of perfume rose 5.0% to $3.00 billion from $2.86 billion in 2022.\n\n"
            "France was the largest market at $1.20 billion, or {share}% of the total.\n")
    assert claim(text.format(share="40.0"), "$9.0 billion")["measure"] == "other"
    assert errors(text.format(share="40.0")) == []


def test_a_buying_verb_of_a_later_figure_offers_no_other_flow():
    text = ("Korea's exports of skincare rose 20% in 2022 to 600.0 billion won, up from 500.0 "
            "billion won the previous year, according to customs data.\n\n"
            "China accounted for 300.0 billion won, or {share}% of the total, while Vietnam "
            "took 90.0 billion won, a 15.0% share.\n\n"
            "Imports of skincare came to 200.0 billion won, leaving a surplus of 400.0 billion won.\n")
    assert errors(text.format(share="50.0")) == []
    assert errors(text.format(share="60.0")) != []
