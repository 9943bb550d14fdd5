"""Sentences of kinds met in the thirty-third round of passages (Indian state and business
press): bare "exports" after a lead on merchandise exports, Indian states as reporters and the
top few of them taken together, "the first half of the fiscal", a sector's exports under two
names, and a share tied by "accounting for" to a region's figure."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-06-14") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


MAY = ("Exports rise 9% to $38.1 bn in May\n\n"
       "New Delhi, June 14 India's merchandise exports rose 9.1 per cent to $38.1 billion in May, official data showed.\n\n"
       "In May last year, exports stood at ${} billion, while imports were $57.5 billion.\n\n"
       "The estimated value of services exports for May is $30.2 billion, against $26.9 billion in May 2023.")


def test_bare_exports_after_a_merchandise_lead_go_on_as_merchandise():
    """"In May last year, exports stood at ..." after "merchandise exports rose": goods, with the
    services given apart a series of their own, not a part of it."""
    good, bad = read(MAY.format("34.92")), read(MAY.format("31.92"))
    c = good["claims"]["$34.92 billion"]
    assert (c["measure"], c["reporter"], c["partner"], c["period"], c["commodity"]) == ("exports", "IND", "WLD", "2023-05", "goods")
    assert good["errors"] == []
    assert bad["errors"]


def test_a_headline_restating_the_merchandise_lead_is_merchandise_too():
    """"Exports rise 9% to $38.1 bn" over the lead's merchandise figure: one figure, of goods."""
    c = read(MAY.format("34.92"))["claims"]["$38.1 bn"]
    assert (c["period"], c["commodity"]) == ("2024-05", "goods")


STATES = ("MUMBAI: Gujarat shipped goods worth $140.0 billion in 2022-23, or 31.1% of the country's exports "
          "of $450.4 billion. Maharashtra came second with $61.0 billion (13.5%), followed by Karnataka at "
          "$24.5 billion and Telangana ($12.3 billion). Together, the top four states accounted for ${} billion, "
          "or about 53% of the national total.")


def test_indian_states_report_their_own_exports():
    """"followed by Karnataka at $24.5 billion": a state of India, its own exports with the world."""
    r = read(STATES.format("237.8"), "2023-08-10")
    for figure, unit in (("$24.5 billion", "IN-KA"), ("$12.3 billion", "IN-TS")):
        c = r["claims"][figure]
        assert (c["reporter_unit"], c["partner"], c["measure"], c["commodity"]) == (unit, "WLD", "exports", None), figure


def test_the_top_states_together_are_their_sum_not_the_national_total():
    """"Together, the top four states accounted for $237.8 billion": the four states' sum, a
    part of the national total (so no second statement of it), checked against its parts."""
    good, bad = read(STATES.format("237.8"), "2023-08-10"), read(STATES.format("257.8"), "2023-08-10")
    c = good["claims"]["$237.8 billion"]
    assert c["reporter"] is None and c["partner"] == "WLD" and c["measure"] == "exports"
    assert good["errors"] == []
    assert bad["errors"]


def test_the_top_few_counted_by_rank_are_a_group_even_with_no_parts_given():
    """"The top five states accounted for $250 billion": no state's figure given, still no
    second statement of the national total."""
    r = read("India's merchandise exports were $437.1 billion in 2023-24. The top five states accounted "
             "for $250.0 billion of that.", "2024-06-20")
    assert r["claims"]["$250.0 billion"]["reporter"] is None
    assert r["errors"] == []


H1 = ("India's engineering exports grew 6% to US$ 55.20 billion during April-September 2024-25. "
      "The share of engineering goods in India's total merchandise exports during the first half of the "
      "fiscal stood at 25.9%, with overall merchandise exports for the period at US$ {} billion.")


def test_the_first_half_of_the_fiscal_is_april_to_september():
    """"during the first half of the fiscal": India's fiscal year from April, its first six months."""
    c = read(H1.format("213.1"), "2024-10-20")["claims"]["25.9%"]
    assert c["period"] == "2024-04/2024-09"


def test_engineering_goods_and_engineering_exports_are_one_product():
    """"engineering exports" and "the share of engineering goods": one product, a part of the
    merchandise exports (not of services), so the share is checked."""
    good, bad = read(H1.format("213.1"), "2024-10-20"), read(H1.format("193.1"), "2024-10-20")
    assert good["claims"]["25.9%"]["commodity"] == good["claims"]["US$ 55.20 billion"]["commodity"] == "engineering"
    assert good["errors"] == []
    assert bad["errors"]


PHARMA = ("India's pharmaceutical exports rose 4 per cent to $26.3 billion in 2021-22. Latin America was the "
          "second market with exports of ${} billion, accounting for 21 per cent of the total, followed by "
          "Africa at $3.3 billion (12.5 per cent).")


def test_a_share_accounting_for_part_of_the_total_is_of_the_region_before_it():
    """"Latin America ... with exports of $5.5 billion, accounting for 21 per cent of the total":
    the region's share of the total, checked against its figure."""
    good, bad = read(PHARMA.format("5.5"), "2022-05-10"), read(PHARMA.format("6.5"), "2022-05-10")
    c = good["claims"]["21 per cent"]
    assert (c["reporter"], c["partner"], c.get("partner_group")) == ("IND", None, "Latin America")
    assert good["errors"] == []
    assert bad["errors"]
