"""Caribbean trade reports (round 30): an "import trade" or "export trade" is that flow, not
both; free trade zones are a segment of exports; a product that "continued to lead" a
category of exports is a part of it; an aside between dashes names no product; a company
word inside a ministry's name names no company."""
from tradecheck import verify_text


def _claims(text, published="2024-05-02"):
    return verify_text(text, published=published, reference="none").to_dict()


def _amount(d, snippet):
    return next(c for c in d["claims"] if c["kind"] == "amount" and c["text"] == snippet)


def _inconsistent(d):
    return [f for f in d["findings"] if f.get("status") == "inconsistent"]


def test_import_trade_is_imports():
    text = ("China led Guyana's import trade in 2023, with goods worth US$910 million coming from the "
            "Asian country. Guyana sent US$120 million of goods the other way, a deficit of US$790 million.\n")
    d = _claims(text)
    assert _amount(d, "US$910 million")["measure"] == "imports"
    assert not _inconsistent(d)


def test_export_trade_is_exports():
    text = "Belize's export trade with Mexico reached US$95 million in 2023.\n"
    assert _amount(_claims(text), "US$95 million")["measure"] == "exports"


def test_shipments_from_free_trade_zones_are_a_segment_of_the_total():
    text = ("Haiti's exports reached US$1,200 million in 2023. Of the total, shipments from the free "
            "trade zones accounted for US$800 million, while national exports reached US$400 million.\n")
    d = _claims(text)
    assert _amount(d, "US$800 million")["commodity"] == "free zone trade"
    assert not _inconsistent(d)


def test_a_product_that_continued_to_lead_a_category_is_a_part_of_it():
    text = ("Guyana's total exports came to $900 million in 2023. Of that, domestic exports made up "
            "$700 million, while re-exports accounted for $200 million. Pepper sauce continued to lead domestic "
            "exports, earning $150 million.\n")
    d = _claims(text)
    assert _amount(d, "$150 million")["commodity"] == "pepper sauce"
    assert not _inconsistent(d)


def test_an_aside_between_dashes_names_no_product():
    text = ("Grenada's total exports came to $90 million in 2023. Of that, domestic exports - spices "
            "grown locally - made up $60 million, while re-exports accounted for $30 million.\n")
    d = _claims(text)
    assert _amount(d, "$60 million")["commodity"] == "excluding re-exports"
    assert not _inconsistent(d)


def test_a_company_word_inside_a_ministrys_name_names_no_company():
    text = ("Figures from the Ministry of Mines and Mining Industries show that Guyana's gold exports were "
            "valued at US$1.1 billion in 2023.\n")
    c = _amount(_claims(text), "US$1.1 billion")
    assert c["commodity"] != "mining industries"


def _change(d, snippet):
    return next(c for c in d["claims"] if c["kind"] == "percent_change" and c["text"] == snippet)


def test_a_change_over_an_events_span_is_over_no_dated_period():
    text = ("Guyana's exports to Suriname fell to US$80 million in 2023, a drop of 20% from US$100 million "
            "in 2022. Vendors at the ferry crossing said trade had \"fallen by half\" during the strike, "
            "although the yearly fall was smaller.\n")
    d = _claims(text)
    assert _change(d, "half")["period"] is None
    assert not _inconsistent(d)
