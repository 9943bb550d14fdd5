"""Sentences of round 78 read right: a participle of cause ("buoyed by shipments of gold")
after a flow's figure names no goods of the balance after it; a company's sales in two years
and their change checked against each other, the earlier level in brackets after the earlier
year ("compared to the previous year (500 million)"); a level dated by a participle and its year after it ("the 124 million dollars obtained in
1997"); a place named as a word of the goods after "exports of" ("exports of Havana rum")
is the exporter; and net imports a flow's figure leaves ("re-exported ..., worth $1.64
billion, leaving net imports worth $220 million") are of that flow's product."""
from readings import claim, errors


def test_a_cause_participle_after_exports_names_no_goods_of_the_balance_after_it():
    text = ("Jordan's imports fell to $11.30 billion in 2023 from $14.20 billion in 2022.\n\n"
            "Exports stood at ${x} billion, buoyed by shipments of gold, so that the trade deficit narrowed to $7.80 billion.")
    assert claim(text.format(x="3.50"), "$7.80 billion")["commodity"] is None
    assert errors(text.format(x="3.50")) == []
    assert errors(text.format(x="3.90")) != []


def test_a_companys_sales_and_their_change_with_the_earlier_level_in_brackets():
    text = ("Acme Rum S.A., the company that markets Jamaican rum around the world, closed 2023 with sales of "
            "612 million dollars, an increase of 9.1% compared to the previous year ({old} million), its chairman said.")
    assert errors(text.format(old="561")) == []
    assert errors(text.format(old="521")) != []


def test_a_level_dated_by_the_participle_and_year_after_it():
    text = ("Jamaica's rum makers had a good year. Exports of Jamaican rum brought in 310 million dollars last year, "
            "{pct} percent more than the 250 million dollars obtained in 2021.")
    assert claim(text.format(pct="24"), "250 million dollars", published="2023-05-10")["period"] == "2021"
    assert errors(text.format(pct="24"), published="2023-05-10") == []
    assert errors(text.format(pct="29"), published="2023-05-10") != []


def test_a_place_named_as_a_word_of_the_goods_after_exports_of_is_the_exporter():
    text = ("The U.S. embargo still weighs on the island's economy.\n\n"
            "Exports of Havana rum brought in 95 million dollars in 2023, the ministry said.")
    assert claim(text, "95 million dollars")["reporter"] == "CUB"


def test_net_imports_a_flow_of_one_product_leaves_are_of_that_product():
    text = ("Singapore imported 52.4 tonnes of saffron in 2023, worth $1.86 billion, customs data show.\n\n"
            "Singapore re-exported 40.1 tonnes of saffron in 2023, worth ${x} billion, leaving net imports worth $220 million.")
    assert claim(text.format(x="1.64"), "$220 million")["commodity"] == "saffron"
    assert errors(text.format(x="1.64")) == []
    assert errors(text.format(x="1.34")) != []
