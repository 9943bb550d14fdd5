"""Volumes read in round 67: a trade gap "leaving a trade deficit of" set against the flow of
its sentence and the other flow given before; a net importer's position in a sentence with no
level of its own, the gap of the flows given before; "dozen" as a counting unit; and a change
"That is a fall of about 20%" of the two levels the sentence before compares."""
from readings import errors


def test_a_trade_deficit_left_by_imports_against_exports_given_before():
    text = ("Exports of cheese totalled 52,000 tonnes in January-June 2020, up 4% on a year earlier. "
            "Imports were steady at {imp} tonnes, leaving a trade deficit of 31,000 tonnes in the period.")
    assert errors(text.format(imp="83,000")) == []
    assert errors(text.format(imp="93,000")) != []


def test_a_net_importer_after_both_flows_counted_in_dozens():
    text = ("Duck egg imports totaled {imp} million dozen in April-June 2021. "
            "Exports over April-June 2021 were 2.5 million dozen. "
            "As a result, the country was a net importer of 4.5 million dozen in the quarter.")
    assert errors(text.format(imp="7.0")) == []
    assert errors(text.format(imp="8.0")) != []


def test_a_fall_pointing_back_at_two_compared_levels():
    text = ("The mill processed 8.4 million tonnes of cane in crop year 2021, compared with a record "
            "10.5 million tonnes in 2020. That is a fall of about {p}%.")
    assert errors(text.format(p="20")) == []
    assert errors(text.format(p="12")) != []


def test_a_markdown_table_whose_column_is_a_year_keeps_its_header():
    text = ("Top buyers, thousand tonnes:\n\n"
            "| Buyer    | 2019  |\n"
            "|----------|-------|\n"
            "| Egypt    | 60.5  |\n"
            "| Jordan   | {p}  |\n"
            "| Other    | 25.0  |\n"
            "| Total    | 106.0 |\n")
    assert errors(text.format(p="20.5")) == []
    assert errors(text.format(p="30.5")) != []
