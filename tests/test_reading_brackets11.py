"""Bracketed comparisons met in an eleventh round of passages (drafts and newsletters, an
African statistics office): a bracket labelled with a period, a "(vs ...)" bracket, and a
change said to run from one period to the next. How each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-02-20") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims = {c["text"]: c for c in result["claims"]}
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


LABELLED = ("Kenya's trade with Uganda grew in 2023.\n\n"
            "- Exports to Uganda: KSh85.3bn (2022: KSh80.1bn, +6.5%)\n")


def test_a_bracket_labelled_with_a_year_dates_only_its_own_figure():
    r = read(LABELLED)
    lead, earlier, change = r["claims"]["KSh85.3bn"], r["claims"]["KSh80.1bn"], r["claims"]["+6.5%"]
    assert (lead["period"], earlier["period"]) == ("2023", "2022")
    assert (earlier["measure"], earlier["partner"]) == ("exports", "UGA")
    assert (change["period"], change["base_period"]) == ("2023", "2022")
    assert r["errors"] == []
    assert read(LABELLED.replace("+6.5%", "+9.5%"))["errors"]


QUARTERS = ("Irish exports to the US fell 4.0% q/q to €18.0bn in the second quarter of 2024 (Q1: €18.75bn).")


def test_a_bracket_labelled_with_a_quarter_after_the_figures_own_quarter():
    r = read(QUARTERS, "2024-08-15")
    lead, earlier, change = r["claims"]["€18.0bn"], r["claims"]["€18.75bn"], r["claims"]["4.0%"]
    assert (lead["period"], earlier["period"]) == ("2024-Q2", "2024-Q1")
    assert (change["period"], change["base_period"]) == ("2024-Q2", "2024-Q1")  # (q/q: on the quarter before)
    assert r["errors"] == []
    assert read(QUARTERS.replace("4.0%", "6.0%"), "2024-08-15")["errors"]


def test_a_labelled_bracket_keeps_the_partner_of_the_figure_before_it():
    r = read("UK exports to the EU rose 1.0% to £45.0bn in the third quarter (Q2: £44.55bn). "
             "Exports to non-EU countries rose 2.0% to £51.0bn (Q2: £50.0bn).", "2024-11-14")
    lead, earlier = r["claims"]["£51.0bn"], r["claims"]["£50.0bn"]
    assert earlier["partner"] == lead["partner"] and earlier.get("partner_group") == lead.get("partner_group")
    assert earlier["period"] == "2024-Q2" and lead["period"] == "2024-Q3"
    assert r["errors"] == []


VERSUS = ("# India-Bangladesh, first half of 2024\n\n"
          "- Exports to Bangladesh: $4.2bn in H1 2024 (vs $3.9bn in H1 2023), +7.7%\n"
          "- Imports from Bangladesh: $0.72bn (vs $0.60bn), +20.0%\n")


def test_a_versus_bracket_is_the_earlier_level_and_the_change_after_compares_the_two():
    r = read(VERSUS, "2024-07-20")
    c = r["claims"]
    assert (c["$0.72bn"]["period"], c["$0.60bn"]["period"]) == ("2024-H1", "2023-H1")
    assert c["$0.60bn"]["measure"] == "imports"
    assert (c["+20.0%"]["period"], c["+20.0%"]["base_period"]) == ("2024-H1", "2023-H1")
    assert (c["+7.7%"]["period"], c["+7.7%"]["base_period"]) == ("2024-H1", "2023-H1")
    assert r["errors"] == []
    assert read(VERSUS.replace("+20.0%", "+30.0%"), "2024-07-20")["errors"]


def test_a_dated_versus_bracket_is_the_base_of_the_change_after_it():
    r = read("- Coffee exports: 1.2 mn t in 2023 (vs 1.5 mn t in 2022), -20.0%\n", "2024-02-01")
    change = r["claims"].get("-20.0%")
    assert change is None or (change["period"], change["base_period"]) == ("2023", "2022")


BETWEEN = ("South Africa's imports were R168.0 billion in June 2024. "
           "Imports increased from May 2024 to June 2024 by R8.0 billion (5.0%).")


def test_a_change_from_one_month_to_the_next_is_a_change_not_a_level():
    r = read(BETWEEN, "2024-07-31")
    amount, pct = r["claims"]["R8.0 billion"], r["claims"]["5.0%"]
    assert amount["measure"] == "other" and amount["period"] == "2024-06"
    assert (pct["kind"], pct["period"], pct["base_period"]) == ("percent_change", "2024-06", "2024-05")
    assert r["errors"] == []
    assert read(BETWEEN.replace("(5.0%)", "(6.0%)"), "2024-07-31")["errors"]
