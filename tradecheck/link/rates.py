"""Average yearly rates over a span of years ("from $157.3 billion in 2014 to $192.2 billion in
2023, an average annual growth of 2.3%", "a compound annual growth rate of 5%", "an average gain
of 8.1% a year"): a compound rate, so that over n years the levels' ratio is (1+r)^n; no change
over one year nor over the whole span. The check (check/growth.py) relates it to the levels at
both ends of the span only where both are stated."""
from __future__ import annotations

import functools
import re

from .. import periods, vocab
from ..model import YEARLY_AVERAGE, Claim
from ..periods import whole_years_apart

def _is_a_year(period: str | None) -> bool:
    """Whether a period is a whole year, calendar or fiscal (twelve months)."""
    p = periods.parse(period)
    return p is not None and periods.months(p) == 12


@functools.cache
def _before_re() -> re.Pattern:
    # the cue a few words before the figure, none of them ending the clause
    # ("an average annual growth of 11.8 percent", "a compound annual growth rate of 5%")
    cues = vocab.alternation(vocab.yearly_rate_cues()["before"], ignore_case=True, space=r"[\s-]+")
    return re.compile(rf"\b(?:{cues})\b(?:\s+(?!(?:and|but|while|from|to)\b)[A-Za-z-]+){{0,4}}\s*$", re.I)


@functools.cache
def _after_re() -> re.Pattern:
    cues = vocab.alternation(vocab.yearly_rate_cues()["after"], ignore_case=True, space=r"\s+")
    # ("by 5.62% (CAGR 2024-2029)": the cue in brackets, with the span it is over)
    return re.compile(rf"\s*\(?(?P<cue>{cues})\b(?:\s*(?P<y1>(?:19|20)\d\d)\s*[-–]\s*(?P<y2>(?:19|20)\d\d)\b)?", re.I)


# "an average of", "an average gain of", "averaging": what makes "8.1% a year" an average
_AVERAGE_BEFORE = re.compile(r"\b(?:average|averaging|averaged)\b(?:\s+[A-Za-z-]+){0,3}\s*$", re.I)


@functools.cache
def _named_re() -> re.Pattern:
    cues = vocab.alternation(vocab.yearly_rate_cues()["before"], ignore_case=True, space=r"[\s-]+")
    # the cue and the nouns of growth after it ("compound annual growth rate"), no other
    # measure's ("average annual tariff rate" stays a tariff's)
    return re.compile(rf"\b(?:{cues})\b(?:\s+(?:growth|increase|rise|gain|expansion|rate)\b){{0,2}}", re.I)


def yearly_rate_names(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The names of yearly rates between start and end ("compound annual growth rate"): a
    "rate" there is the flow's own growth, no other measure's rate."""
    return [r.span() for r in _named_re().finditer(text, start, end)]


def is_yearly_rate(text: str, c: Claim) -> bool:
    return names_yearly_rate(text, c.start, c.end)


def names_yearly_rate(text: str, start: int, end: int, *span) -> bool:
    """Whether the percentage at start:end is an average yearly rate; with three positions
    (clause start, start, end), only words after the clause start count."""
    if span:
        (begin, start), end = (start, end), span[0]
    else:
        begin = max(0, start - 60)
    before = text[max(begin, start - 60):start]
    if _before_re().search(before):
        return True
    after = _after_re().match(text, end, end + 40)
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
        # (calendar years, or fiscal years of the same months: "USD 18.1 billion in 1990-91")
        years = sorted({x.period for x in claims if x.kind == "amount" and x.sentence == c.sentence
                        and x.measure == c.measure and _is_a_year(x.period)}, key=lambda p: periods.parse(p)[0])
        if len(years) >= 2 and whole_years_apart(years[0], years[-1]) is None:
            years = []  # (years of different months: the span is no whole number of years)
        # "grown 16-fold in 30 years, a compound annual growth rate of 9.7%": with no levels
        # in its sentence, the span of the change over the years it restates as a yearly rate
        spans = {(x.base_period, x.period) for x in claims if x.sentence == c.sentence and x is not c and x.start < c.start
                 and x.kind in ("multiple", "percent_change") and not x.extra.get("yearly_rate") and x.measure == c.measure
                 and whole_years_apart(x.base_period, x.period)} if len(years) < 2 else set()
        after = _after_re().match(text, c.end, c.end + 40)
        if after is not None and after["y2"] and int(after["y2"]) > int(after["y1"]):
            # "grow annually by 5.62% (CAGR 2024-2029)": the span the words name
            c.base_period, c.period = after["y1"], after["y2"]
            for f in ("period", "base_period"):
                c.how[f], c.basis[f] = "span-of-yearly-rate", "text"
        elif len(years) >= 2:
            c.base_period, c.period = years[0], years[-1]
            for f in ("period", "base_period"):
                c.how[f], c.basis[f] = "span-of-yearly-rate", "text"
        elif len(spans) == 1:
            c.base_period, c.period = spans.pop()
            for f in ("period", "base_period"):
                c.how[f], c.basis[f] = "span-of-restated-change", "text"
        elif (whole_years_apart(c.base_period, c.period) or 0) <= 1:
            c.base_period = None
            c.how["base_period"], c.basis["base_period"] = "yearly-rate-span-unknown", "guess"


# a span of whole years: "over 2018-2022", "in 2015–2020", "between 2018 and 2022", "from 2018 to 2022"
_YEARS_SPAN = re.compile(r"\b(?:over|in|during|for|between|from)\s+(?:the\s+)?(?P<y1>(?:19|20)\d\d)\s*(?:[-–]|and\b|to\b|through\b|until\b)\s*"
                         r"(?P<y2>(?:19|20)\d\d)\b", re.I)


@functools.cache
def _cumulative_re() -> re.Pattern:
    return re.compile(r"\b(?:" + vocab.alternation(vocab.cumulative_cues(), ignore_case=True, space=r"\s+") + r")\b", re.I)


# "an average of $71.4bn a year": the yearly average of the total just given
_AVERAGE_OF = re.compile(r"(?:an?\s+)?(?:yearly\s+|annual\s+)?average\s+(?:of\s+)?(?:about\s+|around\s+|some\s+)?$", re.I)


def cumulative_totals(text: str, claims: list[Claim], sentences) -> None:
    """"Vietnam ran a combined trade surplus of $357.0bn with the United States over
    2018-2022, an average of $71.4bn a year": an amount a cumulative word goes with, in a
    sentence that names a span of years, is the total over that span (period 2018-01/2022-12),
    and the average a year given with it is that total over the number of years
    (`extra["yearly_average_of"]`, checked in check/cumulative.py)."""
    spans: dict[tuple, list[int]] = {}
    span_of: dict[int, re.Match | None] = {}  # (once a sentence: the span reads the sentence only)
    for c in claims:
        if c.kind != "amount" or c.extra.get("per") or c.sentence < 0:
            continue
        sent = sentences[c.sentence]
        if c.sentence not in span_of:
            span_of[c.sentence] = _YEARS_SPAN.search(text[sent.start:sent.end])
        span = span_of[c.sentence]
        if span is None or int(span["y2"]) <= int(span["y1"]):
            continue
        before = text[max(sent.start, c.start - 50):c.start]
        after = text[c.end:min(sent.end, c.end + 15)]
        if not (_cumulative_re().search(before) or re.match(r"\s*(?:" + _cumulative_re().pattern + ")", after, re.I)):
            continue
        y1, y2 = int(span["y1"]), int(span["y2"])
        c.period = f"{y1}-01/{y2}-12"
        c.extra["cumulative"] = [y1, y2]
        c.how["period"], c.basis["period"] = "cumulative-over-span", "text"
        spans.setdefault((c.measure, y2 - y1 + 1), [y1, y2])
        for a in claims:
            if a.sentence == c.sentence and a.kind == "amount" and a.start > c.end and a.extra.get("per") == "year" \
                    and a.measure == c.measure and _AVERAGE_OF.search(text, max(sent.start, a.start - 40), a.start):
                a.period = c.period
                a.extra["yearly_average_of"] = {"total": c.text, "years": y2 - y1 + 1}
                a.extra["_average_total"] = c
                a.how["period"], a.basis["period"] = "average-of-cumulative", "text"
    _totals_over_years(text, claims, spans)


@functools.cache
def _over_years_re() -> re.Pattern:
    # right after the amount: "tops $350bn in five years", "$1.2trn over the past 10 years"
    # (in its paragraph: a table's last cell is no total of "Over the five years shown,
    # exports rose 36%" in the paragraph after the table)
    n = vocab.alternation([w for w, v in vocab.number_words().items() if v >= 2 and float(v).is_integer()], ignore_case=True)
    return re.compile(rf"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)(?:in|over|during)\s+(?:the\s+)?(?:(?:past|last|previous)\s+)?(?P<n>\d+|{n})\s+years\b", re.I)


# the years right after "over the five years": " 2018-2022", " (2018–2022)", " from 2018 to 2022"
_NAMED_YEARS_AFTER = re.compile(r"\s*(?:\(|,\s*|from\s+)?(?P<y1>(?:19|20)\d\d)\s*(?:[-–]|to\b|through\b)\s*(?P<y2>(?:19|20)\d\d)\b", re.I)


def _totals_over_years(text: str, claims: list[Claim], spans: dict[tuple, list[int]]) -> None:
    """"Vietnam's surplus with US tops $350bn in five years": an amount over a number of years
    is a total over them, dated by the span of a total over as many years the text names, and
    otherwise by no year (no level of the year the text is about)."""
    words = vocab.number_words()
    for c in claims:
        m = _over_years_re().match(text, c.end) if c.kind == "amount" and not c.extra.get("cumulative") else None
        if m is None:
            continue
        n = int(m["n"]) if m["n"].isdigit() else int(words[m["n"].lower()])
        span = spans.get((c.measure, n))
        named = _NAMED_YEARS_AFTER.match(text, m.end())
        if named and int(named["y2"]) - int(named["y1"]) + 1 == n:
            span = [int(named["y1"]), int(named["y2"])]  # "over the five years 2018-2022": the years named
        if span is None:
            c.period = None
            c.how["period"], c.basis["period"] = "total-over-years-unnamed", "guess"
            continue
        c.period = f"{span[0]}-01/{span[1]}-12"
        c.extra["cumulative"] = span
        c.how["period"], c.basis["period"] = ("total-over-named-years", "text") if named and span == [int(named["y1"]), int(named["y2"])] \
            else ("total-over-as-many-years", "context")


def _spans_years(period: str | None) -> bool:
    """Whether a period is a run of several whole calendar years ("2015-2017")."""
    p = periods.parse(period)
    return p is not None and periods.months(p) > 12 and p[0] % 12 == 0 and p[1] % 12 == 11


def yearly_averages_of_spans(claims: list[Claim]) -> None:
    """"intra-African exports averaged US$69.1 billion a year in 2015-2017, or only 16.6 per
    cent of the continent's total exports of US$416.3 billion": a figure a year over a span of
    years is the span's yearly average, and so is every figure of its sentence dated by the
    same span (the share restating it, the total it is a share of). They are one series, the
    yearly average (`extra["_series"]`), set against each other and against no total of the
    whole span. (Not the average of a total over the span the sentence states, "a combined
    $180.0 billion over 2019-2021, an average of $60.0 billion a year": see cumulative_totals.)"""
    for c in claims:
        if c.kind != "amount" or c.extra.get("per") != "year" or not _spans_years(c.period) or c.extra.get("yearly_average_of"):
            continue
        same = [x for x in claims if x.sentence == c.sentence and x.period == c.period]
        if any(x.extra.get("cumulative") for x in same):
            continue
        for x in same:
            if x.kind in ("amount", "share") and x.extra.get("per") in (None, "year") and not x.extra.get("_series"):
                x.extra["_series"] = YEARLY_AVERAGE
