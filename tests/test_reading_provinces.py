"""Sub-national trade (a 25th round of passages: Chinese provinces and cities, Canadian
provinces, German Länder, US states): a region as the reporter of its own figures, its parts
and its share of the national total, and its trade with the rest of its own country kept
apart from its trade abroad. Each text is written for the test; a planted copy changes one
figure so that a stated relation breaks."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-06-20") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def side(c: dict, which: str) -> str | None:
    """A claim's reporter or partner: a sub-national unit's own code where it is one."""
    return c.get(which + "_unit") or c[which]


# --- a municipality with its own customs figures, its share of the country's ---

MUNICIPALITY = ("Shanghai exports edge up\n\n"
                "Shanghai's exports rose 3.0% to 1.80 trillion yuan in 2023, the city's customs said. "
                "Shanghai accounted for 7.1% of China's total exports of 25.45 trillion yuan.")


def test_a_municipality_reports_its_own_figures_and_its_share_of_the_country():
    r = read(MUNICIPALITY)
    assert side(r["claims"]["1.80 trillion yuan"], "reporter") == "CN-SH"
    assert r["claims"]["25.45 trillion yuan"]["reporter"] == "CHN"
    assert r["errors"] == []
    assert read(MUNICIPALITY.replace("7.1%", "9.1%"))["errors"]


def test_a_unit_named_at_one_end_of_a_route_is_no_reporter():
    r = read("Freight rates soar\n\nThe Shanghai-Rotterdam rate jumped to $4,400 per container in February "
             "from $1,200 in December. Trade through the canal fell to $1.3 billion in February.")
    assert all(side(c, "reporter") != "CN-SH" for c in r["claims"].values())


# --- a part named with its owner's whole, then its share of the total ---

DISTRICT = ("Shanghai's foreign trade rose 1.0% to 4.00 trillion yuan in 2023. "
            "The Minhang district handled 1.20 trillion yuan of the city's trade, or 30.0% of the total.")


def test_a_district_is_a_part_of_the_citys_trade_not_the_trade_again():
    assert read(DISTRICT)["errors"] == []
    assert read(DISTRICT.replace("30.0%", "40.0%"))["errors"]


COMPANIES = ("Jiangsu's imports and exports reached 4.00 trillion yuan in the first half. "
             "State-owned firms handled 1.00 trillion yuan of the province's trade, accounting for 25.0% of the total.")


def test_a_companys_share_is_of_its_own_part():
    assert read(COMPANIES)["errors"] == []
    assert read(COMPANIES.replace("25.0%", "35.0%"))["errors"]


# --- a part's share of the product group given before it ---

CATEGORY = ("Shandong's exports grew 2.0% to 1.75 trillion yuan in 2023. Exports of green products reached "
            "200.0 billion yuan. Batteries alone accounted for 120.0 billion yuan, more than half of the category.")


def test_a_share_of_the_category_is_of_the_group_named_before():
    assert read(CATEGORY)["errors"] == []
    assert read(CATEGORY.replace("more than half", "more than two-thirds"))["errors"]


def test_a_share_of_a_category_no_figure_was_given_for_is_left_unchecked():
    text = ("Shandong's exports grew 2.0% to 1.75 trillion yuan in 2023. "
            "Batteries alone accounted for 120.0 billion yuan, more than half of the category.")
    assert read(text)["errors"] == []


# --- a city inside a province ---

def test_a_city_reports_its_own_trade_not_its_provinces():
    text = ("Yiwu trade up 12%\n\nThe market town of Yiwu in Zhejiang province recorded imports and exports "
            "of 100.0 billion yuan in the first half, up 12.0%. Exports grew 10.0% to 90.0 billion yuan.")
    c = read(text)["claims"]["100.0 billion yuan"]
    # (a trade total's pair has no direction)
    assert ({side(c, "reporter"), side(c, "partner")}, c["measure"]) == ({"CN-YWU", "WLD"}, "trade_total")


SHENZHEN = ("Shenzhen's foreign trade totalled 1.00 trillion yuan in the first quarter. "
            "The city accounted for half of Guangdong province's 2.00 trillion yuan in foreign trade.")


def test_a_citys_share_of_its_province_is_of_the_provinces_trade():
    r = read(SHENZHEN)
    assert side(r["claims"]["2.00 trillion yuan"], "reporter") == "CN-GD"
    assert r["errors"] == []
    assert read(SHENZHEN.replace("half of", "a third of"))["errors"]


# --- a unit's trade with the rest of its country ---

MANITOBA = ("Manitoba's international exports reached C$20.0 billion in 2023, while its interprovincial "
            "exports — sales to customers in other provinces — came to C$15.0 billion. "
            "The United States bought C$14.0 billion of Manitoba's goods. "
            "Saskatchewan was the largest interprovincial customer, buying C$5.0 billion of Manitoba goods, "
            "or 33.3% of the province's interprovincial exports. Alberta (C$4.0 billion) came next.")


def test_sales_to_other_provinces_are_no_part_of_sales_abroad():
    r = read(MANITOBA)
    assert r["claims"]["C$15.0 billion"]["partner"] == "CAN"
    assert r["claims"]["C$20.0 billion"]["partner"] == "WLD"
    assert r["errors"] == []


def test_a_share_of_interprovincial_exports_is_of_that_flow():
    assert read(MANITOBA.replace("33.3%", "25.0%"))["errors"]


def test_a_units_unqualified_total_beside_trade_within_is_a_guess():
    text = ("Manitoba's total exports of goods and services reached C$40.0 billion in 2023. "
            "International exports accounted for C$25.0 billion, while interprovincial exports came to "
            "C$15.0 billion. Of the international exports, goods made up C$20.0 billion and services C$4.0 billion.")
    assert read(text)["errors"] == []


def test_a_balance_with_other_provinces():
    text = ("Quebec sold C$60.0 billion of goods to other provinces in 2023 and bought C$70.0 billion "
            "from other provinces, giving it an interprovincial trade deficit of C$10.0 billion.")
    assert read(text)["errors"] == []
    assert read(text.replace("deficit of C$10.0", "deficit of C$15.0"))["errors"]


# --- one flow set against the other ---

BAVARIA = ("Bavarian exports rose 1.0% to €230.0 billion in 2023. Imports fell 5.0% to €250.0 billion. "
           "Imports thus exceeded exports by €20.0 billion.")


def test_imports_exceeding_exports_by_an_amount_is_the_deficit():
    r = read(BAVARIA, "2024-03-20")
    c = r["claims"]["€20.0 billion"]
    assert (c["measure"], c["value"]) == ("balance", -20e9)
    assert r["errors"] == []
    assert read(BAVARIA.replace("by €20.0", "by €30.0"), "2024-03-20")["errors"]


def test_exports_outstripping_imports_is_a_surplus():
    text = ("Ohio's exports reached $60.0 billion in 2023 and imports $50.0 billion. "
            "Exports outstripped imports by $10.0 billion.")
    assert read(text)["claims"]["$10.0 billion"]["value"] == 10e9
    assert read(text)["errors"] == []


# --- words that are no other measure, and words that are no flow ---

MARGIN = ("Texas exported $400.0 billion in goods in 2023. Mexico remained the state's largest market by a "
          "wide margin, taking $120.0 billion, or 30.0% of the state's exports.")


def test_a_lead_by_a_wide_margin_is_no_profit_margin():
    assert "30.0%" in read(MARGIN)["claims"]
    assert read(MARGIN)["errors"] == []
    assert read(MARGIN.replace("30.0%", "40.0%"))["errors"]


def test_a_flow_word_in_a_dashed_aside_does_not_govern_the_figure():
    text = ("Yiwu's exports grew 10.0% to 450.0 billion yuan in 2023. Exports under the bonded trade mode — "
            "a regime for goods bought by foreign traders — reached 300.0 billion yuan, "
            "or 66.7% of Yiwu's exports.")
    r = read(text)
    assert r["claims"]["300.0 billion yuan"]["measure"] == "exports"
    assert r["errors"] == []
    assert read(text.replace("66.7%", "56.7%"))["errors"]


# --- a rival ranked in the headline is no partner ---

def test_a_rival_in_the_headline_leaves_the_list_items_with_the_world():
    text = ("Jiangsu's trade up 5%, exports second only to Guangdong\n\n"
            "NANJING — Jiangsu's foreign trade rose 5.0% to 2.50 trillion yuan in January-June. "
            "Exports rose 6.0% to 1.60 trillion yuan.\n\n"
            "Key figures:\n\n"
            "- Trade with the United States: 300 billion yuan\n\n"
            "- Exports of mechanical and electrical products: 1.00 trillion yuan, 62.5% of exports\n")
    r = read(text, "2024-07-19")
    c = r["claims"]["1.00 trillion yuan"]
    assert (c["partner"], c["commodity"]) == ("WLD", "mechanical and electrical products")
    assert r["errors"] == []
    assert read(text.replace("62.5%", "52.5%"), "2024-07-19")["errors"]


# --- a figure per day before another figure ---

PER_DAY = ("Shenzhen's foreign trade totalled 1.00 trillion yuan in the first quarter. The city handled roughly "
           "11.0 billion yuan of trade per day, and accounted for half of Guangdong province's 2.00 trillion yuan "
           "in foreign trade. Yiwu's exports reached 450.0 billion yuan in 2023, or about 1.2 billion yuan of "
           "goods crossing its books every day.")


def test_per_day_after_one_figure_does_not_make_the_next_a_rate():
    # ("of trade per day" is the 11.0 billion's; the province's 2.00 trillion after it is a level)
    assert read(PER_DAY)["errors"] == []
    assert read(PER_DAY.replace("half of", "a third of"))["errors"]
