"""A rate revised, and the revision's size in percentage points: "expected to grow 2.4% in
2025, up from the 0.9% projected in August ... The upgrade of 1.5 percentage points comes with",
"now seen at 0.5%, down from 1.8% ... a downward revision of 1.3 points".

Growth rates of a forecast are no levels of a flow, and a size in points is no claim at all, so
this reads the words alone, like check/table_arithmetic.py: a rate "up/down from" another rate
in one clause, then, in the same sentence or the next and with no other percentage between, a
revision noun (vocab/point_revision_nouns.csv) "of N percentage points". N is the gap between
the two rates, within the rounding of all three figures.

Also a change said in points with both its rates in its own clause: "its share rose 2.1
percentage points last year to 26.5% from 24.4%" (or "from 24.4% to 26.5%"): the size in
points first, then the two rates, no other figure but a year between."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..model import Finding
from ..normalise.intervals import half_last_digit
from .catalogue import Severity, Status, render

_PCT = r"(?:%|\s?per\s?cent\b|\s?percent\b)"
# "2.4% in 2025, up from the 0.9% projected": the new rate, then the old one after "from";
# "raised their forecast for 2025 to 2.4%, from 0.9% in August": a bare "from" right after
# the new rate (the verb of revision said before it)
_FROM = re.compile(rf"(?P<new>\d+(?:\.\d+)?){_PCT}(?:(?P<mid>[^%.;]{{0,60}}?)\b(?:up|down|revised\s+(?:up|down)(?:ward)?|raised|lowered|cut)\s+|,?\s+)"
                   rf"from\s+(?:the\s+|its\s+|an?\s+)?(?:earlier\s+|previous\s+|prior\s+)?(?P<old>\d+(?:\.\d+)?){_PCT}", re.I)


# ("rose 2.1 percentage points last year to 26.5% from 24.4%": the size in points, a period
# maybe, then the new rate "to" and the old "from", or the old "from" and the new "to"; only
# "percentage points" or "pp", a bare "points" may be an index's)
_POINTS = r"(?P<said>(?P<z>\d+(?:\.\d+)?)\s*(?:percentage\s+points?|pp))\b"
_BETWEEN = r"(?:[^%.;\d]|(?:19|20)\d\d){0,40}?"
_POINTS_TO_FROM = re.compile(rf"{_POINTS}{_BETWEEN}\bto\s+(?P<new>\d+(?:\.\d+)?){_PCT},?\s+from\s+(?P<old>\d+(?:\.\d+)?){_PCT}", re.I)
_POINTS_FROM_TO = re.compile(rf"{_POINTS}{_BETWEEN}\bfrom\s+(?P<old>\d+(?:\.\d+)?){_PCT}\s+to\s+(?P<new>\d+(?:\.\d+)?){_PCT}", re.I)


@functools.cache
def _size_re() -> re.Pattern:
    nouns = vocab.alternation(vocab.point_revision_nouns(), ignore_case=True, space=r"\s+")
    # (or a change verb "by" the size: "its share increased by 1.09 percentage points"; only
    # "percentage points" or "pp" there, a bare "points" after a verb may be an index's)
    verbs = vocab.alternation(sorted(vocab.changes()), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:(?:{nouns})\s+of\s+(?:about\s+|around\s+|some\s+)?(?P<z>\d+(?:\.\d+)?)\s+(?:percentage\s+points?|pp|points?)"
                      rf"|(?:{verbs})\s+by\s+(?:about\s+|around\s+|some\s+)?(?P<zv>\d+(?:\.\d+)?)\s*(?:percentage\s+points?|pp))\b", re.I)


def findings(text: str, sentences) -> list[Finding]:
    """A finding for each revision in points said after the rates it moved between."""
    if "point" not in text and "pp" not in text:
        return []  # (no size in points: the cheap test first)
    out: list[Finding] = []
    for i, sent in enumerate(sentences):
        for mm in _FROM.finditer(text, sent.start, sent.end):
            end = sentences[i + 1].end if i + 1 < len(sentences) else sent.end
            size = _size_re().search(text, mm.end(), end)
            if size is None or re.search(rf"\d{_PCT}", text[mm.end():size.start()]):
                continue
            out.append(_finding(mm, size))
        if "percentage point" in text[sent.start:sent.end].lower() or "pp" in text[sent.start:sent.end]:
            for pattern in (_POINTS_TO_FROM, _POINTS_FROM_TO):
                out += [_finding(m, m) for m in pattern.finditer(text, sent.start, sent.end)]
    return out


def _finding(mm: re.Match, size: re.Match) -> Finding:
    zg = "zv" if "zv" in size.re.groupindex and size["zv"] else "z"
    new, old, z = float(mm["new"]), float(mm["old"]), float(size[zg])
    gap = abs(new - old)
    fits = abs(gap - z) <= half_last_digit(mm["new"]) + half_last_digit(mm["old"]) + half_last_digit(size[zg])
    fields = {"new": mm["new"] + "%", "old": mm["old"] + "%", "difference": f"{gap:.{max(1, len(size[zg].partition('.')[2]))}f}",
              "text": size.groupdict().get("said") or size.group(0)}
    return Finding(id="", check="percent_change", status=Status.CONSISTENT if fits else Status.INCONSISTENT,
                   severity=Severity.INFO if fits else Severity.ERROR, claims=[],
                   spans=[size.span(zg), mm.span("new"), mm.span("old")],
                   message=render("percent_change", "points_revision", fits, fields), expected=gap, observed=z)
