"""Parts read as wholes (round 58): a flow with a part left out right after its noun ("exports
outside phosphates totalled") is that flow less the part; "<product> represented X of exports"
is that product's part; a change and its base chained to a level of trade within a bloc are of
that trade, not of the bloc's trade with the world; a product leading a group in the group's own
sentence ("led by cotton, which fetched") is a part of that group; a market's size "estimated
at" is no flow."""
from readings import claim, errors


def test_exports_outside_a_product_are_a_part_of_exports():
    text = ("Morocco's exports outside phosphates totalled 12.0 billion dollars in 2022, the ministry said. "
            "Total exports of goods reached 40.0 billion dollars last year, of which phosphates accounted "
            "for 28.0 billion.")
    assert claim(text, "12.0 billion dollars")["scope"] == "excluding phosphates"
    assert errors(text) == []  # (the part left out is no part of the figure that leaves it out)


def test_a_product_that_represented_money_of_exports_is_its_part():
    text = ("Exports dropped to 30.0 billion dollars in 2021. Crude oil represented {oil} billion dollars "
            "of exports, and other goods 4.0 billion.")
    assert claim(text.format(oil="26.0"), "26.0 billion dollars")["commodity"] == "crude oil"
    assert errors(text.format(oil="26.0")) == []


def test_a_change_chained_to_intra_bloc_trade_keeps_its_scope():
    text = ("Trade among the member states of the Arab League reached $500 billion in 2023, up {pct}% from "
            "$400 billion in 2022. Total trade of the member states with the world amounted to $2.5 trillion "
            "in 2023. Egypt was the leading actor in trade within the League with $90 billion.")
    assert claim(text.format(pct="25"), "25%")["scope"] == "within the bloc"
    assert errors(text.format(pct="25")) == []
    assert errors(text.format(pct="35")) != []


def test_the_leader_of_a_group_is_a_part_of_that_group():
    text = ("Kenya's tea exports rose 10pc to $300 million in 2023. "
            "Overall farm exports stood at ${farm}bn in 2023, led by flowers, which fetched $1.1bn.")
    assert errors(text.format(farm="2.5")) == []
    assert errors(text.format(farm="0.9")) != []


def test_a_market_estimated_at_a_size_is_no_flow():
    text = ("Kenya's tea exports rose 10pc to $300 million in 2023. The global tea market, estimated at "
            "over $20 billion, is growing.")
    assert claim(text, "$20 billion")["measure"] == "other"
