"""Pharmaceutical trade (round 70): "APIs" (active pharmaceutical ingredients) is a product, so
a buyer's figure of them is a part of their flow, not of all medicines."""
from readings import claim, errors


APIS = ("Norway's exports of medicines fell 10.0 percent to $50.0 billion in 2023.\n\n"
        "Exports of APIs, which make up 60.0 percent of the category, dropped 20.0 percent to $30.0 billion "
        "from $37.5 billion in 2022.\n\n"
        "Japan remained the largest buyer of Norwegian APIs at $6.0 billion, or {share} percent of the total.")


def test_apis_are_a_product_and_a_buyers_share_is_of_their_flow():
    assert claim(APIS.format(share="20.0"), "$6.0 billion")["commodity"] == "active pharmaceutical ingredients"
    assert errors(APIS.format(share="20.0")) == []
    assert errors(APIS.format(share="25.0")) != []
