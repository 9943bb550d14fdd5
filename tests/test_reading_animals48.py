"""Counts of live animals (round 48, lead's review): a number of "breeding pigs" or "cattle" is
a count in head, the same unit as "N head", so a share of the year's count is checked against
that count, not against the earlier level of its change."""
from tradecheck import verify_text


def _inconsistent(text: str) -> list[dict]:
    findings = verify_text(text, published="2020-03-01", reference="none").to_dict()["findings"]
    return [f for f in findings if f["status"] == "inconsistent"]


LEAD = "Vietnam imported 8,000 breeding pigs in 2019, up 60% from 5,000 head in 2018. "


def test_a_supplier_share_of_a_count_of_animals_takes_this_year_count():
    # 3,000 of 8,000 is 37.5%: right; against last year's 5,000 it would be 60%
    assert _inconsistent(LEAD + "Canada was the largest supplier with 3,000 head, or 37.5% of the total.") == []


def test_a_wrong_supplier_share_is_still_found():
    found = _inconsistent(LEAD + "Canada was the largest supplier with 3,000 head, or 47.5% of the total.")
    assert found, "3,000 of 8,000 head is 37.5%, not 47.5%"


def test_a_change_between_animals_and_head_is_checked():
    # (9,120 against 5,060 head is +80%: not 50%)
    assert _inconsistent("Exports reached 9,120 live cattle in 2023, up 50% from 5,060 head in 2022.")
