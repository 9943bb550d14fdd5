"""Rates against the level they divide (link/stated_per.py reads them): "Exports reached
$812bn in 2023, about $2.2bn every day"; "the duties raise about $30bn a year. Spread across
the country's 48 million households, that is about $625 per household"; "shipped 2.1 million
tonnes worth $6.3bn, an average of $3,000 a tonne".

- A rate per unit of time is its flow's level over as many of that unit as the level's
  period holds: a year's level over 365 days, or 8,760 hours. The level is one of the same
  flow, pair, currency and product (a rate that names no product may divide a product's
  level), given in the rate's sentence, the four before or the two after (a chart's rate may
  come before its level). A rate that fits a year of working days (250-262) is left
  unverifiable, "a day" may mean a working day; so is one that fits only a level of another
  period, unless its sentence restates the one before ("That is ...").
- A rate per thing counted is a total over a count of that thing the text states ("48
  million households", "population 5.1 million", "19.6 million Chileans") in the rate's
  sentence or the four before. Any money figure of the rate's currency near it may be the
  total, but the rate is flagged only where the words tie one to it (see `_sure`).

A rate is flagged only when it fits none of the levels it may divide, within a factor of
three of it; with no level, or no count, nothing is checked.
- A rate per day whose sentence counts the days the level is spread over ("Spread over the
  quarter's 90 days, that is roughly $91 billion ... every day", "250 trading days") is that
  level over that count: a level of the same flow, pair, product and currency the same
  sentence or the one before gives. Which level it divides the words do not always say (the
  quarter's level, or the one it rose from), so the rate is flagged only when it fits none.
"""
from __future__ import annotations

import bisect
import calendar
import functools
import math
import re

from .. import periods as P
from .. import vocab
from ..model import Claim, Finding
from ..link.stated_per import stated_per
from .catalogue import Severity, Status, render
from .format import money
from .system import FLOW_MEASURES

# how many sentences back the level or the count a rate divides may be, and after it (a
# chart's rate before the paragraph that gives its level: "About $2.5 billion a day")
BACK = 4
AFTER = 2
# a year of working days: a rate "a day" that fits these may be per working day
_WORKING_DAYS = (250, 262)
# of a shorter period's weekdays, the fewest that may be working days (the rest holidays: a
# carnival or a new year's week takes a month's days off)
_WORKING_SHARE = 0.75


def findings(text: str, sentences, claims: list[Claim]) -> list[Finding]:
    """A finding for each rate that fits, or fits none of, the levels it may divide."""
    return _days_counted(text, sentences, claims) + _per_unit(text, sentences, claims)


def _per_unit(text: str, sentences, claims: list[Claim]) -> list[Finding]:
    # (a rate said as a bound has one end: "more than $3,000 every second")
    rates = [c for c in claims if c.kind == "amount" and c.extra.get("per") in _lengths()
             and c.native_low is not None and c.value and c.sentence >= 0]
    if not rates:
        return []
    by_sentence: dict[int, list[Claim]] = {}
    for c in claims:
        if c.kind == "amount" and c.native_low is not None and c.native_high is not None:
            by_sentence.setdefault(c.sentence, []).append(c)
    out = []
    for rate in rates:
        near = [c for i in range(max(0, rate.sentence - BACK), rate.sentence + AFTER + 1) for c in by_sentence.get(i, ())
                if c is not rate and c.currency == rate.currency]
        length = _lengths()[rate.extra["per"]]
        levels = [c for c in near if not c.extra.get("per")]
        f = _per_time(text, sentences, rate, levels, length) if length else _per_thing(text, sentences, rate, levels, near)
        if f is not None:
            out.append(f)
    return out


@functools.cache
def _lengths() -> dict[str, tuple[float | None, int | None] | None]:
    """unit -> (days, months) for a time, None for a thing counted; the year is left out (a
    rate a year over a year's level says nothing more)."""
    out: dict[str, tuple[float | None, int | None] | None] = {}
    for r in vocab.rate_units().values():
        if r["unit"] != "year":
            out[r["unit"]] = (r["days"], r["months"]) if (r["days"] or r["months"]) else None
    return out


def _guessed(c: Claim) -> bool:
    return any(c.basis.get(f) == "guess" for f in ("measure", "pair"))


def _per_time(text: str, sentences, rate: Claim, near: list[Claim], length) -> Finding | None:
    if rate.measure not in FLOW_MEASURES or _guessed(rate):
        return None
    sent = sentences[rate.sentence]
    if rate.extra["per"] == "day" and _DAYS.search(text, sent.start, sent.end):
        return None  # (a count of days stated: _days_counted)
    if stated_per(text, rate.start, rate.end, sent.start) != rate.extra["per"]:
        return None  # ("Daily average exports ... rose to $2.6bn": an average of working days)
    levels = [c for c in near if (c.measure, c.reporter, c.partner) == (rate.measure, rate.reporter, rate.partner)
              and (rate.commodity is None or c.commodity == rate.commodity) and not c.extra.get("cumulative")]
    # (a level of any period the rate may divide: where a rate is dated by words about an
    # earlier figure, "Sh3,100 a kilo, against Sh2,400 a kilo in 2022, and Sh490 million a
    # day", its date is no sure sign of the level it divides)
    counted = [(c, n) for c in levels if (n := _count_in(c.period, length)) and n >= 2 and _near_size(c.value / n, rate.value)]
    if not counted:
        return None
    fits = [(c, n) for c, n in counted if _fits(c.native_low / n, c.native_high / n, rate)]
    # (the nearest that fits, else the nearest of the rate's period)
    level, n = fits[-1] if fits else ([x for x in counted if x[0].period == rate.period] or counted)[-1]
    unit = rate.extra["per"]
    status, severity = (Status.CONSISTENT, Severity.INFO) if fits else (Status.INCONSISTENT, Severity.ERROR)
    # (a level of another period than the rate's may not be the one it divides, unless the
    # rate's sentence restates the one before: "... A$900bn in 2022-23. That is A$2.5bn every
    # day of the financial year"; "a day" may be per working day)
    restated = level.sentence == rate.sentence - 1 and rate.basis.get("period") != "text" \
        and _restating_re().match(text, sent.start) is not None
    if not fits and (_guessed(level) or (level.period != rate.period and not restated)
                     or unit == "day" and _fits_working_days(level, rate)):
        status, severity = Status.UNVERIFIABLE, Severity.WARNING
    each = level.value / n
    fields = {"whole": money(level.value, level.currency), "count": f"{n:,.0f}", "units": unit + "s",
              "rate": money(each, level.currency), "unit": unit, "text": rate.text, "bound": rate.bound}
    return Finding(id="", check="ratio", status=status, severity=severity,
                   claims=[level.id, rate.id], spans=[(level.start, level.end), (rate.start, rate.end)],
                   message=render("ratio", "per_time", bool(fits), fields), expected=each, observed=rate.value)


def _count_in(period: str | None, length) -> float | None:
    """How many of a unit of time (days, months) the period holds: 2024 holds 366 days."""
    p = P.parse(period)
    if p is None:
        return None
    days, months = length
    if months:
        return (p[1] - p[0] + 1) / months
    total = sum(calendar.monthrange(m // 12, m % 12 + 1)[1] for m in range(p[0], p[1] + 1))
    return total / days


def _sure(text: str, sentences, total: Claim, rate: Claim, count_sentence: int) -> bool:
    """Whether the words make `total` the one the rate divides: one sentence gives all three
    ("shipped 2.1 million tonnes worth $6.3bn, an average of $3,000 a tonne"); the rate's
    sentence says it divides what went before ("Spread across its 48 million households, that
    is $625 per household") and the total is beside the count; or the total is a level of
    the rate's own flow and pair ("Exports per person" and the exports). A price of its own
    ("The average freight rate fell to $1,200 per TEU") divides no revenue the text gives."""
    if total.sentence == rate.sentence == count_sentence:
        return True
    if rate.measure in FLOW_MEASURES and rate.basis.get("measure") == "text" and not _guessed(rate) \
            and (total.measure, total.reporter, total.partner) == (rate.measure, rate.reporter, rate.partner):
        return True
    if _average_after_its_terms(text, sentences, total, rate, count_sentence):
        return True
    sent = sentences[rate.sentence]
    return count_sentence - 1 <= total.sentence <= count_sentence and \
        _dividing_re().search(text, sent.start, rate.start) is not None


def _average_after_its_terms(text: str, sentences, total: Claim, rate: Claim, count_sentence: int) -> bool:
    """Whether the rate is an average listed right after its total and its count, each a
    bullet of its own ("• Shipments fell to 142,600 tons", "• Value dropped 83% to $19.8
    million", "• Average realization slipped to about $139 a ton": key figures one a line): the
    two bullets just before give the count and the total, and the rate's own words before it
    name it an average (vocab/average_cues.csv), so it is that total over that count. In prose
    the average may be of one product of the total ("The average selling price of its
    hot-rolled coil was about 1.08 million won per ton"), so no such tie is read there."""
    if {total.sentence, count_sentence} != {rate.sentence - 1, rate.sentence - 2}:
        return False
    if not all(_BULLET.match(text, sentences[i].start) for i in range(rate.sentence - 2, rate.sentence + 1)):
        return False
    sent = sentences[rate.sentence]
    return _average_re().search(text, sent.start, rate.start) is not None


# a bullet's mark opening a line of a list ("• Value dropped 83%", "- Shipments fell")
_BULLET = re.compile(r"[ \t]*[-*•–][ \t]")


@functools.cache
def _average_re() -> re.Pattern:
    words = vocab.alternation(vocab.average_cues(), ignore_case=True, space=r"[\s-]+")
    return re.compile(r"\b(?:" + words + r")\b", re.I)


@functools.cache
def _dividing_re() -> re.Pattern:
    words = vocab.alternation(vocab.restating_rate_openers(), ignore_case=True, space=r"\s+")
    return re.compile(r"\b(?:" + words + r")\b", re.I)


@functools.cache
def _restating_re() -> re.Pattern:
    words = vocab.alternation(vocab.restating_rate_openers(), ignore_case=True, space=r"\s+")
    return re.compile(r"\s*[\"“‘']?(?:" + words + r")\b", re.I)


def _near_size(expected: float, stated: float) -> bool:
    """Whether a rate is within a factor of three of what the level makes it: further off,
    the level is not the one it divides ("a household that earns €5,000 a month" beside a
    country's €4.1trn)."""
    return stated != 0 and 1 / 3 <= abs(expected / stated) <= 3


def _fits(low: float, high: float, rate: Claim) -> bool:
    return (rate.native_high is None or low <= rate.native_high) and rate.native_low <= high


def _fits_working_days(level: Claim, rate: Claim) -> bool:
    p = P.parse(level.period)
    years = (p[1] - p[0] + 1) / 12
    return any(_fits(level.native_low / (d * years), level.native_high / (d * years), rate) for d in _WORKING_DAYS) or \
        _fits(level.native_low / (_WORKING_DAYS[1] * years), level.native_high / (_WORKING_DAYS[0] * years), rate) or \
        years < 1 and _fits_weekdays(level, p, rate)


def _fits_weekdays(level: Claim, p: tuple[int, int], rate: Claim) -> bool:
    """Whether a rate a day fits a level of a few months over its working days, whose number
    the text does not give ("exports totaled US$ 24.38 billion ... US$ 1.06 billion a day",
    23 working days of March): the period's weekdays, less up to a share of them for holidays."""
    weekdays = sum(1 for m in range(p[0], p[1] + 1) for day in range(1, calendar.monthrange(m // 12, m % 12 + 1)[1] + 1)
                   if calendar.weekday(m // 12, m % 12 + 1, day) < 5)
    fewest = weekdays * _WORKING_SHARE
    return _fits(level.native_low / weekdays, level.native_high / fewest, rate)


def _per_thing(text: str, sentences, rate: Claim, near: list[Claim], with_rates: list[Claim]) -> Finding | None:
    unit = rate.extra["per"]
    if any(x.extra.get("per") == unit and x.sentence == rate.sentence and x.start < rate.start for x in with_rates):
        # ("an average of $4,700 a tonne, 39 per cent more than the $3,400 a tonne of last
        # year": the second rate is the first's earlier level, of no total the text gives)
        return None
    # the counts of the unit in the rate's sentence and the ones before: (range, sentence)
    counts = [(n, i) for i in range(max(0, rate.sentence - BACK), rate.sentence + 1)
              for m in _count_re(unit).finditer(text, sentences[i].start, sentences[i].end)
              if not _is_money(text, m) and (n := _count_of(m))]
    totals = [c for c in near if c.native_low > rate.value * 10]
    # (a total of the rate's own period, where the text gives one, is the one it divides:
    # "earned $3.39bn last year, up from $2.92bn in 2023 ... $1,695 a tonne" is last year's
    # revenue over last year's tonnes, never the year before's over this year's)
    own = [c for c in totals if c.period == rate.period]
    if own:
        totals = own
    pairs = [(c, n, i) for c in totals for n, i in counts if _near_size(c.value / n[0], rate.value)]
    if not pairs:
        return None
    fits = [(c, n, i) for c, n, i in pairs if _fits(c.native_low / n[1], c.native_high / n[0], rate)]
    # (the nearest that fits, else the one nearest to fit)
    total, (low, high, said), _ = fits[-1] if fits else min(pairs, key=lambda x: abs(math.log(x[0].value / ((x[1][0] + x[1][1]) / 2) / rate.value)))
    each = total.value / ((low + high) / 2)
    fields = {"whole": money(total.value, total.currency), "count": said, "rate": money(each, total.currency),
              "unit": _name(unit), "text": rate.text, "bound": rate.bound}
    status, severity = (Status.CONSISTENT, Severity.INFO) if fits else (Status.INCONSISTENT, Severity.ERROR)
    if fits and total.period != rate.period:
        # (a total of another period that happens to fit within the count's rounding is no
        # match: the rate is not shown to be that total's)
        status, severity = Status.UNVERIFIABLE, Severity.WARNING
    if not fits and (total.period != rate.period or not any(_sure(text, sentences, c, rate, i) for c, _, i in pairs)):
        status, severity = Status.UNVERIFIABLE, Severity.WARNING
    return Finding(id="", check="ratio", status=status, severity=severity,
                   claims=[total.id, rate.id], spans=[(total.start, total.end), (rate.start, rate.end)],
                   message=render("ratio", "per_thing", bool(fits), fields), expected=each, observed=rate.value)


def _name(unit: str) -> str:
    """How a unit is written: its first word in vocab/rate_units.csv ("TEU")."""
    return next(w for w, r in vocab.rate_units().items() if r["unit"] == unit)


_SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9}


@functools.lru_cache(maxsize=None)
def _count_re(unit: str) -> re.Pattern:
    """A count of the unit: "131.4 million households", "1.14 million loaded outbound TEUs",
    "the population of 26.6 million", "population 26.6 million", and for people a demonym's
    plural ("40.1 million Canadians")."""
    words = [w for w, r in vocab.rate_units().items() if r["unit"] == unit and w not in ("population", "capita", "head")]
    if unit == "person":
        words += [a + "s" for a, (_, kind) in _demonyms().items() if a.endswith("n")]
    if unit == "unit":
        # (a price "per unit" divides a count of the goods counted as units: "exported
        # 9,400 tractors ... about $18,000 per unit"; vocab/unit_spellings.csv)
        words += [w for w, u in vocab.unit_spellings().items() if u == "units"]
    nouns = vocab.alternation(words, ignore_case=True, space=r"[\s-]+")
    number = r"(?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:[^\S\n]*(?P<s>thousand|million|billion|mn|bn|m|k)\b)?"
    label = r"(?P<label>\bpopulation[^\S\n]*(?:of|:|was|is|stood[^\S\n]+at)?[^\S\n]*(?:(?:about|around|some|nearly)[^\S\n]+)?)" \
        if unit == "person" else "(?P<label>(?!))"
    # (the label's count, or a count with its noun after it, a few words between at most;
    # the space before a scale goes with the scale, so a bare "9,400 tractors" keeps its noun)
    return re.compile(rf"(?:{label}|\b){number}(?P<noun>[^\S\n]+(?:[a-z][\w-]*[^\S\n]+){{0,3}}?(?:{nouns})\b)?", re.I)


@functools.cache
def _demonyms() -> dict:
    return {r["alias"]: (r["iso3"], r["kind"]) for r in vocab.table("countries") if r["kind"] == "demonym"}


def _is_money(text: str, m: re.Match) -> bool:
    """Whether the number is money ("$1.9bn people" is no count)."""
    return bool(re.search(r"[$€£¥]\s*$|[A-Z]{3}\s$|\b(?:Rs|Sh|R)\.?\s*$", text[max(0, m.start() - 4):m.start()]))


def _count_of(m: re.Match) -> tuple[float, float, str] | None:
    """The count's range, its rounding allowed for, and its words; None for a number that
    counts nothing the rate is per."""
    if not (m["label"] or m["noun"]):
        return None
    return _range(m["n"], m["s"], m.group(0))


def _range(n: str, scale: str | None, said: str) -> tuple[float, float, str] | None:
    digits = n.replace(",", "")
    value = float(digits)
    half = 0.5 * 10 ** -len(digits.split(".")[1]) if "." in digits else 0.5
    mult = _SCALES.get((scale or "").lower(), 1)
    if value * mult < 100:
        return None  # (a count of a few is no divisor a text states for a total)
    return (value - half) * mult, (value + half) * mult, " ".join(said.split())


# "90 days", "the year's 365 days", "250 working days": the count the level is spread over
_DAYS = re.compile(r"\b(?P<n>\d{2,3})\s+(?:calendar\s+|working\s+|business\s+|trading\s+)?days\b", re.I)


def _days_counted(text: str, sentences, claims: list[Claim]) -> list[Finding]:
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
        if any(x.sentence == rate.sentence and x.start < rate.start for x in daily):
            # ("In the 21 working days of the month, the daily average of exports was US$ 663.8
            # million, ... compared with the daily average of January 2014 (US$ 771.2
            # million)": the days counted spread the level over the sentence's first rate; a
            # later one is set beside it, of another period)
            continue
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
            out.append(_per_counted_day(rate, levels, int(days["n"])))
    return out


def _daily(c: Claim) -> bool:
    return c.kind == "amount" and c.extra.get("per") == "day" and c.measure not in (None, "other") \
        and c.low is not None and c.high is not None


def _level_of(c: Claim, rate: Claim) -> bool:
    """Whether `c` is a level of the rate's flow: the same measure, pair, product and
    currency, no rate itself, no change."""
    return c.kind == "amount" and not c.extra.get("per") and c.low is not None and c.high is not None \
        and (c.measure, c.reporter, c.partner, c.commodity, c.currency) == (rate.measure, rate.reporter, rate.partner, rate.commodity, rate.currency)


def _per_counted_day(rate: Claim, levels: list[Claim], days: int) -> Finding:
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
