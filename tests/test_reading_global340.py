"""Tables of regions whose long names wrap over lines (a fortieth round of passages, global
trade reports): how their rows are read and checked."""
from tradecheck import verify_text


def errors(text: str, published: str = "2024-03-01") -> list[str]:
    result = verify_text(text, published=published, reference="none").to_dict()
    return [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]


def table(share: str) -> str:
    return ("Services exports by region, 2023\n\n"
            "Region                        US$ billion     Share (%)\n"
            "Oceania                            40.0          20.0\n"
            "Eastern Europe and\n"
            "  the Western Balkans              60.0          30.0\n"
            f"Southern and Eastern\n"
            "  Africa, incl. the Horn\n"
            f"  and the Indian Ocean             100.0          {share}\n"
            "World                             200.0         100.0\n")


def test_a_region_whose_name_wraps_is_one_row_of_the_table():
    """A row label wrapped over lines ("Eastern Europe and" / "  the Western Balkans  60.0")
    keeps the table whole: the rows add up to the World row, each share agrees."""
    assert errors(table("50.0")) == []


def test_a_changed_share_of_a_wrapped_row_is_flagged():
    """The share of a row below a wrapped label is read against its level over the World
    row's: 100.0 / 200.0 is 50%, not 45%."""
    found = errors(table("45.0"))
    assert any("100.0 (Southern and Eastern Africa, incl. the Horn and the Indian Ocean) / 200.0 (World)" in m
               for m in found), found


def test_a_capitalised_line_under_a_label_line_is_no_wrap():
    """A line of words over a row that opens a new label ("Notes" over "Asia   ...") is no
    wrapped label: the table is not joined across it, and nothing is flagged."""
    text = ("Region        US$ billion     Share (%)\n"
            "Asia               40.0          20.0\n"
            "Europe             60.0          30.0\n"
            "Others\n"
            "  Total           100.0          50.0\n")
    assert errors(text) == []
