"""Sentences of kinds met in Q&A pages, FAQ explainers and glossaries (probe round 21):
elliptical follow-up questions, "the two" for the pair named before, hypothetical glossary
figures, headings that are no product, and how each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-05-10") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


def test_an_elliptical_question_gives_its_flow_to_the_figure_opening_the_answer():
    r = read("UK-India trade: questions and answers\n\n"
             "Q: How much did the UK export to India in 2023?\nA: £16.2 billion of goods and services.\n\n"
             "Q: And import?\nA: £22.7 billion, so the UK had a deficit of £6.5 billion.\n")
    assert r["claims"]["£22.7 billion"]["measure"] == "imports"
    assert r["claims"]["£22.7 billion"]["value"] > 0
    assert r["claims"]["£6.5 billion"]["measure"] == "balance"
    assert r["errors"] == []


def test_an_elliptical_question_without_labels_gives_its_flow():
    r = read("How much did Chile export to Korea in 2023?\nAbout $6.1 billion.\n\n"
             "And imports?\nRoughly $3.4 billion, leaving a surplus of $2.7 billion.\n")
    assert r["claims"]["$3.4 billion"]["measure"] == "imports"
    assert r["errors"] == []


def test_an_elliptical_question_gives_its_partner_to_the_answer():
    r = read("What does Canada export to China?\nMostly canola, pulp and coal: C$28.5 billion in 2023.\n\n"
             "And to Japan?\nAbout C$13.9 billion, less than half as much.\n")
    c = r["claims"]["C$13.9 billion"]
    assert (c["reporter"], c["partner"], c["measure"]) == ("CAN", "JPN", "exports")


def test_a_flow_word_in_an_answer_to_a_full_question_still_governs():
    # (no elliptical question before: the answer's own flow word names its figure)
    r = read("Q: What was the balance?\nA: A deficit of £6.5 billion, with exports of £16.2 billion and imports of £22.7 billion.\n")
    assert r["claims"]["£6.5 billion"]["measure"] == "balance"


def test_a_worked_example_with_a_generic_country_is_no_statistic():
    r = read("What is the trade balance?\nThe trade balance is exports minus imports. If a country exports $100 billion "
             "and imports $120 billion, its trade balance is minus $20 billion. In 2023 Canada's goods exports were "
             "C$768.4 billion and imports C$774.5 billion, a deficit of C$6.1 billion.\n")
    for t in ("$100 billion", "$120 billion", "$20 billion"):
        assert r["claims"][t]["measure"] == "other"
    assert r["claims"]["C$768.4 billion"]["measure"] == "exports"
    assert r["errors"] == []


def test_a_supposed_case_is_no_statistic_but_a_real_country_after_it_is():
    r = read("Suppose a country sells $50 billion abroad and buys $80 billion; it then runs a deficit of $30 billion. "
             "Germany exported $1,688 billion in 2023 and imported $1,463 billion, a surplus of $225 billion.\n")
    assert r["claims"]["$30 billion"]["measure"] == "other"
    assert r["claims"]["$225 billion"]["measure"] == "balance"


def test_a_condition_on_a_named_country_is_still_read():
    r = read("If China's exports reach $3.5 trillion this year, they will set a record.")
    assert r["claims"]["$3.5 trillion"]["reporter"] == "CHN"


def test_a_bare_the_two_is_the_pair_named_in_the_headline():
    r = read("Explainer: Why India and the UAE want to double trade\n\nHow much do India and the UAE trade?\n"
             "Trade between the two was $83.7bn in 2023-24, making the UAE India's third-largest trading partner. "
             "Indian exports were $35.6bn and imports from the UAE were $48.1bn, leaving New Delhi with a deficit of $14.5bn.\n",
             "2024-06-20")
    assert {r["claims"]["$83.7bn"]["reporter"], r["claims"]["$83.7bn"]["partner"]} == {"IND", "ARE"}
    assert (r["claims"]["$35.6bn"]["reporter"], r["claims"]["$35.6bn"]["partner"]) == ("IND", "ARE")
    assert any("-$12.5bn" in e for e in r["errors"])  # (35.6 - 48.1 is -12.5, not -14.5)


def test_both_sides_is_the_pair():
    r = read("Kenya and Uganda trade: the basics\n\nTrade between both sides reached $1.2bn in 2023, "
             "with Kenyan exports of $0.8bn and imports of $0.4bn.")
    assert {r["claims"]["$1.2bn"]["reporter"], r["claims"]["$1.2bn"]["partner"]} == {"KEN", "UGA"}


def test_the_two_before_a_noun_is_no_place():
    from tradecheck.extract.mentions import find_countries
    assert [c.text for c in find_countries("the two figures differ; trade between the two was $5bn")] == ["the two"]


EU_CHINA = ("How much does the EU trade with China?\n\nShort answer: about €740bn a year, or nearly {tn}.\n\n"
            "The longer answer\nThe EU imported €514.4 billion of goods from China in 2023 and exported €223.6 billion. "
            "Total trade was €738.0 billion, and the deficit €290.8 billion.\n")


def test_a_short_answer_heading_is_no_product():
    r = read(EU_CHINA.format(tn="€0.74tn"), "2024-03-15")
    assert r["claims"]["€740bn"]["commodity"] is None
    assert r["claims"]["€740bn"]["measure"] == "trade_total"
    assert r["errors"] == []


def test_the_short_answer_is_compared_with_the_long_one():
    r = read(EU_CHINA.format(tn="€0.84tn"), "2024-03-15")
    assert any("€0.84tn" in e for e in r["errors"])


def test_a_change_verb_with_a_particle_gives_a_change():
    r = read("How much does Turkey trade with Russia?\n\nTrade between Turkey and Russia reached $68.2bn in 2022.\n\n"
             "What happened in 2023?\n"
             "Trade fell back by 25 percent to $57.9bn as energy prices eased.\n", "2024-02-10")
    assert r["claims"]["25 percent"]["kind"] == "percent_change"
    assert any("25 percent" in e for e in r["errors"])  # (57.9 / 68.2 is a fall of 15.1%)


QA_PRODUCTS = ("UK-India trade: questions and answers\n\n"
               "Q: How much did the UK export to India in 2023?\nA: £16.2 billion in total.\n\n"
               "Q: What about services?\nA: £7.2 billion.\n\n"
               "Q: How much did it import?\nA: £22.7 billion.\n")


def test_an_elliptical_question_gives_its_product_to_the_answer():
    r = read(QA_PRODUCTS)
    assert r["claims"]["£7.2 billion"]["commodity"] == "services"
    assert r["errors"] == []


def test_a_question_on_a_whole_flow_carries_no_product():
    r = read(QA_PRODUCTS)
    assert r["claims"]["£22.7 billion"]["commodity"] is None
    assert r["claims"]["£22.7 billion"]["measure"] == "imports"


def test_an_unlabelled_answer_to_an_elliptical_question_takes_its_product():
    r = read("UK-India trade: questions and answers\n\nHow much did the UK export to India in 2023?\n"
             "About £16.2 billion in total.\n\nAnd cars?\nJust £0.9 billion.\n")
    assert r["claims"]["£0.9 billion"]["commodity"] == "cars"
    assert r["errors"] == []
