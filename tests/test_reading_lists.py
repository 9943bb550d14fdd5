"""Sentences of kinds met in a seventh round of passages (African, East Asian and East
European papers and wires, commodity and policy reports): headlines that summarise, "the
country", and ranked lists of partners. How each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-03-15") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


COPPER = ("Copper exports hit $9.1bn as maize earnings slump\n\n"
          "LUSAKA, March 2, 2024 — Zambia's copper exports earned $9.10 billion in 2023, up 5.0 per cent "
          "from $8.67 billion in 2022.\n\n"
          "Total merchandise exports for the year amounted to $11.8 billion, with copper accounting for "
          "{share} per cent. Maize exports brought in $0.5 billion, or 4.2 per cent of the total.\n\n"
          "Merchandise imports were $9.6 billion, resulting in a trade surplus of $2.2 billion.")


def test_a_headlines_product_is_no_scope_of_body_sentences_that_name_the_whole_trade():
    r = read(COPPER.format(share="77.1"), "2024-03-02")
    for text in ("$11.8 billion", "$9.6 billion", "$2.2 billion"):
        assert r["claims"][text]["commodity"] is None
    assert r["claims"]["$9.10 billion"]["commodity"] == "copper"
    assert r["errors"] == []


def test_a_wrong_share_of_the_whole_trade_is_still_caught():
    r = read(COPPER.format(share="70.1"), "2024-03-02")
    assert any("70.1 per cent" in e for e in r["errors"])


VIETNAM = ("Vietnam's exports to EU hit record in 2023\n\n"
           "HANOI, Jan. 9 (VNA) Vietnam's exports fell 4.4 percent to US$355.5 billion in 2023, while imports "
           "dropped 8.9 percent to US$327.5 billion, leaving a trade surplus of US$28.0 billion.\n\n"
           "Exports to the EU hit a record US$54.1 billion, accounting for 15.2 percent of the total.")


def test_a_headlines_partner_is_no_side_of_the_leads_national_figures():
    r = read(VIETNAM, "2024-01-09")
    for text in ("US$355.5 billion", "US$327.5 billion", "US$28.0 billion"):
        assert (r["claims"][text]["reporter"], r["claims"][text]["partner"]) == ("VNM", "WLD")
    c = r["claims"]["US$54.1 billion"]
    assert (c["reporter"], c["partner"]) == ("VNM", "EUU")
    assert r["errors"] == []


def test_a_contrasting_clause_has_its_own_subject():
    r = read("Japan still Korea's biggest supplier, but Asia buys half of exports\n\n"
             "SEOUL, June 3, 2024 — Of the $50.0 billion in exports recorded in May, China took 20.0%, or "
             "$10.0 billion, while the US took $9.0 billion (18.0%).", "2024-06-03")
    c = r["claims"]["half"]
    assert c["partner"] != "JPN" and c["partner_group"] == "Asia"
    assert r["errors"] == []
