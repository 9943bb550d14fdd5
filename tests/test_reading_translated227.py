"""Translated press, second round (Russian, Spanish, Turkish, Chinese and Arabic wires put
into English word for word): how each kind of sentence is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-06-20") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_a_multiple_with_a_decimal_comma_is_read_whole():
    r = read("The turnover between Kazakhstan and Georgia in 2023 made $2,4 bln, that is 2,5 times more "
             "than a year earlier ($0,96 bln).")
    assert r["claims"]["2,5 times more"]["factor"] == 2.5
    assert r["errors"] == []


def test_a_compound_of_two_scales_is_one_amount():
    r = read("In May exports were realized as 19 billion 304 million dollars and imports as "
             "24 billion 110 million dollars, so the deficit was 4 billion 806 million dollars.")
    assert r["claims"]["19 billion 304 million dollars"]["value"] == 19.304e9
    assert r["claims"]["4 billion 806 million dollars"]["measure"] == "balance"
    assert r["errors"] == []


def test_a_text_with_decimal_commas_groups_thousands_by_dots():
    r = read("Chile registered in May a surplus of 312 million dollars. Exports reached 8.245 million "
             "dollars, a rise of 4,2%, and imports totaled 7.933 million dollars, a fall of 3,1%.")
    assert r["claims"]["8.245 million dollars"]["value"] == 8245e6
    assert r["errors"] == []


def test_a_sentence_opening_with_of_this_keeps_each_change_with_its_own_flow():
    r = read("Trade between Vietnam and Korea reached 40.5 billion dollars in the first five months. "
             "Of this, Vietnam's exports to Korea were 12.5 billion dollars, up 31.6 percent year on year, "
             "and imports from Korea were 28.0 billion dollars, up 4.1 percent.")
    assert r["claims"]["31.6 percent"]["measure"] == "exports"
    assert r["errors"] == []


def test_the_whole_of_a_share_named_after_of_is_trade_with_the_world():
    r = read("Trade of goods between Armenia and Russia in January-March 2024 made $2,6 bln. Its share in "
             "the total foreign trade of goods of Armenia, which made $6,5 bln, was 40,0%.")
    c = r["claims"]["$6,5 bln"]
    assert (c["reporter"], c["partner"]) == ("ARM", "WLD")
    assert r["errors"] == []


def test_a_flow_before_a_bracket_inside_a_reported_clause_governs_the_change():
    r = read("The statistics office issued today its bulletin for the first quarter, which showed that "
             "non-oil exports (including re-exports) increased by 8.1% compared to the first quarter of "
             "2023, reaching OMR 1.6 billion.")
    c = r["claims"]["8.1%"]
    assert c["measure"] == "exports"


def test_the_percentage_of_a_flow_in_a_total_is_a_share():
    r = read("Total exports in the first quarter amounted to SAR 250.0 billion. The percentage of oil "
             "exports from total exports decreased to 75.0%, with a value of SAR 187.5 billion.")
    assert r["claims"]["75.0%"]["kind"] == "share"


def test_the_rate_of_exports_meeting_imports_is_the_coverage_ratio():
    r = read("In May exports were 20 billion dollars and imports were 25 billion dollars. The rate of "
             "exports meeting imports, which was 72,0% in May 2023, rose to 80,0% in May 2024.")
    assert r["claims"]["80,0%"]["kind"] == "share"
    assert r["errors"] == []


def test_a_described_partner_is_the_place_the_sentence_before_was_about():
    r = read("Chile registered in May a deficit of 120 million dollars. Exports reached 7,900 million dollars, "
             "while imports totaled 8,020 million dollars.\n\nPeru continued as main commercial partner. "
             "Sales to the neighbor country were 900 million dollars and purchases 1,100 million dollars, "
             "which left a negative balance of 200 million dollars.")
    c = r["claims"]["900 million dollars"]
    assert (c["reporter"], c["partner"]) == ("CHL", "PER")


def test_the_total_exports_of_the_country_are_the_reporters_with_the_world():
    r = read("Georgia's exports to Armenia in January-May increased by 6,0 percent and reached 0,53 billion "
             "dollars, while imports from Armenia were 0,21 billion dollars.\n\n"
             "Armenia, with this, took place among the top 3 partners in the exports of Georgia. Total exports "
             "of the country in the January-May period were 2,40 billion dollars, and the share of Armenia in "
             "it was 22,1 percent.")
    c = r["claims"]["2,40 billion dollars"]
    assert (c["reporter"], c["partner"]) == ("GEO", "WLD")
    assert r["errors"] == []


def test_a_demonym_before_market_after_to_the_names_the_partner():
    r = read("Exports to the Indian market reached US$ 12,0 billion in 2023, 4,0% of the total sold abroad by "
             "the country, which was US$ 300,0 billion. From India, Brazil bought US$ 8,0 billion in the year.",
             published="2024-01-10")
    c = r["claims"]["US$ 12,0 billion"]
    assert (c["partner"], c["measure"]) == ("IND", "exports")
    assert c["reporter"] != "IND"


def test_import_and_export_in_the_singular_is_total_trade():
    r = read("In the first half, import and export with the European Union was 2.10 trillion yuan, "
             "accounting for 12.6% of the national total.")
    assert r["claims"]["2.10 trillion yuan"]["measure"] == "trade_total"


def test_a_province_named_with_its_unit_noun_and_possessive_reports():
    r = read("Guangdong foreign trade grows in first half\n\n"
             "GUANGZHOU, July 20 -- According to the statistics of Guangdong Branch of the customs, in the "
             "first half of 2024, the import and export of Guangdong province's foreign trade was 4.37 trillion "
             "yuan.\n\nBy trade partners, ASEAN keeps the position of the largest partner, import and export "
             "with ASEAN was 0.67 trillion yuan.", published="2024-07-20")
    c = r["claims"]["4.37 trillion yuan"]
    assert (c["reporter_unit"], c["partner"]) == ("CN-GD", "WLD")
