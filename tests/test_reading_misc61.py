"""Round 61 (misc): a share of money whose part and whole one sentence states ("$X, accounting
for P percent of the country's farm exports of $Y") is checked on those two figures even where
the claims get no period (an undated report of "last month"), so the constraint system never
relates them (check/money_shares.py)."""
from readings import errors


def test_an_undated_share_with_part_and_whole_in_one_sentence_is_checked():
    text = ("Copper shipments brought in US$2.40 billion last month, accounting for {p} percent of "
            "the nation's mining exports of US$8.00 billion, the statistics office said.\n")
    assert errors(text.format(p="30.0")) == []
    assert errors(text.format(p="36.0")) != []


def test_a_share_in_another_currency_than_its_whole_is_left_alone():
    text = ("Cocoa earned EUR 2.0 billion, or 50 percent of the farm exports of US$2.4 billion.\n")
    assert errors(text) == []


def test_a_share_in_different_scales_reads_both_figures():
    text = ("Fish exports were $450 million in the quarter, representing {p}% of total food exports of $1.5bn.\n")
    assert errors(text.format(p="30")) == []
    assert errors(text.format(p="40")) != []
