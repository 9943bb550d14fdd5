"""Pharmaceutical trade (round 70): "APIs" (active pharmaceutical ingredients) is a product, so
a buyer's figure of them is a part of their flow, not of all medicines. A flow of goods the
vocabulary does not know, then ", which make up N percent", gives the share and the figures
after it those goods. "The rest of the world" right after a total leaves out the place named
before that total, not nothing."""
from readings import claim, errors


APIS = ("Norway's exports of medicines fell 10.0 percent to $50.0 billion in 2023.\n\n"
        "Exports of APIs, which make up 60.0 percent of the category, dropped 20.0 percent to $30.0 billion "
        "from $37.5 billion in 2022.\n\n"
        "Japan remained the largest buyer of Norwegian APIs at $6.0 billion, or {share} percent of the total.")


def test_apis_are_a_product_and_a_buyers_share_is_of_their_flow():
    assert claim(APIS.format(share="20.0"), "$6.0 billion")["commodity"] == "active pharmaceutical ingredients"
    assert errors(APIS.format(share="20.0")) == []
    assert errors(APIS.format(share="25.0")) != []


UNKNOWN_GOODS = ("Norway's exports of medicines fell 10.0 percent to $50.0 billion in 2023.\n\n"
                 "Exports of formulations, which make up {share} percent of the category, dropped 20.0 percent "
                 "to $30.0 billion from $37.5 billion in 2022.")


def test_a_flow_of_goods_then_which_make_up_a_share_is_of_those_goods():
    text = UNKNOWN_GOODS.format(share="60.0")
    assert claim(text, "60.0 percent")["commodity"] == "formulations"
    assert claim(text, "$30.0 billion")["commodity"] == "formulations"
    assert errors(text) == []
    assert errors(UNKNOWN_GOODS.format(share="70.0")) != []


REST = ("Norwegian exports to the United States soared to NOK44.6 billion in the first quarter of 2024, "
        "up 93% from NOK23.1 billion a year earlier.\n\n"
        "Overall exports rose 17.5% to NOK87.1 billion from NOK74.1 billion, meaning that half of all "
        "Norwegian exports went to the US in the quarter. Exports to the rest of the world fell {change}% "
        "to NOK{level} billion.")


def test_the_rest_of_the_world_after_a_total_leaves_out_the_place_named_before_it():
    assert errors(REST.format(change="16.7", level="42.5")) == []
    assert errors(REST.format(change="16.7", level="52.5")) != []
    assert errors(REST.format(change="26.7", level="42.5")) != []
