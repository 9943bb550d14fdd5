"""Wholes of changes and shares on medical-goods passages (round 53): "exports of these
products" points back to the product the sentence opened on; a clause opening on "as" and a
flow with several modifiers keeps the product before it out; "N% of the <goods named before>"
is a share of those goods; "N% of the drugs used in <place>" is a market share, no flow's; a
part bigger than the figure before is no breakdown of it."""
from readings import errors, claim


def test_these_products_is_the_product_the_sentence_opened_on():
    text = ("Norway's goods exports were NOK 900bn in 2023. Fish and seafood products stayed the "
            "second largest group, though exports of these products fell by {pct}% to NOK 150bn "
            "from NOK 160bn in 2022.")
    assert errors(text.format(pct="6.3")) == []
    assert claim(text.format(pct="6.3"), "6.3%")["commodity"] is not None
    assert errors(text.format(pct="9.3"))  # (the change now set against its own two levels)


def test_a_change_after_as_and_a_modified_flow_is_the_flow_s_not_the_product_s():
    text = ("Chemical exports were a bright spot in March, as key non-oil domestic exports (NODX) "
            "fell 9.1 per cent from a year earlier. Shipments of chemicals rose 20 per cent year on "
            "year to $1.2 billion, from $1 billion in March 2023.")
    assert errors(text) == []
    assert claim(text, "9.1 per cent")["commodity"] != "chemicals"


def test_a_share_of_the_goods_named_before_is_of_those_goods():
    text = ("Ghana's exports of cocoa beans reached $2,000 million in 2023. Goods exports totalled "
            "$17,000 million. The Netherlands bought about 40% of the beans, or $800 million.")
    assert errors(text) == []
    assert claim(text, "40%")["commodity"] == "beans"


def test_a_share_of_the_goods_used_in_a_place_is_no_share_of_exports():
    text = ("Kenya's tea exports rose to $1.2 billion in 2023. Pakistan took about 35% of "
            "shipments, or $420 million. Kenya supplies about 60% of the tea drunk in Pakistan, "
            "and some 45% of the tea used in Egypt by volume.")
    assert errors(text) == []
    assert claim(text, "45%")["measure"] == "other"


def test_a_part_bigger_than_the_figure_before_does_not_take_its_pair():
    text = ("Brazil's exports of beef rose to $10 billion in 2023. China took about 50% of "
            "shipments, or $5 billion. Fresh beef made up $8 billion of the total, while "
            "processed beef contributed $2 billion.")
    assert claim(text, "$2 billion")["partner"] != "CHN"
