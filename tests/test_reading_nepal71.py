"""Nepali and Bhutanese press (round 71): a possessive "Its" opening a flow's sentence after a
sentence whose subject is a product under a fuller name ("Refined soybean oil, which ...,
continued to slide") refers to that product. A bare "Total:" that ends a block of labelled rows
under a heading naming one flow is the total of those rows, of that flow, not trade both ways.
A year of the text's own era after a figure ("from Rs 2.17 billion in 2076/77") is a year that
happened, not a goal's. A figure "more than what it earned" is the gap to another quantity, no
level. "Half of the exports to X was PRODUCT" is the product's share of the exports to X. A
change after "spent X on importing fuel in 2022," is the change of that fuel figure. The
article of "the exports rose" names no product."""
from readings import claim, errors, reading


def test_its_after_a_sentence_about_a_product_is_that_products():
    text = ("Portugal's exports fell 6.4 percent to $100.5 million in 2023 from $107.4 million in 2022.\n\n"
            "Refined soybean oil, which had emerged as the country's top export product, continued "
            "to slide. Its shipments fetched $7.84 million, down {change} percent from $13.26 million.")
    assert claim(text.format(change="40.9"), "$7.84 million")["commodity"] == "refined soybean oil"
    assert errors(text.format(change="40.9")) == []
    assert errors(text.format(change="30.9")) != []


def test_a_total_row_under_rows_is_the_total_of_the_headings_flow():
    text = ("Portugal's electricity exports rose to $19.86 million in 2023.\n\n"
            "Plant-wise export earnings, 2023\n\n"
            "Northdam (1,020MW): $7.95 million\n"
            "Southdam (720MW): $11.91 million\n"
            "Total: $19.86 million\n\n"
            "Electricity made up 39.6 percent of the country's total exports of $50.1 million last year.")
    total = next(c for c in reading(text)["claims"] if c["text"] == "$19.86 million" and c["line"] == 7)
    assert total["measure"] == "exports"
    assert errors(text) == []


def test_a_year_of_the_texts_era_after_a_figure_is_no_goal_year():
    text = ("Nepal's merchandise exports jumped 44.4 percent to Rs 141.12 billion in the fiscal year "
            "2077/78 from Rs 97.71 billion in the previous year.\n\n"
            "Refined soybean oil exports soared to Rs 19.84 billion from Rs 2.17 billion in 2076/77, "
            "a more than {multiple}-fold increase, according to the Department of Customs.")
    assert claim(text.format(multiple="nine"), "Rs 2.17 billion", published="2021-07-25")["measure"] == "exports"
    assert claim(text.format(multiple="nine"), "nine-fold", published="2021-07-25")["commodity"] == "soybean oil"
    assert errors(text.format(multiple="nine"), published="2021-07-25") == []


def test_an_amount_more_than_what_another_was_is_a_gap():
    text = ("Portugal spent $23.46 million on importing crude soybean oil during the year, which means "
            "the country's import bill for the raw material was $3.62 million more than what it earned "
            "from exporting the refined product.")
    assert claim(text, "$3.62 million")["measure"] == "other"
    assert errors(text) == []


def test_half_of_the_exports_to_a_place_was_a_product_is_that_products_share():
    text = ("Portugal exported goods worth $27.22 million in 2023, while imports came to $53.56 million.\n\n"
            "Spain remained the dominant partner, accounting for 93.2 percent of exports. About "
            "half of the exports to Spain was electricity from four hydropower plants.")
    half = claim(text, "half")
    assert (half["commodity"], half["partner"]) == ("electricity", "ESP")
    assert errors(text) == []


def test_a_change_after_goods_bought_and_their_year_is_the_figures():
    text = ("Portugal spent $13.62 million on importing fuel in 2023, up {change}% from $8.41 million in 2022.\n\n"
            "Fuel made up 12.4% of Portugal's total imports of $109.8 million in 2023.")
    assert claim(text.format(change="62"), "$8.41 million")["commodity"] == "fuel"
    assert errors(text.format(change="62")) == []
    assert errors(text.format(change="72")) != []


def test_the_article_of_the_exports_names_no_product():
    text = ("Portugal earned $706.2 million from exports in 2023, the highest in five years. In "
            "terms of value, the exports rose by 13.6 per cent from ${before} million.")
    assert claim(text.format(before="621.4"), "13.6 per cent")["commodity"] is None
    assert errors(text.format(before="621.4")) == []
    assert errors(text.format(before="571.4")) != []
