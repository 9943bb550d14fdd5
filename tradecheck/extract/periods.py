"""Finding period expressions: "2022", "January-September 2023", "the first half", "Q1 2024",
"FY2023-24", "last year", "a year earlier", "the Iranian year 1402".

Mentions keep what the words say; the domain module `tradecheck.periods` defines periods
and resolves a mention against the publication date and the text's current period."""
from __future__ import annotations

import functools
import re
from .. import vocab
# the domain type, re-exported for the finders' callers
from ..periods import Period, PeriodMention, fmt, parse, resolve, shift, year_of  # noqa: F401
from .keywords import Index, Keyed, keyed, words_before
from .scanning import EndCue

_WORDNUM = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
# how many months a unit of a relative period spans ("two years later", "a quarter on")
_UNIT_MONTHS = {"month": 1, "quarter": 3, "year": 12, "decade": 120}
_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
# the words that name a year's last part ("the last quarter of 2012", "the final half of 2019")
_LAST_PART = ("last", "final")


def _word(name: str, source: str, keys, needs, flags: int = 0, **kw) -> Keyed:
    """A pattern that starts a word (`\\b` before a letter), tried where one of `keys`
    starts (see keywords.py), in texts that hold one of `needs`."""
    return keyed(name, rf"(?<!\w)(?:{source})", keys, needs, flags=flags, **kw)


# the last day of a period written before its month ("the year ended 31 December 2023")
_DAY_FIRST = r"(?:[0-3]?\d(?:st|nd|rd|th)?\s+)?"


# Conditions on the character before a match, restated one character later (a lookbehind
# over that character too), so that a pattern can begin with a plain character.
_WORD_START = r"(?<!\w[\s\S])"  # `\b` before a letter or digit
_NOT_AFTER_YEAR = r"(?<![\w$€£¥.,/-][\s\S])"  # a year not glued to a word, a sign or a number


@functools.cache
def _patterns() -> list[tuple[str, "re.Pattern | Keyed"]]:
    """(kind, pattern) in order of precedence. Patterns that begin with a word are `Keyed`:
    tried only where one of their first words starts, and only in texts holding a word
    every match contains (most of these forms, quarters, halves, fiscal years, are absent
    from most articles). See keywords.py."""
    months = list(vocab.months())
    mon = vocab.alternation(months)
    # The busiest patterns below are compiled without re.I, their words ignoring case by
    # themselves, each branch starting with a plain letter: the engine can then reject a
    # branch at a glance, which it cannot under re.I. `mon_i` is `mon` written that way.
    mon_i = vocab.alternation(months, ignore_case=True, inline=True)
    # `\b` then a year, with the `\b` moved after the first digit: a pattern that starts
    # with a plain character lets the engine skip to the next one quickly
    b_year = rf"(?:1{_WORD_START}9|2{_WORD_START}0)\d\d"
    year = r"(?:19|20)\d\d"
    fy_tail = r"\s?[-/–]\s?\d\d\b(?![-/]\d)"  # the second year of a fiscal year ("2023-24")
    numbers = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"]
    n = rf"(?:\d{{1,2}}|{'|'.join(numbers)})"
    ordinals = ["first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th"]
    ordn = f"(?:{'|'.join(ordinals)})"
    i = re.IGNORECASE
    quarters = ["q1", "q2", "q3", "q4"]
    seasons = vocab.season_years()
    season = vocab.alternation(seasons, ignore_case=True, space=r"\s+")
    season_needs = sorted({w.split()[0] for w in seasons})
    parts = list(vocab.month_parts())
    part = vocab.alternation(parts, ignore_case=True, space=r"\s+")
    part_needs = sorted({w.split()[-1] for w in parts})
    ytd_cues = vocab.ytd_cues()
    ytd_cue = vocab.alternation(ytd_cues, ignore_case=True, space=r"\s+")
    ytd_keys = sorted({w.split()[0] for w in ytd_cues})
    ytd_now_cues = vocab.ytd_now_cues()
    ytd_now_cue = vocab.alternation(ytd_now_cues, ignore_case=True, space=r"\s+")
    ytd_now_keys = sorted({w.split()[0].lower() for w in ytd_now_cues})
    running = vocab.ytd_running_cues()
    running_cue = vocab.alternation(running, ignore_case=True, space=r"\s+")
    n_month_nouns = vocab.n_month_total_nouns()
    n_month_noun = vocab.alternation(n_month_nouns, ignore_case=True)
    n_month_flows = vocab.n_month_flow_nouns()
    n_month_flow = vocab.alternation(n_month_flows, ignore_case=True)
    return [
        # "Quarter 2 (Apr to June) 2019", "Quarter 3 2024": a statistics office's numbered
        # quarter, its months glossed in brackets before the year (first: the bracket is
        # no period of its own)
        ("quarter", _word("quarter_n", rf"Quarter\s+(?P<o>[1-4])\b(?![.,]\d|\s*%)(?:\s*\([^()\n]{{1,30}}\))?(?:\s+(?P<y>{year})\b)?",
                          ["quarter"], ["quarter"])),
        # "01 January to 28 February 2023": days that bound whole months
        ("months", keyed("day_range", rf"\b[0-3]?\d\s+(?P<m1>{mon_i})\.?\s+(?:-|–|(?i:to|until|through))\s+[0-3]?\d\s+(?P<m2>{mon_i})\.?,?\s+(?P<y2>{year})\b",
                         months, digits=True)),
        # "1.I-30.VI.2021": days from a month's first to a later month's, the months in Roman
        # numerals (Romanian and other Central European releases): those months of the year
        ("roman_months", _ROMAN_DAY_RANGE),
        # "April 1 to Sept. 13 of the 2024-25 fiscal year", "March 1 to June 30, 2024": the
        # months of days from a month's first, the month before the day (not "March 20 to
        # October 21, 2024", an Iranian year's months restated in brackets)
        ("months", keyed("day_range_md", rf"\b(?P<m1>{mon_i})\.?\s+0?1\s+(?:-|–|(?i:to|until|through))\s+(?P<m2>{mon_i})\.?\s+[0-3]?\d\b(?!\s*(?:%|\.\d|,\d))(?:,?\s+(?P<y2>{year})\b)?",
                         months, digits=True)),
        # "the May 1-20 period": the days from a month's first, a part of it as a release
        # counts it (not a whole month: the range stops before its last days)
        ("month_part", _word("month_days", rf"(?P<m1>{mon_i})\.?\s+0?1\s?[-–]\s?(?:[2-9]|1\d|2[0-7])\b(?!\s*(?:%|\.\d|,\d))(?:,?\s+(?P<y>{year}))?(?P<u>)",
                             [m.lower() for m in months], [m.lower() for m in months])),
        # "as of November 24", "as at late November": the year in hand as far as that month
        # (a cumulative figure's cut-off day, not a day's figure)
        ("upto", _word("as_of", rf"[Aa]s\s+(?i:of|at)\s+(?:(?i:late|early|mid)[\s-]+)?(?P<m1>{mon_i})\.?(?:\s+[0-3]?\d(?i:st|nd|rd|th)?\b)?(?:,?\s+(?P<y>{year}))?",
                       ["as"], [m.lower() for m in months])),
        # "as of 15/8/2022": the same with a date written day first, as Vietnamese customs
        # releases write it (only a day past the 12th: "8/1/2022" may be either way round)
        ("upto", _word("as_of_date", rf"[Aa]s\s+(?i:of|at)\s+(?P<d>1[3-9]|2\d|3[01])/(?P<mn>0?[1-9]|1[0-2])/(?P<y>{year})\b",
                       ["as"], ["as"])),
        # full dates ("June 4, 2024", "4 June 2024", "2024-06-04") are days, not periods:
        # matched first so their year is not read as a period; so is a dateline's day and
        # month without a year ("MINSK, 7 October (BelTA) -"), which is when the text came
        # out, not what its figures are of
        # (not the last day of a period: "the year ended March 19, 2024", "Fiscal Year Ended
        # March 31, 2024" in a results title)
        # (a dateline's day and month stand on one line, the day no decimal's last digit: in
        # "|97.3\nJan-Jun|195,136.3" a table's cell ends, and the next row's label opens)
        ("date", keyed("date", rf"(?<!ended\s)(?<!ending\s)(?<!ended\son\s)(?<!ending\son\s)(?<!Ended\s)(?<!Ending\s)(?<!ENDED\s)\b(?:{mon_i}\.?\s+[0-3]?\d(?i:st|nd|rd|th)?,?\s+{year}|[0-3]?\d(?i:st|nd|rd|th)?\s+{mon_i}\.?,?\s+{year}|{year}-[01]\d-[0-3]\d"
                               rf"|(?<![.,])[0-3]?\d(?i:st|nd|rd|th)?[^\S\n]+{mon_i}\.?(?=,?\s*(?:\([A-Z][\w .&-]{{1,30}}\)|[-–—](?!\s*\d))))\b",
                       months, digits=True)),
        # "the same period of 2022", "the corresponding period of 2022-23", "... of FY24": the
        # period in hand, that year (tried before the fiscal years, which would take its year)
        ("same", _word("same", rf"(?:the\s+)?(?:same|corresponding|comparable)\s+(?:\w+\s+)?(?P<u>period|quarter|month|months|half)\s+(?:of|in)\s+"
                               rf"(?:(?P<y>{year})(?:\s?[-/–]\s?(?P<y2>(?:19|20)?\d\d))?(?![-/]?\d)|(?:FY|fiscal\s+(?:year\s+)?)\s?(?P<fy>(?:19|20)?\d\d)(?:\s?[-/–]\s?(?P<fy2>(?:19|20)?\d\d))?)\b",
                       ["same", "corresponding", "comparable"], ["same", "corresponding", "comparable"], i,
                       more=words_before(["same", "corresponding", "comparable"]))),
        # "the same point this year", "the corresponding months of this year": the period in
        # hand, in the year the text came out ("between the end of May 2007 and the same
        # point this year": May of this year)
        ("same_this", _word("same_this", r"(?:the\s+)?(?:same|corresponding|comparable)\s+(?:\w+\s+)?(?P<u>period|quarter|month|months|half|point|time)\s+(?:of\s+|in\s+)?this\s+year\b",
                            ["same", "corresponding", "comparable"], ["same", "corresponding", "comparable"], i,
                            more=words_before(["same", "corresponding", "comparable"]))),
        # "9MFY16", "6M FY2024": the first months of a fiscal year
        ("fy_months", keyed("fy_months", r"\b(?P<n>1[01]|[1-9])M\s?FY\s?(?P<y>(?:19|20)?\d\d)\b", [], ["fy"], digits=True)),
        # "9M24", "9M2024", "1H24", "3Q24": the first months, half or quarter of a calendar
        # year, as research notes write them
        ("cal_months", keyed("cal_months", r"\b(?:(?P<n>1[01]|[1-9])M|(?P<o>[1-4])(?P<u>[HQ]))(?P<y>(?:19|20)\d\d|\d\d)\b(?![.,]\d)", [], digits=True)),
        # "1HFY24", "2QFY23", "H1FY24", "Q3 FY2024": a half or quarter of a fiscal year
        ("fy_months", keyed("fy_half", r"\b(?:(?P<o>[1-4])(?P<u>[HQ])|(?P<u2>[HQ])(?P<o2>[1-4]))\s?FY\s?(?P<y>(?:19|20)?\d\d)\b",
                            ["h1", "h2", "h3", "h4", "q1", "q2", "q3", "q4"], ["fy"], digits=True)),
        # "the 2022/23 crop year that ended in September": a crop's season, ending in the
        # month it names (without one, read as a fiscal year below)
        ("season_year", keyed("season_year", rf"(?P<y1>{b_year})\s?[-/–]\s?(?P<y2>(?:19|20)?\d\d)\s+(?i:{season})\b,?\s+(?i:that\s+|which\s+)?"
                                             rf"(?i:ended|ends|closed|ran\s+to|runs\s+to|ran\s+until|runs\s+until)\s+(?i:in\s+|on\s+|at\s+the\s+end\s+of\s+)?(?P<m1>{mon_i})\b",
                              [], season_needs, digits=True)),
        # fiscal years: FY2023-24, FY24, FY2024, financial year 2023-24, fiscal 2023/24, 2022-23;
        # the abbreviation glossed in brackets between ("fiscal year (FY) 2016/2017")
        ("fy", _word("fy", r"(?:[Tt](?i:he\s+(?:financial|fiscal)\s+year\s+(?:\(fy\)\s+)?)|[Ff](?i:inancial\s+year\s+(?:\(fy\)\s+)?|iscal\s+year\s+(?:\(fy\)\s+)?|Y\s?|iscal\s+))(?P<y1>(?:19|20)?\d\d)(?:\s?[-/–]\s?(?P<y2>(?:19|20)?\d\d))?\b",
                     ["financial", "fiscal", "fy"], ["financial", "fiscal", "fy"], more=words_before(["financial", "fiscal"]))),
        # (the second year in full too: "in 2015-2017", a span of calendar years; see _build)
        ("fy", re.compile(rf"(?P<y1>{b_year})\s?[-/–]\s?(?P<y2>(?:{year}|\d\d))\b(?![-/]\d)")),
        # "the 2023-2024 fiscal year", "the 2022/2023 financial year": both years written in
        # full, the fiscal year from the first to the second (as "2023-24" is; without the
        # words after it "2023-2024" is a span of calendar years)
        ("fy", keyed("fy_long", rf"(?P<y1>{b_year})\s?[-/–]\s?(?P<y2>{year})\s+(?i:fiscal|financial)\s+year\b",
                     [], ["fiscal", "financial"], digits=True)),
        # (the day first too: "the financial year ended 30 June 2024", as British and
        # Australian reports write it)
        ("fy_ended", _word("fy_ended", rf"(?:the\s+)?(?:financial|fiscal)\s+year\s+(?:that|which)?\s*ended(?:\s+on)?\s+{_DAY_FIRST}(?P<m1>{mon})\b(?:\s+[0-3]?\d(?!\d))?(?:,?\s+(?P<y>{year}))?",
                           ["financial", "fiscal"], ["ended"], i, more=words_before(["financial", "fiscal"]))),
        # "full-year exports", "for the whole year": the (fiscal) year the text reports on
        ("full_year", _word("full_year", r"(?:full|whole)-year\b|(?:for|in|over|during)\s+the\s+(?:full|whole|entire)\s+(?:fiscal\s+|financial\s+|calendar\s+)?year\b|(?:for|in|over)\s+the\s+year\s+as\s+a\s+whole\b",
                            ["full", "whole", "for", "in", "over", "during"], ["year"], i, more=words_before(["full", "whole", "entire"], back=2))),
        # "dropped 13.1% over the year to $500.3 billion", "exports for the year": the year
        # the text reports on (not "the year to September", "the year ago", "for the year
        # ahead", "the year 2023"); read only where the text is on a whole year or its last
        # month (periods.py, "bare")
        ("full_year", _word("over_the_year", rf"(?:over|for|during)\s+the\s+year\b(?P<bare>)(?![\s-]+(?:to\s+(?:the\s+end|end|date|{mon})|through|thru|until|till|ended|ending|earlier|ago|before|after|ahead|so\s+far|on|over|\d)\b|['’]|\s+(?:19|20)\d\d)",
                            ["for", "over", "during"], ["year"], i)),
        # "the Iranian calendar year's first quarter", "the fiscal year's first half"
        ("fy_own_part", _word("fy_own_part", rf"(?:the\s+)?(?:(?P<which>current|ongoing|present|this|last|previous)\s+)?(?P<cal>fiscal|financial|Iranian|Persian)\s+(?:calendar\s+)?year['’]s\s+(?P<o>{ordn})\s+(?P<u>quarter|half)\b",
                               ["the", "current", "ongoing", "present", "this", "last", "previous", "fiscal", "financial", "iranian", "persian"], ["year's", "year’s"], i,
                               more=words_before(["fiscal", "financial", "iranian", "persian"]))),
        # "the first half of the fiscal", "the third quarter of the financial year": a part
        # of the fiscal year in hand, no year named (one after it is another form: "of the
        # fiscal year 2023-24")
        ("fy_own_part", _word("fy_part_of_the", rf"(?:the\s+)?(?P<o>{ordn})\s+(?P<u>quarter|half)\s+of\s+the\s+(?P<cal>fiscal|financial)(?:\s+year)?\b(?!\s*[-–(]?\s*(?:\d|FY))",
                               ["the", "first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th"], ["fiscal", "financial"], i,
                               more=words_before(["first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th"]))),
        # "in the spring": a season of the year in hand
        ("season", _word("season", r"(?:in|during|over)\s+(?:the\s+)?(?P<season>spring|summer|autumn|fall|winter)\b(?!\s+of\b)",
                         ["in", "during", "over"], ["spring", "summer", "autumn", "winter", "fall"], i,
                         more=words_before(["spring", "summer", "autumn", "winter"], back=2))),
        # a solar hijri (Iranian) year, from March to March: "the Iranian calendar year of
        # 1401", "the Persian year 1402", "solar hijri year 1400"
        ("iran", keyed("iran", r"\b(?:[Ii](?i:ranian\s+(?:calendar\s+|fiscal\s+)?year\s+(?:of\s+)?)|[Pp](?i:ersian\s+(?:calendar\s+|fiscal\s+)?year\s+(?:of\s+)?)"
                               r"|[Ss](?i:olar\s+hijri\s+(?:calendar\s+|fiscal\s+)?year\s+(?:of\s+)?)|[Yy](?i:ear\s+))(?P<y>1[34]\d\d)\b",
                       ["iranian", "persian", "solar", "year"], ["13", "14"])),
        # the year written first: "the 1401 Iranian year", "1401 SH", "1400 solar hijri"
        # (a bare 13xx/14xx number is no year: only with the calendar named after it; a
        # plain "hijri" may be the lunar one, another span)
        ("iran", keyed("iran_year_first", r"\b(?P<y>1[34]\d\d)\s+(?:(?i:iranian|persian|solar\s+hijri)(?:\s+(?i:calendar|fiscal))?\s+(?i:year)\b|SH\b|(?i:solar\s+hijri)\b)",
                       [], ["iranian", "persian", "hijri", "sh"], digits=True)),
        # "mid-July to mid-November": a range from the middle of one month to the middle of
        # another spans as many months as lie between them, counted as the months it opens
        # in (July to October: a fiscal year that starts mid-July counts it so)
        # (also "between mid-July and mid-April": "and" only after "between")
        ("months", keyed("mid_months", rf"\b(?P<between>[Bb](?i:etween)\s+)?[Mm](?i:id)[\s-]+(?P<m1>{mon_i})\.?(?:\s+(?P<y1>{year}))?"
                                       rf"(?:\s?(?:-|–|—|(?i:to|through|until))\s?|(?(between)\s+(?i:and)\s+|(?!)))"
                                       rf"[Mm](?i:id)[\s-]+(?P<m2>{mon_i})\.?(?:,?\s+(?P<y2>{year})(?!\s?[-/–]\s?\d))?\b(?P<mid>)", ["mid", "between"])),
        # month ranges: January-September 2023, January to May, Jan-Sep 2023
        # (a fiscal year after the months is no calendar year: "July-March 2015-16")
        # (a few spaces after the hyphen: the second month split at a line's end is written
        # joined over the end of its span, "January-Decem-\nber" reads "January-  December")
        ("months", keyed("months", rf"\b(?P<m1>{mon_i})\.?(?:\s+(?P<y1>{year}))?\s?(?:-(?i:to|through)-|-(?:[ \xa0]{{2,4}}(?=[A-Za-z]))?|–|—|(?i:to|through|until))\s?(?P<m2>{mon_i})\.?(?:,?\s+(?:(?i:period|months)\s+(?i:of|in)\s+)?(?P<y2>{year})(?!\s?[-/–]\s?\d))?\b", months)),
        # "the year ended June 2023", "the nine months to September", "the three months to
        # September 2021", "the quarter ending March": that many months, ending in that month
        # (also "in the quarter to June", as Australian press writes the June quarter; not
        # "the year to June", read below as the months from January)
        ("ending", _word("ending", rf"(?:the\s+)?(?:(?P<n>{n}|twelve)\s+months\s+(?:that\s+|which\s+)?(?:ended|ending|to|through|until)|(?P<u>year|quarter)\s+(?:that\s+|which\s+)?(?:ended|ending)|(?P<uq>quarter)\s+(?:to|through))"
                                   rf"(?:\s+on)?\s+(?:the\s+end\s+of\s+)?{_DAY_FIRST}(?P<m1>{mon})\b(?:\s+[0-3]?\d(?!\d))?(?:,?\s+(?P<y>{year}))?",
                         ["the", "year", "quarter", "twelve", *numbers], ["ended", "ending", "months", "quarter"], i, digits=True)),
        # "the four quarters to the end of Q2 2024": a rolling year (or other run of
        # quarters) ending with that quarter, not the quarter
        ("quarters_to", _word("quarters_to", rf"(?:the\s+)?(?P<n>{n})\s+quarters\s+(?:that\s+|which\s+)?(?:to|ended|ending|through|until)\s+(?:the\s+)?(?:end\s+of\s+)?"
                                             rf"(?:Q(?P<q>[1-4])|(?:the\s+)?(?P<o>{ordn})\s+quarter\s+of)\s+(?P<y>{year})\b",
                              ["the", *numbers], ["quarters"], i, digits=True)),
        # "rose in the March and June quarters", "fell over the September and December
        # quarters to $15.2 billion": two quarters named by their months under one noun;
        # the figure said of them is the later one's (the level reached), not the first
        # month's
        ("ending", _word("month_and_quarters", rf"(?:the\s+)?(?P<m0>{mon})(?:\s+{year})?\s+and\s+(?P<m1>{mon})(?:\s+(?P<y>{year}))?\s+(?P<u>quarter)s\b(?:\s+(?P<yq>{year})\b)?",
                                     ["the", *months], ["quarters"], i)),
        # "in the June 2023 year", "the March 2024 quarter", "the March quarter 2024": the year or
        # quarter ending then (also before "to" and the level reached: "rose 4.9% in the June
        # 2023 quarter to $17.1 billion")
        # ("the June-quarter", "the June 2023 qtr": a hyphen, and the abbreviation of tables
        # and headlines, name the quarter too)
        ("ending", _word("month_year_unit", rf"(?:the\s+)?(?P<m1>{mon})(?:\s+(?P<y>{year}))?(?:\s+|-)(?P<u>year|quarter|qtr)\b(?![\s-]+(?:on|over|earlier|ago|before)\b|[\s-]+to\b(?!\s+(?:(?:about|around|some|nearly|almost|just|over)\s+)?(?:[$€£¥]|[A-Z]{{1,3}}\$|\d)))(?:\s+(?P<yq>{year})\b)?",
                                  ["the", *months], ["year", "quarter", "qtr"], i)),
        # "by the end of May, Costa Rica had exported", "at end-September": what the year
        # added up to by then (vocab/ytd_cues.csv)
        ("ytd", _word("ytd_end", rf"(?:{ytd_cue})[\s-]+(?P<m1>{mon})\b(?:\s+(?P<y>{year}))?",
                      ytd_keys, ["end"], i)),
        # "through November", "in the year to September": from January to that month
        ("ytd", _word("ytd", rf"(?:(?:in\s+)?the\s+year\s+(?:to|through|until)|(?:[Ff]rom\s+)?(?:January\s+)?(?:through|thru)|year[\s-]to[\s-]date\s+(?:to|through))\s+(?:the\s+end\s+of\s+|end[\s-]|the\s+(?:first|second|third|fourth|last)\s+week\s+of\s+)?(?P<m1>{mon})\b(?:\s+(?P<y>{year}))?",
                      ["through", "thru", "year", "the", "in", "from", "january"], [m.lower() for m in months], i,
                      more=words_before(["year"], back=2))),
        # "the third week of May", "the first 15 working days of the month", "in the week",
        # "so far in May", "month-to-date": part of a month, which releases report weekly
        # (vocab/month_parts.csv); its figures are not the whole month's
        ("month_part", _word("month_part", rf"(?:the\s+)?(?:(?P<o>first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th)|(?:first|past|last)\s+(?P<n>{n}))\s+"
                                           rf"(?P<u>{part})\s+(?:of|in)\s+(?:the\s+month\b|(?P<m1>{mon})\b(?:\s+(?P<y>{year}))?)",
                             ["the", "first", "second", "third", "fourth", "fifth", "last", "final", "past", "1st", "2nd", "3rd", "4th"], part_needs, i)),
        ("month_part", _word("in_the_week", rf"(?:in|during|for|over)\s+the\s+week\b(?:\s+(?:to|ended|ending|through)\s+(?P<m1>{mon})\b(?:\s+[0-3]?\d\b)?)?(?P<u>)",
                             ["in", "during", "for", "over"], ["week"], i)),
        ("month_part", _word("so_far_in", rf"(?:so\s+far\s+(?:in\s+(?P<m1>{mon})\b(?:\s+(?P<y>{year}))?|this\s+month\b)|(?:in\s+the\s+)?month[\s-]to[\s-]date\b)(?P<u>)",
                             ["so", "in", "month"], ["far", "date"], i)),
        # "between 1998 and 2005", "from 2015 to 2022": a change over years
        ("span", _word("span", rf"(?:[Bb](?i:etween)|[Ff](?i:rom))\s+(?P<y1>{year})\s+(?i:and|to|until|through)\s+(?P<y2>{year})\b",
                       ["between", "from"], ["between", "from"])),
        # "between January and November 2019"
        ("months", _word("between_months", rf"[Bb](?i:etween)\s+(?P<m1>{mon_i})\.?(?:\s+(?P<y1>{year}))?\s+(?i:and)\s+(?P<m2>{mon_i})\.?(?:,?\s+(?P<y2>{year}))?\b",
                         ["between"], months)),
        # "$79 billion in January and February": two months in a row after "in", "for",
        # "over" or "during" are one span (the months must follow one another and no
        # "respectively" may share them out: see _one_span_of_two_months)
        ("months", keyed("adjacent_months", rf"(?<![^\W\d_])(?P<m1>{mon_i})\s+(?i:and)\s+(?P<m2>{mon_i})(?:,?\s+(?P<y2>{year}))?\b",
                         months, ["and"])),
        # the first ten months (of 2023), the first two months
        ("firstn", _word("firstn", rf"(?:the\s+)?(?:first|(?P<back>past|last))\s+(?P<n>{n}|twelve)\s+months(?:\s+of\s+(?:the\s+year\s+|calendar\s+(?:year\s+)?)?(?P<y>{year}))?\b",
                         [], ["months"], i, more=words_before(["months"], back=3))),
        # "the eight-month total", "the 10-month figure": the year's running total over its
        # first that many months (vocab/n_month_total_nouns.csv); not "12-month" (annual,
        # rolling) and not "the three-month total to September" (ending in that month)
        ("firstn", _word("n_month_total", rf"(?P<n>1[01]|[1-9]|{'|'.join(numbers)})[\s-]month\s+(?:{n_month_noun})\b(?!\s+(?:ended|ending|to|through|until|of\s+(?:the\s+)?(?:past|last|previous))\b)",
                         numbers, n_month_nouns, i, digits=True)),
        # "two-month exports rose 23.2%": the same span before a flow noun, which stays the
        # figure's flow word, out of the period's words (see find_periods) (not "the
        # three-month exports ended September": ending then)
        ("firstn", _word("n_month_flow", rf"(?P<n>1[01]|[1-9]|{'|'.join(numbers)})[\s-]month(?P<flow_noun>\s+(?:{n_month_flow}))\b(?!\s+(?:ended|ending|through|until)\b)",
                         numbers, n_month_flows, i, digits=True)),
        # "the first three quarters of 2024": from January, that many quarters' months
        ("firstn", _word("firstn_quarters", rf"(?:the\s+)?first\s+(?P<nq>two|three|2|3)\s+quarters(?:\s+of\s+(?:the\s+year\s+)?(?P<y>{year}))?\b",
                         [], ["quarters"], i, more=words_before(["quarters"], back=3))),
        ("firstn", _word("in_n_months", rf"(?:in|over|for)\s+(?P<n>{n})\s+months\b(?!\s+of\s+(?:this|the)\s+year)", [], ["months"], i,
                         more=words_before(["months"], back=2))),
        # halves and quarters ("the first quarter of 2023-24": of a fiscal year, which the
        # part and the year read apart then place; see _within_fiscal_years)
        ("half", _word("half", rf"(?:the\s+)?(?P<o>first|second|1st|2nd)[\s-]half(?:\s+of\s+(?:the\s+year\s+)?(?P<y>{year})(?!{fy_tail}))?\b",
                       ["first", "second", "1st", "2nd"], ["half"], i, more=words_before(["first", "second", "1st", "2nd"]))),
        ("half", keyed("h1", rf"\bH(?P<o>[12])(?:(?:\s?|,\s*|/)(?P<y>{year}))?\b", ["h1", "h2"], ["h1", "h2"])),
        ("half", keyed("year_h1", rf"\b(?P<y>{year})\s?H(?P<o>[12])\b", [], ["h1", "h2"], digits=True)),
        # (the year also right after it, as in a heading: "Fourth-quarter 2024 sales were ...")
        ("quarter", _word("quarter", rf"(?:the\s+)?(?P<o>{ordn})[\s-]quarter(?:(?:\s+of\s+(?:the\s+year\s+)?|[^\S\n]+)(?P<y>{year})(?!{fy_tail}))?\b",
                          ordinals, ["quarter"], i, more=words_before(ordinals))),
        # "the last quarter of 2012", "the final half of 2019": a year's last part, said with
        # its year (without one, "the last quarter" is the one before the quarter in hand)
        ("quarter", _word("last_quarter_of", rf"(?:the\s+)?(?P<o>last|final)[\s-](?P<u>quarter|half)\s+of\s+(?:the\s+year\s+)?(?P<y>{year})(?!{fy_tail})\b",
                          ["last", "final"], ["quarter", "half"], i, more=words_before(["last", "final"]))),
        ("quarter", keyed("q1", rf"\bQ(?P<o>[1-4])(?:(?:\s?|,\s*|/)(?P<y>{year}))?\b", quarters, quarters)),
        ("quarter", keyed("year_q1", rf"\b(?P<y>{year})\s?Q(?P<o>[1-4])\b", [], quarters, digits=True)),
        ("quarter", _word("month_quarter", rf"(?:the\s+)?(?P<m1>{mon})\s?[-–]\s?(?P<m2>{mon})\s+quarter\b",
                          months, ["quarter"], i, more=words_before([m.lower() for m in months]))),
        # "in the year to date", "year-to-date", "so far this year", "for the year so far": the
        # year as far as it has run
        ("ytd_now", _word("year_to_date", r"(?:(?:in|for|over)\s+the\s+)?year[\s-]to[\s-]date\b|so\s+far\s+(?:this\s+year|in\s+the\s+year)|(?:(?:in|for|over)\s+)?the\s+year\s+so\s+far\b",
                          ["year", "so"], ["date", "far"], i, more=words_before(["year"], back=2))),
        # "since the beginning of the year", "since January": the same (vocab/ytd_now_cues.csv;
        # not "since January 2020", a span, nor "since January 5", a day)
        ("ytd_now", _word("ytd_since", rf"(?:{ytd_now_cue})\b(?!\.?\s+(?:[0-3]?\d\b|(?:19|20)\d\d\b))",
                          ytd_now_keys, ["since", "from"], i)),
        # "the year's cumulative chip shipments": the year's running total so far
        # (vocab/ytd_running_cues.csv)
        ("ytd_now", _word("ytd_running", rf"(?:{running_cue})\b", sorted({w.split()[0].lower() for w in running}),
                          sorted({w.split()[-1].lower() for w in running}), i)),
        # "in the previous crop year", "last season": the season before the one in hand
        ("season_rel", _word("season_rel", rf"(?:the\s+)?(?:previous|prior|preceding|last)\s+(?:{season})\b",
                             ["the", "previous", "prior", "preceding", "last"], season_needs, i)),
        # "two years later", "a year on", "the following year": the period in hand moved
        # forward (not "year on year", a change's footing)
        ("later", _word("later", rf"(?P<n>[Aa]n?|[Oo]ne|{'|'.join(numbers)}|\d{{1,2}})\s+(?P<u>year|month|quarter|decade)s?\s+(?:later|on)\b(?![\s-]+(?:year|month|quarter)\b)"
                                 r"|(?:[Tt]he\s+)?[Ff]ollowing\s+(?P<u2>year|month|quarter)\b",
                        ["following"], ["later", "on", "following"], i,
                        # (the word before the unit: "two" in "two years later")
                        more=words_before({"following": 1, "year": 1, "month": 1, "quarter": 1, "decade": 1}))),
        # relative to publication or to the period in hand
        ("rel", _word("rel",
            # grouped by first letter, in the order of precedence within each group; the
            # catch-all "N years ago" comes last, as it must
            # ("last year's corresponding period": the period in hand a year back, said with
            # the year first; before the bare "last year")
            r"(?P<w>[Ll](?i:ast\s+year['’]s\s+(?:same|corresponding|comparable)\s+(?:period|quarter|month|months|half)|ast\s+year|ast\s+month(?!\s+of\b))"
            r"|[Tt](?i:his\s+year|he\s+(?:previous|prior|preceding)\s+(?:year|quarter|month|period)"
            r"|he\s+year\s+(?:before|earlier)"
            r"|he\s+(?:same|corresponding|comparable)\s+(?:\w+\s+)?(?:period|quarter|month|half|months|point|time)\s+(?:of\s+|in\s+)?(?:last\s+year|a\s+year\s+(?:earlier|ago|before)|(?:the\s+)?(?:previous|prior|preceding|last)\s+(?:(?:fiscal|financial)(?:\s+year)?|year|FY))"
            r"|his\s+month|he\s+(?:past|last)\s+decade|he\s+(?:past|last|same)\s+(?P<ny>\w++)\s+years)"
            r"|[Pp](?i:ast\s+year|(?:revious|rior|receding)\s+(?:year|quarter|month|period))"
            r"|[Aa](?i:\s+year\s+(?:earlier|ago|before|previously)|\s+decade\s+(?:earlier|ago|before|previously)|\s+month\s+(?:earlier|before|previously))"
            r"|[Ss](?i:ame\s+(?:period|quarter|month|half|months|point|time)\s+(?:of\s+|in\s+)?(?:last\s+year|a\s+year\s+(?:earlier|ago|before)|(?:the\s+)?(?:previous|prior|preceding|last)\s+(?:(?:fiscal|financial)(?:\s+year)?|year|FY)))"
            r"|[Cc](?i:(?:orresponding|omparable)\s+(?:period|quarter|month|half|months)\s+(?:of\s+|in\s+)?(?:last\s+year|a\s+year\s+(?:earlier|ago|before)|(?:the\s+)?(?:previous|prior|preceding|last)\s+(?:(?:fiscal|financial)(?:\s+year)?|year|FY)))"
            # ("in the year-ago period", "the year-earlier quarter": the period in hand, a year back)
            r"|[Yy](?i:ear[\s-]on[\s-]year|ear[\s-]over[\s-]year|/y|oy|ear[\s-](?:ago|earlier)\s+(?:period|quarter|month|months|half))"
            r"|[Mm](?i:onth[\s-]on[\s-]month|onth[\s-]over[\s-]month|/m|oM)"
            r"|[Qq](?i:uarter[\s-]on[\s-]quarter|uarter[\s-]over[\s-]quarter|/q|oq)"
            r"|[Oo](?i:ne\s+year\s+(?:earlier|ago|before|previously)|n\s+the\s+month|ver\s+the\s+(?:past|last)\s+decade|ver\s+the\s+(?:past|last|same)\s+(?P<ny3>\w++)\s+years|ver\s+(?P<ny4>\w++)\s+years)"
            r"|[Ff](?i:rom\s+the\s+previous\s+month)"
            r"|(?P<ny2>\w++)\s+(?i:years\s+(?:earlier|ago|before|previously)))\b",
            ["last", "this", "past", "previous", "prior", "preceding", "same", "corresponding", "comparable", "year", "y/y", "yoy", "month", "quarter", "q/q", "qoq", "m/m", "mom"],
            # ("the same point last FY": "fy" is the only one of them there)
            ["year", "month", "quarter", "period", "decade", "half", "fiscal", "financial", "fy", "y/y", "yoy", "q/q", "qoq", "m/m", "mom"],
            # "the", "a", "on", "over", "from" are everywhere, and "two years ago" can begin
            # with any word: found from the words after them
            more=words_before({"earlier": 2, "ago": 2, "before": 2, "previously": 2, "previous": 2, "past": 2, "last": 2, "month": 2, "years": 2,
                               "prior": 1, "preceding": 1, "same": 2, "corresponding": 1, "comparable": 1}))),
        # the current / last fiscal year, relative to the publication date ("the current
        # Iranian calendar year": Iran's own calendar, not the Gregorian one)
        ("fy_rel", _word("fy_rel", r"(?:the\s+)?(?P<which>current|ongoing|present|this|last|previous|past|preceding|prior)\s+(?P<cal>fiscal|financial|Iranian|Persian)(?:(?<=n)\s+calendar)?(?:\s+year\b|(?=\s*[,.;)]|\s+(?:and|to|from|against|compared|when|while|as)\b))",
                         ["current", "ongoing", "present", "this", "last", "previous", "past", "preceding", "prior"], ["fiscal", "financial", "iranian", "persian"], i,
                         more=words_before(["current", "ongoing", "present", "this", "last", "previous", "past", "preceding", "prior"]))),
        # "Total trade for the month": the month the text last named
        ("the_month", _word("the_month", r"(?:for|in|during|over)\s+the\s+month\b(?!\s+of\b)", [], ["month"], i,
                            more=words_before(["month"], back=2))),
        # "Imports over the quarter reached": the quarter that holds the period in hand (not
        # "the quarter of", "the quarter ending March": named, or a window)
        ("the_quarter", _word("the_quarter", r"(?:for|in|during|over)\s+the\s+quarter\b(?![\s-]+(?:of|on|over|ending|ended|to|through|before|earlier|after)\b)", [], ["quarter"], i,
                              more=words_before(["quarter"], back=2))),
        # "over the same months", "in the same period": the period in hand, when no year follows
        ("current", _word("current", r"(?:over|in|during|for)\s+the\s+same\s+(?:months|period|time)\b(?!\s+(?:of|in|a|last|the|previous|prior|one)\b)",
                          [], ["same"], i, more=words_before(["same"], back=2))),
        # "During the fiscal year under review", "in the period under review": the period the
        # report is on, the one in hand (not the year of publication, nor a part of it named after)
        ("current", _word("under_review", r"(?:(?:in|during|for|over)\s+)?the\s+(?:(?:fiscal|financial|business)\s+)?(?:year|period|quarter|half)\s+under\s+review\b",
                          ["in", "during", "for", "over", "the"], ["review"], i)),
        # a month with a year, or alone ("in March"); not a date ("March 31")
        # "Nov '25": a month with its year's last two digits after an apostrophe
        # (not a day after it, "January 5", unless the number goes on past a thousands comma: a
        # table row's figure, "January   2,210")
        # "October, 2022": a comma between the month and its year, as the Pakistani statistics
        # bureau writes it (the year no count: not "In May, 2000 tonnes")
        # "2011 Apr      25,367      33,598": a table row labelled year first, then the
        # month's name, its cells after a wide gap or a bar; the row's month, not its year
        # (in prose a year and a month side by side are two things: "in 2011 May was")
        ("month", keyed("year_month", rf"\b(?P<y>{year})[ \t]+(?P<m1>{mon_i})\.?(?=[ \t]{{2,}}[-+−(]?[$€£¥]?\d|[ \t]*\|)", [], months, digits=True)),
        ("month", keyed("month", rf"\b(?P<m1>{mon_i})\.?(?:(?:\s+|,\s?(?={year}(?![.,]?\d|\s?(?:%|bn|mn|billion|million|tonnes|tons)\b)))(?P<y>{year})|\s?['’](?P<yy>\d\d)(?!\d|[.,]\d|\s?%))?\b(?!\s+\d{{1,2}}\b(?!,\d{{3}}))", months)),
        ("year", re.compile(rf"(?P<y>(?:1{_NOT_AFTER_YEAR}9|2{_NOT_AFTER_YEAR}0)\d\d)(?!\.\d|,\d|\d|\s?(?:bn|mn|billion|million|%)\b)(?:'s)?")),
    ]


def keyed_patterns() -> list[Keyed]:
    """The period patterns that scan by keywords (see keywords.py)."""
    return [rx for _, rx in _patterns() if isinstance(rx, Keyed)]


# "up from", "compared with", "than in (the same period of)": the period a change is from
_BASE_CUE = EndCue(re.compile(
    r"\b(?:from\s+[$€£¥]?[A-Z]{0,3}\$?\s?\d\S*(?:\s+\S+){0,2}?\s+(?:in|for|during)|(?:from|than|over|on|above|below|under|compared\s+(?:with|to))\s+the\s+(?:value|figure|level|total|record|peak)\s+(?:(?:recorded|registered|seen|posted|reported|set|reached)\s+)?(?:in|for|of|during)|than(?:\s+(?:in|during|for))?|since|from|level\s+(?:of|in)|compared\s+(?:with|to)|against|versus|vs\.?|over|on|relative\s+to|up\s+from|down\s+from|below|above"
    # "two and a half times their 2017 level of $46.5 billion", "above its 2019 peak"
    # ("eased from their 2022 peaks": the level a change is from; "down 7% from the record set
    # in 2022": the year of that earlier record is the base, no period of the next clause)
    # ("Compared to the period 01.I-31.VIII.2023": the period the words name, then its days)
    r"|compared\s+(?:with|to)\s+the\s+period"
    r"|(?:times|than|over|above|below|from)\s+(?:their|its))\s+(?:the\s+)?(?:same\s+(?:period|quarter|month)\s+(?:of|in)\s+)?$", re.I),
    ["in", "for", "during", "than", "since", "from", "of", "with", "to", "against", "versus", "vs", "", "over",
     "on", "the", "below", "above", "their", "its", "period"])
# "Compared with the pre-pandemic year 2019, exports were 12% higher": the year a
# comparison names after a word or two describing it ("the record year", "the base year")
_COMPARED_WITH_THE_YEAR = re.compile(r"\b(?:compared\s+(?:with|to)|relative\s+to|against)\s+the\s+(?:[\w-]+\s+){0,2}year\s+$", re.I)
# "Over the first half of 2022, ...": a time adverbial at the start of a clause, no base
# ("doubled year on year over January-September": the comparison is said already, so "over"
# is "during")
# (a dateline's dash opens the lead's first clause: "Paris, 7 May 2024 - Over the last twelve months")
# (also "for" opening a sentence: "... from $352.9bn. For March alone, exports rose": the
# month the sentence is about, not the base the figure before its full stop was from)
_CLAUSE_START_ADVERB = re.compile(r"(?:^|[.;:!?\n]\s*|,\s*|\s[-–—]\s+|\b(?:year[\s-](?:on|over)[\s-]year|y/y|yoy)\s+)(?:over|on|during|in)\s+(?:the\s+)?$"
                                  r"|(?:^|[.!?]\s+|\n\s*)for\s+(?:the\s+)?$", re.I)
# "came to 8.47 billion U.S. dollars over the first eight months of 2018": "over" right after
# a sum of money is "during", no comparison
_OVER_AFTER_MONEY = re.compile(r"(?:\d|\b(?:billion|million|trillion|bn|mn|tn|dollars|euros|pounds|yuan|rupees))\s+over\s+(?:the\s+)?$", re.I)
# "Exports over the January-October period reached $216bn": "over" right after the subject
# that opens a sentence (a few words ending in a flow, no figure or change before it) is
# "during", the period of the figure the sentence goes on to give, no base of a comparison
@functools.cache
def _subject_over() -> re.Pattern:
    flows = [w for w in vocab.flows() if " " not in w]
    return re.compile(rf"(?:^|[.!?]\s+|\n\s*)(?:[A-Za-z'’-]+\s+){{0,3}}?(?:{vocab.alternation(flows, ignore_case=True)})\s+over\s+(?:the\s+)?$", re.I)


# "a target of $5bn by 2026": the year of a goal (not "By 2022 global exports of goods and
# services reached": a past verb after a subject of a few words, what happened by then)
_REALISED_AFTER = re.compile(r",?\s+(?:[\w'’-]+\s+){0,6}?(?:had|has|was|were|reached|stood|rose|fell|grew|climbed|totall?ed|amounted)\b", re.I)
# "By the end of last year, US soybean exports to China had fallen": a past perfect tells what
# had happened by then, even after a longer subject (not "had been expected": a forecast)
_REALISED_PERFECT_AFTER = re.compile(r",?\s+(?:[\w'’-]+\s+){0,7}?had\s+(?:already\s+)?(?!been\b)[a-z]+(?:ed|en|wn|un|ung)\b", re.I)
# (also a day before the month: "fiscal year 2023 (ended 30 September 2023)")
# (or a part of the month: "the fiscal year 2023-24 that ended mid-July")
_ENDS_IN = re.compile(r"\b(?:ended|ending|ends|began|begins|beginning|started|starts|starting)\s+(?:in\s+|on\s+)?(?:the\s+end\s+of\s+)?(?:[0-3]?\d(?:st|nd|rd|th)?\s+|(?:mid|early|late)(?:-|\s+))?$", re.I)
# "mid-July", "early March": a part of one month (read as the month), right before it
_PART_OF_MONTH = re.compile(r"\b(?:mid|early|late)(?:-|\s+)$", re.I)
# "figures published by the finance ministry this month", "data released in March": when
# figures came out, not a period they are of
# (not "announced": "investment commitments announced in 2023" are of 2023)
_RELEASED = re.compile(r"\b(?:published|released|made\s+public|came\s+out)\s+"
                       r"(?:by\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4})?(?:(?:earlier|late|early)\s+)?(?:(?:in|on|during)\s+)?(?:the\s+)?$", re.I)
# "their lowest since September 2010", "the first ... since": a record's horizon
_RECORD_SINCE = (re.compile(r"\b(?:\w+est|most|least|first\s+time)\s+(?:level\s+|point\s+|figure\s+)?since\s+$", re.I),
                 # (the words after "since" name no year: in "the first deficit since 1980 in
                 # 2011" the horizon is 1980 and the year after it is when the record fell)
                 re.compile(r"\b(?:first|\w+est)\b[^.;]{0,40}\bsince\s+(?:the\s+)?(?:(?!(?:1[89]|20)\d\d\b)[\w-]+\s+){0,3}(?:of\s+|in\s+)?$", re.I))
# "the highest since January", "up 4% since January": "since" after a record or a change
# reaches back to the month as a horizon or a base, not the year so far
# "the third decline in four months", "its second gain in three months", "a surplus, the first in three months": an ordinal and the
# event counted, right before "in n months" (a streak, counted back from now)
_A_STREAK = re.compile(r"(?:\b(?:the|its|a|their)\s+|(?<=[.!?;:\n])\s*)(?:first|second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th)\s+(?:[a-z-]+\s+){0,2}$", re.I)
_IN_N_MONTHS = re.compile(r"(?:in|over)\s", re.I)
# "have topped US$10 billion for four months running", "for three quarters in a row": how
# long a streak has lasted up to the period in hand, no period of the figure
_STREAK_AFTER = re.compile(r"\s+(?:running|straight|in\s+a\s+row|on\s+end)\b", re.I)
_NOT_SO_FAR = re.compile(r"(?:\b(?:\w+est|most|least|first\s+time)\s+(?:level\s+|point\s+|figure\s+)?|(?:%|\bper\s?cent|\bpercent|\bfold)\s+)since\s$", re.I)
# "the highest in 11 months", "the biggest monthly deficit in 11 months": a ranking's horizon
# (how far back the figure is the highest), not the months the figure is of
_RECORD_IN = re.compile(r"\b(?:\w+est|most|least)(?:\s+[\w-]+){0,3}?\s+$", re.I)
_IN_N_MONTHS = re.compile(r"(?:in|over)\s+\w+\s+months\b(?!\s+of\b)", re.I)
_TARGET_CUE = EndCue(re.compile(r"\b(?:by|until|till)\s+(?:the\s+end\s+of\s+)?$", re.I), ["by", "until", "till", "of"])


@functools.cache
def _end_date_before() -> re.Pattern:
    """The month and day of a date a period "ended on", before its year."""
    mon = vocab.alternation(list(vocab.months()), ignore_case=True)
    # (or the day first: "(ended 30 September 2023)")
    return re.compile(rf"\b(?:ended|ending|ends)\s+(?:on\s+)?(?:(?:{mon})\.?\s+[0-3]?\d(?:st|nd|rd|th)?,?|[0-3]?\d(?:st|nd|rd|th)?\s+(?:{mon})\.?,?)\s+$", re.I)


# "every January", "each March": a month that recurs (a habit, a release's usual month)
_HABITUAL = re.compile(r"\b(?:every|each)\s+$", re.I)


def find_periods(text: str, index: Index | None = None) -> list[PeriodMention]:
    """Every period expression in `text`, longest first where they overlap."""
    found: list[PeriodMention] = []
    dates: list[tuple[int, int]] = []
    taken = bytearray(len(text))
    months = vocab.months()
    index = index or Index(text)
    for kind, rx in _patterns():
        for m in (index.finditer(rx) if isinstance(rx, Keyed) else rx.finditer(text)):
            s, e = m.span()
            if m.re.groupindex.get("flow_noun"):
                e = m.start("flow_noun")  # ("two-month exports": the flow word is the figure's, no period's)
            if any(taken[s:e]):
                continue
            if kind == "date":
                taken[s:e] = b"\x01" * (e - s)
                dates.append((s, e))
                continue
            pm = _build(kind, m, months, s, e, text[s:e])
            if pm is None:
                continue
            if kind == "ytd" and pm.args.get("year_to") and _twelve_months_said(text, pm):
                pm = _twelve_months_to(pm)
            if kind == "firstn" and _A_STREAK.search(text, max(0, s - 40), s) and _IN_N_MONTHS.match(text, s):
                continue  # "the third decline in four months": how often over a span, no period
            if kind == "firstn" and _STREAK_AFTER.match(text, e):
                continue  # "for four months running": a streak's length, no period
            if kind == "ytd_now" and _NOT_SO_FAR.search(text, max(0, s - 40), s + 6):
                continue  # "the highest since January", "up 4% since January": a horizon or a base
            if (kind == "month" or kind == "months" and _PART_OF_MONTH.search(text, max(0, s - 6), s)) and _ENDS_IN.search(text, max(0, s - 30), s):
                continue  # "the fiscal year 2023/2024, which ended in June": when a period ends, not one
            if kind == "year" and _end_date_before().search(text, max(0, s - 40), s):
                continue  # "the last Iranian calendar year (which ended on March 20, 2018)": the day it ended
            if kind == "the_month" and _change_over_the_month(text, s):
                # "Imports fell 1.2% over the month": right after a change, the footing it is
                # measured on (the month before), as "on the month"; not the month in hand
                pm = PeriodMention(s, e, text[s:e], "rel", None, {"w": "over the month", "years": None})
            if getattr(rx, "name", "") == "adjacent_months" and not _one_span_of_two_months(text, pm):
                continue
            if kind in ("month",) and not _plausible_month(text, m):
                continue
            if kind == "month" and _HABITUAL.search(text, max(0, s - 12), s):
                continue  # "Every January the statistics office publishes": a time that recurs, no period
            if _RELEASED.search(text, max(0, s - 60), s):
                continue
            pre = text[max(0, s - 40):s]
            pm.base_cue = bool(_BASE_CUE.search(pre)) and not _CLAUSE_START_ADVERB.search(pre) and not _OVER_AFTER_MONEY.search(pre)
            if pm.base_cue and "over" in pre and _subject_over().search(text, max(0, s - 60), s):
                pm.base_cue = False
            if not pm.base_cue and kind == "year" and "year " in pre and _COMPARED_WITH_THE_YEAR.search(pre):
                pm.base_cue = True
            if not pm.base_cue and "the " in pre and _earlier_event_re().search(pre):
                pm.base_cue = True  # "at the previous auction held in May": the earlier event's month
            if pm.base_cue and " on " in pre and _topic_on().search(pre):
                pm.base_cue = False  # "Could you comment on the 2023 trade figures?": a topic, no base
            if kind == "year" and _MULTIPLE_OF_LEVEL.match(text, e) and _multiple_before_the().search(pre):
                pm.base_cue = True  # "double the 2021 figure of $1.3bn": the year of the level it is a multiple of
            # (a window wide enough for "the highest figure in current prices since comparable
            # records began in 1997")
            wide = text[max(0, s - 90):s]
            if "nc" in pre.lower() and any(rx.search(wide) for rx in _RECORD_SINCE):  # (both need "since": cheap)
                # "their lowest since September 2010": a record's horizon, not a period of
                # the figures nor the base of a change
                pm.base_cue = False
                pm.args["target"] = True
            if kind == "firstn" and "est" in pre.lower() and _IN_N_MONTHS.match(text, s) and _RECORD_IN.search(pre):
                pm.base_cue = False
                pm.args["target"] = True
            if pm.base_cue and pm.args.get("months") == 3 and "over" in pre and _CHANGE_OVER.search(pre):
                # "export prices fell 1.5% over the December quarter": as Australian and New
                # Zealand releases write it, the change during that quarter (on the quarter
                # before), not a change from it (unless the clause names its own quarter
                # first: see _own_quarter_first)
                pm.base_cue = False
                pm.args["over_quarter"] = True
            if pm.base_cue and kind == "months" and re.search(r"\bfrom\s+$", pre, re.I) and re.search(r"\s(?:to|through|until)\s", text[s:e], re.I):
                pm.base_cue = False  # "From January to November": the range's own "from"
            # "a target of $5bn by 2026": the year of a goal, not of the figures around it
            if _TARGET_CUE.search(pre) and kind != "ytd" and not _REALISED_AFTER.match(text, e) \
                    and not ("had " in text[e:e + 80] and _REALISED_PERFECT_AFTER.match(text, e)):
                # (not "By 2023 it had reached EUR 64.6 billion": what happened by then)
                pm.args["target"] = True
            found.append(pm)
            taken[s:e] = b"\x01" * (e - s)
    found.sort(key=lambda p: p.start)
    _own_quarter_first(text, found)
    found = _date_ranges(text, dates, found) if len(dates) >= 2 else found
    return _bracket_labels(text, _seasons_as_stated(_within_fiscal_years(text, found), text))


# the word that makes two months joined by "and" one span ("in January and February")
@functools.cache
def _month_span_opener() -> re.Pattern:
    """A word that joins two months into one span, right before them (vocab/month_span_openers.csv)."""
    words = vocab.alternation(vocab.month_span_openers(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{words})\s+$", re.I)


_RESPECTIVELY = re.compile(r"[^.;]*?\brespectively\b", re.I)


def _one_span_of_two_months(text: str, pm: PeriodMention) -> bool:
    """Whether "January and February" is one span of two months, as in "$79 billion in
    January and February": the second month follows the first, a preposition of time comes
    before them, and no "respectively" later in the sentence gives each its own figure."""
    m1, m2 = pm.args.get("m1"), pm.args.get("m2")
    if m1 is None or m2 is None or m2 != m1 % 12 + 1:
        return False  # (a month and a year, "May and 2019", is no span of months)
    if not _month_span_opener().search(text, max(0, pm.start - 20), pm.start):
        return False
    return not ("respectively" in text[pm.end:pm.end + 200].lower() and _RESPECTIVELY.match(text, pm.end))


# "fell 1.2% over the month": a change figure right before "over the month"
_CHANGE_RIGHT_BEFORE = re.compile(r"(?:%|\bper\s?cent|\bpercent)\s+$", re.I)


def _change_over_the_month(text: str, s: int) -> bool:
    return text.startswith("over", s) and _CHANGE_RIGHT_BEFORE.search(text, max(0, s - 12), s) is not None


# "fell 1.5% over the December quarter", "rose 0.8 percent over the March quarter": a change
# right before "over" and a quarter named by its month
_CHANGE_OVER = re.compile(r"(?:%|\bper\s?cent|\bpercent|\bpoints?)\s+over\s+(?:the\s+)?$", re.I)


def _own_quarter_first(text: str, found: list[PeriodMention]) -> None:
    """"Exports in the March quarter rose 2% over the December quarter": where the clause
    names the changed quarter before, "over" is the base after all."""
    for i, pm in enumerate(found):
        if not pm.args.get("over_quarter"):
            continue
        for q in found[:i]:
            if not q.base_cue and not re.search(r"[.;!?](?!\d)|\n", text[q.end:pm.start]):
                pm.base_cue = True
                del pm.args["over_quarter"]
                break


@functools.cache
def _earlier_event_re() -> re.Pattern:
    """"the previous auction held in", "the preceding sale in": an earlier event of a series
    (vocab/earlier_event_adjectives.csv), perhaps a participle, then the period's preposition."""
    words = vocab.alternation([r["word"] for r in vocab.table("earlier_event_adjectives")], ignore_case=True)
    return re.compile(rf"\bthe\s+(?:{words})\s+[a-z-]+\s+(?:[a-z]+\s+)?(?:in|on|of)\s+$", re.I)


@functools.cache
def _topic_on() -> re.Pattern:
    words = vocab.alternation(vocab.topic_on_words(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{words})\s+on\s+(?:the\s+)?$", re.I)


# "double the 2021 figure", "twice the 2019 level": a year between a multiple word that
# needs a cue (vocab/multiples.csv) and a level noun
_MULTIPLE_OF_LEVEL = re.compile(r"\s+(?:figure|level|value|total|amount)\b", re.I)


@functools.cache
def _multiple_before_the() -> re.Pattern:
    words = vocab.alternation(sorted(vocab.multiples_needing_cue()), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{words})\s+(?:the|its|their)\s+$", re.I)


# "€156.2bn (2022: €193.3bn, -19.2%)", "NZ$1,106m (March 2023: NZ$1,153m)": a period that
# labels a bracketed figure right after another figure dates that figure only; it is the
# earlier side of a comparison with the figure before the bracket (its own period may stand
# between: "£43.1bn in the third quarter (Q2: £44.1bn)")
# (a scale and a currency word may follow the number: "-3.5 trillion yen (fiscal 2022: ...)";
# the scale cut short with a point: "736.4 mrd. kroner (2015: 867.2 mrd.)")
# (or a change's footing with a slash: "-1.4% m/m (Sept: €133.1bn)", or hyphened: "up 39.8%
# year-on-year (June 2020: $39.2 billion)")
_FIGURE_THEN_BRACKET = re.compile(r"\d[\d.,]*\s?[A-Za-z%]{0,8}\.?(?:\s[A-Za-z]{1,8}|\s[A-Za-z]/[A-Za-z]|\s[a-z]{3,7}-on-[a-z]{3,7})?(?:\s+(?:in|during|for|over)\s+[^();:.$€£¥%]{0,40}?)?\s*\(\s*$")
# (a slide may name the figure's kind after the colon: "(H1 2022: surplus ~US$1.2bn)")
_LABEL_COLON = re.compile(r"\s*:\s*(?:[a-z]{4,12}\s+)?[-+−]?(?:[^\s\d]{1,4}\s?)?\d")
# "(consensus: 5.0%, September: 2.4%)", "(Nomura: -¥1,350.0bn; consensus: ...; April: ...)":
# a label after other labelled figures in the same bracket labels its own figure likewise
_LATER_LABEL = re.compile(r"\((?:[^();:,]{1,30}:\s*[-+−]?[^\s\d();:,]{0,4}\s?\d[\d.,]*[^();:,\d]{0,12}[,;]\s*){1,4}$")


# "25.6 mn t in 2019 (vs 30.6 mn t in 2018)": a period in a bracket that sets an earlier
# figure against the one before it is that comparison's base
_VERSUS_BRACKET = re.compile(r"[\w%]\s*\(\s*(?:vs\.?|versus)\s+[^()]{0,40}$", re.I)


def _bracket_labels(text: str, found: list[PeriodMention]) -> list[PeriodMention]:
    for pm in found:
        # (the colon after it checked first: one match at one place, where the others search)
        if _LABEL_COLON.match(text, pm.end) and (_FIGURE_THEN_BRACKET.search(text, max(0, pm.start - 70), pm.start)
                                                 or _LATER_LABEL.search(text, max(0, pm.start - 160), pm.start)):
            pm.base_cue = True
            pm.args["label"] = True
        elif _labels_a_clause(text, pm.start, pm.end):
            pm.base_cue = True
            pm.args["label"] = True
        elif text.find("(", max(0, pm.start - 60), pm.start) >= 0 and _VERSUS_BRACKET.search(text, max(0, pm.start - 60), pm.start):
            pm.base_cue = True
    return found


_BARE_YEAR_PAIR = re.compile(r"(?:19|20)\d\d\s?[-/–]\s?(?:19|20)?\d\d")


@functools.cache
def _season_words() -> str:
    return vocab.alternation(vocab.season_years(), ignore_case=True, space=r"\s+")


@functools.cache
def _season_months_res() -> tuple[re.Pattern, ...]:
    """The ways a text states the months of its season (see _stated_season_end)."""
    season = _season_words()
    mon = vocab.alternation(list(vocab.months()), ignore_case=True)
    year_pair = r"(?:(?:19|20)\d\d\s?[-/–]\s?(?:19|20)?\d\d\s+)?"
    return (
        # "the 2023/24 crop year (July-June)", "coffee year 2023/24 (October 2023 to September 2024)"
        re.compile(rf"\b(?:{season})\s+{year_pair}\(\s*(?:{mon})\.?(?:\s+(?:19|20)\d\d)?\s*(?:-|–|to|through)\s*(?P<end>{mon})\b", re.I),
        # "the 2024/25 July-June season"
        re.compile(rf"\b(?:{mon})\s?[-–]\s?(?P<end>{mon})\s+(?:{season})\b", re.I),
        # "the marketing year, which began Sept. 1"
        re.compile(rf"\b(?:{season}),?\s+(?:which|that)\s+(?:began|begins|started|starts)\s+(?:on\s+|in\s+)?(?P<start>{mon})\b", re.I),
    )


def _names_a_season(text: str, pm: PeriodMention) -> bool:
    """Whether a season word (vocab/season_years.csv) comes right after or before the year
    pair: "the 2022/23 crop season", "coffee year 2023/24"."""
    after, before, abbreviated = _season_res()
    return bool(after.match(text[pm.end:pm.end + 30]) or before.search(text[max(0, pm.start - 30):pm.start])
                or abbreviated.search(text[max(0, pm.start - 8):pm.start]))


@functools.cache
def _season_res() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """A season word after a year pair, one before it, and a season's abbreviation ("MY")."""
    season = _season_words()
    abbreviation = vocab.alternation(vocab.season_abbreviations())
    return (re.compile(rf"\s+(?:{season})", re.I), re.compile(rf"(?:{season})\s+$", re.I),
            re.compile(rf"\b(?:{abbreviation})\s+$"))


def _stated_season_end(text: str) -> int | None:
    """The month a season ends in, where the text states its months ("(July-June)", "which
    began Sept. 1"), else None."""
    months = vocab.months()
    for pattern in _season_months_res():
        found = pattern.search(text)
        if found and found.groupdict().get("end"):
            return months[found["end"].lower().rstrip(".")]
        if found:
            return (months[found["start"].lower().rstrip(".")] + 10) % 12 + 1
    return None


def _crop_season_end(text: str, pm: PeriodMention) -> int | None:
    """The month the season a year pair names ends in, from the crop its sentence is about
    (vocab/crop_seasons.csv): "Ghana's cocoa export earnings dropped to $2.2bn in the 2023/24
    season" is the cocoa year, October-September; a crop whose marketing year differs by
    country, by the country the sentence names ("U.S. corn exports ... MY 2024/25")."""
    from .mentions import find_countries

    start = _sentence_start(text, pm.start)
    stop = re.search(r"[.!?](?:\s|$)|\n", text[pm.end:])
    sentence = text[start:pm.end + (stop.start() if stop else len(text) - pm.end)]
    isos = {x.attrs.get("iso") for x in find_countries(sentence)}
    words = set(re.findall(r"[a-z]+", sentence.lower()))
    ends = {e for (crop, iso), e in vocab.crop_seasons().items() if crop in words and (not iso or iso in isos)}
    return ends.pop() if len(ends) == 1 else None


# "the annual deficit ... in the year through September": the twelve months to that month,
# not the year so far ("so far in the year through October" is, and so is a bare "in the year
# through March 2023")
_TWELVE_MONTHS = re.compile(r"^(?!.*\bso\s+far\b).*\b(?:annual|annualised|annualized|twelve-month|12-month|rolling)\b", re.I)


# "exports to China were worth $8.62 billion in the year to May": the twelve months ending
# in that month, as "the year ended May" (not "so far in the year to October", nor "the
# year through September", the months from January in American usage; nor "Over the year
# to November, exports were up 32.4 per cent", a change on the month a year before)
_YEAR_TO = re.compile(r"(?:in\s+)?the\s+year\s+to\s", re.I)
_SO_FAR = re.compile(r"\bso\s+far\b", re.I)
_OVER_BEFORE = re.compile(r"\bover\s+$", re.I)


def _twelve_months_said(text: str, pm: PeriodMention) -> bool:
    """Whether "the year to/through MONTH" is the twelve months ending in that month: said
    with "to" (not after "over"), or in a sentence that calls its figures annual or rolling,
    and never after "so far"."""
    before = text[_sentence_start(text, pm.start):pm.end]
    if _TWELVE_MONTHS.match(before):
        return True
    return _YEAR_TO.match(pm.text) is not None and not _SO_FAR.search(before) \
        and not _OVER_BEFORE.search(text, max(0, pm.start - 6), pm.start)


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding `pos` starts (a full stop then a space ends one, a
    decimal point does not)."""
    return max((m.end() for m in re.finditer(r"[.!?]\s|\n", text[:pos])), default=0)


def _twelve_months_to(pm: PeriodMention) -> PeriodMention:
    """The year to a month read as the twelve months ending in it."""
    if pm.kind == "abs":
        end = pm.period[1]
        return PeriodMention(pm.start, pm.end, pm.text, "abs", (end - 11, end), {})
    m2 = pm.args["m2"]
    return PeriodMention(pm.start, pm.end, pm.text, "months", None, {"m1": m2 % 12 + 1, "m2": m2})


def _seasons_as_stated(found: list[PeriodMention], text: str = "") -> list[PeriodMention]:
    """A text that says when its crop year ended ("the 2022/23 crop year that ended in
    September", "the 2023/24 crop year (July-June)", "the marketing year, which began Sept.
    1") means that season by every other bare "2022/23" ("the average export price in
    2022/23", the headline's "2022/23 crop year"), not a fiscal year."""
    end = next((pm.args["season_end"] for pm in found if "season_end" in pm.args), None)
    if end is None and text and any(_BARE_YEAR_PAIR.fullmatch(pm.text) for pm in found if pm.kind == "fy"):
        end = _stated_season_end(text)
    if end is None and text:
        end = next((e for pm in found if pm.kind == "fy" and _BARE_YEAR_PAIR.fullmatch(pm.text) and _names_a_season(text, pm)
                    for e in [_crop_season_end(text, pm)] if e is not None), None)
    if end is None:
        for pm in found:
            if pm.kind == "fy" and _BARE_YEAR_PAIR.fullmatch(pm.text) and _names_a_season(text, pm):
                # "the 2022/23 crop season", months unsaid: not the country's fiscal year, and
                # which months it runs is a guess
                pm.args["season"] = True
        return found
    for pm in found:
        if pm.kind == "fy" and "start_year" in pm.args and _BARE_YEAR_PAIR.fullmatch(pm.text):
            last = (pm.args["start_year"] + 1) * 12 + end - 1
            pm.kind, pm.period, pm.args = "abs", (last - 11, last), {**pm.args, "season_end": end}
    return found


# "From March 21, 2022, when the current Iranian year began, to Feb. 19, 2023": two dates
# that bound a period (an aside between them allowed)
_BRACKETED_RANGE_GAP = re.compile(r"\s*(?:[-–—]|to|through)\s*", re.I)
_DATE_RANGE_GAP = re.compile(r",?(?:\s*,?\s*(?:when|which|the|as|after|before)\b[^;.$€£¥\d]{0,80}?,)?\s+(?:to|until|till|through|and)\s+", re.I)
_DATE_PARTS = re.compile(r"(?P<m1>[A-Za-z]+)\.?\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{4})|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m2>[A-Za-z]+)\.?,?\s+(?P<y2>\d{4})|(?P<y3>\d{4})-(?P<m3>\d\d)-(?P<d3>\d\d)")


def _day(text: str) -> tuple[int, int, int] | None:
    """(year, month, day) of a date as written."""
    mm = _DATE_PARTS.fullmatch(text.strip())
    if not mm:
        return None
    months = vocab.months()
    if mm["y3"]:
        return int(mm["y3"]), int(mm["m3"]), int(mm["d3"])
    name = (mm["m1"] or mm["m2"]).lower()
    if name not in months:
        return None
    return int(mm["y1"] or mm["y2"]), months[name], int(mm["d1"] or mm["d2"])


def _date_ranges(text: str, dates: list[tuple[int, int]], found: list[PeriodMention]) -> list[PeriodMention]:
    for (s1, e1), (s2, e2) in zip(dates, dates[1:]):
        if not (re.search(r"\b(?:from|between|since)\s+$", text[max(0, s1 - 12):s1], re.I) and _DATE_RANGE_GAP.fullmatch(text, e1, s2)) \
                and not (text[max(0, s1 - 3):s1].rstrip().endswith("(") and _BRACKETED_RANGE_GAP.fullmatch(text, e1, s2)
                         and text[e2:e2 + 3].lstrip().startswith(")")):
            # ("(April 1, 2023 - March 31, 2024)": a bracket that gives a period's first and
            # last days, as a results summary heads its figures)
            continue
        a, b = _day(text[s1:e1]), _day(text[s2:e2])
        if a is None or b is None:
            continue
        # the nearest whole months: a range from the 21st starts with the next month, one
        # to the 10th ends with the month before
        start = a[0] * 12 + a[1] - 1 + (1 if a[2] > 15 else 0)
        end = b[0] * 12 + b[1] - 1 - (1 if b[2] < 15 else 0)
        if end < start:
            continue
        found = [pm for pm in found if not (s1 <= pm.start < e2)]
        found.append(PeriodMention(s1, e2, text[s1:e2], "abs", (start, end), {"dates": True}))
        found.sort(key=lambda p: p.start)
    return found


# "July-February (2018-19)", "the first eight months of the current fiscal year",
# "Q1 FY23", "the July-February stretch of this fiscal year": months placed in a fiscal year
# ("the first four months of the current fiscal year 2024-25": "current" beside the year
# it names adds nothing)
_PART_OF = re.compile(r"\s*(?:\(|,)?\s*(?:(?:period|stretch|months|portion)\s+)?(?:(?:of|in|for)\s+)?(?:the\s+)?(?:(?:current|ongoing|present)\s+)?\(?\s*", re.I)
# "(mid-July to mid-November)" after a part of a fiscal year: its months restated in words
_MONTHS_IN_BRACKETS = re.compile(r"\s*\(([^()\d]{3,40})\)")


_YEAR_WORDS = ("this year", "last year", "past year", "the previous year", "the prior year", "the preceding year",
               "previous year", "prior year", "preceding year")


def _year_part(text: str, part: PeriodMention, year: PeriodMention, start: int, end: int) -> PeriodMention:
    merged = PeriodMention(start, end, text[start:end], "fy_part", None,
                           {**part.args, "fy": "fy_rel", "fy_offset": 0 if year.args["w"] == "this year" else -1,
                            "fy_fiscal_start": 1})
    merged.base_cue = part.base_cue or year.base_cue
    return merged


def _year_back_month(text: str, rel: PeriodMention, pm: PeriodMention) -> bool:
    """Whether `pm` is a lone month ("May", no year, no range) right after a year-back opener
    that starts its sentence ("A year earlier the May gap"), with only "the" between."""
    return (rel.args.get("w") or "").lower() in vocab.year_back_openers() and pm.args.get("m1") == pm.args.get("m2") \
        and set(pm.args) <= {"m1", "m2"} and re.search(r"(?:^|[.!?]\s|\n)\s*$", text[max(0, rel.start - 4):rel.start]) is not None \
        and re.fullmatch(r"\s*,?\s*(?:the\s+|in\s+)?", text[rel.end:pm.start]) is not None


def _restates_months(text: str, part: PeriodMention, pm: PeriodMention) -> bool:
    """"the first four months of the fiscal year 2024-25 (mid-July to mid-November)": month
    names in a bracket right after a part of a fiscal year say when it ran (a fiscal year
    starting mid-month spans parts of two more months), not another period."""
    brackets = _MONTHS_IN_BRACKETS.match(text, part.end)
    return brackets is not None and brackets.start(1) <= pm.start and pm.end <= brackets.end(1)


def _same_count_of_months(count: PeriodMention, months: PeriodMention) -> bool:
    """Whether a count of a year's months ("the first nine months") and a span of named
    months ("July-March") are as long as each other."""
    if count.kind != "months" or not count.args.get("ordinal") or None in (months.args.get("m1"), months.args.get("m2")):
        return False
    return count.args["m2"] - count.args["m1"] == (months.args["m2"] - months.args["m1"]) % 12


def _within_fiscal_years(text: str, found: list[PeriodMention]) -> list[PeriodMention]:
    out: list[PeriodMention] = []
    for pm in found:
        prev = out[-1] if out else None
        if prev is not None and pm.start < prev.end:
            continue  # inside a bracket that restates the months before (below)
        between = text[prev.end:pm.start] if prev is not None else ""
        if prev is not None and pm.kind == "months" and _restates_months(text, prev, pm) \
                and (prev.kind == "fy_part" or _same_count_of_months(prev, pm)):
            # ("the first nine months (July-March) of the current fiscal year": the months
            # of a count the year after them places, restated in brackets before it)
            brackets = _MONTHS_IN_BRACKETS.match(text, prev.end)
            prev.end, prev.text = brackets.end(), text[prev.start:brackets.end()]
            continue
        # "A year earlier the May gap was $3.2 billion": a bare month in the clause a sentence's
        # year-back opener starts is that month a year before (vocab/year_back_openers.csv)
        if prev is not None and prev.kind == "rel" and pm.kind == "months" and _year_back_month(text, prev, pm):
            out[-1] = PeriodMention(prev.start, pm.end, text[prev.start:pm.end], "months", None, {**pm.args, "year_back": 1})
            out[-1].base_cue = prev.base_cue or pm.base_cue
            continue
        # "A year earlier, in the same period": the same period, a year back
        if prev is not None and prev.kind == "rel" and pm.kind == "current" and re.fullmatch(r"\s*,?\s*", between):
            prev.end, prev.text = pm.end, text[prev.start:pm.end]
            continue
        # "the first quarter (Q1)", "the current fiscal year (2022-23)": a restatement in
        # brackets adds nothing
        if prev is not None and re.fullmatch(r"\s*\(\s*", between) and text[pm.end:pm.end + 1] == ")" and (
                (prev.kind == "months" and pm.kind == "months" and prev.args.get("m1") == pm.args.get("m1") and prev.args.get("m2") == pm.args.get("m2"))
                or (prev.kind in ("fy_rel", "fy_part") and pm.kind == "fy")):
            if prev.kind == "fy_rel" or (prev.kind == "fy_part" and prev.args.get("fy") == "fy_rel"):
                # the fiscal year in brackets names the year the words leave relative
                args = {k: v for k, v in prev.args.items() if not k.startswith("fy_")} if prev.kind == "fy_part" else {}
                fy = {f"fy_{k}": v for k, v in pm.args.items()}
                if prev.kind == "fy_part":
                    out[-1] = PeriodMention(prev.start, pm.end + 1, text[prev.start:pm.end + 1], "fy_part", None, {**args, "fy": "fy", **fy})
                else:
                    out[-1] = PeriodMention(prev.start, pm.end + 1, text[prev.start:pm.end + 1], "fy", None, dict(pm.args))
                out[-1].base_cue = prev.base_cue
            else:
                prev.end, prev.text = pm.end + 1, text[prev.start:pm.end + 1]
            continue
        # "the first half (1HFY24)": the shorthand in brackets names the fiscal year the
        # words leave unsaid
        if prev is not None and prev.kind == "months" and prev.args.get("ordinal") and pm.kind == "fy_part" \
                and re.fullmatch(r"\s*\(\s*", between) and text[pm.end:pm.end + 1] == ")" \
                and (prev.args.get("m1"), prev.args.get("m2")) == (pm.args.get("m1"), pm.args.get("m2")):
            merged = PeriodMention(prev.start, pm.end + 1, text[prev.start:pm.end + 1], "fy_part", None, dict(pm.args))
            merged.base_cue = prev.base_cue
            out[-1] = merged
            continue
        # "the first half (1HFY24) of the current fiscal year": the year is named already
        if prev is not None and prev.kind == "fy_part" and prev.args.get("fy") == "fy" and pm.kind == "fy_rel" \
                and prev.text.endswith(")") and _PART_OF.fullmatch(text, prev.end, pm.start):
            prev.end, prev.text = pm.end, text[prev.start:pm.end]
            continue
        # "FY23's first quarter"
        if prev is not None and prev.kind in ("fy", "fy_rel") and pm.kind == "months" and pm.args.get("ordinal") \
                and re.fullmatch(r"['’]s\s+", between):
            merged = PeriodMention(prev.start, pm.end, text[prev.start:pm.end], "fy_part", None,
                                   {**pm.args, "fy": prev.kind, **{f"fy_{k}": v for k, v in prev.args.items()}})
            merged.base_cue = prev.base_cue
            out[-1] = merged
            continue
        # "between January and May this year", "this year's first half", "the January-June
        # period last year": months of a year the text names relative to its date
        if prev is not None and pm.kind == "rel" and pm.args.get("w") in _YEAR_WORDS and prev.kind == "months" \
                and re.fullmatch(r"\s*(?:(?:period|months)\s+)?(?:of\s+|in\s+)?(?:the\s+)?", text[prev.end:pm.start]):
            out[-1] = _year_part(text, prev, pm, prev.start, pm.end)
            continue
        # "in the 12 months to October last year": the month that ends the window is of that year
        if prev is not None and prev.kind == "fy_ended" and prev.args.get("y") is None and pm.kind == "rel" \
                and pm.args.get("w") in _YEAR_WORDS and re.fullmatch(r"\s*(?:of\s+)?", text[prev.end:pm.start]):
            prev.args["year_word"] = pm.args["w"]
            prev.end, prev.text = pm.end, text[prev.start:pm.end]
            continue
        if prev is not None and prev.kind == "rel" and prev.args.get("w") in _YEAR_WORDS and pm.kind == "months" \
                and re.fullmatch(r"['’]s\s+", text[prev.end:pm.start]):
            out[-1] = _year_part(text, pm, prev, prev.start, pm.end)
            continue
        # "the first eight months of the current Iranian calendar year 1403 (March
        # 20-November 20)": months counted from the start of a named year that does not
        # start in January, April-November 2024, not January-August
        if (prev is not None and pm.kind == "abs" and prev.kind == "months" and prev.args.get("ordinal")
                and _year_not_from_january(pm) and _PART_OF.fullmatch(text, prev.end, pm.start)):
            first = pm.period[0]
            merged = PeriodMention(prev.start, pm.end, text[prev.start:pm.end], "abs",
                                   (first + prev.args["m1"] - 1, first + prev.args["m2"] - 1), {})
            merged.base_cue = prev.base_cue
            out[-1] = merged
            continue
        if (prev is not None and pm.kind in ("fy", "fy_rel") and prev.kind == "months"
                and _PART_OF.fullmatch(text, prev.end, pm.start)):
            end = pm.end + 1 if text[pm.end:pm.end + 1] == ")" and "(" in text[prev.end:pm.start] else pm.end
            merged = PeriodMention(prev.start, end, text[prev.start:end], "fy_part", None,
                                   {**prev.args, "fy": pm.kind, **{f"fy_{k}": v for k, v in pm.args.items()}})
            merged.base_cue, merged.args["target"] = prev.base_cue, prev.args.get("target")
            out[-1] = merged
            continue
        out.append(pm)
    return out


def _year_not_from_january(pm: PeriodMention) -> bool:
    """A period of twelve months that starts in a month other than January (an Iranian
    year, a named fiscal year given as months)."""
    return pm.period is not None and pm.period[1] - pm.period[0] == 11 and pm.period[0] % 12 != 0


def _plausible_month(text: str, m: re.Match) -> bool:
    """'May' and 'March' are also words; a month is a month when capitalised and either
    carries a year or follows a preposition."""
    word = m["m1"]
    if not word[0].isupper():
        return False
    if m["y"]:
        return True
    if word.lower() in ("may", "mar", "jan", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "feb", "apr"):
        pre = text[max(0, m.start() - 12):m.start()].lower()
        return bool(re.search(r"\b(?:in|of|for|from|to|during|since|until|by|and|than|last|this|with)\s+$", pre)
                    or _month_before_flow(pre, text[m.end():m.end() + 40]) or _labels_in_bracket(text, m.start(), m.end())
                    or _labels_a_clause(text, m.start(), m.end()) or _closes_a_source_bracket(text, m)
                    or _named_month_before_flow(text, m) or _month_leads_a_line(text, m)
                    or _month_labels_a_row(text, m)
                    or _MONTH_ALONE.match(text, m.end()) is not None)
    return True


# "May alone brought in USD 4.18 bn": a month set apart from the months around it by "alone"
# (no modal verb is followed by "alone")
_MONTH_ALONE = re.compile(r"\s+alone\b")


def _month_leads_a_line(text: str, m: re.Match) -> bool:
    """"* SEPT EXPORTS AT $34.0 BLN" below "* JAN-SEPT EXPORTS ...": a month's short name
    opening a line (or its bullet) right before a flow word (vocab/flows.csv) is that line's
    month, not a word."""
    return bool(_LINE_LEAD.search(text, max(0, m.start() - 4), m.start()) and _flow_next_re().match(text, m.end()))


# the start of a line, perhaps a bullet after it: "\n", "\n* ", "\n- ", "\n• "
_LINE_LEAD = re.compile(r"(?:^|\n)[ \t]*(?:[*•·-][ \t]+)?$")


def _month_labels_a_row(text: str, m: re.Match) -> bool:
    """"Jan      |5,460    |4,336": a month's short name opening a table's row (a line, or
    its first cell), its figures in the cells after it, is that row's month, not a word."""
    return bool(_ROW_LEAD.search(text, max(0, m.start() - 4), m.start()) and _ROW_CELLS_AFTER.match(text, m.end()))


# the start of a line or of a table's first cell: "\n", "\n| "
_ROW_LEAD = re.compile(r"(?:^|\n)[ \t]*(?:\|[ \t]*)?$")
# the next cell of the row holding a figure: "      |5,460", "  | -1.2"
_ROW_CELLS_AFTER = re.compile(r"\.?[ \t]*\|[ \t]*[-+−(]?[$€£¥]?\d")


def _labels_in_bracket(text: str, start: int, end: int) -> bool:
    """"(GS: +6.5%, cons: +6.0%, Aug: +11.2%)", "US$6.7bn (Aug: US$3.8bn)": a month's short
    name that labels a figure in a bracket (after its opening or a comma) is the month."""
    return bool(re.search(r"[(,;]\s*$", text[max(0, start - 3):start]) and _LABEL_COLON.match(text, end)
                and text.rfind("(", 0, start) > text.rfind(")", 0, start))


# "Exports +3.1% y/y; est. +2.2%; Sept. -1.7%", "Trade balance A$5.6b; Feb. revised A$7.1b":
# a month's name opening a clause after a semicolon, right before a figure (perhaps after
# "revised"), labels that figure as a bracket's label does
_CLAUSE_MONTH_BEFORE = re.compile(r";\s*$")
_CLAUSE_FIGURE_AFTER = re.compile(r"\.?\s+(?:(?i:revised)\s+)?[-+−]?(?:[^\s\d]{1,4}\s?)?\d")


def _labels_a_clause(text: str, start: int, end: int) -> bool:
    return bool(_CLAUSE_MONTH_BEFORE.search(text, max(0, start - 3), start) and _CLAUSE_FIGURE_AFTER.match(text, end))


def _closes_a_source_bracket(text: str, m: re.Match) -> bool:
    """"SINGAPORE (Enterprise Singapore, Jan.)": a month's short name, dotted, that closes a
    bracket after a comma (the source, then the month its figures are of) is the month."""
    return text.startswith(".)", m.end()) and bool(_AFTER_BRACKET_COMMA.search(text, max(0, m.start() - 60), m.start()))


# "(Enterprise Singapore, ": a bracket opened and a comma inside it, on the same line
_AFTER_BRACKET_COMMA = re.compile(r"\([^()\n]*,[ \t]*$")


# a capitalised name right before a month's short name ("Japan Oct trade"), or a section
# label and its dash ("INDONESIA - MAY TRADE")
_NAME_BEFORE = re.compile(r"\b[A-Z][\w'’.-]*(?:[ \t]+[-–—])?\s+$")


def _named_month_before_flow(text: str, m: re.Match) -> bool:
    """"Japan Oct trade", "Korea Nov exports": a headline's month, set between a name and a
    flow word (vocab/flows.csv) right after it, is the month."""
    return bool(_NAME_BEFORE.search(text, max(0, m.start() - 30), m.start()) and _flow_next_re().match(text, m.end()))


@functools.cache
def _flow_next_re() -> re.Pattern:
    words = vocab.alternation([w for w, (measure, _) in vocab.flows().items() if measure != "other"], ignore_case=True)
    return re.compile(rf"\s+(?:{words})\b", re.I)


def _month_before_flow(pre: str, post: str) -> bool:
    """"the May trade surplus", "China's May exports": a month name set before a flow word
    (vocab/flows.csv) as its adjective, after an article or a possessive, is the month."""
    return bool(re.search(r"(?:\bthe|['’]s)\s+$", pre) and _flow_after_re().match(post))


@functools.cache
def _flow_after_re() -> re.Pattern:
    words = vocab.alternation([w for w, (measure, _) in vocab.flows().items() if measure != "other"], ignore_case=True)
    return re.compile(rf"\s+(?:[\w-]+\s+)?(?:{words})\b", re.I)


def _full_year(y: str) -> int:
    """2024 for "24" or "2024"."""
    return int(y) if len(y) == 4 else 2000 + int(y)


def _plain_words(w: str) -> str:
    """The usual wording of a relative period, which the link stage reads: "one year
    previously" is "a year earlier"."""
    w = re.sub(r"\s+", " ", w.lower())
    w = re.sub(r"^one (year|decade) ", r"a \1 ", w)
    w = re.sub(r" (fiscal|financial)$", r" \1 year", w)  # "... of the previous fiscal"
    w = re.sub(r" fy$", " fiscal year", w)  # "... of the previous FY"
    # "the year-ago quarter" is "the same quarter a year earlier" (a year back, not a quarter)
    w = re.sub(r"^year[\s-](?:ago|earlier) (\w+)$", r"the same \1 a year earlier", w)
    return re.sub(r" previously$", " earlier", w)


def _num(s: str) -> int:
    s = s.lower()
    return int(s) if s.isdigit() else _WORDNUM.get(s, 0)


# "averaged US$69.1 billion a year in 2015-2017": a preposition right before two years
# written in full makes them a span of calendar years (not "over the 2000-2008 period",
# whose ends a change is between)
_SPAN_PREPOSITION = re.compile(r"\b(?:in|during|for|over|across|throughout)\s+$", re.I)

# two years written in full with nothing around them ("2023-2024", not "2023-2024 fiscal year")
_BARE_FULL_YEARS = re.compile(r"\d{4}\s?[-/–]\s?\d{4}")

# the longest bare span "2011-20" read as the years it names (a decade); longer is no period
_MAX_SPAN_YEARS = 10


# the months in Roman numerals, I to XII
_ROMAN_MONTHS = {r: k for k, r in enumerate(("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"), 1)}
_ROMAN = "|".join(sorted(_ROMAN_MONTHS, key=len, reverse=True))
_ROMAN_DAY_RANGE = re.compile(rf"(?<![\d.])0?1\.(?P<r1>{_ROMAN})\s?[-–]\s?[0-3]?\d\.(?P<r2>{_ROMAN})\.(?P<y>(?:19|20)\d\d)\b")


def _build(kind: str, m: re.Match, months: dict, s: int, e: int, t: str) -> PeriodMention | None:
    g = m.groupdict()
    if kind == "roman_months":
        y, m1, m2 = int(g["y"]), _ROMAN_MONTHS[g["r1"]], _ROMAN_MONTHS[g["r2"]]
        return PeriodMention(s, e, t, "abs", (y * 12 + m1 - 1, y * 12 + m2 - 1)) if m1 <= m2 else None
    if kind == "year":
        y = int(g["y"])
        return PeriodMention(s, s + 4, t[:4], "abs", (y * 12, y * 12 + 11))
    if kind == "fy":
        y1 = g["y1"]
        y2 = g.get("y2")
        y1i = _full_year(y1)
        if y2:
            y2i = int(y2) if len(y2) == 4 else (y1i // 100) * 100 + int(y2)
            if y1i + 1 < y2i <= y1i + _MAX_SPAN_YEARS and t[0].isdigit() \
                    and (len(y2) == 2 or _SPAN_PREPOSITION.search(m.string, max(0, s - 12), s)):
                # "in 2019-23", "2014-18": calendar years a span of several covers (SIPRI's
                # five-year periods), which no fiscal year runs to
                return PeriodMention(s, e, t, "abs", (y1i * 12, y2i * 12 + 11), {"years": (y1i, y2i)})
            if y2i != y1i + 1 or _BARE_FULL_YEARS.fullmatch(t):
                return None  # ("2023-2024" bare: the calendar year it opens on, as before)
            return PeriodMention(s, e, t, "fy", None, {"start_year": y1i})
        # "FY24" / "FY2024": the fiscal year that ends in that year
        return PeriodMention(s, e, t, "fy", None, {"end_year": y1i})
    if kind == "season_year":
        y1 = _full_year(g["y1"])
        y2 = int(g["y2"]) if len(g["y2"]) == 4 else (y1 // 100) * 100 + int(g["y2"])
        if y2 != y1 + 1:
            return None
        end = y2 * 12 + months[g["m1"].lower()] - 1
        return PeriodMention(s, e, t, "abs", (end - 11, end), {"season_end": end % 12 + 1})
    if kind == "season_rel":
        return PeriodMention(s, e, t, "rel", None, {"w": "the previous season", "season": True})
    if kind == "fy_months" and (g.get("u") or g.get("u2")):
        size = 6 if (g.get("u") or g.get("u2")) == "H" else 3
        o = int(g.get("o") or g.get("o2"))
        if o * size > 12:
            return None
        return PeriodMention(s, e, t, "fy_part", None, {"m1": (o - 1) * size + 1, "m2": o * size, "ordinal": True, "fy": "fy",
                                                       "fy_end_year": _full_year(g["y"])})
    if kind == "fy_months":
        return PeriodMention(s, e, t, "fy_part", None, {"m1": 1, "m2": int(g["n"]), "ordinal": True, "fy": "fy",
                                                       "fy_end_year": _full_year(g["y"])})
    if kind == "cal_months":
        y = _full_year(g["y"])
        m1, m2 = (1, int(g["n"])) if g.get("n") else ((int(g["o"]) - 1) * (6 if g["u"] == "H" else 3) + 1, int(g["o"]) * (6 if g["u"] == "H" else 3))
        if m2 > 12:
            return None
        return PeriodMention(s, e, t, "abs", (y * 12 + m1 - 1, y * 12 + m2 - 1))
    if kind == "fy_ended":
        return PeriodMention(s, e, t, "fy_ended", None, {"m": months[g["m1"].lower()], "y": int(g["y"]) if g.get("y") else None})
    if kind == "ending":
        if g.get("n"):
            size = 12 if g["n"].lower() == "twelve" else _num(g["n"])
        else:
            size = 3 if g.get("uq") or g["u"].lower() in ("quarter", "qtr") else 12
        if not 1 <= size <= 12:
            return None
        # ("the three months to February": a window counted in months, `counted`, as
        # statistics offices name a rolling quarter)
        # ("the March quarter 2024": the year after the unit, as Australian releases write it)
        y = g.get("y") or g.get("yq")
        return PeriodMention(s, e, t, "fy_ended", None, {"m": months[g["m1"].lower()], "y": int(y) if y else None,
                                                        "months": size, **({"counted": True} if g.get("n") else {})})
    if kind == "quarters_to":
        size = 3 * _num(g["n"])
        if not 3 <= size <= 24:
            return None
        end = int(g["y"]) * 12 + 3 * (int(g["q"]) if g.get("q") else _ORD[g["o"].lower()]) - 1
        return PeriodMention(s, e, t, "abs", (end - size + 1, end), {"months": size})
    if kind == "full_year":
        args = {"fiscal": "fiscal" in t.lower() or "financial" in t.lower()}
        if g.get("bare") is not None:
            args["bare"] = True  # "over the year": no word says the whole year
        return PeriodMention(s, e, t, "full_year", None, args)
    if kind == "span":
        y1, y2 = int(g["y1"]), int(g["y2"])
        if y2 <= y1:
            return None
        return PeriodMention(s, e, t, "abs", (y1 * 12, y2 * 12 + 11), {"span": (y1, y2)})
    if kind == "fy_own_part":
        o = _ORD.get(g["o"].lower())
        size = 6 if g["u"].lower() == "half" else 3
        which = (g.get("which") or "current").lower()
        args = {"m1": (o - 1) * size + 1, "m2": o * size, "ordinal": True, "fy": "fy_rel",
                "fy_offset": 0 if which in ("current", "ongoing", "present", "this") else -1}
        if g["cal"].lower() in ("iranian", "persian"):
            args["fy_fiscal_start"] = 4
        return PeriodMention(s, e, t, "fy_part", None, args)
    if kind == "season":
        return PeriodMention(s, e, t, "season", None, {"season": g["season"].lower()})
    if kind in ("current", "ytd_now"):
        return PeriodMention(s, e, t, kind, None, {})
    if kind == "the_month":
        return PeriodMention(s, e, t, "the_month", None, {})
    if kind == "the_quarter":
        return PeriodMention(s, e, t, "the_quarter", None, {})
    if kind == "fy_rel":
        which = g["which"].lower()
        args = {"offset": 0 if which in ("current", "ongoing", "present", "this") else -1}
        if which in ("previous", "preceding", "prior"):
            args["before_current"] = True  # the year before the one in hand, not before today's
        if g["cal"].lower() in ("iranian", "persian"):
            args["fiscal_start"] = 4  # the Iranian year, read as whole months from April
        return PeriodMention(s, e, t, "fy_rel", None, args)
    if kind == "same":
        if g.get("fy"):  # a fiscal year, by the year it ends in unless both are written
            y1 = _full_year(g["fy"])
            return PeriodMention(s, e, t, "same", None, {"fy_start": y1 if g.get("fy2") else None,
                                                         "fy_end": None if g.get("fy2") else y1, "unit": g["u"].lower()})
        if g.get("y2"):
            return PeriodMention(s, e, t, "same", None, {"fy_start": int(g["y"]), "unit": g["u"].lower()})
        return PeriodMention(s, e, t, "same", None, {"year": int(g["y"]), "unit": g["u"].lower()})
    if kind == "same_this":
        return PeriodMention(s, e, t, "same", None, {"year_word": "this year", "unit": g["u"].lower()})
    if kind == "upto":
        m = int(g["mn"]) if g.get("mn") else months[g["m1"].lower()]
        return PeriodMention(s, e, t, "upto", None, {"m": m, "y": int(g["y"]) if g.get("y") else None})
    if kind == "iran":
        y = int(g["y"]) + 621  # 1402 starts in March 2023
        return PeriodMention(s, e, t, "abs", (y * 12 + 3, (y + 1) * 12 + 2), {"iranian": True})
    if kind == "months":
        m1, m2 = months[g["m1"].lower()], months[g["m2"].lower()]
        y2 = int(g["y2"]) if g.get("y2") else None
        if g.get("mid") is not None:
            if m1 == m2:
                return None
            # (mid-month to mid-month: the last month named is only begun)
            m2, y2 = (m2 - 1, y2) if m2 > 1 else (12, y2 - 1 if y2 else None)
        y1 = int(g["y1"]) if g.get("y1") else None
        if y2 is None and y1 is not None:
            y2 = y1 if m2 >= m1 else y1 + 1
        if y1 is None and y2 is not None:
            y1 = y2 if m1 <= m2 else y2 - 1
        if y1 is None:
            return PeriodMention(s, e, t, "months", None, {"m1": m1, "m2": m2})
        return PeriodMention(s, e, t, "abs", (y1 * 12 + m1 - 1, y2 * 12 + m2 - 1))
    if kind == "firstn":
        n = _num(g["n"]) if g.get("n") else 3 * _num(g["nq"])
        if not 1 <= n <= 12:
            return None
        y = int(g["y"]) if g.get("y") else None
        if y:
            return PeriodMention(s, e, t, "abs", (y * 12, y * 12 + n - 1))
        if g.get("back"):
            # "over the past 12 months": the months that end with the one the text is on
            return PeriodMention(s, e, t, "trailing", None, {"months": n})
        # "the first n months" counts from the start of whatever year it belongs to
        return PeriodMention(s, e, t, "months", None, {"m1": 1, "m2": n, "ordinal": True})
    if kind in ("half", "quarter"):
        if g.get("m1"):
            m1, m2 = months[g["m1"].lower()], months[g["m2"].lower()]
            return PeriodMention(s, e, t, "months", None, {"m1": m1, "m2": m2})
        size = 6 if kind == "half" or (g.get("u") or "").lower() == "half" else 3
        o = _ORD.get(g["o"].lower(), None) if not g["o"].isdigit() else int(g["o"])
        if g["o"].lower() in _LAST_PART:
            o = 12 // size  # ("the last quarter of 2012": its fourth; "the final half": its second)
        if o is None:
            return None
        m1 = (o - 1) * size + 1
        y = int(g["y"]) if g.get("y") else None
        if y:
            return PeriodMention(s, e, t, "abs", (y * 12 + m1 - 1, y * 12 + m1 + size - 2))
        return PeriodMention(s, e, t, "months", None, {"m1": m1, "m2": m1 + size - 1, "ordinal": True, "year_part": True})
    if kind == "ytd":
        m2 = months[g["m1"].lower()]
        y = int(g["y"]) if g.get("y") else None
        # "the year to September": the year so far, unless a fiscal year ends then (see
        # periods.resolve)
        args = {"year_to": True} if re.match(r"(?:in\s+)?the\s+year\s", t, re.I) else {}
        if y:
            return PeriodMention(s, e, t, "abs", (y * 12, y * 12 + m2 - 1), args)
        return PeriodMention(s, e, t, "months", None, {"m1": 1, "m2": m2, **args})
    if kind == "month":
        m1 = months[g["m1"].lower()]
        y = int(g["y"]) if g.get("y") else (_full_year(g["yy"]) if g.get("yy") else None)
        if y:
            return PeriodMention(s, e, t, "abs", (y * 12 + m1 - 1, y * 12 + m1 - 1))
        return PeriodMention(s, e, t, "months", None, {"m1": m1, "m2": m1})
    if kind == "month_part":
        # a week ("the third week", "in the week") unless the words count days or weeks
        # from the month's start ("the first 15 working days", "so far in May")
        unit = re.sub(r"\s+", " ", g["u"].lower()) if g["u"] else ""
        part = vocab.month_parts().get(unit, "week") if unit else ("week" if "week" in t.lower() else "to date")
        if g.get("n") and not 1 <= _num(g["n"]) <= 31:
            return None
        if not g.get("m1"):
            return PeriodMention(s, e, t, "the_month", None, {"part": part})
        m1 = months[g["m1"].lower()]
        if g.get("y"):
            y = int(g["y"])
            return PeriodMention(s, e, t, "abs", (y * 12 + m1 - 1, y * 12 + m1 - 1), {"part": part})
        return PeriodMention(s, e, t, "months", None, {"m1": m1, "m2": m1, "part": part})
    if kind == "later":
        unit = (g.get("u") or g.get("u2")).lower()
        n = 1 if not g.get("n") or g["n"].lower() in ("a", "an", "one") else _num(g["n"])
        if not n:
            return None
        return PeriodMention(s, e, t, "later", None, {"months": n * _UNIT_MONTHS[unit]})
    if kind == "rel":
        w = _plain_words(g["w"])
        ny = g.get("ny") or g.get("ny2") or g.get("ny3") or g.get("ny4")
        if ny and not _num(ny):
            return None  # "over many years": no period
        return PeriodMention(s, e, t, "rel", None, {"w": w, "years": _num(ny) if ny else None})
    return None


