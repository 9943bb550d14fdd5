"""Sentences of kinds met in opinion and analysis pieces (round 15 of probe passages):
compound predicates, fractions of a figure restated after it, goods counted apart from
services. How each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-01-30") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    consistent = [f["message"] for f in result["findings"] if f["status"] == "consistent"]
    return {"claims": claims, "errors": errors, "consistent": consistent}


BRAZIL = ("Overall, Brazil's exports to China, $104.3 billion, were nearly three times its exports to the "
          "United States ($36.9 billion) and made up roughly {share} of its total exports of $339.7 billion in 2023.")


def test_a_share_in_a_second_predicate_belongs_to_the_sentence_subject():
    r = read(BRAZIL.format(share="31%"))
    share = r["claims"]["31%"]
    assert (share["reporter"], share["partner"]) == ("BRA", "CHN")
    assert r["errors"] == []


def test_a_wrong_share_in_a_second_predicate_is_found():
    # 104.3 / 339.7 = 30.7%, not 41%
    assert read(BRAZIL.format(share="41%"))["errors"]


def test_a_share_after_its_own_clause_subject_keeps_its_partner():
    # a new subject after "and": the share is the United States'
    r = read("Brazil's exports to China were $104.3 billion in 2023 and exports to the United States "
             "made up 10.9% of its total exports of $339.7 billion.")
    assert r["claims"]["10.9%"]["partner"] == "USA"
    assert r["errors"] == []


TARIFFS = ("When the tariffs were completed, they covered about two-thirds of the $536 billion of goods the "
           "United States imported from China in 2018 — roughly {part}.")


def test_a_reduced_relative_clause_after_a_whole_names_its_pair():
    r = read(TARIFFS.format(part="$360 billion"))
    whole = r["claims"]["$536 billion"]
    assert (whole["reporter"], whole["partner"], whole["measure"]) == ("USA", "CHN", "imports")


def test_money_after_a_dash_restates_the_fraction_of_the_whole():
    r = read(TARIFFS.format(part="$360 billion"))
    assert r["errors"] == []
    assert any("$360bn / $536bn" in m for m in r["consistent"])


def test_a_wrong_restatement_of_the_fraction_is_found():
    # two-thirds of $536bn is about $357bn, not $260bn
    assert read(TARIFFS.format(part="$260 billion"))["errors"]


def test_sub_parts_of_the_restated_fraction_are_not_set_against_it():
    r = read(TARIFFS.format(part="$360 billion") + " Of that, $250 billion faced a 25% duty and $110 billion a 7.5% duty.")
    assert r["errors"] == []


INDIA = ("India's merchandise exports in FY2023-24 were $437.1 billion and imports were $677.2 billion, leaving "
         "a trade deficit of $240.1 billion. Exports fell 3.1% from $451.1 billion in the previous fiscal year.\n\n"
         "Services, which are counted separately, tell a different story: exports of services were estimated "
         "at $341.1 billion.")


def test_services_counted_separately_stay_out_of_the_unlabelled_total():
    r = read(INDIA, "2024-04-20")
    assert r["claims"]["$341.1 billion"]["scope"] == "outside the totals"
    assert r["errors"] == []


def test_a_wrong_balance_beside_services_counted_separately_is_still_found():
    assert read(INDIA.replace("$240.1 billion", "$250.1 billion"), "2024-04-20")["errors"]


def test_a_multiple_of_one_flow_to_two_partners_is_checked():
    r = read(BRAZIL.format(share="31%"))
    assert any("$104.3bn / exports $36.9bn" in m for m in r["consistent"])
    # 104.3 / 36.9 = 2.83, not five
    assert read(BRAZIL.format(share="31%").replace("nearly three times", "nearly five times"))["errors"]


def test_a_change_after_goods_levels_is_of_goods_without_a_cue():
    r = read(INDIA.replace("Services, which are counted separately, tell", "Services tell"), "2024-04-20")
    assert r["claims"]["3.1%"]["commodity"] == "goods"
    assert r["errors"] == []


def test_a_change_beside_an_unlabelled_level_stays_the_whole():
    r = read("Goods exports were $437.1 billion in 2023. Exports rose 3% to $780.0 billion, "
             "and services exports were $342.9 billion.", "2024-04-20")
    assert r["claims"]["3%"]["commodity"] is None
