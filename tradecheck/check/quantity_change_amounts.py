"""Absolute changes of a physical quantity within one sentence: "deliveries slipped to 2.1
million tonnes in May, down 300,000 tonnes from 2.4 million tonnes in April".

Quantities are no claims (see check/volumes.py), so this reads the words alone: the new
level, a comma, the change's word of direction ("up", "down", "an increase of"), its amount in
the same unit and "from" the earlier level. The amount must be the gap of the two levels, each
figure to its rounding as written; a rate ("per day") is compared only with a rate."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..link.cues import HEDGE
from ..model import Finding
from .catalogue import Severity, Status, render
from .volumes import _direction, _level, _rate_tail, _same_unit, level_pattern


def prefilter(part: str) -> bool:
    """Whether a sentence may hold such a change: its "from" and a word of direction (cheap)."""
    return " from " in part and ("up " in part or "down " in part or "ncrease of" in part
                                 or "ecrease of" in part or "ecline of" in part or "rop of" in part
                                 or "ise of" in part or "all of" in part or "ain of" in part)


@functools.cache
def _change_re() -> re.Pattern:
    """A level, words with no figure (a place, a period), a comma, the change's direction
    word, its amount in a unit, "from" (or "compared with") and the earlier level in a unit."""
    level = level_pattern()
    # (a period may date a level: "in September", "in 2023", no other figure)
    words = r"(?:[^.;%\d$€£¥()]|(?:19|20)\d\d(?![\d,.]\d)){0,50}?"
    direction = r"(?P<d>up|down|an?\s+(?:increase|rise|gain|drop|fall|decline|decrease)\s+of)"
    return re.compile(rf"{level.format(i=1)}{words},\s*{direction}\s+(?:by\s+)?{HEDGE}{level.format(i=2)}"
                      rf"\s+(?:from|compared\s+with|against)\s+(?:the\s+)?{level.format(i=0)}", re.I)


def findings(text: str, sentences) -> list[Finding]:
    """An inconsistent finding for each absolute change its two levels cannot give."""
    out = []
    for sent in sentences:
        if not prefilter(text[sent.start:sent.end]):
            continue
        for m in _change_re().finditer(text, sent.start, sent.end):
            f = _judge(text, m)
            if f is not None:
                out.append(f)
    return out


def _judge(text: str, m: re.Match) -> Finding | None:
    units = [m[f"u{i}"] for i in (1, 2, 0)]
    if not all(_same_unit(units[0], u, None) for u in units[1:]):
        return None  # (not one quantity: nothing to compare)
    tails = {_rate_tail(text, m.end(f"u{i}")) for i in (1, 2, 0)}
    if len(tails) != 1:
        return None  # (a rate against a level)
    sign = _direction(m["d"])
    new, amount, old = (_level(m[f"n{i}"], m[f"s{i}"]) for i in (1, 2, 0))
    if sign is None or None in (new, amount, old):
        return None
    gap = new[0] - old[0]
    if abs(gap - sign * amount[0]) <= new[1] + old[1] + amount[1] + 1e-9:
        return None  # (the levels, each to its rounding, give the stated change)
    scale = m["s2"] or ""
    k = vocab.scales().get(scale.lower(), 1.0)
    fields = {"new": " ".join(filter(None, (m["n1"], m["s1"], m["u1"]))),
              "old": " ".join(filter(None, (m["n0"], m["s0"], m["u0"]))),
              "difference": " ".join(filter(None, (f"{gap / k:+,.{_places(m['n2'], k)}f}", m["s2"], m["u2"]))),
              "text": f"{m['d']} {m[0][m.start('n2') - m.start():m.end('u2') - m.start()]}"}
    # (quantities are no claims: the finding points at the words by its spans alone)
    return Finding(id="", check="percent_change", status=Status.INCONSISTENT, severity=Severity.ERROR, claims=[],
                   spans=[(m.start("n1"), m.end("u1")), (m.start("n2"), m.end("u2")), (m.start("n0"), m.end("u0"))],
                   message=render("percent_change", "absolute", False, fields), expected=gap, observed=sign * amount[0])


def _places(amount: str, k: float) -> int:
    """The decimals to show the gap with, in the amount's scale: the amount's own, or two for a
    scaled whole number ("down 1 million", the gap perhaps 0.85 million)."""
    return len(amount.split(".")[1]) if "." in amount else (0 if k == 1.0 else 2)
