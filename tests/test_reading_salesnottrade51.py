"""Figures that are no trade flows, as a fifty-first round of passages wrote them: a product's
worldwide sales (the size of its market, home sales among them) and the bare "sales" a text on
them goes on to give, by quarter or by region. They read as measure "other", so nothing sets
them against trade figures, while the trade figures beside them are still checked."""
from tradecheck import verify_text


def result(text: str, published: str = "2024-03-01") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def measures(text: str) -> dict[str, str]:
    return {c["text"]: c["measure"] for c in result(text)["claims"]}


def errors(text: str) -> list[str]:
    return [f["message"] for f in result(text)["findings"] if f["status"] == "inconsistent"]


def test_a_products_worldwide_sales_are_no_exports():
    got = measures("World tablet sales climbed to $61 billion in 2023, a trade group said.")
    assert got["$61 billion"] == "other"


def test_bare_sales_after_a_products_worldwide_sales_are_the_same_markets():
    text = ("Global smartwatch sales rose to $40 billion in 2023. "
            "Third-quarter sales were $11 billion, and sales in Europe reached $9 billion.")
    got = measures(text)
    assert got["$11 billion"] == "other" and got["$9 billion"] == "other"


def test_a_regional_sales_table_after_worldwide_sales_is_no_trade():
    text = ("Worldwide printer sales came to $52 billion in 2023.\n\n"
            "By region, sales in 2023 were:\n\n"
            "Region      2023 ($bn)\nEurope        14.0\nIndia          6.5\n")
    result_claims = result(text)["claims"]
    assert result_claims and all(c["measure"] != "exports" for c in result_claims)
    assert all(f["status"] != "inconsistent" for f in result(text)["findings"])


def test_a_sellers_global_sales_alone_stay_as_read():
    # (no product word between: one seller's sales everywhere, perhaps abroad)
    got = measures("The carmaker said its global sales rose to $30 billion in 2023.")
    assert got["$30 billion"] == "exports"


def _beside_trade(pct: str) -> str:
    return ("Global chip sales reached $520 billion in 2023, up 4% from $500 billion in 2022. "
            f"South Korea's exports of chips rose {pct}% to $99 billion in 2023 from $90 billion in 2022.")


def test_trade_figures_beside_market_sales_are_still_checked():
    got = measures(_beside_trade("10"))
    assert got["$520 billion"] == "other" and got["$99 billion"] == "exports"
    assert errors(_beside_trade("10")) == []
    assert errors(_beside_trade("30")) != []
