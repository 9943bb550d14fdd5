"""Sentences that name a sector or product of a flow in the ways Latin American and South Asian
trade reports do ("agribusiness exports", "Non-traditional exports", "woven items", "Earnings
from X were", "total rubber sector earnings"): each figure is read as a part, not the whole."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-05-14") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_a_sector_adjective_before_exports_after_a_dateline_names_a_part():
    r = read("BUENOS AIRES, May 14 - Argentine agribusiness exports reached US$ 4.1 billion in April, "
             "or 61% of the country's total exports of US$ 6.7 billion. Total exports rose 9% and imports "
             "were US$ 5.2 billion, for a total trade flow of US$ 11.9 billion.")
    assert r["claims"]["US$ 4.1 billion"]["commodity"] == "agribusiness"
    assert r["errors"] == []


def test_traditional_non_traditional_and_other_exports_are_three_parts():
    r = read("Ecuador's exports rose to $2,950 million in April. Traditional exports, mostly oil and bananas, "
             "reached $1,700 million. Non-traditional exports, including shrimp and flowers, were $1,200 million, "
             "with other exports making up the remaining $50 million.", "2024-06-10")
    assert r["claims"]["$1,700 million"]["commodity"] == "traditional"
    assert r["claims"]["$1,200 million"]["commodity"] == "non-traditional"
    assert r["claims"]["$50 million"]["commodity"] == "other"
    # (traditional plus non-traditional is not the whole when an "other" part is given)
    assert r["errors"] == []


def test_sector_adjectives_joined_in_a_list_with_the_verb_left_out():
    r = read("Chile's exports totaled US$ 8,000 million in February. Mining exports reached US$ 4,500 million, "
             "agricultural, forestry and fishing exports US$ 900 million and industrial exports US$ 2,600 million. "
             "Copper shipments amounted to US$ 4,100 million.", "2024-03-08")
    assert r["claims"]["US$ 900 million"]["commodity"] == "agricultural, forestry and fishing"
    assert r["claims"]["US$ 2,600 million"]["commodity"] == "industrial"
    assert r["errors"] == []


def test_a_sector_flow_after_by_is_a_cause_not_the_subject():
    r = read("Boosted by agricultural exports, Paraguay's exports rose to $1.2 billion in March.", "2024-04-10")
    assert r["claims"]["$1.2 billion"]["commodity"] is None


def test_a_modifier_before_items_names_the_known_product_it_starts():
    r = read("Bangladesh's garment shipments fetched $40.0 billion in fiscal 2022-23. Knitwear exports were "
             "$22.0 billion and woven garments $18.0 billion. Knitwear grew 8.0 percent from $20.37 billion, "
             "while woven items rose 12.5 percent from $16.0 billion.", "2023-07-05")
    assert r["claims"]["12.5 percent"]["commodity"] == "woven garments"
    assert r["claims"]["$16.0 billion"]["commodity"] == "woven garments"
    assert r["errors"] == []


def test_earnings_from_a_product_name_it():
    r = read("Sri Lanka's merchandise export earnings in February 2024 amounted to US$ 1,000.0 million, "
             "an increase of 10.0% compared to US$ 909.1 million in February 2023. Earnings from coconut-based "
             "products were US$ 70.0 million in February, a 5.0% increase over US$ 66.7 million in the same "
             "month of 2023.", "2024-03-22")
    assert r["claims"]["US$ 70.0 million"]["commodity"] == "coconut-based products"
    assert r["errors"] == []


def test_bare_earnings_carry_the_product_of_the_sentence_before():
    r = read("Kenya's tea exports in March 2024 fetched KSh 20.0 billion, up from KSh 18.0 billion. "
             "In dollar terms, earnings were US$ 140.0 million compared with US$ 120.0 million a year ago. "
             "Meanwhile, cut flower exports were US$ 5.0 million, while flower-based products brought in "
             "US$ 45.0 million, taking total horticulture sector earnings to US$ 50.0 million.", "2024-04-26")
    assert r["claims"]["US$ 140.0 million"]["commodity"] == "tea"
    assert r["claims"]["US$ 50.0 million"]["commodity"] == "horticulture"
    assert r["errors"] == []


def test_engineering_goods_are_a_class_of_goods():
    r = read("On the export side, engineering goods, the largest category, grew 20.0 per cent to US$ 9.0 billion "
             "from US$ 7.5 billion, while electronic goods rose 50.0 per cent to US$ 3.0 billion from US$ 2.0 billion.",
             "2024-11-14")
    assert r["claims"]["US$ 9.0 billion"]["commodity"] == "engineering goods"
    assert r["errors"] == []


def test_a_partner_named_by_an_epithet_is_the_partner_named_before():
    r = read("KINGSTON, Mar 4 - Jamaica's exports to the United States rose 4.0% to US$ 520 million in 2023. "
             "Imports from the United States totaled US$ 2,900 million, leaving the Caribbean country with a "
             "trade deficit of US$ 2,380 million with its largest trading partner.", "2024-03-04")
    deficit = r["claims"]["US$ 2,380 million"]
    assert (deficit["reporter"], deficit["partner"]) == ("JAM", "USA")
    assert r["errors"] == []


def test_a_countrys_bloc_neighbour_is_the_member_named_before():
    r = read("Montevideo, May 6th 2024 - Uruguay exported goods worth US$ 1,100 million in April. "
             "Brazil was again the main partner. Sales to Uruguay's Mercosur neighbour totaled US$ 210 million "
             "in April, while purchases from it reached US$ 260 million, for a deficit of US$ 50 million.",
             "2024-05-06")
    sales = r["claims"]["US$ 210 million"]
    assert (sales["reporter"], sales["partner"]) == ("URY", "BRA")
    assert r["errors"] == []


def test_a_wrong_deficit_with_a_partner_named_by_an_epithet_is_caught():
    r = read("KINGSTON, Mar 4 - Jamaica's exports to the United States rose 4.0% to US$ 520 million in 2023. "
             "Imports from the United States totaled US$ 2,900 million, leaving the Caribbean country with a "
             "trade deficit of US$ 2,830 million with its largest trading partner.", "2024-03-04")
    assert any("balance" in e for e in r["errors"])
