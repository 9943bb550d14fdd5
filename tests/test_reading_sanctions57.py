"""Sanctions reports (round 57): a bullet naming no period goes on with the period the bullet
before it dated (the list's), not the report's cover month; ", a total of X" set after a
figure of exports and one of imports is the two flows' sum (total trade)."""
from readings import claim, errors


def test_a_bullet_with_no_period_carries_the_period_of_the_bullet_before():
    text = ("Grain Monitor, May 2024\n\n"
            "Highlights\n"
            "- Ukraine's grain exports reached $2.0 billion in April.\n"
            "- Wheat earned $1.2 billion and maize $0.8 billion.\n")
    assert claim(text, "$2.0 billion")["period"] == "2024-04"
    assert claim(text, "$1.2 billion")["period"] == "2024-04"
    assert claim(text, "$0.8 billion")["period"] == "2024-04"


def test_a_total_set_after_two_flows_is_their_sum():
    text = ("In 2022 Norway sold goods worth €30.0 billion to Sweden and bought goods worth "
            "€20.0 billion from Sweden, a total of €{total} billion.")
    total = claim(text.format(total="50.0"), "€50.0 billion")
    assert (total["measure"], total["reporter"], total["partner"]) == ("trade_total", "NOR", "SWE")
    assert errors(text.format(total="50.0")) == []
    assert errors(text.format(total="60.0")) != []


def test_a_total_after_one_flows_figures_is_no_trade_total():
    text = "In 2022 Norway exported fish worth €3.0 billion and timber worth €2.0 billion, a total of €5.0 billion."
    assert claim(text, "€5.0 billion")["measure"] == "exports"


def test_a_list_label_of_two_places_joined_by_and_is_one_group_of_partners():
    text = ("Brazil imported about $10.0 billion of listed items in 2023.\n\n"
            "- Canada and Morocco: $6.0 billion, or {pct} of the total\n"
            "- Egypt: $1.0 billion\n")
    part = claim(text.format(pct="60%"), "$6.0 billion")
    assert part["reporter"] == "BRA"
    assert errors(text.format(pct="60%")) == []
    assert errors(text.format(pct="50%")) != []
