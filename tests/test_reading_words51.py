"""Figures and fractions written in words, as a fifty-first round of passages wrote them: a
partner's "more than four-fifths of it" after a product's figure, a year-end dated "by the end
of last year" with a past perfect, and a change that opens
its sentence ("That's a drop of ...") standing for the two levels of the sentence before."""
from tradecheck import verify_text


def result(text: str, published: str = "2023-03-01") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str, published: str = "2023-03-01") -> list[str]:
    return [f["message"] for f in result(text, published)["findings"] if f["status"] == "inconsistent"]


def claim(text: str, kind: str, published: str = "2023-03-01") -> dict:
    return next(c for c in result(text, published)["claims"] if c["kind"] == kind)


def _partner_part(share: str, level: str) -> str:
    return f"Australian coal exports were worth A$60 billion in 2022. Japan takes {share} of it, about A${level} billion."


def test_a_partner_share_of_it_is_of_the_product_figure_before():
    c = claim(_partner_part("more than half", "35"), "share")
    assert (c["partner"], c["commodity"], c["bound"], c["factor_low"], c["factor_high"]) == ("JPN", "coal", "gt", 0.5, None)
    assert errors(_partner_part("more than half", "35")) == []
    assert any("stated as half (gt)" in e for e in errors(_partner_part("more than half", "25")))


def test_fraction_words_with_a_bound_keep_its_side():
    c = claim(_partner_part("less than half", "25"), "share")
    assert (c["bound"], c["factor_high"]) == ("lt", 0.5)
    assert errors(_partner_part("less than half", "25")) == []
    assert any("stated as half (lt)" in e for e in errors(_partner_part("less than half", "35")))
    assert errors(_partner_part("more than a third", "24")) == []
    assert errors(_partner_part("more than a third", "15"))
    assert errors(_partner_part("nearly two-thirds", "39")) == []
    assert errors(_partner_part("nearly two-thirds", "25"))


def test_by_the_end_of_last_year_with_a_past_perfect_is_the_year_before_publication():
    text = ("Tariffs were raised in March 2022. By the end of last year, Canadian lumber exports to the "
            "United States had dropped to $4.0 billion.")
    assert claim(text, "amount")["period"] == "2022"


def test_a_goal_by_the_end_of_a_year_is_still_no_period_of_the_figure():
    text = "The government wants exports to reach $9 billion by the end of next year."
    assert claim(text, "amount")["period"] != "2024"


def _drop(now: str) -> str:
    return (f"By the end of last year, Chilean copper exports to Japan had fallen to ${now} million, down from "
            "$400 million in 2020. That's a drop of roughly half in two years.")


def test_a_change_opening_its_sentence_is_between_the_two_levels_before():
    c = claim(_drop("200"), "percent_change")
    assert (c["partner"], c["commodity"], c["period"], c["base_period"]) == ("JPN", "copper", "2022", "2020")
    assert errors(_drop("200")) == []
    assert errors(_drop("320"))
