"""Partner, reporter and period scope of a sentence (a forty-first round of passages): a flow
with everyone but a place left out, a place glossed in brackets, a sector "as a whole", a
quarter compared with "the first", a level "as against" another, a table's rest row under
rows not all read, a city's "where" clause, "re-exported" and a flow "mostly to" a few places.
How each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-03-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors, "findings": result["findings"]}


LEFT_OUT = ("New Zealand's exports rose 12 per cent to $9.0 billion in 2023. Shipments to Japan were worth "
            "$2.0 billion, up from $0.5 billion a year earlier. Excluding Japan, exports fell by {} per cent to "
            "$7.0 billion.")


def test_a_place_left_out_makes_the_flow_everyone_elses():
    """"Excluding Japan, exports fell by 4 per cent to $7.0bn": the flow to every place but Japan."""
    r = read(LEFT_OUT.format(4))
    for text in ("4 per cent", "$7.0 billion"):
        assert r["claims"][text]["partner_group"] == "other than JPN"
    assert not r["errors"]


def test_the_rest_and_the_place_left_out_add_up_to_the_whole():
    """$2.0bn to Japan and $7.0bn to everyone else are the $9.0bn total: a sum that agrees."""
    r = read(LEFT_OUT.format(4))
    assert any(f["check"] == "sum" and f["status"] == "consistent" for f in r["findings"])


GLOSSED = ("Chile's wine exports reached $1.5 billion in 2023.\n\nTop markets:\n- China: $300 million\n"
           "- Macao (SAR, China): $40 million (up 5 per cent)\n")


def test_a_place_glossed_in_brackets_is_the_partner_alone():
    """"Macao (SAR, China): $40 million": exports to Macao, the bracket saying whose it is."""
    c = read(GLOSSED)["claims"]["$40 million"]
    assert (c["reporter"], c["partner"]) == ("CHL", "MAC")


SECTOR = ("Swiss exports to Germany rose 3% to 30.0 billion francs in 2023. The machinery industry as a whole "
          "exported goods worth 70.0 billion francs in 2023, compared with 65.0 billion in 2022.")


def test_an_industry_as_a_whole_trades_with_everyone():
    """"The machinery industry as a whole exported 70.0 billion francs": with the world, not Germany."""
    r = read(SECTOR)
    assert r["claims"]["70.0 billion francs"]["partner"] == "WLD"
    assert r["claims"]["65.0 billion"]["partner"] == "WLD"
    assert not r["errors"]


QUARTERS = ("Korean exports to Japan reached $5.0 billion in the first quarter of 2024 and $4.0 billion in the second "
            "quarter of 2024. Exports to Japan in the second quarter were {}% lower than in the first.")


def test_than_in_the_first_is_the_first_quarter_of_the_same_year():
    """"in the second quarter were 20% lower than in the first": Q2 on Q1, not on Q2 a year before."""
    r = read(QUARTERS.format(20), published="2024-07-20")
    c = r["claims"]["20%"]
    assert (c["period"], c["base_period"]) == ("2024-Q2", "2024-Q1")
    assert not r["errors"]


def test_a_wrong_change_on_the_first_quarter_is_flagged():
    """The same sentence with 30%: $4.0bn on $5.0bn is -20%, flagged."""
    assert read(QUARTERS.format(30), published="2024-07-20")["errors"]


AGAINST = ("Indian textile exports to Europe stood at US$ 5.20 billion in 2022-23 as against US$ 5.00 billion "
           "in 2021-22, registering a growth of {}%.")


def test_a_level_as_against_another_keeps_the_partner():
    """"US$ 5.20 billion in 2022-23 as against US$ 5.00 billion in 2021-22, a growth of 4.0%": one partner."""
    r = read(AGAINST.format("4.0"), published="2023-06-20")
    first, earlier, change = (r["claims"][t] for t in ("US$ 5.20 billion", "US$ 5.00 billion", "4.0%"))
    assert earlier.get("partner_group") == first.get("partner_group") and earlier["partner"] == first["partner"]
    assert change.get("partner_group") == first.get("partner_group") and change["partner"] == first["partner"]
    assert not r["errors"]


def test_a_wrong_growth_on_the_level_against_is_flagged():
    """The same sentence with 9.0%: 5.20 on 5.00 is +4.0%, flagged."""
    assert read(AGAINST.format("9.0"), published="2023-06-20")["errors"]


REGIONS = ("Peru's mineral exports in 2023 (US$ billion):\n\n| Region | Exports |\n|---|---|\n"
           "| Far East | 9.10 |\n| European Union | 3.20 |\n| Andean Region | 1.70 |\n| Others | 2.00 |\n"
           "| Total | 16.00 |\n")


def test_a_rest_row_under_rows_not_all_read_is_no_rest_of_the_read_ones():
    """"Others" under regions the reader does not know: not "every place but the EU"."""
    r = read(REGIONS)
    assert r["claims"]["2.00"]["partner"] != "group:other than EUU"
    assert not r["errors"]


CITY = ("Singapore's gold trade rose to $40.0 billion in 2023, ahead of Zurich, where gold trade stood at "
        "$25.0 billion.")


def test_a_citys_where_clause_is_the_citys_own_trade():
    """"ahead of Zurich, where gold trade stood at $25.0bn": Zurich's trade, not Singapore's again."""
    r = read(CITY)
    c = r["claims"]["$25.0 billion"]
    assert c["reporter"] != "SGP" and c.get("reporter_group") == "Zurich"
    assert not r["errors"]


def test_re_exported_is_an_export():
    """"imported $5.0 billion of gold and re-exported $4.0 billion": the second figure is exports."""
    r = read("In 2023 Singapore imported $5.0 billion of gold and re-exported $4.0 billion.")
    assert r["claims"]["$4.0 billion"]["measure"] == "exports"


MOSTLY = ("Armenia's exports to Iran were worth $300 million in 2023. Separately, Armenia re-exported cars worth "
          "$1.5 billion during the year, mostly to Kazakhstan and Georgia.")


def test_a_flow_mostly_to_a_few_places_is_with_everyone():
    """"re-exported cars worth $1.5bn during the year, mostly to Kazakhstan and Georgia": with the world."""
    r = read(MOSTLY)
    c = r["claims"]["$1.5 billion"]
    assert (c["reporter"], c["partner"], c["measure"]) == ("ARM", "WLD", "exports")
    assert not r["errors"]


HALVES = ("Swiss exports to the United States amounted to 40,000 million francs in the first half of 2025.\n\n"
          "- 1st quarter: 22,000 million francs\n- 2nd quarter: {} million francs\n\n"
          "The watch industry as a whole exported goods worth 90.0 billion francs in the first half of 2025.")


def test_quarters_that_do_not_fill_their_half_are_flagged_beside_a_sector_as_a_whole():
    """Q1 + Q2 against H1 to one partner: a sum finding, not hidden by the sector's world total."""
    assert not read(HALVES.format("18,000"), published="2025-07-17")["errors"]
    errors = read(HALVES.format("20,000"), published="2025-07-17")["errors"]
    assert any("40bn" in e and "42bn" in e for e in errors)
