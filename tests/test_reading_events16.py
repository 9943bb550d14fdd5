"""A clause at a sentence's start that dates it by an event (probe round 16, long-run
pieces): its places are no side of the flows after it."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-05-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_the_bloc_a_country_joined_is_no_partner_of_its_exports():
    r = read("Polish exports have grown more than fivefold\n\nWARSAW, 1 May - Since Poland joined the European Union on 1 May 2004, its merchandise exports "
             "have risen from EUR 65.8bn in 2003 to EUR 353.9bn in 2023. The EU took 74.6% of exports, or "
             "EUR 264.0bn, in 2023.")
    c = r["claims"]["EUR 353.9bn"]
    assert (c["reporter"], c["partner"]) == ("POL", "WLD")
    assert r["errors"] == []


def test_a_partner_named_again_after_the_event_is_still_the_partner():
    r = read("Since China joined the WTO in 2001, its exports to the United States have grown to $500 billion.")
    assert (r["claims"]["$500 billion"]["reporter"], r["claims"]["$500 billion"]["partner"]) == ("CHN", "USA")


def test_a_clause_with_a_flow_of_its_own_is_no_event():
    r = read("When Kenya exported tea worth $1.2 billion to Pakistan in 2023, prices rose.")
    assert (r["claims"]["$1.2 billion"]["reporter"], r["claims"]["$1.2 billion"]["partner"]) == ("KEN", "PAK")
