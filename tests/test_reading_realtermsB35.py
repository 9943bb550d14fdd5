"""Releases and analyses that set real against nominal trade: goods "exported from" and
"imported into" a country in the passive, a headline deficit of goods and services beside a
goods deficit, an earlier level set against a figure after an aside on its source, values "at
2019 prices", a figureless sentence turning to the countries outside a bloc, "total real goods
exports", a quarter named by its last month before the level it reached, and a monthly release
whose earlier month carries a note in brackets."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-03-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_goods_exported_from_and_imported_into_a_country_are_its_own():
    """Read: "goods worth X were exported from Austria and goods worth Y imported into Austria" are Austria's flows."""
    text = ("In 2023, goods worth 200.0 billion euros were exported from Austria and goods worth "
            "190.0 billion euros were imported into Austria. The trade balance showed a surplus of "
            "10.0 billion euros.")
    r = read(text)
    for figure, measure in (("200.0 billion euros", "exports"), ("190.0 billion euros", "imports")):
        c = r["claims"][figure]
        assert (c["measure"], c["reporter"], c["partner"]) == (measure, "AUT", "WLD")
    assert r["errors"] == []
    assert read(text.replace("190.0 billion", "170.0 billion"))["errors"]


def test_a_headline_deficit_beside_a_goods_deficit_is_not_the_goods_one():
    """Read: "The deficit rose to X ... exports of goods A and imports of goods B, a goods deficit of C": X is not A - B."""
    text = ("The U.S. monthly trade deficit increased from $40.0 billion in May to $42.0 billion in June.\n\n"
            "Goods on a Census basis\n\n"
            "- Exports of goods were $120.0 billion and imports of goods were $180.0 billion, giving a "
            "goods deficit of $60.0 billion.\n\n"
            "Year-to-date, the goods and services deficit increased $10.0 billion, or 4.0 percent, from "
            "the same period in 2022.")
    r = read(text, published="2023-08-05")
    assert r["claims"]["$42.0 billion"]["commodity"] is None
    assert r["claims"]["$60.0 billion"]["commodity"] == "goods"
    assert r["errors"] == []
    assert read(text.replace("$180.0 billion", "$190.0 billion"), published="2023-08-05")["errors"]


def test_a_level_set_against_after_an_aside_and_a_change_after_a_dash():
    """Read: "X last year, according to ..., against Y in 2019 — a fall of N per cent" compares 2023 with 2019."""
    text = ("Irish goods exports to the United States were €50.0bn last year, according to analysts' "
            "calculations based on customs data, against €40.0bn in 2019 — a rise of 25 per cent.")
    r = read(text)
    earlier, change = r["claims"]["€40.0bn"], r["claims"]["25 per cent"]
    assert (earlier["measure"], earlier["reporter"], earlier["partner"], earlier["period"]) == ("exports", "IRL", "USA", "2019")
    assert (change["period"], change["base_period"]) == ("2023", "2019")
    assert r["errors"] == []
    assert read(text.replace("€40.0bn", "€44.0bn"))["errors"]


def test_a_figure_at_a_years_prices_is_a_real_flow():
    """Read: "exports were X last year at 2019 prices, against Y in 2019" are exports in real terms, no price."""
    r = read("Irish goods exports to the United States were €50.0bn last year at 2019 prices, "
             "against €40.0bn in 2019. In current prices they reached €60.0bn.")
    for figure in ("€50.0bn", "€40.0bn"):
        c = r["claims"][figure]
        assert (c["measure"], c["scope"]) == ("exports", "real terms")
    assert r["claims"]["€60.0bn"].get("scope") is None
    assert r["errors"] == []


def test_a_figureless_sentence_turns_to_the_countries_outside_the_bloc():
    """Read: "Exports to the EU were X. Exports to countries outside the EU fared better. They came to Y": Y is not with the EU."""
    for outside in ("countries outside the EU", "non-EU countries"):
        r = read(f"Swiss goods exports to the EU were CHF 120.0bn in 2023. Exports to {outside} have "
                 "fared better. They came to CHF 160.0bn in 2023.")
        c = r["claims"]["CHF 160.0bn"]
        assert (c["measure"], c["partner"]) == ("exports", None)
        assert r["errors"] == []


def test_total_real_goods_exports_are_with_the_world():
    """Read: "Exports to the EU ... total real goods exports were N per cent below" is the change of the world total."""
    r = read("UK goods exports to the EU were £150.0bn in 2023. Taken together, total real goods "
             "exports were 3.0 per cent below their 2019 level.")
    assert r["claims"]["3.0 per cent"]["partner"] == "WLD"


def test_a_quarter_named_by_its_month_before_the_level_it_reached():
    """Read: "rose N percent in the June 2023 quarter to X, from Y in the March 2023 quarter" is a quarter on the quarter before."""
    text = ("New Zealand's exports rose 5.0 percent in the June 2023 quarter to $21.0 billion, from "
            "$20.0 billion in the March 2023 quarter.")
    r = read(text, published="2023-09-15")
    change = r["claims"]["5.0 percent"]
    assert (change["period"], change["base_period"]) == ("2023-Q2", "2023-Q1")
    assert r["claims"]["$21.0 billion"]["period"] == "2023-Q2"
    assert r["errors"] == []
    assert read(text.replace("$20.0 billion", "$18.0 billion"), published="2023-09-15")["errors"]


def test_a_monthly_release_with_a_note_on_the_earlier_month():
    """Read: "from X in July (revised) to Y in August" makes the release's later changes on the month before."""
    r = read("The deficit increased from $50.0 billion in July (revised) to $52.0 billion in August. "
             "Exports increased $1.0 billion, or 0.5 percent, to $201.0 billion.", published="2019-10-04")
    assert (r["claims"]["0.5 percent"]["period"], r["claims"]["0.5 percent"]["base_period"]) == ("2019-08", "2019-07")


def test_a_price_adjusted_change_is_not_the_nominal_one():
    """Read: "exports fell 1.0% in nominal terms, 3.0% lower after price adjustment" are two series."""
    r = read("Exports down 1.0% in nominal terms, 3.0% lower after price adjustment. Goods worth 99.0 "
             "billion euros were exported from Austria in 2023, against 100.0 billion euros in 2022.")
    assert r["claims"]["3.0%"]["scope"] == "real terms"
    assert r["errors"] == []
