"""Kinds of text met in round 37's sovereign prospectuses: tables of bare figures pasted from
a PDF under a header of several lines (years with footnote marks, fiscal years, column groups
such as "Nine months ended 30 September", a unit line under the years or split over two
lines) are read cell by cell, each cell of its column's period, so a changed cell, or a text
figure that restates or divides one, is checked."""
from tradecheck import verify_text


def read(text: str, published: str = "2024-06-10") -> dict:
    result = verify_text(text, published=published, reference="none").to_dict()
    claims: dict[str, list] = {}
    for c in result["claims"]:
        claims.setdefault(c["text"], []).append(c)
    errors = [f["message"] for f in result["findings"] if f["status"] == "inconsistent"]
    return {"claims": claims, "errors": errors}


BALANCE = """PAKISTAN

The table below sets out selected items of Pakistan's balance of payments. Pakistan's fiscal year runs from 1 July to 30 June.

                                          FY2021/22     FY2022/23(1)
                                             (U.S.$ billions)
Goods exports                                  32.5          27.7
Goods imports                                 (72.0)        (52.7)
Trade balance                                 (39.5)        (25.0)
_______________
(1) Provisional.

The trade deficit narrowed to U.S.$25.0 billion in FY2022/23 as goods imports fell to U.S.$52.7 billion.
"""


def test_fiscal_year_columns_over_a_unit_line_date_their_cells():
    """"FY2021/22   FY2022/23(1)" over "(U.S.$ billions)" over "Goods imports   (72.0)
    (52.7)": each cell is of its column's fiscal year (July to June, as the text says), in
    the unit line's unit, and a bracketed import is the imports' size (the minus the
    account's), where a bracketed balance is a deficit."""
    r = read(BALANCE)
    imports = r["claims"]["(52.7)"][0]
    assert (imports["measure"], imports["reporter"], imports["period"], imports["value"]) == ("imports", "PAK", "2022-07/2023-06", 52.7e9)
    balance = r["claims"]["(39.5)"][0]
    assert (balance["measure"], balance["period"], balance["value"]) == ("balance", "2021-07/2022-06", -39.5e9)
    assert r["errors"] == []


def test_a_changed_balance_cell_is_flagged():
    """The same table with the trade balance cell changed ("(29.0)" where exports less imports
    is -25.0, as the text also says): an error."""
    r = read(BALANCE.replace("(39.5)        (25.0)", "(39.5)        (29.0)"))
    assert r["errors"]


SHARES = """REPUBLIC OF GHANA

Exports of Goods by Destination

                       2021               2022
                   (U.S.$     (% of   (U.S.$     (% of
                  millions)   total) millions)   total)
Switzerland        3,100.0    21.7    3,350.0    19.1
India              2,400.0    16.8    2,900.0    16.5
Togo                 700.0     4.9      810.0     4.6
Other              8,100.0    56.6   10,490.0    59.8
Total             14,300.0   100.0   17,550.0   100.0

Exports to India rose by 20.8% in 2022. Taken together, Switzerland and Togo accounted for U.S.$4,160.0 million, or 23.7% of total exports, in 2022.
"""


def test_a_unit_split_over_two_header_lines_reads_amount_columns():
    """"(U.S.$" over "millions)" and "(% of" over "total)" under each year: the amount
    columns are money of their year, the share columns left to the text; the "Other" row
    under rows of countries is the rest of them, not a product."""
    r = read(SHARES)
    cell = r["claims"]["2,900.0"][0]
    assert (cell["measure"], cell["reporter"], cell["partner"], cell["period"], cell["value"]) == ("exports", "GHA", "IND", "2022", 2.9e9)
    assert "21.7" not in r["claims"]
    rest = r["claims"]["10,490.0"][0]
    assert rest["partner"].startswith("group:other than") and rest["commodity"] is None
    assert r["errors"] == []


def test_a_group_of_partners_set_against_the_total_cell_is_flagged():
    """"Switzerland and Togo accounted for U.S.$4,760.0 million, or 23.7% of total exports":
    against the Total cell of 2022 the share is 27.1%, an error."""
    r = read(SHARES.replace("U.S.$4,160.0 million", "U.S.$4,760.0 million"))
    assert any("23.7%" in e for e in r["errors"])


GROUPS = """REPUBLIC OF PERU

                                   Year ended          Six months ended
                                   31 December             30 June
                                  2022      2023        2023       2024(1)
                                           (U.S.$ millions)
Copper                          19,000.0  20,500.0    9,800.0   11,200.0
Gold                             8,600.0   9,900.0    4,700.0    5,900.0
Other                           12,400.0  13,100.0    6,300.0    6,700.0
Total exports                   40,000.0  43,500.0   20,800.0   23,800.0
Total imports                   35,000.0  36,200.0   17,900.0   18,600.0

In the six months ended 30 June 2024, copper accounted for 47.1% of total exports.
"""


def test_column_groups_date_their_years_and_rows_above_a_total_exports_row_are_exports():
    """"Year ended 31 December" over "2022  2023" and "Six months ended 30 June" over "2023
    2024(1)": the cells under the second group are of January to June; and a product row
    above "Total exports" is exports, though the rows end with imports."""
    r = read(GROUPS, published="2024-09-02")
    cell = r["claims"]["11,200.0"][0]
    assert (cell["measure"], cell["commodity"], cell["period"]) == ("exports", "copper", "2024-H1")
    assert r["claims"]["20,500.0"][0]["period"] == "2023"
    assert r["errors"] == []


def test_a_share_of_a_column_groups_total_is_checked():
    """"copper accounted for 41.7% of total exports" in the half year, where the table gives
    11,200.0 of 23,800.0 (47.1%): an error."""
    r = read(GROUPS.replace("47.1%", "41.7%"), published="2024-09-02")
    assert any("41.7%" in e for e in r["errors"])
