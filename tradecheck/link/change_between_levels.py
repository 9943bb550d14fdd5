"""A change stated between its own two levels takes their flow.

"Spending by visitors came to 126.3 billion euros, an increase of 16.1% compared with the 108.8
billion euros of 2023": the change sits between the level of its period and the level of its
base, in one sentence, so it is their change, whatever the words right before it (a count of
visitors, a "market" noun) made of it. Read apart, it is paired with another change of the text
(the visitors' 10.1% rise of the sentence before) and a wrong figure between the two levels
goes unseen. Only the tight form is taken: the change noun right after the first level, the
base level right after "compared with" (or "from", "against"), nothing else between."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..model import Claim
from .cues import HEDGE

# ", an increase of" / ", a rise of" / ", up": the words from the level to its change
_AFTER_LEVEL = re.compile(r"\s*,?\s*(?:(?:an?\s+)?(?:increase|rise|growth|gain|jump|decrease|decline|drop|fall)\s+of|up|down)\s+", re.I)
# "compared with the" / "from" / "against": the words from the change to its base level
_BEFORE_BASE = re.compile(r"\s+(?:compared\s+(?:with|to)|from|against|over)\s+(?:the\s+)?", re.I)


def changes_between_their_levels(text: str, claims: list[Claim]) -> None:
    """Give a percent change written between two amounts of one flow (its period's level and
    its base period's) that flow's measure, pair and product."""
    for i, c in enumerate(claims[1:-1], 1):
        level, base = claims[i - 1], claims[i + 1]
        if c.kind != "percent_change" or level.kind != "amount" or base.kind != "amount" \
                or level.sentence != c.sentence or base.sentence != c.sentence:
            continue
        if (level.measure, level.reporter, level.partner, level.commodity, level.currency) \
                != (base.measure, base.reporter, base.partner, base.commodity, base.currency):
            continue  # (the two levels must be one flow's)
        if level.period != c.period or base.period is None or base.period == level.period \
                or c.base_period not in (None, base.period):
            continue
        if not (_AFTER_LEVEL.fullmatch(text, level.end, c.start) and _BEFORE_BASE.fullmatch(text, c.end, base.start)):
            continue
        if (c.measure, c.reporter, c.partner, c.commodity) == (level.measure, level.reporter, level.partner, level.commodity):
            continue
        c.measure, c.reporter, c.partner, c.commodity = level.measure, level.reporter, level.partner, level.commodity
        c.base_period = base.period
        for field in ("measure", "pair", "commodity"):
            c.how[field] = "change-between-its-levels"
            c.basis[field] = "text"


@functools.cache
def _change_of_that_re() -> re.Pattern:
    """"That's a drop of roughly", "This was an increase of": a sentence opener standing for
    the sentence before (vocab/change_anaphors.csv), then a change noun, up to the figure."""
    words = vocab.alternation(vocab.change_anaphors(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*(?:{words})\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:increase|rise|growth|gain|jump|decrease|decline|drop|fall|plunge|slump)"
                      rf"\s+of\s+(?:{HEDGE})?", re.I)


# ", or " / " (": a second figure restating the change just given in other units ("a drop of
# $17 billion, or 30 per cent")
_RESTATED = re.compile(r"\s*(?:,\s*or|\(|,)\s*(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?", re.I)


def changes_of_the_levels_before(text: str, claims: list[Claim]) -> None:
    """""Exports to China had fallen to $3.1 billion by last year, down from $12.2 billion in
    2017. That's a drop of roughly three quarters": a change opening its sentence with words
    that stand for the sentence before, when that sentence gave exactly two levels of one flow
    in two periods, is the change between them (their flow, pair and product; the later
    level's period against the earlier's). The change may be given in money and then restated
    in percent ("That is a drop of $17 billion, or 30 per cent"): both are that change."""
    for i, c in enumerate(claims):
        if i < 2 or claims[i - 1].sentence == c.sentence:
            continue  # (the change is the first claim of its sentence)
        if c.kind == "percent_change":
            changes = [c]
        elif c.kind == "amount" and c.extra.get("change_of"):
            nxt = claims[i + 1] if i + 1 < len(claims) else None
            changes = [c]
            if nxt is not None and nxt.kind == "percent_change" and nxt.sentence == c.sentence \
                    and _RESTATED.fullmatch(text, c.end, nxt.start):
                changes.append(nxt)
        else:
            continue
        before = [x for x in claims[:i] if x.sentence == claims[i - 1].sentence]
        if len(before) != 2 or any(x.kind != "amount" or not x.period for x in before):
            continue
        a, b = before
        if (a.measure, a.reporter, a.partner, a.commodity, a.currency) != (b.measure, b.reporter, b.partner, b.commodity, b.currency) \
                or a.measure == "other" or a.period == b.period:
            continue  # (the two levels must be one flow's, in two periods)
        later, earlier = (a, b) if a.period > b.period else (b, a)
        start = text.rfind(".", 0, c.start) + 1
        if not _change_of_that_re().fullmatch(text, start, c.start):
            continue
        for x in changes:
            if x.kind == "amount":
                # the money change: the flow's, from the earlier level's period
                if x.currency != later.currency:
                    continue
                x.reporter, x.partner, x.commodity = later.reporter, later.partner, later.commodity
                x.period = later.period
                x.extra["change_of"] = later.measure
                x.extra["change_base"] = earlier.period
                fields = ("pair", "commodity", "period")
            else:
                x.measure, x.reporter, x.partner, x.commodity = later.measure, later.reporter, later.partner, later.commodity
                x.period, x.base_period = later.period, earlier.period
                fields = ("measure", "pair", "commodity", "period", "base_period")
            for field in fields:
                x.how[field] = "change-of-the-levels-before"
                x.basis[field] = "text"
