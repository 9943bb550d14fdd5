"""Counts of vehicles and other units: a kind of vehicle written between a number and its
unit ("light vehicles"), an earlier level dated "a year ago" (no rate), a share "of all
vehicles made", and a change that "That is ..." ties to the level of the sentence before,
its earlier level in a "when" clause."""
from tradecheck import verify_text


def _findings(text, published="2024-03-01"):
    return verify_text(text, published=published, reference="none").to_dict()["findings"]


def _inconsistent(text):
    return [f for f in _findings(text) if f.get("status") == "inconsistent"]


KIND = ("Brazil exported 412,600 passenger cars in 2023, 5.1% more than the 392,500 units sold abroad "
        "in 2022. Argentina took 183,900 cars, or {share}% of the total, ahead of Chile.")


def test_a_kind_of_vehicle_before_the_unit_leaves_a_level_that_is_the_whole():
    """"412,600 passenger cars" is a level in cars: the share of it is read as right."""
    assert not _inconsistent(KIND.format(share="44.6"))


def test_a_share_no_level_of_cars_gives_is_flagged():
    """A changed share is flagged against the level with the kind of car before its unit."""
    found = _inconsistent(KIND.format(share="41.6"))
    assert len(found) == 1 and "412,600" in found[0]["message"]


YEAR_AGO = "Truck exports rose 12.5 per cent to {new} units from 64,000 units a year ago, the association said."


def test_an_earlier_level_a_year_ago_is_no_rate():
    """"64,000 units a year ago" is the earlier level of the change, not 64,000 a year."""
    assert not _inconsistent(YEAR_AGO.format(new="72,000"))
    assert [f["check"] for f in _inconsistent(YEAR_AGO.format(new="75,000"))] == ["percent_change"]


MADE = ("Spain built 1,210,400 cars in the first half. Of those, {n} cars were shipped abroad, "
        "or 84.3% of all vehicles made.")


def test_a_share_of_all_vehicles_made_is_of_the_output_before():
    """"or 84.3% of all vehicles made" is a share of the output stated before it."""
    assert not _inconsistent(MADE.format(n="1,020,400"))
    assert [f["check"] for f in _inconsistent(MADE.format(n="960,400"))] == ["ratio"]


THAT = ("Korean makers exported 1.48 million passenger cars from January to June. That is 6% more than "
        "in the first half of last year, when {old} million vehicles were shipped abroad.")


def test_that_ties_a_change_to_the_level_before_and_the_when_clause_to_its_base():
    """"That is 6% more than ..., when 1.40 million vehicles were shipped" compares 1.48 with 1.40."""
    assert not _inconsistent(THAT.format(old="1.40"))
    found = _inconsistent(THAT.format(old="1.30"))
    assert [f["check"] for f in found] == ["percent_change"] and "1.30 million vehicles" in found[0]["message"]
