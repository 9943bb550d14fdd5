"""Leftover misreadings of round 29's North American releases (a thirtieth round of fixes):
a headline's side clause, a month a year-back opener sets, a list of partners in the lead,
a base month's own flow, and a product heading over a paragraph: how each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2026-06-20") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


SIDE_CLAUSE = ("Trade surplus through May widens while the Korea gap narrows\n\n"
               "Japan's trade surplus for the first five months of 2026 reached $31.2 billion, the finance ministry said.\n\n"
               "- Korea: The deficit with Korea was $4.1 billion in May, as imports of $9.0 billion outweighed "
               "exports of $4.9 billion. A year earlier the May gap was $3.2 billion.")


def test_a_place_in_a_headline_side_clause_is_no_reporter():
    r = read(SIDE_CLAUSE)
    c = r["claims"]["$31.2 billion"]
    assert (c["reporter"], c["partner"]) == ("JPN", "WLD")
    assert (r["claims"]["$4.1 billion"]["reporter"], r["claims"]["$4.1 billion"]["partner"]) == ("JPN", "KOR")


def test_a_month_after_a_year_back_opener_is_that_month_a_year_before():
    r = read(SIDE_CLAUSE)
    assert r["claims"]["$3.2 billion"]["period"] == "2025-05"
    assert r["claims"]["$4.1 billion"]["period"] == "2026-05"
    assert r["errors"] == []


def test_a_month_set_a_year_back_does_not_move_the_text():
    r = read("Japan's exports rose in May.\n\n"
             "The surplus with Korea was $4.1 billion in May. A year earlier the May surplus was $3.2 billion. "
             "Exports to Korea were $9.0 billion.")
    assert r["claims"]["$3.2 billion"]["period"] == "2025-05"
    assert r["claims"]["$9.0 billion"]["period"] == "2026-05"


ROUNDUP = ("U.S. International Trade in Goods and Services, March 2026\n"
           "Goods by Selected Countries and Areas: Monthly – Census Basis (exhibit 7)\n\n"
           "The March figures show surpluses, in billions of dollars, with Japan ($1.2), Brazil ($0.8), "
           "India ($0.6) and Chile ($0.3).\n\n"
           "- The surplus with Japan increased $0.1 billion to $1.2 billion in March. Exports rose $0.2 billion "
           "to $2.5 billion and imports rose $0.1 billion to $1.3 billion.\n\n"
           "High-Technology Products\n\n"
           "Exports of high-technology products were $4.4 billion and imports were $7.9 billion in March. "
           "March exports were $0.3 billion more than February exports of $4.1 billion.\n\n"
           "Note: Figures differ from the balance of payments basis used for the headline deficit of $2.1 billion.")


def test_a_lead_listing_partners_one_by_one_is_on_the_trade_with_the_world():
    r = read(ROUNDUP, "2026-05-05")
    c = r["claims"]["$2.1 billion"]
    assert (c["reporter"], c["partner"]) == ("USA", "WLD")


def test_a_heading_naming_a_product_sets_the_paragraph_under_it():
    r = read(ROUNDUP, "2026-05-05")
    assert r["claims"]["$4.4 billion"]["commodity"] == "high-tech products"
    assert r["claims"]["$7.9 billion"]["commodity"] == "high-tech products"
    assert r["claims"]["$2.5 billion"]["commodity"] is None
    assert r["errors"] == []


def test_a_base_month_before_its_own_flow_and_of_dates_the_figure():
    r = read(ROUNDUP, "2026-05-05")
    assert r["claims"]["$4.1 billion"]["period"] == "2026-02"


REVISED = ("Canada's trade gap narrows in May\n\n"
           "OTTAWA, July 5 - The merchandise trade deficit fell C$0.9 billion to C$2.1 billion in May, "
           "Statistics Canada said. April's deficit was revised to C$3.0 billion from the C$2.7 billion "
           "reported last month. Compared with that first reported figure, the gap narrowed by C$0.6 billion.")


def test_an_estimate_after_revised_to_and_from_the_is_the_replaced_estimate_of_that_month():
    c = read(REVISED, "2026-07-05")["claims"]["C$2.7 billion"]
    assert c["period"] == "2026-04"
    assert c["vintage"] == "first estimate"


def test_a_change_measured_against_the_first_estimate_is_checked_against_it():
    r = read(REVISED, "2026-07-05")
    assert r["errors"] == []
    r = read(REVISED.replace("narrowed by C$0.6 billion", "narrowed by C$1.6 billion"), "2026-07-05")
    assert any("C$1.6 billion" in e or "1.6" in e for e in r["errors"])


NESTED = ("Chile's exports rose in March.\n\n"
          "- Total exports were 9,800 million dollars; non-copper exports were 4,100 million dollars.\n"
          "- Within non-copper exports, industrial exports reached 3,000 million dollars: food products amounted "
          "to 1,200 million dollars and non-food products to 1,800 million dollars.")


def test_a_bulleted_within_opener_names_the_part_and_its_whole():
    c = read(NESTED, "2026-04-20")["claims"]["3,000 million dollars"]
    assert c["commodity"] == "industrial"


def test_figures_after_a_products_figure_and_a_colon_break_that_product_down():
    r = read(NESTED, "2026-04-20")
    assert r["errors"] == []
    r = read(NESTED.replace("1,200 million", "1,500 million"), "2026-04-20")
    assert any("3,000" in e or "$3bn" in e for e in r["errors"])
