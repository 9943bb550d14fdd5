"""Short marks of a seasonally adjusted series, or of the raw one, in wire flashes: "EXPORTS
-1.7% M/M SA; MEDIAN -0.5%", "By destination (SA):", "Adj. trade balance -304.5b yen"
(vocab/adjustment_marks.csv). A mark names the series of the figure it goes with and is no
place, though "SA" is also South Africa's short name ("SA exports rose 4%" keeps its place:
a mark stands after a figure or alone in a bracket)."""
from __future__ import annotations

import functools
import re

from .. import vocab


@functools.cache
def _marks() -> dict[str, tuple[str, str]]:
    return {r["mark"]: (r["series"], r["side"]) for r in vocab.table("adjustment_marks")}


@functools.cache
def _mark_re() -> re.Pattern:
    after = vocab.alternation([m for m, (_, side) in _marks().items() if side == "after"])
    before = vocab.alternation([m for m, (_, side) in _marks().items() if side == "before"])
    # a figure's tail (its unit, "BLN", "%", and a footing, "M/M"), then the mark ending its
    # clause; or the mark alone in a bracket; or a mark before the flow's words
    return re.compile(rf"\d[\d.,]*\s?(?:%|[A-Za-z]{{1,8}})?(?:\s+[A-Za-z]{{1,3}}/[A-Za-z]{{1,3}})?\s+(?P<a>{after})(?=\s*(?:[;,.)\n]|$))"
                      rf"|\(\s*(?P<b>{after})\s*\)"
                      rf"|(?<![\w.])(?P<c>{before})(?=\s+[A-Za-z])")


def find_marks(words: str) -> list[tuple[int, int, str]]:
    """(start, end, series) of every mark in `words`."""
    if not any(m in words for m in _marks()):
        return []  # (cheap: no mark's letters at all)
    out = []
    for x in _mark_re().finditer(words):
        g = "a" if x["a"] else "b" if x["b"] else "c"
        if g == "b" and _initials_before(words, x.start()) == x[g]:
            continue  # "the Namibia Statistics Agency (NSA)": the name's own short form
        out.append((x.start(g), x.end(g), _marks()[x[g]][0]))
    return out


def _initials_before(words: str, bracket: int) -> str:
    """The initials of the capitalised words right before a bracket ("Statistics Agency (SA)"
    gives "SA"), as many as the bracket's letters could spell."""
    names = re.findall(r"[A-Z][\w'-]*", words[max(0, bracket - 60):bracket])
    return "".join(w[0] for w in names[-3:])[-len(words[bracket:].split(")")[0].strip("( ")):]


def is_mark(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] (a word the scanner took for a place) is a series' mark."""
    if text[start:end] not in _marks():
        return False
    lo = max(0, start - 30)
    return any(lo + s == start for s, _, _ in find_marks(text[lo:end + 12]))
