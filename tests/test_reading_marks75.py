"""A series mark alone in a bracket ("By destination (SA):") names the adjusted or raw series,
but a bracket whose letters are the initials of the name right before it ("the Namibia
Statistics Agency (NSA) said") is that name's short form, no mark: the figures of such a text
belong to no series."""
from tradecheck.extract.adjustment_marks import find_marks

from readings import claim


def test_a_mark_alone_in_a_bracket_names_a_series():
    assert [series for _, _, series in find_marks("By destination (SA):")] == ["seasonally adjusted"]
    assert [series for _, _, series in find_marks("Exports rose to 4.5 bn (NSA), imports")] == ["not seasonally adjusted"]


def test_an_agencys_initials_in_a_bracket_are_no_mark():
    assert find_marks("the Namibia Statistics Agency (NSA) said") == []


def test_a_release_of_an_agency_with_such_initials_has_no_series():
    text = ("Windhoek - Ruritania's trade deficit narrowed to N$1.2 billion in April 2022, from "
            "N$2.9 billion in March 2022, the Namibia Statistics Agency (NSA) said.\n")
    assert claim(text, "N$1.2 billion", published="2022-06-03").get("scope") is None
