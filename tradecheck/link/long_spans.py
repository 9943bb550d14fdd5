"""A change or multiple said over a long span of years: "over the previous decade", "in 25
years", "over a quarter of a century", "a decade in which exports tripled".

Such a change compares the figure's period with the one that many years before it, not
with the year before (the default guess). The span's nouns and their years are in
vocab/span_nouns.csv, the words that open it in vocab/span_openers.csv. A span hedged
("less than a quarter of a century", "roughly ten years") has no sure first year: the base
is then left unknown, so the check finds nothing to compare rather than a wrong year.

"Volumes have since grown tenfold": a bare "since" before the change points back to a time
named earlier without saying it; the base is unknown too (never the year before)."""
from __future__ import annotations

import functools
import re

from .. import periods as P
from .. import vocab
from .rules import Decision, rule
from .site import Site


@functools.cache
def _span_re() -> re.Pattern:
    nouns = vocab.alternation(vocab.span_nouns(), ignore_case=True)
    openers = vocab.alternation(vocab.span_openers(), ignore_case=True, space=r"\s+")
    hedges = vocab.alternation(vocab.hedges(), ignore_case=True, space=r"\s+")
    numbers = vocab.alternation(vocab.number_words(), ignore_case=True)
    fractions = vocab.alternation(vocab.fractions(), ignore_case=True, space=r"\s+")
    return re.compile(
        rf"(?:\b(?P<open>{openers})\s+(?:(?P<hedge>{hedges})\s+)?)?"
        r"(?:the\s+(?P<look>past|previous|last|preceding)\s+)?"
        # "a quarter of a century", "half a century", "25 years", "two decades", "a decade"
        rf"(?:(?P<frac>{fractions})\s+(?:of\s+an?\s+|an?\s+)?|(?P<n>{numbers}|\d+)[\s-]+)?"
        rf"(?P<noun>{nouns})(?![\w'’-])"
        r"(?P<which>\s+in\s+which\b)?", re.I)


# "the highest in a decade", "for the first time in 25 years": a record said over a span is
# no change over it
_RECORD_BEFORE = re.compile(r"\b(?:\w+est|first|most|least|best|worst)\b(?:\s+[\w-]+){0,3}\s*$", re.I)

# the words that must be in a sentence before a span is looked for (cheap test first)
_SPAN_WORDS = ("year", "decade", "centur")


def _span_years(s: Site):
    """(years, hedged, (start, end)) of the span the change's clause names, or None."""
    lo, hi = max(s.sent.start, s.prev_end), s.sent.end
    words = s.text[lo:hi].lower()
    if not any(w in words for w in _SPAN_WORDS):
        return None
    # the span nearest the change with no other change between
    others = [x.start for x in s.ms.get("percent", []) + s.ms.get("multiple", []) if x.start != s.m.start]
    for m in _span_re().finditer(s.text, lo, hi):
        if not (m["open"] or m["which"]) or not (m["n"] or m["frac"] or m["look"]):
            continue  # ("over decades", "a decade of growth": no span a change ran over)
        a, b = (s.m.end, m.start()) if m.start() >= s.m.end else (m.end(), s.m.start)
        if m.start() < s.m.end and m.end() > s.m.start:
            continue  # (a span around the figure itself)
        if any(a <= o < b for o in others):
            continue
        if _RECORD_BEFORE.search(s.text, s.sent.start, m.start()):
            continue
        per_noun = vocab.span_nouns()[m["noun"].lower()]
        if m["frac"]:
            count = vocab.fractions()[re.sub(r"\s+", " ", m["frac"].lower())]
        elif m["n"]:
            count = float(m["n"]) if m["n"].isdigit() else vocab.number_words()[m["n"].lower()]
        else:
            count = 1.0
        years = count * per_noun
        if years < 2 or years != int(years):
            continue  # (a year or less: the default base is right; half a decade has no whole start)
        return int(years), bool(m["hedge"]), (m.start(), m.end())
    return None


# "have since grown", "has since risen": "since" alone, no period after it, right before the
# verb of the change
_BARE_SINCE = re.compile(r"\bsince\s+(?!(?:19|20)\d\d\b)(?:[a-z]+\s+){1,3}$", re.I)


def _dates_previous(s: Site, pm) -> bool:
    """Whether the period right after the figure before dates that figure ("from $30 billion
    in 2021, in a decade in which ...": the earlier level's year, no base of this change)."""
    return s.prev is not None and _DATE_OF_FIGURE.fullmatch(s.text, s.prev_end, pm.start) is not None


_DATE_OF_FIGURE = re.compile(r"\s*(?:in|of|during|for)?\s*", re.I)


@rule("base_period", "long-span-start", "text")
def long_span_start(s: Site):
    """"Exports have roughly tripled over the past decade": a change or multiple said over a
    span of years compares with the period that many years before its own; a hedged span
    ("less than a quarter of a century") or a bare "since" leaves the base unknown."""
    if s.kind not in ("multiple", "percent_change") or s.period is None or s.m.attrs.get("target"):
        return None
    lo = max(s.sent.start, s.prev_end)
    if any(pm.base_cue and lo <= pm.start < s.m.start and not _dates_previous(s, pm) for pm, _, _ in s.resolved):
        return None  # ("since 2013, in a decade ...": the clause's own base, read by base-before)
    span = _span_years(s)
    if span is not None:
        years, hedged, where = span
        return Decision(None if hedged else P.shift(s.period, -12 * years), where)
    before = s.text[max(s.sent.start, s.prev_end):s.m.start]
    if "since" in before.lower():
        m = _BARE_SINCE.search(before)
        at = s.m.start - len(before) + (m.start() if m else 0)
        if m is not None and not any(at < pm.start < s.m.start for pm, _, _ in s.resolved):
            # ("since January exports have ...": a period after "since" is read by base-before)
            return Decision(None, (at, s.m.start))
    return None
