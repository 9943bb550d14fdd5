"""A bloc named by relation to the pair before: "the rest of the EAC" after exports to Uganda
is the bloc but the partner the text was on."""
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
