"""Trade finance and export credit beside trade flows (round 49): what an export credit agency
or insurer provides, underwrites and pays in claims is a series of its own (measure other),
never exports, imports, a balance or a total of trade; a party noun after "support to ..."
names whom the money goes to, so a change after it stays that money's; a bare "gap" after a
named trade finance gap is that gap again (no trade deficit), and its share is checked
against the gap's stated level."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-06-20") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_underwriting_and_claims_paid_out_are_no_flows():
    """"underwrote $400bn", "paid out $3bn in claims": no trade total, no imports."""
    text = ("The state credit insurer of Ruritania underwrote a total of $400 billion in 2023, up 5% on the year. "
            "It paid out $3 billion in claims over the same period. "
            "Ruritania's goods exports reached $1.2 trillion in 2023.")
    r = read(text)
    assert r["claims"]["$400 billion"]["measure"] == "other"
    assert r["claims"]["$3 billion"]["measure"] == "other"
    assert r["claims"]["$1.2 trillion"]["measure"] == "exports"
    assert r["errors"] == []


def test_export_credit_agency_support_is_its_own_series():
    """An agency's "support to exporters and their buyers", then a change: all of that support."""
    text = ("In the 2023-24 financial year, Ruritania's export credit agency provided $6.6 billion of financial "
            "support to local exporters and their foreign buyers, up {pct}% from $5.5 billion a year earlier. "
            "Claims paid to exporters stayed low at $30 million.")
    r = read(text.format(pct="20"))
    for figure in ("$6.6 billion", "20%", "$5.5 billion", "$30 million"):
        assert r["claims"][figure]["measure"] == "other", figure
    assert r["errors"] == []
    assert r["errors"] != read(text.format(pct="35"))["errors"]  # (a wrong change is caught)


def test_a_bare_gap_after_a_trade_finance_gap_is_that_gap():
    """"40% of the global gap" after the trade finance gap: a share of that gap, checked."""
    text = ("Survey finds a wider trade finance gap\n\n"
            "The global trade finance gap reached $3.2 trillion in 2023, a survey found.\n\n"
            "- Africa accounted for about ${part} billion, or 40% of the global gap.\n\n"
            "The gap equals about 8% of world merchandise trade, which stood at $25 trillion in 2023.")
    r = read(text.format(part="1,280"))
    assert r["claims"]["$1,280 billion"]["measure"] == "other"
    assert r["claims"]["$25 trillion"]["measure"] == "trade_total"
    assert r["errors"] == []
    assert read(text.format(part="1,600"))["errors"]  # (a part the share does not give is caught)


def test_a_bare_deficit_after_a_trade_word_stays_the_trade_balance():
    """The reread holds only until a trade flow is named: then "the deficit" is trade's."""
    text = ("The budget deficit was $5 billion in 2023. Exports fell to $20 billion while imports "
            "rose to $28 billion, and the deficit widened to $8 billion.")
    r = read(text)
    assert r["claims"]["$8 billion"]["measure"] == "balance"
    assert r["errors"] == []
