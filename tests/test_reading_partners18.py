"""Sentences met in an eighteenth round of passages (figures in two currencies side by side,
emerging-market English-language press): who reports and who is the partner."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-11-20") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def pair(claim: dict) -> tuple:
    return claim["reporter"], claim["partner"]


def test_a_fronted_with_names_the_partner_and_the_subject_reports():
    r = read("Malaysia's exports rose in October. With the United States, Malaysia sold RM15.9 billion worth "
             "of goods and bought RM11.2 billion, giving it a RM4.7 billion surplus.")
    sold, bought = r["claims"]["RM15.9 billion"], r["claims"]["RM11.2 billion"]
    assert pair(sold) == ("MYS", "USA") and sold["measure"] == "exports"
    assert pair(bought) == ("MYS", "USA") and bought["measure"] == "imports"
    assert r["errors"] == []


def test_places_in_a_list_after_a_preposition_keep_one_role():
    r = read("Malaysia's exports to Singapore, Thailand and Vietnam reached RM30.1 billion in October.")
    assert r["claims"]["RM30.1 billion"]["reporter"] == "MYS"
