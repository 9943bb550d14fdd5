"""Social-media posts and newsletters on trade data: a consensus beside the print, a month with
an abbreviated year, "goods & services", a count of months in a streak, a headline's short
month, volume changes beside value ones, joined products, unknown product labels, market moves
under the data, an amount "added" to a flow, a bare share after a dash, goods "there", and a
bracket label after a change's footing."""
from tradecheck import verify_text


def read(text: str, published: str = "2026-12-05") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    checked = [f["message"] for f in result["findings"] if f["status"] == "consistent"]
    return {"claims": claims, "errors": errors, "checked": checked}


def test_a_consensus_figure_beside_the_print_is_a_forecast_not_a_second_change():
    r = read("Indonesia's November exports rose 6.0% y/y to $24.4bn.\n\n"
             "Consensus had exports at +2.5%. A solid beat.")
    assert r["claims"]["+2.5%"]["measure"] == "other"
    assert r["errors"] == []


def test_a_month_with_an_abbreviated_year_dates_its_figure():
    r = read("Thailand's November trade data is out.\n\nExports +10.0% y/y to $22.0bn (from $20.0bn in Nov '25)\n")
    assert r["claims"]["$20.0bn"]["period"] == "2025-11"
    assert r["claims"]["$22.0bn"]["period"] == "2026-11"


def test_goods_and_services_written_with_an_ampersand_is_the_whole_not_goods():
    r = read("The US goods & services deficit narrowed to $60.0bn in October.\n\n"
             "- Goods deficit: $85.0bn\n- Services surplus: $25.0bn\n")
    assert r["claims"]["$60.0bn"]["commodity"] is None
    assert r["claims"]["$85.0bn"]["commodity"] == "goods"
    assert r["errors"] == []


def test_a_streak_counted_in_months_at_a_sentence_start_is_no_period_and_a_headline_month_is():
    r = read("Korea Oct trade (MOTIE)\n\n"
             "Exports $55.0bn, +4.0% y/y. Balance: $3.0bn. Third surplus in four months.",
             published="2026-11-03")
    assert r["claims"]["$55.0bn"]["period"] == "2026-10"
    assert r["claims"]["+4.0%"]["base_period"] == "2025-10"


def test_a_signed_change_labelled_by_a_volume_noun_is_no_value_change():
    r = read("Japan's exports to China fell to ¥1,500bn in October, -5.0% y/y. Steel volumes -12% "
             "and machinery volumes only -2%.")
    assert "-12%" not in r["claims"] and "-2%" not in r["claims"]
    assert r["errors"] == []


def test_products_joined_by_a_plus_sign_are_their_sum_not_the_last_product():
    r = read("EU imports from China, Jan-Sep 2026:\n\n"
             "Hybrids from China: €4.0bn, +60% from €2.5bn.\n\n"
             "EV + hybrid imports from China were €12.0bn this year.", published="2026-11-20")
    assert r["claims"]["€4.0bn"]["commodity"] == "hybrid vehicles"
    assert r["claims"]["€12.0bn"]["commodity"] != "hybrid vehicles"
    assert r["errors"] == []


def test_a_label_headed_by_a_goods_noun_after_a_colon_names_the_product():
    r = read("Malaysia's November exports were $30.0bn.\n\n"
             "By product: E&E and optical products $12.0bn, 40.0% of exports.")
    assert r["claims"]["$12.0bn"]["commodity"] is not None
    assert r["errors"] == []


def test_a_stock_index_move_after_a_bullet_arrow_is_no_trade_change():
    r = read("Thailand's exports: $28.0bn, +5.0% y/y.\n\n"
             "What it means for markets:\n→ Nikkei +0.8% at the open\n")
    assert r["claims"]["+0.8%"]["measure"] == "other"
    assert r["errors"] == []


def test_an_amount_added_to_a_flow_is_a_change_not_its_level():
    r = read("Vietnam's November exports were $40.0bn. A year ago they were $31.0bn. "
             "Vietnam has added $9bn of monthly exports in a year.")
    assert r["claims"]["$9bn"]["measure"] == "other"
    assert r["errors"] == []


def test_a_bare_percentage_after_a_dash_ending_a_bullet_is_the_figure_s_share():
    ok = read("Cambodia keeps growing.\n📦 Jan–Nov exports: $400.0bn\n📱 Garments: $40.0bn — 10.0%\n")
    assert ok["claims"]["10.0%"]["kind"] == "share"
    assert ok["errors"] == []
    wrong = read("Cambodia keeps growing.\n📦 Jan–Nov exports: $400.0bn\n📱 Garments: $40.0bn — 12.0%\n")
    assert wrong["errors"]


def test_goods_there_are_goods_in_general_so_the_balance_ties_the_flows():
    ok = read("France: Germany shipped €7.0bn of goods there in October and bought €5.0bn. "
              "That's a bilateral surplus of €2.0bn.")
    assert ok["claims"]["€7.0bn"]["commodity"] is None
    assert any("€7bn - imports €5bn" in m for m in ok["checked"])
    wrong = read("France: Germany shipped €7.0bn of goods there in October and bought €5.0bn. "
                 "That's a bilateral surplus of €3.0bn.")
    assert wrong["errors"]


def test_a_bracket_label_after_a_month_on_month_change_dates_the_earlier_level():
    r = read("German trade, October.\n\nDestatis: exports €120.0bn, -2.0% m/m (Sept: €122.4bn). Imports €100.0bn.",
             published="2026-12-08")
    assert r["claims"]["-2.0%"]["period"] == "2026-10"
    assert r["claims"]["-2.0%"]["base_period"] == "2026-09"
    assert r["errors"] == []


def test_a_level_in_a_bracket_after_a_change_with_its_own_months_is_the_earlier_level():
    r = read("EU imports from China, Jan–Sep 2026.\n\n"
             "Hybrids from China: €6.0bn, -20% y/y (€7.5bn in Jan-Sep 2025).", published="2026-11-20")
    assert r["claims"]["-20%"]["period"] == "2026-01/2026-09"
    assert r["claims"]["€7.5bn"]["period"] == "2025-01/2025-09"
    assert r["claims"]["€7.5bn"]["commodity"] == "hybrid vehicles"
    assert r["errors"] == []
