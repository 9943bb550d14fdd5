"""US states (round 36): a state's export figures are the state's own (a reporter of its own,
not the United States, nor the first foreign country the text names), a neighbour named by
"north of the border" after a flow word is the state's partner, a product subject set off by
a dashed aside keeps its product, and a bulleted list under a line about a district is the
district's, not the state's."""
from tradecheck import verify_text


def read(text: str, published: str = "2022-03-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def _reporter(c: dict) -> str | None:
    return c.get("reporter_unit") or c["reporter"]


def _partner(c: dict) -> str | None:
    return c.get("partner_unit") or c["partner"]


STATE_MARKETS = ("Mexico tariffs weigh on Oregon farm sales\n\n"
                 "Oregon shipped $30.0 billion of goods abroad in 2021. "
                 "Mexico was Oregon's largest export market at $3.0 billion, followed by Japan at "
                 "$2.0 billion and Canada at $1.5 billion.")


def test_a_states_markets_are_its_partners():
    """Read: "Mexico was Oregon's largest export market at $3.0 billion, followed by Japan at ...":
    the state reports, each country is a partner (no country is the reporter)."""
    r = read(STATE_MARKETS)
    assert _reporter(r["claims"]["$30.0 billion"]) == "US-OR"
    assert (_reporter(r["claims"]["$3.0 billion"]), _partner(r["claims"]["$3.0 billion"])) == ("US-OR", "MEX")
    assert _partner(r["claims"]["$2.0 billion"]) == "JPN"
    assert r["errors"] == []


def test_statewide_after_a_partner_is_the_states_world_total():
    """Read: "Statewide, Kansas exported $12.0 billion" after a figure with Mexico: the state's
    exports to the world, so its top product's 40% share is checked against it."""
    text = ("Kansas exported $2.0 billion in goods to Mexico in 2021.\n\n"
            "Statewide, Kansas exported $12.0 billion in goods last year. Beef was the state's "
            "largest export, at $4.8 billion, or about 40% of the total. "
            "Canada was Kansas's No. 1 market at $2.5 billion.")
    r = read(text)
    c = r["claims"]["$12.0 billion"]
    assert (_reporter(c), _partner(c)) == ("US-KS", "WLD")
    assert r["errors"] == []
    assert read(text.replace("about 40%", "about 60%"))["errors"]


NEIGHBOUR = ("Montana exports climb 20% on Canadian demand\n\n"
             "Montana's goods exports rose 20% to $2.40 billion in 2021.\n\n"
             "Canada, as usual, led. Shipments north of the border totaled $1.20 billion, or 50% of "
             "everything the state exported.")


def test_north_of_the_border_after_a_flow_word_is_the_neighbour():
    """Read: "Shipments north of the border totaled $1.20 billion": the state's exports to the
    country named before (Canada), a part of its total, not a second total."""
    r = read(NEIGHBOUR)
    c = r["claims"]["$1.20 billion"]
    assert (_reporter(c), _partner(c)) == ("US-MT", "CAN")
    assert r["errors"] == []
    assert read(NEIGHBOUR.replace("or 50%", "or 70%"))["errors"]


AEROSPACE = ("Kansas state's exports fell to $10.0 billion last year, down 10% from $11.1 billion "
             "in 2019.\n\n"
             "Engines and parts — long the mainstay of the state's manufacturing economy — accounted "
             "for $4.0 billion of the total, down 20% from $5.0 billion a year earlier.")


def test_a_product_before_a_dashed_aside_keeps_its_product():
    """Read: "Engines and parts — long the mainstay of ... — accounted for $4.0 billion": the
    product before the aside is the figure's, so its 20% fall is checked against its own base."""
    r = read(AEROSPACE, published="2021-02-01")
    assert r["claims"]["$4.0 billion"]["commodity"] == "engines and parts"
    assert r["errors"] == []
    assert read(AEROSPACE.replace("$5.0 billion", "$4.5 billion"), published="2021-02-01")["errors"]


DISTRICT = ("Goods exports from Ohio's 3rd Congressional District totaled $2.0 billion in 2023.\n\n"
            "Key findings for the district:\n\n"
            "• Top export markets: Canada ($0.8 billion), Mexico ($300 million)\n\n"
            "Statewide, Ohio's exports reached $60.0 billion in 2023. Canada took $24.0 billion of "
            "Ohio's goods, about 40% of the total.")


def test_a_bulleted_list_under_a_district_line_is_the_districts():
    """Read: the bullets under "Key findings for the district:" are the district's figures, kept
    apart from the state's, so "about 40% of the total" takes Canada's statewide $24.0 billion."""
    r = read(DISTRICT, published="2025-05-01")
    assert r["claims"]["$0.8 billion"]["scope"] == r["claims"]["$2.0 billion"]["scope"] is not None
    assert r["claims"]["$300 million"]["scope"] == r["claims"]["$2.0 billion"]["scope"]
    assert r["claims"]["$24.0 billion"].get("scope") is None
    assert r["errors"] == []
    assert read(DISTRICT.replace("about 40%", "about 60%"), published="2025-05-01")["errors"]
