"""Figures stated per a unit of time or per thing counted: "roughly $7bn every day, or more
than $80,000 every second", "about $610 per household", "an average of $3,100 a tonne",
"$12,400 for every man, woman and child", "Exports per person: $8,200", "exports per working
day", "On a monthly basis, ... about $538 million". Such a figure is a rate, no level of its
flow over the period it is dated by (vocab/rate_units.csv, rate_openers.csv and
average_cues.csv name the words); check/unit_rates.py sets it against the level it divides.
rate_of is the one place a figure is read as a rate."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..model import DAILY_AVERAGE
from .measures import is_goal
from .site import Site


@functools.cache
def _units() -> str:
    return vocab.alternation(vocab.rate_units(), ignore_case=True, space=r"[\s-]+")


@functools.cache
def _after_re() -> re.Pattern:
    # right after the figure: "$9bn every day", "$2.1-billion-a-day", "$610 per household",
    # "$3.4bn every day of the year"; not "a year earlier", "a second time", "a head start"
    # ... or "for each of the country's 8.2 million households", "for every man, woman and child"
    return re.compile(
        rf"(?:[^\S\n]+|-)(?:(?:per|a|an|each|every)(?:[^\S\n]+|-)|for[^\S\n]+(?:each|every)[^\S\n]+"
        rf"(?:of[^\S\n]+(?:the[^\S\n]+)?(?:[\w.'’-]+[^\S\n]+){{0,3}}?(?:[\d.,]+[^\S\n]*(?:[mk]|bn|million|billion|thousand)?[^\S\n]+)?)?)"
        rf"(?P<w>{_units()})(?![\w-])"
        rf"(?![^\S\n]+(?:earlier|ago|before|later|on|back|previously|time|round|start|hand|half|largest|biggest)\b)", re.I)


@functools.cache
def _before_re() -> re.Pattern:
    # the label before the figure in its clause, no figure between: "Exports per person:
    # $8,200", "Exports per head, at about $4,100"
    return re.compile(rf"\bper[^\S\n]+(?P<w>{_units()})\b[^\d$€£¥;.\n]{{0,25}}$", re.I)


def stated_per(text: str, start: int, end: int, clause_start: int) -> str | None:
    """The unit the figure at start:end is stated per ("day", "household", "tonne"), by words
    right after it or by a "per ..." label before it in its clause; None for a level."""
    window = text[end:end + 8].lower()
    if not any(w in window for w in (" per", " a ", " an ", "-a-", " each", " every", " for")) \
            and "per" not in text[max(clause_start, start - 40):start].lower():
        return None  # (cheap: no rate word near the figure)
    m = _after_re().match(text, end)
    if m is None:
        m = _before_re().search(text, max(clause_start, start - 40), start)
    if m is None:
        return None
    return vocab.rate_units()[_said(m["w"])]["unit"]


def _said(word: str) -> str:
    """The table's spelling of a unit as the text wrote it ("Twenty foot equivalent units" is
    "twenty-foot equivalent units": the patterns match any run of spaces and hyphens, and no case)."""
    return _spellings()[_key(word)]


def _key(word: str) -> str:
    return re.sub(r"[\s-]+", " ", word).lower()


@functools.cache
def _spellings() -> dict[str, str]:
    return {_key(w): w for w in vocab.rate_units()}


def is_time(unit: str) -> bool:
    """Whether a unit is a length of time (a day, an hour), not a thing counted."""
    return unit in _times()


@functools.cache
def _times() -> frozenset[str]:
    return frozenset(r["unit"] for r in vocab.rate_units().values() if r["days"] or r["months"])


@functools.cache
def _after_flow_re() -> re.Pattern:
    counted = [w for w, r in vocab.rate_units().items() if not (r["days"] or r["months"])]
    words = vocab.alternation(counted, ignore_case=True, space=r"[\s-]+")
    return re.compile(rf"[^\S\n]+per[^\S\n]+(?P<w>{words})\b", re.I)


def per_thing_after_flow(text: str, flow_end: int) -> str | None:
    """The thing a flow word is per ("Exports per household, at about $2,100"): the figure
    is that flow per thing counted, no level of it."""
    m = _after_flow_re().match(text, flow_end, flow_end + 40)
    return vocab.rate_units()[_said(m["w"])]["unit"] if m else None


def rate_of(s: Site, flow) -> tuple[str | None, bool]:
    """What the figure at s is stated per ("day", "month", "household"), or None, and whether
    that settles its measure: a rate of its flow word's flow is no level and no other kind of
    figure, while a figure per thing counted may still be read as another kind ("a price of
    $3,100 a tonne"). The words are tried from the flow word's own to the figure's."""
    c = s.claim
    # (a flow word before another figure is that figure's: "11.8 billion yuan of trade per day
    # ..., and accounted for half of Guangdong province's 2.14 trillion yuan")
    own_flow = flow is not None and (flow.start >= s.m.end or flow.start >= s.prev_end)
    rate = own_flow and s.kind in ("amount", "percent_change", "multiple") and c.measure != "other" and (
        _RATE_AFTER_FLOW.match(s.text, flow.end, flow.end + 40) or _PER_DAY_BEFORE.search(s.text, max(s.sent.start, flow.start - 30), flow.start))
    if rate:
        # "Exports per working day ... were up 2.5 percent", "daily average exports": the
        # flow as a rate, another quantity than the period's flow
        return (" ".join(rate.group(0).split()[1:]).lower() if rate.re is _RATE_AFTER_FLOW else "day"), True
    thing = per_thing_after_flow(s.text, flow.end) if own_flow and s.kind == "amount" and c.measure != "other" else None
    if thing:
        # "Exports per household, at about $2,100": the flow per thing counted, its measure
        # the flow's (check/unit_rates.py divides the flow's level by the count)
        return thing, True
    per = None
    average = _average_per(s)
    if average and s.kind in ("amount", "percent_change", "multiple"):
        # "The average goods and services deficit increased $1.9 billion to $71.2 billion
        # for the three months ending in April": an average is a series of its own, no level
        # of the month it ends in (the change keeps its reading; no check relates a rate)
        per = average
        if average == "day" and not c.extra.get("_series"):
            # ("the daily average of exports was US$ 663.8 million, a decrease of 13.9%
            # compared with the daily average of January 2014": the flow's daily averages
            # are a series of their own, whose changes the model checks, check/system.py)
            c.extra["_series"] = DAILY_AVERAGE
    opened = _rate_opener(s) if s.kind == "amount" and c.measure != "other" else None
    if opened and not is_goal(s):
        # "On a monthly basis, IT companies brought in about $538 million": the flow as a
        # rate, said before the figure rather than after it
        return opened, True
    periodic = _periodic_average(s, flow) if own_flow and s.kind == "amount" and c.measure != "other" else None
    if periodic and not is_goal(s):
        # "Monthly exports averaged around $560 million in 2023": the flow as a rate per
        # month, dated by the year it is averaged over but no level of that year
        return periodic, True
    named = _periodic_average_before(s) if s.kind == "amount" and c.measure != "other" else None
    if named and not is_goal(s):
        # "Imports came to US$ 22.90 billion, with a daily average of US$ 995.7 million": the
        # flow as a rate per day, beside the month's level, not a second level of the month
        return named, True
    after = _PER_UNIT_AFTER.match(s.after) or _average_rate_later(s)
    if after and s.kind == "amount" and c.measure != "other" and not is_goal(s):
        # "an average of Sh35 billion per month": the flow, as a rate; no check adds it up
        # (a goal is a goal at any rate: "aims to lift turnover to $100 billion a year")
        return after["u"], True
    unit = stated_per(s.text, s.m.start, s.m.end, max(s.sent.start, s.prev_end)) if s.kind == "amount" else None
    if unit and not (is_time(unit) and is_goal(s)):
        # "roughly $7bn every day, or more than $80,000 every second", "about $610 per
        # household", "Exports per person: $8,200": a rate, no level of the flow's period
        # (check/unit_rates.py sets it against the level it divides; a goal per household
        # is per household too, but "to $100 billion a year" is a goal's level)
        return unit, is_time(unit) and c.measure != "other"
    return per, False


# What a flow word itself is per: "exports per working day", "imports per head", "daily
# average exports"
_RATE_AFTER_FLOW = re.compile(r"\s+(?:per|a|each)\s+(?:working\s+|business\s+|trading\s+|calendar\s+)?(?P<u>day|week|capita|head)\b", re.I)


@functools.cache
def _rate_opener_re() -> re.Pattern:
    cues = vocab.alternation(vocab.rate_openers(), ignore_case=True, space=r"\s+")
    # (at the start of a quote too: '"Every day, $1.2 billion of goods leaves our ports"')
    return re.compile(rf"(?:^[\"“‘']?|[,;:(]\s*|\b(?:and|but|while)\s+)(?P<cue>{cues})\b(?P<rest>[^\d;]*)$", re.I)


@functools.cache
def _rate_tail_re() -> re.Pattern:
    tails = vocab.alternation([w for w in vocab.rate_openers() if w.startswith("per ")], ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*(?P<cue>{tails})\b", re.I)


@functools.cache
def _rate_closer_re() -> re.Pattern:
    # only the "every"/"each" phrases: "a day" or "per day" may be a unit's own tail further on
    closers = vocab.alternation([w for w in vocab.rate_openers() if w.split()[0] in ("every", "each")],
                                ignore_case=True, space=r"\s+")
    return re.compile(rf"^[^\d.;:,()]*?\s(?P<cue>{closers})\s*(?:[.;,)]|$)", re.I)


def _rate_opener(s: Site) -> str | None:
    """The period or head a figure is stated per by words before it in its clause, no other
    figure between, by "per ..." right after it, or by "every ..."/"each ..." closing its
    clause (vocab/rate_openers.csv): "On a monthly basis, ... about $538 million", "an
    average of about €630 per trip", "roughly $91 billion of goods crossing borders every day"."""
    mm = (_rate_opener_re().search(s.text[s.sent.start:s.m.start]) or _rate_tail_re().match(s.text, s.m.end)
          or _rate_closer_re().match(s.text[s.m.end:s.sent.end]))
    if mm is None:
        return None
    said = re.sub(r"\s+", " ", mm["cue"].lower())
    return next((per for w, per in vocab.rate_openers().items() if w == said), None)


_PER_UNIT_AFTER = re.compile(r"^\s*(?:per|a|an|each)\s+(?P<u>month|year|week|day|quarter)\b(?!\s+(?:earlier|ago|before(?!\s+(?:19|20)\d\d)|later|on|back|previously)\b)")


# "an average of", "averaging" right before a figure
_AVERAGE_BEFORE = re.compile(r"\b(?:an?\s+average\s+of|averaging|averaged)\s+(?:about\s+|some\s+|around\s+)?$", re.I)
# the rate's unit later in the figure's clause: "entered the country every day", "worth of fuel each week"
_RATE_LATER = re.compile(r"[^.;:]{0,60}?\b(?:every|each|per|a)\s+(?P<u>month|week|day)\b(?!\s+(?:earlier|ago|before|later)\b)", re.I)


def _average_rate_later(s: Site) -> re.Match | None:
    """"goods worth an average of MVR 164.1 million entered the country every day", "imports
    averaging $12 million each day": an average whose rate unit comes later in its clause,
    past the verb, is the flow as a rate (per day, week or month), not the period's level."""
    if s.kind != "amount" or not _AVERAGE_BEFORE.search(s.text, max(s.sent.start, s.m.start - 30), s.m.start):
        return None
    return _RATE_LATER.match(s.after)


@functools.cache
def _periodic_average_re() -> re.Pattern:
    # "a daily average of", "the monthly average of about" right before the figure
    # (vocab/periodic_flow_words.csv names the period's adjective)
    words = vocab.alternation(vocab.periodic_flow_words(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:an?|the|its|their)\s+(?P<w>{words})\s+average\s+of\s+(?:about\s+|some\s+|around\s+)?$", re.I)


def _periodic_average_before(s: Site) -> str | None:
    """The period a figure is an average per where "a daily average of" (weekly, monthly)
    stands right before it: the flow as a rate, not the level of the period it is dated by."""
    if "average" not in s.before[-40:]:
        return None  # (cheap)
    m = _periodic_average_re().search(s.text, max(s.sent.start, s.m.start - 40), s.m.start)
    return vocab.periodic_flow_words()[re.sub(r"\s+", " ", m["w"].lower())] if m else None


@functools.cache
def _periodic_word_re() -> re.Pattern:
    # a period's adjective a few words before the flow word, in its noun phrase ("Monthly IT
    # exports", "weekly grain shipments"), no "of" between
    words = vocab.alternation(vocab.periodic_flow_words(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?P<w>{words})\s+(?:(?!of\b)[A-Za-z&/-]+\s+){{0,3}}$", re.I)


def _periodic_average(s: Site, flow) -> str | None:
    """The period a figure is an average per when its flow word has a period's adjective and
    an "averaged"/"an average of" stands right before the figure ("Monthly exports averaged
    $560 million in 2023"): vocab/periodic_flow_words.csv."""
    if not s.sent.start <= flow.start < s.m.start:
        return None
    if not _AVERAGE_BEFORE.search(s.text, max(flow.end, s.m.start - 30), s.m.start):
        return None
    m = _periodic_word_re().search(s.text, max(s.sent.start, flow.start - 50), flow.start)
    return vocab.periodic_flow_words()[m["w"].lower()] if m else None


# a flow counted per day: "exports per working day", "daily average exports"
_PER_DAY_BEFORE = re.compile(r"\b(?:daily|per-day|per-working-day)\s+(?:average\s+)?$|\baverage\s+daily\s+$", re.I)


@functools.cache
def _average_re() -> re.Pattern:
    # an average cue before the flow word of its noun phrase, a few words apart ("average
    # goods and services deficit"), none of them "of" ("the average price of exports" is a price)
    # but one right after the cue ("the three-month moving average of exports growth")
    cues = vocab.alternation(vocab.average_cues(), ignore_case=True, space=r"[\s-]+")
    return re.compile(rf"\b(?P<cue>{cues})\s+(?:of\s+(?:the\s+)?)?(?:(?!of\b)[A-Za-z-]+\s+){{0,4}}$", re.I)


def _average_per(s: Site) -> str | None:
    """The period a figure is an average per, where the flow word it is read from (or the
    figure it continues: "increased $1.9 billion to $71.2 billion") is an average's."""
    flow = s.flow
    if flow is not None and s.sent.start <= flow.start < s.m.start:
        cue = _average_re().search(s.text, max(s.sent.start, flow.start - 60), flow.start)
        if cue:
            said = re.sub(r"[\s-]+", " ", cue["cue"].lower())
            return next((per for w, per in vocab.average_cues().items() if re.sub(r"[\s-]+", " ", w.lower()) == said), None)
    p = s.prev
    if s.continued and p is not None and p.extra.get("per") and s.kind == "amount":
        return p.extra["per"]
    if s.continued and p is not None and p.extra.get("per") and s.kind == "percent_change" and p.kind == "amount" \
            and (flow is None or flow.start < s.prev_end):
        # "daily average exports were $2.4bn, up 4.9%": the change said right after a rate,
        # with no flow word of its own, is the rate's change (per working day), not the
        # change of the period's total
        return p.extra["per"]
    return None
