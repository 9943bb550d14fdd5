"""Company filings, round 54 (second pass): an earlier level in brackets under a fiscal
label ("(Q2FY21: Rs 900 crore)") is the level a change of company money is measured from;
a change of a quantity "to X (2017: Y)" is measured from the labelled earlier level in
brackets, in litres as in tonnes."""
from tradecheck import verify_text


def reading(text: str, published: str = "2024-06-30") -> dict:
    return verify_text(text, published=published, reference="none").to_dict()


def errors(text: str, published: str = "2024-06-30") -> list[str]:
    return [f["message"] for f in reading(text, published)["findings"] if f["status"] == "inconsistent"]


def test_a_change_of_company_revenue_is_measured_from_its_fiscal_labelled_earlier_level():
    text = ("Malabar Pumps Ltd - Q2FY22 results\n\n"
            "- Net sales rose {pct}% YoY to Rs 1,100 crore (Q2FY21: Rs 1,000 crore), helped by exports.\n"
            "- EBITDA margin was 14.2%, and the dividend was Rs 3 per share.\n")
    assert errors(text.format(pct="10"), "2021-11-10") == []
    assert errors(text.format(pct="25"), "2021-11-10")


def test_a_change_of_litres_is_measured_from_the_year_labelled_level_in_brackets():
    text = ("Cape Cellars Limited: results for the year ended 30 June 2017\n\n"
            "- Export volumes up {pct}% to 22.0 million litres (2016: 20.0 million litres)\n"
            "- Headline earnings per share of 88 cents\n")
    assert errors(text.format(pct="10"), "2017-09-01") == []
    assert errors(text.format(pct="4"), "2017-09-01")


def test_a_bracket_holding_more_than_the_labelled_level_is_not_read_as_it():
    text = ("Cape Cellars Limited: results for the year ended 30 June 2017\n\n"
            "- Export volumes up 4% to 22.0 million litres (2016: 20.0 million litres in bulk only)\n")
    assert errors(text, "2017-09-01") == []
