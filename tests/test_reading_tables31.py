"""Plain-text tables (columns aligned by spaces or dot leaders, as statistics offices' releases
and think-tank notes print them): the arithmetic inside them, read without a header row of
cells, with a balance row shorter than its flows' rows, and with a column of shares."""
from tradecheck import verify_text


def errors(text: str, published: str = "2025-03-10") -> list[str]:
    result = verify_text(text, published=published, reference="none").to_dict()
    return [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]


# one figure a line, the unit in a caption, partner rows and a closing total
def partner_list(first: str) -> str:
    return ("Kenya's tea exports by market, 2024 (KSh billion):\n\n"
            f"Pakistan         {first}\n"
            "Egypt            28.4\n"
            "Britain          17.9\n"
            "Total           108.8\n\n"
            "The board said prices held up in the second half.")


def test_rows_of_one_figure_that_add_up_to_their_total_are_no_error():
    assert errors(partner_list("62.5")) == []


def test_rows_of_one_figure_that_exceed_their_total_are_an_error():
    found = errors(partner_list("66.5"))
    assert len(found) == 1 and "exceed the whole 108.8 (Total)" in found[0]


def test_rows_of_one_figure_short_of_their_total_may_list_only_some_parts():
    # ("Total" under the three largest markets: the rest are not listed)
    assert errors(partner_list("40.5")) == []


def test_dot_leaders_part_a_label_from_its_figure():
    text = ("Imports by category (EUR million)\n"
            "Capital goods ................... 1,204.6\n"
            "Consumer goods ..................   812.0\n"
            "Total ........................... {}\n")
    assert errors(text.format("2,016.6")) == []
    assert len(errors(text.format("1,916.6"))) == 1


def test_a_part_counted_twice_leaves_a_list_unread():
    # ("Crude oil" is part of "Fuels": the excess is that row, so the rows are nested)
    text = ("Exports by product (US$ million)\n"
            "Fuels            900.0\n"
            "Crude oil        600.0\n"
            "Other goods      300.0\n"
            "Total          1,200.0\n")
    assert errors(text) == []


def flows_table(balance_2024: str) -> str:
    return ("Table 3: Japan's goods trade with Korea, $ billion\n"
            "                        2022     2023     2024    Change 2023-24\n"
            "Exports to Korea        54.0     47.2     46.1        -2.3%\n"
            "Imports from Korea      29.8     28.4     29.9        +5.3%\n"
            f"Balance                 24.2     18.8     {balance_2024}\n")


def test_a_balance_row_without_a_change_cell_is_read_column_by_column():
    assert errors(flows_table("16.2")) == []
    found = errors(flows_table("19.2"))
    assert len(found) == 1 and "46.1 - imports 29.9" in found[0] and "2024" in found[0]


def test_a_deficit_printed_with_its_sign_is_compared_by_size():
    text = ("                        2023     2024\n"
            "Exports                 12.5     13.0\n"
            "Imports                 20.1     21.4\n"
            "Balance                 -7.6     {}\n")
    assert errors(text.format("-8.4")) == []
    assert len(errors(text.format("-9.4"))) == 1


def shares_table(share: str) -> str:
    return ("Imports of goods by country, 2024\n\n"
            "Country          NOK billion   Share, %\n"
            "China                  118.6       12.9\n"
            "Germany                 96.2       10.5\n"
            f"Sweden                  88.0       {share}\n"
            "Total                  918.4      100.0\n")


def test_a_share_column_is_each_row_over_the_total():
    assert errors(shares_table("9.6")) == []
    found = errors(shares_table("8.6"))
    assert len(found) == 1 and "88.0 (Sweden) / 918.4 (Total)" in found[0]


def test_a_column_of_percentages_not_named_shares_is_left():
    text = shares_table("8.6").replace("Share, %", "Growth %")
    assert errors(text) == []
