"""Industry associations' sector export releases (round 24): bracketed earlier levels whose
label a list leaves out after its first item, shares of a product a text's acronym names,
a goal's year in the headline, "the total" a share points back to, quotas, pounds that are
weight, and car counts compared with the year before. Each reading is checked on a correct
text (no error) and, where it applies, on a copy with one figure changed (an error)."""
from tradecheck import verify_text


def read(text: str, published: str) -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


# --- a list whose first item labels its bracket with the earlier period, the rest not

LEATHER = ("Leather goods exports rise in first half\n\n"
           "DHAKA - Exports of leather goods by line, January-June 2024:\n"
           "- Footwear: US$2,100 million, up 5.0 percent (January-June 2023: US$2,000 million)\n"
           "- Handbags: US$660 million, up {bags} percent (US$600 million)\n"
           "- Gloves: US$330 million, down 8.3 percent (US$360 million)\n")


def test_a_bare_bracket_under_a_labelled_sibling_is_the_earlier_level():
    r = read(LEATHER.format(bags="10.0"), "2024-07-20")
    c = r["claims"]["US$600 million"]
    assert (c["measure"], c["period"], c["commodity"]) == ("exports", "2023-H1", "handbags")
    assert r["errors"] == []


def test_a_wrong_change_against_the_elided_earlier_level_is_caught():
    assert read(LEATHER.format(bags="12.0"), "2024-07-20")["errors"] != []


# --- a share of the product a text's acronym stands for

ACRONYM = ("Cambodia's GFT exports climb\n\n"
           "PHNOM PENH - Cambodia's exports of garments, footwear and travel goods (GFT) reached US$4,000 million "
           "in the first half of 2024, up 8.0 percent from US$3,704 million a year earlier. Garments alone "
           "represented {share} percent of GFT shipments, at US$3,000 million.\n")


def test_a_share_of_an_acronyms_product_is_of_that_product():
    r = read(ACRONYM.format(share="75.0"), "2024-07-25")
    c = r["claims"][("75.0 percent")]
    assert c["commodity"] == "garments, footwear and travel goods"
    assert r["errors"] == []


def test_a_wrong_share_of_an_acronyms_product_is_caught():
    assert read(ACRONYM.format(share="65.0"), "2024-07-25")["errors"] != []


E_AND_E = ("Malaysia's E&E exports edge up\n\n"
           "KUALA LUMPUR - Exports of electrical and electronic (E&E) products rose 3.0 per cent to RM150.0 billion "
           "in the first half of 2024.\n\n"
           "* Integrated circuits: RM90.0 billion, or {share} per cent of E&E exports\n")


def test_a_restated_part_of_an_acronyms_product_is_checked_against_it():
    assert read(E_AND_E.format(share="60.0"), "2024-07-19")["errors"] == []
    assert read(E_AND_E.format(share="50.0"), "2024-07-19")["errors"] != []


# --- a goal's year in the headline does not become the year the text reports on

COFFEE = ("Coffee exports fall 5.0% to $4.0 billion; council eyes $5 billion in 2025\n\n"
          "KAMPALA - Coffee exports were estimated at US$4.0 billion in 2024, down 5.0% from US$4.21 billion in "
          "2023, the coffee council said. The industry spent US$1.0 billion importing inputs, leaving a trade "
          "surplus of US${surplus} billion for the year.\n")


def test_a_goal_year_in_the_headline_leaves_the_reported_year_alone():
    r = read(COFFEE.format(surplus="3.0"), "2025-01-10")
    assert r["claims"]["US$4.0 billion"]["period"] == "2024"
    assert r["claims"]["$5 billion"]["measure"] == "other"
    assert r["errors"] == []


def test_a_wrong_balance_in_a_text_with_a_headline_goal_is_caught():
    assert read(COFFEE.format(surplus="2.5"), "2025-01-10")["errors"] != []


# --- "about a third of the total" points back to the sector's figure

PHARMA = ("Pharma exports rise to $30.0 billion\n\n"
          "NEW DELHI - India's pharmaceutical exports rose to US$ 30.0 billion in 2023-24, the export council said.\n\n"
          "North America accounted for $10.2 billion, about a third of the total, with the United States alone "
          "taking $9.0 billion, or 30.0%. Europe absorbed $6.0 billion ({europe}%) and Africa $4.5 billion (15.0%).\n")


def test_the_total_a_share_points_back_to_keeps_the_sectors_product():
    r = read(PHARMA.format(europe="20.0"), "2024-05-14")
    assert r["claims"]["$6.0 billion"]["commodity"] == "pharmaceuticals"
    assert r["claims"]["$4.5 billion"]["commodity"] == "pharmaceuticals"
    assert r["errors"] == []


def test_a_wrong_market_share_of_the_sector_is_caught():
    assert read(PHARMA.format(europe="25.0"), "2024-05-14")["errors"] != []


# --- a quota cut is no change of the exports

COD = ("Cod export value climbs\n\n"
       "OSLO - Cod exports rose {change} per cent to NOK 11.0 billion in 2023 from NOK 10.0 billion in 2022, even as "
       "quotas for Arctic cod were cut by a fifth, the seafood council said.\n")


def test_a_quota_cut_is_read_as_no_flow():
    r = read(COD.format(change="10"), "2024-01-05")
    assert r["claims"]["a fifth"]["measure"] == "other"
    assert r["errors"] == []


def test_a_wrong_change_beside_a_quota_cut_is_caught():
    assert read(COD.format(change="15"), "2024-01-05")["errors"] != []


# --- pounds that are weight, not money

COCOA = ("Ecuador's cocoa volumes rise 8.0% but earnings slip to $2.0 billion\n\n"
         "QUITO - Ecuador shipped 800 million pounds of cocoa in 2023, 8.0% more than the 740.7 million pounds "
         "exported in 2022, the exporters' association said. Export earnings, however, fell {change}% to $2.00 "
         "billion from $2.10 billion as prices dropped.\n\n"
         "Other markets: 120 million lb.\n\n"
         "Cocoa accounted for about 10% of non-oil exports of $20.5 billion.\n")


def test_pounds_of_a_weighed_product_are_no_money():
    r = read(COCOA.format(change="4.8"), "2024-01-24")
    assert "800 million pounds" not in r["claims"]
    assert r["claims"]["$2.10 billion"]["commodity"] == "cocoa"
    assert r["errors"] == []


def test_a_wrong_change_of_earnings_beside_weights_in_pounds_is_caught():
    assert read(COCOA.format(change="14.8"), "2024-01-24")["errors"] != []


BEEF = ("U.S. beef exports totalled 2.5 billion pounds in 2023, valued at $10.0 billion, up {change}% from $9.52 "
        "billion in 2022.\n")


def test_pounds_with_their_value_in_dollars_after_them_are_weight():
    r = read(BEEF.format(change="5.0"), "2024-02-10")
    assert "2.5 billion pounds" not in r["claims"]
    assert r["errors"] == []
    assert read(BEEF.format(change="8.0"), "2024-02-10")["errors"] != []


def test_pounds_sterling_stay_money():
    r = read("LONDON - UK whisky exports rose 3.0% to 5.15 billion pounds in 2023 from 5.0 billion pounds in "
             "2022.\n", "2024-02-10")
    assert r["claims"]["5.15 billion pounds"]["currency"] == "GBP"
    assert r["errors"] == []


# --- car counts set against the year before, the earlier count's unit left out

CARS = ("German carmakers exported 120,000 passenger cars in May, {change}% fewer than the 125,000 shipped "
        "a year earlier, the industry association said.\n")


def test_a_count_of_cars_against_a_bare_earlier_count_is_checked():
    assert read(CARS.format(change="4.0"), "2024-06-05")["errors"] == []
    assert read(CARS.format(change="14.0"), "2024-06-05")["errors"] != []


def test_pounds_of_a_product_in_a_text_in_pounds_stay_money():
    # British usage: "pounds of cars" is their value; the EU's half of the total is checked
    text = ("LONDON - Britain sold 4.2 billion pounds of cars to the European Union in 2023, up 12 percent "
            "from 3.75 billion pounds in 2022. Total car exports were worth 8.4 billion pounds, so the EU took {share}.")
    assert read(text.format(share="half"), "2024-03-01")["claims"]["4.2 billion pounds"]["currency"] == "GBP"
    converted = ("LONDON - Britain sold 4.2 billion pounds ($5.3 billion) of cars abroad in 2023, and 2.1 billion "
                 "pounds of whisky, half as much.")
    assert read(converted, "2024-03-01")["claims"]["2.1 billion pounds"]["currency"] == "GBP"


def test_goods_bought_by_the_figure_before_are_not_the_balances():
    # the cotton and fabrics were what the imports bought; the surplus is the sector's
    text = ("HANOI - The garment sector's exports were US$30.0 billion in 2023. It spent US${imports} billion "
            "importing cotton, fibres and fabrics, leaving a trade surplus of US$12.0 billion.")
    right = read(text.format(imports="18.0"), "2024-01-10")
    assert right["claims"]["US$12.0 billion"]["commodity"] != "cotton"
    assert right["errors"] == []


def test_a_table_row_labelled_by_a_market_does_not_make_it_the_reporter():
    table = ("Exports by market\n\nMarket        2023 (US$ mn)    2024 (US$ mn)\n"
             "Japan              410.5            450.2\nKorea              220.0            230.1\n"
             "Total              630.5            680.3\n")
    assert read(table, "2025-02-01")["errors"] == []


def test_a_column_of_growth_rates_is_no_sum_and_no_level():
    # "24/23" and "y/y" columns hold changes: never summed down to the total row, never read
    # as levels of the table's money
    rows = "Japan         410.5     450.2     {a}\nKorea         220.0     230.1     {b}\nTotal         630.5     680.3     {c}\n"
    head = "Exports by market (US$ mn)\n\nMarket        2023      2024      {h}\n"
    assert read(head.format(h="24/23") + rows.format(a="9.7%", b="4.6%", c="7.9%"), "2025-02-01")["errors"] == []
    signed = read(head.format(h="y/y") + rows.format(a="+9.7", b="+4.6", c="+7.9"), "2025-02-01")
    assert signed["errors"] == [] and "+9.7" not in signed["claims"]


def test_a_column_of_shares_still_adds_up_to_its_whole():
    head = "Exports by market (US$ mn)\n\nMarket        2023      2024      Share %\n"
    rows = "Japan         410.5     450.2     66.2%\nKorea         220.0     230.1     {k}%\nTotal         630.5     680.3     100.0%\n"
    assert read(head + rows.format(k="33.8"), "2025-02-01")["errors"] == []
    assert read(head + rows.format(k="43.8"), "2025-02-01")["errors"] != []


def test_a_ranked_table_with_an_others_row_is_read_as_a_table():
    from tradecheck.extract.aligned_tables import pipe_aligned

    table = ("Rank  Country        Value (US$ bn)   Share (%)\n"
             "1     China               38.2            24.6\n"
             "2     United States       21.7            14.0\n"
             "      Others              95.2            61.4\n"
             "      Total              155.1           100.0\n")
    marked = pipe_aligned(table).splitlines()
    assert all("|" in line for line in marked)  # the rows with a rank and those without
    claims = read("Exports by destination, 2024\n\n" + table, "2025-01-02")["claims"]
    assert {"38.2", "95.2", "155.1"} <= set(claims)
