"""Pharmaceutical trade (round 70): a table column headed by a flow with a partner ("Imports
from China") is of that partner, its header read over all its stacked lines; "Its share" after
a sentence about a buying place is that place's share of the reporter's flow; a figure in a
relative clause after "share of total exports" is the whole's, a change when a change verb
says so; a list heading that says in brackets which product its flow-labelled bullets are of
sets their product."""
from readings import claim, errors

PARTNER_COLUMN = (
    "Kenya imported machinery worth US$ 4,365.2 million in 2022, of which US$ {part} million "
    "came from China.\n\n"
    "Year        Total imports     Imports from China\n"
    "            (US$ million)     (US$ million)\n"
    "2020        4,390.8           3,021.4\n"
    "2021        4,520.3           3,189.7\n"
    "2022        4,365.2           3,145.6\n")


def test_a_column_headed_with_a_partner_is_of_that_partner():
    text = PARTNER_COLUMN.format(part="3,145.6")
    assert claim(text, "3,189.7")["partner"] == "CHN"
    assert claim(text, "4,520.3")["partner"] == "WLD"
    assert errors(text) == []
    assert errors(PARTNER_COLUMN.format(part="3,645.6")) != []


def test_its_share_after_a_buyer_is_the_buyers_share():
    text = ("Kenya's exports rose 20.0% to $10.0 billion in 2023 from $8.33 billion in 2022. The US, "
            "the largest market for Kenyan goods, bought $3.0 billion worth, up 20.0% from $2.5 "
            "billion. Its share in total exports rose to {share}% from 30.0% in 2022.")
    assert claim(text.format(share="30.0"), "30.0%")["partner"] == "USA"
    assert errors(text.format(share="30.0")) == []
    assert errors(text.format(share="35.0")) != []


def test_a_change_in_a_relative_clause_after_share_of_total_is_the_wholes():
    text = ("Exports of machinery from Switzerland rose 10.0% to CHF110.0 billion last year, up from "
            "CHF100.0 billion in 2020. Their share of total exports, which climbed {change}% to "
            "CHF250.0 billion from CHF200.0 billion, reached 44.0%.")
    change = claim(text.format(change="25.0"), "25.0%")
    assert (change["kind"], change["commodity"]) == ("percent_change", None)
    assert claim(text.format(change="25.0"), "CHF250.0 billion")["commodity"] is None
    assert errors(text.format(change="25.0")) == []
    assert errors(text.format(change="20.0")) != []


def test_a_bracketed_product_in_a_list_heading_sets_its_bullets_product():
    text = ("Austria's machinery trade in 2023\n\n"
            "Austria exported machinery worth EUR 50.0 billion in 2023, 5.0% more than in 2022 (EUR 47.6 billion). "
            "Machinery thus made up 10.0% of total exports of goods, which came to EUR 500.0 billion.\n\n"
            "Key figures at a glance (machinery, 2023):\n"
            "- Exports: EUR 50.0 bn (+{change}%)\n"
            "- Imports: EUR 30.0 bn (+3.0%)\n")
    assert claim(text.format(change="5.0"), "EUR 50.0 bn")["commodity"] == "machinery"
    assert errors(text.format(change="5.0")) == []
    assert errors(text.format(change="9.0")) != []
