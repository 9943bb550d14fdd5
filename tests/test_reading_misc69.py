"""Records (round 69): a headline record said of a physical flow ("oil flows through the
strait hit record") is no money figure's record."""
from readings import errors


def test_a_record_of_flows_through_a_route_is_no_money_figures():
    text = ("Oil Flows Through The Strait Hit Record As Sanctions Bite\n\n"
            "Crude shipments through the strait rose to 9.1 million barrels a day in 2024.\n\n"
            "Traders put the exporter's oil revenues at about $40 billion in 2024, compared with "
            "$70 billion in 2022.\n")
    assert errors(text) == []

