"""Sentences of kinds met in round 21's defence and arms-trade news: money that is no trade
flow (aid, packages, licences, defence spending), a deal's country that causes a flow, a
dateline before the lead's own total, and a total listed after a colon."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-04-24") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_allocations_of_an_aid_package_are_no_trade():
    r = read("The $48 billion aid package approved on Tuesday includes $30.5 billion for Georgia, $12.1 billion "
             "for Armenia and $5.4 billion for Moldova. The US has provided more than $9 billion in assistance "
             "to Georgia since 2020. US goods exports to Georgia rose 11% to $1.1 billion in 2023.")
    for t in ("$48 billion", "$30.5 billion", "$12.1 billion", "$9 billion"):
        assert r["claims"][t]["measure"] == "other"
    assert r["claims"]["$1.1 billion"]["measure"] == "exports"
    assert r["errors"] == []


def test_military_support_after_a_turnover_is_no_trade():
    r = read("Latvian goods exports to Ukraine grew 20% to €0.6 billion in 2023, while imports from Ukraine were "
             "€0.3 billion. Trade turnover thus reached €0.9 billion. Latvia has provided €0.5 billion of military "
             "support to Ukraine since 2022, of which €0.1 billion was delivered last year.", "2024-02-20")
    assert r["claims"]["€0.5 billion"]["measure"] == "other"
    assert r["claims"]["€0.1 billion"]["measure"] == "other"
    assert r["errors"] == []


def test_export_licences_are_a_measure_of_their_own_not_the_deliveries():
    r = read("Licences for exports of Spanish military equipment totalled €5.0 billion in 2023, up 25% from "
             "€4.0 billion the previous year. Saudi Arabia was the largest destination with €1.5 billion, or 30% "
             "of the total. Actual deliveries, which lag behind licences, were worth €3.2 billion.", "2024-04-03")
    assert r["claims"]["€5.0 billion"]["measure"] == "other"
    assert r["claims"]["25%"]["measure"] == "other"
    assert r["claims"]["€1.5 billion"]["measure"] == "other"
    assert r["errors"] == []


def test_a_deals_country_is_the_cause_not_the_partner():
    r = read("India deals lift France's arms exports to record $9.1bn\n\n"
             "PARIS, Jan. 10 -- France's defence exports reached $9.1 billion last year. France's goods exports "
             "to India rose 10 percent to $6.0 billion, while imports from India came to $6.5 billion.",
             "2023-01-10")
    head = r["claims"]["$9.1bn"]
    assert (head["reporter"], head["partner"]) == ("FRA", "WLD")
    assert r["errors"] == []


def test_a_dateline_before_the_lead_keeps_the_national_total():
    r = read("Sweden approves record SEK 30bn in arms exports, Poland top recipient\n\n"
             "STOCKHOLM, 27 December 2023 (TT) - Sweden approved arms exports worth a record SEK 30 billion this "
             "year, according to the agency.\n\n"
             "Poland received approvals worth SEK 9 billion, or 30% of the total.\n\n"
             "Approvals for war weapons accounted for SEK 18 billion and other equipment for SEK 12 billion.",
             "2023-12-27")
    assert r["claims"]["SEK 30 billion"]["partner"] == "WLD"
    assert r["claims"]["SEK 18 billion"]["partner"] == "WLD"
    assert r["errors"] == []


def test_defence_spending_is_no_trade_balance():
    r = read("Armenia's exports to Iran were $100 million in 2023, imports from Iran $500 million, a deficit of "
             "$400 million. Armenia spent $1.4 billion on defence in 2023, up 20% from $1.17 billion a year earlier.",
             "2024-02-15")
    assert r["claims"]["$1.4 billion"]["measure"] == "other"
    assert r["errors"] == []


CONTRACTS = ("Romania has signed contracts with US firms worth a combined ${total} billion: a $2.5bn order for "
             "54 tanks, a $1.5bn deal for 18 launchers and $0.9bn for 12 radars.")


def test_a_combined_total_before_a_colon_is_the_sum_of_its_list():
    assert read(CONTRACTS.format(total="4.9"))["errors"] == []
    assert read(CONTRACTS.format(total="5.9"))["errors"]


def test_a_list_opened_by_including_is_no_sum():
    text = CONTRACTS.format(total="5.9").replace(": a $2.5bn", ": including a $2.5bn")
    assert read(text)["errors"] == []
