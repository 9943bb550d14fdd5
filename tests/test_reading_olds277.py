"""Places and products in older rounds' passages (round 77). "across the Tasman" names
Australia in a New Zealand text (and New Zealand in an Australian one), a place by where it
lies from the text's own country. A past participle after the product words of "of" ("$8.21
billion of goods shipped across ...", "$2.4 billion of goods shipped by sea") describes the
product: the product is the words before it, here all the goods."""
from readings import claim, errors


def test_across_the_tasman_is_australia_in_a_new_zealand_text():
    text = ("Kiwi dairy booms in Japan\n\n"
            "In the year to March, New Zealand's exports to Japan were worth $4.10 billion, just behind "
            "the $7.95 billion of goods shipped across the Tasman. Total annual exports were $50.0 billion, "
            "and Australia's share was {pct} per cent.")
    got = claim(text.format(pct="15.9"), "$7.95 billion", published="2019-04-27")
    assert (got["reporter"], got["partner"], got["commodity"]) == ("NZL", "AUS", None)
    assert errors(text.format(pct="15.9"), published="2019-04-27") == []
    assert errors(text.format(pct="19.9"), published="2019-04-27") != []


def test_a_participle_after_the_goods_of_of_leaves_all_goods():
    # ("goods shipped by sea" is all the goods, the flow's whole, not a product of its own)
    text = "Ruritania's exports included $2.4 billion of goods shipped by sea."
    assert claim(text, "$2.4 billion", published="2019-04-27")["commodity"] is None
    text = "Ruritania exported $2.4 billion of goods sent across the border."
    assert claim(text, "$2.4 billion", published="2019-04-27")["commodity"] is None
