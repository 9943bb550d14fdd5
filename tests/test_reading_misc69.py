"""Records, monthly releases (round 69): a headline record said of a physical flow ("oil
flows through the strait hit record") is no money figure's record; a monthly release whose
month is set against the month before stays on that month in the paragraphs after it that
name no period of their own."""
from readings import claim, errors


def test_a_record_of_flows_through_a_route_is_no_money_figures():
    text = ("Oil Flows Through The Strait Hit Record As Sanctions Bite\n\n"
            "Crude shipments through the strait rose to 9.1 million barrels a day in 2024.\n\n"
            "Traders put the exporter's oil revenues at about $40 billion in 2024, compared with "
            "$70 billion in 2022.\n")
    assert errors(text) == []


def test_a_monthly_release_keeps_its_month_in_the_next_paragraph():
    text = ("Foreign trade bulletin\n\n"
            "In March 2024, the country's exports of goods came to $30.0 billion, against $25.0 "
            "billion the previous month, an increase of 20.0%.\n\n"
            "Imports of goods reached $50.0 billion, leaving a trade deficit of ${bal} billion.\n")
    assert claim(text.format(bal="20.0"), "$50.0 billion")["period"] == "2024-03"
    assert errors(text.format(bal="20.0")) == []
    assert errors(text.format(bal="25.0")) != []


def test_a_month_of_a_yearly_text_does_not_carry_without_a_monthly_comparison():
    text = ("In 2024, the country's exports reached $300 billion.\n\n"
            "In December 2024, exports came to $30.0 billion.\n\n"
            "Imports of goods reached $500 billion.\n")
    assert claim(text, "$500 billion")["period"] == "2024"
