"""Sentences of fact checks (round 31): a claim quoted, the official figures, a verdict; how
each kind is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2026-03-10") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {}
    for c in result["claims"]:
        claims.setdefault(c["text"], []).append(c)
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


DEFICIT = ('A governor said in a Jan. 14 speech that "our trade deficit with Japan hit $90 billion last year."\n\n'
           "In 2025, the United States imported $140.0 billion in goods from Japan and exported $80.0 billion to it, "
           "leaving a deficit of $60.0 billion.\n\n"
           "The governor said the trade deficit with Japan hit $90 billion last year. Official data show it was "
           "$60.0 billion.\n\nWe rate this claim False.\n")


def test_a_quotation_after_an_abbreviated_date_is_the_speakers_claim():
    # ("in a Jan. 14 speech that": the full stop of "Jan." ends no sentence before the quote)
    r = read(DEFICIT)
    assert all(c.get("refuted") for c in r["claims"]["$90 billion"])
    assert r["errors"] == []


def test_it_after_a_refuted_figure_is_the_balance_that_figure_spoke_of():
    # "Official data show it was $60.0 billion": the deficit with Japan, a deficit
    last = read(DEFICIT)["claims"]["$60.0 billion"][-1]
    assert (last["reporter"], last["partner"], last["measure"]) == ("USA", "JPN", "balance")
    assert last["value"] < 0


DOUBLING = ("Kenya's exports to Egypt were $400 million in 2023 and $460 million in 2025. "
            "That is a rise of 15% over two years, not a doubling.\n")


def test_a_multiple_denied_as_a_noun_is_no_claim():
    r = read(DOUBLING)
    assert r["claims"]["doubling"][0].get("refuted")
    assert r["errors"] == []


PROSE_VERDICT = ('The minister repeated her claim that the country has "a $50 billion trade surplus with India." '
                 "The actual figure for 2025 was much smaller.\n\n"
                 "According to official data, exports to India were $30.0 billion in 2025 and imports $22.0 billion, "
                 "a surplus of $8.0 billion.\n\n"
                 "We asked the ministry for the source of the $50 billion figure.\n")


def test_a_verdict_given_in_prose_refutes_the_quoted_claim():
    # "The actual figure ... was much smaller": a rating in prose, no label
    r = read(PROSE_VERDICT)
    assert all(c.get("refuted") for c in r["claims"]["$50 billion"])
    assert r["errors"] == []


GAP = ("The UK's total trade deficit was £6.0 billion in the three months to June 2025. "
       "That was £1.5 billion {word} than in the previous quarter, when it stood at £4.5 billion.\n")


def test_a_figure_wider_than_another_level_is_the_gap_between_them():
    r = read(GAP.format(word="wider"), "2025-08-20")
    gap = r["claims"]["£1.5 billion"][0]
    assert gap["change_of"] == "balance"
    assert r["claims"]["£4.5 billion"][0]["value"] < 0  # "when it stood at": the same deficit
    assert r["errors"] == []
    assert read(GAP.format(word="narrower"), "2025-08-20")["errors"]


NOT_A_RECORD = ("The goods deficit was £50.0 billion in Q2 2025. But even that was not a record: it was "
                "£2.0 billion smaller than the all-time high of £52.0 billion, recorded in Q2 2024.\n")


def test_a_denied_record_is_no_record_claim():
    r = read(NOT_A_RECORD, "2025-08-20")
    assert not any("record" in e for e in r["errors"])


HEDGED = ("The UK's trade deficit was £8.0 billion in Q2 2025. The deficit has been larger than £8.0 billion "
          "in several quarters, including in early 2022. The widest quarterly deficit on record was more than "
          "£20 billion, in Q1 2022.\n")


def test_a_qualifier_before_a_figure_bounds_it_and_compares_nothing():
    # "was more than £20 billion": the figure's own bound, not "more than" the figure before
    r = read(HEDGED, "2025-08-20")
    assert r["claims"]["£20 billion"][0]["bound"] == "gt"
    assert r["errors"] == []


def test_a_threshold_over_several_periods_is_not_dated_by_the_example_after_it():
    # "larger than £8.0 billion in several quarters, including in early 2022": not a 2022 level
    r = read(HEDGED, "2025-08-20")
    assert r["claims"]["£8.0 billion"][1]["period"] != "2022"


SERVICES = ("The UK's total trade deficit (goods and services) was £10.0 billion in Q2 2025. "
            "The deficit on goods alone was £55.0 billion in Q2, while the UK ran a surplus of £{s} billion on services.\n")


def test_a_surplus_on_services_is_of_services():
    r = read(SERVICES.format(s="45.0"), "2025-08-20")
    assert r["claims"]["£45.0 billion"][0]["commodity"] == "services"
    assert r["errors"] == []
    assert read(SERVICES.format(s="41.0"), "2025-08-20")["errors"]


SPLIT = ("Official figures show the EU took nearly half of Irish exports. Ireland exported €200.0 billion of goods in "
         "2025. Of that, €90.0 billion went to the EU and €{rest} billion to countries outside it.\n")


def test_a_whole_split_into_a_partner_and_countries_outside_it_is_with_the_world():
    r = read(SPLIT.format(rest="110.0"))
    assert r["claims"]["€200.0 billion"][0]["partner"] == "WLD"
    assert r["claims"]["€110.0 billion"][0]["partner_group"] == "other than EUU"
    assert r["errors"] == []
    assert read(SPLIT.format(rest="130.0"))["errors"]


WHAT_IF = ("Ireland exported €200.0 billion of goods in 2025, €90.0 billion of it to the EU. A quarter would imply "
           "exports to the EU of about €50 billion.\n")


def test_a_figure_a_claim_would_imply_is_a_what_if():
    # "A quarter would imply exports of about €50 billion": no statistic of 2025
    r = read(WHAT_IF)
    assert r["claims"]["€50 billion"][0]["measure"] == "other"
    assert r["errors"] == []
