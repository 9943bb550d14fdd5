"""Provincial and state trade releases (round 38): Canada's smaller provinces and Australia's
states and territories report their own trade, by full name or by the short names their
own releases use; their bare "$" is the country's dollar and their fiscal year the country's;
sales "to other states and territories" are within the country; a sentence opened by
"Nationally," is the country's; another province named before a bracketed change is that
province's; a rest row ("All other") of a table of markets is the rest of them, its change
too; and a table of one column under a "$B" header is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-05-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def _pair(c: dict) -> tuple:
    return (c.get("reporter_unit") or c["reporter"], c.get("partner_unit") or c["partner"])


def test_a_state_release_reports_in_its_countrys_dollar_and_fiscal_year():
    """Read: "Tasmania's goods exports reached $4.9 billion in 2022-23": the state reports (not a
    market named later), in Australian dollars, over July to June."""
    text = ("Department of State Growth\n\n"
            "Tasmania's goods exports reached $4.9 billion in 2022-23, up 5.0% from $4.67 billion in 2021-22. "
            "Malaysia was the state's second market, taking $0.4 billion.")
    c = read(text)["claims"]["$4.9 billion"]
    assert _pair(c) == ("AU-TAS", "WLD")
    assert c["currency"] == "AUD"
    assert c["period"] == "2022-07/2023-06"


def test_a_states_initials_stand_for_it_where_its_name_is_spelled_out():
    """Read: "SA exports rise to $12.0 billion" over "South Australia's goods exports": "SA" is
    the state, not South Africa."""
    text = ("SA exports rise to $12.0 billion\n\n"
            "South Australia's goods exports rose to $12.0 billion in 2023-24, the Minister said.")
    r = read(text)
    assert _pair(r["claims"]["$12.0 billion"]) == ("AU-SA", "WLD")
    assert all(_pair(c)[0] == "AU-SA" for c in r["claims"].values())


def test_a_provinces_short_name_reports():
    """Read: "B.C. origin exports fell 3.0% to $3,880 million": British Columbia reports, in
    Canadian dollars."""
    text = "BC Stats\n\nB.C. origin exports fell 3.0% in April to $3,880 million from $4,000 million a year earlier."
    c = read(text)["claims"]["$3,880 million"]
    assert _pair(c) == ("CA-BC", "WLD")
    assert c["currency"] == "CAD"


def test_sales_to_other_states_of_goods_and_services_are_within_the_country():
    """Read: "Queensland sold $70.0B of goods and services to other states and territories":
    the partner is the rest of Australia, not the world; the balance with interstate imports
    is checked on that pair."""
    text = ("Queensland's overseas exports were $90.0B in 2022-23.\n\n"
            "Queensland sold $70.0B of goods and services to other states and territories in 2022-23, "
            "while interstate imports into Queensland were $80.0B, leaving an interstate trade deficit of $10.0B.")
    r = read(text)
    assert _pair(r["claims"]["$70.0B"]) == ("AU-QLD", "AUS")
    assert r["errors"] == []
    assert read(text.replace("deficit of $10.0B", "deficit of $15.0B"))["errors"]


def test_nationally_opens_the_countrys_figures_and_a_bracketed_peer_is_its_own():
    """Read: "Nationally, exports fell 2.0%" in a province's release is Canada's change, and
    "highest in Manitoba (+9.0%)" is Manitoba's: neither is checked against the province's
    own +3.0%."""
    text = ("Nova Scotia's exports were $5.15 billion in 2023, up 3.0% from $5.0 billion in 2022. "
            "Nationally, merchandise exports declined 2.0% over the same period.\n\n"
            "Among provinces, export growth was highest in Manitoba (+9.0%) and weakest in Alberta (-12.0%).")
    r = read(text, "2024-02-06")
    assert _pair(r["claims"]["2.0%"]) == ("CAN", "WLD")
    assert _pair(r["claims"]["+9.0%"]) == ("CA-MB", "WLD")
    assert _pair(r["claims"]["-12.0%"]) == ("CA-AB", "WLD")
    assert r["errors"] == []
    assert read(text.replace("up 3.0%", "up 8.0%"), "2024-02-06")["errors"]


def test_an_all_other_row_is_the_rest_of_the_markets():
    """Read: "All other   300   320   -6.3" under rows of countries: the rest of them in every
    column, its change too, not the world's total below it."""
    text = ("Manitoba exports by destination, March ($ millions)\n\n"
            "Destination      Mar 2024   Mar 2023   % change\n"
            "United States       1,000      1,000       0.0\n"
            "China                 200        180      11.1\n"
            "All other             300        320      -6.3\n"
            "Total               1,500      1,500       0.0\n")
    r = read(text)
    assert _pair(r["claims"]["-6.3"])[1].startswith("group:other than USA+CHN")
    assert r["errors"] == []
    assert read(text.replace("  -6.3", " -16.3"))["errors"]


def test_a_one_column_table_under_a_money_header_is_read():
    """Read: "Market   $B" over "Japan   17.0": each row a market's figure, so five that do not
    add up to the "top five markets" total are flagged."""
    text = ("Queensland's overseas exports totalled $90.0 billion in 2023-24.\n\n"
            "Top five overseas markets, 2023-24\n"
            "Market          $B\n"
            "Japan          17.0\n"
            "China          16.0\n"
            "India          11.0\n"
            "Korea          10.0\n"
            "Taiwan          6.0\n\n"
            "Together, the top five markets took $60.0 billion of the state's exports.")
    r = read(text, "2024-08-09")
    assert _pair(r["claims"]["17.0"]) == ("AU-QLD", "JPN")
    assert r["errors"] == []
    assert read(text.replace("17.0", "21.0"), "2024-08-09")["errors"]


def test_gross_state_product_and_manufacturing_shipments_are_no_exports():
    """Read: "Gross state product reached $400.0 billion", "Manufacturing shipments ... reached
    $3.0 billion": no trade flow, so neither is a second statement of the exports."""
    text = ("Western Australia's goods exports were $230.0 billion in 2024.\n\n"
            "Gross state product reached $400.0 billion in 2023-24. "
            "Manufacturing shipments, which include goods sold within Canada, reached $3.0 billion.")
    r = read(text)
    assert r["claims"]["$400.0 billion"]["measure"] == "other"
    assert r["claims"]["$3.0 billion"]["measure"] == "other"
    assert r["errors"] == []


def test_victoria_outside_an_australian_text_is_no_state():
    """Read: "the port of Victoria" in a Seychelles text: no Australian state reports."""
    text = ("Seychelles' domestic exports were SCR 5,000 million in 2023. Canned tuna from the factory in "
            "Port Victoria was the largest export, at SCR 4,000 million.")
    r = read(text)
    assert all(_pair(c)[0] == "SYC" for c in r["claims"].values())
