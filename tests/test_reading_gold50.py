"""Gold and other bullion trade (round 50): the size of a revision after "by" is no level, a
change between two months checked against the two tonnages the next sentence gives, a
balance "in the <product> account", thousands grouped by a space before "-billion", an
epithet ("the precious metal") for the product named before, "non-monetary gold" as gold and
"inflows" as no part of a product's name."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-06-30") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str, published: str = "2024-06-30") -> list[str]:
    return [f["message"] for f in read(text, published)["findings"] if f["status"] == "inconsistent"]


def test_the_size_of_a_revision_after_by_is_no_earlier_level():
    text = ("The trade deficit widened by $2.0 billion to $12.0 billion in the first quarter of 2024.\n\n"
            "Revisions to earlier data have narrowed the deficit for the fourth quarter of 2023 by $0.5 billion.")
    assert errors(text) == []
    claim = next(c for c in read(text)["claims"] if c["text"] == "$0.5 billion")
    assert claim["measure"] == "other"


def test_a_change_between_two_months_is_checked_against_the_tonnages_after_it():
    text = ("Peru's silver exports rose {pct}% in March from February, customs data showed.\n\n"
            "Peru shipped 61.2 tonnes of silver last month, compared with 51 tonnes in February.")
    assert errors(text.format(pct="20"), "2024-04-15") == []
    assert errors(text.format(pct="30"), "2024-04-15")


def test_a_balance_in_a_products_account_is_that_products_balance():
    text = ("Oman's non-oil trade reached $400 billion in 2023.\n\n"
            "Imports of gold reached $50 billion in 2023, while exports of gold stood at $30 billion, "
            "leaving a deficit of ${gap} billion in the gold account.")
    assert errors(text.format(gap="20")) == []
    assert errors(text.format(gap="10"))


def test_thousands_grouped_by_a_space_before_a_hyphenated_scale_are_one_figure():
    text = ("Copper made up {pct}% of Chile's exports in 2023, as shipments of the metal reached "
            "CFA3 000-billion out of total exports of CFA4 000-billion.")
    amounts = [c for c in read(text.format(pct="75"))["claims"] if c["kind"] == "amount"]
    assert [c["value"] for c in amounts] == [3_000_000_000_000, 4_000_000_000_000]
    assert errors(text.format(pct="75")) == []
    assert errors(text.format(pct="65"))


def test_the_precious_metal_after_gold_is_gold():
    text = ("Gold made up {pct}% of Ghana's exports in 2023, as sales of the precious metal "
            "reached $3.0 billion out of total exports of $4.0 billion.")
    assert errors(text.format(pct="75")) == []
    assert errors(text.format(pct="85"))


def test_non_monetary_gold_and_its_inflows_are_gold():
    text = ("Canada's imports of non-monetary gold soared to $20.0 billion in January 2025.\n\n"
            "The gold inflows accounted for {pct}% of total goods imports of $200.0 billion in the month.")
    claims = read(text.format(pct="10"), "2025-03-01")["claims"]
    assert {c["commodity"] for c in claims if c["kind"] in ("amount", "share") and c["text"] != "$200.0 billion"} == {"gold"}
    assert errors(text.format(pct="10"), "2025-03-01") == []
    assert errors(text.format(pct="12"), "2025-03-01")
