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


def pair(c: dict) -> tuple:
    return (c["reporter"], c["partner"] or c.get("partner_group"), c["measure"])


def test_the_places_ranked_after_a_buyer_take_its_flow():
    r = read("Kenya's exports reached Sh1,005.8 billion in 2023. Pakistan remained the top buyer of Kenyan tea, "
             "taking produce worth Sh63.4 billion, followed by Egypt at Sh27.1 billion and the UK at Sh16.5 billion.",
             "2024-04-10")
    assert pair(r["claims"]["Sh27.1 billion"]) == ("KEN", "EGY", "exports")
    assert pair(r["claims"]["Sh16.5 billion"]) == ("KEN", "GBR", "exports")


def test_buyers_of_a_countrys_goods_take_its_exports_and_a_leader_of_imports_is_a_partner():
    r = read("Ukraine's exports of goods in January-June 2024 amounted to $19.2 billion, while imports reached "
             "$31.6 billion.\n\nThe main buyers of Ukrainian products were Poland ($2.3 billion), Turkey "
             "($1.2 billion) and Spain ($1.1 billion), while China led imports at $5.0 billion, ahead of Poland "
             "($2.6 billion) and Germany ($2.2 billion).", "2024-07-22")
    assert pair(r["claims"]["$2.3 billion"]) == ("UKR", "POL", "exports")
    assert pair(r["claims"]["$1.1 billion"]) == ("UKR", "ESP", "exports")
    assert pair(r["claims"]["$5.0 billion"]) == ("UKR", "CHN", "imports")
    assert pair(r["claims"]["$2.6 billion"]) == ("UKR", "POL", "imports")
    assert r["errors"] == []


def test_a_gapped_list_gives_each_place_the_first_ones_side():
    r = read("EU imports of CBAM goods were worth €45bn in 2022. Russia shipped €6.3bn of CBAM goods to the EU "
             "in 2022, China €4.1bn and India €3.0bn.", "2023-10-02")
    for text, place in (("€4.1bn", "CHN"), ("€3.0bn", "IND")):
        c = r["claims"][text]
        assert place in (c["reporter"], c["partner"]) and "EUU" in (c["reporter"], c["partner"])


def test_the_main_market_with_a_share_of_shipments_buys_the_reporters_exports():
    r = read("Chile's salmon exports reached US$ 1,595 million in the first quarter. The United States was the "
             "main market, with US$ 512 million, or 32.1% of shipments, followed by Japan (US$ 261 million).",
             "2024-04-15")
    assert pair(r["claims"]["US$ 512 million"]) == ("CHL", "USA", "exports")
    assert pair(r["claims"]["US$ 261 million"]) == ("CHL", "JPN", "exports")


def test_the_flow_of_a_country_is_that_countrys():
    r = read("Latvia's foreign trade turnover down 7.4% in Q1\n\nRIGA, 10 May 2024 - In the first quarter of 2024, the foreign trade turnover of Latvia amounted to EUR 9.27 billion. "
             "The main export partners of Latvia were Lithuania (17.8% of the total exports) and Estonia (11.2%).",
             "2024-05-10")
    assert (r["claims"]["EUR 9.27 billion"]["reporter"], r["claims"]["EUR 9.27 billion"]["partner"]) == ("LVA", "WLD")
    assert pair(r["claims"]["17.8%"]) == ("LVA", "LTU", "exports")
    assert pair(r["claims"]["11.2%"]) == ("LVA", "EST", "exports")
