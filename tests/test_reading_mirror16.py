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
