"""The parts of a nested bulleted list of bare figures, the unit said once above it:

    Main results (millions of dollars):
    - Total exports: 56,865
      - Oil exports: 3,212
      - Non-oil exports: 53,653
        - Manufacturing: 51,198
        - Agricultural: 1,890

A bullet indented under another is a part of it ("Manufacturing" of "Non-oil exports"). A
release may list only some parts, and says the sums may not match for rounding, so their sum
need not make the whole; but parts cannot together exceed it (each figure to its rounding).
The figures are no claims (their unit is only in the heading), so this reads the lines alone,
like check/table_arithmetic.py. Only bare figures count (no per cent, sign or words: "surplus
of 2,150" is no level of the parent), and no child labelled by a period or by a change, price
or rate word (vocab/non_additive_columns.csv: "Year earlier: 48,200" is no part).

A bullet may instead say its own unit, a money sign or code before the figure and a scale word
after it, and its change in brackets ("- Shrimp: USD 3,452 million (-6.1%)"): then parent and
children must say the same unit (a child in another unit is no part to add)."""
from __future__ import annotations

import re

from .. import vocab
from ..model import Finding
from .catalogue import Severity, Status, render
from .table_arithmetic import _column, _non_additive_re

# "  - Label: 1,234": a bullet, its label, a colon, one figure and nothing else; or the figure
# with its own unit, a money sign or code before and a scale word after ("USD 3,452 million"),
# and its change in brackets after ("(-6.1%)")
_ITEM = re.compile(r"^(?P<indent>[ \t]*)[-•*▪◦]\s+(?P<label>[^\d:\n]{2,60}?)\s*:\s+"
                   r"(?:(?P<sign>[A-Z]{2,3}\$?|\$|€|£)\s?)?(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
                   r"(?:\s(?P<scale>[a-z]{2,8}))?(?:\s\([+\-−–]?\d{1,3}(?:\.\d+)?\s?%\))?[ \t]*$", re.M)


def findings(text: str) -> list[Finding]:
    """A bound finding for each bullet whose bullets indented under it exceed it."""
    if ":" not in text or "\n " not in text and "\n\t" not in text:
        return []  # (no indented bullet: checked first, cheap)
    items = list(_ITEM.finditer(text))
    if len(items) < 3:
        return []
    out = []
    for i, parent in enumerate(items):
        depth = len(parent["indent"].expandtabs(4))
        children = []
        for m in items[i + 1:]:
            if text.count("\n", parent.end(), m.start()) > 1 + _below(items, parent, m):
                break  # (a line between that is no bullet of the list: the list ended)
            d = len(m["indent"].expandtabs(4))
            if d <= depth:
                break
            if not children or d <= len(children[0]["indent"].expandtabs(4)):
                if children and d != len(children[0]["indent"].expandtabs(4)):
                    children = []
                    break  # (uneven indenting: which bullet is whose part is unsure)
                children.append(m)
        if len(children) < 2 or _unit(parent) is None or any(_not_a_part(c["label"]) or _unit(c) != _unit(parent) for c in children):
            continue
        f = _finding(parent, children)
        if f is not None:
            out.append(f)
    return out


def _below(items, parent, m) -> int:
    """How many bullets stand between `parent` and `m` (so lines between may be theirs)."""
    return sum(1 for x in items if parent.end() < x.start() < m.start())


def _unit(item) -> tuple[str, str] | None:
    """The unit a bullet says with its figure: ("", "") for a bare figure; None where the word
    after the figure is no scale word of vocab/scales.csv ("12 tonnes": not read here)."""
    scale = item["scale"] or ""
    if scale and scale not in vocab.scales():
        return None
    return item["sign"] or "", scale


def _not_a_part(label: str) -> bool:
    low = label.lower()
    return _non_additive_re().search(low) is not None or any(w in vocab.months() for w in re.findall(r"[a-z]+", low))


def _finding(parent, children) -> Finding | None:
    column = _column([c["n"] for c in children] + [parent["n"]])
    if column is None:
        return None
    vals, whole = column[:-1], column[-1]
    if sum(v - e for v, e in vals) <= whole[0] + whole[1]:
        return None
    decimals = max(len(c["n"].partition(".")[2]) for c in children)
    fields = {"parts": " + ".join(f"{c['n']} ({c['label'].strip()})" for c in children),
              "sum": f"{sum(v for v, _ in vals):,.{decimals}f}", "whole": f"{parent['n']} ({parent['label'].strip()})"}
    return Finding(id="", check="bound", status=Status.INCONSISTENT, severity=Severity.ERROR, claims=[],
                   spans=[parent.span("n")] + [c.span("n") for c in children],
                   message=render("bound", "parts", False, fields), expected=sum(v for v, _ in vals), observed=whole[0])
