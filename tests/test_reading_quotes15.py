"""Sentences of kinds met in officials' speeches, embassy newsletters and parliamentary
answers (round 15 of probe passages): how each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-05-14") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_the_parts_of_a_breakdown_take_the_labels_after_their_figures():
    r = read("In 2023 two-way trade between Canada and Chile in goods and services reached C$9.1 billion, "
             "of which C$6.8 billion was goods trade and C$2.3 billion services. On goods alone, Canada "
             "exported C$2.9 billion to Chile.")
    assert r["claims"]["C$6.8 billion"]["commodity"] == "goods"
    assert r["claims"]["C$2.3 billion"]["commodity"] == "services"
    assert r["errors"] == []


def test_a_scope_named_before_a_figure_that_does_not_open_a_part_stays():
    r = read("In 2023 two-way trade between Canada and Chile in goods and services reached C$9.1 billion, "
             "of which C$6.8 billion was goods trade and C$2.3 billion services.")
    assert r["claims"]["C$9.1 billion"]["scope"] == "goods and services"


QUOTE = ("NAIROBI - Ghana's exports to ECOWAS partners grew by 10 per cent to GH¢22 billion last year from "
         "GH¢20 billion in 2022, the minister said.\n\n"
         "\"Cocoa earned us GH¢40 billion, which is about 40 per cent of our total exports of GH¢100 billion,\" she said.")


def test_a_quoted_we_is_the_speakers_country_with_the_world():
    r = read(QUOTE)
    for figure in ("GH¢40 billion", "40 per cent"):
        assert r["claims"][figure]["partner"] == "WLD"
        assert not r["claims"][figure].get("partner_group")
    assert r["errors"] == []


def test_outside_a_quote_the_partner_of_the_discourse_stays():
    r = read(QUOTE.replace('"Cocoa earned us', "Cocoa exports earned").replace(',\\" she said.', ".")
             .replace("of our total exports of GH¢100 billion,\" she said.", "of the total."))
    assert r["claims"]["GH¢40 billion"].get("partner") != "WLD"


def test_will_be_aware_that_states_a_fact():
    r = read("Answered by the Minister: The honourable Member will be aware that UK exports of goods to "
             "Japan rose by 6.2 per cent to £11.9 billion in 2023, up from £11.42 billion in 2022.")
    assert r["claims"]["£11.9 billion"]["measure"] == "exports"
    assert any("6.2 per cent" in e for e in r["errors"])


def test_a_forecast_with_will_is_still_a_forecast():
    r = read("The Minister said UK exports of goods to Japan will rise to £13.0 billion in 2026.")
    assert r["claims"]["£13.0 billion"]["measure"] == "other"


def test_our_trade_said_to_the_partner_is_the_two_countries_trade():
    r = read("Trade between Belarus and Russia exceeded $50 billion for the first time last year, the "
             "President said.\n\n\"Last year our trade turnover topped $50 billion, at $50.6 billion,\" he said.",
             published="2024-02-02")
    assert r["claims"]["$50.6 billion"]["partner"] in ("RUS", "BLR")


def test_they_sold_us_is_the_speakers_imports():
    r = read("A: Chile exported 3.1 billion dollars to Argentina last year. They sold us 4.5 billion dollars, "
             "mostly gas, beef and wheat, so our deficit with Argentina is 1.4 billion dollars.",
             published="2024-02-22")
    assert r["claims"]["4.5 billion dollars"]["measure"] == "imports"
    assert r["claims"]["4.5 billion dollars"]["reporter"] == "CHL"
    assert r["errors"] == []


def test_it_bought_of_our_products_is_the_speakers_exports():
    r = read("A: Our imports from China were 20.1 billion dollars last year, Chile's minister said. "
             "It bought 38.2 billion dollars of our products, above all copper.",
             published="2024-02-22")
    assert r["claims"]["38.2 billion dollars"]["measure"] == "exports"


def test_a_newsletters_issue_date_is_not_the_period_the_text_is_about():
    r = read("Embassy of Canada, Santiago - Newsletter, April 2024\n\nDear friends, 2023 was another strong "
             "year for our partnership. Two-way trade between Canada and Chile reached C$9.1 billion.",
             published="2024-04-15")
    assert r["claims"]["C$9.1 billion"]["period"] == "2023"
