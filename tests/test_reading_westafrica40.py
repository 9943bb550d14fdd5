"""West African releases and press (a fortieth round of passages): a product ranked as the
top foreign exchange earner, "the rest of" a region that the text says includes the partner
named before, a regional bank's report filed from a member's capital on a line of its own,
trade "in goods within" a bloc, a speaker's briefing place opening the sentence, a product
ranked as the leading export "earning" its figure, and a total "brought to" its figure after
exports and imports. How each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-03-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


EARNER = ("Kenya's trade deficit narrowed in 2019, the central bank said.\n\n"
          "Total exports were estimated at US$5,800.0 million, while imports, including fuel, amounted to US$17,200.0 million. "
          "Tea remained the top foreign exchange earner at US$1,160.0 million, about 20.0 percent of the total.")


def test_the_top_foreign_exchange_earner_is_an_export():
    """"Tea remained the top foreign exchange earner at X, about 20 percent of the total": the
    tea's export earnings, a share of exports (not of the imports named last)."""
    r = read(EARNER, "2020-02-01")
    assert r["claims"]["US$1,160.0 million"]["measure"] == "exports"
    assert r["claims"]["20.0 percent"]["measure"] == "exports"
    assert not r["errors"]


def test_a_changed_share_of_the_earner_is_flagged():
    assert read(EARNER.replace("about 20.0 percent", "about 25.0 percent"), "2020-02-01")["errors"]


REST = ("Kenya's exports to the EAC rose to KSh 300 billion in 2023, official data show.\n\n"
        "Uganda was the largest buyer, taking KSh 120 billion of Kenyan goods.\n\n"
        "Exports to the rest of Africa, including the EAC, were KSh 400 billion, or 20.0 per cent of total exports of KSh 2,000 billion.")


def test_the_rest_of_a_region_that_includes_the_partner_named_before_is_the_region():
    """"Uganda ... Exports to the rest of Africa, including the EAC": the rest holds the EAC and
    so Uganda; it leaves out the reporter, not the partner named before."""
    r = read(REST, "2024-03-01")
    assert r["claims"]["KSh 400 billion"]["partner_group"] == "Africa"
    assert not r["errors"]


BANK = ("BCEAO - Note on Intra-Community Trade in UEMOA, 2019\n\n"
        "Dakar, June 2020\n\n"
        "Intra-community trade in goods within the West African Economic and Monetary Union (UEMOA) amounted to "
        "2,500.0 billion FCFA in 2019, an increase of 25.0% compared with 2018 (2,000.0 billion FCFA). "
        "It represented 12.5% of the Union's total trade in goods, estimated at 20,000 billion FCFA.")


def test_a_regional_banks_report_filed_from_a_members_capital_is_the_blocs():
    """"Dakar, June 2020" on its own line under a bloc's report: the city is where it was
    issued; "trade in goods within the Union" is the bloc's trade with itself."""
    r = read(BANK, "2020-06-30")
    c = r["claims"]["2,500.0 billion FCFA"]
    assert (c["reporter"], c["partner"]) == (None, None)
    assert c["partner_group"] == "WAEMU" and c["attribution"]["pair"] == "intra-group"
    assert not r["errors"]


def test_a_changed_intra_bloc_change_is_flagged():
    assert read(BANK.replace("increase of 25.0%", "increase of 35.0%"), "2020-06-30")["errors"]


def test_trade_in_goods_between_two_sides_stays_a_pair():
    """"trade in goods between the EU and Canada": the pair, no trade within the EU."""
    c = read("Trade in goods between the EU and Canada rose to €70.0 billion in 2023.", "2024-03-01")["claims"]["€70.0 billion"]
    assert c["attribution"]["pair"] != "intra-group"


BRIEFING = ("Zambia records K10.0bn trade surplus in Q2 - ZamStats\n\n"
            "Zambia recorded a trade surplus of K10.0 billion in the second quarter of 2024, ZamStats said.\n\n"
            "Total exports amounted to K50.0 billion, while imports stood at K40.0 billion, bringing the total value of trade to K90.0 billion.\n\n"
            "Briefing journalists in Lusaka, the statistician said copper remained the country's leading export commodity, "
            "earning K35.0 billion, representing 70.0 per cent of total exports.")


def test_a_briefing_place_opening_the_sentence_is_no_partner():
    """"Briefing journalists in Lusaka, the statistician said copper ... earning K35.0 billion":
    where the speaker spoke; the figure is the country's own exports of copper."""
    c = read(BRIEFING, "2024-08-21")["claims"]["K35.0 billion"]
    assert (c["measure"], c["reporter"], c["partner"], c["commodity"]) == ("exports", "ZMB", "WLD", "copper")


def test_a_total_brought_to_its_figure_is_the_trade():
    """"..., bringing the total value of trade to K90.0 billion": the two flows' total."""
    r = read(BRIEFING, "2024-08-21")
    assert r["claims"]["K90.0 billion"]["measure"] == "trade_total"
    assert not r["errors"]


def test_a_changed_share_of_the_leading_export_is_flagged():
    assert read(BRIEFING.replace("earning K35.0 billion", "earning K38.0 billion"), "2024-08-21")["errors"]
