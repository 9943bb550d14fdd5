"""Wholes and parts (round 65): a headline on one product's flow that the vocabulary does not
know ("Cocoa exports ...") leaves the body's bare figures a guess of that product when the lead
names the product before the same flow word again, so a wider group's figure ("the country's
farm exports") is not made a part of them."""
from readings import errors


def test_a_wider_group_is_no_part_of_the_headline_product_the_lead_repeats():
    text = ("Yam exports climb in first half\n\n"
            "Ghana's yam exports rose 8% to US$540 million in the first half of 2024, the export "
            "promotion agency said.\n\n"
            "Over the same six months, yam exports of US$540 million made up about {pct}% of "
            "Ghana's farm exports, which totalled US$2.7 billion.\n")
    assert errors(text.format(pct="20")) == []


def test_a_lead_that_joins_a_second_product_still_repeats_the_headline_word():
    text = ("Yam exports climb in first half\n\n"
            "Ghana's yam and cassava exports rose 8% to US$540 million in the first half of 2024.\n\n"
            "Over the twelve months to June, yam exports of US$1.2 billion made up about 20% of "
            "Ghana's farm exports, which totalled US$6.0 billion.\n")
    assert errors(text) == []


def test_a_sector_flow_goes_on_to_its_imports_and_balance():
    text = ("Yam exports climb in first half\n\n"
            "Ghana's yam exports rose 8% to US$0.9 billion in the first half of 2024.\n\n"
            "The farm lobby puts farm exports at US$5.0 billion over the same six months, "
            "against imports of US$4.1 billion, a surplus of US${bal} billion.\n")
    assert errors(text.format(bal="0.9")) == []
    assert errors(text.format(bal="1.9")) != []
