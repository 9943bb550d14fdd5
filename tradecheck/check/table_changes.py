"""The change column of a table of figures pasted as text:

    Malaysian palm oil data (tonnes):
                       August      July      m/m change
    Production      1,960,020   1,854,340    +5.70%
    Exports         1,560,300   1,404,210   +11.12%

    Supplier          CY2022   CY2023   Change
    Canada              38.2     41.5    +8.6%

A last column whose header names a change (vocab/change_columns.csv) gives, in each row, the
per cent change between the two level columns before it. Which of the two is the later the
header seldom says plainly ("August  July", "CY2022  CY2023"), so the rows say it: the order
most rows agree with (two at least, and more than disagree) is the table's, and a row whose
per cent its two levels cannot give is an error.

A change column need not be the last: one whose header names a change right after two
columns headed by periods ("Market  2020  2021  Growth  Share 2021") gives the change between
those two, wherever it stands (then only rows with a figure in every column are read, so each
figure is surely under its header). Under a plain "Change" (no per cent in the header) a
column of signed figures ("+45,220", "-7,050") is in the levels' own unit, their difference,
read the same way. Like check/table_arithmetic.py, this reads
the lines alone (the figures are mostly volumes, which are no claims), each figure to its
rounding as written."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..model import Finding
from .catalogue import Severity, Status, render
from .table_arithmetic import _blocks, _column, _column_name, _number, _under
from .volumes import _figure

# a change cell: a per cent, perhaps signed ("+11.12%", "-5.6%", "−0.4%", "3.0%"); under a
# header that names a per cent change ("% ch.", "y/y") the per cent sign may be left off ("-31.9"),
# and a fall may be set in accountants' brackets ("(2.0)": -2.0)
_CHANGE_CELL = re.compile(r"(?P<sign>[+\-−–]?)(?P<p>\d+(?:\.\d+)?)%")
_BARE_CHANGE_CELL = re.compile(r"(?P<sign>[+\-−–]?)(?P<p>\d+(?:\.\d+)?)%?|(?P<bracket>\()(?P<bp>\d+\.\d+)\)")


@functools.cache
def _change_header_re() -> re.Pattern:
    words = vocab.alternation(vocab.change_column_words(), ignore_case=True, space=r"\s+")
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.I)


def findings(text: str) -> list[Finding]:
    """A percent_change finding for each row whose change cell its two levels cannot give."""
    if ("%" not in text and "+" not in text and not _may_name_an_index(text)) \
            or ("  " not in text and "\t" not in text and "|" not in text):
        return []  # (no aligned table with a per cent, a signed change or an index: checked first, cheap)
    out = []
    for header, rows in _blocks(text):
        if header is None:
            continue
        full = max(rows, key=lambda r: len(r.figures))
        out += _index_findings(header, rows, full)
        for col in _change_columns(header, len(full.figures)):
            # a bare figure is a per cent only under a header that says so ("% ch.", "y/y"): a
            # plain "Change" may be in the levels' own unit; the rows' agreement guards the rest
            cell_re = _BARE_CHANGE_CELL if _percent_header(header[col]) else _CHANGE_CELL
            read = [row for row in rows if _in_its_columns(row, full, col)]
            changes = [r for r in (_change_row(row, cell_re, col) for row in read) if r is not None]
            out += _disagreeing(column_rounding(changes, col), header, col)
            if cell_re is _CHANGE_CELL:
                # ("May 1-31  Apr 1-30  Change" over "India  226,520  181,300  +45,220": a plain
                # "Change" whose cells are signed figures is in the levels' own unit, their difference)
                amounts = [r for r in (_amount_row(row, col) for row in read) if r is not None]
                out += _disagreeing(column_rounding(amounts, col), header, col, _allows_amount, _amount_finding)
    return out


# a header cell naming a period: a year ("2021", "FY2022", "CY2023") or a month
_PERIOD_HEADER = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


@functools.cache
def _index_header_re() -> re.Pattern:
    words = vocab.alternation([r["word"] for r in vocab.table("index_columns")], ignore_case=True, space=r"\s+")
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.I)


@functools.cache
def _index_words() -> tuple[str, ...]:
    """The index words as a text may write them (lower case, capitalised, upper case), for
    the cheap test before the tables are read."""
    words = [r["word"] for r in vocab.table("index_columns")]
    return tuple({v for w in words for v in (w, w.capitalize(), w.upper())})


def _may_name_an_index(text: str) -> bool:
    return any(w in text for w in _index_words())


# a header that is only a ratio of two years ("2025/2024"): an index column where most rows
# bear it out (under a stacked header its "Index" may stand on the line above)
_YEARS_RATIO = re.compile(r"\s*(?:19|20)\d\d\s*/\s*(?:19|20)\d\d\s*")
# an index cell: a bare positive figure ("94.7", "103")
_INDEX_CELL = re.compile(r"\d+(?:\.\d+)?")


def _index_findings(header: list[str], rows: list, full) -> list[Finding]:
    """A column headed by an index ("Indices 1999/1998" after "1998  1999"), the last or
    another (then only rows with a figure in every column are read): in each row the later
    of the two levels before it over the earlier, times 100, so its change is the index less
    100. Where the index's header names the two years the level columns are headed by
    ("1999/1998" over "1998  1999"), it is surely their ratio and the years say which is the
    later: every row (one at least agreeing, so the columns are read right) is held to it.
    Else, and for a column headed only by two years' ratio ("2025/2024", its "Index" on a line
    above), the order most rows agree with, as for a change column."""
    out = []
    for col in range(-1, -min(len(full.figures) - 2, len(header)) - 1, -1):
        named = _index_header_re().search(header[col]) is not None
        if not named and not _YEARS_RATIO.fullmatch(header[col]):
            continue
        read = [row for row in rows if _in_its_columns(row, full, col)]
        changes = column_rounding([r for r in (_index_row(row, col) for row in read) if r is not None], col)
        years = [_PERIOD_HEADER.findall(header[c]) if -c <= len(header) else [] for c in (col - 2, col - 1)]
        if named and all(len(y) == 1 for y in years) and years[0] != years[1] \
                and sorted(_PERIOD_HEADER.findall(header[col])) == sorted(years[0] + years[1]):
            out += _disagreeing(changes, header, col, order=int(years[1][0]) > int(years[0][0]))
        else:
            out += _disagreeing(changes, header, col)
    return out


def _levels_and_cell(row, cell_re: re.Pattern, col: int):
    """(the cell in column `col` from the right, as `cell_re` reads it, and the two positive
    levels before it) of a row, or None."""
    if len(row.figures) < 2 - col:
        return None
    cell = cell_re.fullmatch(row.figures[col][0])
    left, right = _number(row.figures[col - 2][0]), _number(row.figures[col - 1][0])
    if cell is None or left is None or right is None or left[0] - left[1] <= 0 or right[0] - right[1] <= 0:
        return None
    return cell, left, right


def _index_row(row, col: int = -1):
    """(row, left level, right level, signed per cent change, its rounding) for a row with two
    positive levels and an index after them in column `col` (from the right), or None."""
    found = _levels_and_cell(row, _INDEX_CELL, col)
    if found is None:
        return None
    cell, left, right = found
    p, ep = _figure(cell.group(0))
    return row, left, right, p - 100, ep


def _change_columns(header: list[str], n: int) -> list[int]:
    """The change columns of a table whose rows have `n` figures, each as its place from the
    right (-1 the last): the last column if its header names a change, and any column before
    it whose header names a change right after two headers naming periods."""
    cols = [-1] if _change_header_re().search(header[-1]) else []
    for col in range(-2, -min(n, len(header) - 1) + 1, -1):
        if _change_header_re().search(header[col]) and all(_names_period(header[c]) for c in (col - 2, col - 1)):
            cols.append(col)
    return cols


def _names_period(cell: str) -> bool:
    """Whether a header cell names a period (a year, or a month of vocab/months.csv)."""
    return _PERIOD_HEADER.search(cell) is not None or any(w in vocab.months() for w in re.findall(r"[a-z]+", cell.lower()))


# a header that makes a change column's figures per cents: a per cent sign, or a
# period-over-period rate ("y/y", "m/m", "y-o-y"), which is one ("+/-" is not: often in units)
_PERCENT_HEADER = re.compile(r"%|(?<!\w)[ymq](?:/|-o-)[ymq](?!\w)|(?<!\w)(?:yoy|mom)(?!\w)", re.I)


def _percent_header(header: str) -> bool:
    """Whether a change column's header makes its bare figures per cents."""
    return _PERCENT_HEADER.search(header) is not None


def _in_its_columns(row, full, col: int = -1) -> bool:
    """Whether a row's last three figures are the last three columns' ("Coverage (%)  70.1
    73.7  65.9  68.7" under "2014  2015  Change (%)  2014  2015  Change (%)" leaves both
    change columns blank: its last three figures stand under other columns). A row with as
    many figures as the block's fullest row (`full`) has them there; a shorter one only where
    each stands right under the full row's figure of that column. For a change column that is
    not the last (`col`), only a row as full as the fullest is read."""
    if len(row.figures) >= len(full.figures):
        return True
    return col == -1 and len(row.figures) >= 3 and all(_under(full, row, c) == c for c in (-3, -2, -1))


def _change_row(row, cell_re: re.Pattern = _CHANGE_CELL, col: int = -1):
    """(row, left level, right level, signed per cent, its rounding) for a row with two levels
    and a change cell in column `col` (from the right) after them, or None."""
    found = _levels_and_cell(row, cell_re, col)
    if found is None:
        return None
    cell, left, right = found
    if cell.groupdict().get("bracket"):
        p, ep = _figure(cell["bp"])
        return row, left, right, -p, ep  # ("(2.0)": a fall, in accountants' brackets)
    p, ep = _figure(cell["p"])
    return row, left, right, -p if cell["sign"] in "-−–" and cell["sign"] else p, ep


# a change cell in the levels' own unit: a signed figure, no per cent ("+45,220", "-7,050")
_AMOUNT_CELL = re.compile(r"(?P<sign>[+\-−–])(?P<n>\d[\d,]*(?:\.\d+)?)")


def _amount_row(row, col: int = -1):
    """(row, left level, right level, signed change, its rounding) for a row with two levels
    and a signed change in their unit in column `col` (from the right) after them, or None."""
    if len(row.figures) < 2 - col:
        return None
    cell = _AMOUNT_CELL.fullmatch(row.figures[col][0])
    left, right = _number(row.figures[col - 2][0]), _number(row.figures[col - 1][0])
    amount = _number(cell["n"]) if cell is not None else None
    if amount is None or left is None or right is None:
        return None
    return row, left, right, amount[0] if cell["sign"] == "+" else -amount[0], amount[1]


def column_rounding(changes: list, col: int = -1) -> list:
    """The rows (row, level, level, per cent, its rounding), each level column's figures to
    the column's rounding ("160,000" among "153,420" is exact, not to the ten thousand: see
    table_arithmetic._column); also of rate columns (rate_columns.py). `col` is the change
    column's place from the right; the level columns are the two before it."""
    if not changes:
        return changes
    left, right = (_column([c[0].figures[lc][0] for c in changes]) for lc in (col - 2, col - 1))
    if left is None or right is None:
        return []
    return [(c[0], a, b, c[3], c[4]) for c, a, b in zip(changes, left, right)]


def _allows(new: tuple[float, float], old: tuple[float, float], p: float, ep: float) -> bool:
    """Whether the change from `old` to `new` (each to its rounding) can be p (to its rounding) per cent."""
    lo, hi = ((new[0] - new[1]) / (old[0] + old[1]) - 1) * 100, ((new[0] + new[1]) / (old[0] - old[1]) - 1) * 100
    return p - ep <= hi and lo <= p + ep


def _allows_amount(new: tuple[float, float], old: tuple[float, float], d: float, ed: float) -> bool:
    """Whether the change from `old` to `new` (each to its rounding) can be d (to its rounding) in their unit."""
    return abs(new[0] - old[0] - d) <= new[1] + old[1] + ed + 1e-9


def _disagreeing(changes: list, header: list[str], col: int = -1, allows=None, finding=None,
                 order: bool | None = None) -> list[Finding]:
    """The findings for the rows that disagree with the order most rows agree with (`allows`
    a per cent change by default, or `_allows_amount`; `finding` the one for such a row). An
    `order` the header gives (True: the later level on the right) is held to, where one row
    at least agrees with it."""
    allows, finding = allows or _allows, finding or _finding
    best = None
    for later_right in (True, False) if order is None else (order,):
        agree = [c for c in changes if allows(*((c[2], c[1]) if later_right else (c[1], c[2])), c[3], c[4])]
        if best is None or len(agree) > len(best[1]):
            best = (later_right, agree)
    later_right, agree = best
    disagree = [c for c in changes if c not in agree]
    if order is not None and agree:
        return [finding(c, later_right, header, col) for c in disagree]
    if len(agree) < 2 or len(agree) <= len(disagree):
        return []  # (no order the rows bear out: no table of changes to check)
    return [finding(c, later_right, header, col) for c in disagree]


def _finding(c, later_right: bool, header: list[str], col: int = -1) -> Finding:
    row, _, _, p, _ = c
    new_col, old_col = (col - 1, col - 2) if later_right else (col - 2, col - 1)
    new, old = _number(row.figures[new_col][0]), _number(row.figures[old_col][0])
    actual = (new[0] / old[0] - 1) * 100
    n = len(row.figures)
    fields = {"new": f"{row.figures[new_col][0]} ({row.label}, {_column_name(header, new_col, n)})",
              "old": f"{row.figures[old_col][0]} ({_column_name(header, old_col, n)})",
              "change": f"{actual:+.1f}%", "text": row.figures[col][0], "stated_change": f"{p:+.1f}%"}
    return Finding(id="", check="percent_change", status=Status.INCONSISTENT, severity=Severity.ERROR, claims=[],
                   spans=[row.figures[new_col][1:], row.figures[col][1:], row.figures[old_col][1:]],
                   message=render("percent_change", "quantity_change", False, fields), expected=round(actual, 1), observed=p)


def _amount_finding(c, later_right: bool, header: list[str], col: int = -1) -> Finding:
    """The finding for a row whose signed change its two levels cannot give."""
    row, _, _, d, _ = c
    new_col, old_col = (col - 1, col - 2) if later_right else (col - 2, col - 1)
    new, old = _number(row.figures[new_col][0]), _number(row.figures[old_col][0])
    gap = new[0] - old[0]
    n = len(row.figures)
    fields = {"new": f"{row.figures[new_col][0]} ({row.label}, {_column_name(header, new_col, n)})",
              "old": f"{row.figures[old_col][0]} ({_column_name(header, old_col, n)})",
              "difference": f"{gap:+,.{len(row.figures[col][0].partition('.')[2])}f}", "text": row.figures[col][0]}
    return Finding(id="", check="percent_change", status=Status.INCONSISTENT, severity=Severity.ERROR, claims=[],
                   spans=[row.figures[new_col][1:], row.figures[col][1:], row.figures[old_col][1:]],
                   message=render("percent_change", "absolute", False, fields), expected=gap, observed=d)
