"""Sub-national trade (round 54): a buyer's share "of everything the state sold" is the
state's exports to the buyer, and the text stays on the state's trade with the world; "the
state of X" names the unit as the flow's subject; a buyer "of goods from" the text's own unit
takes its exports; an abbreviation of a unit (vocab/subnational.csv) is the unit; a country's
adjective inside a within-country cue ("the other Canadian provinces") names no place of its
own; a product the vocabulary knows (lobster) is a part of the group total before it."""
from readings import errors, claim


def test_a_buyers_share_of_what_the_state_sold_is_the_states_exports():
    text = ("Exports from the state of Minas Gerais came to US$20.0 billion in 2023.\n\n"
            "Japan bought about 30% of everything the state sold abroad, or around US$6.0 billion.\n\n"
            "Imports came to US$8.0 billion, leaving Minas Gerais a trade surplus of US${bal} billion.")
    share = claim(text.format(bal="12.0"), "30%")
    assert share["measure"] == "exports" and share["reporter_unit"] == "BR-MG" and share["partner"] == "JPN"
    assert errors(text.format(bal="12.0")) == []
    assert errors(text.format(bal="14.0"))  # (the surplus is the state's with the world)


def test_the_buyer_of_goods_from_the_units_abbreviation_takes_its_exports():
    text = ("Firms in North Rhine-Westphalia exported goods worth EUR 200.0 billion in 2023. The largest "
            "buyer of goods from NRW was Belgium at EUR 20.0 billion, accounting for {pct}% of all NRW exports.")
    part = claim(text.format(pct="10.0"), "EUR 20.0 billion")
    assert part["measure"] == "exports" and part["reporter_unit"] == "DE-NW" and part["partner"] == "BEL"
    assert errors(text.format(pct="10.0")) == []
    assert errors(text.format(pct="14.0"))


def test_sales_to_the_other_provinces_with_the_countrys_adjective_are_within_the_country():
    text = ("Manitoba sold $20.0 billion of goods to the other Canadian provinces in 2022, while buying "
            "$25.0 billion from them. The province thus ran an interprovincial trade deficit of ${bal} billion.")
    bought = claim(text.format(bal="5.0"), "$25.0 billion")
    assert bought["reporter_unit"] == "CA-MB" and bought["partner"] == "CAN" and bought["measure"] == "imports"
    assert errors(text.format(bal="5.0")) == []
    assert errors(text.format(bal="7.0"))


def test_a_known_seafood_product_is_a_part_of_the_seafood_total():
    text = ("Maine's seafood exports were worth $900 million in 2022. Lobster again topped the list at $500 million, "
            "more than half of the total.")
    assert claim(text, "$500 million")["commodity"] == "lobster"
    assert errors(text) == []
