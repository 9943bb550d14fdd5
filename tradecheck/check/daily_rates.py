"""A level spread over the days the text counts: "rising to $8.22 trillion ... Spread over the
quarter's 90 days, that is roughly $91 billion of goods and services crossing borders every day".

A figure read as a rate per day (link/claims.py: "every day", "a day", "per day") is no level
of its period, so no other check relates it. Where its sentence states how many days the
level is spread over ("the quarter's 90 days", "250 trading days"), the rate is the level
over that count: a level of the same flow the same or the sentence before gives, read with
the same pair, product and currency. Which level it divides the words do not always say (the
quarter's level, or the one it rose from), so the rate is flagged only when it fits none of
them; with no count of days stated (a year of 365 days, or of working days?) nothing is checked.
"""
from __future__ import annotations

import bisect
import re

from ..model import Claim, Finding
from .catalogue import Severity, Status, render
from .format import money

# "90 days", "the year's 365 days", "250 working days": the count the level is spread over
_DAYS = re.compile(r"\b(?P<n>\d{2,3})\s+(?:calendar\s+|working\s+|business\s+|trading\s+)?days\b", re.I)


def findings(text: str, sentences, claims: list[Claim]) -> list[Finding]:
    """A finding for each daily rate whose sentence counts its days, against the levels of
    its flow given in that sentence or the one before."""
    out: list[Finding] = []
    daily = [c for c in claims if _daily(c)]
    if not daily:
        return out
    # (each rate's sentence and the levels before it found by bisection: a long text's
    # work stays linear in its length)
    sent_starts = [s.start for s in sentences]
    ordered = sorted(claims, key=lambda c: c.start)
    claim_starts = [c.start for c in ordered]
    for rate in daily:
        i = bisect.bisect_right(sent_starts, rate.start) - 1
        if i < 0 or rate.start >= sentences[i].end:
            continue
        sent = sentences[i]
        days = _DAYS.search(text, sent.start, sent.end)
        if days is None:
            continue
        start = sentences[i - 1].start if i else sent.start
        window = ordered[bisect.bisect_left(claim_starts, start):bisect.bisect_left(claim_starts, rate.start)]
        levels = [c for c in window if _level_of(c, rate)]
        if levels:
            out.append(_finding(rate, levels, int(days["n"])))
    return out


def _daily(c: Claim) -> bool:
    return c.kind == "amount" and c.extra.get("per") == "day" and c.measure not in (None, "other") \
        and c.low is not None and c.high is not None


def _level_of(c: Claim, rate: Claim) -> bool:
    """Whether `c` is a level of the rate's flow: the same measure, pair, product and
    currency, no rate itself, no change."""
    return c.kind == "amount" and not c.extra.get("per") and c.low is not None and c.high is not None \
        and (c.measure, c.reporter, c.partner, c.commodity, c.currency) == (rate.measure, rate.reporter, rate.partner, rate.commodity, rate.currency)


def _finding(rate: Claim, levels: list[Claim], days: int) -> Finding:
    fits = [c for c in levels if c.low / days <= rate.high and rate.low <= c.high / days]
    level = fits[-1] if fits else levels[-1]  # (the nearest one that fits, else the nearest)
    per_day = level.value / days
    fields = {"whole": money(level.value, level.currency), "days": days, "rate": money(per_day, level.currency),
              "text": rate.text, "bound": rate.bound}
    guessed = any(c.basis.get(f) == "guess" for c in (rate, level) for f in ("pair", "measure"))
    status = Status.CONSISTENT if fits else (Status.UNVERIFIABLE if guessed else Status.INCONSISTENT)
    return Finding(id="", check="ratio", status=status,
                   severity=Severity.INFO if fits else (Severity.WARNING if guessed else Severity.ERROR),
                   claims=[level.id, rate.id], spans=[(level.start, level.end), (rate.start, rate.end)],
                   message=render("ratio", "per_day", bool(fits), fields), expected=per_day, observed=rate.value)
