"""Ships as a product (round 49, lead's review): "ship exports" in a headline are the ships'
flow, so its change is no change of the country's total exports named later; and a whole named
with where it went ("overall shipments abroad, which fell") keeps no product of the clause
before it."""
from tradecheck import verify_text


def _read(text: str):
    return verify_text(text, published="2024-01-10", reference="none").to_dict()


def test_a_headline_change_of_ship_exports_is_no_change_of_all_exports():
    text = ("Country X's ship exports jump 12.0 pct in 2023\n\n"
            "Outbound shipments of vessels reached $11.2 billion in 2023, up 12.0 percent from $10.0 "
            "billion a year earlier. Ships accounted for 2.0 percent of the country's total exports "
            "of $560.0 billion, which fell 5.0 percent on-year.")
    found = _read(text)
    assert [f for f in found["findings"] if f["status"] == "inconsistent"] == []
    first = next(c for c in found["claims"] if c["text"] == "12.0 pct")
    assert first["commodity"] == "vessels"


def test_overall_shipments_abroad_keep_no_product_of_the_clause_before():
    text = ("The value of ship exports grew faster than the country's overall shipments abroad, "
            "which fell 4.0 per cent to $3.2 trillion in 2023.")
    claims = _read(text)["claims"]
    change = next(c for c in claims if c["text"] == "4.0 per cent")
    assert change["commodity"] is None
