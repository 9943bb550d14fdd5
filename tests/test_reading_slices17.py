"""Sentences of kinds met in the seventeenth round's rankings and sub-national passages: slices
of a total (by who trades, by partner group, by port city), a product in an aside, services
set apart from goods, and numbered lists whose brackets split or share out an item's figure."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-02-15") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


VIETNAM = ("Vietnam's total import-export turnover reached $683.0 billion in 2023, with exports of $355.5 billion "
           "and imports of $327.5 billion, according to the General Department of Customs. ")


def test_a_slice_by_who_trades_is_a_part_of_trade():
    # (150.2 / 683.0 = 22.0%)
    r = read(VIETNAM + "Private enterprises imported and exported $150.2 billion, or 22.0 percent of the total.")
    c = r["claims"]["$150.2 billion"]
    assert c["measure"] == "trade_total"
    assert c["commodity"] == "private enterprises"
    assert r["errors"] == []


def test_a_slice_by_who_exports_is_no_second_export_total():
    r = read(VIETNAM + "State-owned firms exported $40.1 billion.")
    assert r["claims"]["$40.1 billion"]["commodity"] == "state-owned firms"
    assert r["errors"] == []


def test_trade_with_belt_and_road_countries_is_a_partner_group():
    # (300.1 / 683.0 = 43.9%)
    r = read(VIETNAM + "Trade with Belt and Road countries, which reached $300.1 billion, made up 43.9 percent of the total.")
    c = r["claims"]["$300.1 billion"]
    assert c["partner"] is None and c["partner_group"] == "Belt and Road"
    assert r["errors"] == []


def test_a_port_citys_contribution_is_no_national_total():
    # (60.3 / 683.0 = 8.8%)
    r = read(VIETNAM + "Hai Phong, the country's largest port city, contributed $60.3 billion, or 8.8 percent.")
    assert r["claims"]["$60.3 billion"]["attribution"].get("port") == "port-scope"
    assert r["errors"] == []


CANADA = "Canada exported C$568.7 billion of goods in 2023, according to Statistics Canada. "


def test_a_product_described_as_the_top_export_keeps_its_product():
    # (12.1 / 17.3 = 0.699: down 30.1%)
    r = read(CANADA + "Softwood lumber, the country's top forest export at C$12.1 billion, fell 30.1% from C$17.3 billion "
                      "the year before.")
    assert r["claims"]["C$12.1 billion"]["commodity"] == "softwood lumber"
    assert r["claims"]["C$17.3 billion"]["commodity"] == "softwood lumber"
    assert r["errors"] == []


def test_services_separate_from_the_goods_figures_are_no_part_of_goods():
    r = read(CANADA + "Lumber exports were C$12.1 billion. The country also exported C$190.4 billion in services, "
                      "separate from the goods figures.")
    assert r["errors"] == []


PARTNERS = (VIETNAM.replace("customs. ", "customs, leaving a trade surplus of $28.0 billion.\n\n")
            + "The country's largest trading partners were:\n\n"
            "1. China: $171.9 billion (exports $61.2 billion, imports $110.7 billion)\n"
            "2. United States: $110.8 billion (exports $97.0 billion, imports $13.8 billion)\n")


def test_a_numbered_partners_figure_split_in_brackets_is_its_total_trade():
    r = read(PARTNERS)
    assert r["claims"]["$171.9 billion"]["measure"] == "trade_total"
    assert r["claims"]["$110.8 billion"]["measure"] == "trade_total"
    assert r["claims"]["$110.8 billion"]["partner"] == "USA"
    assert r["errors"] == []


def test_a_wrong_total_of_a_numbered_partner_is_found():
    r = read(PARTNERS.replace("$171.9 billion", "$181.9 billion"))
    assert any("181.9" in e for e in r["errors"])


CHILE = ("Chile's global shipments were worth US$95.0 billion in 2023.\n\n"
         "Below are the top exports of Chile by dollar value:\n\n"
         "1. Copper ores and concentrates: $23.4 billion (24.6% of total exports)\n"
         "2. Refined copper: $19.0 billion (20.0%)\n")


def test_a_share_in_brackets_after_a_list_items_figure_is_the_items_share():
    # (23.4 / 95.0 = 24.6%)
    r = read(CHILE)
    assert r["claims"]["24.6%"]["commodity"] == "copper ores and concentrates"
    assert r["errors"] == []


def test_a_wrong_share_of_a_list_item_is_found():
    r = read(CHILE.replace("24.6%", "26.4%"))
    assert any("26.4%" in e for e in r["errors"])


THAILAND = ("Thailand's Top Trading Partners\n\n"
            "Thailand shipped US$284.6 billion worth of goods around the globe in 2023.\n\n"
            "From a continental perspective, 57.4% of Thai exports by value were delivered to Asian countries.\n\n"
            "Below are the top buyers of Thai exports:\n\n"
            "1. United States: US$48.9 billion (17.2% of Thailand's total exports)\n")


def test_a_continents_share_leaves_the_world_total_with_the_world():
    # (48.9 / 284.6 = 17.2%)
    r = read(THAILAND)
    assert r["claims"]["US$284.6 billion"]["partner"] == "WLD"
    assert r["errors"] == []


def test_a_wrong_share_after_a_continents_share_is_found():
    r = read(THAILAND.replace("17.2%", "19.2%"))
    assert any("19.2%" in e for e in r["errors"])
