"""Shares and changes of gas volumes (round 50, second wave): a change opening on a flow's noun
and a verb ("Exports grew by 25% from ...") whose new level is the one the sentence before gave
with that noun's verb; and a flow's share "of demand" against the use's level stated beside it."""
from tradecheck import verify_text


def errors(text: str, published: str = "2024-06-30") -> list[str]:
    result = verify_text(text, published=published, reference="none").to_dict()
    return [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]


def test_a_change_opening_on_the_flow_noun_takes_the_level_before():
    text = ("The operator exported 30.0 billion cubic metres of gas to its neighbour last year. "
            "Exports grew by {pct}% from 24.0 bcm a year earlier, it said.")
    assert errors(text.format(pct="25")) == []
    assert errors(text.format(pct="35"))


def test_a_flow_noun_of_another_verb_takes_no_level_before():
    # (the sentence before says what was produced, not what was exported: no tie)
    text = ("The field produced 30.0 billion cubic metres of gas last year. "
            "Exports grew by 60% from 24.0 bcm a year earlier, it said.")
    assert errors(text) == []


def test_a_share_of_demand_is_checked_against_the_stated_consumption():
    text = ("The neighbour shipped 12.0 billion cubic metres of gas to the country in 2023. "
            "With domestic consumption at 40.0 billion cubic metres, its supplies met about {pct}% of demand.")
    assert errors(text.format(pct="30")) == []
    assert errors(text.format(pct="45"))


def test_a_share_of_demand_with_two_levels_before_is_left_alone():
    text = ("The neighbour shipped 12.0 billion cubic metres of gas in 2023 and stored 5.0 billion cubic metres. "
            "With domestic consumption at 40.0 billion cubic metres, its supplies met about 60% of demand.")
    assert errors(text) == []
