"""Mixed readings (round 63): a share of the goods installed in a place is a market share,
no part of a flow; a change after "the previous high of X set in <year> and is up from Y in
<later year>" is no change between the old high and the later level."""
from readings import claim, errors


def test_a_share_of_goods_installed_in_a_place_is_no_share_of_the_flow():
    text = ("Korea's imports from Japan rose to $48 billion in 2023, and its total imports came "
            "to $640 billion, so Japan held 7.5% of them. Japanese makers also supplied about "
            "60% of the heat pumps installed in Korea last year.\n")
    assert errors(text) == []
    assert claim(text, "60%")["measure"] != "imports"


def test_a_level_up_from_a_later_year_is_no_earlier_level_of_an_older_high():
    text = ("Norway's fish exports reached a record NOK 170 billion in 2023. The total beats "
            "the previous peak of NOK 150 billion set in 2021 and is up from NOK 140 billion "
            "in 2022, an increase of {pct}%.\n")
    assert errors(text.format(pct="21")) == []
