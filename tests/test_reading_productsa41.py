"""Products named as a sentence's subject, by a name the vocabulary knows or by a noun it does
not (a forty-first round of passages: drinks, vaccines, watches, pulp, fruit): how each
figure's product, pair and period are read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-03-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


DRINKS = ("Exports of Spanish wines and spirits rose to €9.0bn in 2023. Within wines, Champagne "
          "shipments were broadly stable at €1.2bn. Cognac remained the largest spirits category at €0.8bn.")


def test_a_drink_named_as_the_subject_is_the_figures_product():
    """Champagne and cognac as subjects: parts of the flow, not two values of the whole."""
    r = read(DRINKS)
    assert r["claims"]["€1.2bn"]["commodity"] == "champagne"
    assert r["claims"]["€0.8bn"]["commodity"] == "cognac"
    assert r["errors"] == []


def test_a_change_after_after_and_a_year_earlier_phrase_is_of_the_year_before():
    """"after more than doubling the previous year": the change of the year before."""
    c = read("Korean soju exports fell to ₩90 billion in 2023, after more than doubling the previous year.")["claims"]["doubling"]
    assert (c["period"], c["base_period"]) == ("2022", "2021")


def test_a_headline_verb_and_a_subject_past_the_datelines_dash_name_the_product():
    """"Sake exports reach record", "TOKYO, ... – Japan's sake exports reached": sake."""
    r = read("Sake exports reach record ¥30bn\n\nTOKYO, January 20, 2024 – Japan's sake exports reached "
             "a record ¥30 billion in 2023. Sake exports have roughly doubled since 2018, when they were worth ¥15 billion.")
    assert r["claims"]["¥30bn"]["commodity"] == "sake"
    assert r["claims"]["¥30 billion"]["commodity"] == "sake"
    assert r["claims"]["doubled"]["commodity"] == "sake"


def test_a_doubling_against_a_changed_earlier_level_is_flagged():
    """The same sentences with the earlier level changed: the doubling no longer holds."""
    r = read("TOKYO, January 20, 2024 – Japan's sake exports reached a record ¥30 billion in 2023. "
             "Sake exports have doubled since 2018, when they were worth ¥25 billion.")
    assert any("doubled" in e for e in r["errors"])


def test_goods_worth_of_a_product_named_before_keep_their_product():
    """"€5.1 billion worth of vaccines" after a headline on the same: vaccines, a part of pharmaceuticals."""
    r = read("Ireland exported €5 billion worth of vaccines last year\n\nIreland exported €5.1 billion worth of "
             "vaccines in 2023. Pharmaceutical exports came to €80.2 billion last year.")
    assert r["claims"]["€5.1 billion"]["commodity"] == "vaccines"
    assert r["errors"] == []


def test_the_singular_of_a_product_in_es_before_a_flow_word():
    """"Watch exports": watches, not the whole flow to the place."""
    r = read("Swiss exports to China fell 8.0% to CHF20.0 billion in 2023 from CHF21.7 billion. "
             "Watch exports to China fell 4% to CHF2.0 billion.")
    assert r["claims"]["4%"]["commodity"] == "watches"
    assert r["errors"] == []


def test_its_exports_after_an_industry_and_a_share_of_the_total_are_with_everyone():
    """"The machinery industry remains ... Its exports reached ..., accounting for 25% of total
    Swiss exports": machinery's exports to the world, not to the partner of a paragraph before."""
    r = read("Exports to Japan rose 5.0% to CHF10.5 billion in 2023 from CHF10.0 billion.\n\n"
             "The machinery industry remains the backbone of Swiss trade. Its exports reached CHF30 billion, "
             "accounting for 25% of total Swiss exports of CHF120 billion.")
    c = r["claims"]["CHF30 billion"]
    assert (c["partner"], c["commodity"]) == ("WLD", "machinery")
    assert r["errors"] == []


def test_a_product_with_its_sales_in_a_with_clause():
    """"Pulp was the main export product, with sales of": pulp's sales, a part of the total."""
    r = read("Chile's exports totaled US$9,000 million in 2023. Pulp was the main export product, with sales of "
             "US$2,000 million, 5% below 2022 (US$2,105 million).")
    assert r["claims"]["US$2,000 million"]["commodity"] == "pulp"
    assert r["errors"] == []


def test_a_value_in_a_with_shipments_clause_is_of_the_main_clauses_product():
    """"exports of fresh grapes touched a new high, with shipments ... valued at": grapes."""
    r = read("India's exports of fresh grapes touched a new high in 2023, with shipments of 300,000 tonnes valued at "
             "USD 400 million. Farm exports stood at USD 20 billion, of which fruit made up USD 3 billion.")
    assert r["claims"]["USD 400 million"]["commodity"] == "grapes"
    assert r["errors"] == []
