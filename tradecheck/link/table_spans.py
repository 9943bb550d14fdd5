"""A change "over the years shown": the span of the table beside the text.

A yearbook gives a table of years ("Year  Exports  Imports" then a row a year) and then
sums it up in prose: "Over the five years shown, exports grew by 36.0%". That change runs
from the table's first year to its last, not over the last year alone; the text names
neither year. The words after "over the (five) years" or "over the period" that point at
the table are in vocab/table_span_cues.csv."""
from __future__ import annotations

import functools
import re

from .. import periods as P
from .. import vocab
from .rules import Decision, rule
from .site import Site


@functools.cache
def _cue_re() -> re.Pattern:
    words = vocab.alternation(vocab.table_span_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:over|during|across|throughout|in)\s+the\s+(?:(?P<n>\w+)\s+)?(?:years|period)\s+(?:{words})\b", re.I)


# a table's row that a year labels, figures after it ("2019     152.9     88.6"; a footnote
# mark may follow the year: "2023²   1,558.4")
_YEAR_ROW = re.compile(r"^[ \t|]*((?:19|20)\d\d)[¹²³*]?[ \t|]+[-−+]?[\d(]", re.M)


def _cue(s: Site) -> re.Match | None:
    """The cue before the change in its sentence, or None."""
    words = s.text[s.sent.start:s.m.start]
    if "the years" not in words and "the period" not in words and not re.search(r"the \w+ years", words):
        return None  # (checked first: cheap; most sentences name no span of years)
    return _cue_re().search(s.text, s.sent.start, s.m.start)


@functools.lru_cache(maxsize=64)
def _table_years_before(text: str, pos: int) -> tuple[int, int, int] | None:
    """(first year, last year, rows) of the table in the block of lines right before the
    paragraph at `pos`, or None where that block is no table of years."""
    end = text.rfind("\n\n", 0, pos)
    while end > 0 and text[end - 1] == "\n":
        end -= 1
    if end <= 0:
        return None
    start = text.rfind("\n\n", 0, end)
    years = sorted({int(y) for y in _YEAR_ROW.findall(text, start + 2 if start >= 0 else 0, end)})
    if len(years) < 2 or years[-1] - years[0] != len(years) - 1:
        return None  # (a run of years one a year, no gaps: a series the prose can span)
    return years[0], years[-1], len(years)


def _span(s: Site):
    """(first year, last year, cue) of the table span a change is said over; (None, None,
    cue) where the cue stands but no table of as many years does; None with no cue."""
    if s.kind not in ("multiple", "percent_change"):
        return None
    cue = _cue(s)
    if cue is None:
        return None
    span = _table_years_before(s.text, s.sent.start)
    n = (int(cue["n"]) if cue["n"].isdigit() else vocab.number_words().get(cue["n"].lower())) if cue["n"] else None
    if span is None or (cue["n"] and n != span[2]):
        # ("over the four years shown" beside five rows: which four is not said)
        return None, None, cue
    return span[0], span[1], cue


@rule("period", "table-span-end", "text")
def table_span_end(s: Site):
    """"Over the five years shown, exports have grown by 36.0%", after a table of 2015 to
    2019: the change is of the table's last year (of no year known, with no such table)."""
    span = _span(s)
    if span is None:
        return None
    cue = span[2]
    return Decision(P.of_year(span[1]) if span[1] else None, (cue.start(), cue.end()), None if span[1] else "guess")


@rule("base_period", "table-span-start", "text")
def table_span_start(s: Site):
    """... and compares with the table's first year."""
    span = _span(s)
    if span is None:
        return None
    cue = span[2]
    return Decision(P.of_year(span[0]) if span[0] else None, (cue.start(), cue.end()), None if span[0] else "guess")
