"""Where a clause turns to another side or product: "the rest of the EAC" after exports to
Uganda is the bloc but the partner the text was on; in "duties on Chinese EVs as trade gap
stays near €300 billion" the product belongs to the clause before "as"."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-04-20") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


LEAD = "Kenya's exports to Uganda rose to $2.0 billion in 2023 from $1.8 billion in 2022. "


def test_the_rest_of_a_bloc_leaves_out_the_partner_the_text_was_on():
    r = read(LEAD + "Exports to the rest of the EAC were $1.1 billion.")
    c = r["claims"]["$1.1 billion"]
    assert "other than UGA" in (c.get("partner_group") or "")
    assert r["errors"] == []


def test_a_product_before_an_as_clause_on_a_flow_is_not_that_flows():
    r = read("EU slaps duties on Chinese EVs as trade gap stays near €300 billion\n\n"
             "The EU's trade deficit with China narrowed to €291.1 billion in 2023. The EU imported "
             "electric cars worth €11.5 billion from China in 2023.", "2024-06-13")
    c = r["claims"]["€300 billion"]
    assert c["commodity"] is None and c["bound"] == "approx"
    assert r["errors"] == []


def test_the_product_after_as_names_its_own_clauses_flow():
    r = read("Kenya's tea exports rose 10% to $1.2 billion as coffee exports fell 5% to $0.3 billion.")
    assert r["claims"]["$0.3 billion"]["commodity"] == "coffee"
