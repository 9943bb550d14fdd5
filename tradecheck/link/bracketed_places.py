"""Places each with its own figure in brackets, taken together as a share of their group's
flow: "Peru (US$ 40 billion) and Chile (US$ 70 billion) together accounted for 20% of the
region's exports in 2016". Each bracketed figure is that place's flow with the world (not a
flow between the two places), dated as the share is; the share's part is their sum and its
whole the flow of the group the text named last ("the region's")."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..model import Claim
from .cues import HEDGE

@functools.cache
def _together_share_re() -> re.Pattern:
    # "... (US$ 245 billion) together accounted for " right before the share: a joint cue
    # (vocab/joint_cues.csv) then a verb of taking a share
    cue = vocab.alternation(vocab.joint_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\)\s*,?\s+(?:{cue})\s+(?:accounted\s+for|made\s+up|represented|took|contributed)\s+{HEDGE}$", re.I)


@functools.cache
def _group_whole_re() -> re.Pattern:
    # "63% of the region's exports", "of the continent's total exports"
    noun = vocab.alternation(vocab.group_whole_nouns(), ignore_case=True)
    return re.compile(rf"\s+of\s+the\s+(?:{noun})['’]s?\s+(?:total\s+)?(?:merchandise\s+|goods\s+)?(?P<flow>exports|imports)\b", re.I)


def _place_before_bracket(text: str, start: int, floor: int) -> str | None:
    """The country whose name ends right before the bracket that opens at or before `start`
    ("Brazil (US$ 245 billion)"): its code, or None when no country's name stands there."""
    m = re.search(r"\(\s*$", text[floor:start])
    if m is None:
        return None
    head = text[floor:floor + m.start()].rstrip()
    names = vocab.countries()
    words = head.split()
    for n in range(min(5, len(words)), 0, -1):
        name = " ".join(words[-n:])
        hit = names.get(name)
        if hit and hit[0] and hit[0] != "WLD" and hit[1] in ("name", "short"):
            return hit[0]
    return None


# ") and Chile (US$ ", "), Peru (": between two bracketed figures, the next place joined on
_JOINED = re.compile(r"\s*\)\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,4}?\s*\(\s*(?:[A-Z]{0,3}\$|€|£|¥)?\s*")


def places_together_share(text: str, claims: list[Claim], set_how) -> None:
    for k, c in enumerate(claims):
        if c.kind != "share" or c.measure not in ("exports", "imports") or ")" not in text[max(0, c.start - 60):c.start]:
            continue  # (the cheap test first: a bracket closes just before the share)
        if not _together_share_re().search(text, max(0, c.start - 60), c.start):
            continue
        w = _group_whole_re().match(text, c.end)
        if w is None:
            continue
        # the bracketed figures right before the share, each after its place's name, the
        # places joined by commas and "and" ("Peru (US$ 40 billion) and Chile (US$ 70 billion)")
        parts = []
        for p in reversed(claims[:k]):
            if p.sentence != c.sentence or p.kind != "amount" or not re.match(r"\s*\)", text[p.end:p.end + 3]):
                break
            if parts and not _JOINED.fullmatch(text, p.end, parts[0].start):
                break
            parts.insert(0, p)
        if len(parts) < 2:
            continue
        places, prev = [], max(0, parts[0].start - 60)
        for p in parts:
            places.append(_place_before_bracket(text, p.start, prev))
            prev = p.end
        if len(places) != len(parts) or None in places or len(set(places)) != len(places):
            continue
        group = next((x.extra["reporter_group"] for x in reversed(claims[:k]) if x.extra.get("reporter_group")
                      and x.reporter is None and x.partner == "WLD" and x.measure == c.measure), None)
        for p, iso in zip(parts, places):
            p.reporter, p.partner, p.measure, p.period = iso, "WLD", c.measure, c.period
            p.extra.pop("reporter_group", None)
            p.extra.pop("partner_group", None)
            for f in ("pair", "measure", "period"):
                set_how(p, f, "places-bracketed-together", "text")
        c.reporter, c.partner = None, "WLD"
        c.extra.pop("partner_group", None)
        c.extra.pop("reporter_group", None)
        if group is not None:
            # (the group the text wrote its flow with the world of: "the region's"; with none
            # before, the whole is unknown and the share is left unchecked)
            c.extra["reporter_group"] = group
            c.extra["_whole_reporter"] = "group:" + group
            c.extra["_parts"] = parts
        set_how(c, "pair", "places-bracketed-together", "text")
