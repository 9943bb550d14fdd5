"""Multiples, percentage changes and shares: the factor is new/old (or the fraction), the
bound applies to the factor, and the span is the number expression alone."""
import pytest

from tradecheck import extract_claims


def relations(sentence, **kw):
    df = extract_claims(sentence, **kw)
    return df[df["kind"] != "amount"].to_dict("records")


@pytest.mark.parametrize("sentence, text, kind, factor, bound", [
    ("Belarusian exports to Iran increased sixfold in 2022.", "sixfold", "multiple", 6.0, "eq"),
    ("Exports to Iran rose 6-fold in 2022.", "6-fold", "multiple", 6.0, "eq"),
    ("Trade in 2022 was more than three times higher than in 2021.", "three times higher", "multiple", 3.0, "gt"),
    ("Trade with China tripled in 2023.", "tripled", "multiple", 3.0, "eq"),
    ("Exports to China doubled in 2023.", "doubled", "multiple", 2.0, "eq"),
    ("Exports to China more than doubled in 2023.", "doubled", "multiple", 2.0, "gt"),
    ("Gold imports nearly halved in March 2024.", "halved", "multiple", 0.5, "approx"),
    ("Trade with China grew 2.5 times in 2023.", "2.5 times", "multiple", 2.5, "eq"),
    ("Serbia's trade with China rose 35% in 2023.", "35%", "percent_change", 1.35, "eq"),
    ("Exports to Mexico rose by 35 per cent in 2023.", "35 per cent", "percent_change", 1.35, "eq"),
    ("Imports from China posted a 7% decline in 2023.", "7%", "percent_change", 0.93, "eq"),
    ("Exports to India fell by a fifth in 2023.", "a fifth", "percent_change", 0.8, "eq"),
    ("Exports to China grew by half in 2023.", "half", "percent_change", 1.5, "eq"),
    ("Imports from Afghanistan fell by more than two-thirds in 2023.", "two-thirds", "percent_change", 1 / 3, "lt"),
    ("Kazakhstan's trade with China increased 12.4 percent year-on-year in 2023.", "12.4 percent", "percent_change", 1.124, "eq"),
    ("Potash accounted for 40% of Belarusian exports to Iran in 2022.", "40%", "share", 0.4, "eq"),
    ("China took about a quarter of Indonesia's exports in 2023.", "a quarter", "share", 0.25, "approx"),
])
def test_relation_kind_factor_and_bound(sentence, text, kind, factor, bound):
    got = [r for r in relations(sentence) if r["text"] == text]
    assert got, relations(sentence)
    assert got[0]["kind"] == kind
    assert got[0]["factor"] == pytest.approx(factor, rel=1e-6)
    assert got[0]["bound"] == bound


@pytest.mark.parametrize("sentence", [
    "Inflation reached 33.2 per cent in March.",
    "The tariff on steel is 25%.",
    "The delegation met three times in 2023.",
])
def test_percentages_that_are_not_trade_relations_are_left_out(sentence):
    assert relations(sentence) == []


def test_base_period_from_the_comparison():
    r = relations("In 2022, trade was more than three times higher than in 2021.")[0]
    assert (r["period"], r["base_period"]) == ("2022", "2021")


def test_base_period_defaults_to_a_year_earlier():
    r = relations("Serbia's trade with China rose 35% in 2023.")[0]
    assert r["base_period"] == "2022"


def test_the_second_of_a_pair_of_changes_takes_the_first_ones_direction():
    text = "Merchandise exports and imports fell 0.67% and 5.98% respectively in March 2024."
    got = {r["text"]: r for r in relations(text)}
    assert got["0.67%"]["factor"] == pytest.approx(0.9933)
    assert got["5.98%"]["factor"] == pytest.approx(0.9402)


def test_volume_changes_are_not_value_changes():
    assert relations("Kenya's tea volumes rose 10 per cent to 590 million kilogrammes in 2023.") == []
