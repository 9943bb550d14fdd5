"""Spanish, Portuguese and Italian trade releases and news (round 31): previous periods' rates
in brackets, one flow set against the other, counts of firms, shares of consumption, "that
country", energy and non-energy balances. How each kind of sentence is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-06-20") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


# --- a bracket of an earlier period's own rates, after the rates in hand ------------------

def test_a_bracket_of_rates_closed_by_a_month_is_that_months_own_changes():
    r = read("In April 2024, Greece's exports and imports changed by +5.1% and -3.3%, "
             "respectively (-2.0% and +4.4% in March 2024).")
    a, b = r["claims"]["-2.0%"], r["claims"]["+4.4%"]
    assert (a["period"], a["base_period"], a["measure"]) == ("2024-03", "2023-03", "exports")
    assert (b["period"], b["base_period"], b["measure"]) == ("2024-03", "2023-03", "imports")
    assert r["errors"] == []


def test_a_bracket_of_rates_with_respectively_and_a_year_follows_the_list_before_it():
    r = read("In 2023, Greece's exports reached 40,100 million euros and imports 52,300 million euros, "
             "rates of change of -2.2% and -5.3% compared with 2022 (+18.0% and +27.5%, respectively, in 2022).",
             published="2024-02-10")
    a, b = r["claims"]["+18.0%"], r["claims"]["+27.5%"]
    assert (a["period"], a["base_period"]) == ("2022", "2021")
    assert (b["period"], b["base_period"], b["measure"]) == ("2022", "2021", "imports")
    assert r["errors"] == []


def test_rates_each_after_their_own_flow_give_a_bracket_in_the_same_order_their_flows():
    r = read("In April 2024, excluding fuels, Greece's exports rose by 4.0% and imports fell by 1.1% "
             "(+0.9% and +3.6%, in the same order, in March 2024).")
    assert r["claims"]["+0.9%"]["measure"] == "exports"
    assert r["claims"]["+3.6%"]["measure"] == "imports"
    assert r["claims"]["+3.6%"]["period"] == "2024-03"


# --- one flow against the other ---------------------------------------------------------

def test_as_much_closing_a_clause_sets_the_figure_against_the_other_flow_before_it():
    text = ("Greek firms sold goods worth 5.2 billion euros to Egypt in 2023, while imports "
            "from Egypt totalled 20.6 billion, roughly four times as much.")
    r = read(text, published="2024-05-01")
    c = r["claims"]["four times as much"]
    assert c["measure"] == "other" and c.get("base_period") is None
    assert r["errors"] == []
    wrong = read(text.replace("20.6 billion", "30.6 billion"), published="2024-05-01")
    assert any("four times as much" in e for e in wrong["errors"])


def test_more_than_it_sells_is_one_flow_against_the_other_not_growth():
    r = read("Greece buys four times more from Egypt than it sells there\n\n"
             "Greek exports to Egypt were 5.2 billion euros in 2023 and imports from Egypt "
             "20.6 billion euros.", published="2024-05-01")
    c = r["claims"]["four times more"]
    assert c["measure"] == "other" and c.get("base_period") is None
    assert r["errors"] == []


# --- a count of firms ------------------------------------------------------------------

def test_a_change_in_the_number_of_firms_is_no_change_in_trade():
    r = read("Greece's exports rose 3.0% to 20,600 million euros in May. The number of exporting "
             "firms rose to 12,510, 7.5% more than a year earlier.")
    assert r["claims"]["7.5%"]["measure"] == "other"
    assert r["errors"] == []


# --- a share of what a market consumes -------------------------------------------------

def test_a_share_of_what_a_country_consumes_is_no_share_of_the_exporters_flow():
    r = read("Greece exported goods worth 9.0 billion euros to Egypt in 2024. Greece supplies "
             "about a third of the cheese consumed in that market.", published="2025-03-01")
    assert r["claims"]["a third"]["measure"] == "other"
    assert r["errors"] == []


# --- "that country" after a flow word --------------------------------------------------

def test_from_that_country_is_the_partner_named_last():
    r = read("Greece, unlike Egypt or Cyprus, runs a deficit with Japan. Imports from that country "
             "reached 12.0 billion euros last year, so the bilateral balance showed a deficit of 4.0 billion.",
             published="2025-03-01")
    assert r["claims"]["12.0 billion euros"]["partner"] == "JPN"


# --- energy and non-energy balances ----------------------------------------------------

SURPLUS = ("Greece's trade surplus rose to 30.0 billion euros in 2024. The improvement is almost "
           "entirely due to energy: the energy deficit narrowed to 20.0 billion euros, while the surplus "
           "in non-energy goods rose to {rest} billion.")


def test_a_product_after_a_colon_is_outside_the_reach_of_almost_entirely_before_it():
    r = read(SURPLUS.format(rest="50.0"), published="2025-02-15")
    assert r["claims"]["20.0 billion euros"]["commodity"] == "energy"
    assert r["errors"] == []


def test_non_energy_goods_and_energy_make_the_whole_balance():
    r = read(SURPLUS.format(rest="56.0"), published="2025-02-15")
    assert any("non-energy goods" in e for e in r["errors"])


# --- a claimant's multiple that a fact check refutes -----------------------------------

def test_a_refuted_quoted_multiple_of_one_flow_over_the_other_is_not_checked():
    r = read("A minister said that Greece \"buys five times more from Egypt than it sells to Egypt\".\n\n"
             "Verdict: Mostly incorrect\n\n"
             "Greek imports from Egypt were 3.0 billion euros in 2025 and exports to Egypt 1.0 billion euros.",
             published="2026-03-01")
    assert r["claims"]["five times more"]["refuted"]
    assert r["errors"] == []


# --- regions of one country as the subjects of their figures ---------------------------

REGIONS = ("Spain's exports of goods were 380.0 billion euros in 2023. Catalonia shipped 95.0 billion euros' "
           "worth of goods. The Community of Madrid came next. Madrid followed with {madrid} billion euros "
           "(15.0% of the total).")


def test_a_capital_after_its_region_named_in_full_is_that_region():
    c = read(REGIONS.format(madrid="57.0"), published="2024-02-20")["claims"]["57.0 billion euros"]
    assert (c["reporter_unit"], c["partner"]) == ("ES-MD", "WLD")


def test_a_region_named_after_another_of_its_country_reports_and_its_share_is_of_the_country():
    assert read(REGIONS.format(madrid="57.0"), published="2024-02-20")["errors"] == []
    wrong = read(REGIONS.format(madrid="62.0"), published="2024-02-20")
    assert any("15.0%" in e for e in wrong["errors"])


def test_the_basque_country_and_galicia_are_regions_of_spain():
    r = read("Spain's exports fell 0.8% in 2022. The Basque Country's exports fell 6.1% to 30.2 billion euros, "
             "and Galicia's dropped 3.7% to 25.5 billion.", published="2023-02-20")
    assert r["claims"]["6.1%"]["reporter_unit"] == "ES-PV"
    assert r["claims"]["3.7%"]["reporter_unit"] == "ES-GA"
    assert r["errors"] == []
