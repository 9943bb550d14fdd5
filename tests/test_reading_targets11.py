"""Sentences of kinds met in an eleventh round of passages (bilateral-relations pieces in
translation, newsletters, East Asian releases): targets, multiples, periods and tariff rates."""
from tradecheck import verify_text


def read(text: str, published: str = "2023-01-12") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


PAIR = ("Two-way trade between Vietnam and Laos reached 1.63 billion USD in 2022, up 14.1% "
        "year-on-year. ")


def test_a_raise_verb_in_its_ing_form_after_a_commitment_is_a_goal():
    r = read(PAIR + "The two ministers said the countries are committed to lifting two-way trade "
             "to 5 billion USD in the coming years.")
    assert r["claims"]["5 billion USD"]["measure"] == "other"
    assert r["errors"] == []


def test_a_raise_verb_after_a_modal_is_a_goal():
    r = read(PAIR + '"We hope the new agreement can lift trade to 3 billion USD," the minister said.')
    assert r["claims"]["3 billion USD"]["measure"] == "other"
    assert r["errors"] == []


def test_a_raise_verb_in_its_ing_form_after_a_change_is_what_happened():
    r = read("Vietnam's exports to Laos rose 10% in 2022, lifting two-way trade to 1.63 billion USD.")
    assert r["claims"]["1.63 billion USD"]["measure"] == "trade_total"
