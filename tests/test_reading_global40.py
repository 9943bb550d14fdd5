"""Reports and releases of world trade bodies (round 40, globalreports): a group counted and
ranked ("the three leading exporters") is the top of the ranking given before it, a sector
of services said to be one ("Travel was the hardest-hit services sector") is not all of them,
a forecast raised "to A%, from B%" is checked against the points of its revision, a second
table right under the first is in its unit, and "The US trade deficit" is the US's own."""
from tradecheck import verify_text


def read(text: str, published: str = "2020-07-30") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


# a ranked table of four exporters, then the share of the top two together
RANKED = ("Brazil was the largest exporter in 2019, with exports of US$ 5.0 billion, or 25.0% of the world total.\n\n"
          "Leading merchandise exporters, 2019\n"
          "(Billion dollars and percentage)\n\n"
          "Rank  Exporters   Value   Share\n"
          "1     Brazil        5.0    25.0\n"
          "2     Peru          3.0    15.0\n"
          "3     Colombia      2.5    12.5\n"
          "4     Chile         1.0     5.0\n\n"
          "Together the two leading exporters accounted for 40.0% of world merchandise exports.\n")


def test_the_top_two_of_a_ranking_are_its_first_rows_not_its_last():
    """"the two leading exporters": Brazil and Peru (5.0 + 3.0 = 40% of 20.0), not Colombia
    and Chile, the last two figures before the share."""
    r = read(RANKED)
    assert r["errors"] == []


def test_a_wrong_share_of_the_top_two_is_caught():
    r = read(RANKED.replace("40.0%", "30.0%"))
    assert any("30.0%" in e for e in r["errors"])


def test_a_counted_leading_group_over_figures_in_no_order_is_left_unread():
    """Figures out of order make no ranking: which places lead is not said, so no error."""
    text = ("In 2019 Colombia exported coffee worth US$ 2.5 billion, Brazil US$ 5.0 billion, "
            "Honduras US$ 1.0 billion and Vietnam US$ 3.0 billion. World coffee exports were "
            "US$ 20.0 billion. Together the two leading exporters accounted for 40.0% of world "
            "coffee exports.")
    assert read(text.replace("40.0%", "30.0%"))["errors"] == []


def test_a_sector_said_to_be_one_of_services_is_that_sector():
    """"Transport was the worst-hit services sector, with receipts down 40%": transport's
    receipts, not all services (which fell 10% here)."""
    text = ("In 2020 world services exports fell 10% to US$ 4.5 trillion from US$ 5.0 trillion. "
            "Transport was the worst-hit services sector, with receipts down 40%.")
    r = read(text, "2021-07-30")
    assert r["claims"]["40%"]["commodity"] == "transport services"
    assert r["errors"] == []


def test_a_forecast_raised_to_a_rate_from_another_is_checked_against_its_points():
    """"raised its forecast for 2024 to 3.0%, from 2.6% ..., an upgrade of 0.4 percentage
    points": the bare "from" after the new rate names the old one."""
    text = ("The agency has raised its forecast for world trade volume growth in 2024 to 3.0%, "
            "from 2.6% in the April estimate, an upgrade of 0.4 percentage points.")
    assert read(text, "2024-10-10")["errors"] == []
    assert read(text.replace("from 2.6%", "from 2.2%"), "2024-10-10")["errors"]


# two aligned tables, the second right under the first with the same columns, one caption
TWO_TABLES = ("Leading traders, 2019\n"
              "(Billion dollars)\n\n"
              "Rank  Exporters   Value   Change\n"
              "1     Chile        70.0     5\n"
              "2     Peru         45.0     3\n\n"
              "Rank  Importers   Value   Change\n"
              "1     Chile        60.0     4\n"
              "2     Peru         40.0     2\n\n"
              "The Chilean trade surplus reached US$ 10.0 billion in 2019.\n")


def test_a_second_table_under_the_first_is_in_the_first_ones_unit():
    r = read(TWO_TABLES)
    assert r["claims"]["60.0"]["value_usd"] == 60e9
    assert r["claims"]["60.0"]["measure"] == "imports"


def test_a_balance_opening_its_sentence_after_a_place_is_that_places_own():
    """"The US merchandise trade deficit widened to" in a text on China: the US's deficit
    with the world, not China's with the US."""
    text = ("China's exports rose 10% in 2018 to US$ 2,487 billion. The US merchandise trade "
            "deficit widened to US$ 950 billion as import growth outpaced exports.")
    c = read(text, "2019-07-30")["claims"]["US$ 950 billion"]
    assert (c["measure"], c["reporter"], c["partner"]) == ("balance", "USA", "WLD")
