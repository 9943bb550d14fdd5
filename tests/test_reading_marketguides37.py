"""Country commercial guides and market notes (a thirty-seventh round of passages): the
market-size table (local production, exports, imports, imports from one partner, market
size) under a caption naming the market, the exporter named right before "exports" after
"with", key-figure labels that name a product's flow, a part "of which" one partner, and a
share "of that volume". How each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-03-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims: dict[str, list] = {}
    for c in result["claims"]:
        claims.setdefault(c["text"], []).append(c)
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": {k: v[0] for k, v in claims.items()}, "all": claims, "errors": errors}


MARKET = ("Table: Medical Devices Market in Chile (USD millions)\n\n"
          "|                          | 2022  | 2023  |\n"
          "|--------------------------|-------|-------|\n"
          "| Total Local Production   | 410   | 430   |\n"
          "| Total Exports            | 150   | 170   |\n"
          "| Total Imports            | 960   | 1,020 |\n"
          "| Imports from the U.S.    | 330   | 360   |\n"
          "| Total Market Size        | 1,220 | 1,280 |\n\n"
          "U.S. suppliers held about 35 percent of the import market in 2023.\n")


def test_the_rows_of_a_market_size_table_are_the_market_country_s():
    """"Total Imports" under "... Market in Chile": Chile's imports from the world, of the
    caption's product; "Imports from the U.S." Chile's imports from the United States."""
    r = read(MARKET)
    c = r["claims"]["1,020"]
    assert (c["measure"], c["reporter"], c["partner"], c["period"]) == ("imports", "CHL", "WLD", "2023")
    c = r["claims"]["360"]
    assert (c["measure"], c["reporter"], c["partner"]) == ("imports", "CHL", "USA")


def test_production_and_market_size_are_no_trade_flow():
    """"Total Local Production", "Total Market Size": money of no flow, not imports."""
    r = read(MARKET)
    assert r["claims"]["430"]["measure"] == "other"
    assert r["claims"]["1,280"]["measure"] == "other"


def test_market_size_is_production_plus_imports_less_exports():
    """430 + 1,020 - 170 = 1,280: no sum of the rows right above it (imports from one partner
    are a part of the imports); a changed market size is flagged."""
    assert not read(MARKET)["errors"]
    errors = read(MARKET.replace("1,220 | 1,280", "1,220 | 1,380"))["errors"]
    assert any("production 430 + imports 1,020 - exports 170 = 1,280" in e for e in errors), errors


def test_a_share_of_the_import_market_takes_the_total_imports_row():
    """"35 percent of the import market": 360 of 1,020; changed to 55 percent it is flagged."""
    assert not read(MARKET)["errors"]
    assert read(MARKET.replace("about 35 percent", "about 55 percent"))["errors"]


EXPORTER = ("Imports from the United States rose 9 percent in 2023. Spain is also a large U.S. trading "
            "partner: two-way goods trade reached $52.0 billion in 2023, with U.S. exports of $30.0 billion "
            "and imports of $22.0 billion.")


def test_a_place_right_before_exports_after_with_sells_them():
    """"with U.S. exports of $30.0 billion": the United States exports to Spain, and the
    imports after it are the United States' too."""
    r = read(EXPORTER)
    c = r["claims"]["$30.0 billion"]
    assert (c["measure"], c["reporter"], c["partner"]) == ("exports", "USA", "ESP")
    c = r["claims"]["$22.0 billion"]
    assert (c["measure"], c["reporter"], c["partner"]) == ("imports", "USA", "ESP")


KEY_FIGURES = ("In brief\n\n"
               "- Mexican beer imports, 2023: USD 2.0 billion\n"
               "- Mexican spirits imports, 2023: USD 0.9 billion, of which Spain USD 180 million (20%)\n")


def test_a_key_figure_label_names_its_product():
    """"- Mexican beer imports, 2023: USD 2.0 billion": Mexico's imports of beer."""
    r = read(KEY_FIGURES)
    c = r["claims"]["USD 2.0 billion"]
    assert (c["measure"], c["reporter"], c["commodity"]) == ("imports", "MEX", "beer")
    assert r["claims"]["USD 0.9 billion"]["commodity"] == "spirits"


def test_a_part_of_which_one_partner_keeps_the_whole_s_product():
    """"USD 0.9 billion, of which Spain USD 180 million (20%)": spirits from Spain, so the
    share is no share of the beer (180 of 2,000 would be 9%)."""
    r = read(KEY_FIGURES)
    c = r["claims"]["USD 180 million"]
    assert (c["reporter"], c["partner"], c["commodity"]) == ("MEX", "ESP", "spirits")
    assert r["claims"]["20%"]["commodity"] == "spirits"
    assert not r["errors"]


def test_a_share_of_that_volume_is_no_share_of_money():
    """"imported 2.0 million tonnes ... worth €5.0 billion, and re-exported roughly 40% of
    that volume": a share of the tonnage, not of the €5.0 billion."""
    r = read("In 2023 Belgium imported about 2.0 million tonnes of cocoa beans worth €5.0 billion, "
             "and re-exported roughly 40% of that volume to neighbouring markets.")
    assert "40%" not in r["claims"] and not r["errors"]
