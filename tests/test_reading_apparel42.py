"""Textile and apparel trade as exporters' associations and the trade press report it (round
42 of passages): a rival's change in a "whose" clause, a bloc naming where a market ranks,
and a product's change in a "with" clause after its sector's."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-04-20") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


RIVAL = ("Cambodian garment exports to the EU slip\n\n"
         "Cambodia's garment exports to the European Union fell 4.0% to €4.80 billion in 2023 from €5.00 billion in 2022.\n\n"
         "Cambodia trails Vietnam, whose shipments rose 9.5% during the year.")


def test_a_change_in_a_whose_clause_is_the_antecedents_flow():
    """"after Vietnam, whose shipments rose 9.5%": Vietnam's shipments, not the reporter's."""
    r = read(RIVAL)
    assert r["claims"]["9.5%"]["reporter"] == "VNM"
    assert r["errors"] == []


MARKETS = ("Pakistan knitwear exports to the EU\n\n"
           "Pakistan's knitwear exports to the European Union rose 6.0% to €3.18 billion in 2023 from €3.00 billion in 2022.\n\n"
           "The Netherlands was the largest EU market at €0.95 billion, followed by Italy at €0.61 billion and Belgium at €0.42 billion.")


def test_a_bloc_between_the_rank_and_its_noun_names_no_side():
    """"X was the largest EU market at A, followed by Y at B": the reporter's exports to X, Y."""
    r = read(MARKETS)
    assert (r["claims"]["€0.95 billion"]["reporter"], r["claims"]["€0.95 billion"]["partner"]) == ("PAK", "NLD")
    assert (r["claims"]["€0.61 billion"]["reporter"], r["claims"]["€0.61 billion"]["partner"]) == ("PAK", "ITA")
    assert r["claims"]["€0.95 billion"]["measure"] == "exports"
    assert r["errors"] == []


WITH_PART = ("Sri Lanka textile exports\n\n"
             "During January-June 2022, Sri Lanka's textile exports amounted to $2.40 billion, up 10.0 percent over $2.18 billion a year earlier.\n\n"
             "Textile exports grew strongly, with knitwear up 31 percent in the six months.")


def test_a_known_product_in_a_with_clause_owns_the_change():
    """"textile exports grew, with knitwear up 31 percent": knitwear's change, not textiles'."""
    r = read(WITH_PART)
    assert r["claims"]["31 percent"]["commodity"] == "knitwear"
    assert r["errors"] == []


def test_the_sectors_own_change_is_still_checked():
    """The sector's stated change, altered, is still flagged against its two levels."""
    r = read(WITH_PART.replace("up 10.0 percent", "up 19.0 percent"))
    assert any("19.0 percent" in e for e in r["errors"])
