"""Value-added and trade-structure reports: figures named by the flow noun after them,
earlier levels of one comparison kept apart from the next clause's base year, a share's part
restated in money after a colon, a bloc as the owner of a share's whole, a balance "in" a
class of goods, and a second recording basis (balance of payments) named by its series."""
from tradecheck import verify_text


def _claims(text, published="2024-03-01"):
    return verify_text(text, published=published, reference="none").to_dict()


def _amount(d, snippet):
    return next(c for c in d["claims"] if c["kind"] == "amount" and snippet in c["text"])


def _inconsistent(d):
    return [f for f in d["findings"] if f.get("status") == "inconsistent"]


def test_flow_noun_after_of_names_each_figure_of_a_difference():
    d = _claims("Canada's goods deficit with Japan was $6.0 billion in 2023, the gap between "
                "$20.5 billion of imports and $14.5 billion of exports.")
    assert _amount(d, "20.5")["measure"] == "imports"
    assert _amount(d, "14.5")["measure"] == "exports"
    assert not _inconsistent(d)


def test_flow_noun_after_of_finds_a_changed_side():
    d = _claims("Canada's goods deficit with Japan was $6.0 billion in 2023, the gap between "
                "$20.5 billion of imports and $12.5 billion of exports.")
    assert _inconsistent(d)


def test_money_of_no_flow_keeps_its_reading_before_of_imports():
    d = _claims("Brazil bought $80 billion of goods from China in 2023. The new tariff covers "
                "about $20 billion of imports from China.")
    assert _amount(d, "$20 billion")["measure"] == "other"


def test_base_year_of_a_later_clause_does_not_date_the_earlier_level():
    d = _claims("Chile's exports to Peru fell to $3.1 billion in 2023 from $3.5 billion, an 11.4 percent "
                "drop, but they have still doubled since 2015, when they stood at $1.4 billion.")
    assert _amount(d, "3.5")["period"] == "2022"
    assert not _inconsistent(d)


def test_share_restated_in_money_after_a_colon_is_the_part():
    d = _claims("In 2022, capital goods accounted for 25% of Thailand's merchandise imports: "
                "US$75 billion out of US$300 billion.", "2023-06-01")
    part = _amount(d, "75")
    assert part["commodity"] == "capital goods"
    assert _amount(d, "300")["commodity"] is None


def test_a_bloc_owns_the_whole_of_a_share():
    d = _claims("In 2022, capital goods accounted for 25% of Mercosur's merchandise imports.", "2023-06-01")
    share = next(c for c in d["claims"] if c["kind"] == "share")
    assert share["attribution"]["pair"] == "share-whole-named"


def test_a_balance_in_a_class_of_goods_is_that_class():
    d = _claims("The region ran a deficit of US$12 billion in consumer goods, while its overall surplus "
                "reached US$40 billion.", "2023-06-01")
    assert _amount(d, "12")["commodity"] == "consumer goods"


def test_balance_of_payments_goods_exports_are_another_series():
    text = ("Key findings for 2023\n\n"
            "• The value of Portugal's goods exports in 2023 was €90.0bn, a decrease of 5.0% compared with 2022 (€94.7bn).\n\n"
            "The figures in this release are compiled on a customs basis. Balance of Payments goods exports "
            "for 2023, published in the International Accounts, were €150.0bn, some €60.0bn higher than the customs total.\n")
    d = _claims(text, "2024-02-15")
    assert not _inconsistent(d)


def test_a_customs_regime_opener_scopes_every_figure_of_its_breakdown():
    d = _claims("Vietnam's imports and exports under processing trade totaled $200 billion in 2023. "
                "Of the processing trade total, exports stood at $120 billion and imports at $80 billion, "
                "generating a surplus of $40 billion.", "2024-01-20")
    assert _amount(d, "$200")["commodity"] == "processing trade"
    assert _amount(d, "$80")["commodity"] == "processing trade"
    assert _amount(d, "$40")["commodity"] == "processing trade"


def test_their_imports_and_exports_are_one_quantity():
    d = _claims("Vietnam's foreign-invested firms saw their imports and exports rise 5.0 percent to "
                "$500 billion in 2023.", "2024-01-20")
    assert _amount(d, "$500")["measure"] == "trade_total"


def test_a_sentence_opening_on_the_change_gives_the_products_earlier_level():
    d = _claims("Chile's exports of fresh fruit fell 10.0 per cent last year to $5.4bn. "
                "The drop from $6.0bn in 2022 helped pull the country's total exports down 3.0 per cent to $97.0bn.",
                "2024-01-20")
    assert _amount(d, "6.0")["commodity"] == "fresh fruit"
    assert not _inconsistent(d)


def test_a_company_that_says_its_units_shipped_gives_a_part_of_the_countrys_exports():
    text = ("Malaysia's exports rose to $300.0bn in 2023, of which foreign-invested firms accounted for $200.0bn.\n\n"
            "Intel, which employs about 15,000 people in Malaysia, said its local units shipped $20.0bn of goods "
            "in 2023, about 7 per cent of the country's exports.")
    d = _claims(text, "2024-02-01")
    c = _amount(d, "20.0")
    assert c["commodity"] == "intel" and c["measure"] == "exports"
    assert not _inconsistent(d)


def test_a_figure_that_consisted_of_a_product_is_that_product():
    d = _claims("In 2023, Belgium exported 400.0 billion euros worth of goods. Of this amount, "
                "150.0 billion euros (37.5 percent) consisted of re-exports.", "2024-06-01")
    assert _amount(d, "150.0")["commodity"] == "re-exports"
    assert not _inconsistent(d)


def test_quasi_transit_is_a_scope_of_its_own():
    d = _claims("In 2023, Belgium exported 400.0 billion euros worth of goods. Quasi-transit is not "
                "counted as Belgian exports; in 2023 its value was estimated at around 90 billion euros.", "2024-06-01")
    assert _amount(d, "90")["commodity"] == "quasi-transit"
