"""The normalisation pass over linked claims: intervals in the claim's own currency, USD
values at the period's average rate, and factor intervals for relations."""
from __future__ import annotations

import functools
import re

from .. import periods as P
from ..model import Claim
from . import intervals, money

# Word multiples ("doubled", "tripled") are loose by nature: a doubling is 1.85x-2.15x.
WORD_MULTIPLE_TOLERANCE = 0.075
# A headline's word ("Japan's trade deficit halves" for 20.3 -> 9.3) is looser still: headlines
# round their multiples as they cut their figures short.
HEADLINE_WORD_MULTIPLE_TOLERANCE = 0.1125
# "nearly sevenfold" may round up a little (6.95 times), no more
NEAR_BELOW_OVER = 0.02
# Fractions in words ("a fifth", "a third") round to about +/- 2.5 points.
FRACTION_UNIT = 0.05


def _counted_whole_number(c: Claim, f: float) -> bool:
    """Whether a multiple is written as a whole number of two significant figures or more
    in digits ("45 times", "12-fold"), not a word ("three times", "doubled") nor a round
    one ("10 times", "40 times")."""
    digits = "".join(ch for ch in c.text if ch.isdigit())
    return float(f).is_integer() and len(digits.rstrip("0")) >= 2 and not digits.startswith("0")


# how far a chart's data label may stand from the same figure in a later release: revisions
# of a year-old trade figure are mostly a few tenths of a percent
LABEL_REVISION = 0.002


def normalise(claims: list[Claim], published: str | None) -> None:
    for c in claims:
        if c.kind == "amount":
            _amount(c, published)
        else:
            _relation(c)


def _amount(c: Claim, published: str | None) -> None:
    unit = c.extra.pop("scale_unit", 1.0) or 1.0
    rng = c.extra.get("range")
    mag = abs(c.value)
    if rng:
        lo, hi = rng[0] - unit / 2, rng[1] + unit / 2
        c.value = (rng[0] + rng[1]) / 2 * (-1 if c.value < 0 else 1)  # a range is read at its middle
        mag = abs(c.value)
    else:
        digits = intervals.significant_digits(c.text) if c.bound == "approx" else None
        lo, hi = intervals.interval(mag, unit, c.bound, digits)
    if c.bound == "lt" and c.extra.get("just"):
        lo = mag * (1 - intervals.NEAR)
    if c.extra.get("_headline") and not c.extra.get("_under_title") and c.bound == "eq" and hi is not None and not rng:
        hi += unit / 2  # headlines cut figures short ("Sh180bn" for Sh180.6 billion) as often as they round
    if c.extra.get("_chart_label") and c.bound == "eq" and lo is not None and hi is not None and not rng:
        # a chart's data label ("2022: 190.3") is often of another release than the change
        # the text gives with its newest figure ("rose 26.3% to $240.1bn", on the earlier year
        # as since revised): held to a revision's reach either side (a slip of a digit is not)
        slack = max(unit / 2, mag * LABEL_REVISION)
        lo, hi = lo - slack, hi + slack
    lo, hi = intervals.signed(lo, hi, c.value < 0)
    c.native_low, c.native_high = lo, hi
    per = P.parse(c.period)
    if per is None and published:
        y = int(published[:4])
        per = (y * 12 - 12, y * 12 - 1)  # rate of the year before publication
        rate_note = "period unknown: converted at the average of the year before publication"
    else:
        rate_note = None
    if c.currency == "USD":
        c.value_usd, c.low, c.high = c.value, lo, hi
        return
    if c.currency is None:
        c.value_usd = c.low = c.high = None
        c.extra["value_usd_note"] = "the text does not say which currency"
        return
    if per is None:
        c.value_usd = c.low = c.high = None
        c.extra["value_usd_note"] = "no period, so no exchange rate can be chosen"
        return
    usd, why = money.to_usd(c.value, c.currency, per[0], per[1])
    if usd is None:
        c.value_usd = c.low = c.high = None
        c.extra["value_usd_note"] = why
        return
    rate = usd / c.value if c.value else 0.0
    c.value_usd = usd
    c.low = lo * rate if lo is not None else None
    c.high = hi * rate if hi is not None else None
    c.extra["fx"] = {"usd_per_unit": rate, "source": why, **({"note": rate_note} if rate_note else {})}
    day = _rate_when_written(c.currency, published) if published and c.value else None
    if day is not None:
        c.extra["fx"]["usd_per_unit_published"] = day
    month = _rate_when_written(c.currency, published, months=1) if published and c.value else None
    if month is not None and month != day:
        c.extra["fx"]["usd_per_unit_published_month"] = month


@functools.lru_cache(maxsize=256)
def _rate_when_written(code: str, published: str, months: int = 3) -> float | None:
    """USD for one unit of `code` over the months up to the one the text was written in: "JPY 87.1 billion
    (USD 582 million)" for a past year, in a text of a later year, is converted at the rate
    of its writer's day, not the year's average (None when the month's rate is not known).
    With `months` 1, the publication month's own rate: a wire story converts at the day's
    rate, which a window reaching back into months of a moving currency misses."""
    if not re.match(r"\d{4}-\d\d", published):
        return None
    month = int(published[:4]) * 12 + int(published[5:7]) - 1
    usd, _ = money.to_usd(1.0, code, month - months + 1, month)  # (the series skips days: a short window)
    return usd


# a share this large takes no tenth of itself either way for its "about" ("about 55%" is no
# 61.9%): it takes the rounding a writer gives a share of its size (below, a tenth is less)
_ABOUT_SHARE_FROM = 0.2


def _about_share_rounding(f: float, unit: float, lo: float, hi: float) -> tuple[float, float]:
    """The bounds of "about P%" for a share of 20% or more, written in whole units: P rounded
    to the nearest 10 (a round ten, "about 30%"), 5 ("about 55%") or one point ("about 62%")
    either way, narrowed from the tenth either way, never widened."""
    if f < _ABOUT_SHARE_FROM or unit < 0.01 - 1e-9:
        return lo, hi
    points = round(f * 100)
    if abs(f * 100 - points) > 1e-6:
        return lo, hi  # ("about 55.4%": a figure written this finely says less of its rounding)
    half = 0.05 if points % 10 == 0 else 0.025 if points % 5 == 0 else 0.01
    return max(lo, f - half), min(hi, f + half)


def _relation(c: Claim) -> None:
    f = c.factor
    unit = c.extra.pop("unit", None)
    direction = c.extra.get("direction", 1)
    if c.kind == "multiple" and (unit is None or (unit >= 1 and float(f).is_integer())):
        # a word ("doubled", "sixfold") or a whole number ("6-fold") is loose by nature
        tol = HEADLINE_WORD_MULTIPLE_TOLERANCE if c.extra.get("_headline") else WORD_MULTIPLE_TOLERANCE
        lo, hi = f * (1 - tol), f * (1 + tol)
    elif c.kind == "multiple":
        lo, hi = f - unit / 2, f + unit / 2
    else:
        u = unit if unit else FRACTION_UNIT
        # the percentage as written is p = |factor - 1| (changes) or factor (shares)
        p = abs(f - 1) if c.kind == "percent_change" else f
        # a percentage is rounded or cut short ("9.46" for 9.4655): half a unit below, a
        # whole unit above; a fraction in words ("a quarter") is never cut short, only
        # rounded to the nearest word: half a unit either way (29.9% is not "a quarter")
        plo, phi = p - u / 2, (p + u if unit else p + u / 2)
        if c.extra.get("index"):
            lo, hi = f - u / 2, f + u  # an index is new/old as written, rounded or cut short alike
        elif c.kind == "percent_change":
            lo, hi = sorted((1 + direction * plo, 1 + direction * phi))
        else:
            lo, hi = plo, phi
    if c.bound == "approx":
        span = max(hi - lo, 0.0)
        if c.kind == "percent_change":
            p = abs(f - 1)
            lo, hi = lo - 0.1 * p - span * 0.5, hi + 0.1 * p + span * 0.5
        elif c.kind == "multiple" and _counted_whole_number(c, f):
            # "about 45 times": a number of two figures is counted, not a word's loose
            # "about three times"; "about" allows a tenth either way, not a tenth on top of
            # a word's looseness
            lo, hi = min(lo, f * 0.9), max(hi, f * 1.1)
        elif c.kind == "multiple" and c.extra.get("near_below") and f > 1 and direction > 0:
            # "nearly sevenfold": under the figure, by as much as "about" allows, and over it
            # by no more than the word's own rounding (a fall, "nearly halved", is the other
            # way round: it keeps the loose width)
            lo, hi = lo * 0.9, f * (1 + NEAR_BELOW_OVER)
        else:
            lo, hi = lo * 0.9, hi * 1.1
            if c.kind == "share" and unit:
                lo, hi = _about_share_rounding(f, unit, lo, hi)
    elif c.bound in ("gt", "ge"):
        lo, hi = f, None
    elif c.bound in ("lt", "le"):
        lo, hi = 0.0, f
    if c.kind == "multiple" and direction < 0:
        # "1.2 times less": new/old is 1/1.2, the written figure's rounding and bound turned round
        c.factor = 1 / f
        lo, hi = (1 / hi if hi else 0.0), (1 / lo if lo else None)
        c.bound = {"gt": "lt", "ge": "le", "lt": "gt", "le": "ge"}.get(c.bound, c.bound)
    c.extra["factor_low"], c.extra["factor_high"] = lo, hi
