"""Sentences of kinds met in round 35's encyclopedia-style passages (Wikipedia "Economy of X"
and "X–Y relations" sections, national encyclopedias, almanacs): how each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-06-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


SLUMP = ("Economy of Mongolia\n\nForeign trade grew quickly in the mining boom. Turnover rose from $1.2 billion in 2002 "
         "to $6.1 billion in 2008, before falling by {} to $4.0 billion in 2009 as copper prices collapsed.[12]")


def test_a_second_change_runs_from_the_level_dated_just_before_it():
    """"..., before falling by 34% to $4.0bn in 2009": 2009 against 2008, not against 2002."""
    r = read(SLUMP.format("34%"))
    c = r["claims"]["34%"]
    assert (c["period"], c["base_period"]) == ("2009", "2008")
    assert r["claims"]["$4.0 billion"]["period"] == "2009"
    assert r["errors"] == []


def test_a_second_change_that_does_not_match_its_levels_is_flagged():
    """The same sentence with the fall misstated: 6.1 -> 4.0 is -34%, not -24%."""
    assert read(SLUMP.format("24%"))["errors"]


MAINLAND = ("Sweden – foreign trade\n\nIron ore and timber have long led Swedish exports. In 2022, a year of "
            "exceptionally high electricity prices, goods exports reached SEK 2,000 billion, of which iron ore accounted "
            "for SEK 500 billion. Exports, i.e. goods other than iron ore, amounted to SEK 1,500 billion. Imports of goods "
            "totalled SEK 1,900 billion.")


def test_an_aside_that_restates_a_scope_with_other_than_leaves_that_part_out():
    """"Exports, i.e. goods other than iron ore, amounted to ...": less the ore, not the whole."""
    r = read(MAINLAND)
    assert r["claims"]["SEK 1,500 billion"]["scope"] == "excluding iron ore"
    assert r["errors"] == []


def test_the_rest_after_other_than_is_added_up_with_the_part_it_leaves_out():
    """500 (ore) + 1,500 (the rest) = 2,000: a rest changed to 1,700 no longer adds up."""
    assert read(MAINLAND.replace("SEK 1,500", "SEK 1,700"))["errors"]


def test_a_product_named_as_a_price_is_no_scope_of_the_figure():
    """"a year of high electricity prices, goods exports reached ...": all goods, not electricity."""
    assert read(MAINLAND)["claims"]["SEK 2,000 billion"]["commodity"] is None


def test_places_ranked_together_are_no_pair_for_the_figures_after():
    """"France and Italy are the largest buyers of Spanish wine" is no France-Italy pair."""
    r = read("Spain's exports reached €390 billion in 2023. France and Italy are the largest buyers of Spanish goods, "
             "while Germany and China are the largest suppliers. Olive oil exports, which reached €5.1 billion in 2023, "
             "go to more than 150 countries.")
    c = r["claims"]["€5.1 billion"]
    assert (c["reporter"], c["partner"]) == ("ESP", "WLD")


SOY = ("Economy of Argentina\n\nArgentine exports to India reached US$5.0 billion in 2023, 7.5% of Argentina's total "
       "exports of US$66.7 billion, while imports from India were US$1.0 billion, a surplus of US$4.0 billion.\n\n"
       "Farm goods dominate. In 2023 soybean oil accounted for US$3.5 billion, or {} of shipments to India, followed "
       "by leather (US$0.3 billion).")


def test_a_share_of_shipments_to_a_place_gives_the_part_and_share_that_partner():
    """"$3.5bn, or 70% of shipments to India": soybean oil to India, 70% of all goods to India."""
    r = read(SOY.format("70%"))
    assert (r["claims"]["US$3.5 billion"]["partner"], r["claims"]["70%"]["partner"]) == ("IND", "IND")
    assert r["errors"] == []


def test_a_share_of_shipments_to_a_place_is_checked_against_that_place():
    """3.5 / 5.0 is 70%, not 60%."""
    assert read(SOY.format("60%"))["errors"]


def test_a_partner_taking_the_reporters_goods_is_the_reporters_exports():
    """"China ... took US$9.0 billion of Chilean goods": Chile's exports to China, not its imports."""
    r = read("Chile's exports totalled US$90.0 billion in 2023. China has been Chile's largest trading partner since "
             "2010, when it overtook the United States, and took US$9.0 billion of Chilean goods in 2023 (10.0% of the total).")
    c = r["claims"]["US$9.0 billion"]
    assert (c["measure"], c["reporter"], c["partner"]) == ("exports", "CHL", "CHN")
    assert r["errors"] == []


NONOIL = ("Oman–India relations\n\nTrade between Oman and the Gulf states goes back centuries. By 2023 bilateral trade "
          "had reached US$12.0 billion, making India Oman's third-largest partner. Omani exports to India amounted to "
          "US$5.0 billion and imports from India to US$7.0 billion. Non-oil trade stood at US$7.0 billion in 2023, up {} "
          "from US$6.0 billion the previous year.")


def test_a_change_between_two_levels_of_one_clause_is_flagged_whatever_the_pair():
    """Level, change and earlier level in one clause: 7.0 / 6.0 is +16.7%, not +4.2%."""
    assert read(NONOIL.format("4.2%"))["errors"]
    assert read(NONOIL.format("16.7%"))["errors"] == []


def test_places_with_bracketed_figures_ranked_as_partners_have_total_trade():
    """"China ($9.0 billion) and Russia ($7.0 billion) were Kyrgyzstan's largest trading partners"."""
    r = read("Kyrgyzstan's exports were $3.0 billion and imports $12.0 billion in 2023. Imports consist largely of "
             "machinery. As of 2023, China ($9.0 billion) and Russia ($3.5 billion) were Kyrgyzstan's largest trading "
             "partners.")
    assert r["claims"]["$9.0 billion"]["measure"] == "trade_total"
    assert r["claims"]["$3.5 billion"]["measure"] == "trade_total"


def test_a_figure_of_a_counterfactual_is_no_flow():
    """"puts 2023 imports at $30 billion in the no-quota counterfactual": a what-if."""
    r = read("US sugar imports reached $3.1 billion in 2023. Our model puts 2023 imports at $4.0 billion in the "
             "no-quota counterfactual.")
    assert r["claims"]["$4.0 billion"]["measure"] == "other"
    assert r["errors"] == []
