"""Product words read only in their case (round 50, lead's review): "IT exports" are computer
services (vocab/cased_commodities.csv), while the pronoun "it" before the same words is no
product."""
from tradecheck import verify_text


def _claims(text: str) -> list[dict]:
    return verify_text(text, published="2024-03-01", reference="none").to_dict()["claims"]


def test_it_exports_are_computer_services():
    claims = _claims("The country's IT exports rose 6% to $2.4 billion in 2023.")
    assert {c["commodity"] for c in claims} == {"computer services"}


def test_the_pronoun_it_is_no_product():
    claims = _claims("The ministry said it exports more wheat now: exports rose 6% to $2.4 billion in 2023.")
    assert all(c["commodity"] != "computer services" for c in claims)


def test_a_monthly_it_average_beside_all_services_exports_is_no_false_error():
    text = ("The country's IT industry exported services worth $6.7 billion in 2023, down 8.7% from "
            "$7.34 billion in 2022. Total services exports were $16.3 billion last year. Monthly IT "
            "exports averaged around $560 million in 2023, compared with more than $610 million a month in 2022.")
    findings = verify_text(text, published="2024-03-01", reference="none").to_dict()["findings"]
    assert [f for f in findings if f["status"] == "inconsistent"] == []
