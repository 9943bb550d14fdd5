"""Quantities: parts, shares and changes (round 74). A list of parts that a sentence opens on its
whole's words ("Of that total, ...") and closes on "the remaining N" is all of that whole, so the
parts must add up to it, even where the rest is written with its scale alone ("the remaining 0.9
million")."""
from readings import errors


def test_the_remaining_part_after_of_that_total_closes_the_list():
    text = ("In 2020, Ruritania's coffee exports fell 8% to 12.6 million 60-kg bags, compared with the 13.7 million "
            "exported in 2019.\n\n"
            "Of that total, {green} million bags corresponded to green coffee and the remaining 0.9 million to "
            "soluble coffee.")
    assert errors(text.format(green="11.7"), published="2021-01-05") == []
    assert errors(text.format(green="11.2"), published="2021-01-05") != []


def test_parts_after_of_that_total_with_no_rest_may_fall_short():
    text = ("In 2020, Ruritania's coffee exports fell 8% to 12.6 million 60-kg bags, compared with the 13.7 million "
            "exported in 2019.\n\n"
            "Of that total, 11.2 million bags went to Freedonia and 0.9 million to Sylvania.")
    assert errors(text, published="2021-01-05") == []


def test_a_share_after_or_with_no_comma():
    text = ("Ruritania's tea exports for the year 2022 amounted to 250.2 mn kg, a decline of 11.3% compared to "
            "282.2 mn kg exported in 2021.\n\n"
            "Freedonia remained the largest buyer, taking 32.5 mn kg or {share}% of total exports, followed by "
            "Sylvania.")
    assert errors(text.format(share="13.0"), published="2023-01-24") == []
    assert errors(text.format(share="16.0"), published="2023-01-24") != []


def test_bullets_after_a_spaced_dash_in_million_kg():
    text = ("The total quantity on offer at Sale No. 27 of the Ruritania Tea Auction was 6.05 M/kg, brokers said.\n\n"
            "The offering comprised:\n"
            "* Ex-Estate – 1.12 M/kg\n"
            "* High & Medium – 1.74 M/kg\n"
            "* Low Grown Leafy – 1.18 M/kg\n"
            "* Low Grown Tippy – {tippy} M/kg\n"
            "* Off Grades – 1.15 M/kg\n")
    assert errors(text.format(tippy="0.86"), published="2019-07-12") == []
    assert errors(text.format(tippy="1.36"), published="2019-07-12") != []


def test_a_change_column_in_the_levels_own_unit():
    text = ("Ruritania's palm oil exports for May rose 5.6 percent to 1,412,358 tonnes from 1,337,124 tonnes shipped "
            "in April, a cargo surveyor said.\n\n"
            "Following are the details of the surveyor's data, in tonnes:\n\n"
            "                    May 1-31     Apr 1-30     Change\n"
            "Freedonia            243,815      228,410    +15,405\n"
            "Sylvania             318,240      345,760    -27,520\n"
            "Bandaria             226,520      181,300    {change}\n"
            "Others               623,783      581,654    +42,129\n"
            "Total              1,412,358    1,337,124    +75,234\n")
    assert errors(text.format(change="+45,220"), published="2013-05-31") == []
    assert errors(text.format(change="+41,220"), published="2013-05-31") != []


def test_parts_naming_every_place_of_the_whole():
    text = ("Cocoa arrivals at the ports of Zenda and Strelsau in Ruritania reached 1,563,000 tonnes between October 1 "
            "and March 17, according to exporters' estimates.\n\n"
            "Of the total, 872,000 tonnes arrived at the port of Zenda, while Strelsau received {strelsau} tonnes.")
    assert errors(text.format(strelsau="691,000"), published="2019-03-19") == []
    assert errors(text.format(strelsau="619,000"), published="2019-03-19") != []


def test_parts_of_a_whole_only_mostly_of_the_places_may_fall_short():
    text = ("Cocoa exports, mainly to Freedonia and Sylvania, reached 1,563,000 tonnes between October 1 and "
            "March 17, according to exporters' estimates.\n\n"
            "Of the total, 872,000 tonnes went to Freedonia, while Sylvania received 619,000 tonnes.")
    assert errors(text, published="2019-03-19") == []
