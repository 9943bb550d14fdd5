"""Small tables of one quantity, as a fifty-first round of passages wrote them: a plain table whose
unit closes its title line after a comma, under a prose total of the quantity the title names; and
a two-column pipe table whose figure column names the unit in brackets, with a share of the prose
total after it for one row. The rows are levels in the table's unit (check/table_row_levels.py)."""
from tradecheck import verify_text


def result(text: str, published: str = "2024-08-01") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str, published: str = "2024-08-01") -> list[str]:
    return [f["message"] for f in result(text, published)["findings"] if f["status"] == "inconsistent"]


def _titled(first: str, title: str = "H1 2024 crude oil imports") -> str:
    return ("Port data show crude oil imports reached 80.0 million barrels in the first half of 2024.\n\n"
            f"{title}, million barrels\n"
            f"  Iraq        {first}\n"
            "  Angola      20.5\n"
            "  Brazil      11.0\n\n"
            "Refiners said margins were thin.\n")


def test_rows_under_a_titled_unit_are_parts_of_the_prose_total():
    assert errors(_titled("40.2")) == []
    assert any("exceed the whole 80.0 million barrels" in e for e in errors(_titled("60.2")))


def test_rows_under_a_title_naming_another_quantity_are_not_set_against_the_total():
    assert errors(_titled("60.2", "H1 2024 refinery runs")) == []


def _piped(pct: str) -> str:
    return ("Canadian barley exports in 2023 totaled 4.0 million metric tons, officials said.\n\n"
            "Main buyers:\n\n"
            "| Buyer | Volume (million tons) |\n"
            "|---|---|\n"
            "| China | 2.4 |\n"
            "| Japan | 0.6 |\n"
            "| Mexico | 0.3 |\n\n"
            f"China stayed the top buyer, taking {pct} percent of the total.\n")


def test_a_share_of_the_total_for_a_pipe_table_row_is_that_row_over_the_prose_total():
    assert errors(_piped("60")) == []
    assert any("stated as 70%" in e for e in errors(_piped("70")))


def test_a_share_sentence_with_a_figure_of_its_own_is_not_tied_to_a_row():
    text = _piped("70").replace("taking 70 percent of the total", "taking 2.8 million tons, 70 percent of the total")
    assert not any("2.4 million tons" in e for e in errors(text))
