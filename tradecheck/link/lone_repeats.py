"""Figures said again on their own: a turn of a spoken exchange that only repeats one.

"That's down from A$155 billion in 2020-21." ... "A hundred and fifty-three?" ... "Sorry,
a hundred and fifty-five. A$155 billion.": the last sentence is the figure alone, said
again to correct or confirm it. It is no new level of the period the talk is in, and read
as one it would become the "now" of a change and be compared with itself. A sentence that
is nothing but an amount, repeating to the digit an earlier amount of the same flow and
pair, takes that earlier amount's period (the two are one figure)."""
from __future__ import annotations

import re

from ..model import Claim

# what may stand around the lone figure in its sentence: spaces, quotes, punctuation
_ONLY_PUNCTUATION = re.compile(r"[\s\"'“”‘’.,;:!?()\-–—]*")


def lone_repeats_take_the_earlier_period(text: str, sents: list, claims: list[Claim]) -> None:
    """Give an amount that is its sentence's only words, and repeats an earlier amount's
    value, currency, flow and pair, the earlier amount's period."""
    bounds = {x.index: (x.start, x.end) for x in sents}
    earlier: list[Claim] = []
    for c in claims:
        if c.kind != "amount" or c.value is None:
            continue
        span = bounds.get(c.sentence)
        if span is not None and _ONLY_PUNCTUATION.fullmatch(text, span[0], c.start) \
                and _ONLY_PUNCTUATION.fullmatch(text, c.end, span[1]):
            p = next((e for e in reversed(earlier) if e.value == c.value and e.currency == c.currency
                      and e.measure == c.measure and (e.reporter, e.partner) == (c.reporter, c.partner)), None)
            if p is not None and p.period is not None and p.period != c.period:
                c.period = p.period
                c.base_period = p.base_period
                c.how["period"] = "repeats-earlier-figure"
                c.basis["period"] = p.basis.get("period", "context")
        earlier.append(c)
