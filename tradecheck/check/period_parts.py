"""Levels of a physical quantity over months that make up a longer period, against the level
of that period: "brought in 106.38 million tons last month ... That compared with 201.42
million tons in January and February combined. ... Imports for the first quarter totalled
307.80 million tons" (the March and January-February levels add up to the first quarter's).

Quantities are no claims (see check/volumes.py), so this reads the words alone. Each level is
dated by the period its own words give: the first period after it before the next comma or
level, else the last one before it in its sentence ("for the first quarter totalled ..."); a
period that is a comparison's base ("from the same period of 2023") or a level set against a
later one ("down 4.4% from 111.27 million tons") is no part. Months joined by "and" ("in
January and February combined") are one period. A level of two months or more is checked
against the levels of the same unit in the four sentences before it (and before it in its own
sentence) only where exactly one of them is dated by each of two or more periods that cover
its period without overlap: several levels for one period leave it alone (two goods, two
flows)."""
from __future__ import annotations

import functools
import re

from .. import periods as P
from ..extract.periods import find_periods
from ..link.cues import HEDGE
from ..model import Finding
from .volumes import _level, _rate_tail, _same_unit, level_pattern, sum_finding

BEFORE = 4  # how many sentences before a period's level its parts may stand in


@functools.cache
def _res() -> tuple[re.Pattern, re.Pattern]:
    """A level in a unit; the words before a level that set it against a later one."""
    level = re.compile(level_pattern().format(i=""), re.I)
    # ("That compared with 201.42 million tons in January and February": a level "compared
    # with" may be of another period of its own, dated by its words, so it stays)
    earlier = re.compile(rf"\b(?:from|against|versus|vs\.?)\s+(?:the\s+)?{HEDGE}$", re.I)
    return level, earlier


def findings(text: str, sentences, published: str | None) -> list[Finding]:
    """A sum finding for each level of a longer period that its months' levels do not add up to."""
    pub = P.parse(published[:7]) if published and re.match(r"\d{4}-\d\d", published) else None
    if pub is None:
        return []
    sentences = list(sentences)
    level_re, earlier_re = _res()
    if not level_re.search(text):
        return []  # (no quantity at all: cheap)
    mentions = [pm for pm in find_periods(text) if not pm.base_cue]
    dated: list[list[tuple[re.Match, tuple[int, int]]]] = []
    k = 0  # (the mentions are in order of the text: one pass over them)
    mentions.sort(key=lambda pm: pm.start)
    for sent in sentences:
        while k < len(mentions) and mentions[k].start < sent.start:
            k += 1
        here = []
        j = k
        while j < len(mentions) and mentions[j].end <= sent.end:
            j += 1
        pms = mentions[k:j]
        levels = [o for o in level_re.finditer(text, sent.start, sent.end)
                  if not earlier_re.search(text, max(sent.start, o.start() - 40), o.start())]
        for idx, o in enumerate(levels):
            nxt = levels[idx + 1].start() if idx + 1 < len(levels) else sent.end
            period = _period_of(text, o, nxt, sent.start, pms, pub)
            if period is not None:
                here.append((o, period))
        dated.append(here)
    out = []
    for i, here in enumerate(dated):
        for o, whole in here:
            if P.months(whole) < 2:
                continue
            parts = [(p, per) for d in dated[max(0, i - BEFORE):i] for p, per in d]
            parts += [(p, per) for p, per in here if p.end() <= o.start()]
            out += _judge(text, o, whole, parts)
    return out


def _period_of(text: str, o: re.Match, nxt: int, start: int, pms, pub) -> tuple[int, int] | None:
    """The period a level's own words date it by (see the module's note), or None."""
    stop = re.search(r"[,;]", text[o.end():nxt])
    end = o.end() + stop.start() if stop else nxt
    after = [pm for pm in pms if o.end() <= pm.start and pm.end <= end]
    if after:
        first = after[0]
        period = _resolved(first, pub)
        if period is not None and len(after) > 1 and re.fullmatch(r"\s+and\s+", text[first.end:after[1].start]):
            second = _resolved(after[1], pub)
            if second is None or second[0] != period[1] + 1:
                return None  # (months joined that are not next to each other: no one period)
            period = (period[0], second[1])
        return period
    before = [pm for pm in pms if start <= pm.start and pm.end <= o.start()]
    return _resolved(before[-1], pub) if before else None


def _resolved(pm, pub) -> tuple[int, int] | None:
    period, how = P.resolve(pm, pub, None, None)
    return period if how == "text" else None


def _judge(text: str, o: re.Match, whole: tuple[int, int], parts) -> list[Finding]:
    """The finding where exactly one level of the unit for each of two or more periods covers
    `whole` without overlap and their sum is not the level `o` (each figure to its rounding)."""
    inside = [(p, per) for p, per in parts if P.contains(whole, per) and per != whole
              and _same_unit(o["u"], p["u"], None) and _rate_tail(text, p.end("u")) == _rate_tail(text, o.end("u"))]
    by_period: dict[tuple[int, int], list[re.Match]] = {}
    for p, per in inside:
        by_period.setdefault(per, []).append(p)
    if len(by_period) < 2 or any(len(v) != 1 for v in by_period.values()):
        return []
    spans = sorted(by_period)
    if spans[0][0] != whole[0] or spans[-1][1] != whole[1] \
            or any(b[0] != a[1] + 1 for a, b in zip(spans, spans[1:])):
        return []  # (periods that overlap, leave a gap or do not reach the ends)
    levels = [by_period[s][0] for s in spans]
    vals = [_level(p["n"], p["s"], p["u"]) for p in levels]
    if None in vals:
        return []
    total = (sum(v for v, _ in vals), sum(e for _, e in vals))
    parts_text = " + ".join(" ".join(filter(None, (p["n"], p["s"], p["u"]))) for p in levels)
    first = min(levels, key=lambda p: p.start())
    last = max(levels, key=lambda p: p.end())
    return sum_finding(total, parts_text, (first.start(), last.end()), o["n"], o["s"], o["u"], o.span())
