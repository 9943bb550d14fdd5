"""Ethiopian press (round 71): "medical supplies" and the like name goods, so a list row
"Drugs and medical supplies: 181.2" under an imports heading is that product's imports, no
exports and no whole of its sibling rows. "Br" before a scaled figure is the birr's sign. A
share's whole that its own clause after it says is of "all exports" is the whole flow, not
the product the headline is about. A plan said as a deed ("The plan for the period was to
... earn $365 million") and a potential ("has the potential to earn $500 million") are goals,
no level of the flow. A figure in a relative clause "in which" on a base period is of that
period. A percentage "of the $360 million planned" is of a goal, no share of the flow. A
second change whose verb is left out but its "by" kept ("the volume decreased by 9 percent and
the value by 10.9 percent") is the value's change, the way the left-out verb says."""
from readings import claim, errors


def test_medical_supplies_in_a_list_row_are_goods_not_a_flow():
    text = ("Ruritania's customs seized contraband worth 800.0 million birr in 2023.\n\n"
            "Import contraband (million birr)\n"
            "- Clothing: 300.0\n"
            "- Drugs and medical supplies: 100.0\n\n"
            "Export contraband (million birr)\n"
            "- Coffee: 250.0\n"
            "- Gold: 150.0\n")
    row = claim(text, "100.0")
    assert row["measure"] == "imports"
    assert row["commodity"] == "drugs and medical supplies"
    assert errors(text) == []


def test_br_before_a_scaled_figure_is_birr():
    text = ("Addis Ababa, 21 January 2024 - The Ethiopian Customs Commission seized contraband goods worth "
            "3.21 billion birr in the first half of the year.\n\n"
            "The figure is 24.4 percent higher than the Br {before} billion seized during the same period last year.")
    assert claim(text.format(before="2.58"), "Br 2.58 billion")["currency"] == "ETB"
    assert errors(text.format(before="2.58")) == []
    assert errors(text.format(before="2.85")) != []


def test_a_shares_whole_obtained_from_all_exports_is_the_whole_flow():
    text = ("Coffee export earns over 2.3 billion Birr\n\n"
            "Ruritania earned 2,318.6 million Birr from the export of coffee in 2023.\n\n"
            "Coffee accounted for 61.7 per cent of the {whole} million Birr the country obtained from all exports during the year.")
    assert claim(text.format(whole="3,757.4"), "3,757.4 million Birr")["commodity"] is None
    assert errors(text.format(whole="3,757.4")) == []
    assert errors(text.format(whole="3,357.4")) != []


def test_a_plan_said_as_a_deed_is_a_goal_not_a_level():
    text = ("During the first half of 2023, Ruritania exported oilseeds worth 314.5 million USD. "
            "The plan for the period was to export 210,000 tons and earn 365 million USD.")
    assert claim(text, "365 million USD")["measure"] == "other"
    assert errors(text) == []


def test_a_potential_to_earn_is_a_goal_not_a_level():
    text = ("Ruritania's flower exports reached USD 227.4 million in 2023. "
            "The sector has the potential to earn USD 500 million within five years.")
    assert claim(text, "USD 500 million")["measure"] == "other"
    assert errors(text) == []


def test_a_figure_in_a_clause_in_which_on_a_base_period_is_of_that_period():
    text = ("Ruritania earned 314.5 million USD from oilseed exports in the first half of 2023. "
            "Compared with the same period of the last fiscal year, in which 196,200 tons were exported "
            "for 352.9 million USD, the value fell.")
    assert claim(text, "352.9 million USD")["period"] == "2022-H1"
    assert errors(text) == []


def test_a_percentage_of_the_amount_planned_is_of_a_goal():
    text = ("Ruritania earned 240.6 million dollars from the export of live animals and meat in 2023, "
            "achieving only {pct} percent of the 360 million dollars planned for the year.\n\n"
            "Meat exports brought in 74.5 million dollars.")
    assert errors(text.format(pct="66.8")) == []
    assert errors(text.format(pct="76.8")) != []


def test_a_second_change_that_leaves_out_its_verb_but_keeps_by_is_read_the_way_the_verb_goes():
    text = ("Portugal earned 314.5 million USD from oilseed exports in the first half of 2023. "
            "Compared with the same period of the last fiscal year, in which exports were {old} million USD, "
            "the volume decreased by 9 percent and the value by 10.9 percent.")
    change = claim(text.format(old="352.9"), "10.9 percent")
    assert change["kind"] == "percent_change" and change["factor"] < 1
    assert errors(text.format(old="352.9")) == []
    assert errors(text.format(old="325.9")) != []
