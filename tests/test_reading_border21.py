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


THAI = ("Thailand's border trade with its four neighbours totalled 512.4 billion baht in January-June. Exports stood at "
        "298.6 billion baht and imports at 213.8 billion baht, giving a surplus of 84.8 billion baht. Malaysia remained the "
        "largest border partner at 141.2 billion baht, followed by Cambodia at 127.6 billion, Laos at 125.0 billion and "
        "Myanmar at {} billion.")


def test_ranked_partners_after_a_balance_are_read_as_their_trade_and_summed():
    r = read(THAI.format("118.6"), "2024-07-25")
    assert r["errors"] == []
    assert {r["claims"][t]["measure"] for t in ("141.2 billion baht", "127.6 billion", "118.6 billion")} == {"trade_total"}
    assert read(THAI.format("128.6"), "2024-07-25")["errors"]


def test_a_place_that_handled_a_share_of_the_total_is_a_part_of_it():
    r = read("Import-export turnover through border gates in Lang Son with China reached US$5.8 billion in the first 10 months "
             "of this year. Huu Nghi international border gate alone handled $3.48 billion, or 60 percent of the total.",
             "2024-11-08")
    assert r["errors"] == []
    assert r["claims"]["$3.48 billion"]["measure"] == "trade_total"


def test_a_relative_clause_between_a_partner_and_its_verb_lends_it_no_product_nor_port():
    r = read("South Africa remained Zimbabwe's biggest trading partner in the first half of 2024, with imports from the "
             "neighbour worth US$1.84 billion. It also bought US$312 million of Zimbabwean goods, leaving a deficit of US$1.53 billion.\n\n"
             "Mozambique, through whose Beira port much of the country's fuel arrives, supplied US$420 million and bought US$54 million.",
             "2024-08-20")
    supplied, bought = r["claims"]["US$420 million"], r["claims"]["US$54 million"]
    assert (supplied["measure"], supplied["reporter"], supplied["partner"]) == ("imports", "ZWE", "MOZ")
    assert bought["measure"] == "exports"
    assert supplied.get("commodity") is None and supplied.get("scope") is None and bought.get("scope") is None
