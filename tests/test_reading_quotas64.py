"""Tariff-rate quotas in tonnes (round 64): a fill is the take over the quota, whether the
quota is sized as a compound word in the fill's sentence ("of the 40,000-tonne quota") or
named without its volume after a sentence that gave it ("72% of the yearly cap")."""
from readings import errors


def test_a_fill_verb_and_percent_before_a_sized_quota():
    text = "Exports of lamb came to 6,400 tonnes in 2022, filling {p}% of the 40,000-tonne tariff-free quota."
    assert errors(text.format(p="16")) == []
    assert errors(text.format(p="26")) != []


def test_a_take_of_a_sized_quota_with_its_fill_rate_after():
    text = ("Importers used 4,500 tonnes of the 12,000-tonne butter quota last year, a fill rate of "
            "about {p} per cent, officials said.")
    assert errors(text.format(p="38")) == []
    assert errors(text.format(p="48")) != []


def test_a_percent_of_a_quota_named_before():
    text = ("Rice imports beyond 150,000 tonnes pay the full tariff under the quota regime. "
            "By June, arrivals had reached 108,000 tonnes, {p}% of the yearly cap.")
    assert errors(text.format(p="72")) == []
    assert errors(text.format(p="62")) != []


def test_a_quota_raised_from_one_level_to_another_is_the_later_level():
    text = ("The government raised the minimum access volume for poultry from 20,000 MT to 90,000 MT. "
            "Poultry imports overall reached 300,000 MT. "
            "In-quota arrivals totalled 45,000 MT, using {p} percent of the enlarged MAV.")
    assert errors(text.format(p="50")) == []
    assert errors(text.format(p="60")) != []


def test_a_sentence_with_two_quota_volumes_is_left_alone():
    text = ("The quota is 10,000 tonnes for beef and 5,000 tonnes for pork. "
            "Shipments reached 4,000 tonnes, 70% of the cap.")
    assert errors(text) == []
