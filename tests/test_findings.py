"""Findings as an editor reads them: every check that ran is reported, passing or not."""
from tradecheck import verify_text

DRAFT = ("Uzbekistan's trade with Turkey rose 31% in 2023 to $3.4bn, up from $3.0bn in 2022. Uzbek exports to "
         "Turkey reached $1.3bn, while imports from Turkey came to $2.1bn, leaving Tashkent with a deficit of $1.8bn.")


def findings(text):
    return verify_text(text, reference="none").to_dict()["findings"]


def test_a_passing_check_stays_when_another_on_the_same_figures_fails():
    # the balance fails on exports and imports; the total on the same two figures holds
    by_check = {(f["check"], f["status"]): f for f in findings(DRAFT)}
    assert "balance is stated as -$1.8bn" in by_check["sum", "inconsistent"]["message"]
    total = by_check["sum", "consistent"]
    assert "exports $1.3bn + imports $2.1bn = $3.4bn" in total["message"]


def test_a_relation_whose_own_figures_disagree_is_not_reported_as_passing():
    text = ("In 2023 Uzbek exports to Turkey were $1.3bn and imports from Turkey $2.1bn; trade between Uzbekistan "
            "and Turkey reached $4.4bn, leaving a deficit of $1.8bn.")
    assert not [f for f in findings(text) if f["check"] == "sum" and f["status"] == "consistent"
                and "$4.4bn" in f["message"]]
