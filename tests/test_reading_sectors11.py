"""Sentences of kinds met in the eleventh round of passages (East Asian customs releases,
African statistics offices): sector subjects, parts of a month and the year so far,
relative clauses after a product subject, buyers as subjects. How each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2025-01-10") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


MALAYSIA = "Malaysia's exports in 2024 were estimated at $250.0 billion, up 5.0% from 2023. "


def test_a_sector_as_the_subject_of_a_flow_verb_is_the_figures_scope():
    r = read(MALAYSIA + "The foreign-owned (FO) sector, excluding palm oil, exported $175.0 billion worth of goods, "
                        "making up 70.0% of total exports, while the local sector contributed $75.0 billion, or 30.0%.")
    part, share = r["claims"]["$175.0 billion"], r["claims"]["70.0%"]
    assert part["commodity"].startswith("foreign-owned sector")  # (less its exclusion)
    assert share["commodity"] == part["commodity"]
    assert r["errors"] == []


def test_a_sector_subject_with_a_wrong_share_is_still_checked():
    r = read(MALAYSIA + "The foreign-owned sector exported $175.0 billion worth of goods, making up 77.0% of total exports.")
    assert r["errors"]


def test_a_clause_opened_by_a_sector_and_a_change_of_a_sector_named_after_it():
    r = read(MALAYSIA + "In the private economic sector, exports rose 9.5% over the year, faster than the 2.5% growth of the state sector.")
    assert r["claims"]["9.5%"]["commodity"] == "private economic sector"
    assert r["claims"]["2.5%"]["commodity"] == "state sector"
    assert r["errors"] == []


def test_days_from_a_months_first_are_a_part_of_the_month_and_the_year_so_far_runs_to_it():
    r = read("Exports reached US$15.0 billion in the May 1-10 period, up 3.0 percent on-year, the customs office said. "
             "Imports fell 2.0 percent to US$16.0 billion. "
             "For the year so far, exports stood at US$280.0 billion and imports at US$270.0 billion, "
             "a cumulative surplus of US$10.0 billion.", "2024-05-11")
    c = r["claims"]
    assert (c["US$15.0 billion"]["period"], c["US$15.0 billion"].get("period_part")) == ("2024-05", "to date")
    assert c["US$16.0 billion"].get("period_part") == "to date"  # dated by the discourse, still the part
    assert c["US$280.0 billion"]["period"] == "2024-01/2024-05"
    assert c["US$10.0 billion"]["period"] == "2024-01/2024-05"
    assert r["errors"] == []


def test_a_relative_clause_after_a_product_subject_keeps_the_product():
    r = read("Kenya's exports rose to Sh1,000.0 billion in 2023. "
             "Mineral fuels, which include coal, crude oil and natural gas, brought in Sh50.0 billion, "
             "representing 5.0 percent of the total. Cut flowers, which had slumped in 2022, earned Sh80.0 billion.",
             "2024-04-30")
    c = r["claims"]
    assert c["Sh50.0 billion"]["commodity"] == "mineral fuels"
    assert c["5.0 percent"]["commodity"] == "mineral fuels"
    assert c["Sh80.0 billion"]["commodity"] and c["Sh80.0 billion"]["period"] == "2023"
    assert r["errors"] == []


def test_a_buyer_that_paid_for_the_texts_goods_takes_its_exports():
    r = read("Uganda's coffee exports reached 1.10 billion dollars in 2023. Italy was the largest buyer, "
             "followed by Germany and Sudan, which paid 90.0 million dollars for Ugandan beans.", "2024-02-01")
    c = r["claims"]["90.0 million dollars"]
    assert (c["measure"], c["reporter"], c["partner"]) == ("exports", "UGA", "SDN")


def test_a_change_after_a_buyers_amount_is_of_the_same_flow():
    r = read("Kenya's tea export earnings rose to Sh180.0 billion in 2023. "
             "Egypt, long a top market for Kenyan tea, took 50.0 million kilos worth Sh30.0 billion, "
             "a 25.0 percent rise from Sh24.0 billion in 2022.", "2024-02-20")
    change, earlier = r["claims"]["25.0 percent"], r["claims"]["Sh24.0 billion"]
    assert (change["measure"], change["reporter"], change["partner"]) == ("exports", "KEN", "EGY")
    assert earlier["measure"] == "exports"
    assert r["errors"] == []
