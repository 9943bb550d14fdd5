"""Sentences of kinds met in the sixteenth round of passages (Turkish, Egyptian, Iranian and
Gulf press; Markdown drafts): ranked buyers, epithets for a partner, and multiples between
two flows of one partner or two partners' flows. How each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2025-04-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors, "findings": result["findings"]}


BUYERS = ("Saudi Arabia tops importers of Egyptian goods\n\nCAIRO - Saudi Arabia topped the list of importers of Egyptian goods in 2024, CAPMAS said in its annual bulletin. "
          "It bought $1.9 billion worth, followed by Greece at $1.7 billion and Italy at $1.6 billion.")


def test_a_ranked_list_after_a_figure_worth_keeps_the_flow_of_the_first():
    r = read(BUYERS)
    for text, partner in (("$1.9 billion", "SAU"), ("$1.7 billion", "GRC"), ("$1.6 billion", "ITA")):
        c = r["claims"][text]
        # (Egypt's exports to the buyer, or the buyer's imports from Egypt: one flow)
        assert (c["measure"], c["reporter"], c["partner"]) in (("exports", "EGY", partner), ("imports", partner, "EGY"))


def test_a_capitalised_epithet_is_the_last_country_of_its_form_of_state():
    r = read(BUYERS + "\n\nEgypt's imports from the Kingdom stood at $5.1 billion, bringing trade "
             "between the two countries to $7 billion.")
    imports, total = r["claims"]["$5.1 billion"], r["claims"]["$7 billion"]
    assert (imports["reporter"], imports["partner"]) == ("EGY", "SAU")
    assert (total["reporter"], total["partner"]) == ("EGY", "SAU")
    assert r["errors"] == []


def test_a_capitalised_epithet_with_no_other_place_is_not_read_as_a_partner():
    r = read("Saudi Arabia's non-oil exports rose in 2024. Exports from the Kingdom reached $80 billion.")
    assert r["claims"]["$80 billion"]["reporter"] == "SAU"


def _flow_multiple(r: dict) -> list[dict]:
    return [f for f in r["findings"] if "times" in (f.get("message") or "")]


def test_imports_as_a_multiple_of_exports_after_the_imports_level():
    text = ("Trade between India and Oman amounted to $12.4 billion in 2023. India's imports from Oman, "
            "mostly crude oil, stood at $9.3 billion, about {} times its exports to the Sultanate, which totaled $3.1 billion.")
    assert [f["status"] for f in _flow_multiple(read(text.format("3")))] == ["consistent"]
    assert [f["status"] for f in _flow_multiple(read(text.format("4")))] == ["inconsistent"]


def test_a_multiple_of_a_flow_stated_only_in_one_scope_is_read_in_that_scope():
    text = ("Iran's non-oil exports to China, the UAE and Iraq stood at $9.8 billion, $7.1 billion and $7.5 billion "
            "respectively in 2024. Imports from the Emirates, worth $17.3 billion, were {} times the value of exports to that country.")
    assert [f["status"] for f in _flow_multiple(read(text.format("2.4")))] == ["consistent"]
    assert [f["status"] for f in _flow_multiple(read(text.format("2.9")))] == ["inconsistent"]


def test_a_multiple_of_the_figure_shipped_to_another_partner():
    text = ("Peru's exports to China overall were US$ 36.0bn in 2023, roughly {} times the US$ 9.0bn shipped to "
            "the United States.")
    assert [f["status"] for f in _flow_multiple(read(text.format("4")))] == ["consistent"]
    assert [f["status"] for f in _flow_multiple(read(text.format("5")))] == ["inconsistent"]


def test_the_islamic_republic_is_iran_and_a_bilateral_total_after_a_relative_clause():
    r = read("Iran's exports to Iraq reached $7.5 billion in 2024. Iraq, which remained the second-largest buyer "
             "of Iranian goods, sold goods worth $270 million to the Islamic Republic in the same period, bringing "
             "the bilateral trade to $7.97 billion.")
    total = r["claims"]["$7.97 billion"]
    assert {total["reporter"], total["partner"]} == {"IRN", "IRQ"}
    assert len(r["errors"]) == 1


def test_two_way_trade_of_another_country_with_the_texts_own_does_not_make_it_the_reporter():
    r = read("Non-oil trade between the UAE and China reached $101.8bn last year. India was second at $83.7bn, "
             "while the US, whose trade with the UAE rose 8.9 per cent to $34.4bn, came third. "
             "Trade with Saudi Arabia was $31.2bn.", "2025-03-10")
    saudi = r["claims"]["$31.2bn"]
    assert {saudi["reporter"], saudi["partner"]} == {"ARE", "SAU"}
