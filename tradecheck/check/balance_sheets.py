"""The totals of a one-column balance pasted as text, a label and one figure a line (or a
Markdown table of two columns, "| Peru | 12.5 |"):

    Wheat supply and distribution, MY 2024/25 forecast (MMT)
    Beginning stocks            3.4
    Production                 31.5
    Imports                     0.2
    Total supply               35.1
    Feed and residual           4.5
    Food, seed and industrial   3.6
    Total domestic consumption  8.1
    Exports                    25.0
    Ending stocks               2.0
    Total distribution         35.1

Supply-and-use tables of attaché reports, grain boards and statistical briefs print them. A
row whose label names a total (vocab/table_row_labels.csv) is the sum of some run of the rows
right above it; which run the lines do not say ("Total distribution" adds the subtotal of
consumption and the rows after it), so every run is tried. With one column there is no other
column to tell a total of all its parts from one of a few, so a list is read as a balance
only where another of its totals adds up: then a total that no run above it gives is an
error. (check/table_arithmetic.py reads tables of two columns or more.)

A list under a caption that names a balance of supply and use (vocab/balance_captions.csv)
with no total after its supply's total ("Total supply 21,045" then "Exports 7,000", "Domestic
use 11,300", its "of which" lines indented under it, "Carry-out stocks 2,745") holds all the
supply's uses after it: the rows after that total, at the list's own indent, add up to it."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..model import Finding
from .catalogue import Severity, Status, render
from .table_arithmetic import _FIGURE, _column, _is, dots_group_thousands, ungroup_dots

# a line of a one-column list: its label (no figure in it), a gap of two spaces or more, a
# tab or a dotted leader, and one figure ending the line
_LINE = re.compile(r"(?P<indent>[ \t]*)(?P<label>[A-Za-z][^\d\n|]*?)(?:[ \t]{2,}|\t|\s*\.{2,}\s*)(?P<fig>" + _FIGURE.pattern + r")[ \t]*$")
# the same as a Markdown table of two columns: "| Peru | 12.5 |" (no indent of its own)
_PIPE_LINE = re.compile(r"[ \t]*\|[ \t]*(?P<indent>)(?P<label>[A-Za-z][^\d\n|]*?)[ \t]*\|[ \t]*(?P<fig>" + _FIGURE.pattern + r")[ \t]*\|?[ \t]*$")


def findings(text: str) -> list[Finding]:
    """A sum finding for each total of a one-column balance that no run of rows above it gives."""
    if "  " not in text and "\t" not in text and ".." not in text and "|" not in text:
        return []  # (no aligned list: checked first, cheap)
    out = []
    for rows, caption in _lists(text):
        found = _list_findings(rows)
        out += found or _listed_parts_findings(rows)
        if _balance_caption_re().search(caption):
            out += _use_findings(rows)
    return out


def _lists(text: str) -> list[tuple[list[tuple[str, str, int, int, int]], str]]:
    """Each run of three lines or more that hold a label and one figure: (label, figure, its
    span, its indent), with the line above the run (its caption, or "")."""
    out, rows, pos, above, caption = [], [], 0, "", ""
    dots = None  # (whether the text groups thousands by dots: asked at the first row only)
    for line in text.split("\n"):
        m = _LINE.fullmatch(line) if "|" not in line else _PIPE_LINE.fullmatch(line)
        if m is not None:
            dots = dots_group_thousands(text) if dots is None else dots
            rows.append((m["label"].strip(), ungroup_dots(m["fig"]) if dots else m["fig"], pos + m.start("fig"), pos + m.end("fig"), len(m["indent"].expandtabs())))
        else:
            if len(rows) >= 3:
                out.append((rows, caption))
            rows = []
            if line.strip() and not _RULE.fullmatch(line):
                above = line  # (a table's caption, not the |---| rule under its header)
        if m is not None and len(rows) == 1:
            caption = above
        pos += len(line) + 1
    if len(rows) >= 3:
        out.append((rows, caption))
    return out


_RULE = re.compile(r"[\s|:-]+")
# a figure's decimals, before any scale after it ("12.9" of "NZ$12.9 billion", "58.0" of "$58.0B")
_DECIMALS = re.compile(r"[.,](\d{1,2})(?:bn|tn|mn|[BMKTmk]| billion| million| trillion)?$")


def _list_findings(rows: list[tuple[str, str, int, int, int]]) -> list[Finding]:
    values = _column([r[1] for r in rows])
    if values is None:
        return []  # (a cell that is no level: a per cent's sign, say)
    agreeing, failing = 0, []
    for i, (label, *_) in enumerate(rows):
        if i < 2 or not _is(label, "total"):
            continue
        if any(_adds_up(values[i - k:i], values[i]) for k in range(2, i + 1)):
            agreeing += 1
        else:
            failing.append(i)
    if not agreeing:
        return []  # (no total of the list adds up: no balance to hold it to)
    return [_finding(rows, values, i) for i in failing]


@functools.cache
def _balance_caption_re() -> re.Pattern:
    words = vocab.alternation([r["phrase"] for r in vocab.table("balance_captions")], ignore_case=True, space=r"\s+")
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.I)


def _use_findings(rows) -> list[Finding]:
    """A sum finding where the uses after a balance's only total, at the list's indent, do not
    add up to it (the supply is all used). None where another total follows it (those are
    checked as totals), or where fewer than two uses follow."""
    totals = [i for i, r in enumerate(rows) if _is(r[0], "total")]
    if len(totals) != 1:
        return []
    i = totals[0]
    indent = min(r[4] for r in rows)
    uses = [j for j in range(i + 1, len(rows)) if rows[j][4] == indent]
    values = _column([r[1] for r in rows])
    if len(uses) < 2 or values is None or _adds_up([values[j] for j in uses], values[i]):
        return []
    parts = [rows[j] for j in uses]
    total = sum(values[j][0] for j in uses)
    decimals = max(len(m[1]) if (m := _DECIMALS.search(r[1])) else 0 for r in parts)
    fields = {"parts": " + ".join(f"{r[1]} ({r[0]})" for r in parts),
              "sum": f"{total:,.{decimals}f}", "stated": f"{rows[i][1]} ({rows[i][0]})"}
    return [Finding(id="", check="sum", status=Status.INCONSISTENT, severity=Severity.ERROR, claims=[],
                    spans=[rows[i][2:4]] + [r[2:4] for r in parts],
                    message=render("sum", "parts", False, fields), expected=total, observed=values[i][0])]


def _listed_parts_findings(rows) -> list[Finding]:
    """A list of parts closed by its one total ("Saudi Arabia  97.3", "Oman  36.2", ... "Total
    196.4"; "Energy ....  2,198.3", "Non-energy ....  647.3", "Total ....  2,845.6"): with one
    column, a total below fewer rows than its whole has ("Total" under the five largest
    partners) is no sum of them, so only parts that together EXCEED the total are an error. A
    list whose rows are nested is left: one indented deeper, another total among the parts, or
    a row that is the excess itself (an "of which" line counted twice)."""
    if len(rows) < 3 or not _is(rows[-1][0], "total") or any(_is(r[0], "total") for r in rows[:-1]):
        return []
    if len({r[4] for r in rows[:-1]}) > 1:
        return []
    values = _column([r[1] for r in rows])
    if values is None:
        return []
    parts, whole = values[:-1], values[-1]
    total, err = sum(v for v, _ in parts), sum(e for _, e in parts) + whole[1]
    if total - whole[0] <= err or any(abs(v - (total - whole[0])) <= err + e for v, e in parts):
        return []
    decimals = max(len(m[1]) if (m := _DECIMALS.search(r[1])) else 0 for r in rows[:-1])
    fields = {"parts": " + ".join(f"{r[1]} ({r[0]})" for r in rows[:-1]),
              "sum": f"{total:,.{decimals}f}", "whole": f"{rows[-1][1]} ({rows[-1][0]})"}
    return [Finding(id="", check="bound", status=Status.INCONSISTENT, severity=Severity.ERROR, claims=[],
                    spans=[rows[-1][2:4]] + [r[2:4] for r in rows[:-1]],
                    message=render("bound", "parts", False, fields), expected=total, observed=whole[0])]


def _adds_up(parts: list[tuple[float, float]], whole: tuple[float, float]) -> bool:
    """Whether the parts (each to its rounding) can make the whole (to its rounding)."""
    total, err = sum(v for v, _ in parts), sum(e for _, e in parts) + whole[1]
    return abs(total - whole[0]) <= err


def _finding(rows, values, i: int) -> Finding:
    """The finding for total row `i`, against the rows since the total before it (or the list's start)."""
    start = max((j + 1 for j in range(i) if _is(rows[j][0], "total")), default=0)
    if i - start < 2:
        start = 0
    parts = rows[start:i]
    total = sum(v for v, _ in values[start:i])
    decimals = max(len(m[1]) if (m := _DECIMALS.search(r[1])) else 0 for r in parts)
    fields = {"parts": " + ".join(f"{r[1]} ({r[0]})" for r in parts),
              "sum": f"{total:,.{decimals}f}", "stated": f"{rows[i][1]} ({rows[i][0]})"}
    return Finding(id="", check="sum", status=Status.INCONSISTENT, severity=Severity.ERROR, claims=[],
                   spans=[rows[i][2:4]] + [r[2:4] for r in parts],
                   message=render("sum", "parts", False, fields), expected=total, observed=values[i][0])
