"""Leftovers of round 53: a sentence with no figure that turns to prices leaves a ranked
buyer after it in the flow; a list's parts in pounds weight are set against a whole in
pounds, never in tonnes; a share after a spoken dash ("- so 40 percent") is of the level
before; a share "of total export volume" after a table is its row over the total before
the table; "In <period> that had fallen to" carries the product of the sentence before."""
from readings import errors, claim


def test_a_figureless_price_sentence_leaves_the_ranked_buyer_in_the_flow():
    text = ("Mongolia's copper exports reached $4.0 billion in 2023. Higher world prices more than "
            "offset a fall in tonnage, officials said. China remained the main buyer, taking {pct}% "
            "of the total, or $3.2 billion.")
    assert claim(text.format(pct="80"), "$3.2 billion")["measure"] == "exports"
    assert errors(text.format(pct="80")) == []
    assert errors(text.format(pct="90"))


def test_parts_in_pounds_weight_are_held_against_a_total_in_pounds():
    text = ("Stocks of cotton in the warehouses rose to 50.0mn lb at the end of 2023. Mills held "
            "{a}mn lb and traders held 20.0mn lb.")
    assert errors(text.format(a="30.0")) == []
    assert errors(text.format(a="45.0"))


def test_a_list_in_pounds_is_no_part_of_a_whole_in_tonnes():
    text = ("Peru shipped 900 million pounds of fishmeal in 2023, about 0.41 million tonnes.\n\n"
            "Destinations by volume:\n"
            "China: 500 million lb (55.6%)\n"
            "Vietnam: 200 million lb (22.2%)\n"
            "Japan: 100 million lb (11.1%)\n")
    assert errors(text) == []


def test_a_share_after_a_spoken_dash_is_of_the_level_before():
    text = ("HOST: How much coffee was exported?\n\nGUEST: About 200 million kilograms in 2022.\n\n"
            "HOST: Who buys it?\n\nGUEST: Germany mostly, about {a} million kilograms - so 30 percent.")
    assert errors(text.format(a="60")) == []
    assert errors(text.format(a="150"))


def test_a_share_of_total_export_volume_is_its_table_row_over_the_total_before():
    text = ("Exports of fertiliser amounted to 8.0 million tonnes in 2023, up 5% from 2022 "
            "(7.6 million tonnes).\n\nLeading markets, 2023:\n\n"
            "| Market | Volume (tonnes) |\n|---|---|\n| Brazil | 2,000,000 |\n| India | 1,200,000 |\n\n"
            "Exports to Brazil accounted for {pct}% of total export volume, and exports to India for 15.0%.")
    assert errors(text.format(pct="25.0")) == []
    assert errors(text.format(pct="35.0"))


def test_that_had_fallen_after_a_period_carries_the_product_before():
    text = ("In the year to June 2020, beef exports to Korea were worth about A$2.0 billion. In the "
            "year to June 2021 that had fallen to about A$1.0 billion - a fall of around {pct} per cent.")
    assert claim(text.format(pct="50"), "A$1.0 billion")["commodity"] == "beef"
    assert errors(text.format(pct="50")) == []
    assert errors(text.format(pct="70"))
