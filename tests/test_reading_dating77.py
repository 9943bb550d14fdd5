"""Dating (round 77). A title that joins a month to its whole year ("December 2024 and annual
2024") makes the text one on the year, the month's paragraph a digression. A period after a
level set against the one before it ("a deficit of $2.1 billion, after posting a surplus of
$5.3 billion in 2022") dates that later level only. The months the text is on, named a year
back ("In March last year, Chile had a surplus of ..."), are a look back, not where the text
goes on. A place named as a flow's partner in a clause of cause after the lead's figure
("as shipments to China slumped") is no pair of the text. A relative clause opened by a
preposition ("Brazil, with which Chile's agreement came into force in January 2022, was third
at") dates nothing outside it, nor hides the place ranked."""
from readings import claim, errors


def test_a_month_joined_to_its_whole_year_in_the_title_leaves_the_text_on_the_year():
    text = ("Chile Exports Bulletin\n"
            "Issue 24-12: December 2024 and annual 2024\n\n"
            "Chile's exports of goods totalled $100.2 billion in 2024, 3.1% more than in 2023.\n\n"
            "In December, exports were $8.40 billion, down 2.0% from November ($8.57 billion).\n\n"
            "Exports to China grew 6.0% to $40.5 billion, and Japan took $7.6 billion.")
    assert claim(text, "$40.5 billion", published="2025-02-10")["period"] == "2024"
    assert claim(text, "6.0%", published="2025-02-10")["base_period"] == "2023"
    assert errors(text, published="2025-02-10") == []


def test_a_period_after_a_level_set_after_another_dates_that_level_only():
    text = ("Chile's exports rose 5.0% to $105.0 billion in 2023 from $100.0 billion in 2022, while imports "
            "rose 11.8% to $107.1 billion from $95.8 billion. As a result Chile recorded a trade deficit of "
            "$2.1 billion, after posting a surplus of $4.2 billion in 2022.")
    assert claim(text, "$2.1 billion", published="2024-02-10")["period"] == "2023"
    assert errors(text, published="2024-02-10") == []


def test_the_same_month_last_year_is_a_look_back():
    # (the headline's "in seven months" is read as a period of seven months, so the month of
    # the lead is no part of a main period the text would come back to by itself)
    text = ("Chile swings to first trade deficit in seven months\n\n"
            "By Ana Rojas\nStaff writer\n\n"
            "Chile posted a trade deficit of $0.4 billion in August, the first shortfall in seven months, "
            "the ministry said.\n\n"
            "Exports rose 2.0% from a year earlier to $8.1 billion, while imports rose 10.0% to $8.5 billion. "
            "In August last year, Chile had a surplus of $0.2 billion.\n\n"
            "Exports to China fell 5.0% to $3.9 billion.")
    assert claim(text, "$3.9 billion", published="2024-09-25")["period"] == "2024-08"
    assert claim(text, "$0.2 billion", published="2024-09-25")["period"] == "2023-08"


def test_a_flows_partner_in_a_clause_of_cause_is_no_pair_of_the_text():
    text = ("Chile posted a trade deficit of $0.4 billion in March, the first in a year, as copper prices fell "
            "and shipments to China slumped, the ministry said.\n\n"
            "Exports fell 2.0% to $8.1 billion, while imports rose 10.0% to $8.5 billion.")
    assert claim(text, "$8.1 billion", published="2024-04-20")["partner"] == "WLD"
    assert claim(text, "$0.4 billion", published="2024-04-20")["partner"] == "WLD"


def test_a_relative_clause_after_a_preposition_dates_nothing_outside_it():
    text = ("China remained Chile's largest trading partner in 2023, with two-way trade of $60.1 billion.\n\n"
            "The United States was second, with two-way commerce of $30.2 billion, and Chile's trade deficit "
            "with it widened to $3.0 billion.\n\n"
            "Brazil, with which Chile's Free Trade Agreement (FTA) came into force in January 2022, was third at "
            "$12.4 billion. Exports to Brazil stood at $4.1 billion and imports at $8.3 billion.")
    assert claim(text, "$12.4 billion", published="2024-02-10")["period"] == "2023"
    assert claim(text, "$12.4 billion", published="2024-02-10")["measure"] == "trade_total"
    assert errors(text, published="2024-02-10") == []

