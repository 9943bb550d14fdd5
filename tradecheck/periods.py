"""Periods, the domain type every stage shares.

A period is a pair of month indexes (year * 12 + month - 1), both inclusive: 2023 is
(24276, 24287), March 2023 is (24278, 24278). Months are the finest grain trade statistics
use, and a pair of ints is cheap to compare, shift and hash.

- `fmt` / `parse`: the contract's written forms (2023, 2023-Q1, 2023-H1, 2023-05,
  2023-01/2023-09) and back;
- `shift`, `contains`, `months`, `year_of`: arithmetic on periods;
- `PeriodMention` and `resolve`: a period as the words say it ("last year", "the first
  half", "FY24") and the period it stands for, given the publication date, the fiscal year
  of the country and the period the text is already talking about.

The extract stage finds mentions (`extract/periods.py`); link, normalise, check and track
use this module."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

Period = tuple[int, int]


def fmt(p: Period | None) -> str | None:
    """The contract's form: 2023, 2023-Q1, 2023-H1, 2023-05, 2023-01/2023-09."""
    if p is None:
        return None
    a, b = p
    ya, ma = divmod(a, 12)
    yb, mb = divmod(b, 12)
    if ya == yb:
        if ma == 0 and mb == 11:
            return f"{ya}"
        if mb - ma == 2 and ma % 3 == 0:
            return f"{ya}-Q{ma // 3 + 1}"
        if mb - ma == 5 and ma % 6 == 0:
            return f"{ya}-H{ma // 6 + 1}"
        if ma == mb:
            return f"{ya}-{ma + 1:02d}"
    return f"{ya}-{ma + 1:02d}/{yb}-{mb + 1:02d}"


# A few dozen written periods per text, parsed thousands of times as claims are linked
# and checked; the answer is a tuple, which no caller can change.
@functools.lru_cache(maxsize=4096)
def parse(s: str | None) -> Period | None:
    """Inverse of fmt."""
    if not s:
        return None
    m = re.fullmatch(r"(\d{4})", s)
    if m:
        y = int(m[1])
        return (y * 12, y * 12 + 11)
    m = re.fullmatch(r"(\d{4})-Q([1-4])", s)
    if m:
        a = int(m[1]) * 12 + (int(m[2]) - 1) * 3
        return (a, a + 2)
    m = re.fullmatch(r"(\d{4})-H([12])", s)
    if m:
        a = int(m[1]) * 12 + (int(m[2]) - 1) * 6
        return (a, a + 5)
    m = re.fullmatch(r"(\d{4})-(\d\d)", s)
    if m:
        a = int(m[1]) * 12 + int(m[2]) - 1
        return (a, a)
    m = re.fullmatch(r"(\d{4})-(\d\d)/(\d{4})-(\d\d)", s)
    if m:
        return (int(m[1]) * 12 + int(m[2]) - 1, int(m[3]) * 12 + int(m[4]) - 1)
    return None


def shift(p: Period, months: int) -> Period:
    return (p[0] + months, p[1] + months)


def year_of(p: Period) -> int:
    return p[1] // 12


def contains(outer: Period, inner: Period) -> bool:
    """Whether `inner` lies within `outer` (March within the first quarter)."""
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def months(p: Period) -> int:
    """How many months a period spans."""
    return p[1] - p[0] + 1


def whole_years_apart(earlier: str | None, later: str | None) -> int | None:
    """How many whole years one twelve-month period lies after another of the same months
    (2022 after 1978: 44; fiscal 2020-04/2021-03 after 1990-04/1991-03: 30), else None: a
    yearly rate compounds over that many years."""
    a, b = parse(earlier), parse(later)
    if a is None or b is None or months(a) != 12 or months(b) != 12 or (b[0] - a[0]) % 12:
        return None
    n = (b[0] - a[0]) // 12
    return n if n > 0 else None


def of_year(y: int) -> Period:
    return (y * 12, y * 12 + 11)


@dataclass
class PeriodMention:
    start: int
    end: int
    text: str
    kind: str  # abs | months | rel | later | fy | firstn | half | quarter | iran
    period: Period | None = None
    args: dict = field(default_factory=dict)
    base_cue: bool = False  # "than in 2021", "since 2021", "from 2021": a comparison's base



def fiscal_year(start_year: int, fiscal_start: int) -> Period:
    """The fiscal year that starts in `start_year` in month `fiscal_start` (1-12)."""
    a = start_year * 12 + fiscal_start - 1
    return (a, a + 11)


def named_fiscal_start(year: int, fiscal_start: int, by_start: bool = False) -> int:
    """The year a fiscal year named by one year ("FY24", "fiscal 2022") starts in: the year
    before, where fiscal years are named by the year they end in (India's FY24 starts in
    April 2023), unless the country names them by the year they start in (Japan)."""
    return year - 1 if fiscal_start > 1 and not by_start else year


def _fiscal_window(pm: PeriodMention, published: Period | None, fiscal_start: int | None,
                   by_start: bool = False) -> tuple[Period | None, str]:
    """The fiscal year a fiscal mention ("FY24", "the current fiscal year", the year of
    "Q1 FY23") names. Without the country's fiscal year known, April is assumed: a guess."""
    kind = pm.args.get("fy", pm.kind)
    args = {k[3:]: v for k, v in pm.args.items() if k.startswith("fy_")} if pm.kind == "fy_part" else pm.args
    fs = args.get("fiscal_start") or fiscal_start or 4
    by_start = by_start or args.get("by_start", False)
    how = "text" if (fiscal_start or args.get("fiscal_start")) else "guess"
    if kind == "fy_rel":
        if published is None:
            return None, "guess"
        p = published[0]
        a = p - (p % 12 - (fs - 1)) % 12
        return (a + 12 * args["offset"], a + 12 * args["offset"] + 11), how
    if "start_year" in args:
        y = args["start_year"]
    else:
        y = named_fiscal_start(args["end_year"], fs, by_start)
    return fiscal_year(y, fs), how


def years_until_published(pm: PeriodMention, published: Period | None) -> Period | None:
    """"In the last ten years", "over the past five years": the whole years before the
    publication year, when a text says so of a figure."""
    w = pm.args.get("w") or ""
    if pm.kind != "rel" or not pm.args.get("years") or published is None \
            or not re.match(r"(?:over\s+|in\s+|during\s+)?the\s+(?:past|last)\s", w):
        return None
    end = published[0] - published[0] % 12 - 1  # December of the year before publication
    return (end - 12 * pm.args["years"] + 1, end)


def resolve(pm: PeriodMention, published: Period | None, current: Period | None,
            fiscal_start: int | None, by_start: bool = False) -> tuple[Period | None, str]:
    """The period a mention stands for, and how sure: 'text' or 'guess'.

    `published` is the publication month as a one-month period; `current` is the period
    the text is talking about (for "a year earlier"); `fiscal_start` the first month of the
    article country's fiscal year, and `by_start` whether a single year names the fiscal
    year that starts in it (Japan's fiscal 2022) rather than the one that ends in it."""
    period, how = _resolve(pm, published, current, fiscal_start, by_start)
    if (period is not None and pm.args.get("year_to") and fiscal_start not in (None, 1)
            and period[1] % 12 == (fiscal_start + 10) % 12 and period[0] % 12 == 0):
        # "the year through March", where the fiscal year ends in March: that fiscal year
        return (period[1] - 11, period[1]), how
    return period, how


def _up_to(pm: PeriodMention, published: Period | None, current: Period | None,
           fiscal_start: int | None) -> tuple[Period | None, str]:
    """"as of November 24": the year in hand (the fiscal year "2023-2024" named before it, or
    its months so far) as far as that month; with no year in hand, the calendar year to it,
    a guess at where the count starts."""
    m, y = pm.args["m"], pm.args.get("y")
    if current is not None and current[0] % 12 in (0, (fiscal_start or 1) - 1):
        end = current[0] + (m - 1 - current[0] % 12) % 12
        if y is None or end // 12 == y:
            return (current[0], end), "text"
    if y is None:
        if published is None:
            return None, "guess"
        y = year_of(published) - (1 if m - 1 > published[0] % 12 else 0)
    return (y * 12, y * 12 + m - 1), "guess"


def _quarter_in_context(pm: PeriodMention, published: Period | None, current: Period) -> Period:
    """A quarter named by its last month and no year ("the June quarter", as Australian and
    New Zealand releases write it), in a text already on some period: the one of the year in
    hand ("In 2023 ... the March quarter"), else the one nearest the quarter in hand, before
    it when the words set it as a base ("to $4.1bn in the December quarter from $5.0bn in
    the September quarter": the September before), and never one not yet begun."""
    e = current[1] - (current[1] % 12 - (pm.args["m"] - 1)) % 12  # the last such month up to the period in hand
    if pm.base_cue:
        e -= 12 if e == current[1] else 0
    elif not (months(current) > 3 and e - 2 >= current[0]) and current[1] - e > 6:
        e += 12  # ("the March quarter 2023 ... exports fell in the June quarter": the one after)
    if published is not None:
        while e - 2 > published[0]:
            e -= 12
    return (e - 2, e)


def _fiscal_part_in_hand(m1: int, m2: int, fs: int, published: Period | None, current: Period) -> Period:
    """"in the first quarter", in a text on an Indian fiscal year (periods counted from April,
    vocab/fiscal_years.csv): that part of the fiscal year the period in hand ends in ("April-June
    2025 ... 28% of exports of $112bn in the first quarter": April-June 2025), never one not
    yet begun."""
    a = current[1] - (current[1] % 12 - (fs - 1)) % 12
    if published is not None and a + m1 - 1 > published[0]:
        a -= 12
    return (a + m1 - 1, a + m2 - 1)


def _year_of_words(w: str, published: Period | None, current: Period | None) -> int | None:
    """The calendar year "this year", "last year" or "the previous year" names: the first two
    from the date of publication, the others from the period the text is on."""
    if w == "this year":
        return year_of(published) if published is not None else None
    if w in ("last year", "past year"):
        return year_of(published) - 1 if published is not None else None
    ref = current or published
    return year_of((ref[1], ref[1])) - 1 if ref is not None else None


def _resolve(pm: PeriodMention, published: Period | None, current: Period | None,
             fiscal_start: int | None, by_start: bool) -> tuple[Period | None, str]:
    if pm.kind == "abs":
        return pm.period, "text"
    if pm.kind == "fy":
        # (the fiscal year of the country whose flow the sentence gives, where the text's
        # own keeps none: "U.S. agricultural exports ... in FY 2023")
        fiscal_start = fiscal_start or pm.args.get("fiscal_start")
        by_start = by_start or pm.args.get("by_start", False)
        fs = fiscal_start or 4
        if "start_year" in pm.args:
            y = pm.args["start_year"]
        else:
            y = named_fiscal_start(pm.args["end_year"], fs, by_start)
        a = y * 12 + fs - 1
        # (a crop's season whose months the text does not say is no fiscal year: a guess)
        return (a, a + 11), "text" if fiscal_start and not pm.args.get("season") else "guess"
    if pm.kind == "months":
        m1, m2 = pm.args["m1"], pm.args["m2"]
        ref = current or published
        if ref is None:
            return None, "guess"
        if pm.args.get("fiscal_part") and current is not None:
            return _fiscal_part_in_hand(m1, m2, pm.args["fiscal_part"], published, current), "text"
        y = year_of(ref)
        if current is None and published is not None and m2 - 1 > published[0] % 12:
            y -= 1  # "in October" read in March: last October
        elif current is not None and m2 - 1 > current[1] % 12 and pm.base_cue:
            y -= 1  # "from 20.7 billion euros in December", said of January: the December before
        elif current is not None and current[0] == current[1] and m1 == m2 and not pm.base_cue \
                and current[1] % 12 - (m2 - 1) > 6:
            y += 1  # "from a deficit in December to a surplus in January": the January after
        if published is not None and y * 12 + m2 - 1 > published[0]:
            y -= 1  # "Exports had totalled $68.35-billion in December", said in March: no month yet to come
        y -= pm.args.get("year_back", 0)  # "A year earlier the May gap": the May before
        # "July-February" ends in the year it is read in and starts in the one before
        y1 = y - 1 if m1 > m2 else y
        return (y1 * 12 + m1 - 1, y * 12 + m2 - 1), "text"
    if pm.kind == "current":
        return (current, "text") if current is not None else (None, "guess")
    if pm.kind == "trailing":
        # "over the past 12 months": the n months ending with the last one the text is on
        if current is None:
            return None, "guess"
        return (current[1] - pm.args["months"] + 1, current[1]), "text"
    if pm.kind == "ytd_now":
        # "so far this year": the months of the publication's year the text is about, else
        # those before the month it was published in
        if current is not None and current[0] % 12 == 0 and (published is None or current[1] // 12 == published[0] // 12):
            return current, "text"
        if current is not None and published is not None and current[1] // 12 == published[0] // 12 \
                and current[0] == current[1] <= published[0]:
            # a release on March, published in May: the year to date runs to March (on the
            # first 20 days of May, published in May: to May)
            return (current[1] - current[1] % 12, current[1]), "text"
        if published is None:
            return None, "guess"
        start, end = published[0] - published[0] % 12, published[0] - 1
        return ((start, end), "text") if end >= start else (None, "guess")
    if pm.kind == "the_quarter":
        # the quarter the text is about, or the one that holds the month it is about ("in March
        # ... Imports over the quarter"); a longer period holds no one quarter
        if current is not None and current[0] == current[1]:
            return (current[0] - current[0] % 3, current[0] - current[0] % 3 + 2), "text"
        if current is not None and months(current) == 3 and current[0] % 3 == 0:
            return current, "text"
        return None, "guess"
    if pm.kind == "the_month":  # resolved against the last month the text named
        return (current, "text") if current is not None and current[0] == current[1] else (None, "guess")
    if pm.kind == "season":
        # a season names the quarter the text is already about, or nothing it can check
        if current is not None and months(current) == 3:
            return current, "text"
        return None, "guess"
    if pm.kind == "full_year":
        # the (fiscal) year that holds the period in hand, else the last one complete
        # before publication
        fs = fiscal_start or 1
        if pm.args.get("bare") and current is not None:
            # "for the year", "over the year": the year the text is on, or the one its last
            # month ends (calendar or fiscal); in a text on some month mid-year, the twelve
            # months to it or the year so far, the text does not say which
            if months(current) == 12 and published is not None and current[0] <= published[0] < current[0] + 3:
                # ("the gross sale average for the year was Rs. 116.98", in January 1999, after
                # "stocks carried into 1999": a year just begun when the text came out has no
                # figure for the year yet; the year before is meant, most likely, not surely)
                return shift(current, -12), "guess"
            if months(current) == 12:
                return current, "text"
            for start in (1, fs):
                if (current[1] - (start - 1)) % 12 == 11:
                    return (current[1] - 11, current[1]), "text"
            for start in (1, fs):
                # (a part of a year that had ended when the text came out: "fell 1.0 percent
                # to $131.0 billion for the year" after the first half, in January; no year
                # so far is left to mean)
                first = current[1] - (current[1] - (start - 1)) % 12
                if first <= current[0] and published is not None and published[0] > first + 11:
                    return (first, first + 11), "text"
            return None, "guess"
        if current is not None:
            end = current[1]
        elif published is not None:
            end = published[0] - 1
            end -= (end % 12 - (fs - 2)) % 12  # back to the last month of a year
        else:
            return None, "guess"
        a = end - (end % 12 - (fs - 1)) % 12
        if fs != 1 and current is not None and published is not None and a + 11 >= published[0] > end - end % 12 + 11:
            # ("fourth-quarter revenue rose 75% ... Full-year revenue more than doubled", in
            # January: a fiscal year that had not ended when the text came out holds no full
            # year's figure; the calendar year the period in hand ends had)
            a = end - end % 12
        return (a, a + 11), "text"
    if pm.kind in ("fy_rel", "fy_part"):
        window, how = _fiscal_window(pm, published, fiscal_start, by_start)
        if window is None and pm.kind == "fy_rel" and pm.args.get("offset") == -1 and current is not None and months(current) == 12:
            # "$589 million in fiscal 2022-23 ... In the previous fiscal year, $524 million",
            # no publication date known: the year before the full year the text is about, as
            # "the previous year" is
            return shift(current, -12), "text"
        if window is None:
            return None, "guess"
        if pm.kind == "fy_rel":
            # "in the current fiscal year", said while it runs, is the year to date the
            # text is already talking about
            if pm.args["offset"] == 0 and current is not None and current[0] == window[0] and contains(window, current):
                return current, how
            if pm.args.get("before_current") and current is not None and months(current) == 12 and window == current:
                # "$55.56 billion in fiscal 2022-23 ... $52.08 billion in the previous fiscal
                # year": the year before the one the text is about, which publication, just
                # after it ended, would make that year itself
                return shift(current, -12), how
            return window, how
        m1, m2 = pm.args["m1"], pm.args["m2"]
        a = window[0]
        if pm.args.get("ordinal"):  # the first n months, the second quarter: counted from the year's start
            return (a + m1 - 1, a + m2 - 1), how
        start = a + (m1 - 1 - a % 12) % 12  # named months: the ones that fall in that fiscal year
        return (start, start + (m2 - m1) % 12), how
    if pm.kind == "fy_ended":
        y = pm.args["y"]
        if y is None and pm.args.get("year_word"):
            # "the 12 months to October last year": the year the words name
            y = _year_of_words(pm.args["year_word"], published, current)
            if y is None:
                return None, "guess"
        if y is None and pm.args.get("months") == 3 and current is not None:
            return _quarter_in_context(pm, published, current), "text"
        if y is None:
            if published is None:
                return None, "guess"
            y = year_of(published)
            if pm.args["m"] - 1 > published[0] % 12:
                y -= 1
        end = y * 12 + pm.args["m"] - 1
        return (end - pm.args.get("months", 12) + 1, end), "text"
    if pm.kind == "same":
        if "year_word" in pm.args:  # "the same point this year": the period in hand, moved to that year
            y = _year_of_words(pm.args["year_word"], published, current)
            if y is None or current is None:
                return (of_year(y), "guess") if y is not None else (None, "guess")
            return shift(current, (y - year_of(current)) * 12), "text"
        if "year" not in pm.args:  # of a fiscal year: the same months of that fiscal year
            fs = fiscal_start or 4
            start = pm.args["fy_start"] if pm.args.get("fy_start") is not None else named_fiscal_start(pm.args["fy_end"], fs, by_start)
            if current is None:
                return fiscal_year(start, fs), "guess"
            return shift(current, (start - (current[0] - (fs - 1)) // 12) * 12), "text"
        if current is None:
            y = pm.args["year"]
            return (y * 12, y * 12 + 11), "guess"
        return shift(current, (pm.args["year"] - year_of(current)) * 12), "text"
    if pm.kind == "upto":
        return _up_to(pm, published, current, fiscal_start)
    if pm.kind == "later":
        # "two years later", "the following year": the period in hand, moved on
        return (shift(current, pm.args["months"]), "text") if current is not None else (None, "guess")
    if pm.kind == "rel":
        w = pm.args["w"]
        if w in ("last year", "past year"):
            if published is None:
                return None, "guess"
            if (current is not None and months(current) == 12 and current[0] % 12 != 0
                    and current[1] < published[0] <= current[1] + 12):
                return current, "text"  # in a fiscal-year text, the fiscal year just ended
            y = year_of(published) - 1
            return (y * 12, y * 12 + 11), "text"
        if w == "this year":
            if published is None:
                return None, "guess"
            y = year_of(published)
            if current is not None and current[0] == y * 12 and current[1] < y * 12 + 11:
                return current, "text"  # the year to date the text is talking about
            return (y * 12, y * 12 + 11), "text"
        if w in ("last month",):
            if published is None:
                return None, "guess"
            return (published[0] - 1, published[0] - 1), "text"
        if w in ("this month",):
            return published, "text" if published else "guess"
        if pm.args.get("season"):
            # "the previous crop year": the season before the one the text is about, when that
            # is a season of twelve months
            return (shift(current, -12), "text") if current is not None and months(current) == 12 else (None, "guess")
        if current is None:
            return None, "guess"
        if w.startswith("a month "):
            # "compared with €217.2 bn a month earlier": the month before the month in hand
            return (shift(current, -1), "text") if current[0] == current[1] else (None, "guess")
        # ("the same month last year", "last year's corresponding quarter": a year back)
        same = "same" in w or "corresponding" in w or "comparable" in w
        if "month-on-month" in w or "month-over-month" in w or "month on month" in w or w.endswith("month") and not same \
                or w in ("m/m", "mom"):
            # ("rose 1.6% m/m": on the month before)
            n = current[1] - current[0] + 1
            return shift(current, -n), "text"
        if ("quarter" in w and not same) or w in ("q/q", "qoq"):
            # ("fell 2.3% q/q": on the quarter before)
            return shift(current, -3), "text"
        if "decade" in w:
            return shift(current, -120), "text"
        if pm.args.get("years"):
            return shift(current, -12 * pm.args["years"]), "text"
        return shift(current, -12), "text"
    return None, "guess"
