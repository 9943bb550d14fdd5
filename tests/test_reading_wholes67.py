"""Money that is no whole of a trade flow (round 67): the value of a multi-year deal, money a
relative clause gives for an investment named in a list, spending by farmers at home; and a
list of kinds of services ending in "research and development services", a part of the
services flow, not a second figure for all of it."""
from readings import claim, errors


def test_a_multi_year_deal_value_is_no_flow():
    text = ("Country A's exports to Country B came to about $250 million in 2023. The figures "
            "leave out electricity, which A sells to B's grid under a $6 billion, 20-year "
            "contract signed in 2018.")
    assert claim(text, "$6 billion")["measure"] == "other"
    assert errors(text) == []


def test_investment_a_relative_clause_gives_the_figure_of_is_no_flow():
    text = ("Kenya's exports reached $7.2 billion in 2023. The exporters' council cited weak "
            "demand, a strong shilling and a fall in private equity investment in local "
            "firms, which dropped to about $1 billion from $2 billion in 2022.")
    assert claim(text, "$1 billion")["measure"] == "other"
    assert errors(text) == []


def test_spending_by_farmers_is_no_import_total():
    text = ("Ghana imported tractors and parts worth $420 million in 2023. Farmers spent an "
            "estimated $300 million on new equipment that year, according to survey data.")
    assert claim(text, "$300 million")["measure"] == "other"
    assert errors(text) == []


def test_research_and_development_services_in_a_list_are_a_part_of_services():
    text = ("Ireland's services exports rose to $80.0 billion in 2023. Computer, legal and "
            "research and development services reached ${part} billion, accounting for 60% "
            "of all services exports.")
    assert claim(text.format(part="48.0"), "$48.0 billion")["commodity"] != "services"
    assert errors(text.format(part="48.0")) == []
    assert errors(text.format(part="58.0")) != []
