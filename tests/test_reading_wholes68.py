"""Wholes (round 68): a change said beside its own level and base pairs with them even when
a currency code in brackets follows the level ("81.3 billion dirhams (MAD)"): the code glosses
the amount's currency word and is no market's subject."""
from readings import claim, errors


def test_a_currency_code_glossing_an_amount_is_no_market_subject():
    text = ("Cairo - Exports of citrus fruit reached 40.0 billion pounds (EGP) in 2023, up 25.0% "
            "from 32.0 billion in 2022, the agency said.\n\n"
            "Total goods exports reached 600.0 billion EGP.\n")
    c = claim(text, "32.0 billion")
    assert c["commodity"] in ("fruit", "citrus fruit")  # (the level's product, not the total's)
    assert errors(text) == []
