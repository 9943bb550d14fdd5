"""Single-sentence tonnages (round 56): a sentence opening "This represents" and a hedged
change ("an increase of nearly 25 per cent over the 410,000 tonnes") points back to the one
level before it; a "which is" clause gives the level before it a change against the earlier
level of a "when" clause that may open on a noun of the flow ("when deliveries came to ...");
a level's passive verb may stand between it and its share ("were exported, almost 73% of
total sales")."""
from readings import errors


def test_this_represents_a_hedged_increase_over_an_earlier_level():
    text = ("The marketing board bought a record 512,000 tonnes of coffee in the 2022/23 season, "
            "its best year. This represents an increase of nearly {p} per cent over the 410,000 "
            "tonnes bought in the 2021/22 season.")
    assert errors(text.format(p="25")) == []
    assert errors(text.format(p="35"))


def test_a_which_clause_change_against_the_level_of_a_when_clause():
    text = ("Peru shipped 64.3 thousand tonnes of avocados in May, which is {p}% more than a year "
            "earlier, when deliveries came to 51.4 thousand tonnes.")
    assert errors(text.format(p="25.1")) == []
    assert errors(text.format(p="35.1"))


def test_a_when_clause_of_another_flow_gives_no_earlier_level():
    text = ("Peru exported 64.3 thousand tonnes of avocados in May, which is 35.1% more than a "
            "year earlier, when imports stood at 51.4 thousand tonnes.")
    assert errors(text) == []


def test_a_passive_verb_between_a_level_and_its_share_of_total_sales():
    text = ("Belgian mills sold 203,000 tonnes of flour in 2022.\n\n"
            "Of this, 148,000 tonnes were exported, almost {p}% of total sales, while 55,000 "
            "tonnes stayed at home.")
    assert errors(text.format(p="73")) == []
    assert errors(text.format(p="83"))
