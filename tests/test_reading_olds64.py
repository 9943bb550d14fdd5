"""Older false alarms (round 64): the sum of counted products after a domestic-exports
figure ("excluding re-exports", a flow less a part) is a part of it, not the same figure
again; a product subject keeps its name past an aside whose participle has an adverb before
it (", mostly grown for export,"); the next product of a list with its verb left out keeps
its name behind a hedge such as "close to"."""
from readings import claim, errors


def test_counted_products_are_a_part_of_domestic_exports():
    text = ("Total exports of Tonga in 2021 were T$420.0 million, made up of domestic exports of "
            "T$250.0 million and re-exports of T$170.0 million. Imports were T$900.0 million.\n\n"
            "Main domestic exports, 2021 (T$ million)\nSquash ...... 60.0\nKava ...... 35.0\nVanilla ...... 15.0\nFish ...... 10.0\n\n"
            "Together these four commodities accounted for T${part} million, or 48 per cent of domestic exports.")
    c = claim(text.format(part="120.0"), "T$120.0 million")
    assert c["commodity"] == "four commodities"
    assert errors(text.format(part="120.0")) == []


def test_product_subject_past_an_adverb_and_participle_aside():
    text = ("Danish dairy exports reached EUR3.0 billion in 2021. Cheese, mostly made for "
            "supermarket chains, was worth about EUR1.2 billion.")
    assert claim(text, "EUR1.2 billion")["commodity"] == "cheese"


def test_elided_next_product_behind_close_to():
    text = ("Danish dairy exports reached EUR3.0 billion in 2021. Butter was worth about "
            "EUR0.9 billion, and milk powders close to EUR0.7 billion.")
    assert claim(text, "EUR0.7 billion")["commodity"] == "milk powders"
