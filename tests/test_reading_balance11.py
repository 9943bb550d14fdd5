"""Sentences of kinds met in the eleventh round's bilateral-relations pieces (news agencies of
the CIS in translation): whose balance a "balance for X" is, "mutual trade" between two named
countries, a pair named by hyphenated demonyms, and one country's "foreign trade turnover"."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-03-05") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def pair(claim: dict) -> tuple:
    return claim["reporter"], claim["partner"]


FLOWS = ("Belarusian exports to Iran increased to $62.4 million in 2018, while imports from Iran "
         "decreased to $23.2 million. ")


def test_the_country_after_balance_of_trade_for_owns_the_balance():
    r = read(FLOWS + "As a result, the positive balance of trade for Belarus was $39.2 million.", "2019-02-15")
    assert pair(r["claims"]["$39.2 million"]) == ("BLR", "IRN")
    assert r["errors"] == []


def test_a_balance_said_to_be_positive_for_a_country_is_its_own():
    r = read("Iran's exports to Belarus were $23.2 million in 2018 and its imports from Belarus $62.4 million. "
             "The trade balance was positive for Belarus at $39.2 million.", "2019-02-15")
    assert pair(r["claims"]["$39.2 million"]) == ("BLR", "IRN")
    assert r["errors"] == []


def test_a_bulleted_balance_for_a_country_before_a_colon_is_its_own():
    r = read("Armenian-Iranian trade in January-June 2023:\n\n"
             "- exports from Armenia to Iran: $78.2 million;\n"
             "- imports from Iran to Armenia: $265.4 million;\n"
             "- negative balance for Armenia: $187.2 million.\n", "2023-08-25")
    c = r["claims"]["$187.2 million"]
    assert pair(c) == ("ARM", "IRN") and c["value"] < 0
    assert r["errors"] == []


def test_a_wrong_balance_for_a_country_is_still_found():
    r = read(FLOWS + "As a result, the positive balance of trade for Belarus was $49.2 million.", "2019-02-15")
    assert r["errors"]
