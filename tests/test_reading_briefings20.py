"""Sentences of bank market briefings and morning notes (round 20): revised and
first-reported figures of the month before, market reactions beside trade figures, forecasts
and changes on a basis of their own, services in a where-clause. How each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-12-09") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_from_a_revised_level_and_its_first_report_are_the_month_before():
    r = read("FRANKFURT, Dec 9 - The German trade surplus narrowed to EUR18.0bn in October from a revised "
             "EUR18.5bn (prev. EUR18.6bn).\n\nExports: EUR130.1bn\nImports: EUR112.1bn\nBalance: EUR18.0bn")
    assert r["claims"]["EUR18.5bn"]["period"] == "2024-09"
    assert r["claims"]["EUR18.6bn"]["period"] == "2024-09"
    assert r["errors"] == []


def test_a_revised_label_and_the_estimate_it_replaced_are_one_month():
    r = read("SYDNEY, Dec 5 - Australia's trade surplus widened to A$5.95bn in October (consensus: A$5.25bn; "
             "September revised: A$4.60bn from A$4.61bn).", "2024-12-05")
    assert r["claims"]["A$4.60bn"]["period"] == "2024-09"
    assert r["claims"]["A$4.61bn"]["period"] == "2024-09"
    assert r["errors"] == []


def test_prev_then_revised_from_is_the_month_before_in_two_vintages():
    r = read("BRUSSELS, Dec 16 - Germany's trade surplus narrowed to EUR6.8bn in October "
             "(prev. EUR12.5bn, revised from EUR12.9bn).", "2024-12-16")
    assert r["claims"]["EUR12.5bn"]["period"] == "2024-09"
    assert r["claims"]["EUR12.9bn"]["period"] == "2024-09"
    assert r["errors"] == []


def test_a_currency_code_or_an_index_moving_is_no_trade_figure():
    r = read("SYDNEY, Dec 5 - Australia's exports rose 0.9% m/m to A$41.32bn in October. "
             "AUD rose 0.3% to 0.6440. KRW +0.2%, TWD +0.2%. EUR/USD rose 0.2% after the release. "
             "The STI slipped 0.2% and the regional equity index rose 0.6%. Dalian soymeal fell 0.6%.", "2024-12-05")
    for text in ("0.3%", "+0.2%", "0.2%", "0.6%"):
        assert r["claims"][text]["measure"] == "other", text
    assert r["claims"]["0.9%"]["measure"] == "exports"


def test_a_code_before_its_amount_is_still_money():
    r = read("SEOUL, Dec 2 - Korea's exports rose to USD 56.4 billion in November.", "2024-12-02")
    assert r["claims"]["USD 56.4 billion"]["measure"] == "exports"


def test_services_in_a_where_clause_add_up_with_goods_to_the_total():
    text = ("LONDON, Dec 12 - The UK goods trade deficit widened to GBP18.9bn in October. "
            "Including services, where the surplus was GBP{}bn, the total trade deficit stood at GBP5.6bn.")
    ok = read(text.format("13.3"), "2024-12-12")
    assert ok["claims"]["GBP13.3bn"]["commodity"] == "services"
    assert ok["errors"] == []
    wrong = read(text.format("12.3"), "2024-12-12")
    assert any("GBP12.3bn" in e or "12.3" in e for e in wrong["errors"])


def test_an_abbreviated_forecast_is_no_actual_and_the_previous_month_in_its_bracket_is():
    r = read("SEOUL, Dec 23 - Korea's exports in November rose 1.4% y/y. The trade ministry's f'cast of "
             "US$685bn for full-year exports looks within reach. Our f'cast for full-month December exports "
             "is +6% y/y (prev. month: +1.4%).", "2024-12-23")
    assert r["claims"]["US$685bn"]["measure"] == "other"
    assert r["claims"]["+6%"]["measure"] == "other"
    assert (r["claims"]["+1.4%"]["measure"], r["claims"]["+1.4%"]["period"]) == ("exports", "2024-11")


def test_a_change_on_a_basis_of_its_own_is_another_measure():
    r = read("SINGAPORE, Nov 18 - Singapore's non-oil domestic exports fell 4.6% y/y in October. "
             "On a 3m/3m annualised basis, NODX contracted 12.5% sa. "
             "Adjusted for working days, exports rose 3.5% y/y.", "2024-11-18")
    assert r["claims"]["12.5%"]["measure"] == "other"
    assert r["claims"]["3.5%"]["measure"] == "other"
    assert r["claims"]["4.6%"]["measure"] == "exports"
