"""Counted doses and forecast tonnages (round 62): a listed level whose unit is left to the
item before may carry its share in brackets; a sentence opening on its whole ("Of the ...,")
or on a tie ("Of these,") lists parts in that whole's unit even where each part leaves the
unit unsaid; a level written in two scales ("(640 lakh)") is still one level; and a change
pointing back to a revised forecast ("to A, from B") is of the level it was moved to. A bare
figure of a plant's capacity is no money (vocab/counted_subjects.csv)."""
from readings import errors


def test_a_listed_level_with_its_share_in_brackets_is_a_part():
    text = ("The programme shipped about 52 million doses abroad. Egypt was the largest buyer with 20.8 million doses, "
            "or 40% of the total, followed by Peru with 12.4 million ({share}%) and Chile with 6.1 million (12%).")
    assert errors(text.format(share="24")) == []
    assert any("12.4 million doses / 52 million doses" in e for e in errors(text.format(share="34")))


def test_parts_after_an_opening_whole_take_its_unit():
    text = "Of the 8.4 million tonnes exported last season, 5.1 million went by sea and {rail} million by rail."
    assert errors(text.format(rail="3.3")) == []
    assert any("exceed the whole 8.4 million tonnes" in e for e in errors(text.format(rail="4.3")))


def test_parts_after_an_opening_tie_take_the_first_parts_unit():
    text = ("The agency delivered 42.0 million (420 lakh) doses to 60 countries. Of these, 12.5 million doses were "
            "donated, 9.5 million were sold at cost and {rest} million were sold commercially.")
    assert errors(text.format(rest="20.0")) == []
    assert any("exceed the whole 42.0 million" in e for e in errors(text.format(rest="26.0")))


def test_a_change_after_a_revised_forecast_is_of_the_new_figure():
    text = ("The ministry lifted its forecast for maize exports to 44 million tonnes, from 41 million tonnes in May. "
            "That would be up {p}% from the 35.2 million tonnes shipped last year.")
    assert errors(text.format(p="25")) == []
    assert any("stated as \"40%\"" in e for e in errors(text.format(p="40")))


def test_an_opening_whole_in_money_lends_no_unit():
    assert errors("Of the 8.4 million tonnes exported, $5.1 million went to one buyer and $4.3 million to another.") == []


def test_a_bare_figure_of_capacity_is_no_money():
    from readings import reading
    text = "The plant seeks a loan of Rs 500 crore to lift its capacity to 40 million a month."
    assert [c["text"] for c in reading(text)["claims"]] == ["Rs 500 crore"]
