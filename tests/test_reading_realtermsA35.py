"""Trade in real terms and in indices: a real change labelled in brackets beside the nominal
one, a price deflator's change, the volume of a flow beside its value, a contribution to the
economy's growth, a poll's median estimate, a seasonally adjusted quarter's unsaid footing,
and an index's change checked against the two levels the text gives of it."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-07-20") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_a_bracketed_real_change_is_no_second_nominal_change():
    """Read: "exports rose 4.1% to 98.2 billion francs (real: +2.6%)": the bracket is the real change, a series apart."""
    text = ("In 2022, Swiss exports rose by 4.1% to 98.2 billion francs (real: +2.6%). Imports fell by 1.0% "
            "to 80.1 billion francs (real: -2.2%). In 2021, exports had totalled 94.3 billion francs.")
    r = read(text, published="2023-01-31")
    assert r["claims"]["+2.6%"]["scope"] == "real terms"
    assert r["claims"]["-2.2%"]["scope"] == "real terms"
    assert r["claims"]["98.2 billion francs"].get("scope") is None
    assert r["errors"] == []
    assert read(text.replace("4.1%", "6.1%"), published="2023-01-31")["errors"]


def test_a_price_deflator_change_is_no_change_of_the_flow():
    """Read: "The implicit price deflator for exports rose 3.8%" is a price's change, not the export value's."""
    text = ("The implicit price deflator for exports rose 3.8%, so that exports in current prices "
            "increased 1.1% to $150.6b in the September quarter, from $149.0b in the June quarter.")
    r = read(text, published="2022-12-07")
    assert r["claims"]["3.8%"]["measure"] == "other"
    assert r["claims"]["1.1%"]["measure"] == "exports"
    assert r["errors"] == []


def test_the_volume_of_exports_beside_their_value_is_a_quantity():
    """Read: "the volume of exports rose 0.9%" in a text that gives the value of exports apart is no value change."""
    text = ("The value of goods exports rose 4.2% in the three months to March. "
            "Excluding precious metals, the volume of exports rose 0.9%.")
    r = read(text, published="2019-05-10")
    assert "4.2%" in r["claims"]
    assert "0.9%" not in r["claims"]


def test_a_contribution_to_gdp_growth_is_no_share_of_trade():
    """Read: "net exports accounted for a quarter of Peru's 3% GDP growth" is no share of the trade balance."""
    r = read("Peru's exports rose 6% in 2023. Net exports accounted for a quarter of Peru's 3% GDP growth.",
             published="2024-02-15")
    assert "a quarter" not in r["claims"]


def test_a_polls_median_estimate_is_a_forecast():
    """Read: "against economists' median estimate of a 410.0 billion yen shortfall" is no level of the balance."""
    r = read("Japan ran a trade deficit of 452.3 billion yen in May, against economists' median estimate "
             "of a 410.0 billion yen shortfall.", published="2024-06-19")
    assert r["claims"]["452.3 billion yen"]["measure"] == "balance"
    assert r["claims"]["410.0 billion yen"]["measure"] == "other"


def test_a_seasonally_adjusted_quarters_unsaid_footing_is_no_error():
    """Read: a seasonally adjusted quarter's change with no base said may be on the quarter before: no error on the year-earlier guess."""
    text = ("The goods and services balance was a surplus of $10.2b, seasonally adjusted. "
            "Exports rose 3.0% in the second quarter of 2022 to $160.0b. In the second quarter of 2021, exports were $120.0b.")
    r = read(text, published="2022-09-06")
    assert r["claims"]["3.0%"]["base_period"] == "2021-Q2"
    assert r["errors"] == []  # (33.3% from the levels: the year-earlier base is only a guess)


def test_an_index_change_is_checked_against_its_two_levels():
    """Read: "Real exports rose 1.9% in May ... The real export index stood at 107.1 (2020 average = 100), up from 105.1 in April"."""
    text = ("Real exports rose 1.9% in May from the previous month, central bank data showed.\n\n"
            "The real export index stood at 107.1 (2020 average = 100), up from 105.1 in April.")
    r = read(text, published="2024-06-20")
    assert r["errors"] == []
    assert read(text.replace("105.1", "103.1"), published="2024-06-20")["errors"]


def test_an_index_with_a_large_base_is_checked_from_the_headline_change():
    """Read: "The terms of trade rose 3.0 percent in the September quarter. The index was 1,236, up from 1,200 in the June quarter (June 1957 quarter = 1,000)"."""
    text = ("The goods terms of trade rose 3.0 percent in the September 2022 quarter, Stats NZ said.\n\n"
            "The terms of trade index was 1,236, up from 1,200 in the June 2022 quarter (June 1957 quarter = 1,000).")
    r = read(text, published="2022-11-30")
    assert r["errors"] == []
    assert read(text.replace("1,200", "1,150"), published="2022-11-30")["errors"]


def test_an_index_change_against_the_bracketed_earlier_level():
    """Read: "The index of export prices stood at 108.2 (2015 = 100) in May 2022, 3.9% above its level of May 2021 (104.1)"."""
    text = "The index of export prices stood at 108.2 (2015 = 100) in May 2022, 3.9% above its level of May 2021 (104.1)."
    assert read(text, published="2022-06-20")["errors"] == []
    assert read(text.replace("(104.1)", "(101.1)"), published="2022-06-20")["errors"]


def test_an_index_against_a_year_earlier_takes_the_change_with_that_base():
    """Read: "The index of import prices fell 2.0% in April 2024 compared with April 2023 ... stood at 110.0 in April 2024, compared with 112.2 in April 2023"."""
    text = ("The index of import prices decreased by 2.0% in April 2024 compared with April 2023. "
            "From March 2024 to April 2024 the index rose by 0.5%.\n\n"
            "The index of import prices (2021 = 100) stood at 110.0 in April 2024, compared with 112.2 in April 2023.")
    assert read(text, published="2024-05-30")["errors"] == []
    assert read(text.replace("112.2", "118.2"), published="2024-05-30")["errors"]
