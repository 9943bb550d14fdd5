"""Volumes and shares in lists and tables (round 61): a share of "all" of a product's flow,
after a level in "mt", is of that product's level stated before; a share in brackets of the
"world" flow after a bullet's level is of the one level before the list; a list of shares
ending "and other, N%" names every part, so the shares make 100%; a table's share column
with "(%)" in its header is of the money the prose states before it, in the header's
currency."""
from readings import errors


def test_a_share_of_all_of_a_products_flow_after_a_level_in_mt():
    text = ("Canadian beef exports came to 2.40 million metric tons (mt) in 2023, up 4% from 2.31 "
            "million mt a year before.\n\n"
            "Japan took {part} million mt, or 25% of all Canadian beef exports.\n")
    assert errors(text.format(part="0.60")) == []
    assert errors(text.format(part="0.90")) != []


def test_a_bracketed_share_of_world_exports_after_a_bullet_level():
    text = ("The agency sees world soybean oil exports at 12.0 million tonnes next season. The leading "
            "sellers:\n\n"
            "- Argentina: {part} million tonnes (40% of world exports)\n"
            "- Brazil: 2.4 million tonnes (20%)\n")
    assert errors(text.format(part="4.8")) == []
    assert errors(text.format(part="6.0")) != []


def test_a_list_of_shares_ending_with_the_rest_adds_up_to_a_hundred():
    text = ("Import sources (2020-23): Cobalt metal: Norway, 40%; Canada, {part}%; Japan, 15%; "
            "Finland, 10%; and other, 15%.\n")
    assert errors(text.format(part="20")) == []
    assert errors(text.format(part="30")) != []


def test_a_list_of_shares_with_no_rest_is_not_held_to_a_hundred():
    text = "Main buyers in 2023: Norway, 40%; Canada, 20%; and Japan, 15%.\n"
    assert errors(text) == []


def test_a_table_share_column_in_per_cent_of_money_stated_before():
    text = ("Thailand's total trade came to THB 2,000.0 billion in the first half of 2024, official "
            "data showed.\n\n"
            "Partner          Total trade (THB bil)   Share of total (%)\n"
            "China                  400.0                 20.0\n"
            "Japan                  200.0                 {share}\n"
            "United States          300.0                 15.0\n")
    assert errors(text.format(share="10.0")) == []
    assert errors(text.format(share="13.0")) != []
