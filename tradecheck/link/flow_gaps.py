"""One flow set against the other of the same pair ("Imports thus exceeded exports by €24.5
billion", "exports outstripped imports by $3bn"): the amount after "by" is the balance,
exports less imports, negative where imports are the larger. Where the clause names a place
of its own ("Hungarian exports to Serbia exceeded Serbian shipments"), the two flows may be
of two pairs, and the gap stays a difference of two quantities (link/measures.py). Words:
vocab/difference_verbs.csv."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..model import Claim


def gaps_between_the_flows(text: str, claims: list[Claim]) -> None:
    """Read "<one flow> exceeded <the other> by X" as the pair's balance."""
    for c in claims:
        if c.kind != "amount" or c.how.get("measure") != "difference-of-two" or c.value is None:
            continue
        m = _gap_re().search(text, max(0, c.start - 120), c.start)
        if m is None or m.end() != c.start or m["larger"].lower() == m["smaller"].lower():
            continue
        sign = -1 if m["larger"].lower() == "imports" else 1
        c.measure, c.commodity = "balance", None
        c.value = sign * abs(c.value)
        c.extra.pop("comparison", None)
        c.extra["_balance_sign"] = sign
        c.how["measure"], c.basis["measure"] = "gap-of-the-flows", "text"
        c.how["commodity"] = "none"


@functools.cache
def _gap_re() -> re.Pattern:
    verbs = vocab.alternation(vocab.difference_verbs(), ignore_case=True, space=r"\s+")
    # (an adverb or two between: "thus", "once again"; no place, no other figure, no sentence end)
    return re.compile(rf"\b(?P<larger>exports|imports)\s+(?:[a-z]+\s+){{0,2}}?(?:{verbs})\s+"
                      rf"(?P<smaller>exports|imports)\s+by\s+(?:(?:about|around|roughly|some|nearly|almost)\s+)?", re.I)


# "a gap of US$ 2.7 billion", "The difference of US$630 million": a difference noun
# (vocab/difference_nouns.csv) right before the figure, with "of"
@functools.cache
def _gap_of_re() -> re.Pattern:
    nouns = vocab.alternation(vocab.difference_nouns(), ignore_case=True)
    return re.compile(rf"\b(?:a|an|the)\s+(?:net\s+)?(?:{nouns})\s+of\s+(?:(?:about|around|roughly|some|nearly|almost)\s+)?$", re.I)


# how many figures back the two counts of a mirror gap may stand
_LOOK_BACK = 6


def mirror_operands(claims: list[Claim], i: int) -> tuple[Claim, Claim] | None:
    """The two counts of one flow a gap at `claims[i]` is the difference of: of the last few
    amounts before it, in its sentence or the one before, one country's exports to another
    and that other's imports from it, of one period and currency (the nearest such pair)."""
    g = claims[i]
    flows = [c for c in claims[max(0, i - _LOOK_BACK):i]
             if c.kind == "amount" and c.measure in ("exports", "imports") and g.sentence - 1 <= c.sentence <= g.sentence
             and c.reporter not in (None, "WLD") and c.partner not in (None, "WLD") and c.value is not None
             and not c.extra.get("comparison")]
    for k in range(len(flows) - 1, 0, -1):
        b = flows[k]
        for a in reversed(flows[:k]):
            if a.measure != b.measure and (a.reporter, a.partner) == (b.partner, b.reporter) and a.period == b.period \
                    and a.currency == b.currency == g.currency:
                return (a, b) if a.measure == "exports" else (b, a)
    return None


def mirror_gaps(text: str, claims: list[Claim]) -> None:
    """"China's customs data show exports of these items to India at US$ 13.9 billion ...,
    while Indian records ... show imports of US$ 11.2 billion from China, a gap of US$ 2.7
    billion": a difference noun's figure after one country's exports to another and that
    other's imports from it is the gap between the two counts of one flow (the mirror gap),
    no balance of either country; check/mirror_gaps.py checks it against them."""
    for i, c in enumerate(claims):
        if c.kind != "amount" or c.value is None:
            continue
        if not c.extra.get("_mirror_gap") and not _gap_of_re().search(text, max(0, c.start - 40), c.start):
            continue
        if mirror_operands(claims, i) is None:
            continue
        c.measure, c.commodity = "other", None
        c.extra["comparison"] = True
        c.extra["_mirror_gap"] = True
        c.how["measure"], c.basis["measure"] = "mirror-gap", "text"
        c.how["commodity"] = "none"
