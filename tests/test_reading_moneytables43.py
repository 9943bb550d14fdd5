"""Money and counts broken down (a forty-third round of passages): a change between two
levels of a company's money with the half-year's end date between them ("for the six months
to March 31, down 9% from ..."), and counts of pieces listed by band under a breakdown
heading and summed on a line of their own ("In total, ..."). How each is read."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-06-01") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    errors = [f for f in result["findings"] if f["status"] == "inconsistent"]
    return {"findings": result["findings"], "errors": errors}


def _revenue(old: str) -> str:
    return ("The group reported revenue of A$8.4 billion for the six months to March 31, down 12% from "
            f"A${old} billion a year earlier, as freight rates eased.")


def test_a_change_between_two_levels_across_a_month_and_day():
    """"revenue of A$8.4bn for the six months to March 31, down 12% from A$9.5bn": the change
    is checked against its two levels, the day after the month no figure between them."""
    assert read(_revenue("9.5"))["errors"] == []
    errors = read(_revenue("10.5"))["errors"]
    assert [f["check"] for f in errors] == ["percent_change"]


def _bands(total: str) -> str:
    return ("Bicycle makers shipped fewer units in May.\n\n"
            "By price band in May:\n"
            "- under 500 euros: 1.20 million pieces, -4.0%\n"
            "- 500-1,500 euros: 0.65 million pieces, +2.1%\n"
            "- over 1,500 euros: 0.25 million pieces, -1.0%\n\n"
            f"In total, {total} million pieces were shipped.")


def test_bullets_of_pieces_by_band_add_up_to_the_total_line():
    """"- under 500 euros: 1.20 million pieces" ... "In total, 2.10 million pieces": the bands
    (figures in their labels left out) are all of the total line after them."""
    assert read(_bands("2.10"))["errors"] == []
    errors = read(_bands("2.30"))["errors"]
    assert [f["check"] for f in errors] == ["sum"]
    assert "2.3 million pieces" in errors[0]["message"] or "2.30 million pieces" in errors[0]["message"]


def test_a_list_under_another_heading_is_not_summed():
    """"Main markets:" over the bullets: a selection, which may leave parts out of the total."""
    text = _bands("2.30").replace("By price band in May:", "Main markets:")
    assert not [f for f in read(text)["errors"] if f["check"] == "sum"]
