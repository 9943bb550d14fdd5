"""Energy quantities (round 69): a flow verb's level said to be net after it ("on a net
basis") is a net level, checked against the gross flows of the next sentence; a list of
parts opened "By country," with each source after "from" adds up to at most its whole; a
hedged percent closing a part's clause with the whole's name ("about 60 percent of output")
is its share; "MU" glued to a number is million units, the same unit as "million units"."""
from readings import errors


def test_a_flow_said_to_be_net_after_its_level_is_the_gap_of_the_gross_flows():
    text = ("Norway shipped more power abroad last year. It exported a record 30.0 TWh of "
            "electricity on a net basis in 2023, helped by full reservoirs. Gross exports came "
            "to 38.5 TWh while imports dropped to {imp} TWh.\n")
    assert errors(text.format(imp="8.5")) == []
    assert errors(text.format(imp="4.5")) != []


def test_parts_by_country_after_from_cannot_exceed_their_whole():
    text = ("Moldova imported 3.0 billion kWh of electricity in 2023, up from 1.1 billion kWh "
            "in 2022.\n\nBy country, imports from Romania came to {ro} billion kWh, from "
            "Ukraine 0.8 billion kWh and from Bulgaria 0.2 billion kWh.\n")
    assert errors(text.format(ro="2.0")) == []
    assert errors(text.format(ro="2.9")) != []


def test_a_hedged_share_of_output_closing_a_parts_clause_is_checked():
    text = ("The smelters produced 4,000 thousand tonnes (kt) of metal in 2022. Of this, "
            "2,400 kt was exported, about {p} percent of output.\n")
    assert errors(text.format(p="60")) == []
    assert errors(text.format(p="45")) != []


def test_mu_glued_to_a_number_is_million_units():
    text = ("The dams generated 9,000 million units (MU) in 2023. Of this, 4,500MU was "
            "exported, about {p} percent of generation.\n")
    assert errors(text.format(p="50")) == []
    assert errors(text.format(p="35")) != []
