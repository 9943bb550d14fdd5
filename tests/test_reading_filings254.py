"""Company filings, round 54 (second pass): an earlier level in brackets under a fiscal
label ("(Q2FY21: Rs 900 crore)") is the level a change of company money is measured from;
a change of a quantity "to X (2017: Y)" is measured from the labelled earlier level in
brackets, in litres as in tonnes; a share "of revenue from operations" is of the level
printed under that name, and a regional row's "(N% of exports)" in a company's report is of
its export revenue."""
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


def test_a_share_of_revenue_from_operations_is_of_the_row_so_named():
    text = ("Kaveri Yarns Limited\n\n"
            "Results for the quarter ended June 30, 2023 (Rs crore):\n\n"
            "Particulars                 Q1 FY24    Q1 FY23\n"
            "Revenue from operations       1,000        900\n"
            "Export sales                    400        350\n"
            "EBITDA                          150        120\n\n"
            "- Export sales rose 14% to Rs 400 crore and accounted for {pct}% of revenue from operations.\n"
            "- The Board declared an interim dividend of Rs 2 per share.\n")
    assert errors(text.format(pct="40"), "2023-08-10") == []
    assert errors(text.format(pct="55"), "2023-08-10")


def test_a_share_of_revenue_from_operations_with_no_level_so_named_is_not_checked():
    text = ("Kaveri Yarns Limited\n\n"
            "- Export sales rose 14% to Rs 400 crore in the June quarter and accounted for 55% of "
            "revenue from operations. EBITDA was Rs 90 crore and the dividend Rs 2 per share.\n")
    assert errors(text, "2023-08-10") == []


def test_a_regional_row_share_of_exports_is_of_the_company_export_revenue():
    text = ("Nashik Castings Limited - Press Release\n\n"
            "Results for FY2022\n\n"
            "- Total income of Rs 2,000 crore; EBITDA of Rs 300 crore\n"
            "- Export revenue of Rs 1,000 crore, up 10% from Rs 909 crore\n"
            "- Americas: Rs 600 crore ({pct}% of exports)\n"
            "- The Board recommended a dividend of Rs 2 per share.\n")
    assert errors(text.format(pct="60"), "2022-05-20") == []
    assert errors(text.format(pct="70"), "2022-05-20")

