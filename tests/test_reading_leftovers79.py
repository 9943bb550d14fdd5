"""Lists closed by "other <product>" (round 79 leftovers). A list of figures of one flow, one
product each, whose last item is the rest of a product ("and other automotive components
with ...", "- other wood products - ..."), names every part of that product: the items add up
to the product's figure stated before, or to the figure that opens the list with a colon
("Goods credits were $7,323m: rural goods ..., and other goods $228m")."""
from readings import claim, errors


def test_a_colon_list_closed_by_other_goods_adds_up_to_the_figure_before_the_colon():
    text = ("New Zealand's exports of goods and services rose to $9,100m in March. Goods exports were $7,200m: "
            "farm goods $1,500m, mineral goods {b}m and other goods $300m. Services exports were $1,900m.")
    assert errors(text.format(b="$5,400")) == []
    assert errors(text.format(b="$5,900")) != []
    assert claim(text.format(b="$5,400"), "$300m")["commodity"] == "other goods"


def test_a_ranked_list_closed_by_other_parts_of_the_product_adds_up_to_its_figure():
    text = ("Pakistan's textile industry exported goods worth $12.40 billion in 2022, up 8 percent from a year earlier.\n\n"
            "The industry made up 31 percent of the country's total exports of $40.0 billion.\n\n"
            "Garments led with $7.10 billion, followed by yarn with {b} billion, home linen with $1.20 billion, "
            "and other textile products with $0.90 billion.")
    assert errors(text.format(b="$3.20")) == []
    assert errors(text.format(b="$3.90")) != []


def test_a_bulleted_breakdown_closed_by_other_parts_of_the_product_adds_up_to_its_figure():
    text = ("Norway's exports of fish and fish products reached 1.50 billion euros in 2021.\n\n"
            "Fish exports made up 12% of all goods exports, which totalled 12.5 billion euros.\n\n"
            "The breakdown in 2021:\n\n"
            "- frozen fillets – 610 million euros;\n"
            "- smoked salmon – {b} million euros;\n"
            "- other fish products, including roe and fishmeal – 410 million euros.")
    assert errors(text.format(b="480")) == []
    assert errors(text.format(b="580")) != []


def test_a_list_closed_by_other_goods_with_no_colon_names_no_whole():
    # ("other goods": which goods, only a colon right after the whole would say)
    text = ("Chile's wine exports reached $900m in 2022.\n\n"
            "Among other items, machinery brought $2,400m, chemicals $1,300m and other goods $700m.")
    assert errors(text) == []


def test_a_list_closed_by_other_after_a_narrower_product_or_an_earlier_item_names_no_whole():
    # ("Finished leather" is one kind of leather, not the whole the "other leather goods" close;
    # "Granite ..." in the sentence before is an item of the same list, begun before)
    narrower = ("Ethiopia's leather exports earned $110.0 million in 2020.\n\n"
                "Finished leather remained the largest item, bringing in $61.4 million. Footwear contributed "
                "$29.5 million, gloves $12.1 million, and other leather goods $6.2 million.")
    begun_before = ("India's exports of natural stone reached $1.70 billion in 2023.\n\n"
                    "Granite remained the mainstay, with shipments worth $1.20 billion. Sandstone exports stood at "
                    "$0.18 billion and marble at $0.14 billion, while other stones accounted for $0.15 billion.")
    assert errors(narrower) == []
    assert errors(begun_before) == []
