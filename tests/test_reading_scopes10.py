"""Sentences of kinds met in a tenth round of passages (South Asian releases, English-speaking
statistics offices): how each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-05-02") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


ABS = ("Australia's exports of goods and services decreased A$1,117m ({pct}) to A$41,784m in March 2024.")


def test_a_percent_in_brackets_after_a_compact_amount_is_its_change():
    r = read(ABS.format(pct="2.6%"))
    assert r["claims"]["2.6%"]["kind"] == "percent_change"
    assert r["claims"]["2.6%"]["measure"] == "exports"
    assert r["errors"] == []


def test_a_wrong_percent_in_brackets_after_a_compact_amount_is_found():
    assert read(ABS.format(pct="3.6%"))["errors"]
