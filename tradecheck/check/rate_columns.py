"""The rate column of a table of figures pasted as text:

    Category        Quota      Used    Fill rate
    Wire rod      500,000   410,000      82%
    Rebars        263,600   118,200      45%
    Total         763,600   528,200      69%

A last column of percentages whose header names a rate of use (vocab/rate_columns.csv: "fill
rate", "utilisation") gives, in each row, the level right before it over the level before
that, in per cent. Which two columns the header relates it seldom says, so the rows say it:
the rate is checked only where at least two other rows bear the reading out and more rows
agree than disagree, and a row whose two levels cannot give its per cent is an error. Like
check/table_changes.py this reads the lines alone (the figures are mostly volumes, which are
no claims), each figure to its rounding as written.

A last column headed by money over a unit ("$/ct" after "Volume (Mct)" and "Value ($ mln)")
is likewise a value over a volume in each row, times a power of ten the two columns' scales
set; which power, the rows say, on the same terms as a rate's two columns."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..model import Finding
from .catalogue import Severity, Status, render
from .table_arithmetic import _MONEY_PER_UNIT, _blocks, _column_name, _number
from .table_changes import column_rounding
from .volumes import _figure

_RATE_CELL = re.compile(r"(?P<p>\d+(?:\.\d+)?)\s?%")


@functools.cache
def _rate_header_re() -> re.Pattern:
    words = vocab.alternation([r["word"] for r in vocab.table("rate_columns")], ignore_case=True, space=r"\s+")
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.I)


def findings(text: str) -> list[Finding]:
    """A ratio finding for each row whose rate cell its two levels cannot give."""
    if "  " not in text and "\t" not in text and "|" not in text:
        return []  # (no aligned table: checked first, cheap)
    out = _unit_value_findings(text) if "/" in text else []
    if "%" not in text:
        return out  # (no per cent: no rate column)
    for header, rows in _blocks(text):
        if header is None or not _rate_header_re().search(header[-1]):
            continue
        rates = column_rounding([r for r in (_rate_row(row) for row in rows) if r is not None])
        agree = [r for r in rates if _allows(*r[1:])]
        disagree = [r for r in rates if r not in agree]
        if len(agree) < 2 or len(agree) <= len(disagree):
            continue  # (no reading the rows bear out: no table of rates to check)
        out += [_finding(r, header) for r in disagree]
    return out


def _rate_row(row):
    """(row, whole, part, per cent, its rounding) for a row that ends in two levels and a rate."""
    if len(row.figures) < 3:
        return None
    cell = _RATE_CELL.fullmatch(row.figures[-1][0])
    whole, part = _number(row.figures[-3][0]), _number(row.figures[-2][0])
    if cell is None or whole is None or part is None or whole[0] - whole[1] <= 0 or part[0] < 0:
        return None
    p, ep = _figure(cell["p"])
    return row, whole, part, p, ep


def _allows(whole: tuple[float, float], part: tuple[float, float], p: float, ep: float, factor: float = 100) -> bool:
    """Whether `part` over `whole` (each to its rounding) can be p (to its rounding) per cent
    (or, with another `factor`, that many of the rate's unit)."""
    lo, hi = (part[0] - part[1]) / (whole[0] + whole[1]) * factor, (part[0] + part[1]) / (whole[0] - whole[1]) * factor
    return p - ep <= hi + 1e-9 and lo - 1e-9 <= p + ep


def _finding(r, header: list[str]) -> Finding:
    row, whole, part, p, _ = r
    n = len(row.figures)
    share = part[0] / whole[0] * 100
    fields = {"part": f"{row.figures[-2][0]} ({row.label}, {_column_name(header, -2, n)})",
              "whole": f"{row.figures[-3][0]} ({_column_name(header, -3, n)})",
              "share": f"{share:.1f}%", "text": f"{row.figures[-1][0]} ({row.label}, {_column_name(header, -1, n)})",
              "bound": "eq"}
    return Finding(id="", check="ratio", status=Status.INCONSISTENT, severity=Severity.ERROR, claims=[],
                   spans=[row.figures[-1][1:], row.figures[-2][1:], row.figures[-3][1:]],
                   message=render("ratio", "share", False, fields), expected=round(share, 1), observed=p)


_PER_UNIT_HEADER = re.compile(rf"{_MONEY_PER_UNIT}")
_UNIT_AFTER_SLASH = re.compile(r"/\s*(?P<unit>[A-Za-z]+)")
_POWERS = tuple(10.0 ** n for n in range(-9, 10))


def _unit_value_findings(text: str) -> list[Finding]:
    """A finding for each row whose money per unit its value and volume cannot give, in a
    table whose other rows bear out one power of ten between them."""
    out = []
    for header, rows in _blocks(text):
        if header is None or len(header) < 3 or not _PER_UNIT_HEADER.search(header[-1]):
            continue
        cells = [r for r in (_unit_value_row(row) for row in rows) if r is not None]
        best: list = []
        for power in _POWERS:
            agree = [r for r in cells if _allows(r[1], r[2], r[3], r[4], power)]
            if len(agree) > len(best):
                best, factor = agree, power
        disagree = [r for r in cells if r not in best]
        if len(best) < 3 or len(best) <= len(disagree):
            continue  # (no power of ten the rows bear out: no table of unit values to check)
        out += [_unit_value_finding(r, header, factor) for r in disagree]
    return out


def _unit_value_row(row):
    """(row, volume, value, money per unit, its rounding) for a row ending in those three."""
    if len(row.figures) < 3:
        return None
    volume, value, price = (_number(row.figures[i][0]) for i in (-3, -2, -1))
    if volume is None or value is None or price is None or volume[0] - volume[1] <= 0 or value[0] < 0:
        return None
    return row, volume, value, price[0], price[1]


def _unit_value_finding(r, header: list[str], factor: float) -> Finding:
    row, volume, value, price, _ = r
    n = len(row.figures)
    rate = value[0] / volume[0] * factor
    unit = _UNIT_AFTER_SLASH.search(header[-1])
    fields = {"whole": f"{row.figures[-2][0]} ({row.label}, {_column_name(header, -2, n)})",
              "count": f"{row.figures[-3][0]} ({_column_name(header, -3, n)})",
              "rate": f"{rate:,.2f}", "unit": unit["unit"] if unit else header[-1],
              "text": row.figures[-1][0], "bound": "eq"}
    return Finding(id="", check="ratio", status=Status.INCONSISTENT, severity=Severity.ERROR, claims=[],
                   spans=[row.figures[-1][1:], row.figures[-2][1:], row.figures[-3][1:]],
                   message=render("ratio", "per_thing", False, fields), expected=round(rate, 2), observed=price)
