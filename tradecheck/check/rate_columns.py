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
no claims), each figure to its rounding as written."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..model import Finding
from .catalogue import Severity, Status, render
from .table_arithmetic import _blocks, _column_name, _number
from .table_changes import column_rounding
from .volumes import _figure

_RATE_CELL = re.compile(r"(?P<p>\d+(?:\.\d+)?)\s?%")


@functools.cache
def _rate_header_re() -> re.Pattern:
    words = vocab.alternation([r["word"] for r in vocab.table("rate_columns")], ignore_case=True, space=r"\s+")
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.I)


def findings(text: str) -> list[Finding]:
    """A ratio finding for each row whose rate cell its two levels cannot give."""
    if "%" not in text or ("  " not in text and "\t" not in text and "|" not in text):
        return []  # (no aligned table with a per cent: checked first, cheap)
    out = []
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


def _allows(whole: tuple[float, float], part: tuple[float, float], p: float, ep: float) -> bool:
    """Whether `part` over `whole` (each to its rounding) can be p (to its rounding) per cent."""
    lo, hi = (part[0] - part[1]) / (whole[0] + whole[1]) * 100, (part[0] + part[1]) / (whole[0] - whole[1]) * 100
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
