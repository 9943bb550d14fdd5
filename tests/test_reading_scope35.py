"""What a figure is of (round 35, second wave): a company's results named with a company word
or a maker in an aside, a count of pieces after "the number of", and in a price-index release
"the index", "the rate of change", a product's price compared and the prices of traded goods."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-05-20") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_a_group_after_the_with_a_maker_aside_reports_its_own_sales():
    """Read: "The Acme Group, the world's biggest toymaker, said its net sales fell N% to X": the company's turnover, no trade flow."""
    text = ("Danish toy exports rose 4.0% to DKK 25.0 billion in 2023. The Acme Group, the world's biggest "
            "toymaker, said on Tuesday that its net sales fell 6.0% to DKK 60.0 billion.")
    r = read(text, published="2024-02-20")
    for figure in ("6.0%", "DKK 60.0 billion"):
        assert r["claims"][figure]["measure"] == "other"
    assert r["claims"]["DKK 25.0 billion"]["measure"] == "exports"
    assert r["errors"] == []


def test_a_name_described_as_a_maker_in_an_aside_is_a_company():
    """Read: "Brightco, the country's largest shoemaker, said its revenue rose N% to X": a company's revenue, no flow."""
    text = ("Portugal's footwear exports reached EUR 2.0 billion in 2023. Brightco, the country's largest "
            "shoemaker, said its revenue rose 8.0% to EUR 900 million.")
    r = read(text, published="2024-03-01")
    assert r["claims"]["8.0%"]["measure"] == "other"
    assert r["claims"]["EUR 900 million"]["measure"] == "other"


def test_an_industry_of_makers_exporting_is_still_a_flow():
    """Read: "Swiss toymakers exported X" stays exports: only a named company in an aside is a company."""
    r = read("Swiss toymakers exported CHF 1.2 billion of goods in 2023.", published="2024-02-01")
    assert r["claims"]["CHF 1.2 billion"]["measure"] == "exports"


def test_a_count_after_the_number_of_is_checked_like_a_quantity():
    """Read: "The number of bicycles exported fell to 3.2 million from 3.5 million, a drop of 8.6%": a count of pieces, its change checked."""
    text = ("Dutch bicycle exports fell 5.0% to EUR 1.9 billion in 2023. The number of bicycles exported "
            "fell to 3.2 million from 3.5 million, a drop of 8.6%.")
    assert read(text, published="2024-02-01")["errors"] == []
    errors = read(text.replace("3.2 million", "3.0 million"), published="2024-02-01")["errors"]
    assert any("3.0 million bicycles" in e for e in errors)


def test_a_count_with_its_change_first_and_no_scale():
    """Read: "the number of ships calling rose 4.1% to 12,480 from 11,990": the count's change between its two levels."""
    text = "At the port, the number of ships calling rose 4.1% to 12,480 from 11,990 last year."
    assert read(text)["errors"] == []
    assert read(text.replace("4.1%", "6.1%"))["errors"]


def test_a_count_in_money_is_no_count():
    """Read: a level with a currency code after "the number of" is money, not a count (no count check)."""
    text = "The number of firms exporting grew, and sales rose to CHF 3.2 million from CHF 3.0 million, up 9%."
    assert not any("firms" in e for e in read(text)["errors"])


def test_the_index_and_its_rate_of_change_are_the_price_index():
    """Read: in a release on an index of import prices, "the annual rate of change had been -N% in May" and "the index rose by N%" are the index's, no trade."""
    text = ("The index of import prices fell 2.0% in June 2024 compared with June 2023. The statistics office "
            "said that the annual rate of change had been -2.8% in May and -3.0% in April. From May to June "
            "the index rose by 0.3%.")
    r = read(text, published="2024-07-30")
    for figure in ("-2.8%", "-3.0%", "0.3%"):
        assert r["claims"][figure]["measure"] == "other", figure


def test_a_product_costing_more_is_a_price_change():
    """Read: "Imported fruit was dearer, with bananas costing more than a year before (+33.0%)": the price's change, no imports change."""
    text = ("Import prices rose 1.0% on the year. Imported fruit was 4.0% dearer, with bananas costing "
            "a third more than a year before (+33.0%).")
    r = read(text, published="2024-07-30")
    assert r["claims"]["+33.0%"]["measure"] == "other"


def test_prices_of_traded_goods_are_prices():
    """Read: "Prices of exported machinery rose 2.4% year on year": a price's change, no exports change."""
    r = read("Export prices rose 0.5% in June. Prices of exported machinery rose 2.4% year on year.", published="2024-07-30")
    assert r["claims"]["2.4%"]["measure"] == "other"


def test_exports_after_the_index_stay_exports():
    """Read: "The index rose 0.3%, while exports fell 2.0%": the flow word after the index takes the change back."""
    text = ("The index of export prices rose 0.3% in June. The index rose 0.3% on the month, while exports "
            "fell 2.0% to EUR 130.0 billion.")
    r = read(text, published="2024-07-30")
    assert r["claims"]["2.0%"]["measure"] == "exports"
