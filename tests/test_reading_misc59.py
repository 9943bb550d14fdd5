"""Misc readings (round 59): a part of a product's flow named only by its buyer after "of
which" is of that product; a country a fair hosts "as partner country" is no trade partner."""
from readings import errors


def test_a_part_named_by_its_buyer_after_of_which_is_of_the_wholes_product():
    text = ("Australia's wine exports were worth A$6.0 billion in 2022, of which Britain took "
            "A${part} billion, or about 25%.\n")
    assert errors(text.format(part="1.5")) == []
    assert errors(text.format(part="2.4")) != []


def test_a_fairs_partner_country_is_no_trade_partner():
    text = ("The Berlin food fair opened on Monday with Portugal as partner country.\n\n"
            "Dutch food exports reached EUR 120 billion in 2023. Germany was the largest market "
            "with EUR {part} billion, or 25 percent of the total.\n")
    assert errors(text.format(part="30")) == []
    assert errors(text.format(part="40")) != []
