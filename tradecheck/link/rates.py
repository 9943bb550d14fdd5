"""Average yearly rates over a span of years ("from $157.3 billion in 2014 to $192.2 billion in
2023, an average annual growth of 2.3%", "a compound annual growth rate of 5%", "an average gain
of 8.1% a year"): a compound rate, so that over n years the levels' ratio is (1+r)^n; no change
over one year nor over the whole span. The check (check/growth.py) relates it to the levels at
both ends of the span only where both are stated."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..model import Claim

_YEAR = re.compile(r"^(?:19|20)\d\d$")


@functools.cache
def _before_re() -> re.Pattern:
    # the cue a few words before the figure, none of them ending the clause
    # ("an average annual growth of 11.8 percent", "a compound annual growth rate of 5%")
    cues = vocab.alternation(vocab.yearly_rate_cues()["before"], ignore_case=True, space=r"[\s-]+")
    return re.compile(rf"\b(?:{cues})\b(?:\s+(?!(?:and|but|while|from|to)\b)[A-Za-z-]+){{0,4}}\s*$", re.I)


@functools.cache
def _after_re() -> re.Pattern:
    cues = vocab.alternation(vocab.yearly_rate_cues()["after"], ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*(?P<cue>{cues})\b", re.I)


# "an average of", "an average gain of", "averaging": what makes "8.1% a year" an average
_AVERAGE_BEFORE = re.compile(r"\b(?:average|averaging|averaged)\b(?:\s+[A-Za-z-]+){0,3}\s*$", re.I)


def is_yearly_rate(text: str, c: Claim) -> bool:
    before = text[max(0, c.start - 60):c.start]
    if _before_re().search(before):
        return True
    after = _after_re().match(text, c.end, c.end + 40)
    if after is None:
        return False
    return "average" in after["cue"].lower() or after["cue"].upper() == "CAGR" or bool(_AVERAGE_BEFORE.search(before))


def yearly_rates(text: str, claims: list[Claim]) -> None:
    """Mark each average yearly rate (`extra["yearly_rate"]`) and date it by the span it is
    over: the earliest and latest years of the levels its sentence gives for the same flow
    ("from 510 billion U.S. dollars in 2001 to 5.94 trillion dollars in 2023"). With no such
    span and no years of its own a year or more apart, the span is not known: it is left
    unchecked (no base period) rather than read as the change over one year."""
    for c in claims:
        if c.kind != "percent_change" or not is_yearly_rate(text, c):
            continue
        c.extra["yearly_rate"] = True
        years = sorted({x.period for x in claims if x.kind == "amount" and x.sentence == c.sentence
                        and x.measure == c.measure and x.period and _YEAR.match(x.period)})
        if len(years) >= 2:
            c.base_period, c.period = years[0], years[-1]
            for f in ("period", "base_period"):
                c.how[f], c.basis[f] = "span-of-yearly-rate", "text"
        elif not (c.period and c.base_period and _YEAR.match(c.period) and _YEAR.match(c.base_period)
                  and int(c.period) - int(c.base_period) > 1):
            c.base_period = None
            c.how["base_period"], c.basis["base_period"] = "yearly-rate-span-unknown", "guess"
