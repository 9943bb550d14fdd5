"""USDA FAS GAIN reports and farm press (a fortieth round of passages): a list of products
under its lead's figure, its last label carrying a bracket of examples; the value of a
product's tonnage given in the sentence before; "For all markets" turning a sentence to the
world; tonnages in "metric tons" and "mt". How each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2025-09-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


FRUIT = ("Tree Nuts Annual\n\nRising incomes keep lifting demand for imported nuts in Thailand.\n\n"
         "According to trade data, Thailand's imports of U.S. tree nuts reached $150 million in CY 2024, "
         "up 20 percent from $125 million in CY 2023. By product:\n\n"
         "- Almonds: $70 million\n"
         "- Walnuts: $50 million\n"
         "- Other tree nuts (cashews, pecans): $30 million\n\n"
         "Demand is strongest in Bangkok.\n")


def test_a_list_label_with_a_bracket_of_examples_is_a_product():
    """"- Other tree nuts (cashews, pecans): $30 million": the label before the bracket is the item's product."""
    c = read(FRUIT)["claims"]["$30 million"]
    assert c["commodity"] == "other tree nuts" and c["attribution"]["commodity"] == "list-item-label"


def test_items_under_a_colon_lead_keep_the_leads_partner():
    """The items under "... imports of U.S. tree nuts reached $150 million ... By product:" are imports from the U.S."""
    r = read(FRUIT)
    assert not r["errors"]
    for figure in ("$70 million", "$50 million", "$30 million"):
        assert (r["claims"][figure]["reporter"], r["claims"][figure]["partner"]) == ("THA", "USA")


def test_items_that_do_not_add_up_to_their_lead_are_flagged():
    """The items of a flow's "By product:" list add up to the lead's figure."""
    assert any("the whole is stated as $150mn" in e for e in read(FRUIT.replace("$70 million", "$90 million"))["errors"])


def test_a_list_after_a_lead_with_no_figure_starts_afresh():
    """"Highlights:" gives no figure: the items are not parts of one, and nothing is summed."""
    text = ("Ohio's exports rose 3% to $9.0 billion in the first quarter of 2024.\n\nHighlights:\n\n"
            "- Exports to Canada increased 5% to $3.1 billion.\n- Exports to Mexico were flat at $1.2 billion.\n"
            "- Aircraft engines remained the top export at $1.5 billion.\n")
    assert not read(text, "2024-05-01")["errors"]


BEEF = ("U.S. lamb exports to Korea fell in the first half.\n\n"
        "According to USDA data, lamb exports to Korea totaled 10,400 metric tons in January-June, down 8% from 11,300 mt "
        "a year ago. Export value was $90.0 million, down 3% from $92.8 million.\n\n"
        "Pork exports to Korea were steadier, at 80,000 mt in the first half, valued at $260.0 million.\n\n"
        "For all markets, U.S. lamb exports in the first six months totaled 60,000 mt, valued at $510.0 million.\n")


def test_export_value_after_a_products_tonnage_is_that_products():
    """"lamb exports ... totaled 10,400 metric tons ... Export value was $90.0 million": lamb's value."""
    c = read(BEEF, "2025-08-01")["claims"]["$90.0 million"]
    assert c["commodity"] == "lamb" and c["attribution"]["commodity"] == "value-of-quantity-before"


def test_pork_is_a_product():
    """"Pork exports to Korea ... valued at $260.0 million": pork, not a second figure of the whole flow."""
    r = read(BEEF, "2025-08-01")
    assert r["claims"]["$260.0 million"]["commodity"] == "pork"
    assert not r["errors"]


def test_for_all_markets_is_trade_with_the_world():
    """"For all markets, U.S. lamb exports ... valued at $510.0 million": U.S. exports to the world."""
    c = read(BEEF, "2025-08-01")["claims"]["$510.0 million"]
    assert (c["reporter"], c["partner"]) == ("USA", "WLD")


def test_a_change_between_metric_tons_and_mt_is_checked():
    """"10,400 metric tons ..., down 8% from 11,300 mt": one unit, so a wrong change is flagged."""
    assert not read(BEEF, "2025-08-01")["errors"]
    assert any("metric tons against" in e for e in read(BEEF.replace("11,300 mt", "12,300 mt"), "2025-08-01")["errors"])


def test_a_countrys_fiscal_year_names_no_trader():
    """"U.S. almond exports to India ... in Indian fiscal year 2024-25, up 22 percent from": the change is of U.S. almond exports to India."""
    text = ("Almond demand keeps growing in India.\n\nAccording to trade data, U.S. almond exports to India were valued at "
            "$122 million in Indian fiscal year (IFY) 2024-25 (April-March), up 22 percent from $100 million in IFY 2023-24.\n")
    c = read(text)["claims"]["22 percent"]
    assert (c["reporter"], c["partner"], c["commodity"]) == ("USA", "IND", "almonds")
    assert read(text.replace("$100 million", "$110 million"))["errors"]


def test_a_third_sector_in_the_list_keeps_traditional_and_non_traditional_apart():
    """"- Traditional", "- Non-traditional", "- Maquila": three classes, so the first two are not all exports."""
    text = ("Exports of goods reached US$ 900 million in May, the central bank said.\n\nBy sector, the breakdown was:\n\n"
            "- Traditional: US$ 100 million\n- Non-traditional: US$ 500 million\n- Maquila: US$ 300 million\n")
    assert not read(text, "2024-06-20")["errors"]


def test_a_market_share_set_after_a_tonnage_is_its_share():
    """"supplied 156,000 MT, a 50 percent market share" of the 312,000 MT imported: checked against it."""
    text = ("In CY 2024, Vietnam imported 312,000 MT of pork. Canada was the largest supplier with 156,000 MT, "
            "a 50 percent market share, followed by Brazil with 93,600 MT (30 percent).\n")
    assert not read(text, "2025-05-01")["errors"]
    assert any("stated as 60%" in e for e in read(text.replace("a 50 percent", "a 60 percent"), "2025-05-01")["errors"])
