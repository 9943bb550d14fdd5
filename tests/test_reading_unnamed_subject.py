"""A figure whose clause opens with a subject of its own that the vocabulary does not know as
a flow, product or place ("Government borrowing stood at $1.7bn"): the flow the sentences
before were on is then a guess, kept for the tables but never the ground for an error."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-04-20") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    status = [f["status"] for f in result["findings"]]
    return {"claims": claims, "status": status}


EXPORTS = "Kenya's exports rose to $2.0 billion in March from $1.8 billion in February. "


def test_an_unknown_subjects_money_is_no_second_export_figure():
    r = read(EXPORTS + "Government borrowing stood at $1.7 billion in March, compared with $1.9 billion in February.")
    assert r["claims"]["$1.7 billion"]["attribution"]["measure"] == "unnamed-subject"
    assert r["claims"]["$1.9 billion"]["attribution"]["measure"] == "unnamed-subject"
    assert "inconsistent" not in r["status"]
    assert "unverifiable" in r["status"]


def test_a_product_subject_keeps_the_flow_and_its_check():
    r = read(EXPORTS + "Tea stood at $1.7 billion in March, compared with $1.9 billion in February, "
             "though tea exports rose 12% on the year.")
    assert r["claims"]["$1.7 billion"]["attribution"]["measure"] == "discourse"


def test_the_total_and_its_value_stand_for_the_flow_itself():
    r = read(EXPORTS + "The total stood at $1.7 billion in January.")
    assert r["claims"]["$1.7 billion"]["attribution"]["measure"] == "discourse"


def test_a_wage_bill_is_a_quantity_of_its_own_though_bill_is_a_flow_word_elsewhere():
    r = read(EXPORTS + "In March, the wage bill amounted to $1.7 billion.")
    assert r["claims"]["$1.7 billion"]["attribution"]["measure"] == "unnamed-subject"
    assert "inconsistent" not in r["status"]


def test_a_conflict_in_the_flow_itself_is_still_an_error():
    r = read(EXPORTS + "Exports stood at $1.5 billion in March.")
    assert "inconsistent" in r["status"]


def test_a_change_of_an_unknown_subject_is_no_change_in_exports():
    # (not "consumption": a known measure of its own, vocab/flows.csv, read as other by its word)
    r = read(EXPORTS + "Cement demand rose 5.3% in March.")
    assert r["claims"]["5.3%"]["attribution"]["measure"] == "unnamed-subject"
    assert "inconsistent" not in r["status"]


def test_a_pronoun_before_an_auxiliary_is_still_the_flow():
    r = read(EXPORTS + "By April it had reached $2.3 billion.")
    assert r["claims"]["$2.3 billion"]["attribution"]["measure"] != "unnamed-subject"


def test_a_subject_that_holds_a_verb_is_no_subject_of_its_own():
    r = read(EXPORTS + "The total was up 4.0% from a year earlier.")
    assert r["claims"]["4.0%"]["attribution"]["measure"] != "unnamed-subject"


def test_an_unknown_subjects_money_after_of_is_a_guess_too():
    r = read(EXPORTS + "Government borrowing of $1.7 billion was recorded in March.")
    assert r["claims"]["$1.7 billion"]["attribution"]["measure"] == "unnamed-subject"
    assert "inconsistent" not in r["status"]


def test_a_flow_after_of_keeps_its_own_reading():
    r = read(EXPORTS + "Exports of $1.5 billion were recorded in March.")
    assert "inconsistent" in r["status"]


def test_a_difference_or_a_change_before_of_is_read_by_its_own_rules():
    r = read(EXPORTS + "Officials put the difference of $0.2 billion down to timing.")
    assert r["claims"]["$0.2 billion"]["attribution"]["measure"] != "unnamed-subject"
