"""Shares and flows in texts on trade against GDP (round 52): a share restating a part "of
that", given after a clause on where the part went, is of that figure; "of total exports"
where the text states the total only as goods and services is that total; and a flow set
"against GDP" keeps its own flow word."""
from tradecheck import verify_text


def reading(text: str, published: str = "2024-06-30") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str) -> list[str]:
    return [f["message"] for f in reading(text)["findings"] if f["status"] == "inconsistent"]


def test_a_share_after_a_part_of_that_is_of_that_figure():
    text = ("Norway's merchandise exports came to $200-billion in 2023, and $150-billion of that "
            "went to the European Union, a share of {pct} per cent.")
    assert errors(text.format(pct="75.0")) == []
    found = errors(text.format(pct="65.0"))
    assert found and "$200bn" in found[0]


def test_of_total_exports_is_the_goods_and_services_total_when_only_that_is_given():
    text = ("Chile's exports of goods and services reached $100 billion in 2023, about a third of GDP. "
            "Copper was the largest earner at $40 billion, or {pct} per cent of total exports.")
    assert errors(text.format(pct="40.0")) == []
    found = errors(text.format(pct="50.0"))
    assert found and "$100bn" in found[0]


def test_a_goods_total_stays_the_whole_where_the_text_gives_one():
    # ("of total exports" beside a goods-only total: which whole is meant is not the wider one)
    text = ("Chile's exports of goods and services reached $100 billion in 2023, and goods exports "
            "alone $80 billion. Copper was the largest earner at $40 billion, or 50.0 per cent of total exports.")
    assert not any("$100bn" in e for e in errors(text))


def test_a_flow_set_against_gdp_keeps_its_own_flow_word():
    text = "Peru's exports reached 300 billion soles against GDP of 1,000 billion soles in 2023."
    claims = {c["text"]: c for c in reading(text)["claims"]}
    assert claims["300 billion soles"]["measure"] == "exports"
    assert claims["1,000 billion soles"]["measure"] == "other"
