"""Market moves beside trade figures in live blogs and wire updates (round 15): a change or a
price whose subject is a stock index, a security, a bond yield, futures or a currency is no
trade figure, and an exchange rate ("Sterling was up 0.2% at $1.2795") no trade amount."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-11-07") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {}
    for c in result["claims"]:
        claims.setdefault(c["text"], []).append(c)
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


CHINA = ("China's exports rose 7.6% in October from a year earlier to $300.5 billion, while imports fell 2.1% "
         "to $220.5 billion. That left a surplus of $80.0 billion, against $54.1 billion a year earlier. ")


def measures(r: dict, text: str) -> set:
    return {c["measure"] for c in r["claims"].get(text, [])}


def test_a_stock_index_move_in_a_bullet_is_no_change_of_the_balance():
    r = read("Key points:\n- Trade surplus widens to $80.0bn\n- Yuan firms 0.3%, Hang Seng up 1.2%\n\n" + CHINA)
    assert measures(r, "1.2%") <= {"other"}
    assert r["errors"] == []


def test_a_named_index_ending_lower_is_no_change_of_a_flow():
    r = read(CHINA + "The Shanghai Composite index ended 0.1% lower and the yuan was steady at 7.24 per dollar.")
    assert measures(r, "0.1%") <= {"other"}
    assert r["errors"] == []


def test_a_currency_with_a_relative_clause_is_still_the_subject():
    r = read("Malaysia's exports rose 12.1% to RM130.7bn in July, while imports jumped 26.1% to RM117.3bn, "
             "giving total trade of RM248.0bn. The ringgit, which has gained 5% this quarter, rose another 0.3%.",
             "2024-08-16")
    assert measures(r, "5%") <= {"other"}
    assert r["errors"] == []


def test_other_markets_and_yields_are_no_trade_figures():
    r = read(CHINA + "The yen rose 0.6% against the dollar and the Nikkei fell 1.1%. "
             "The 10-year Treasury yield eased 2.5%, and Germany's DAX was 0.4% higher.")
    for figure in ("0.6%", "1.1%", "2.5%", "0.4%"):
        assert measures(r, figure) <= {"other"}, figure
    assert r["errors"] == []


def test_an_exchange_rate_is_no_trade_amount():
    r = read("The ONS says the total trade deficit narrowed by GBP 1.6bn to GBP 5.3bn in the three months to "
             "June 2024.\n\nSterling was up 0.2% at $1.2795 and the FTSE 100 gained 0.5% at the open.",
             "2024-08-15")
    assert measures(r, "$1.2795") <= {"other"}
    assert measures(r, "0.2%") <= {"other"} and measures(r, "0.5%") <= {"other"}
    assert r["errors"] == []


def test_a_flat_currency_quote_is_no_trade_amount():
    r = read("Intra-euro area trade rose to EUR 205.9bn, up 0.3% compared with July 2023.\n\n"
             "The euro was flat at $1.1082 after the release.", "2024-09-16")
    assert measures(r, "$1.1082") <= {"other"}
    assert r["errors"] == []


def test_a_flow_named_after_the_currency_keeps_the_change_a_trade_figure():
    r = read("As the yen weakened, Japan's exports rose 5.0% to 9.0 trillion yen in May.", "2024-06-20")
    assert measures(r, "5.0%") == {"exports"}


def test_a_currency_object_of_a_preposition_is_no_subject():
    r = read("Helped by the weaker yen, shipments rose 5.0% in May.", "2024-06-20")
    assert "other" not in measures(r, "5.0%")


def test_the_euro_area_is_no_currency():
    r = read("The euro area's exports rose 2.6% to EUR 252.1bn in July.", "2024-09-16")
    assert measures(r, "2.6%") == {"exports"}
    assert measures(r, "EUR 252.1bn") == {"exports"}
