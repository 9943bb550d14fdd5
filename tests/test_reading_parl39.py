"""Parliamentary answers, debates and corrections, and CIS state-agency releases (round 39
probes): written corrections, a figure the next speaker disputes, a fiscal year written
with two full years, a product before "exports to mainland ...", levels set against each
other with their quantities, a kind named by its complement, a house of parliament as
the country of an answer, and an acronym a text defines for a flow."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-06-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors, "findings": result["findings"]}


CORRECTION = ("Written Corrections\n\n"
              "Trade: Chile\n\n"
              "The answer previously given was:\n\n"
              "UK exports to Chile were £1.9 billion in 2023.\n\n"
              "The correct answer should have been:\n\n"
              "UK exports to Chile were £1.4 billion in 2023, up 10.0% from £1.27 billion in 2022.\n")


def test_the_answer_a_written_correction_takes_back_is_withdrawn():
    """Read: the figure under "The answer previously given was:" is taken back (vintage
    withdrawn), so it is not set against the corrected one."""
    r = read(CORRECTION)
    assert r["claims"]["£1.9 billion"]["vintage"] == "withdrawn"
    assert r["claims"]["£1.4 billion"].get("vintage") is None
    assert r["errors"] == []


def test_the_corrected_answer_is_still_checked():
    """Read: the replacement answer's figures are the text's own; a wrong change is flagged."""
    r = read(CORRECTION.replace("up 10.0%", "up 30.0%"))
    assert any("30.0%" in e for e in r["errors"])


def test_without_the_replacement_label_nothing_is_withdrawn():
    """Read: a label alone, with no corrected answer after it, takes nothing back."""
    r = read("The answer previously given was:\n\nUK exports to Chile were £1.9 billion in 2023.\n")
    assert r["claims"]["£1.9 billion"].get("vintage") is None


DEBATE = ("Mr Tom Ashby (Lab): The Minister knows that since 2018 our exports to Japan have fallen by 20%.\n\n"
          "The Minister of State (Ms Ruth Kerr): I am afraid the hon. Member's figure is not right. "
          "In 2023, UK exports to Japan were £15 billion, compared with £13 billion in 2018.\n")


def test_a_figure_the_next_speaker_says_is_not_right_is_refuted():
    """Read: the previous speaker's "fallen by 20%" is refuted (no flow), so it is not set
    against the minister's levels."""
    r = read(DEBATE)
    assert r["claims"]["20%"]["measure"] == "other"
    assert r["errors"] == []


def test_a_reply_that_does_not_deny_the_figure_leaves_it_a_claim():
    """Read: without the denial, the speaker's change stays a change of exports and is
    checked against the levels."""
    r = read(DEBATE.replace("I am afraid the hon. Member's figure is not right. ", ""))
    assert r["claims"]["20%"]["measure"] == "exports"
    assert r["errors"]


def test_a_fiscal_year_written_with_two_full_years_runs_from_the_first():
    """Read: "the 2023-2024 fiscal year (April-March)" is April 2023 to March 2024; its
    figure and the previous fiscal year's are two years, not one."""
    r = read("Trade between Brazil and India in the 2023-2024 fiscal year (April-March) rose 10% "
             "to $11 billion. In the previous fiscal year it stood at $10 billion.")
    assert r["claims"]["$11 billion"]["period"] == "2023-04/2024-03"
    assert r["errors"] == []


def test_the_product_before_exports_to_a_place_with_a_lower_case_word():
    """Read: "wine exports to mainland China were valued at" keeps wine as the product."""
    r = read("In 2019, wine exports to mainland China were valued at $1.1 billion.")
    assert r["claims"]["$1.1 billion"]["commodity"] == "wine"


ANSWER = ("LOK SABHA\nUNSTARRED QUESTION NO. 100\n\n"
          "ANSWER\n\n"
          "Export of jasmine rice during April-December, 2023-24 was 5.0 lakh tonnes valued at US$ 500.0 million, "
          "as against 4.0 lakh tonnes valued at US$ 400.0 million during April-December, 2022-23, registering a "
          "growth of 25.0% in value terms. Total rice exports during April-December, 2023-24 were US$ 900.0 million, "
          "of which non-jasmine rice accounted for US$ 400.0 million.\n")


def test_levels_set_against_each_other_with_quantities_date_the_change_after_them():
    """Read: "A during P1, as against <quantity> valued at B during P0, registering a growth
    of N%" is P1 against P0; a kind the text names the complement of ("non-jasmine rice") is
    a part, not the whole; the house's country reports."""
    c = read(ANSWER, "2024-02-09")["claims"]
    assert (c["25.0%"]["period"], c["25.0%"]["base_period"]) == ("2023-04/2023-12", "2022-04/2022-12")
    assert c["US$ 500.0 million"]["commodity"] == "jasmine rice"
    assert c["US$ 900.0 million"]["commodity"] == "rice"
    assert c["US$ 500.0 million"]["reporter"] == "IND"


def test_a_changed_base_in_an_answer_is_flagged():
    """Read: the same answer with a wrong earlier level is flagged on the growth."""
    r = read(ANSWER.replace("US$ 400.0 million during", "US$ 450.0 million during"), "2024-02-09")
    assert any("25.0%" in e for e in r["errors"])


FTT = ("The foreign trade turnover (FTT) of Kyrgyzstan in January-March 2024 amounted to $4.0 billion. "
       "Exports amounted to $1.0 billion, imports to $3.0 billion, and the negative balance to $2.0 billion.\n\n"
       "Main partners in the FTT:\n\n"
       "- China - $1.2 billion (30.0%);\n"
       "- Russia - $1.0 billion (25.0%).\n")


def test_an_acronym_defined_for_a_flow_names_that_flow():
    """Read: "the FTT" is the foreign trade turnover, so the rows under it are turnover with
    each country, not the balance named last."""
    c = read(FTT, "2024-04-20")["claims"]
    assert c["$1.2 billion"]["measure"] == "trade_total"
    assert c["$1.2 billion"]["partner"] == "CHN"


def test_a_wrong_share_of_the_acronym_flow_is_flagged():
    """Read: a share that does not fit the row's turnover against the total is flagged."""
    r = read(FTT.replace("(30.0%)", "(40.0%)"), "2024-04-20")
    assert any("40.0%" in e for e in r["errors"])
