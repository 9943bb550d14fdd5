"""A ratio a figure moved to ("rose to 41% of total exports", "fell to about 52% of
capacity") is a level, not a change by that much (round 44). How each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-03-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_a_share_a_flow_rose_to_is_a_share():
    """"Sales to Japan rose to 41% of total exports": Japan's share, not a 41% rise."""
    r = read("Peru's exports grew 6% to $8.4 billion in 2023. Sales to Japan rose to 41% of total exports.")
    assert r["claims"]["41%"]["kind"] == "share"
    assert r["claims"]["6%"]["kind"] == "percent_change"


def test_a_ratio_to_something_else_is_no_claim():
    """"Refinery runs fell to about 52% of capacity": a utilisation rate, neither a change nor a share of trade."""
    r = read("Crude imports by Korea reached $6.1 billion in May, up 4% from $5.87 billion in April. "
             "Refinery runs fell to about 52% of capacity in May.", published="2024-06-15")
    assert "52%" not in r["claims"]
    assert not r["errors"]


def test_the_change_beside_it_is_still_checked():
    """The imports' own change, altered, is still flagged beside the utilisation rate."""
    r = read("Crude imports by Korea reached $6.1 billion in May, up 14% from $5.87 billion in April. "
             "Refinery runs fell to about 52% of capacity in May.", published="2024-06-15")
    assert r["errors"]


def test_a_change_to_a_level_in_money_is_still_a_change():
    """"fell 12% to $3.1 billion": the "to" names the new level in money; the percentage is the change."""
    r = read("Exports of coffee fell 12% to $3.1 billion in 2023 from $3.52 billion.")
    assert r["claims"]["12%"]["kind"] == "percent_change"
    assert not r["errors"]
