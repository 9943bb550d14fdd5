"""Sentences of kinds met in releases of export councils and sector associations (round 21 of
passages written in other publishers' styles): products, their kinds and sub-products, a
sector's turnover, unit values and causes; how each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-06-20") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_the_value_a_participle_gives_after_a_products_quantity_is_that_products():
    r = read("India exported 1.2 million tonnes of marine products worth US$ 6.1 billion in 2023-24. "
             "Shipments of frozen squid during the year stood at 95,000 tonnes, earning US$ 0.41 billion.")
    assert r["claims"]["US$ 0.41 billion"]["commodity"] == "frozen squid"
    assert r["errors"] == []


def test_worth_after_a_products_quantity_gives_its_value():
    r = read("Exports of chilled tuna in 2023 stood at 12,400 tonnes, worth US$ 88 million.")
    assert r["claims"]["US$ 88 million"]["commodity"] == "chilled tuna"


def test_a_qualified_product_past_its_owner_and_a_dateline_is_a_kind_of_the_product():
    r = read("LISBON, Feb 2 - Portugal's bottled cider exports rose 4% to EUR 620 million in 2023 "
             "from EUR 596 million in 2022.", "2024-02-02")
    assert r["claims"]["4%"]["commodity"] == "bottled cider"
    assert r["claims"]["EUR 620 million"]["commodity"] == "bottled cider"


KINDS = ("Argentina's bottled cider exports fell to US$ 150 million in 2023. "
         "Bulk cider exports added US$ {bulk} million, bringing total cider exports to US$ 190 million.")


def test_bringing_the_total_of_a_product_to_a_level_sums_its_kinds():
    r = read(KINDS.format(bulk=40), "2024-01-25")
    assert r["claims"]["US$ 190 million"]["commodity"] == "cider"
    assert r["errors"] == []


def test_kinds_that_do_not_sum_to_the_total_they_bring_it_to_are_flagged():
    r = read(KINDS.format(bulk=60), "2024-01-25")
    assert any("the whole is stated as" in e for e in r["errors"])


def test_a_sectors_turnover_and_domestic_sales_are_no_trade_flows():
    r = read("Exports of Spain's ceramic tile industry reached EUR 3.9 billion in 2023. "
             "Total turnover was EUR 5.6 billion, with domestic sales of EUR 1.7 billion; "
             "exports thus made up 70% of turnover. France took EUR 0.5 billion, or 12.8% of exports.",
             "2024-03-10")
    for figure in ("EUR 5.6 billion", "EUR 1.7 billion", "70%"):
        assert r["claims"][figure]["measure"] == "other"
    assert r["errors"] == []


def test_trade_turnover_stays_a_trade_flow():
    r = read("Kazakhstan's trade turnover with China reached $31.5 billion in 2023.", "2024-02-01")
    assert r["claims"]["$31.5 billion"]["measure"] == "trade_total"


def test_a_change_to_a_price_per_unit_is_the_unit_values():
    r = read("New Zealand wine exports rose 3 per cent to NZ$ 2.4 billion in 2023 from NZ$ 2.33 billion. "
             "The average value of exports rose 9 per cent to NZ$ 7.85 per litre, from NZ$ 7.20 per litre.",
             "2024-02-01")
    assert r["claims"]["9 per cent"]["measure"] == "other"
    assert r["errors"] == []


def test_driven_by_re_exports_is_a_cause_the_exports_count():
    r = read("Georgia's exports to Kazakhstan doubled to $1.2 billion in 2023 from $0.6 billion in 2022, "
             "driven by re-exports of cars. Re-exports made up about 75% of the total, or $0.9 billion.",
             "2024-02-15")
    assert r["claims"]["$1.2 billion"]["commodity"] is None
    assert r["errors"] == []


VOLUME = ("Chilean pisco exports increased by 6 per cent in value to US$ 52 million and by 3 per cent in volume "
          "to {new} million litres in 2023. A year earlier, exports were valued at US$ 49 million and 9.0 million litres.")


def test_a_change_of_a_quantity_against_the_level_the_next_sentence_dates_a_year_before():
    assert read(VOLUME.format(new="9.3"), "2024-02-01")["errors"] == []
    assert any("litres" in e for e in read(VOLUME.format(new="9.8"), "2024-02-01")["errors"])


def test_a_title_case_datelines_city_names_the_releases_country_over_a_quoted_market():
    r = read("Leather exports decline 10.8% in 2023-24\n\n"
             "Chennai, May 8: Exports of leather goods declined 10.8% to US$ 4,691.8 million in 2023-24, the council said.\n\n"
             "Footwear fell 9.4% to US$ 2,430.1 million from US$ 2,682.2 million.\n\n"
             "\"Our major markets, the EU and the US, saw weak demand,\" the chairman said.", "2024-05-08")
    assert r["claims"]["US$ 4,691.8 million"]["reporter"] == "IND"
