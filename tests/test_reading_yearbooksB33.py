"""Statistical yearbooks and annual communiqués (a thirty-third round of passages): joint
flows named by their value or by who trades, ranked tables of exporters with share and
change columns, places that follow a ranked leader, groups that own their flow before a
colon, sector parts introduced by "in which", and volume changes in constant dollars. How
each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-03-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


COMMUNIQUE = ("Beijing, March 1, 2024. In 2023, the total value of imports and exports of goods was 4,180.0 billion yuan. "
              "The value of exports was 2,380.0 billion yuan and the value of imports was 1,800.0 billion yuan. "
              "The trade balance was 580.0 billion yuan, 40.0 billion yuan more than that of the previous year. "
              "Imports and exports by state-owned enterprises were 1,250.0 billion yuan, or 29.9 percent of the "
              "total value of imports and exports.")


def test_the_total_value_of_imports_and_exports_is_the_trade():
    """"the total value of imports and exports": a noun of their money between the cue and the flows."""
    assert read(COMMUNIQUE)["claims"]["4,180.0 billion yuan"]["measure"] == "trade_total"


def test_imports_and_exports_by_a_kind_of_firm_are_one_joint_figure():
    """"Imports and exports by state-owned enterprises were X": one figure, the two flows' sum."""
    r = read(COMMUNIQUE)
    assert r["claims"]["1,250.0 billion yuan"]["measure"] == "trade_total"
    assert r["claims"]["29.9 percent"]["measure"] == "trade_total"
    assert not r["errors"]


def test_more_than_that_of_the_previous_year_is_a_change():
    """"X more than that of the previous year": the change of the balance, not a second balance."""
    c = read(COMMUNIQUE)["claims"]["40.0 billion yuan"]
    assert c["measure"] == "other" and c["attribution"]["measure"] == "absolute-change"


def test_a_changed_balance_in_the_communique_is_flagged():
    assert read(COMMUNIQUE.replace("was 580.0 billion", "was 680.0 billion"))["errors"]


RANKED = ("Leading merchandise exporters, 2023 (US$ billion and percentage)\n\n"
          "Rank  Exporter       Value   Share   Annual change\n"
          "1     Japan            720     3.0      -8\n"
          "2     Korea            630     2.6      -7\n"
          "3     Mexico           590     2.5       3\n")


def test_a_ranked_table_of_exporters_gives_each_row_its_own_exports():
    """"Rank Exporter Value": each row is the labelled economy's exports to the world."""
    c = read(RANKED)["claims"]["630"]
    assert (c["measure"], c["reporter"], c["partner"]) == ("exports", "KOR", "WLD")


def test_share_and_change_columns_under_a_money_caption_are_no_amounts():
    """"Share" and "Annual change" with no unit of their own: percentages, not US$ billion."""
    r = read(RANKED)
    assert "2.6" not in r["claims"] and "-7" not in r["claims"]
    assert not r["errors"]


def test_a_var_percent_column_is_a_percent_change():
    """"Var. %": a change word and a percent sign make the column the change between the years."""
    text = ("SAN JOSE, September 1, 2024. Costa Rica's exports rose in the first half.\n\n"
            "Costa Rica's exports by product, January-June (US$ million)\n\n"
            "Product | 2023 | 2024 | Var. %\n"
            "Coffee | 400.0 | 440.0 | 10.0\n"
            "Bananas | 200.0 | 210.0 | 5.0\n")
    r = read(text)
    assert r["claims"]["10.0"]["kind"] == "percent_change"
    assert not r["errors"]
    assert read(text.replace("| 10.0", "| 12.0"))["errors"]


FOLLOWED = ("Japan remained the world's leading car exporter in 2023, with exports of US$ 150 billion. "
            "Germany (US$ 140 billion) and Mexico (US$ 60 billion) followed.")


def test_places_that_follow_a_ranked_leader_report_their_own_flow():
    """"X (figure) and Y (figure) followed." after "the world's leading exporter": their own exports."""
    c = read(FOLLOWED)["claims"]["US$ 60 billion"]
    assert (c["measure"], c["reporter"], c["partner"]) == ("exports", "MEX", "WLD")
    assert not read(FOLLOWED)["errors"]


def test_a_second_share_of_the_world_after_up_from_keeps_the_first_shares_owner():
    """"30.6 per cent of world exports, up from 28.9 per cent": the world is the whole of both."""
    text = ("World merchandise exports were US$ 20 trillion in 2023, up from US$ 19 trillion in 2022. "
            "Together, the three leading exporters accounted for 30.6 per cent of world merchandise exports, "
            "up from 28.9 per cent in 2022.")
    r = read(text)
    assert r["claims"]["28.9 per cent"]["reporter"] != "WLD"
    assert not r["errors"]


def test_a_group_before_a_colon_owns_the_flow_their_names():
    """"The small island developing States stayed minor traders: their exports amounted to X": theirs."""
    text = ("In 2023, world merchandise exports reached US$24 trillion. Small island developing States "
            "remained marginal players: their merchandise exports amounted to US$48 billion, just 0.2 per cent of world exports.")
    r = read(text)
    c = r["claims"]["US$48 billion"]
    assert c["partner"] == "WLD" and c["reporter"] is None
    assert not r["errors"]
    assert read(text.replace("US$48 billion", "US$96 billion"))["errors"]


def test_economies_in_transition_that_saw_their_exports_rise_report_them():
    """"Economies in transition saw their export earnings rise to X": the group's own exports."""
    c = read("Economies in transition saw their export earnings rise to US$0.8 trillion in 2023.")["claims"]["US$0.8 trillion"]
    assert (c["measure"], c["reporter"], c["attribution"]["pair"]) == ("exports", None, "named-reporter")


SECTORS = ("Ha Noi, 06/01/2024\n\nExport turnover of goods in 2023 was estimated at 350.0 billion USD. "
           "The domestic economic sector reached 100.0 billion USD, accounting for 28.6% of total export turnover; "
           "the FDI sector (including crude oil) reached 250.0 billion USD, accounting for 71.4%. "
           "Import turnover of goods in 2023 was estimated at 330.0 billion USD, in which the domestic economic "
           "sector reached 120.0 billion USD and the FDI sector reached 210.0 billion USD.")


def test_a_sector_after_in_which_is_a_part_of_the_whole():
    """"imports were X, in which the domestic sector reached Y and the FDI sector reached Z": parts."""
    r = read(SECTORS)
    assert r["claims"]["120.0 billion USD"]["commodity"] == "domestic economic sector"
    assert r["claims"]["210.0 billion USD"]["commodity"] == "fdi sector"
    assert r["claims"]["250.0 billion USD"]["measure"] == "exports"
    assert not r["errors"]


def test_ha_noi_in_the_dateline_is_viet_nam():
    """"Ha Noi, 06/01/2024": the government's own spelling of its capital names the reporter."""
    assert read(SECTORS)["claims"]["350.0 billion USD"]["reporter"] == "VNM"


def test_a_changed_sector_part_is_caught_by_its_whole():
    assert read(SECTORS.replace("reached 250.0 billion", "reached 280.0 billion"))["errors"]


def test_a_change_in_constant_dollars_is_a_series_of_its_own():
    """"In volume (constant dollar) terms, imports rose 6.1%": real terms, not set against the value change."""
    text = ("OTTAWA, April 27, 2023. Canada's exports rose 22.1% to $779.2 billion in 2022, while imports increased "
            "18.6% to $757.6 billion. In volume (constant dollar) terms, exports were up 3.2% and imports rose 6.1%.")
    r = read(text, "2023-04-27")
    assert r["claims"]["6.1%"]["scope"] == "real terms"
    assert not r["errors"]


PER_CENT = ("Exports of goods, by main market. 2014\n\n"
            "                     SEK million   Per cent\n"
            "Total                  1 200 000      100.0\n"
            "Norway                   120 000       10.0\n"
            "Germany                  132 000       11.0\n"
            "Other countries          948 000       79.0\n")


def test_a_per_cent_column_beside_a_total_of_100_shares_out_the_money_column():
    """"NOK million   Per cent" with "Total ... 100.0": each row's per cent is its share of the total."""
    assert not read(PER_CENT)["errors"]
    assert read(PER_CENT.replace("132 000", "152 000"))["errors"]
