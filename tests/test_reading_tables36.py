"""Tables (round 36): a chart's data table whose money cells carry their currency sign and
scale ("Coffee | $4.1B | 9.8%") is read like any table of figures: its rows add up to its
"Total" row (an "Other" row closing the products), and a "Share" column is each row's level
over the total's. A column that mixes scales ("$850M" above "$1.2B") is summed by no one."""
from tradecheck import verify_text
from tradecheck.check import table_arithmetic


def errors(text: str, published: str = "2024-03-01") -> list[str]:
    result = verify_text(text, published=published, reference="none").to_dict()
    return [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]


PRODUCTS = ("Peru's Top Exports (2023)\n"
            "Product | Export value | Share\n"
            "Copper ore | $22.0B | 34.4%\n"
            "Gold | $11.5B | 18.0%\n"
            "Fishmeal | $2.0B | 3.1%\n"
            "Other | $28.5B | 44.5%\n"
            "Total | $64.0B | 100.0%\n\n"
            "Peru's exports rose 1.5% in 2023, led by its mines.")


def test_product_rows_with_money_cells_add_up_to_the_total_row():
    """Read: "Copper ore | $22.0B" ... "Other | $28.5B" sum to "Total | $64.0B": no error."""
    assert errors(PRODUCTS) == []


def test_a_changed_product_row_breaks_the_tables_sum_and_its_share():
    """Gold at $15.1B: the rows add up to 67.6 against the total's 64.0, and 15.1/64.0 is not 18.0%."""
    found = errors(PRODUCTS.replace("$11.5B", "$15.1B"))
    assert any("Total" in m and "67.6" in m for m in found)
    assert any("18.0%" in m for m in found)


def test_money_cells_of_one_scale_are_figures_and_mixed_scales_no_sum():
    """Read: "$58.0B" is 58.0 in its column's unit; "$850M" beside "$1.2B" makes no column."""
    assert table_arithmetic._number("$58.0B") == (58.0, 0.05)
    assert table_arithmetic._column(["$850M", "$1.2B"]) is None
    assert table_arithmetic._column(["$0.8B", "$1.2B"]) is not None
