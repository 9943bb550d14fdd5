"""Sentences of kinds met in bank and consultancy research notes (probe round 17): how each
is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-10-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {}
    for c in result["claims"]:
        claims.setdefault(c["text"], c)  # (the first of a repeated figure)
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "all": result["claims"], "errors": errors}


def test_forecasts_and_the_previous_month_in_a_bracket_after_an_actual():
    r = read("Korea: exports +7.5% yoy in September (GS: +6.5%, cons: +6.0%, Aug: +11.2%). "
             "Exports reached US$58.8bn, +7.5% yoy, and imports US$52.1bn. "
             "Trade balance: US$6.7bn (Aug: US$3.8bn).")
    assert r["claims"]["+6.5%"]["measure"] == "other"
    assert r["claims"]["+6.0%"]["measure"] == "other"
    aug = r["claims"]["+11.2%"]
    assert (aug["measure"], aug["period"], aug["base_period"]) == ("exports", "2024-08", "2023-08")
    assert r["claims"]["US$3.8bn"]["period"] == "2024-08"
    assert r["errors"] == []


def test_a_consensus_level_in_a_bracket_is_no_flow():
    r = read("The euro area's trade surplus widened to €15.3bn in August (consensus: €14.0bn), "
             "with exports of €229.5bn and imports of €214.2bn.", "2024-10-15")
    assert r["claims"]["€14.0bn"]["measure"] == "other"
    assert r["errors"] == []


def test_a_previous_label_dates_the_figure_a_period_back():
    r = read("Trade balance: US$6.7bn in September (prev: US$3.8bn).")
    assert r["claims"]["US$3.8bn"]["period"] == "2024-08"


def test_a_period_label_in_a_bracket_does_not_date_the_clauses_after_it():
    r = read("In October, China's exports jumped 12.7% y/y to $309.1bn (consensus: 5.0%, September: 2.4%), "
             "while imports fell 2.3% y/y to $213.4bn, lifting the trade surplus to $93.7bn.", "2024-11-07")
    assert r["claims"]["2.3%"]["period"] == "2024-10"
    assert r["claims"]["$93.7bn"]["period"] == "2024-10"
    assert any("$93.7bn" in e or "balance" in e for e in r["errors"])


NODX = ("Non-oil domestic exports (NODX) rose 3.4% y/y in November. "
        "NODX reached S$14.4bn, of which electronics accounted for S$3.6bn ({share}), with electronics NODX growing 8.1% y/y. "
        "Non-oil re-exports (NORX) rose 11.2% y/y to S$20.5bn.")


def test_a_share_after_of_which_is_of_the_named_subtotal_before_it():
    assert read(NODX.format(share="25.0%"), "2024-12-17")["errors"] == []
    assert read(NODX.format(share="35.0%"), "2024-12-17")["errors"] != []


INDIA = ("India's merchandise trade deficit widened to US$29.7bn in August. "
         "Exports fell 9.3% y/y to US$34.7bn, while imports rose 3.3% y/y to US${imports}.\n\n"
         "Services exports are estimated at US$30.6bn and services imports at US$15.6bn, implying a services surplus of US$15.0bn.")


def test_flows_right_after_a_goods_balance_are_goods_where_services_are_given_apart():
    r = read(INDIA.format(imports="64.4bn"), "2024-09-17")
    assert r["claims"]["US$34.7bn"]["commodity"] == "goods"
    assert r["errors"] == []
    assert read(INDIA.format(imports="66.4bn"), "2024-09-17")["errors"] != []


def test_a_month_on_month_change_written_m_m_is_on_the_month_before():
    for footing in ("m/m", "m/m sa", "MoM"):
        c = read(f"German exports rose 1.6% {footing} in May.", "2024-07-08")["claims"]["1.6%"]
        assert (c["period"], c["base_period"]) == ("2024-05", "2024-04")


def test_the_estimate_a_revision_replaced_is_of_the_same_month():
    r = read("Poland's trade surplus was €0.8bn in June. The May surplus was revised up to €0.6bn from €0.4bn.", "2024-08-14")
    assert r["claims"]["€0.4bn"]["period"] == "2024-05"
    assert r["errors"] == []


def test_nine_months_written_9m24_run_from_january():
    r = read("Vietnam's exports in 9M24 rose 15.4% YoY to US$290.0bn.", "2024-10-07")
    c = r["claims"]["15.4%"]
    assert (c["period"], c["base_period"]) == ("2024-01/2024-09", "2023-01/2023-09")


def test_a_masthead_or_bylines_city_is_no_partner():
    r = read("China: October exports surprise to the upside\nNomura | Hong Kong, 7 November 2024\n\n"
             "In October, China's exports jumped 12.7% y/y to $309.1bn.", "2024-11-07")
    c = r["claims"]["$309.1bn"]
    assert (c["reporter"], c["partner"]) == ("CHN", "WLD")
    r = read("Korea: chip exports lift September trade\nAsia Economics Analyst | Seoul, 1 October 2024\n\n"
             "Korea's exports rose 7.5% yoy in September to US$58.8bn.")
    assert r["claims"]["US$58.8bn"].get("partner_group") is None


def test_a_change_in_money_before_month_on_month_changes_is_on_the_month_before():
    text = ("The US trade deficit narrowed by ${change}bn, or 10.7%, to $70.4bn in August. "
            "Exports increased 2.0% m/m to $271.8bn, while imports decreased 0.9% m/m to $342.2bn.")
    assert read(text.format(change="8.4"), "2024-10-08")["errors"] == []
    assert read(text.format(change="9.4"), "2024-10-08")["errors"] != []


def test_a_share_of_that_is_not_of_the_total_a_share_before_it_was_of():
    r = read("By the Europe Desk | 2 October 2023\n\nIn 2022, the covered goods accounted for about €45bn of extra-EU imports, "
             "roughly 1.5% of the bloc's €3.0tn total. Iron and steel made up well over half of that, at €26.8bn.", "2023-10-02")
    assert r["errors"] == []
