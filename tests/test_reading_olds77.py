"""Older misreadings mended in round 77. Salmon and trout are products (vocab/commodities.csv):
"Salmon was the second-biggest product, climbing 5.6% to £618m from £585m" is salmon's figure,
not the whole flow's, and a table of "salmon and trout products" names two products, so its
Total row is no salmon total. A list item that names no place ("- Total two-way goods trade:
$798.8 billion") among sibling items that all name one other pair is of a guessed pair, so a
conflict resting on it is unverifiable. An item of a list whose verb is said once keeps its
own words past an aside of what it counts in ("and other goods, including electrical gadgets
and vehicle spares, R0,4 billion"): a part, not the whole. A product word inside an
industry body's name ("The Federation of the Chilean Salmon Industry reported exports") is the
body's product alone, not a label running on into the body's words."""
from readings import claim, errors, reading


def test_salmon_is_a_product_not_the_whole():
    text = ("Ruritania's food and drink exports rose 2.3% to a record £22.6bn last year.\n\n"
            "Salmon was the second-biggest product, climbing 5.6% to £618m from £585m. "
            "The EU took £13.4bn of the total, or 59.3%.")
    assert claim(text, "£618m", published="2019-02-15")["commodity"] == "salmon"
    assert errors(text, published="2019-02-15") == []


def test_a_table_of_salmon_and_trout_totals_no_salmon():
    text = ("Exports of fish, third quarter 2022\n\n"
            "The export value of fresh whole salmon was NOK 19.85 billion in the third quarter of 2022.\n\n"
            "Table 1. Exports of selected salmon and trout products. Third quarter 2022\n\n"
            "Product | Tonnes | NOK million\n"
            "Fresh whole salmon | 232,400 | 19,850\n"
            "Frozen whole salmon | 9,300 | 890\n"
            "Trout, all products | 14,900 | 1,360\n"
            "Total | 256,600 | 22,100\n")
    assert claim(text, "22,100", published="2022-10-17")["commodity"] != "salmon"
    assert errors(text, published="2022-10-17") == []


def test_an_unnamed_list_item_among_items_of_one_pair_is_of_a_guessed_pair():
    text = ("In 2023 Mexico overtook China and Canada to become the United States' largest trading partner.\n\n"
            "**By the numbers**\n\n"
            "- Total two-way goods trade: $798.8 billion\n"
            "- US imports from Mexico: $475.6 billion\n"
            "- US exports to Mexico: $323.2 billion\n\n"
            "Mexico supplied 15.4% of all US goods imports, which totalled $3,083 billion.")
    assert errors(text, published="2024-03-01") == []


def test_an_item_keeps_its_words_past_an_aside_of_what_it_counts_in():
    text = ("Ruritania imported goods worth $2.4 billion last year. Groceries made up the biggest share, at about "
            "$1.1 billion. Hardware and building materials accounted for $0.5 billion, clothing and blankets $0.4 "
            "billion and other goods, including electrical gadgets and vehicle spares, $0.4 billion.")
    last = [c for c in reading(text, "2019-03-12")["claims"] if c["text"] == "$0.4 billion"][-1]
    assert last["commodity"] == "other"  # (a part, not the goods of the whole flow)
    assert claim(text, "$1.1 billion", published="2019-03-12")["commodity"] == "groceries"
    assert errors(text, published="2019-03-12") == []


def test_a_product_word_inside_an_industry_bodys_name_is_the_bodys_product():
    text = ("The Federation of the Swiss Cheese Industry reported exports of $0.6 billion for May. "
            "The country's trade surplus was $1.5 billion in May.")
    assert claim(text, "$0.6 billion")["commodity"] == "cheese"
    assert errors(text) == []
