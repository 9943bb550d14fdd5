"""Sentences of kinds met in wire roundups and company news (round 13): factbox section
labels, "with shipments to X" asides, pronouns for products across sentences, and "whose"
clauses on places and on companies. How each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-08-09") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


FACTBOX = ("FACTBOX-Trade in July\n\n"
           "Aug 9 (Reuters) - Following are trade figures for July:\n\n"
           "MALAYSIA - Exports rose 12.1% to 130.7 billion ringgit, while imports grew 26.1% to 118.2 billion ringgit.\n\n"
           "INDONESIA: Exports rose 6.5% to $22.2 billion and imports rose 11.1% to $21.7 billion.\n\n"
           "PHILIPPINES (due Aug. 12) - Economists expect exports to rise 3.0%.\n")


def test_a_factbox_section_label_names_the_reporter_of_its_paragraph():
    r = read(FACTBOX)
    assert (r["claims"]["130.7 billion ringgit"]["reporter"], r["claims"]["130.7 billion ringgit"]["partner"]) == ("MYS", "WLD")
    assert r["claims"]["118.2 billion ringgit"]["reporter"] == "MYS"
    assert (r["claims"]["$22.2 billion"]["reporter"], r["claims"]["$21.7 billion"]["reporter"]) == ("IDN", "IDN")
    assert r["claims"]["3.0%"]["reporter"] == "PHL"
    assert r["errors"] == []


def test_a_dateline_city_in_capitals_is_no_section_label():
    r = read("TEHRAN - Iran's non-oil exports reached $49.1 billion in the year, up 9.8 percent.\n", "2024-04-01")
    assert (r["claims"]["$49.1 billion"]["reporter"], r["claims"]["$49.1 billion"]["partner"]) == ("IRN", "WLD")


def test_a_with_aside_partner_does_not_carry_into_the_next_sentence():
    r = read("Malaysia's exports rose 12.1% in July to 130.7 billion ringgit, with shipments to Singapore climbing "
             "20.3% to 20.0 billion ringgit. Imports grew 26.1% to 118.2 billion ringgit, leaving a surplus of 12.5 billion ringgit.")
    assert r["claims"]["20.0 billion ringgit"]["partner"] == "SGP"
    assert (r["claims"]["118.2 billion ringgit"]["partner"], r["claims"]["12.5 billion ringgit"]["partner"]) == ("WLD", "WLD")
    assert r["errors"] == []


def test_a_relative_clause_on_two_places_after_a_preposition_is_about_both():
    r = read("Malaysia's exports rose 12.1% in July to 130.7 billion ringgit, with shipments to the United States up 9.9%, "
             "ahead of those to Singapore and Thailand, which fell 2.0% to 25.3 billion ringgit.")
    c = r["claims"]["25.3 billion ringgit"]
    assert c["partner"] is None and c["partner_group"] == "SGP+THA"


def test_a_pronoun_subject_takes_the_product_of_the_sentence_before():
    r = read("Malaysia's exports rose 12.1% in July to 130.7 billion ringgit. Electronics led the gains. "
             "They rose 15.6 percent to 52.0 billion ringgit.")
    assert r["claims"]["52.0 billion ringgit"]["commodity"] == "electronics"
    assert r["claims"]["15.6 percent"]["commodity"] == "electronics"
    assert r["errors"] == []


def test_a_pronoun_after_a_semicolon_takes_the_product_that_opened_the_sentence():
    r = read("Malaysia's exports rose 12.1% in July to 130.7 billion ringgit. "
             "Palm oil came next; their exports fell 3.1 percent to 8.3 billion ringgit.")
    assert r["claims"]["8.3 billion ringgit"]["commodity"] == "palm oil"
    assert r["errors"] == []


def test_a_place_before_whose_exports_reports_them():
    r = read("Indonesia, whose exports rose 6.5% in July to $22.2 billion, posted a surplus of $0.5 billion as imports "
             "rose 11.1% to $21.7 billion.")
    c = r["claims"]["$22.2 billion"]
    assert (c["reporter"], c["partner"], c["commodity"]) == ("IDN", "WLD", None)
    assert r["claims"]["$0.5 billion"]["reporter"] == "IDN"
    assert r["errors"] == []


def test_a_planted_balance_after_a_whose_clause_is_found():
    r = read("Indonesia, whose exports rose 6.5% in July to $22.2 billion, posted a surplus of $1.5 billion as imports "
             "rose 11.1% to $21.7 billion.")
    assert len(r["errors"]) == 1


def test_a_figure_in_a_whose_clause_on_companies_is_theirs_not_the_countrys():
    r = read("Malaysia's electronics exports rose 15.6 percent to 52.0 billion ringgit in July. "
             "Intel and Infineon, whose combined overseas sales analysts put at 30.1 billion ringgit, "
             "made up about 58 percent of that electronics total.")
    assert r["claims"]["30.1 billion ringgit"]["measure"] == "other"
    assert r["claims"]["58 percent"]["measure"] == "other"
    assert r["errors"] == []


def test_a_ranked_partner_before_whose_is_still_the_partner():
    r = read("Iran's trade with its neighbours reached $62.5 billion. Turkey came second with $12.5 billion, "
             "and then Iraq, whose 25.45 million tons were worth $9.58 billion.", "2023-03-01")
    assert r["claims"]["$9.58 billion"]["reporter"] != "IRQ"  # (a partner's figure, not Iraq's own flow)
