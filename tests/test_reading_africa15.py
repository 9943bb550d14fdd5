"""Sentences of kinds met in round 15's passages in the styles of African statistics offices
and press: how each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-07-22") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_a_product_ranked_the_leading_export_sector_is_that_product():
    r = read("Egypt's non-oil exports rose by 10.2 per cent to $35.6 billion in 2023. "
             "Building materials were the leading export sector, at $10.9 billion, ahead of chemicals.")
    assert r["claims"]["$10.9 billion"]["commodity"] == "building materials"
    assert r["errors"] == []


def test_a_product_ranked_the_leading_export_with_a_comma_before_at():
    r = read("Kenya's exports rose to $7.5 billion in 2023. Tea was the leading export, at $1.3 billion.")
    assert r["claims"]["$1.3 billion"]["commodity"] == "tea"
    assert r["errors"] == []
