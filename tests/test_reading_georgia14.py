"""Sentences of kinds met in the fourteenth round of passages (the Caucasus and Iran): a US
state that shares a country's name, re-exports beside a total, shares of turnover."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-03-12") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def side(c: dict) -> tuple:
    return (c.get("reporter") or c.get("reporter_unit"), c.get("partner") or c.get("partner_unit"))


TBILISI = ("TBILISI, March 12 (Civil.ge) – Trade turnover between Georgia and the United States reached $1.31 billion "
           "in 2023: Georgia's exports to the US were $0.30 billion and imports $1.01 billion. Georgia's total "
           "exports in 2023 were $6.08 billion.\n\n")


def test_the_us_state_of_a_countrys_name_is_the_state_not_the_country():
    r = read(TBILISI + "The host state is a much larger trader: the US state of Georgia exported $48.2 billion "
                       "worth of goods in 2023, up 5.2% from a year earlier.")
    assert side(r["claims"]["$48.2 billion"]) == ("US-GA", "WLD")
    assert side(r["claims"]["$6.08 billion"]) == ("GEO", "WLD")
    assert r["errors"] == []


def test_the_state_of_a_us_state_is_its_subject_not_a_partner():
    r = read("The state of Texas exported $48.2 billion worth of goods in 2023.")
    assert side(r["claims"]["$48.2 billion"]) == ("US-TX", "WLD")


def test_a_text_datelined_in_the_state_that_calls_it_the_state_is_about_the_state():
    r = read("ATLANTA — Georgia's exports reached a record $48.2 billion in 2023, up 5.2% from $45.8 billion a "
             "year earlier.\n\nCanada remained the state's top export market at $6.1 billion.", "2024-02-20")
    assert side(r["claims"]["$48.2 billion"]) == ("US-GA", "WLD")
    assert side(r["claims"]["$6.1 billion"]) == ("US-GA", "CAN")


def test_georgia_the_country_stays_the_country():
    r = read("TBILISI — Georgia's exports rose 8.5% to $6.08 billion in 2023, and the state statistics office "
             "said imports reached $15.6 billion.", "2024-02-19")
    assert side(r["claims"]["$6.08 billion"]) == ("GEO", "WLD")


GEOSTAT = ("TBILISI, February 19 (Geostat) – Georgia's exports reached $6.08 billion in 2023, up 8.5% compared "
           "with the previous year. Domestic exports amounted to $3.81 billion, while re-exports totalled "
           "${} billion, or 37.3% of total exports.")


def test_a_bare_total_beside_domestic_exports_and_re_exports_is_their_whole():
    good, bad = read(GEOSTAT.format("2.27"), "2024-02-19"), read(GEOSTAT.format("2.57"), "2024-02-19")
    assert good["claims"]["$6.08 billion"].get("commodity") is None
    assert good["claims"]["$3.81 billion"]["commodity"] == "excluding re-exports"
    assert good["errors"] == [] and bad["errors"]


def test_a_participles_aside_naming_destinations_sets_no_pair():
    r = read(GEOSTAT.format("2.27") + "\n\nMotor cars, almost all of them re-exported to Central Asia and Armenia, "
             "were the top export commodity at $1.16 billion (19.1%).", "2024-02-19")
    c = r["claims"]["$1.16 billion"]
    assert side(c) == ("GEO", "WLD") and c["commodity"] == "cars" and not c.get("reporter_group")
    assert r["errors"] == []


NINE_MONTHS = ("TBILISI, October 21 – Georgia's external trade turnover in January-September 2024 was $16.08 "
               "billion. Exports rose 3.1% to $4.50 billion, while imports increased 2.1% to $11.58 billion. ")


def test_a_flows_share_of_the_turnover_is_of_the_total_trade():
    for sentence in ("Exports accounted for {}% of the turnover.", "The share of exports in turnover was {}%."):
        good, bad = (read(NINE_MONTHS + sentence.format(v), "2024-10-21") for v in ("28.0", "31.0"))
        c = good["claims"]["28.0%"]
        assert (c["measure"], side(c)) == ("exports", ("GEO", "WLD"))
        assert good["errors"] == [] and bad["errors"], sentence


def test_a_balance_as_a_share_of_the_turnover_is_its_size():
    text = ("TBILISI, July 19 – External merchandise trade of Georgia in January-June 2024 totalled USD 10,184.6 "
            "million. Exports amounted to USD 2,905.3 million, imports USD 7,279.3 million. The negative trade "
            "balance was USD 4,374.0 million, or {}% of turnover.")
    good, bad = read(text.format("42.9"), "2024-07-19"), read(text.format("45.9"), "2024-07-19")
    assert good["claims"]["42.9%"]["measure"] == "balance"
    assert good["errors"] == [] and bad["errors"]


def test_a_partners_share_of_the_turnover_is_left_alone():
    r = read(NINE_MONTHS + "Imports from Turkey accounted for 15.0% of the turnover.", "2024-10-21")
    assert r["errors"] == []


def test_a_participle_after_a_clause_of_its_own_is_no_aside():
    r = read("BRASILIA, January 6, 2022 - According to the ministry, the country last year shipped to China goods "
             "worth US$89.75 billion and bought US$48.34 billion worth in return.", "2022-01-06")
    assert side(r["claims"]["US$89.75 billion"]) == ("BRA", "CHN")


def test_the_current_iranian_calendar_year_is_irans_own_year():
    r = read("TEHRAN, Nov. 5 (IRNA) – Iran's non-oil trade in the first seven months of the current Iranian "
             "calendar year (March 21-October 22) reached $60.5 billion.", "2024-11-05")
    assert r["claims"]["$60.5 billion"]["period"] == "2024-04/2024-10"


def test_a_months_possessive_and_a_span_before_total_name_no_product():
    r = read("TBILISI, November 20 (Geostat) – Georgia's exports in October 2024 reached $578.4 million. In "
             "January-October, exports were $5.08 billion. October's exports thus made up 11.4% of the ten-month "
             "total. October's imports rose 5.2%.", "2024-11-20")
    assert r["claims"]["11.4%"].get("commodity") is None
    assert r["claims"]["5.2%"].get("commodity") is None


def test_the_day_a_named_year_ended_on_does_not_date_the_figure():
    r = read("TEHRAN, July 24, 2018 - Customs figures put the country's iron ore exports in the last Iranian calendar "
             "year (which ended on March 20, 2018) at $1,072,000,000.", "2018-07-24")
    assert r["claims"]["$1,072,000,000"]["period"] == "2017-04/2018-03"
