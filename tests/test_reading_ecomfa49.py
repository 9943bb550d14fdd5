"""Online-trade readings (round 49): "imports and exports rose X% in YEAR to N" is the trade
total (one level after the two flows); a share right after a count of items is a share of the
count, not of the money after it, and "up X% in number" is a change in the count; an
e-commerce market's size or turnover is no trade flow."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-02-15") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_imports_and_exports_with_one_level_after_a_dated_change_are_the_total():
    """"imports and exports grew 8.0% in 2023 to N": the sum, not each flow."""
    text = ("Ruritania's online imports and exports grew 8.0% in 2023 to 540 billion yuan, officials said. "
            "Exports rose 12.0% to 420 billion yuan from 375 billion yuan, while imports fell 4.0% "
            "to 120 billion yuan from 125 billion yuan.")
    r = read(text, published="2024-01-20")
    assert r["claims"]["8.0%"]["measure"] == "trade_total"
    assert r["claims"]["540 billion yuan"]["measure"] == "trade_total"
    assert r["errors"] == []


def test_a_share_right_after_a_count_of_items_is_of_the_count():
    """"N items, or P percent of the total, worth $X": P is of the items, not of the money."""
    text = ("Imports bought from foreign web shops totaled 200 million items worth $8.00 billion in 2023. "
            "Goods from Freedonia came to 120 million items, or {share} percent of the total, "
            "worth $3.00 billion.")
    # (60% of the items; the money share, $3.00bn of $8.00bn, is 37.5%: no clash)
    r = read(text.format(share="60.0"), published="2024-02-10")
    assert r["claims"].get("60.0 percent", {}).get("measure", "other") == "other"
    assert r["errors"] == []


def test_a_change_in_number_is_of_the_count():
    """"up 20 percent in number and 10 percent in value": the first is no change in money."""
    text = ("Direct purchases from abroad totaled 120 million items worth $5.50 billion in 2023, up "
            "20.0 percent in number and 10.0 percent in value from 100 million items and $5.00 billion in 2022.")
    r = read(text, published="2024-02-10")
    assert r["errors"] == []


def test_an_ecommerce_market_is_no_trade_flow():
    """"the e-commerce market grew 5% to N": a market's sales at home, no export or import."""
    text = ("Ruritania's sellers shipped goods worth 2 trillion yen to foreign shoppers in 2023. "
            "The country's e-commerce market grew 5.0% to 20 trillion yen, and sales of goods "
            "accounted for 12 trillion yen of the total.")
    r = read(text, published="2024-09-10")
    assert r["claims"]["20 trillion yen"]["measure"] == "other"
    assert r["errors"] == []


def test_ecommerce_turnover_is_no_trade_flow():
    """"e-commerce turnover reached EUR N": a market's sales, so its regional shares are too."""
    text = ("Ruritanian e-commerce turnover reached EUR 100 billion in 2023, up 5% from EUR 95 billion.\n\n"
            "Share of e-commerce turnover, 2023:\n\n"
            "- North: 60% (EUR 60 billion)\n"
            "- South: 25% (EUR 25 billion)\n"
            "- East: 15%\n")
    r = read(text, published="2024-06-10")
    assert r["claims"]["EUR 100 billion"]["measure"] == "other"
    assert r["errors"] == []
