"""`percent_change` of a physical quantity within one sentence: "moved 663,000 TEUs in March,
up 8.2% y/y from 612,800 TEUs", "8.01 million TEUs, 12.5% fewer than the 9.15 million".

Quantities are no claims (a change of tonnes says nothing of the money beside it, see
link/cues.py), so the constraint system never sees them; but a sentence that gives both
levels of a quantity and the change between them can be checked on its own, in the units it
names (vocab/physical_units.csv). Every figure is taken to its rounding as written (a level
with trailing zeros, "8,630,000", to the last digit that is not one), so only a change the two
levels cannot give is flagged."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..model import Finding
from .catalogue import Severity, Status, render

_UP = {"up", "rising", "increase", "rise", "gain", "growth", "more", "higher"}


@functools.cache
def _change_re() -> re.Pattern:
    units = vocab.alternation(vocab.physical_units(), ignore_case=True, space=r"\s+")
    scale = vocab.alternation(list(vocab.scales()), ignore_case=True)  # (the money scales: vocab/scales.csv)
    level = rf"(?<![$€£¥\w.,])(?P<{{n}}>\d[\d,]*(?:\.\d+)?)\s*(?P<{{s}}>{scale})?\s*(?P<{{u}}>{units})?\b"
    new = level.format(n="n1", s="s1", u="u1")
    old = level.format(n="n0", s="s0", u="u0")
    pct = r"(?P<{}>\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)"
    pct_p, pct_q = pct.format("p"), pct.format("q")  # (one group name per branch)
    # words between the new level and its change: a place or a period, no other figure
    words = r"(?:[^.;%\d$€£¥()]|(?:19|20)\d\d){0,40}?"
    up_down = r"(?P<d>up|down|rising|falling|an?\s+(?:increase|rise|gain|drop|fall|decline|decrease)\s+of)"
    since = r"(?:\s+(?:y/y|y-o-y|yoy|year-on-year|year-over-year))?\s+(?:from|on|against|compared\s+(?:with|to))"
    fewer = r"(?P<c>fewer|more|less|lower|higher)\s+than"
    return re.compile(
        rf"{new}{words},\s*(?:{up_down}\s+(?:by\s+)?{pct_p}{since}|{pct_q}\s+{fewer})\s+(?:the\s+)?{old}", re.I)


def findings(text: str, sentences) -> list[Finding]:
    """An inconsistent finding for each change of a quantity its two levels cannot give."""
    out = []
    for sent in sentences:
        part = text[sent.start:sent.end]
        if "%" not in part and "cent" not in part.lower():
            continue  # (every change is in per cent: checked first, cheap)
        for m in _change_re().finditer(text, sent.start, sent.end):
            f = _judge(m)
            if f is not None:
                out.append(f)
    return out


def _judge(m: re.Match) -> Finding | None:
    if not m["u1"] or (m["u0"] and m["u0"].lower() != m["u1"].lower()):
        return None  # not two levels of one quantity
    if (m["s0"] or m["u0"]) is None:
        return None  # a bare "from 9" is no level
    new, old = _level(m["n1"], m["s1"]), _level(m["n0"], m["s0"] or (m["s1"] if not m["u0"] else None))
    if None in (new, old) or old[0] - old[1] <= 0:
        return None
    word = (m["d"] or m["c"]).split()[-1].lower()
    sign = 1 if word in _UP else -1
    pct = m["p"] or m["q"]
    p, ep = _figure(pct)
    # the ratio the levels allow, and the one the change states (each to its rounding)
    lo, hi = (new[0] - new[1]) / (old[0] + old[1]), (new[0] + new[1]) / (old[0] - old[1])
    stated = sorted((1 + sign * (p - ep) / 100, 1 + sign * (p + ep) / 100))
    if stated[0] <= hi and lo <= stated[1]:
        return None
    actual = (new[0] / old[0] - 1) * 100
    fields = {"new": " ".join(filter(None, (m["n1"], m["s1"], m["u1"]))),
              "old": " ".join(filter(None, (m["n0"], m["s0"], m["u0"] or m["u1"]))),
              "change": f"{actual:+.1f}%", "text": f"{pct}%", "stated_change": f"{sign * p:+.1f}%"}
    # (quantities are no claims: the finding points at the words by its spans alone)
    return Finding(id="", check="percent_change", status=Status.INCONSISTENT, severity=Severity.ERROR, claims=[],
                   spans=[(m.start("n1"), m.end("u1")), m.span("p" if m["p"] else "q"), (m.start("n0"), m.end())],
                   message=render("percent_change", "quantity_change", False, fields), expected=round(actual, 1), observed=sign * p)


def _figure(s: str) -> tuple[float, float]:
    """A written figure and half its last digit: "9.6" (9.6, 0.05); "8,630,000" (8630000,
    5000), its trailing zeros taken for rounding."""
    s = s.replace(",", "")
    if "." in s:
        return float(s), 0.5 * 10 ** -len(s.split(".")[1])
    zeros = len(s) - len(s.rstrip("0"))
    return float(s), 0.5 * 10 ** min(zeros, len(s) - 1)


def _level(n: str, scale: str | None) -> tuple[float, float] | None:
    if re.fullmatch(r"(?:19|20)\d\d", n) and not scale:
        return None  # a year, not a level
    v, e = _figure(n)
    k = vocab.scales().get((scale or "").lower(), 1.0)
    return v * k, e * k
