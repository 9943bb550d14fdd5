"""Sentences of kinds met in mirror-statistics and sanctions analyses (round 16): two
countries' counts of one flow, a change in money in apposition, a dateline's credit."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-01-20") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


CHINA = ("China's customs reported exports to Russia of $111bn in 2023, according to data released by the "
         "General Administration of Customs (GACC) on Friday. Imports from Russia rose to $129bn. "
         "Total bilateral trade reached a record $240bn.\n\n")


def test_a_named_office_of_another_country_is_that_countrys_source():
    r = read(CHINA + "Russian figures tell a different story. The Federal Customs Service, which resumed "
             "publication last year, shows imports from China of $100bn.")
    c = r["claims"]["$100bn"]
    assert (c["reporter"], c["partner"], c["source"]) == ("RUS", "CHN", "RUS")
    assert r["errors"] == []  # (the other reporter's imports are no side of China's total)


def test_a_gap_to_another_countrys_figure_is_no_level():
    r = read(CHINA + "The Federal Customs Service shows imports from China of $100bn, some $11bn less "
             "than Chinese exporters declared.")
    assert r["claims"]["$11bn"]["measure"] == "other"
    assert r["claims"]["$100bn"]["measure"] == "imports"


def test_an_amount_in_apposition_to_the_drop_is_a_change():
    r = read("Germany's exports to Russia fell 45% to €14.6 billion in 2022. The drop, of around €12 billion, "
             "was only partly offset by the rise in shipments to Central Asia.", "2023-06-01")
    assert r["claims"]["€12 billion"]["measure"] == "other"
    assert r["errors"] == []


def test_a_place_in_a_datelines_credit_is_no_side_of_the_flow():
    r = read("KYIV (Kyiv Independent) — Germany's exports to Kyrgyzstan soared 5.5-fold to €869 million in 2022 "
             "from €158 million in 2021.", "2023-06-01")
    c = r["claims"]["€869 million"]
    assert (c["reporter"], c["partner"]) == ("DEU", "KGZ")


KAZ = ("ASTANA (Eurasianet) — China's customs recorded exports to Kazakhstan of $24.7bn in 2023, while "
       "Kazakhstan's statistics bureau reported imports from China of just $15.6bn — a gap of $9.1bn.\n\n")


def test_two_countries_sources_in_one_sentence_are_each_its_clauses():
    r = read(KAZ, "2024-03-01")
    assert r["claims"]["$24.7bn"]["source"] == "CHN"
    assert r["claims"]["$15.6bn"]["source"] == "KAZ"


def test_the_gap_between_two_countries_counts_is_no_balance():
    r = read(KAZ + "The discrepancy has more than doubled since 2021, when it stood at $4.2bn.", "2024-03-01")
    assert r["claims"]["$9.1bn"]["measure"] == "other"
    assert r["claims"]["$4.2bn"]["measure"] == "other"
    assert r["errors"] == []


def test_a_bare_gap_in_a_headline_over_two_countries_statistics_is_no_balance():
    r = read("The $9bn gap: China's exports to Kazakhstan vanish from Kazakh data\n\n" + KAZ
             + "Kazakhstan's exports to China match closely: $15.2bn by Kazakh count and $15.0bn by China's.",
             "2024-03-01")
    assert r["claims"]["$9bn"]["measure"] == "other"
    assert r["errors"] == []


def test_by_a_countrys_count_is_that_countrys_source():
    r = read(KAZ + "Kazakhstan's exports to China match closely: $15.2bn by Kazakh count and $15.0bn by China's.",
             "2024-03-01")
    assert r["claims"]["$15.2bn"]["source"] == "KAZ"
    assert r["claims"]["$15.0bn"]["source"] == "CHN"


def test_a_country_that_reports_a_flow_against_anothers_customs_makes_a_gap_of_counts():
    r = read("WASHINGTON — China reported exports of high-priority items to Russia worth $4.9bn in 2023, while "
             "Russian customs recorded imports of the same goods from China worth $6.3bn, a gap of $1.4bn.", "2024-04-15")
    assert r["claims"]["$1.4bn"]["measure"] == "other"


def test_a_trade_gap_with_its_own_flow_word_stays_a_balance():
    r = read("The Commerce Department said the deficit on goods and services grew 12.2%, reaching $948.1 billion. "
             "The goods gap widened 9.3% to $1.19 trillion.", "2023-02-07")
    assert r["claims"]["$1.19 trillion"]["measure"] == "balance"


def test_a_place_before_a_government_body_after_by_is_no_partner():
    r = read("Turkey's exports to Russia rose 62% to $8.1bn in January-September. Exports of dual-use items "
             "flagged by the US Treasury, meanwhile, fell to $158mn in the third quarter.", "2023-11-05")
    c = r["claims"]["$158mn"]
    assert (c["reporter"], c["partner"]) == ("TUR", "RUS")
