"""Periods that date a cause set off after a figure, not the figures.

"Exports fell 4 percent to $35 billion, as orders slowed in the first half of the year,
while imports dropped 9 percent to $31 billion": the half year is when the orders slowed;
the figures, before and after the clause, are of the year the text is on.
"""
from __future__ import annotations

import functools
import re

from .. import vocab


@functools.cache
def _cause_clause_re() -> re.Pattern:
    """A comma, a cause clause's opener (vocab/cause_clause_openers.csv) and its words up to
    the period, with no figure, comma or clause break between (not "as of", "as a share",
    "as well as", which are no clause)."""
    words = vocab.alternation(vocab.cause_clause_openers(), ignore_case=True, space=r"\s+")
    return re.compile(rf",\s+(?:{words})\s+(?!of\b|at\b|in\b|on\b|per\b|well\b|much\b|many\b|high\b|low\b|against\b|compared\b|a\s+(?:share|percentage|ratio)\b)"
                      rf"(?:[A-Za-z][\w'’-]*\s+){{2,}}[^\d;:,$€£¥%()]*$", re.I)


def in_cause_aside(text: str, sent_start: int, start: int, end: int, closes_by: int | None = None) -> bool:
    """Whether the period at text[start:end] stands in a cause clause opened after a figure
    of its sentence (which begins at sent_start); with closes_by, the clause must also close
    (a comma) before that position, so that what follows it is the main clause again."""
    if closes_by is not None and "," not in text[end:closes_by]:
        return False
    gap = text[sent_start:start]
    if "," not in gap or not any(k in gap for k in _opener_keys()):
        return False  # (cheap: no opener word at all)
    m = _cause_clause_re().search(gap)
    if m is None:
        return False
    # (right after a figure, or after a figure and the words that date it: "from Rs. 40.7
    # billion in the previous year, helped by strong demand ... in the first half")
    before = _FIGURES_PERIOD_TAIL.sub("", gap[max(0, m.start() - 60):m.start()])
    return re.search(r"\d", before[-25:]) is not None


# the words after a figure that date it ("in the previous year", "a year earlier"), up to the
# cause clause's comma
_FIGURES_PERIOD_TAIL = re.compile(r"\s+(?:in|during|for|over)\s+(?:(?:the\s+)?(?:previous|prior|preceding|same)\s+(?:year|month|quarter|period)|(?:19|20)\d\d)$"
                                  r"|\s+a\s+year\s+(?:earlier|ago|before)$", re.I)


@functools.cache
def _opener_keys() -> tuple[str, ...]:
    return tuple(f" {w} " for w in vocab.cause_clause_openers())


@functools.cache
def _cause_right_after_re() -> re.Pattern:
    words = vocab.alternation(vocab.cause_clause_openers(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*,?\s*(?:{words})\s+(?!of\b|at\b|in\b|on\b|for\b|to\b|such\b|part\b|per\b|well\b|much\b|a\s+(?:share|percentage|ratio|whole)\b)[^\d;:,$€£¥%()]*", re.I)


def cause_after_figure_before(text: str, prev_end: int, start: int, figure_start: int) -> bool:
    """"Imports rose 12 percent to $19 billion as curbs on car imports were lifted, widening
    the deficit to $6 billion": words in a cause clause right after the figure before, closed
    by a comma before this figure, say why that figure moved; the goods they name are not this
    figure's (the deficit is the whole trade's)."""
    if prev_end < 0 or prev_end > start or "," not in text[start:figure_start]:
        return False
    if not any(k in text[prev_end:start] for k in _opener_keys()):
        return False  # (cheap: no opener word at all)
    return _cause_right_after_re().fullmatch(text, prev_end, start) is not None


def in_cause_right_after(text: str, figure_end: int, start: int) -> bool:
    """"UK pharma trade deficit widens to £2.8bn as EU imports climb": whether `start` stands
    in a clause of cause opened right after the figure ending at `figure_end`, its comma
    perhaps left out (as headlines do)."""
    if figure_end > start or not any(k in text[figure_end:start] for k in _opener_keys()):
        return False  # (cheap: no opener word at all)
    return _cause_right_after_re().fullmatch(text, figure_end, start) is not None


@functools.cache
def _cause_predicate() -> tuple[re.Pattern, tuple[str, ...]]:
    """A copula and a phrase of vocab/cause_predicates.csv after the period, in its clause,
    with no figure between; and the phrases' longest words, one of which the sentence must
    hold before the pattern is tried."""
    phrases = [r["phrase"] for r in vocab.table("cause_predicates")]
    words = vocab.alternation(phrases, ignore_case=True, space=r"\s+")
    keys = tuple({max(p.lower().split(), key=len) for p in phrases})
    return re.compile(rf"[^\d;:,.]{{0,60}}?\b(?:was|were|is|are|remained|have\s+been|has\s+been)\s+(?:also\s+)?(?:{words})\b", re.I), keys


def dates_a_cause_subject(text: str, end: int, sent_end: int) -> bool:
    """Whether the period ending at `end` stands in the subject of a sentence that calls that
    subject the cause of a change ("High prices for farmed salmon in the first half of the
    year were the main reason for the growth"): it dates the cause, so the figures after the
    sentence stay of the period the text was on."""
    pattern, keys = _cause_predicate()
    words = text[end:sent_end].lower()
    if not any(k in words for k in keys):
        return False  # (cheap: no phrase's longest word)
    return pattern.match(text, end, sent_end) is not None
