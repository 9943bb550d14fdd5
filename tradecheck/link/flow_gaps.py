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
