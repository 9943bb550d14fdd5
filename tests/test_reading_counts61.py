"""Seizure and revenue statistics (round 61): a level of money of no trade flow dated by a
fiscal year right after it ("$5.2 billion in 2021-22") is of that whole fiscal year, not of
its first calendar year read as a goal's year, so the change between two such stated levels
is checked against them."""
from readings import claim, errors

TEXT = ("The state's gambling tax receipts dropped to $4.0 billion in 2021-22 from $5.0 billion "
        "in 2020-21, a fall of {change} per cent.")


def test_a_level_dated_by_a_fiscal_year_after_it_is_of_the_whole_fiscal_year():
    level = claim(TEXT.format(change="20"), "$4.0 billion")
    assert level["period"] != "2021"
    assert level["period"] == claim(TEXT.format(change="20"), "20 per cent")["period"]


def test_the_change_between_two_fiscal_year_levels_is_checked():
    assert errors(TEXT.format(change="20")) == []
    assert errors(TEXT.format(change="35")) != []


def test_a_goal_year_after_a_level_still_dates_it():
    text = "The agency aims to raise its fee income to $3 billion by 2030."
    assert claim(text, "$3 billion")["period"] == "2030"


def test_a_goal_by_a_fiscal_year_stays_a_goal():
    text = ("The state's gambling tax receipts are forecast at $4.0 billion in 2023-24. Receipts "
            "are forecast to recover to $6.0 billion by 2028-29.")
    assert claim(text, "$6.0 billion")["period"] != claim(text, "$4.0 billion")["period"]
