"""Flows read from the other side, and balances less a product (round 75). A partner that
"imported N worth of" the reporter's goods ("Thai durian") took the reporter's exports, and a
share right after that figure ("accounting for 96.7% of the total") is of the same exports; the
place the next sentence ranks after it ("Hong Kong came a distant second with") is a part of the
same total. "Excluding gold, the deficit would have been N" is the balance less gold, no
forecast; where the text gives gold's imports only, the balance left can be at most the whole
balance plus those imports."""
from readings import claim, errors


def test_a_partner_that_imported_the_reporters_goods_took_its_exports():
    # (real places: the rule reads the demonym of the reporter, which an invented place has none of)
    text = ("Peru's fresh rambutan exports reached a record 110.6 billion soles in 2021.\n\n"
            "Chile, by far the largest buyer, imported 106.9 billion soles worth of Peruvian rambutan, "
            "accounting for {share}% of the total. Spain came a distant second with 2.1 billion soles (1.9%).")
    correct = text.format(share="96.7")
    assert claim(correct, "106.9 billion soles", published="2022-01-20")["measure"] == "exports"
    assert claim(correct, "96.7%", published="2022-01-20")["measure"] == "exports"
    assert errors(correct, published="2022-01-20") == []
    assert errors(text.format(share="93.7"), published="2022-01-20") != []


def test_a_balance_excluding_a_product_is_no_forecast():
    text = ("Exports slipped 0.5% year-on-year to US$16,516 million in January, while imports surged 20.8% to "
            "$19,415 million, resulting in a deficit of $2,899 million, the Ruritanian ministry said.\n\n"
            "Gold imports alone amounted to $1,560 million. Excluding gold, the deficit would have been "
            "${balance} million.")
    correct = text.format(balance="1,339")
    excluded = claim(correct, "$1,339 million", published="2012-02-22")
    assert (excluded["measure"], excluded["commodity"]) == ("balance", "excluding gold")
    assert excluded["value"] < 0
    assert errors(correct, published="2012-02-22") == []
    assert errors(text.format(balance="1,039"), published="2012-02-22") != []
