"""Sentences of kinds met in round 15's passages in the styles of African statistics offices
and press: how each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-07-22") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_a_product_ranked_the_leading_export_sector_is_that_product():
    r = read("Egypt's non-oil exports rose by 10.2 per cent to $35.6 billion in 2023. "
             "Building materials were the leading export sector, at $10.9 billion, ahead of chemicals.")
    assert r["claims"]["$10.9 billion"]["commodity"] == "building materials"
    assert r["errors"] == []


def test_a_product_ranked_the_leading_export_with_a_comma_before_at():
    r = read("Kenya's exports rose to $7.5 billion in 2023. Tea was the leading export, at $1.3 billion.")
    assert r["claims"]["$1.3 billion"]["commodity"] == "tea"
    assert r["errors"] == []


AFRICA = ("Intra-African trade increased by 3.2 per cent to $192.2 billion in 2023, from $186.2 billion in 2022. "
          "Intra-African trade accounted for 14.9 per cent of Africa's total trade of $1.29 trillion. ")


def test_a_place_ranked_the_largest_intra_group_trader_trades_with_the_group():
    r = read(AFRICA + "South Africa remained the largest intra-African trader at $47.1 billion, or 24.5 per cent of the total.",
             "2024-07-10")
    c = r["claims"]["$47.1 billion"]
    assert (c["reporter"], c["partner_group"]) == ("ZAF", "Africa")
    assert r["claims"]["24.5 per cent"]["reporter"] == "ZAF"
    assert r["errors"] == []


def test_a_group_as_a_whole_taking_the_reporters_goods_is_its_exports_there():
    r = read("Nigeria's total exports reached N5.2 trillion in Q2 2024, data from the National Bureau of Statistics show, "
             "a senior official told BusinessDay.\n\nAfrica as a whole took N1.91 trillion of Nigerian goods in Q2 2024, "
             "up 38.4 per cent from N1.38 trillion a year earlier.", "2024-09-30")
    amount, change = r["claims"]["N1.91 trillion"], r["claims"]["38.4 per cent"]
    assert (amount["measure"], amount["reporter"], amount["partner_group"]) == ("exports", "NGA", "Africa")
    assert (change["measure"], change["reporter"], change.get("partner_group")) == ("exports", "NGA", "Africa")
    assert r["errors"] == []


def test_the_sub_region_is_the_group_named_before():
    r = read("Nigeria's exports to other ECOWAS countries reached N1.12 trillion in the second quarter of 2024, "
             "of which Côte d'Ivoire took N311.5 billion. "
             "Côte d'Ivoire alone, which buys mainly crude oil from Nigeria, accounted for 27.8 per cent of the regional total. "
             "Imports from the sub-region, by contrast, were just N78.4 billion, meaning Nigeria ran a surplus of "
             "N1.04 trillion with its neighbours in the quarter.", "2024-09-30")
    c = r["claims"]["N78.4 billion"]
    assert (c["measure"], c["reporter"], c["partner"], c["partner_group"]) == ("imports", "NGA", None, "ECOWAS")
    assert r["errors"] == []


def test_a_french_scale_word_with_de_before_its_currency():
    r = read("Senegal's exports of goods stood at 287.4 milliards de FCFA in June 2024 against 231.9 milliards in May 2024, "
             "an increase of 23.9%.", "2024-08-20")
    c = r["claims"]["287.4 milliards de FCFA"]
    assert c["value"] == 287.4e9 and c["currency"] in ("XOF", "XAF")
    assert r["claims"]["231.9 milliards"]["value"] == 231.9e9
    assert r["errors"] == []


ETHIOPIA = ("Ethiopia earned 3.64 billion USD from merchandise exports in the 2023/24 fiscal year, "
            "surpassing the previous year's 3.52 billion USD by {} percent, the Ministry of Trade said.")


def test_a_percentage_by_which_a_figure_surpasses_the_previous_years_is_its_change():
    r = read(ETHIOPIA.format("3.4"), "2024-07-18")
    c = r["claims"]["3.4 percent"]
    assert (c["kind"], c["measure"], c["reporter"]) == ("percent_change", "exports", "ETH")
    assert r["errors"] == []
    assert read(ETHIOPIA.format("4.4"), "2024-07-18")["errors"]


def test_a_percentage_by_which_one_flow_surpasses_another_is_no_change():
    r = read("Ethiopia's imports of $18.2 billion surpassed its exports by 400 percent in 2023.", "2024-07-18")
    assert r["claims"].get("400 percent", {}).get("kind") != "percent_change"


def test_a_product_word_inside_the_leaders_name_leaves_the_name_whole():
    r = read("Nigeria's non-oil exports rose by 14.1 per cent to $4.6bn in 2024, from $4.03bn in 2023. "
             "Cocoa beans led the products, accounting for $1.2bn, or 26.1 per cent of the total, followed by urea.",
             "2025-02-20")
    assert r["claims"]["$1.2bn"]["commodity"] == r["claims"]["26.1 per cent"]["commodity"] == "cocoa beans"
    assert r["errors"] == []
