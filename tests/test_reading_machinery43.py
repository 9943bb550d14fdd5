"""Machinery and steel releases (a forty-third round of passages): a sector's production,
home deliveries and consumption beside its trade, and the bare
flow that leaves the sector its balance. How each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-03-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


HOME = ("Madrid, 1 March 2024 - Spain's packaging machinery industry ended 2023 with production worth 2,400 million "
        "euros, up 6.0% on 2022.\n\n"
        "- exports rose 8.0% to 1,350 million euros;\n"
        "- deliveries by Spanish makers on the domestic market reached 1,050 million euros;\n"
        "- imports grew 4.0% to 900 million euros.\n\n"
        "Spanish consumption, the sum of domestic deliveries and imports, rose 5.0% to 1,950 million euros.")


def test_production_of_a_sector_is_no_trade_flow():
    """"production worth X": what the sector made, measure other (not its trade)."""
    assert read(HOME)["claims"]["2,400 million euros"]["measure"] == "other"


def test_deliveries_on_the_domestic_market_are_home_sales():
    """"deliveries by Spanish makers on the domestic market reached X": home sales, not a second exports figure."""
    r = read(HOME)
    assert r["claims"]["1,050 million euros"]["measure"] == "other"
    assert r["claims"]["1,350 million euros"]["measure"] == "exports"
    assert not r["errors"]


def test_consumption_is_not_imports_nor_trade():
    """"consumption ... rose 5.0% to X": the home market's use, measure other (not the imports before it)."""
    r = read(HOME)
    assert r["claims"]["1,950 million euros"]["measure"] == "other"
    assert r["claims"]["5.0%"]["measure"] == "other"


CONSUMPTION = ("Seoul, Feb 1, 2024: Korea's consumption of forklifts rose 10 per cent to 5,000 billion won in 2023. "
               "Domestic production stood at 3,000 billion won, while imports amounted to 2,600 billion won and "
               "exports to 600 billion won.")


def test_consumption_is_no_sum_of_exports_and_imports():
    """Consumption = production + imports - exports: no trade total, so no sum check against it."""
    r = read(CONSUMPTION)
    assert r["claims"]["5,000 billion won"]["measure"] == "other"
    assert not r["errors"]


SECTOR = ("Poland's copper exports totaled $3.0 billion in the first half of 2023, the industry body said. "
          "The country exported 300,000 tons of copper in January-June, while imports came to 150,000 tons worth "
          "$1.8 billion, giving the sector a trade surplus of $1.2 billion.")


def test_a_bare_flow_that_leaves_the_sector_its_balance_is_the_sectors():
    """"while imports came to $X, giving the sector a surplus of $Y": the imports are of the sector's product."""
    r = read(SECTOR, published="2023-07-20")
    assert r["claims"]["$1.8 billion"]["commodity"] == "copper"
    assert not r["errors"]


def test_a_changed_sector_surplus_is_flagged():
    assert read(SECTOR.replace("surplus of $1.2 billion", "surplus of $2.2 billion"), published="2023-07-20")["errors"]


def test_a_change_in_consumption_is_no_change_in_exports():
    """"Cement consumption rose 5.3%" after an exports figure: the home market's use, measure other."""
    r = read("Kenya's exports rose to $2.0 billion in March from $1.8 billion in February. "
             "Cement consumption rose 5.3% in March.", published="2024-04-20")
    assert r["claims"]["5.3%"]["measure"] == "other"
    assert not r["errors"]


def test_a_share_of_consumption_a_partner_supplies_is_a_share_of_use():
    """"supplies 60% of its wheat consumption": a share of what the place uses, not of trade."""
    r = read("Trade between Kenya and Tanzania reached $1.5 billion in 2023. Tanzania supplies 60% of "
             "Kenya's maize consumption.")
    assert r["claims"]["60%"]["measure"] == "other"
