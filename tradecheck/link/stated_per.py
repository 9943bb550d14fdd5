"""Figures stated per a unit of time or per thing counted: "roughly $7bn every day, or more
than $80,000 every second", "about $610 per household", "an average of $3,100 a tonne",
"$12,400 for every man, woman and child", "Exports per person: $8,200". Such a figure is a
rate, no level of its flow over the period it is dated by (vocab/rate_units.csv names the
units); check/unit_rates.py sets it against the level it divides."""
from __future__ import annotations

import functools
import re

from .. import vocab


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
