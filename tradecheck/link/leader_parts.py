"""A group's figure and the product leading it, in one sentence: "Overall food exports stood at
$7.2bn, led by rice, which fetched $3.9bn". The leader's figure is a part of the group's figure
before it (vocab/leader_cues.csv), `_within` that group (check/bound.py reads it), not of the
product the text is on."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..model import Claim
from .cues import HEDGE


@functools.cache
def _leader_then_its_figure() -> re.Pattern:
    leads = vocab.alternation(vocab.leader_cues(), ignore_case=True, space=r"\s+")
    # (between the group's figure and the leader's: maybe its period, the cue, the leader's
    # name, and a relative clause's verb or a preposition up to the figure; no other clause)
    return re.compile(rf"[^;.$€£¥]{{0,40}}?,?\s*(?:{leads})\s+[^,;:()\d$€£¥]{{2,60}}?,?\s+"
                      rf"(?:(?:which|that)\s+(?:\w+\s+){{1,2}}|at\s+|with\s+|worth\s+){HEDGE}$", re.I)


@functools.cache
def _cue_words() -> tuple[str, ...]:
    return tuple({max(w.split(), key=len) for w in vocab.leader_cues()})


def leaders_within_their_group(text: str, claims: list[Claim]) -> None:
    for p, c in zip(claims, claims[1:]):
        if p.kind != "amount" or c.kind != "amount" or not p.commodity or not c.commodity or p.commodity == c.commodity \
                or c.extra.get("_within") or p.sentence != c.sentence \
                or (c.measure, c.reporter, c.partner, c.period, c.currency) != (p.measure, p.reporter, p.partner, p.period, p.currency):
            continue
        gap = text[p.end:c.start]
        if not any(w in gap for w in _cue_words()):
            continue  # (checked first: cheap)
        if _leader_then_its_figure().fullmatch(gap):
            c.extra["_within"] = p.commodity
