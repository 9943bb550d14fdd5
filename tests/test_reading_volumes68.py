"""Changes of a quantity between two levels (round 68): the per cent and either level may be
hedged ("by about 20%", "to around 3.2 million tonnes"), and a split year ("in 2022-23", "the
2019/20 season") may stand between the new level and its "from"; bags are a counted unit."""
from readings import errors


def test_a_split_fiscal_year_between_the_new_level_and_from():
    text = "Pakistan's purchases of urea abroad dropped {pct}% to 2.4 million tonnes in 2022-23 from 3.0 million tonnes the year before."
    assert errors(text.format(pct="20")) == []
    assert errors(text.format(pct="30")) != []


def test_hedged_per_cent_and_hedged_levels():
    text = "Sales of sulphur abroad slid by about {pct}% in 2020 to around 3.2 million tonnes, from 4.0 million tonnes in 2019."
    assert errors(text.format(pct="20")) == []
    assert errors(text.format(pct="28")) != []


def test_bags_after_a_split_crop_year():
    text = "Cocoa shipments climbed {pct} per cent to 550,000 bags in the 2019/20 crop year, from 500,000 bags a year before, the board said."
    assert errors(text.format(pct="10")) == []
    assert errors(text.format(pct="25")) != []

