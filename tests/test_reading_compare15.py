"""Sentences of kinds met in round 15's opinion pieces that compare two quantities or state
a share of another whole: how each is read and checked."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-04-02") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


# percent smaller/larger than an earlier level: a change from that level

GAP = ("In 2023 Japan exported $120 billion of goods to the United States and imported $80 billion "
       "from it, leaving a surplus of $40 billion. The 2023 figure was {} percent smaller than the "
       "$50 billion surplus recorded in 2019.")


def test_percent_smaller_than_an_earlier_level_is_a_change_from_it():
    r = read(GAP.format(20))
    c = r["claims"]["20 percent"]
    assert (c["kind"], c["base_period"], c["period"]) == ("percent_change", "2019", "2023")
    assert r["errors"] == []


def test_percent_smaller_than_an_earlier_level_is_checked():
    assert any("30 percent" in e for e in read(GAP.format(30))["errors"])


# one partner's flow against another's, both levels stated

PARTNERS = ("Chile's copper exports are concentrated. Chile's exports to China reached $38 billion in 2023. "
            "That is nearly {} times as much as it sold to the United States ($16 billion).")


def test_a_multiple_of_another_partners_flow_is_checked_where_both_are_stated():
    assert read(PARTNERS.format("2.4"))["errors"] == []
    assert any("times as much" in e for e in read(PARTNERS.format("3.4"))["errors"])


SALES = ("Last year Italy's exports to France rose to €70bn, while those to Spain fell to €35bn. "
         "French sales were now {}% larger than those to Spain.")


def test_percent_larger_than_those_to_another_partner_is_no_change_over_time():
    r = read(SALES.format(100))
    c = r["claims"]["100%"]
    assert c["base_period"] is None and (c["reporter"], c["partner"]) == ("ITA", "FRA")
    assert r["errors"] == []
    assert read(SALES.format(60))["errors"] != []


# a share of GDP against the GDP the text states

GDP = ("Mexico bought $600 billion of goods from the rest of the world in 2023, about 34% of its GDP "
       "of $1.8 trillion. It sold $590 billion, or {}% of GDP.")


def test_a_share_of_gdp_is_checked_against_the_gdp_stated():
    assert read(GDP.format("32.8"))["errors"] == []
    assert any("of GDP" in e or "$1.8trn" in e for e in read(GDP.format("38.8"))["errors"])


# the partner of a share of exports: a buyer before it, or a place after the money

def test_a_buyer_of_a_share_of_exports_is_the_partner():
    r = read("France exported €300 billion of goods in 2023. Germany bought {}% of goods exports, "
             "about €45 billion.".format(15))
    c = r["claims"]["15%"]
    assert (c["reporter"], c["partner"]) == ("FRA", "DEU")
    assert r["errors"] == []
    bad = read("France exported €300 billion of goods in 2023. Germany bought 25% of goods exports, about €45 billion.")
    assert bad["errors"] != []


def test_a_place_after_the_share_and_its_money_is_the_partner():
    r = read("Mexico sent 80% of its goods exports, about $475 billion, to the United States in 2023.")
    c = r["claims"]["80%"]
    assert (c["reporter"], c["partner"]) == ("MEX", "USA")


def test_a_share_restating_money_that_is_no_flow_is_no_flow_share():
    r = read("Mexico sent 80% of its goods exports, about $475 billion, to the United States in 2023. "
             "A 25% tariff on those shipments would cost up to $119 billion, roughly a fifth of Mexico's "
             "total exports of $593 billion.")
    assert r["claims"]["a fifth"]["measure"] == "other"
    assert r["errors"] == []


def test_the_total_a_share_is_of_in_a_conditional_sentence_is_a_level():
    text = ("Mexico sent {}% of its goods exports, about $475 billion, to the United States in 2023. "
            "A 25% tariff on those shipments would cost up to $119 billion, roughly a fifth of Mexico's "
            "total exports of $593 billion.")
    r = read(text.format(80))
    assert r["claims"]["$593 billion"]["measure"] == "exports"
    assert r["errors"] == []
    assert read(text.format(70))["errors"] != []
