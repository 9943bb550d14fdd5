"""Car and car-parts trade (round 69): a list heading that names one product's flow sets the
product of its bullets; a product said short by its piece noun ("imports of parts", "the
parts surplus") is the product named in full before; a market's share of "the total" is not
of a production level stated before it."""
from readings import claim, errors


def test_a_list_heading_naming_a_product_sets_its_bullets_product():
    text = ("Korea car trade, full year 2023\n\nSeoul, 4 April 2024\n\n"
            "South Korea's exports of motor vehicles reached $90.0 billion in 2023. Passenger "
            "cars accounted for $70.0 billion of that.\n\n"
            "Top markets for Korean car exports (by value):\n"
            "- United States: $30.0 billion ({share}%)\n"
            "- Canada: $7.0 billion (10.0%)\n\n"
            "Other markets were smaller.\n")
    assert claim(text.format(share="42.9"), "$30.0 billion")["commodity"] == "cars"
    assert errors(text.format(share="42.9")) == []


def test_a_piece_noun_alone_stands_for_the_product_named_in_full_before():
    text = ("Ruritania's exports of auto parts and components rose to $50.0 billion in 2022. "
            "Imports of parts fell to $20.0 billion. The parts trade surplus came to ${bal} billion. "
            "Imports of finished cars reached $25.0 billion.")
    assert claim(text.format(bal="30.0"), "$20.0 billion")["commodity"] == "auto parts and components"
    assert errors(text.format(bal="30.0")) == []
    assert errors(text.format(bal="35.0")) != []


def test_a_markets_share_of_the_total_is_not_of_production_before():
    text = ("Ruritanian carmakers shipped 2.00 million vehicles abroad in 2021, down 10.0% from "
            "2.22 million in 2020.\n\n"
            "Domestic production fell to 5.00 million units, so exports made up 40.0% of output. "
            "Europe took 0.80 million vehicles, or 40.0% of the total.")
    assert errors(text) == []
