"""Sentences of kinds met in the sixteenth round of passages (Turkish, Egyptian, Iranian and
Gulf press; Markdown drafts): ranked buyers, epithets for a partner, and multiples between
two flows of one partner or two partners' flows. How each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2025-04-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors, "findings": result["findings"]}


BUYERS = ("Saudi Arabia tops importers of Egyptian goods\n\nCAIRO - Saudi Arabia topped the list of importers of Egyptian goods in 2024, CAPMAS said in its annual bulletin. "
          "It bought $1.9 billion worth, followed by Greece at $1.7 billion and Italy at $1.6 billion.")


def test_a_ranked_list_after_a_figure_worth_keeps_the_flow_of_the_first():
    r = read(BUYERS)
    for text, partner in (("$1.9 billion", "SAU"), ("$1.7 billion", "GRC"), ("$1.6 billion", "ITA")):
        c = r["claims"][text]
        # (Egypt's exports to the buyer, or the buyer's imports from Egypt: one flow)
        assert (c["measure"], c["reporter"], c["partner"]) in (("exports", "EGY", partner), ("imports", partner, "EGY"))


def test_a_capitalised_epithet_is_the_last_country_of_its_form_of_state():
    r = read(BUYERS + "\n\nEgypt's imports from the Kingdom stood at $5.1 billion, bringing trade "
             "between the two countries to $7 billion.")
    imports, total = r["claims"]["$5.1 billion"], r["claims"]["$7 billion"]
    assert (imports["reporter"], imports["partner"]) == ("EGY", "SAU")
    assert (total["reporter"], total["partner"]) == ("EGY", "SAU")
    assert r["errors"] == []


def test_a_capitalised_epithet_with_no_other_place_is_not_read_as_a_partner():
    r = read("Saudi Arabia's non-oil exports rose in 2024. Exports from the Kingdom reached $80 billion.")
    assert r["claims"]["$80 billion"]["reporter"] == "SAU"
