"""Counts of vehicles ("units", "cars") as quantities, from a fifty-second round of passages:
a change dated "last year" whose earlier level the next sentence sets against it ("compared
with ... in 2022"), and a share tied to its level by a bare comma in a key-figure bullet. How
each kind is read."""
from tradecheck import verify_text


def errors(text: str, published: str = "2024-02-01") -> list[str]:
    d = verify_text(text, published=published, reference="none").to_dict()
    return [f["message"] for f in d["findings"] if f["status"] == "inconsistent"]


def _last_year(pct: str) -> str:
    return (f"Korea's car exports climbed {pct}% last year to 2.10 million units, the ministry said.\n\n"
            "Overseas shipments compared with 1.40 million units in 2022 and were about a third of "
            "output of 6.3 million units.")


def test_a_change_last_year_takes_the_level_compared_in_the_next_sentence():
    assert errors(_last_year("50")) == []
    assert any("1.40 million units" in e for e in errors(_last_year("30")))


def test_a_change_last_year_with_no_comparison_word_after_is_not_checked():
    text = ("Korea's car exports climbed 30% last year to 2.10 million units. "
            "Plants had built 1.40 million units in 2022.")
    assert errors(text) == []


def _bullets(pct: str) -> str:
    return ("Highlights for May:\n"
            "- Truck exports: 80,000 units, vs 60,000 in May 2023\n"
            f"- Electric truck exports: 12,000 units, {pct}% of truck exports\n")


def test_a_share_after_a_bare_comma_in_a_bullet_is_checked_against_the_named_flow():
    assert errors(_bullets("15")) == []
    assert any("12,000 units / 80,000 units" in e for e in errors(_bullets("25")))


def test_a_bare_comma_share_that_runs_on_is_not_read_as_a_share_of_the_level():
    text = ("Truck exports reached 80,000 units in May.\n"
            "Electric trucks sold 12,000 units, 25% of truck exports went to Europe.")
    assert errors(text) == []


def _table(first: str, words: str = "three") -> str:
    return ("Car exports came to about 300,000 units in the quarter. "
            f"The {words} biggest markets took 120,000 units, or 40% of the total:\n\n"
            "| Market | Units (Q1 2024) |\n|---|---|\n"
            f"| France | {first} |\n| Chile | 41,000 |\n| Japan | 27,000 |\n")


def test_a_table_under_ranked_markets_adds_up_to_their_level():
    assert errors(_table("52,000")) == []
    assert any("the whole is stated as 120,000 units" in e for e in errors(_table("72,000")))


def test_a_table_of_more_rows_than_the_ranked_count_is_no_sum_of_them():
    assert errors(_table("72,000", words="two")) == []


def _breakdown(pct: str, subject: str = "Sales abroad") -> str:
    return ("The carmaker sold 251,400 electric cars in May, up 20% on a year earlier. "
            "Of these, 21,300 units were sold abroad, up 8% from 19,700 units a year before. "
            f"{subject} accounted for {pct} percent of the group's total sales in May.")


def test_a_share_of_the_total_a_breakdown_cue_broke_down_is_the_part_over_that_level():
    assert errors(_breakdown("8.5")) == []
    assert any("21,300 units / 251,400 cars" in e for e in errors(_breakdown("9.5")))


def test_a_share_whose_subject_names_nothing_of_the_part_is_not_checked():
    assert errors(_breakdown("9.5", subject="Hybrid models")) == []
