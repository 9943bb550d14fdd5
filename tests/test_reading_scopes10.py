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


LANKA = ("Sri Lanka's merchandise exports in October 2024 recorded US$ 1,108.32 million. The estimated value of "
         "services exports was US$ 316.55 million in October 2024. Total exports of goods and services for the "
         "month were estimated at {total}.")


def test_an_estimate_written_to_many_digits_is_read_as_stated():
    r = read(LANKA.format(total="US$ 1,424.87 million"), "2024-11-18")
    assert r["claims"]["US$ 1,424.87 million"]["bound"] == "eq"
    assert r["errors"] == []
    assert read(LANKA.format(total="US$ 1,442.87 million"), "2024-11-18")["errors"]


def test_a_round_estimate_stays_a_rough_one():
    r = read(LANKA.format(total="US$ 1.4 billion"), "2024-11-18")
    assert r["claims"]["US$ 1.4 billion"]["bound"] == "approx"


INDIA = ("India's merchandise exports during April-March 2023-24 were USD 437.06 billion (Rs 36,18,857 crore) as "
         "against USD 451.07 billion (Rs 36,26,603 crore) during April-March 2022-23. Merchandise imports during "
         "2023-24 were USD 677.24 billion (Rs 56,07,547 crore). The merchandise trade deficit for 2023-24 was "
         "USD 240.18 billion ({deficit} crore).")


def test_each_periods_conversions_keep_to_that_periods_rate():
    r = read(INDIA.format(deficit="Rs 19,88,690"), "2024-04-15")
    assert r["errors"] == []


def test_a_conversion_off_its_periods_rate_is_found():
    r = read(INDIA.format(deficit="Rs 18,88,690"), "2024-04-15")
    assert any("converts at" in e for e in r["errors"])


def test_indian_grouping_with_decimals_is_read_whole():
    r = read("India's gems and jewellery exports for April-September 2024 stood at US$ 13,361.92 million "
             "(Rs 1,11,705.65 crore).", "2024-10-15")
    c = r["claims"]["Rs 1,11,705.65 crore"]
    assert abs(c["value"] - 1_117_056_500_000) < 1
