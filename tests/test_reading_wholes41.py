"""The whole of a share or a part, and the product a figure carries (a forty-first round of
passages on vehicles, medicines, timber and flowers): a partner's share of "the total" in a
text on one product, a sector's figure in a relative clause, a group taken whole, a list of
products after "were recorded at", a turn to the import side, and the parts of the product
the text leads on. How each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-02-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


CARS = ("Korean car exports climb to record\n\n"
        "SEOUL -- South Korea's exports of automobiles rose 10% in 2023 to $70.0 billion, the trade ministry said.\n\n"
        "Shipments to Canada, the fourth-largest market, came to $3.5 billion, or 5% of the total.\n\n"
        "South Korea's overall exports fell 7.4% to $632.2 billion.")


def test_a_partners_share_of_the_total_is_of_the_product_the_text_leads_on():
    """"Shipments to Canada came to $3.5bn, or 5% of the total": Canada's part of the car exports."""
    r = read(CARS)
    assert r["claims"]["$3.5 billion"]["commodity"] == "automobiles"
    assert r["claims"]["5%"]["commodity"] == "automobiles"
    assert r["claims"]["$3.5 billion"]["attribution"]["commodity"] == "partner-share-of-lead"
    assert not r["errors"]


def test_a_changed_partner_share_of_the_product_is_flagged():
    assert read(CARS.replace("or 5% of", "or 8% of"))["errors"]


def test_a_partner_figure_with_the_whole_named_keeps_all_goods():
    """"Overall, shipments to Canada came to $25bn, or 4% of the total": the whole trade, named."""
    text = CARS.replace("Shipments to Canada, the fourth-largest market, came to $3.5 billion, or 5% of the total.",
                        "Overall, shipments to Canada came to $25.3 billion, or 4% of the total.")
    assert read(text)["claims"]["$25.3 billion"]["commodity"] is None


TEA = ("Tea earnings hold steady\n\n"
       "Kenya's tea exports earned Sh120.0 billion in 2023, up 4% from Sh115.4 billion in 2022, the board said.\n\n"
       "Tea remains the mainstay of the agriculture sector, which earned a total of Sh300.0 billion last year.")


def test_a_sectors_relative_clause_gives_the_sectors_money():
    """"the agriculture sector, which earned a total of Sh300bn": the sector's, not the tea's."""
    r = read(TEA)
    assert r["claims"]["Sh300.0 billion"]["commodity"] == "agriculture sector"
    assert not r["errors"]


def test_the_sector_clause_leaves_the_products_change_checkable():
    assert read(TEA.replace("up 4%", "up 9%"))["errors"]


COFFEE = ("Coffee exports hit US$5.6 billion in 2024\n\n"
          "HANOI -- Viet Nam's coffee exports reached US$5.6 billion last year, up 32 per cent from US$4.2 billion in 2023.\n\n"
          "The whole farm sector's exports reached a record of $62.5 billion in 2024.")


def test_a_group_taken_whole_is_no_part_of_the_texts_product():
    """"the whole farm sector's exports": wider than coffee, so not bound by coffee's total."""
    assert not read(COFFEE, "2025-01-06")["errors"]


MINERALS = ("Chile's mineral exports reached US$50.0 billion in 2023, the central bank said.\n\n"
            "By product, copper exports were recorded at US$30.0 billion, lithium at US$8.0 billion, "
            "and salts, including iodine, at US$2.0 billion.")


def test_products_after_were_recorded_at_are_read_item_by_item():
    """"copper exports were recorded at X, lithium at Y, and salts, including iodine, at Z"."""
    r = read(MINERALS)
    assert r["claims"]["US$30.0 billion"]["commodity"] == "copper"
    assert r["claims"]["US$8.0 billion"]["commodity"] == "lithium"
    assert r["claims"]["US$2.0 billion"]["commodity"] == "salts"
    assert not r["errors"]


MEDICINES = ("In 2024, EU exports of vaccines to non-EU countries reached €40.0 billion, while imports stood at €20.0 billion, resulting in a trade surplus of €20.0 billion.\n\n"
             "The main destination of EU exports of vaccines was the United States, with a share of 40.0% (€16.0 billion), followed by Japan "
             "(10.0%, €4.0 billion).\n\n"
             "On the import side, Switzerland was the EU's main partner (50.0%, €10.0 billion), ahead of India "
             "(25.0%, €5.0 billion).")


def test_the_import_side_opener_gives_the_flow_and_the_product():
    """"On the import side, Switzerland was the EU's main partner (50.0%, €10bn)": imports of vaccines."""
    r = read(MEDICINES, "2025-04-14")
    for t in ("50.0%", "€10.0 billion", "25.0%", "€5.0 billion"):
        assert (r["claims"][t]["measure"], r["claims"][t]["commodity"]) == ("imports", "vaccines")
    assert not r["errors"]


def test_a_bracketed_share_after_the_next_place_keeps_the_product():
    """"followed by Japan (10.0%, €4.0bn)": Japan's part of the vaccine exports."""
    c = read(MEDICINES, "2025-04-14")["claims"]["10.0%"]
    assert (c["partner"], c["commodity"]) == ("JPN", "vaccines")


def test_a_changed_import_side_share_is_flagged():
    assert read(MEDICINES.replace("(50.0%, €10.0", "(60.0%, €10.0"), "2025-04-14")["errors"]


def test_a_bracketed_total_after_a_share_of_total_exports_is_the_whole():
    """"12.1% of total exports of goods (€330 billion)": the bracket is the whole, all goods."""
    text = "In 2024, EU exports of vaccines reached €40.0 billion. Vaccines accounted for 12.1% of total extra-EU exports of goods (€330 billion)."
    c = read(text, "2025-04-14")["claims"]["€330 billion"]
    assert c["commodity"] is None and not read(text, "2025-04-14")["errors"]


GARMENTS = ("Garment exports reach $40.0 billion in 2023\n\n"
            "DHAKA -- Bangladesh's garment exports reached US$40.0 billion in 2023, the association said.\n\n"
            "Imports of raw materials were US$22.0 billion, leaving a trade surplus of US$18.0 billion for the sector.")


def test_the_sectors_balance_is_of_the_product_the_text_leads_on():
    """"leaving a trade surplus of X for the sector": the garment balance, the raw materials its part."""
    r = read(GARMENTS)
    assert r["claims"]["US$18.0 billion"]["commodity"] == "garments"
    assert not r["errors"]


def test_raw_materials_above_what_the_sectors_balance_leaves_are_flagged():
    assert read(GARMENTS.replace("US$22.0 billion", "US$25.0 billion"))["errors"]


ARMS = ("BERLIN -- Germany approved arms exports worth a record €10.0 billion this year, the ministry said.\n\n"
        "Approvals for war weapons accounted for €6.0 billion and other military equipment for €4.0 billion.")


def test_products_given_with_a_verb_of_a_part_are_parts_of_the_lead():
    """"war weapons accounted for X and other military equipment for Y": the arms total split."""
    assert not read(ARMS, "2023-12-27")["errors"]
    assert read(ARMS.replace("€6.0 billion", "€7.0 billion"), "2023-12-27")["errors"]
