"""Shares of product wholes (round 51, second wave): a partner's money set off by a bare aside
of "the total" (", 40% of the total", no "or") is of the product the text leads on, not all
goods; and a bare share restating a part given ", with" after a wider product's total is of
that product's total."""
from tradecheck import verify_text


def reading(text: str, published: str = "2024-06-30") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str) -> list[str]:
    return [f["message"] for f in reading(text)["findings"] if f["status"] == "inconsistent"]


def test_a_bare_aside_of_the_total_takes_the_lead_product():
    text = ("Kenya's tea exports rose to $1.50 billion in 2022 from $1.30 billion in 2021. "
            "Shipments to Pakistan climbed to $0.60 billion, {pct}% of the total.")
    claims = reading(text.format(pct="40"))["claims"]
    part = next(c for c in claims if c["text"] == "$0.60 billion")
    assert part["commodity"] == "tea" and part["partner"] == "PAK"
    assert errors(text.format(pct="40")) == []
    assert errors(text.format(pct="30"))


def test_a_bare_share_after_a_with_part_is_of_the_wider_product():
    text = ("Vietnam's wood and furniture exports totalled $12.00 billion in the first half of 2022, "
            "with furniture making up $7.20 billion, or {pct} per cent, the ministry said.")
    assert errors(text.format(pct="60")) == []
    assert errors(text.format(pct="50"))


def test_a_share_naming_its_own_whole_keeps_it():
    # ("of all exports": the share's own words name the whole; no wider product is given it)
    text = ("Vietnam's wood and furniture exports totalled $12.00 billion in the first half of 2022, "
            "with furniture making up $7.20 billion, or 4 per cent of all exports, the ministry said.")
    share = next(c for c in reading(text)["claims"] if c["kind"] == "share")
    assert errors(text) == []
    assert share["factor"] == 0.04
