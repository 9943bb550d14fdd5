"""A level of a quantity over a month or a year restated as its average per day, within one
sentence: "Iraq exported 58.6 million barrels of crude oil in July, an average of 1.89 million
barrels per day"; "shipped 4.38 million tonnes in 2023, or 12,000 tonnes a day"; or the other
way round, "output averaged 3.35 million b/d in March, or 103.85 million barrels".

Quantities are no claims (see check/volumes.py), so this reads the words alone: a level in a
unit, words with no figure ending on the period it is dated by ("in July", "in October 2014",
"in 2023") right before a comma, the words that make what follows the same flow restated
(vocab/daily_average_ties.csv), and a level of the same thing, one of the two per day
("barrels per day", "bpd", "tonnes a day"). The daily level must be the other over the
period's days, each figure to its rounding as written. A day may be a working day (a month of
19 to 23 of them, a year of 250 to 262), so a rate that fits such a count is let pass too;
only one that no count of the period's days gives is flagged."""
from __future__ import annotations

import calendar
import functools
import re

from .. import vocab
from ..link.cues import HEDGE
from ..model import Finding
from .catalogue import Severity, Status, render
from .volumes import _level, _rate_tail, level_pattern

# the working days a month or a year may count, besides its calendar days
_WORKING_DAYS = {"month": (19, 23), "year": (250, 262)}
# the rate tails that make a level one per day (vocab/rate_tails.csv)
_DAY_TAILS = ("per day", "a day", "/day")
# a comparative right after the second level makes it a gap, no restated level ("3.35 million
# b/d in March, or 10 million barrels more than in February")
_COMPARED_AFTER = re.compile(r"\s*(?:per\s+day|a\s+day|/day)?\s*(?:more|less|fewer|higher|lower|above|below|than|up|down)\b", re.I)


def prefilter(part: str) -> bool:
    """Whether a sentence may hold such an average: a word of a day (cheap)."""
    return "day" in part or "bpd" in part or "b/d" in part


@functools.cache
def _average_re() -> re.Pattern:
    """The level, up to 120 characters with no figure but a year, the period ("in July 2008",
    "in 2023") right before a comma, a tie (vocab/daily_average_ties.csv) and the daily level."""
    level = level_pattern()
    ties = vocab.alternation([r["phrase"] for r in vocab.table("daily_average_ties")], ignore_case=True, space=r"\s+")
    # (English month names in capitals only: "may" is also a verb, "Russia may export 48 tonnes")
    months = "|".join(calendar.month_name[1:])
    words = r"(?:[^.;%\d$€£¥()]|(?:19|20)\d\d(?![\d,.]\d)){0,120}?"
    period = rf"\b(?:in|during|for)\s+(?:(?-i:(?P<month>{months}))(?:\s+(?P<year>(?:19|20)\d\d))?|(?P<whole_year>(?:19|20)\d\d))"
    return re.compile(rf"{level.format(i=1)}{words}{period}\s*,\s*(?:{ties})\s+{HEDGE}{level.format(i=2)}", re.I)


def findings(text: str, sentences) -> list[Finding]:
    """An inconsistent finding for each daily average its level cannot give over its period."""
    out = []
    for sent in sentences:
        if not prefilter(text[sent.start:sent.end]):
            continue
        for m in _average_re().finditer(text, sent.start, sent.end):
            f = _judge(text, m)
            if f is not None:
                out.append(f)
    return out


def restated_levels(text: str, start: int, end: int) -> list[re.Match]:
    """The levels between `start` and `end` restated as their daily average ("58.6 million
    barrels in July, an average of 1.89 million barrels per day"): groups n1 (the level) and n2
    (the average). Check/quantity_parts.py reads the average as the level's flow."""
    if not prefilter(text[start:end]):
        return []
    return [m for m in _average_re().finditer(text, start, end) if _daily_unit(text, m, 2)]


def _base_unit(unit: str) -> str:
    """A unit as one spelling of its thing in the singular ("barrels", "barrel": "barrel";
    "bpd", "barrels per day": "barrel per day"; vocab/unit_spellings.csv)."""
    spelt = vocab.unit_spellings()
    low = " ".join(unit.lower().split())
    return spelt.get(low, low).removesuffix("s")


def _daily_unit(text: str, m: re.Match, i: int) -> str | None:
    """The unit of the thing level `i` counts per day ("barrel"), or None where that level is
    no rate per day."""
    tail = _rate_tail(text, m.end(f"u{i}"))
    base = _base_unit(m[f"u{i}"])
    if tail in _DAY_TAILS:
        return base
    if not tail and base.endswith(" per day"):
        return base.removesuffix(" per day")
    return None


def _days(m: re.Match) -> tuple[set[int], str]:
    """The calendar days the period may count (February of an unnamed year: 28 or 29) and
    whether it is a month or a year."""
    if m["whole_year"]:
        return {366 if calendar.isleap(int(m["whole_year"])) else 365}, "year"
    month = list(calendar.month_name).index(m["month"])
    years = [int(m["year"])] if m["year"] else [2023, 2024]  # (a leap year and another)
    return {calendar.monthrange(y, month)[1] for y in years}, "month"


def _judge(text: str, m: re.Match) -> Finding | None:
    # (the level first and its daily average after it, or the other way round: "3.35 million
    # b/d in March, or 103.85 million barrels")
    whole, daily = (1, 2) if _daily_unit(text, m, 2) else (2, 1)
    unit = _daily_unit(text, m, daily)
    if unit is None or _rate_tail(text, m.end(f"u{whole}")) or _base_unit(m[f"u{whole}"]) != unit:
        return None  # (no level and daily rate of one thing)
    tail = _rate_tail(text, m.end(f"u{daily}"))
    if _COMPARED_AFTER.match(text, m.end()):
        return None
    total, rate = _level(m[f"n{whole}"], m[f"s{whole}"]), _level(m[f"n{daily}"], m[f"s{daily}"])
    if total is None or rate is None or rate[0] <= rate[1]:
        return None
    # (the days the two figures, each to its rounding, may give)
    low, high = (total[0] - total[1]) / (rate[0] + rate[1]), (total[0] + total[1]) / (rate[0] - rate[1])
    calendar_days, length = _days(m)
    working = _WORKING_DAYS[length]
    if any(low <= d <= high for d in calendar_days) or (low <= working[1] and working[0] <= high):
        return None
    days = max(calendar_days)
    k = vocab.scales().get((m[f"s{daily}"] or "").lower(), 1.0)
    n = m[f"n{daily}"]
    places = len(n.split(".")[1]) + 1 if "." in n else (0 if k == 1.0 else 2)
    per_day = total[0] / days
    fields = {"whole": " ".join(filter(None, (m[f"n{whole}"], m[f"s{whole}"], m[f"u{whole}"]))), "days": days,
              "rate": " ".join(filter(None, (f"{per_day / k:,.{places}f}", m[f"s{daily}"], m[f"u{whole}"]))),
              "text": text[m.start(f"n{daily}"):m.end(f"u{daily}")] + (" " + tail if tail else ""), "bound": "eq"}
    # (quantities are no claims: the finding points at the words by its spans alone)
    return Finding(id="", check="ratio", status=Status.INCONSISTENT, severity=Severity.ERROR, claims=[],
                   spans=[(m.start(f"n{whole}"), m.end(f"u{whole}")), (m.start(f"n{daily}"), m.end(f"u{daily}"))],
                   message=render("ratio", "per_day", False, fields), expected=per_day, observed=rate[0])
