"""Sentences of kinds met in passages about ports, customs districts and border crossings as
parts of national trade (round 14): how each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-03-10") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_a_ports_figure_and_its_ranked_peers_are_kept_apart_from_the_national_total():
    r = read("The port of Savannah handled $61.4 billion in trade in 2023, ahead of Charleston ($52.0 billion) "
             "and Norfolk ($48.9 billion). Total US trade with Germany rose 2.1% to $236.3 billion from "
             "$231.4 billion. US exports to Germany were $76.5 billion, while imports from Germany reached $159.8 billion.")
    assert r["claims"]["$61.4 billion"]["scope"] == "through the port of Savannah"
    assert r["claims"]["$52.0 billion"]["scope"] == "through Charleston"
    assert "scope" not in r["claims"]["$236.3 billion"]
    assert r["errors"] == []


def test_a_headline_record_does_not_land_on_a_ports_figure():
    r = read("Savannah leads US ports as German trade hits record\n\n"
             "The port of Savannah handled $61.4 billion in trade in 2023, ahead of Charleston ($52.0 billion). "
             "Total US trade with Germany rose 2.1% to $236.3 billion from $231.4 billion.")
    assert r["errors"] == []


def test_the_value_handled_on_a_route_is_the_routes():
    r = read("Seaborne cargo between Rotterdam and Brazil fell 6.1% to 14.2 million tonnes last year. "
             "The value of goods handled on that route dropped to €21.5 billion from €23.9 billion. "
             "Dutch total imports from Brazil, worth €62.4 billion, fell 11.3%.", "2024-02-28")
    assert r["claims"]["€21.5 billion"]["scope"].startswith("through")
    assert r["errors"] == []


def test_a_partner_at_the_port_is_no_reporter_of_the_text():
    r = read("LOS ANGELES, Feb 2 (JOC) — Cargo value through the Port of Long Beach fell 8.0% to $184.0 billion "
             "from $200.0 billion in 2023, the port said.\n\n"
             "China remained the top trading partner at the port, with trade of $79.1 billion, or 43.0% of the total.",
             "2024-02-02")
    level, china = r["claims"]["$184.0 billion"], r["claims"]["$79.1 billion"]
    assert level["reporter"] == "USA" and level["scope"] == china["scope"] == "through the port of Long Beach"
    assert china["partner"] == "CHN"
    assert r["errors"] == []


def test_a_base_level_of_the_national_flow_is_not_paired_with_the_ports_level():
    r = read("Imports from Canada through the port of Detroit rose 2.0% to $102.0 billion in 2023 from $100.0 billion, "
             "equal to 24.0% of the $425.0 billion the United States bought from Canada last year.\n\n"
             "Total US imports from Canada rose 6.25% from $400.0 billion in 2022.", "2024-03-12")
    whole = r["claims"]["$425.0 billion"]
    assert (whole["reporter"], whole["partner"]) == ("USA", "CAN")
    assert r["claims"]["24.0%"]["scope"] == "through the port of Detroit"
    assert r["errors"] == []


def test_balances_read_respectively_go_with_the_partners_in_order():
    r = read("Kenya's exports to India were Sh50.0 billion in 2023 and imports from India Sh180.0 billion, while "
             "exports to the UK reached Sh60.0 billion against imports of Sh40.0 billion, leaving a deficit of "
             "Sh130.0 billion and a surplus of Sh20.0 billion respectively.", "2024-03-20")
    assert r["claims"]["Sh130.0 billion"]["partner"] == "IND"
    assert r["claims"]["Sh20.0 billion"]["partner"] == "GBR"
    assert r["errors"] == []


def test_a_base_level_over_the_same_period_is_a_year_before():
    r = read("Pakistan's exports to Iran rose 10.0pc to $550 million in FY2023-24 from $500 million a year ago. "
             "Imports from Iran rose 20.0pc to $600 million from $500 million over the same period.", "2024-07-20")
    assert r["claims"]["$500 million"]["period"] != r["claims"]["$600 million"]["period"]
    assert r["errors"] == []
    r = read("Pakistan's exports to Iran rose 10.0pc to $550 million in FY2023-24 from $500 million a year ago. "
             "Imports from Iran rose 20.0pc to $650 million from $500 million over the same period.", "2024-07-20")
    assert r["errors"]


def test_a_districts_exports_and_imports_are_the_ports_with_its_partner():
    text = ("El Paso remained a busy US port of entry in 2023. Trade through the port of El Paso with Mexico "
            "totalled $120.0 billion, up 5.0% from $114.3 billion in 2022.\n\n"
            "Exports through the Texas district reached $50.0 billion, while imports were {imports} billion.")
    r = read(text.format(imports="$70.0"), "2024-03-06")
    exports = r["claims"]["$50.0 billion"]
    assert exports["scope"] == "through the port of El Paso"
    assert (exports["reporter"], exports["partner"]) == ("USA", "MEX")
    assert r["errors"] == []
    assert read(text.format(imports="$72.0"), "2024-03-06")["errors"]
