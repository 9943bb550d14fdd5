"""Sentences whose pair, flow or period hangs on words that point elsewhere: a pronoun
subject ("It sold", "In 2016 it reached"), a relative clause about another place ("with
Canada, which bought ..."), "exports there", an aside between dashes before the place it
belongs to, and a period moved on ("Two years later"). How each is read."""
from pathlib import Path

import pytest

from tradecheck import verify_text

HERE = Path(__file__).parent / "fixtures" / "probes" / "pairs"


def read(text: str, published: str = "2024-03-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    doubts = [f["message"] for f in result["findings"] if f["status"] == "unverifiable" and f["check"] != "reference"]
    return {"claims": claims, "errors": errors, "doubts": doubts}


def pair(c: dict) -> tuple:
    return (c["reporter"], c["partner"] or c.get("partner_group"), c["measure"])


# --- 1. "It" is the subject the text is about, not the last place named -----------------------

EU_RUSSIA = ("EU trade with Russia shrinks again\n\nThe EU bought goods worth €49.0 billion from Russia in 2023. "
             "Russian exports of fuels to the bloc fell to €21.5 billion. ")


def test_it_that_sells_after_another_places_flow_is_the_texts_own_country():
    r = read(EU_RUSSIA + "It sold €38.5 billion, leaving a deficit of €10.5 billion.", "2024-02-20")
    assert pair(r["claims"]["€38.5 billion"]) == ("EUU", "RUS", "exports")
    assert r["errors"] == []


def test_it_stands_for_the_place_that_was_the_subject_before():
    r = read("EU trade with Russia shrinks again\n\nRussia sold goods worth €49.0 billion to the EU in 2023. "
             "It bought €38.5 billion.", "2024-02-20")
    # Russia bought: the EU's exports to Russia
    assert pair(r["claims"]["€38.5 billion"]) == ("EUU", "RUS", "exports")
    assert r["errors"] == []


def test_it_that_sells_after_the_texts_own_subject():
    r = read("EU trade with Russia shrinks again\n\nThe EU bought goods worth €49.0 billion from Russia in 2023. "
             "It sold €38.5 billion.", "2024-02-20")
    assert pair(r["claims"]["€38.5 billion"]) == ("EUU", "RUS", "exports")


# --- 2. "In 2016 it reached" follows the sentence's topic, not the last flow it named ---------

def test_it_after_a_total_and_a_balance_is_the_total_the_sentence_is_about():
    r = read("Trade between the United States and Mexico totalled $583.6 billion in 2015, with a US deficit of "
             "$60.8 billion. In 2016 it reached $579.7 billion, down 0.7%.", "2017-03-07")
    assert r["claims"]["$579.7 billion"]["measure"] == "trade_total"
    assert r["claims"]["$579.7 billion"]["period"] == "2016"
    assert r["errors"] == []


def test_it_after_a_deficit_as_the_subject_is_that_deficit_sign_and_all():
    r = read("The US trade deficit with Mexico was $60.8 billion in 2015, when two-way trade totalled $583.6 "
             "billion. In 2016 it reached $63.7 billion.", "2017-03-07")
    c = r["claims"]["$63.7 billion"]
    assert c["measure"] == "balance" and c["value"] < 0


def test_a_deficit_carried_by_it_keeps_its_sign():
    r = read("Kenya's trade deficit with China was $5.1 billion in 2022. In 2023 it narrowed 5.9% to $4.8 billion.")
    assert r["claims"]["$4.8 billion"]["value"] < 0
    assert r["errors"] == []


def test_the_trade_a_figure_is_of_right_after_a_balance_is_the_trades():
    r = read("The United States ran a deficit of $60.8 billion with Mexico in 2015 on total trade of $583.6 "
             "billion.", "2017-03-07")
    assert r["claims"]["$583.6 billion"]["measure"] == "trade_total"
    assert r["claims"]["$60.8 billion"]["measure"] == "balance"


def test_it_after_a_place_that_named_a_balance_and_a_total_is_a_guess_no_error():
    text = ("The United States ran a deficit of $60.8 billion with Mexico in 2015 on total trade of $583.6 billion. "
            "In 2016 it reached $589.7 billion. US exports to Mexico were $258.0 billion and imports from Mexico "
            "$321.7 billion.")
    r = read(text, "2017-03-07")
    assert r["errors"] == []  # which flow "it" is the words do not say: no red flag on it
    assert r["doubts"]


def test_it_said_is_no_seller():
    r = read("Kenya's exports to Uganda rose to $705 million in 2023. Rwanda remained a smaller market. "
             "It said imports from Uganda fell to $420 million.")
    assert pair(r["claims"]["$420 million"]) == ("KEN", "UGA", "imports")


# --- 3. A relative clause names the partner of its own figure ----------------------------------

def test_a_figure_in_a_relative_clause_is_about_the_place_before_it():
    r = read("US trade with Mexico reached $523.9 billion in 2016, with Canada, which bought $266.8 billion of US "
             "goods, still the bigger market. Exports to Mexico were $229.7 billion and imports from Mexico $294.2 "
             "billion, leaving a deficit of $64.5 billion.", "2017-02-07")
    assert pair(r["claims"]["$266.8 billion"]) == ("USA", "CAN", "exports")
    assert pair(r["claims"]["$294.2 billion"]) == ("USA", "MEX", "imports")
    assert r["errors"] == []


def test_a_relative_clause_does_not_change_the_partner_of_the_main_clause():
    r = read("US exports rose to $1.45 trillion in 2016, with Canada, which bought $266.8 billion of US goods, the "
             "largest market, and Mexico second with $229.7 billion.", "2017-02-07")
    assert pair(r["claims"]["$266.8 billion"]) == ("USA", "CAN", "exports")
    assert pair(r["claims"]["$229.7 billion"]) == ("USA", "MEX", "exports")


def test_a_place_that_sold_in_a_relative_clause_supplied_the_reporters_imports():
    r = read("US imports from Mexico reached $294.2 billion in 2016, with China, which sold $462.6 billion, still "
             "the larger supplier.", "2017-02-07")
    assert pair(r["claims"]["$462.6 billion"]) == ("USA", "CHN", "imports")
    assert pair(r["claims"]["$294.2 billion"]) == ("USA", "MEX", "imports")


# --- 4. "Exports there": the place named before -----------------------------------------------

def test_exports_there_go_to_the_place_named_before():
    r = read("Kenya's exports to Uganda fell to $610 million in 2023. Rwanda, however, proved a bright spot for "
             "Kenyan sellers. Exports there rose to $180 million.")
    assert pair(r["claims"]["$180 million"]) == ("KEN", "RWA", "exports")
    assert r["errors"] == []


def test_exports_there_after_two_partners_go_to_the_last():
    r = read("Kenya's exports to Uganda fell to $610 million in 2022, while exports to Rwanda rose to $150 "
             "million. In 2023 exports there climbed to $180 million, up 20%.")
    assert pair(r["claims"]["$180 million"]) == ("KEN", "RWA", "exports")
    assert r["errors"] == []


# --- 5. Figures in an aside between dashes belong to the place after it ------------------------

AUSTRIA = ("Austria's exports to the EU totalled €10.0bn in March 2024. Exports to Germany were €4.1bn; the rest – "
           "€5.9bn, or 59.0 percent of the total – went to other EU countries.")


def test_figures_in_a_dash_aside_take_the_place_after_it():
    r = read(AUSTRIA, "2024-05-15")
    for words in ("€5.9bn", "59.0 percent"):
        c = r["claims"][words]
        assert (c["reporter"], c["partner"], c["partner_group"]) == ("AUT", None, "EUU other than DEU")
    assert r["errors"] == [] and r["doubts"] == []


def test_a_dash_aside_before_a_named_country():
    r = read(AUSTRIA.replace("other EU countries", "France"), "2024-05-15")
    assert pair(r["claims"]["€5.9bn"]) == ("AUT", "FRA", "exports")


def test_the_places_named_and_the_rest_of_their_group_make_the_whole():
    assert read(AUSTRIA.replace("€4.1bn", "€3.1bn"), "2024-05-15")["errors"]
    assert read(AUSTRIA.replace("59.0 percent", "49.0 percent"), "2024-05-15")["errors"]


# --- 6. "Two years later": the period in hand moved on ----------------------------------------

def test_years_later_move_the_running_year_on():
    r = read("Trade between Kenya and Uganda was $1.10 billion in 2019. A year later it fell to $0.98 billion, down "
             "10.9%. Two years later, it reached $1.25 billion, up 27.6%.")
    assert r["claims"]["$0.98 billion"]["period"] == "2020"
    assert r["claims"]["$1.25 billion"]["period"] == "2022"
    assert r["claims"]["27.6%"]["base_period"] == "2020"  # against the year it moved on from
    assert r["errors"] == []


@pytest.mark.parametrize("words,period", [("Three years on", "2022"), ("The following year", "2020"),
                                          ("A decade later", "2029")])
def test_other_ways_to_move_on(words, period):
    r = read(f"Kenya's exports to Uganda were $610 million in 2019. {words}, they reached $705 million.", "2030-01-10")
    assert r["claims"]["$705 million"]["period"] == period


def test_a_month_later_moves_a_month():
    r = read("Kenya's exports to Uganda were $61 million in March 2023. A month later they reached $70 million.",
             "2023-06-01")
    assert r["claims"]["$70 million"]["period"] == "2023-04"


def test_year_on_year_is_no_year_later():
    r = read("Kenya's exports to Uganda rose 5% year on year to $705 million in 2023.")
    assert r["claims"]["$705 million"]["period"] == "2023"


# --- the passages of tests/fixtures/probes/pairs ---------------------------------------------

ROWS = [
    ("01-eu-russia-pronoun", "2024-02-20"),
    ("02-us-mexico-it-total", "2017-03-07"),
    ("03-us-canada-relative-clause", "2017-02-07"),
    ("04-kenya-exports-there", "2024-03-05"),
    ("05-austria-dash-aside", "2024-05-15"),
    ("06-kenya-uganda-years-later", "2024-03-12"),
]


@pytest.mark.parametrize("name,published", ROWS)
def test_a_correct_passage_gets_no_error(name, published):
    assert read((HERE / f"{name}.txt").read_text(encoding="utf-8"), published)["errors"] == []


@pytest.mark.parametrize("name,published", ROWS)
def test_a_planted_error_is_found(name, published):
    assert read((HERE / f"{name}.planted.txt").read_text(encoding="utf-8"), published)["errors"]
