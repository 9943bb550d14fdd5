"""Macroeconomic rates beside trade figures: inflation, unemployment, interest rates and wages
are measured in percent like a trade change, and a release often gives them in the same
sentence shape ("eased to 4.1% in March from 5.3% in February"). They name what the figure
measures, so the figure is no trade change and is never checked against trade levels."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-04-20") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_inflation_easing_between_two_months_is_no_change_in_imports():
    r = read("Kenya's imports rose to $2.0 billion in March from $1.8 billion in February, the "
             "statistics bureau said. Inflation eased to 4.1% in March from 5.3% in February.")
    assert r["claims"]["4.1%"]["measure"] == "other"
    assert r["errors"] == []


def test_a_policy_rate_beside_export_growth_is_no_export_change():
    r = read("Ghana's exports rose to $1.5 billion in March from $1.2 billion in February. The central "
             "bank cut its policy rate by 2% in March, and the unemployment rate held at 14.7%.")
    assert r["claims"]["2%"]["measure"] == "other"
    assert r["errors"] == []


def test_the_trade_change_in_the_same_sentence_keeps_its_flow():
    r = read("Kenya's imports rose 11.1% to $2.0 billion in March from $1.8 billion in February, while "
             "inflation eased to 4.1%.")
    assert r["claims"]["11.1%"]["measure"] == "imports"
    assert r["errors"] == []


def test_retail_sales_are_sales_at_home_not_exports():
    r = read("Kenya's exports rose to $2.0 billion in March from $1.8 billion in February. Retail sales "
             "rose to 5.3% in March from 4.1% in February.")
    assert r["claims"]["5.3%"]["measure"] == "other"
    assert r["errors"] == []


def test_money_supply_and_the_pmi_are_no_trade_changes():
    r = read("Ghana's trade surplus widened to $1.9 billion in March from $1.7 billion in February. Money "
             "supply rose 4.1% in March, and the exchange rate rose 2.5%.")
    assert r["claims"]["4.1%"]["measure"] == "other"
    assert r["claims"]["2.5%"]["measure"] == "other"
    assert r["errors"] == []


def test_diaspora_inflows_in_dollars_are_no_second_export_figure():
    r = read("Kenya's exports rose to $2.0 billion in March from $1.8 billion in February. Diaspora "
             "inflows fell to $0.4 billion in March from $0.5 billion in February.")
    assert r["claims"]["$0.4 billion"]["measure"] == "other"
    assert r["errors"] == []


def test_turnover_and_sales_on_financial_markets_are_no_trade():
    for sentence in ("Equity turnover stood at $1.7 billion in March.", "Bond sales totalled $1.7 billion in March.",
                     "In March, turnover at the bourse amounted to $1.7 billion."):
        r = read("Kenya's exports rose to $2.0 billion in March from $1.8 billion in February. " + sentence)
        assert r["claims"]["$1.7 billion"]["measure"] == "other", sentence
        assert r["errors"] == [], sentence


def test_costs_opening_a_sentence_after_exports_are_no_money_of_the_exports():
    r = read("Morocco's exports rose 6% to $42 billion in 2023. Costs rose 8%, squeezing margins.")
    assert r["claims"]["8%"]["measure"] == "other"
    assert r["errors"] == []
    # the money a flow cost still stands for it
    r = read("Morocco's imports rose 6% to $60 billion in 2023. Costs rose 4%, the ministry said.")
    assert r["claims"]["4%"]["measure"] == "imports"
