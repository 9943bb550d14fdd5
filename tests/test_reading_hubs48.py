"""Re-export hubs (round 48): a "non-X domestic exports" split of the domestic exports, not of
all exports; a re-export figure of goods "of <place> origin", whose place is no destination; a
share "of it" after a level of GDP, no share of a gross flow; and a line after a bullet list
that says how much the bullets come to "together"."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-03-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors, "findings": result["findings"]}


def test_oil_and_non_oil_domestic_exports_split_the_domestic_exports():
    """Total exports = domestic exports + re-exports; oil and non-oil domestic exports add up
    to the domestic exports alone."""
    text = ("Malta's total exports came to $100 billion in 2023, of which re-exports made up $60 billion "
            "and domestic exports $40 billion. Within domestic exports, non-oil domestic exports "
            "reached ${nodx} billion and oil domestic exports $15 billion.")
    r = read(text.format(nodx="25"))
    assert r["claims"]["$25 billion"]["commodity"] == "non-oil domestic"
    assert r["errors"] == []
    assert read(text.format(nodx="29"))["errors"]


def test_re_exports_by_place_of_origin_are_no_exports_to_that_place():
    """Goods "of <place> origin" came from the place: the figure is no flow to it, and no
    alarm adds it to the goods sent there."""
    text = ("Panama's exports reached $50 billion in 2022, nearly all of them re-exports. Of the "
            "re-exports, goods of Chinese origin were worth about $30 billion, while goods consigned "
            "to China were worth $28 billion.")
    r = read(text)
    assert r["errors"] == []


def test_goods_of_domestic_origin_keep_their_reading():
    """"of domestic origin" names a kind of goods, no place: the figure's checks stay."""
    text = ("Total exports were $22.8 billion in August 2024. Exports of goods of domestic origin "
            "amounted to $21.6 billion, while re-exports were $1.2 billion. Imports came to $8.1 billion, "
            "for a surplus of $13.7 billion.")
    assert read(text)["errors"]


def test_a_share_of_it_after_a_gdp_level_is_no_share_of_the_flow():
    """"produced $300 billion of GDP, so re-exports accounted for 3% of it": of GDP, whose part
    (a gross flow or the value it adds) the words leave open; never checked against the flow."""
    text = ("Malta re-exported $200 billion of goods in 2014, while domestic exports came to $150 billion. "
            "The economy produced $300 billion of GDP that year, so re-exports accounted for about 3% of it.")
    r = read(text)
    assert not any("3%" in f["message"] for f in r["findings"])


def test_a_together_line_after_bullets_is_their_sum():
    """Bullets with one money figure each, then "Together the three items account for X": X is
    the bullets' sum."""
    text = ("Three items explain the gap:\n\n"
            "- goods in transit, estimated at EUR {first} billion;\n"
            "- goods cleared by foreign firms, estimated at EUR 3.0 billion;\n"
            "- timing differences, estimated at EUR 1.0 billion.\n\n"
            "Together the three items account for EUR 10.0 billion, leaving a residual of EUR 2.0 billion.")
    assert read(text.format(first="6.0"))["errors"] == []
    errors = read(text.format(first="8.0"))["errors"]
    assert any("10" in e for e in errors)
