"""Sentences of kinds met in a twelfth round of passages (Central and Eastern European
statistics offices, fact checks): named groups of partners, their complements, and a whole
set beside a part of it. How each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-07-22") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def partner(c: dict) -> str | None:
    return c.get("partner") or ("group:" + c["partner_group"] if c.get("partner_group") else None)


SERBIA = ("Total exports of goods of the Republic of Serbia in 2023 amounted to RSD 3 012,5 billion, "
          "while imports amounted to RSD 3 776,9 billion. The foreign trade deficit amounted to RSD 764,4 billion. ")


def test_a_trade_bloc_is_a_partner_and_the_region_refers_back_to_it():
    r = read(SERBIA + "Exports to CEFTA countries reached RSD 471,0 billion and imports from CEFTA RSD 178,3 billion, "
             "so Serbia recorded a surplus of RSD 292,7 billion with the region.", "2024-01-31")
    assert [partner(r["claims"][t]) for t in ("RSD 471,0 billion", "RSD 178,3 billion", "RSD 292,7 billion")] \
        == ["group:CEFTA"] * 3
    assert r["errors"] == []


def test_the_exports_of_the_republic_of_a_country_are_its_own():
    c = read(SERBIA, "2024-01-31")["claims"]["RSD 3 012,5 billion"]
    assert (c["reporter"], c["partner"]) == ("SRB", "WLD")


def test_the_region_with_a_wrong_balance_is_still_an_error():
    r = read(SERBIA + "Exports to CEFTA countries reached RSD 471,0 billion and imports from CEFTA RSD 178,3 billion, "
             "so Serbia recorded a surplus of RSD 297,2 billion with the region.", "2024-01-31")
    assert r["errors"]


BULGARIA = ("In the period January-July 2024, Bulgarian exports of goods to the EU Member States amounted to "
            "BGN 26 214,5 million, while imports of goods from the EU were BGN 26 940,1 million. ")


def test_a_balance_with_a_partner_said_to_be_negative_is_a_deficit():
    r = read(BULGARIA + "The trade balance with the EU was negative at BGN 725,6 million.", "2024-09-09")
    assert r["claims"]["BGN 725,6 million"]["value"] < 0
    assert r["errors"] == []


def test_third_countries_after_the_eu_are_every_partner_but_the_eu():
    r = read(BULGARIA + "Exports to third countries (non-EU) totalled BGN 13 112,0 million and imports from "
             "third countries BGN 16 003,5 million, with a deficit of BGN 2 891,5 million.", "2024-09-09")
    for t in ("BGN 13 112,0 million", "BGN 16 003,5 million", "BGN 2 891,5 million"):
        assert (r["claims"][t]["reporter"], partner(r["claims"][t])) == ("BGR", "group:other than EUU")
    assert r["errors"] == []


def test_the_whole_before_of_which_is_not_with_the_parts_partner():
    r = read("Czech trade surplus with EU offsets deficit with third countries. "
             "Czech exports of goods reached CZK 4 589,3 bn in 2023, of which exports to EU Member States accounted "
             "for CZK 3 753,0 bn (81,8%). Imports amounted to CZK 4 276,1 bn, of which CZK 2 565,7 bn (60,0%) came "
             "from the EU and CZK 1 710,4 bn from third countries.", "2024-02-06")
    assert [partner(r["claims"][t]) for t in ("CZK 4 589,3 bn", "CZK 3 753,0 bn", "CZK 4 276,1 bn", "CZK 2 565,7 bn",
                                               "CZK 1 710,4 bn")] == ["WLD", "EUU", "WLD", "EUU", "group:other than EUU"]
    assert r["errors"] == []


def test_a_wrong_share_of_the_whole_before_of_which_is_an_error():
    r = read("Czech exports of goods reached CZK 4 589,3 bn in 2023, of which exports to EU Member States accounted "
             "for CZK 3 753,0 bn (84,8%).", "2024-02-06")
    assert r["errors"]


def test_the_total_a_part_is_out_of_is_the_worlds():
    r = read("In cash terms, the UK exported £358.6 billion to the EU last year out of total exports of £859.6 billion.",
             "2024-05-20")
    assert partner(r["claims"]["£358.6 billion"]) == "EUU"
    assert partner(r["claims"]["£859.6 billion"]) == "WLD"


def test_the_rest_of_the_world_after_a_partner_is_every_partner_but_it():
    r = read("ONS data shows the UK exported £42.1 billion of goods to the EU in the third quarter of 2024, compared "
             "with £43.6 billion in the third quarter of 2018. That is a fall of 3.4%. Goods exports to the rest of "
             "the world grew in cash terms, to £47.9 billion in the third quarter of 2024 from £41.2 billion in the "
             "same quarter of 2018, a rise of 16.3%.", "2025-01-14")
    for t in ("£47.9 billion", "£41.2 billion", "16.3%"):
        assert partner(r["claims"][t]) == "group:other than EUU"
    assert r["errors"] == []


def test_the_rest_of_the_world_with_no_partner_before_is_the_world():
    r = read("Brazil's trade surplus with the rest of the world climbed 7 percent last year, reaching US$50.99 billion.",
             "2021-01-07")
    assert partner(r["claims"]["US$50.99 billion"]) == "WLD"


def test_a_share_of_a_partners_flow_is_of_that_flow():
    r = read("In 2024 South Africa exported goods worth R156.4 billion to the United States. The US took 7.5% of "
             "South Africa's total exports of R2,071.8 billion. Goods entering the US duty-free under AGOA were "
             "worth R42.7 billion, or 27.3% of exports to the US.", "2025-03-05")
    assert r["claims"]["27.3%"]["partner"] == "USA"
    assert r["errors"] == []
