"""Rankings of places and what their figures are of: places ranked after one whose own total
with the world was given (its peers, not its partners), a market that overtook another (a
partner, not the text's reporter), a duty increase (no trade flow), a headline's singular
"Export of ... grows to" (the body's product), and a share of the world after a region's own
figure (the region's)."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-03-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def pair(c: dict) -> tuple:
    return c["reporter"], c["partner"]


def test_places_ranked_after_a_total_with_the_world_are_its_peers():
    """Read: "X exported $N. Y came second, with exports of $M, followed by Z with $K. W ranks fourth, with $J; V, with $I, was fifth": each ranked place's own exports to the world."""
    text = ("Which economies export the most?\n\nMexico alone exported $593 billion of goods in 2023. Brazil came second, "
            "with exports of $340 billion, followed by Chile with $95 billion. Peru ranks fourth, with $67 billion; "
            "Colombia, with $50 billion, was fifth.")
    r = read(text)
    expected = {"$340 billion": "BRA", "$95 billion": "CHL", "$67 billion": "PER", "$50 billion": "COL"}
    for figure, iso in expected.items():
        assert pair(r["claims"][figure]) == (iso, "WLD")
        assert r["claims"][figure]["measure"] == "exports"
    assert r["errors"] == []


def test_ranked_peers_add_up_to_the_share_they_take_together():
    """Read: after "Japan exported $N", "Korea came second, with exports of $M, followed by Singapore with $K": three exporters' parts of world exports, their stated joint share checked."""
    text = ("In 2023 world goods exports came to $24.0 trillion. Japan exported $720 billion, giving it a 3.0% share. "
            "Korea came second, with exports of $630 billion, followed by Singapore with $475 billion. "
            "Together, the three accounted for 7.6% of world exports.")
    r = read(text)
    assert pair(r["claims"]["$630 billion"]) == ("KOR", "WLD")
    assert pair(r["claims"]["$475 billion"]) == ("SGP", "WLD")
    assert r["errors"] == []
    assert read(text.replace("7.6%", "9.6%"))["errors"]


def test_a_partner_ranking_after_a_total_still_ranks_partners():
    """Read: "X's trade was $N. Y ranked first with $M, followed by Z with $K": after a total, a ranking that opens on its first is of partners."""
    text = ("Georgia's external trade turnover amounted to $16.0 billion in 2023. Türkiye ranked first with "
            "$2.0 billion, followed by Russia with $1.8 billion.")
    r = read(text)
    assert pair(r["claims"]["$2.0 billion"]) == ("GEO", "TUR")
    assert pair(r["claims"]["$1.8 billion"]) == ("GEO", "RUS")


def test_a_market_that_overtook_another_is_no_reporter():
    """Read: "- X overtook Y to become the largest market" in key points: X and Y are markets; the text's figures are of the country named later, in its money."""
    text = ("Wine exports fall as markets shrink\n\nADELAIDE, 20 February 2024\n\n"
            "Wine exports were valued at A$2.0bn in 2023, down 4.8% from A$2.1bn in 2022, the council said.\n\n"
            "- Hong Kong overtook the US to become the largest market by value.\n\n"
            "The council urged Australia's government to seek better access.")
    r = read(text)
    assert pair(r["claims"]["A$2.0bn"]) == ("AUS", "WLD")
    assert r["errors"] == []
    assert read(text.replace("A$2.1bn", "A$2.3bn"))["errors"]


def test_an_increase_in_a_duty_is_no_change_of_a_trade_flow():
    """Read: "the 12.5% increase in spirits duty": a tax's change, not a change of the exports in hand."""
    text = ("Whisky exports were worth £5.0bn in 2023, down 3.8% from £5.2bn in 2022. \"We now face the 12.5% increase "
            "in spirits duty announced in March,\" the chief executive said.")
    r = read(text)
    assert r["claims"]["12.5%"]["measure"] == "other"
    assert r["errors"] == []


def test_a_headline_export_of_a_product_pair_names_that_product():
    """Read: "Export of fruit and vegetables grows to €N" as a headline: the body's "fruit and vegetables", not "fruit", so no clash with a group's part."""
    text = ("Export of fruit and vegetables grows to €7.0 billion\n\nSpanish exports of fruit and vegetables rose 3.0% "
            "to €7.0 billion in 2023. Citrus fruit remained the largest group at €3.1 billion, followed by stone fruit "
            "at €1.2 billion.")
    r = read(text)
    assert r["claims"]["€7.0 billion"]["commodity"] == "fruit and vegetables"
    assert r["errors"] == []


def test_a_share_of_the_world_after_a_regions_own_figure_is_the_regions():
    """Read: "The region's shipments rose to $N, giving it X% of world exports": the region's share, not the share of the country the text names later."""
    text = ("Asia lifts its share of world exports to 37.5%\n\nAsia kept its place as the largest exporting region in "
            "2024, the agency said on Friday. The region's shipments rose 5% to $9.0 trillion, giving it 37.5% of "
            "world exports of $24.0 trillion.\n\nChina remained the top exporter with $3.6 trillion, or 15.0% of "
            "the world total.")
    r = read(text, published="2025-03-01")
    shares = [c for c in verify_text(text, published="2025-03-01", reference="none").to_dict()["claims"] if c["text"] == "37.5%"]
    assert all(c.get("reporter_group") == "Asia" for c in shares)
    assert r["errors"] == []
