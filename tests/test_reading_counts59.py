"""Sales of a lot offered (round 59): a clearance rate is the part sold of the lot offered,
a pass-in rate the part left unsold, both checked against the two levels of one unit that
the sentence puts up for sale and sells."""
from readings import errors


def test_a_clearance_rate_is_the_sold_part_of_the_offer():
    text = ("At this week's sale 4.00 million kg were offered, of which 3.00 million kg "
            "found buyers, a clearance rate of {p} percent.\n")
    assert errors(text.format(p="75.0")) == []
    assert errors(text.format(p="85.0")) != []


def test_a_pass_in_rate_is_the_unsold_part_of_the_offer():
    text = ("Nationally 20,000 bales were offered and 18,000 bales were sold, giving a "
            "pass-in rate of {p}%.\n")
    assert errors(text.format(p="10.0")) == []
    assert errors(text.format(p="90.0")) != []


def test_no_rate_is_checked_where_the_sale_is_not_of_the_offer_unit():
    text = ("Some 20,000 bales were offered and 9,000 tonnes were sold, a clearance rate of 12%.\n")
    assert errors(text) == []


def test_a_contracted_that_is_points_back_to_the_level_before():
    # ("That's" is "That is": the change opens by pointing back to the level of the sentence
    # before, here bags of a stated weight each)
    text = ("The cooperative exported 10.00 million 60-kilogram bags last season. That's up {p}% "
            "from 8.00 million bags the season before.\n")
    assert errors(text.format(p="25.0")) == []
    assert errors(text.format(p="35.0")) != []
