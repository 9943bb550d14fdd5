"""Sentences of kinds met in reports on land-border and informal cross-border trade (probe
round 21): how each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-06-30") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors, "findings": result["findings"]}


EAC = ("Trade among East African Community partner states rose to $10.9 billion in 2023 from $10.2 billion in 2022. "
       "Intra-EAC trade accounted for 14.6 per cent of the bloc's total trade of $74.7 billion. Informal flows, mostly by "
       "small-scale traders at posts such as Namanga, Busia and Mutukula, are estimated at 30-40 per cent of formal trade, or {}.")


def test_a_share_of_formal_trade_is_of_the_recorded_flow_and_its_money_the_unrecorded_part():
    r = read(EAC.format("$3.3-4.4 billion"))
    assert r["errors"] == []
    assert r["claims"]["$3.3-4.4 billion"].get("scope") == "unrecorded"
    assert any("30-40 per cent" in f["message"] and f["status"] == "consistent" for f in r["findings"])


def test_a_wrong_restatement_of_a_share_of_formal_trade_is_found():
    r = read(EAC.format("$6.3-7.4 billion"))
    assert any("30-40 per cent" in e for e in r["errors"])


BUSIA = ("Kenya's exports to Uganda through the Busia one-stop border post rose to KSh 36bn in the three months to September "
         "from KSh 32bn a year earlier, Kenya Revenue Authority data show.\n\n"
         "Imports from Uganda through the post reached KSh 9bn, up from KSh 8bn. Total trade through Busia thus stood at KSh 45bn, "
         "while Kenya's surplus at the crossing widened to KSh {}bn from KSh 24bn.")


def test_a_crossing_pointed_back_to_shares_the_scope_of_the_paragraphs_figures():
    r = read(BUSIA.format(27), "2024-11-10")
    assert r["errors"] == []
    assert r["claims"]["KSh 27bn"].get("scope") == r["claims"]["KSh 9bn"].get("scope")
    assert read(BUSIA.format(29), "2024-11-10")["errors"]
