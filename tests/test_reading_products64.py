"""Products, their parts and their wholes (round 64): a product subject with an aside on
how its figure is counted (", counted separately,") stays that product, a sibling of the
product the text is about, never the whole flow that product belongs to; a running total
a raise verb takes to ("bringing total <group> exports to") is the named group's flow, not
the flow of the last product listed before it."""
from readings import claim, errors


def test_a_counted_separately_aside_keeps_the_product_subject():
    text = ("Canada's imports of tennis rackets rose 12% in 2022 to $640 million from $571 million "
            "in 2021. Imports of tennis balls, counted separately, climbed to $150 million.\n")
    assert errors(text) == []
    assert claim(text, "$150 million")["commodity"] == "tennis balls"


def test_a_running_total_of_a_named_group_is_that_group_not_the_last_product_listed():
    text = ("Portugal's football exports rose 4.0 per cent to $52.0 million in 2023 from $50.0 million "
            "in 2022. Makers also shipped gloves, nets and other gear, bringing total sporting goods "
            "exports to about $210m in the year.\n")
    assert claim(text, "$210m")["commodity"] == "sporting goods"
    assert errors(text) == []


def test_a_running_total_of_all_merchandise_names_no_group():
    text = ("Chile's copper exports rose to $40 billion in 2022. Fruit and wine added $9 billion, "
            "taking total merchandise exports to $98 billion.\n")
    assert claim(text, "$98 billion")["commodity"] != "goods"
