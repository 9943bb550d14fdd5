"""Sentences of kinds the twenty-second fix round taught (figures of one series kept apart from
another's, or tied to it): how each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-07-22") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


INDIA = ("India's merchandise exports rose to USD 400.0 billion in 2023-24, while imports were USD 650.0 billion, "
         "leaving a trade deficit of USD 250.0 billion. Services exports reached USD 300.0 billion. "
         "The minister said overall exports, at USD {} billion, were a record.")


def test_overall_exports_beside_services_apart_are_goods_and_services():
    r = read(INDIA.format("700"), "2024-04-16")
    assert r["claims"]["USD 700 billion"]["scope"] == "goods and services"
    assert r["errors"] == []  # (not set against the merchandise imports and balance)


def test_overall_exports_beside_services_apart_add_up_goods_and_services():
    assert read(INDIA.format("760"), "2024-04-16")["errors"]


def test_overall_exports_where_services_are_never_given_are_the_flow():
    r = read("Rice exports rose 5% to $2.0 billion in 2023, while overall exports fell 1% to $40.0 billion.", "2024-02-01")
    assert r["claims"]["$40.0 billion"].get("scope") is None


NODX = ("Singapore's exports were S$60.0bn in May 2024. Non-oil domestic exports (NODX) rose 5.0% to S$14.7bn "
        "from S$14.0bn a year earlier; pharmaceuticals NODX of S$2.94bn made up {}% of the total.")


def test_an_acronyms_definition_keeps_its_flow():
    r = read(NODX.format("20.0"), "2024-06-17")
    assert r["claims"]["5.0%"]["measure"] == "exports"
    assert r["claims"]["S$14.7bn"]["measure"] == "exports"


def test_the_total_after_a_part_of_a_defined_series_is_that_series_total():
    assert read(NODX.format("20.0"), "2024-06-17")["errors"] == []
    assert read(NODX.format("25.0"), "2024-06-17")["errors"]


OMAN = ("Oman's merchandise exports reached RO12.00 billion in 2023, while imports amounted to RO8.00 billion.\n\n"
        "Oil and gas exports accounted for RO{} billion of the total. Non-oil exports grew 10.0 percent to RO2.20 billion "
        "from RO2.00 billion in 2022, and re-exports reached RO800 million.")


def test_oil_and_gas_non_oil_exports_and_re_exports_make_the_whole():
    assert read(OMAN.format("9.00"), "2024-03-01")["errors"] == []
    assert read(OMAN.format("9.50"), "2024-03-01")["errors"]


def test_no_sum_of_the_three_where_the_whole_is_read_without_re_exports():
    # (in one paragraph with re-exports the bare total is read as leaving them out: no whole
    # of all three is stated, so none is checked)
    assert read(OMAN.format("9.00").replace("\n\n", " "), "2024-03-01")["errors"] == []


ROMANIA = ("In the period 01.I-30.VI.2024, Romania's exports FOB amounted to 40 000,0 million euro and imports CIF amounted "
           "to 50 000,0 million euro. Compared to the period 01.I-30.VI.2023, exports increased by 2,0% and imports "
           "increased by {}%. The FOB/CIF trade deficit in the first six months of 2024 was 10 000,0 million euro, "
           "1 138,8 million euro higher than in the same period of the previous year, when it stood at 8 861,2 million euro.")


def test_a_fob_cif_balance_is_fob_exports_less_cif_imports():
    r = read(ROMANIA.format("4,0"), "2024-08-09")
    assert r["claims"]["10 000,0 million euro"]["valuation"] == "FOB/CIF"
    assert r["claims"]["8 861,2 million euro"]["valuation"] == "FOB/CIF"
    assert r["errors"] == []


def test_changes_take_the_valuation_of_their_flows_levels():
    r = read(ROMANIA.format("4,0"), "2024-08-09")
    assert r["claims"]["2,0%"]["valuation"] == "FOB"
    assert r["claims"]["4,0%"]["valuation"] == "CIF"
    assert read(ROMANIA.format("5,0"), "2024-08-09")["errors"]
