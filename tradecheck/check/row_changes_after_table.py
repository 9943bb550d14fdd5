"""A change the prose right after a table states for one of its rows:

    Supplier         2022       2023
    Japan         218,000    244,000
    Canada        236,000    271,000
    ...

    Imports from Canada thus rose by 14.8%, while those from Japan increased by 11.9%.

A table whose columns are headed by years, whose rows are labelled by places, and a per cent
change in the paragraph right after it of one of those places between two of those years:
the change restates the row (the table's figures, mostly volumes, are no claims, so no other
check sets the two side by side). A change the row's two levels cannot give is an error."""
from __future__ import annotations

import re

from ..extract.mentions import find_countries
from ..model import Claim, Finding
from .catalogue import Severity, Status, render
from .table_arithmetic import _blocks, _column
from .table_changes import _allows

_YEAR = re.compile(r"(?:19|20)\d\d")


def findings(text: str, claims: list[Claim]) -> list[Finding]:
    changes = [c for c in claims if c.kind == "percent_change" and c.factor is not None and c.partner and c.period
               and c.base_period and c.basis.get("pair") == "text" and c.measure in ("exports", "imports")]
    if not changes or ("  " not in text and "|" not in text):
        return []  # (no change of a place, or no table: checked first, cheap)
    out = []
    for header, rows in _blocks(text):
        years = _year_columns(header, rows)
        if years is None:
            continue
        body = rows[1:] if header is None else rows
        end = body[-1].figures[-1][2]
        after = [c for c in changes if c.start > end and "\n\n" not in text[end:c.start].strip("\n")]
        for c in after:
            f = _row_change(c, body, years)
            if f is not None:
                out.append(f)
    return out


def _year_columns(header, rows) -> list[str] | None:
    """The years heading the figure columns, left to right: from the header line, or (an
    aligned table whose header is read as its first row) from the first row's figures."""
    cells = header[1:] if header is not None else [f[0] for f in rows[0].figures]
    cells = [x.strip() for x in cells]
    if len(cells) < 2 or not all(_YEAR.fullmatch(x) for x in cells) or any(len(r.figures) != len(cells) for r in rows[1:]):
        return None
    return cells


def _row_change(c: Claim, rows, years: list[str]) -> Finding | None:
    """The finding for a change of the place a row is labelled by, between two of the
    table's years (None when no row or no two columns are its)."""
    if c.period not in years or c.base_period not in years:
        return None
    if c.basis.get("base_period") == "guess" and int(c.period) - int(c.base_period) != 1:
        return None  # (a guessed earlier year is read only as the year before the stated one)
    named = [r for r in rows if _place_of(r.label) == c.partner]
    if len(named) != 1:
        return None
    row, n = named[0], len(years)
    new_col, old_col = years.index(c.period) - n, years.index(c.base_period) - n
    new, old = (_column([r.figures[col][0] for r in rows]) for col in (new_col, old_col))
    if new is None or old is None:
        return None
    i = rows.index(row)
    p = (c.factor - 1) * 100
    digits = c.text.split("%")[0].split(".")
    ep = 0.5 * 10 ** -len(digits[1]) if len(digits) > 1 else 0.5
    if old[i][0] - old[i][1] <= 0 or _allows(new[i], old[i], p, ep):
        return None
    actual = (new[i][0] / old[i][0] - 1) * 100
    fields = {"new": f"{row.figures[new_col][0]} ({row.label}, {c.period})", "old": f"{row.figures[old_col][0]} ({c.base_period})",
              "change": f"{actual:+.1f}%", "text": c.text, "stated_change": f"{p:+.1f}%"}
    return Finding(id="", check="percent_change", status=Status.INCONSISTENT, severity=Severity.ERROR, claims=[c.id],
                   spans=[row.figures[new_col][1:], (c.start, c.end), row.figures[old_col][1:]],
                   message=render("percent_change", "quantity_change", False, fields), expected=round(actual, 1), observed=round(p, 1))


def _place_of(label: str) -> str | None:
    """The place a row's label is, all of it ("United States"), or None."""
    found = find_countries(label)
    if len(found) != 1 or found[0].start > 0 or label[found[0].end:].strip():
        return None
    return found[0].attrs.get("iso")
