"""Percentage changes worked out in the text itself, as mark schemes, study notes and
explainers show them: "(7.5 - 6.0) / 6.0 x 100 = 25% increase".

The working holds every figure the answer needs: the new level, the old one, the old one
again as the divisor, then the stated per cent. The answer is checked on those numbers
alone (no claim, no unit, no period is needed), to the rounding of the per cent as written.
Only the form of a percentage change is read: the divisor must be the term subtracted
(a divisor of its own makes some other ratio, left alone)."""
from __future__ import annotations

import functools
import re

from ..model import Finding
from .catalogue import Severity, Status, render
from .volumes import PER_CENT

_NUM = r"\d[\d,]*(?:\.\d+)?"


@functools.cache
def _worked_re() -> re.Pattern:
    """"(A - B) / B x 100 = C%": a bracketed difference, a division by a figure, a
    multiplication by 100, then "=" (or "≈") and the per cent, perhaps signed."""
    minus = r"\s*(?:-|–|−|minus)\s*"
    divide = r"\s*(?:/|÷|divided\s+by)\s*"
    times = r"\s*(?:x|×|\*|multiplied\s+by)\s*100\s*"
    return re.compile(rf"\(\s*(?P<a>{_NUM}){minus}(?P<b>{_NUM})\s*\){divide}(?P<d>{_NUM})"
                      rf"(?:{times})?\s*(?:=|≈)\s*(?P<sign>[-–−+])?\s*(?P<c>\d+(?:\.\d+)?)\s*{PER_CENT}", re.I)


def _number(s: str) -> float:
    return float(s.replace(",", ""))


def findings(text: str) -> list[Finding]:
    """An inconsistent finding for each worked percentage change its own figures cannot give."""
    if "(" not in text or "=" not in text and "≈" not in text:
        return []  # (cheap: every working here has its bracket and its equals sign)
    out = []
    for m in _worked_re().finditer(text):
        a, b, d = _number(m["a"]), _number(m["b"]), _number(m["d"])
        if b == 0 or abs(d - b) > 1e-9:
            continue  # (not a change over the old level: some other ratio)
        actual = (a - b) / b * 100
        stated = float(m["c"])
        if m["sign"] and m["sign"] != "+":
            stated = -stated
        # (an unsigned answer may be a fall written with its word, "= 12.5% decrease": its size counts)
        got = actual if m["sign"] else abs(actual)
        decimals = len(m["c"].split(".")[1]) if "." in m["c"] else 0
        if abs(got - stated) <= 0.5 * 10 ** -decimals + 1e-9:
            continue
        fields = {"new": m["a"], "old": m["b"], "change": f"{actual:+.1f}%", "text": f"{m['c']}%",
                  "stated_change": f"{stated:+.1f}%"}
        # (the figures of a working are no claims: the finding points at the words by its spans)
        out.append(Finding(id="", check="percent_change", status=Status.INCONSISTENT, severity=Severity.ERROR,
                           claims=[], spans=[(m.start("a"), m.end("a")), (m.start("c"), m.end()), (m.start("b"), m.end("b"))],
                           message=render("percent_change", "quantity_change", False, fields),
                           expected=round(actual, 1), observed=stated))
    return out
