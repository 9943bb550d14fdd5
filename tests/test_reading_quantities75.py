"""Quantities (round 75). A bullet that opens on "By type:" lists parts of the level of its unit
stated before it, so together they never exceed it. A share set after a level with no tie word
but naming its whole ("379,600 tonnes (75.92 million boxes), 91.4% of the season total") is
that level's share, the level restated in another unit in brackets passed over. A heading that
ends on its unit in brackets on a line of its own, no colon after it ("Wheat exports, November
2022 (tonnes)"), gives its unit to the bullets under it, and their "Total:" line is their sum.
An account's balance named by its net flow ("net secondary income inflows of US$3,306 million")
is that account's, never the product of the figure before it, so the current account's parts
add up to it."""
from readings import errors


def test_parts_after_a_bullets_by_type_opener():
    text = ("Vehicle exports\n\n"
            "- Ruritania's automobile exports totalled 1,204,895 units in 2015, up 6.1% from 1,135,650 units in 2014.\n"
            "- By type: passenger cars 565,471 units, pickups 592,873 units and vans {vans} units.\n")
    assert errors(text.format(vans="46,551"), published="2016-01-29") == []
    assert errors(text.format(vans="56,551"), published="2016-01-29") != []


def test_a_share_naming_its_whole_after_a_level_restated_in_boxes():
    text = ("The 2022-23 Ruritanian cherry season closed with record shipments of 415,300 tonnes, the equivalent of "
            "83.06 million boxes of 5 kilos, an increase of 16.0% over the 357,900 tonnes shipped in 2021-22.\n\n"
            "Shipments to Freedonia reached {part} tonnes (75.92 million boxes), 91.4% of the season total, despite "
            "a fall in prices.")
    assert errors(text.format(part="379,600"), published="2023-04-12") == []
    assert errors(text.format(part="359,600"), published="2023-04-12") != []


def test_a_share_with_no_tie_that_names_no_whole_is_left_alone():
    text = ("Ruritania shipped 415,300 tonnes of cherries in the season.\n\n"
            "Shipments to Freedonia reached 359,600 tonnes, 91.4% higher than a decade ago.")
    assert errors(text, published="2023-04-12") == []


def test_bullets_under_a_heading_with_its_unit_and_no_colon():
    text = ("Ruritania exported a record 3.1 million tonnes of wheat in November.\n\n"
            "Wheat exports, November 2022 (tonnes)\n"
            "- Freedonia: 601,000\n"
            "- Sylvania: 552,000\n"
            "- Bandaria: {b}\n"
            "- Other destinations: 1,659,000\n"
            "- Total: 3,100,000\n\n"
            "Analysts expect shipments to stay high.\n")
    assert errors(text.format(b="288,000"), published="2023-01-06") == []
    assert errors(text.format(b="388,000"), published="2023-01-06") != []


def test_the_current_account_adds_up_from_a_net_flow_of_secondary_income():
    text = ("Ruritania's current account deficit widened to US$4,413 million last year, the central bank said.\n\n"
            "Merchandise exports stood at US$6,128 million while imports were US$16,049 million, leaving a trade "
            "deficit of US$9,921 million.\n\n"
            "The gap was partly offset by a services surplus of US${services} million, mainly from tourism, and net "
            "secondary income inflows of US$3,306 million. The primary income account posted a net outflow of "
            "US$412 million.")
    assert errors(text.format(services="2,614"), published="2013-03-05") == []
    assert errors(text.format(services="2,164"), published="2013-03-05") != []
