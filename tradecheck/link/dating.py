"""The period of a claim and, for a change, the period it compares with.

Rules, in order (see rules.py): a period right after the figure binds tightest, then the
nearest before it in the sentence, then one just after it, then what the text is talking
about (the discourse), then the article's main period."""
from __future__ import annotations

import functools
import re
from typing import Callable

from .. import periods as P
from ..extract import table_rows
from .. import vocab
from .context import State
from .cues import BULLET_SIGN, HEDGE, BY_YEAR, OR_BY, CONTINUE_CHANGE, CONTINUE_TO, FROM_BEFORE, VERSUS_BRACKET, names_publication
# (imported once here, not in the rules that use them: an import in a function costs each call)
from .cause_asides import in_cause_aside
from .earlier_estimates import reported_base
from .revision_sizes import replaced_after_size
from .cues import bracket_label as _label_before, figure_for_its_period, replaced_estimate, replaced_then_revised, revised_to_from_re, revision_before_re
from .rules import Decision, rule
from .site import Site
from .table_spans import table_span_end, table_span_start
from .long_spans import long_span_start
from .list_periods import list_heading_versus, list_heading_year, list_running_period, total_of_listed_months

RELATIVE_TO_PUBLICATION = ("last year", "this year", "last month", "this month")


def learn_gap(state: State, period: str, base: str, change: bool = False) -> None:
    """What footing of a month's (or, for a `change` whose words name its base, a
    quarter's) comparison the text states."""
    a, b = P.parse(period), P.parse(base)
    if a and b and a[0] == a[1] and b[0] == b[1] and 0 < a[0] - b[0] < 12:
        state.month_gap = a[0] - b[0]
    elif a and b and a[0] == a[1] and b[0] == b[1] and a[0] - b[0] == 12:
        state.year_ago_said = True
    elif change and a and b and P.months(a) == P.months(b) == 3 and a[0] - b[0] in (3, 12):
        # ("prices fell 19.5% from the March quarter" said of the June quarter: a quarterly
        # release, whose other quarters' changes are on the quarter before too; not two
        # levels, "narrowed to R53.6bn in the second quarter from R84.5bn in the first",
        # which a central bank's bulletin sets beside year-on-year rates)
        if a[0] - b[0] == 3:
            state.quarter_gap = True
        else:
            state.quarter_year_said = True


def _span(pm) -> tuple[int, int]:
    return (pm.start, pm.end)


# ---------------------------------------------------------------------------------------
# Periods of amounts


# "year-on-year", "y/y", "on the month" (or "over the month"): the footing a change is measured on, which dates no
# figure ("grew by 9.6% year-on-year and amounted to $211.4 million": the level is of the
# period the change is about, not of the year before)
_CHANGE_FOOTING = re.compile(r"(?:year|month|quarter)[\s-](?:on|over)[\s-](?:year|month|quarter)|y/y|yoy|q/q|qoq|m/m|mom|o(?:n|ver) the month")


def _change_footing(pm) -> bool:
    """"year-on-year", "quarter-on-quarter", "y/y": how a change was measured, not a date."""
    return pm.kind == "rel" and bool(_CHANGE_FOOTING.fullmatch(pm.args.get("w", "")))


def _direct(s: Site):
    """The period right after the figure ("$5.25bn in 2022", "$51.8 billion the year
    before", "($33mn)" after "in 2021"), if any."""
    # (kept on the site: several period rules ask, and the answer depends only on the site)
    if "_direct" not in s.extra:
        s.extra["_direct"] = _direct_period(s)
    return s.extra["_direct"]


def _direct_period(s: Site):
    for pm, p, h in s.resolved:
        if s.m.end <= pm.start <= s.m.end + 75:
            if pm.args.get("label"):
                return None  # "€156.2bn (2022: €193.3bn)": the bracket's figure is of 2022, not this one
            if _change_footing(pm):
                continue  # ("totalled $21.7 billion, a year-on-year increase of": the change's footing, no date)
            # "779 million NZ dollars (531.04 million U.S. dollars) in November": past a restatement
            gap = s.text[s.m.end:pm.start]
            if s.kind == "share":
                # "a 21.3% share of trade turnover (worth $12.23bn) in the first 11 months"
                gap = re.sub(r"^\s+share\s+of\s+(?:the\s+|its\s+)?[a-z][\w\s'’-]{0,40}?(?=\s*\(|\s+(?:in|during|for|over)\b)", "", gap)
            gap = re.sub(r"^\s*\([^()]{0,40}\)", "", gap)
            if "%" in gap or "per cent" in gap:
                gap = _RESTATING_SHARE.sub("", gap)  # (", or 2.5% of GDP, in 2020": past a share restating the figure)
            if len(gap) > 45 or _owner_of_next_clause(s, gap, pm):
                return None
            if gap.endswith("from ") and _RANGE_TO.search(pm.text):
                # "the AED520.4 billion recorded from January to June": the range's own
                # "from", which dates the figure as "between January and June" would
                gap = gap[:-len("from ")]
            # ("the 5.37 trillion yen deficit logged in fiscal 2021": its noun and verb between)
            # ("averaged US$69.1 billion a year in 2015-2017": past the figure's "a year", the
            # span it is the yearly average of; vocab/yearly_rate_cues.csv)
            if re.fullmatch(rf"\s*(?:\)|,)?\s*(?:(?:{_per_year_after()})\s+)?(?:(?:trade\s+)?(?:deficit|surplus|shortfall|gap)\s+)?(?:(?:it|they|which|that)\s+(?:had\s+)?(?:paid|spent|earned|bought|sold|imported|exported|shipped|recorded|posted)\s+)?(?:(?:{_figure_period_verbs()})\s+)*(?:in|during|for|of|at|over|through)?\s*(?:the\s+)?(?:(?:whole|full|entire|course|first|rest)\s+of\s+(?:the\s+)?)?(?:\()?\s*", gap):
                return pm, p, h
            return None
    return None


# a range of months written with its end after "to" ("January to June"), which "from" opens
_RANGE_TO = re.compile(r"\s(?:to|through|until)\s", re.I)


@functools.cache
def _per_year_after() -> str:
    """The words after a figure that make it a yearly one ("a year", "per annum"), as one
    alternation (vocab/yearly_rate_cues.csv, the phrases read after the figure)."""
    return vocab.alternation([w for w in vocab.yearly_rate_cues()["after"] if " " in w or w.islower()], space=r"\s+")


@functools.cache
def _figure_period_verbs() -> str:
    """The words that may stand between a figure and the period that dates it
    (vocab/figure_period_verbs.csv), as one alternation."""
    return vocab.alternation([r["word"] for r in vocab.table("figure_period_verbs")])


def _owner_of_next_clause(s: Site, gap: str, pm) -> bool:
    """"Compared with the 2022 peak of $7.34 billion, last year's figure is 12.0% lower": a
    period in the possessive after the figure's comma owns the next clause's subject, and
    dates that, not the figure. So does a period that is itself the subject of a clause about
    its revision ("gap narrows to $8.45 billion, March revised up")."""
    if "," not in gap:
        return False
    return re.match(r"['’]s\b", s.text[pm.end:pm.end + 3]) is not None \
        or _period_subject_verb_re().match(s.text, pm.end) is not None


@functools.cache
def _period_subject_verb_re() -> re.Pattern:
    """A verb right after a period that makes the period its clause's subject ("March
    revised up"; vocab/period_subject_verbs.csv)."""
    words = vocab.alternation([r["phrase"] for r in vocab.table("period_subject_verbs")], ignore_case=True, space=r"\s+")
    return re.compile(rf"\s+(?:{words})\b", re.I)


def _before(s: Site) -> list:
    """The sentence's periods before the figure, goals' years left out (and those of a
    breakdown's aside closed before it)."""
    # (kept on the site: a dozen period rules ask, and the answer reads only the sentence's
    # periods and the figure's place; callers only read the list)
    before = s.extra.get("_periods_before")
    if before is None:
        before = s.extra["_periods_before"] = [
            (pm, p, h) for pm, p, h in s.resolved if pm.end <= s.m.start and not pm.args.get("target")
            and not _in_closed_breakdown(s, pm) and not _in_closed_appositive(s, pm) and not _apposed_to_period(s, pm)
            and not in_cause_aside(s.text, s.sent.start, pm.start, pm.end, s.m.start)
            and not _in_dateline(s, pm)]
    return before


# "Lima, August 2023 (ANDINA) - Peru's exports fell 38% ... in the first half of 2023": a
# dateline's month is when the copy was filed, not the time of the figures after it (the
# sentence's own period, stated later, dates them)
# (or the place's state and a dash: "ARLINGTON, Va. — February 2023 — U.S. dairy exporters")
# the dateline's place before its date ("LONDON, ", "Santa Cruz de la Sierra, ": lower-case
# particles of a name, vocab/place_name_particles.csv, between its capitalised words), and
# after the date, the agency in brackets and the dash ("(IBCE).- ": a full stop may lead it)
_DATELINE_AFTER = re.compile(r"\s*(?:\([A-Z][\w .&-]{1,30}\)\s*)?\.?(?:—|–|--?)\s")


@functools.cache
def _dateline_before_re() -> re.Pattern:
    particles = vocab.alternation(vocab.place_name_particles(), space=r"\s+")
    word = r"[A-ZÀ-Þ][\w.'-]*"
    return re.compile(rf"{word}(?:\s+(?:(?:{particles})\s+)?{word}){{0,3}}(?:,\s*|,\s*[A-Z][a-z]{{0,4}}\.?\s+(?:—|–|--?)\s+)")


def _in_dateline(s: Site, pm) -> bool:
    return in_dateline(s.text, s.sent.start, pm, s.m.start)


def in_dateline(text: str, sent_start: int, pm, end: int) -> bool:
    """Whether the period `pm` is the dateline's at the sentence's head (read up to `end`)."""
    return (pm.start - sent_start < 40 and _dateline_before_re().fullmatch(text, sent_start, pm.start) is not None
            and _DATELINE_AFTER.match(text, pm.end, end) is not None)


# "over 2019, the year before the pact took effect, when": a period, its comma, and the
# appositive's closing comma after the relative period that describes it
_PERIOD_THEN_COMMA = re.compile(r",\s*$")
_APPOSITIVE_TAIL = re.compile(r"[^,;()\d$€£¥]*,")


def _apposed_to_period(s: Site, pm) -> bool:
    """"up 12% over 2019, the year before the pact took effect, when they stood at $41.5
    billion": a relative period set off by commas right after another period describes that
    period (the year before an event), dating nothing of its own; the "when" clause after it
    is of the period it describes."""
    if pm.kind != "rel" or "," not in s.text[pm.end:s.m.start]:
        return False
    if not any(x is not pm and x.end <= pm.start and _PERIOD_THEN_COMMA.match(s.text[x.end:pm.start])
               for x, _, _ in s.resolved):
        return False
    return _APPOSITIVE_TAIL.match(s.text, pm.end, s.m.start) is not None


def _in_closed_breakdown(s: Site, pm) -> bool:
    """"exports totalled €146.3 billion, of which €49.5 billion in March, and imports €164.0
    billion": the month of a part after "of which" (vocab/breakdown_cues.csv) dates that part;
    past the comma that closes the aside, the sentence is back on the whole's period."""
    if "," not in s.text[pm.end:s.m.start]:
        return False
    return bool(_breakdown_aside_re().search(s.text, max(s.sent.start, pm.start - 80), pm.start))


# "China, the leader as recently as 2018, fell to third with $575.0 billion", "phones and
# electronics, barely a tenth of shipments in 2013, now make up almost a third": a noun phrase
# set off by commas after a noun (an adverb may lead it), its time its own
# (no figure in digits in it: ", virtually the same as the 61.0 billion euros recorded one year
# previously, when exports had totalled 520.8 billion" compares the figure with that year's)
_APPOSITIVE_OPEN = re.compile(r"[A-Za-z],\s+(?:[a-z]+ly\s+)?(?:the|an?)\s+[a-z][^,;()$€£¥\d]*$")
# (closed by a comma, not one that opens a clause about the time just named: ", when ...")
_APPOSITIVE_CLOSE = re.compile(r"[^,;()\d$€£¥]*,(?!\s*when\b)")


@functools.cache
def _sentence_opener_re() -> re.Pattern:
    words = vocab.alternation(vocab.subject_openers())
    return re.compile(rf"\s*(?:{words})\b[^,]*")


def _in_closed_appositive(s: Site, pm) -> bool:
    """Whether the period stands in an appositive closed before the figure: it dates what the
    aside says (a rank once held, a share of long ago), not the main clause's figures. (Not
    after a sentence's opening adverbial: "On month-on-month basis, the exports in February
    2022 were ..." is the subject, no aside.)"""
    if "," not in s.text[pm.end:s.m.start]:
        return False
    close = _APPOSITIVE_CLOSE.match(s.text, pm.end, s.m.start)
    opened = close and _APPOSITIVE_OPEN.search(s.text, max(s.sent.start, pm.start - 80), pm.start)
    return bool(opened and not _sentence_opener_re().fullmatch(s.text, s.sent.start, opened.start() + 1)
                and not _FIGURE_BEFORE_COMMA.search(s.text, max(s.sent.start, opened.start() - 20), opened.start() + 1))


# "$41.2 billion, a record for the month, with shipments ... surging 94.5%": an aside on a
# figure says when that figure was a record, which is the sentence's own time
_FIGURE_BEFORE_COMMA = re.compile(r"\d[\d.,]*\s*(?:[A-Za-z]+\s*)?$")


@functools.cache
def _breakdown_aside_re() -> re.Pattern:
    words = vocab.alternation(vocab.breakdown_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf",\s*(?:{words})\s[^,;()]*$", re.I)


def _free_before(s: Site) -> list:
    """... and those not already read as the earlier side of a comparison ("$8.6bn a year
    earlier, and services reached $3bn": the year earlier is not the services' period)."""
    return _kept(s, "_free_before", _read_free_before)


def _read_free_before(s: Site) -> list:
    return [x for x in _before(s) if ((x[0].start, x[0].end) not in s.used_as_base or _when_clause(s, x[0]))
            and not _change_footing(x[0]) and not (_in_closed_relative_clause(s, x[0]) and not _when_clause(s, x[0]))]


# ", which reached EUR 22.6 bln in 2022,": a relative clause set off by commas that states a
# figure of its own (a digit in it besides its period's)
_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|that)\s+(?P<body>[^,;()]*),")


def _in_closed_relative_clause(s: Site, pm) -> bool:
    """Whether the period `pm` stands in a relative clause on the subject that states a figure
    of its own and closes before the figure: "Energy imports, which reached EUR 22.6 bln in
    2022, fell by 37% to EUR 14.2 bln" (the year is the clause's figure's, not the fall's)."""
    if "which" not in s.text[max(s.sent.start, pm.start - 120):pm.start] and "that" not in s.text[max(s.sent.start, pm.start - 120):pm.start]:
        return False  # (cheap: the words checked first)
    for x in _RELATIVE_CLAUSE.finditer(s.text, max(s.sent.start, pm.start - 120), s.m.start):
        if x.start() < pm.start and pm.end <= x.end() - 1:
            body = x["body"]
            own = body[:pm.start - x.start("body")] + body[pm.end - x.start("body"):]
            return any(ch.isdigit() for ch in own)
    return False


def _kept(s: Site, key: str, read: Callable[[Site], list]) -> list:
    """`read(s)`, kept on the site while `s.used_as_base` stays as it was: the rules only
    add to that set, so its size says whether it changed (callers only read the list)."""
    stamp = len(s.used_as_base)
    kept = s.extra.get(key)
    if kept is None or kept[0] != stamp:
        kept = s.extra[key] = (stamp, read(s))
    return kept[1]


def _when_clause(s: Site, pm) -> bool:
    """"compared with a surplus of 2.2 billion kronor in December 2014, when exports had
    reached 94.1 billion": a clause about the time just named is of that time (also past an
    appositive that describes it: "over 2019, the year before the pact took effect, when")."""
    return bool(re.match(r"\s*,?\s*(?:(?:the|an?)\s+[^,;()\d$€£¥]*,\s*)?when\b[^;:]*$", s.text[pm.end:s.m.start]))


# ("rose 14.4 per cent to RO9.9 billion, compared to RO7.8 billion": any word of
# vocab/level_ties.csv that puts the earlier level after it, "from" read on its own)
@functools.cache
def _against_before_re() -> re.Pattern:
    words = vocab.alternation([w for w in vocab.level_ties()["old"] if w != "from"], ignore_case=True, space=r"\s+")
    return re.compile(rf"(?<![\w-])(?:{words})\s+(?:a\s+revised\s+|an?\s+|the\s+)?{HEDGE}$", re.I)


def _from_level(s: Site) -> bool:
    """Whether the amount is the earlier level of a change: "to $3.3bn, from $0.9bn"."""
    # (kept on the site: four period rules ask)
    if "_from_level" not in s.extra:
        s.extra["_from_level"] = _is_from_level(s)
    return s.extra["_from_level"]


def _is_from_level(s: Site) -> bool:
    lead = s.text[max(s.sent.start, s.m.start - 45):s.m.start]
    direct = _direct(s)
    if direct is not None and direct[0].kind != "current":
        return False
    # ("rose 14.2pc to $461 million from $395 million over the same period": the span both
    # levels cover, the earlier one a year before, not the earlier level at the current period)
    if "from" in lead[-30:] and re.search(r"\bfrom\s", lead[-30:]) and FROM_BEFORE.search(lead):  # ("from" checked first: cheap)
        return True
    if s.prev is not None and s.prev.kind == "amount" and VERSUS_BRACKET.match(s.gap):
        return True  # "$29.9bn (vs $32.6bn)"
    # "up from EUR 1,263 billion and EUR 1,167 billion respectively": the second earlier
    # level of a list is as much an earlier level as the first
    if s.prev is not None and s.prev.kind == "amount" and s.prev.how.get("period", "").startswith("from-level") \
            and re.fullmatch(r"\s*,?\s*and\s+", s.gap):
        return True
    # "rose 10.4pc to $18.57bn against $16.82bn": "against" right after a change's new level
    # (a comma before its "to" too: "grew 13.1 per cent, to RO4,882.7 million against ...")
    rel, p = s.last_relation, s.prev
    # (the claims before checked first: cheap; the search tries every position of the lead)
    if rel is not None and p is not None and p.kind == "amount" and p.start > rel.start \
            and bool(_against_before_re().search(lead)) and bool(re.fullmatch(r"\s*,?\s+to\s+", s.text[rel.end:p.start])):
        return True
    if rel is not None and p is not None and p.kind == "amount" and p.start > rel.start and _BARE_BRACKET_GAP.fullmatch(s.gap) \
            and s.after.lstrip().startswith(")") and re.search(r"\bto\s+$", s.text[max(s.sent.start, p.start - 6):p.start]):
        return True  # "progressed by 3,4%, to 411,6 MD (398,2 MD)": the new level, then the old one bare in brackets
    return _against_level_with_change(s, lead)


_BARE_BRACKET_GAP = re.compile(r"\s*\(\s*")


# a change in brackets right after a level, then the level it is set against: "4 962,5 MD
# (-5,1%), against 5 227,9 MD" (the gap from the change to the earlier level)
_BRACKET_CHANGE_BEFORE = re.compile(r"\s*\(\s*$")
_AGAINST_AFTER_BRACKET = re.compile(r"\s*\)\s*,?\s*[a-z ]+$", re.I)


def _against_level_with_change(s: Site, lead: str) -> bool:
    """"standing at 7,422.6 MD against 7,964.5 MD, a drop of 6.8%", "Energy imports: 4 962,5
    MD (-5,1%), against 5 227,9 MD": a level set against the one just before it (vocab/
    level_ties.csv), with their change named right after the pair or in brackets after the
    first, is the earlier level of that change, though no period is written with it."""
    p, rel = s.prev, s.last_relation
    if p is None or re.search(r"\d", s.gap) or not _against_before_re().search(lead):
        return False
    if p.kind == "amount":
        # ("X against Y, a drop of 6.8%": the change right after the pair)
        return bool(re.fullmatch(r"\s*,?\s*[a-z ]+", s.gap, re.I)) and _change_after_level_re().match(s.after) is not None
    # ("X (-5,1%), against Y": the change in brackets between them, the claim right before)
    return p is rel and p.kind == "percent_change" and _AGAINST_AFTER_BRACKET.fullmatch(s.gap) is not None \
        and _BRACKET_CHANGE_BEFORE.search(s.text, max(s.sent.start, p.start - 4), p.start) is not None


def _resolve_against(s: Site, pm, before: list):
    """A relative period ("the same period a year earlier") resolved against the period
    before it in the sentence, else the discourse's."""
    ref = None
    for q, pp, _ in reversed(before):
        # (not a change's footing: "(+12.9% y/y, ...) ... (EUR 3.9 billion a year earlier)" is
        # a year before the sentence's period, not before the year "y/y" looks back to)
        if not q.base_cue and (q.start, q.end) not in s.used_as_base and not _change_footing(q):
            ref = pp
            break
    ref = ref or s.state.period_in(s.sent.paragraph) or s.ctx.main_period
    return P.resolve(pm, s.ctx.published, ref, s.ctx.fiscal_start, s.ctx.fiscal_by_start)


def _line_at(text: str, pos: int) -> tuple[int, int]:
    return table_rows.line_at(text, pos)


def in_table_row(text: str, pos: int) -> bool:
    """Whether `pos` stands in a row of a table (Markdown or pipe-parted, extract/table_rows.py)."""
    start, end = _line_at(text, pos)
    # (a row has a pipe: checked first, cheap; most lines are prose)
    return text.find("|", start, end) >= 0 and table_rows.is_row(text, start, end)


# a column heading that is a year, perhaps marked provisional ("2022*", "2022p"), set apart
# from the cells beside it by two spaces or more, or a tab
_YEAR_HEADING = re.compile(r"(?:^|\s{2}|\t)\s*(?:19|20)\d\d[*p]?(?=\s{2}|\t|\s*$)")


def in_aligned_years_header(text: str, pos: int) -> bool:
    """Whether `pos` stands in the header line of a table aligned by spaces whose columns
    are years ("                 2021      2022   Change, %" over "Exports   3 905   2 412"):
    the years date the columns below, not the prose after the table."""
    start, end = _line_at(text, pos)
    if text.find("  ", start, end) == -1:
        return False  # (cheap: prose has no run of spaces)
    return len(_YEAR_HEADING.findall(text, start, end)) >= 2


def table_header_cell(text: str, pos: int) -> str | None:
    """The header of the column `pos` stands in, when it stands in a table's body row
    ("| Mexico | $475.6bn | $454.8bn |" under "| Partner | 2023 | 2022 |"): the first
    row of the table's block of rows, or None."""
    span = table_header_span(text, pos)
    return text[span[0]:span[1]].strip() if span else None


def table_header_span(text: str, pos: int) -> tuple[int, int] | None:
    """Where the header cell of `pos`'s column stands (see table_header_cell)."""
    header = table_header_row(text, pos)
    if header is None:
        return None
    column = table_rows.column_of(text, *_line_at(text, pos), pos)
    cells = table_rows.cells(text, *header)
    return cells[column] if 0 <= column < len(cells) else None


def table_header_row(text: str, pos: int) -> tuple[int, int] | None:
    """Where the header row of the table whose body row `pos` stands in starts and ends (the
    first row of the table's block of rows), or None (no table row, or the header itself)."""
    start, end = _line_at(text, pos)
    # (a row has a pipe: checked first, cheap; most lines are prose)
    if text.find("|", start, end) < 0 or not table_rows.is_row(text, start, end):
        return None
    header = None
    while start > 0:
        above, _ = _line_at(text, start - 1)
        if not table_rows.is_row(text, above, start - 1):
            break
        start = above
        header = start
    return _line_at(text, header) if header is not None else None


@functools.lru_cache(maxsize=256)
def _cell_periods(cell: str) -> tuple:
    from ..extract import find_mentions

    return tuple(find_mentions(cell)["period"])


@rule("period", "header-column", "text")
def header_column(s: Site):
    """"Main figures, Q3 2024 (Q3 2023), NOK billion, change in percent:" then "- Exports:
    338.2 (371.9), -9.1": a bare number under a header is dated by its column's period
    (extract/header_units.py)."""
    p = s.m.attrs.get("column_period")
    if isinstance(p, P.PeriodMention):
        # (a column under "Nine months ended 30 September 2024" or "FY2022/23": dated with the
        # text's fiscal year; a fiscal year the text does not date is a guess)
        p, how = P.resolve(p, s.ctx.published, s.ctx.main_period, s.ctx.fiscal_start, s.ctx.fiscal_by_start)
        return Decision(p, None, "guess" if how == "guess" else None) if p is not None else None
    return Decision(p) if p is not None else None


@rule("base_period", "header-column-base", "text")
def header_column_base(s: Site):
    """... and the change column of such a table is on the bracketed period."""
    p = s.m.attrs.get("column_base")
    return Decision(p) if p is not None and s.kind in ("percent_change", "multiple") else None


# a change column's header that names the change's footing ("m-o-m", "y/y", "QoQ"): the
# letter of the period it goes back by
_COLUMN_FOOTING = re.compile(r"(?<!\w)(?P<by>[ymq])(?:/|-o-|o)[ymq](?!\w)|(?P<word>year|month|quarter)[\s-](?:on|over)[\s-](?:year|month|quarter)", re.I)


@rule("base_period", "table-column-footing", "text")
def table_column_footing(s: Site):
    """"| Seasonally adjusted | Aug 2023 | Jul 2023 | m-o-m |" over "| Exports | 117.52 | 115.33
    | +1.9% |": a change under a column whose header names its footing is on the month (or
    quarter, year) before the row's period."""
    if s.kind not in ("percent_change", "multiple") or s.period is None:
        return None
    span = table_header_span(s.text, s.m.start)
    footing = _COLUMN_FOOTING.search(s.text, *span) if span is not None else None
    if footing is None:
        return None
    by = (footing["by"] or footing["word"][0]).lower()
    current = s.period
    n = P.months(current)
    if by == "m" and n != 1 or by == "q" and n != 3:
        return None  # (a month's footing under a quarter's figures: no telling which)
    return Decision(P.shift(current, -12 if by == "y" else -n), (footing.start(), footing.end()))


@rule("period", "table-column", "text")
def table_column(s: Site):
    """"| Partner | 2023 | 2022 | Change |" then "| Mexico | $475.6bn | $454.8bn | +4.6% |":
    a table cell is dated by its column's header, when the header names one period."""
    if s.kind not in ("amount", "share"):
        return None
    header = table_header_cell(s.text, s.m.start)
    periods = _cell_periods(header) if header else ()
    if len(periods) != 1 or periods[0].start != 0 or periods[0].end != len(header):
        return None
    p, how = P.resolve(periods[0], s.ctx.published, s.ctx.main_period, s.ctx.fiscal_start, s.ctx.fiscal_by_start)
    if p is not None:
        p = _within_caption_months(s.text, s.m.start, p)
    return Decision(p, None, "guess" if how == "guess" else None) if p is not None else None


@rule("period", "earlier-column", "text")
def earlier_column(s: Site):
    """"| | ACTUAL | FORECAST | PREVIOUS |" over "| Exports | +5.1% | +4.8% | +11.7% |": a cell
    under a column headed by a label of the period before (vocab/bracket_labels.csv, kind
    earlier: "Previous", "Prior") is of the period before the row's own figures'."""
    if s.kind not in ("amount", "percent_change") or s.prev is None or not s.prev.period \
            or s.text.find("|", s.prev.end, s.m.start) < 0:
        return None  # (cheap: a cell after another of the same row)
    span = table_header_span(s.text, s.m.start)
    if span is None or vocab.bracket_labels().get(" ".join(s.text[span[0]:span[1]].split()).lower()) != "earlier":
        return None
    q = P.parse(s.prev.period)
    if q is None or _line_at(s.text, s.prev.start) != _line_at(s.text, s.m.start):
        return None
    return Decision(P.shift(q, -P.months(q)), span)


# a header line of year columns alone, as a table pasted from a PDF gives them over its
# cells ("      2021          2022        2023(2)"), a footnote mark after a year allowed
_YEAR_CELL = re.compile(r"(?<![\w.,])((?:19|20)\d\d)(?:\s?\(\d\)|\*)?(?![\w.,%])")
_YEARS_LINE = re.compile(r"[\s|]*(?:19|20)\d\d(?:\s?\(\d\)|\*)?(?:[\s|]+(?:19|20)\d\d(?:\s?\(\d\)|\*)?)+[\s|]*")
# words of a header that make a column's year a part of one ("Nine months ended 30
# September", "First half", "Q1"): its cells are of no whole year
_PART_OF_YEAR_HEADER = re.compile(r"\b(?:months?|quarters?|half|halves|semesters?|weeks?|Q[1-4]|H[12]|year[\s-]to[\s-]date|YTD|FY)\b", re.I)
# a line of prose: a sentence ends in it
_PROSE_LINE = re.compile(r"[.!?](?:\s|$)")
# a cell of an aligned line: words parted by single spaces
_CELL = re.compile(r"[^\s|]+(?: [^\s|]+)*")
# a line of a table's body or header: a gap of two spaces or more (or a pipe) between cells,
# or a short label line wrapped from the row below ("Iron ore and")
_TABLE_LINE = re.compile(r".*\S(?: {2,}|\t|\|)\S|[^.!?]{1,40}$")


@rule("period", "aligned-column-year", "text")
def aligned_column_year(s: Site):
    """"                2021              2022              2023(1)" over "Gold   4,140.0 (25.1%)
    4,075.6 (21.2%)   7,523.4 (31.2%)": a cell of a table pasted from a PDF, aligned by
    spaces under a line of years (perhaps above a line of column names, "US$ mn  share"), is
    of the year its column stands under: the row's cells after its label fall to the years in
    order, as many to each (an amount and its share). Left to other rules where a header makes
    the years parts of a year ("Nine months ended"), a year heads two columns, or the row's
    cells do not divide among the years."""
    if s.kind not in ("amount", "share"):
        return None
    start, end = _line_at(s.text, s.m.start)
    line = s.text[start:end]
    if "  " not in line or not _TABLE_LINE.match(line):  # (checked first: cheap; most lines are prose)
        return None
    years_line = None
    above = start
    header = []
    for _ in range(16):
        if above == 0:
            return None
        a, b = _line_at(s.text, above - 1)
        text = s.text[a:b]
        if not text.strip() or not _TABLE_LINE.match(text):
            return None
        if _YEARS_LINE.fullmatch(text):
            years_line = (a, text)
            # (the lines of the header above it, up to a blank or prose line)
            for _ in range(3):
                if a == 0:
                    break
                a, b = _line_at(s.text, a - 1)
                if not s.text[a:b].strip() or _PROSE_LINE.search(s.text[a:b]):
                    break
                header.append(s.text[a:b])
            break
        header.append(text)
        above = a
    if years_line is None or s.ctx.fiscal_start not in (None, 1):
        return None
    a, text = years_line
    years = [(int(y[1]), (y.start(1) + y.end(1)) / 2) for y in _YEAR_CELL.finditer(text)]
    if len({y for y, _ in years}) != len(years) or any(_PART_OF_YEAR_HEADER.search(h) for h in header + [text]):
        return None
    # (the row's cells after its label, "Gold | 4,140.0 (25.1%) | ..." or "Coal | 6,120.5 |
    # 48.9% | ...": as many to each year, an amount and its share under one year together)
    cells = list(_CELL.finditer(line))
    if cells and re.search(r"[A-Za-z]{2}", cells[0].group(0)):
        cells = cells[1:]
    at = next((i for i, c in enumerate(cells) if c.start() <= s.m.start - start < c.end()), None)
    if at is None or not cells or len(cells) % len(years):
        return None
    year, centre = years[at // (len(cells) // len(years))]
    return Decision(P.of_year(year), (a + int(centre) - 2, a + int(centre) + 2))


def _within_caption_months(text: str, pos: int, period):
    """"Textile group exports, July-March ($ mln)" over "| Item | FY25 | FY24 |": a column
    headed by a whole year is that year's run of months the caption names (its months from
    July to March), where the run fits in it; else the year itself."""
    months = _caption_months(text, pos)
    span = period  # (months counted from year 0: (first, last))
    if months is None or span[1] - span[0] != 11:
        return period
    first = next((i for i in range(span[0], span[1] + 1) if i % 12 + 1 == months[0]), None)
    last = next((i for i in range(first, span[1] + 1) if i % 12 + 1 == months[1]), None) if first is not None else None
    return (first, last) if last is not None else period


def _caption_months(text: str, pos: int) -> tuple[int, int] | None:
    """The run of months, named without a year, on the line right above the table `pos`
    stands in (blank lines between allowed): (first month, last month), or None."""
    from ..extract.periods import find_periods

    start, _ = _line_at(text, pos)
    while start > 0:  # (up to the table's first row)
        above, _ = _line_at(text, start - 1)
        if not table_rows.is_row(text, above, start - 1):
            break
        start = above
    for _ in range(3):
        if start <= 0:
            return None
        start, end = _line_at(text, start - 1)
        line = text[start:end]
        if line.strip():
            runs = [pm for pm in find_periods(line) if pm.kind == "months" and pm.period is None and "y" not in pm.args
                    and "m1" in pm.args and "m2" in pm.args and not pm.args.get("ordinal")]
            return (runs[0].args["m1"], runs[0].args["m2"]) if len(runs) == 1 else None
    return None


@functools.cache
def _earlier_rate_re() -> tuple[re.Pattern, re.Pattern]:
    """(words before a percentage that open an earlier period's own rate, words after it up to
    the period: "down from 8.3% growth in September", "compared with a 7.4% increase the
    previous month"; a period's possessive right before it: "October's 1.1% decline")."""
    openers = vocab.alternation(vocab.earlier_rate_openers(), ignore_case=True, space=r"\s+")
    nouns = vocab.alternation([w for w in vocab.change_nouns()] + ["growth"], ignore_case=True)
    before = re.compile(rf"(?:^|[\s,;(])(?:{openers})\s+(?:an?\s+|the\s+)?(?:revised\s+)?[-+−]?$", re.I)
    after = re.compile(rf"\s*(?:(?:year-on-year|on-year|annual|yearly)\s+)?(?:{nouns})?\s*(?:in|for|of|during|seen\s+in|recorded\s+in)?\s*(?:the\s+)?$", re.I)
    return before, after


_POSSESSIVE_RATE = re.compile(r"['’]s?\s+[-+−]?$")


def _earlier_rate_period(s: Site):
    """(mention, period, how) of the earlier period whose own change the figure is, or None:
    "exports rose 5.9%, down from 8.3% growth in September", "rebounding from October's 1.1%
    decline"."""
    if s.kind != "percent_change" or s.prev is None:
        return None
    bracketed = _bracketed_rate_period(s)
    if bracketed is not None:
        return bracketed
    before_re, after_re = _earlier_rate_re()
    nouns = _earlier_rate_nouns()
    for pm, p, h in s.resolved:
        if pm.end <= s.m.start and pm.start >= s.prev_end and _POSSESSIVE_RATE.fullmatch(s.text, pm.end, s.m.start) \
                and nouns.match(s.text, s.m.end):
            found = (pm, p, h)  # "October's 1.1% decline"
            break
        if pm.start >= s.m.end and s.m.end + 40 >= pm.start and before_re.search(s.text, max(s.prev_end, s.m.start - 30), s.m.start) \
                and after_re.fullmatch(s.text, s.m.end, pm.start) and "\n" not in s.text[s.m.end:pm.start]:
            found = (pm, p, h)  # "down from 8.3% growth in September"
            break
    else:
        return None
    pm, p, h = found
    if pm.kind in ("rel", "same") or p is None:
        ref = P.parse(s.prev.period) if s.prev.period else None
        if ref is None:
            return None
        p, h = P.resolve(pm, s.ctx.published, ref, s.ctx.fiscal_start, s.ctx.fiscal_by_start)
    if p is None or (s.prev.period and p == P.parse(s.prev.period)):
        return None
    return pm, p, h


# "(-4.1% and +1.9% in May 2024)", "(+23.2% and +31.4%, respectively, in 2022)": a bracket
# of rates alone, closed by the period they are of
_RATE_RUN_OPEN = re.compile(r"\(\s*(?:[-+−]?\d[\d.,]*\s*%\s*(?:,\s*(?:and\s+)?|and\s+))*$")
_RATE_RUN_REST = re.compile(r"(?:\s*(?:,\s*(?:and\s+)?|and\s+)[-+−]?\d[\d.,]*\s*%)*\s*,?\s*"
                            r"(?:(?:respectively|in\s+(?:the\s+same|that)\s+order)\s*,?\s*)?(?:in|for|during)\s+(?:the\s+)?")


def _bracketed_rate_period(s: Site):
    """(mention, period, how) for a rate in a bracket of rates alone, set after a change in
    hand and closed by an earlier period: "exports and imports rose 3.7% and 2.2%,
    respectively (-4.1% and +1.9% in May 2024)", "-1.4% and -4.1% compared with 2022
    (+23.2% and +31.4%, respectively, in 2022)": each is that period's own change."""
    if s.prev is None or s.prev.kind != "percent_change":
        return None
    opened = s.text.rfind("(", max(s.sent.start, s.m.start - 40), s.m.start)
    if opened < 0 or not _RATE_RUN_OPEN.search(s.text, opened, s.m.start):
        return None
    for pm, p, h in s.resolved:
        if pm.start < s.m.end:
            continue
        rest = _RATE_RUN_REST.match(s.text, s.m.end, pm.start)
        if rest is None or rest.end() != pm.start or not re.match(r"\s*\)", s.text[pm.end:pm.end + 3]):
            return None
        if p is None:
            return None
        inside = s.prev.start > opened  # (the rate before is the bracket's own first)
        if not inside and s.prev.period and p == P.parse(s.prev.period):
            return None
        return pm, p, h
    return None


@functools.cache
def _earlier_rate_nouns() -> re.Pattern:
    nouns = vocab.alternation([w for w in vocab.change_nouns()] + ["growth"], ignore_case=True)
    return re.compile(rf"\s*(?:(?:year-on-year|on-year|annual|yearly)\s+)?(?:{nouns})\b", re.I)


@functools.cache
def _possessive_rate_re() -> re.Pattern:
    nouns = vocab.alternation([w for w in vocab.change_nouns()] + ["growth"], ignore_case=True)
    return re.compile(rf"['’]s?\s+[-+−]?\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b)\s*(?:(?:year-on-year|on-year|annual|yearly)\s+)?(?:{nouns})\b", re.I)


def _dates_own_rate(s: Site, pm) -> bool:
    """"rebounding from October's 1.1% decline": a period's possessive before a percentage
    dates that percentage, no base of another change."""
    return s.text.startswith(("'", "’"), pm.end) and _possessive_rate_re().match(s.text, pm.end) is not None


@rule("period", "earlier-own-rate", "text")
def earlier_own_rate(s: Site):
    """"Exports rose 5.9% year-on-year, down from 8.3% growth in September", "imports fell
    1.8%, compared with a 7.4% increase the previous month", "up 5.8%, rebounding from
    October's 1.1% decline": a percentage set beside the change in hand with an earlier
    period (vocab/earlier_rate_openers.csv) is that period's own change, not a change from it."""
    found = _earlier_rate_period(s)
    if found is None:
        return None
    pm, p, h = found
    s.used_as_base.add(_span(pm))
    return Decision(p, _span(pm), h)


@rule("base_period", "earlier-own-rate-base", "text")
def earlier_own_rate_base(s: Site):
    """An earlier period's own change is on the footing of the change it is set beside: "up
    5.9% year-on-year, down from 8.3% growth in September" compares September with the
    September before."""
    if s.claim.how.get("period") != "earlier-own-rate" or s.period is None:
        return None
    rel = s.last_relation if s.last_relation is not None and s.last_relation is not s.claim else s.prev
    per, base = (P.parse(rel.period), P.parse(rel.base_period)) if rel is not None and getattr(rel, "base_period", None) and rel.period else (None, None)
    if per is not None and base is not None and P.months(per) == P.months(s.period):
        return Decision(P.shift(s.period, base[0] - per[0]))
    return Decision(default_base(s.period), basis="guess")


@rule("period", "bracket-label", "text")
def bracket_label(s: Site):
    """"Exports +7.5% yoy in September (cons: +6.0%, Aug: +11.2%)", "US$6.7bn (Aug:
    US$3.8bn)", "(prev: US$3.8bn)": a figure a bracket labels with a period is that period's;
    labelled "prev" (vocab/bracket_labels.csv), the period before the figure's before it."""
    lab = _label_before(s.text, s.sent.start, s.m.start)
    if lab is None and s.kind == "amount" and ", or " in s.text[max(s.sent.start, s.m.start - 12):s.m.start]:
        # "(previous fiscal year: 69.5%, or ¥400,450 million)": the same label dates the
        # figure that restates the labelled one after ", or"
        opening = s.text.rfind("(", s.sent.start, s.m.start)
        lab = _LABEL_THEN_RESTATED.match(s.text, opening, s.m.start) if opening >= 0 else None
    if lab is None:
        return None
    at, end = lab.start("label"), lab.end("label")
    for pm, p, h in s.resolved:
        if pm.args.get("label") and at <= pm.start and pm.end <= end and p is not None:
            return Decision(p, _span(pm), h)
    q = P.parse(s.prev.period) if s.prev is not None else None
    if vocab.bracket_labels().get(lab["label"].lower()) == "earlier" and q is not None:
        if replaced_estimate(s.text, s.sent.start, s.m.start, s.prev, s.gap):
            # "from a revised EUR18.5bn (prev. EUR18.6bn)": the revised figure as first reported
            return Decision(q, (at, end))
        return Decision(P.shift(q, -P.months(q)), (at, end))
    return None


# "(previous fiscal year: 69.5%, or ": a bracket's label, its figure, then ", or" before a
# figure restating it
_LABEL_THEN_RESTATED = re.compile(rf"\(\s*(?P<label>[A-Za-z][\w.'’ -]{{0,28}}?)\s*:\s*[-+−]?[^():;,]{{0,12}}\d[\d.,]*\s*(?:%|per\s?cent)?\s*,\s*or\s+{HEDGE}$", re.I)


@functools.cache
def _bracket_key_re() -> re.Pattern:
    """"(2014-18 in brackets)": the period the figures in brackets after it are of."""
    words = vocab.alternation(vocab.bracket_keys(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\(\s*(?P<period>[^()\n]{{4,30}}?)\s+(?:{words})\s*\)", re.I)


@rule("period", "bracket-key", "text")
def bracket_key(s: Site):
    """"Share of global arms exports in 2019-23 (2014-18 in brackets): - United States: 42%
    (34%)": a figure in brackets is of the period the key before it gives."""
    if s.kind not in ("share", "amount") or not re.search(r"\(\s*$", s.text[max(0, s.m.start - 3):s.m.start]) \
            or not re.match(r"\s*\)", s.text[s.m.end:s.m.end + 3]) or "brack" not in s.text and "paren" not in s.text:
        return None
    key = None
    for key in _bracket_key_re().finditer(s.text, max(0, s.m.start - 1500), s.m.start):
        pass
    if key is None:
        return None
    from ..extract.periods import find_periods

    found = [pm for pm in find_periods(key["period"]) if pm.period is not None]
    if len(found) != 1:
        return None
    return Decision(found[0].period, key.span("period"))


@rule("period", "bracket-split", "context")
def bracket_split(s: Site):
    """"after a deficit of EUR 5.7 bn in the same period of 2023 (imports: EUR 71.6 bn;
    exports: EUR 65.9 bn)": the flows a bracket right after a figure splits it into, each
    labelled by its flow word and given no period of its own, are of that figure's period."""
    if s.kind != "amount" or s.prev is None or s.prev.kind != "amount" or not s.prev.period:
        return None
    opening = s.text.rfind("(", s.sent.start, s.m.start)
    if opening < 0 or ")" in s.text[opening:s.m.start]:
        return None
    close = s.text.find(")", s.m.end, s.sent.end)
    if close < 0 or any(opening < pm.start < close for pm, _, _ in s.resolved):
        return None
    if not any(opening < f.start and f.end <= s.m.start and re.fullmatch(r"\s*:?\s*", s.text[f.end:s.m.start])
               for f in s.ms["flow"]):
        return None  # (each item opens with its flow word: "imports: EUR 71.6 bn")
    p = s.prev
    if p.start < opening:
        # (the figure split: right before the bracket, only its own words between)
        if not re.fullmatch(r"[^,;:()]{0,60}", s.text[p.end:opening]):
            return None
        if any(p.end <= a.start < opening for a in s.ms["amount"]):
            return None
    elif p.how.get("period") != "bracket-split":
        return None  # (an earlier item of the same bracket, dated by this rule)
    return Decision(P.parse(p.period), (p.start, p.end), p.basis.get("period"))


# the second year of a fiscal year right after its first ("2023-24", "2023/24")
_FISCAL_TAIL = re.compile(r"[-/–]\d\d\b")
_IN_BEFORE_YEAR = re.compile(r"\b(?:in|for)\s+$")


@rule("period", "target-year", "text")
def target_year(s: Site):
    """A goal's own year: "a target of $5bn by 2030", "trade was to triple from 5 billion
    USD in 2015 to 15 billion USD by 2020"."""
    if s.kind in ("multiple", "percent_change") and s.claim.measure == "other":
        by = re.match(r"^[^.;]{0,80}?\b(?:by|until)\s+(?:the\s+end\s+of\s+)?((?:19|20)\d\d)\b", s.after)
        if by:
            return Decision(P.of_year(int(by.group(1))), (s.m.end + by.start(1), s.m.end + by.end(1)))
    if s.kind == "amount" and s.claim.measure == "other":
        by = BY_YEAR.match(s.after)
        if by and _FISCAL_TAIL.match(s.after, by.end(1)) and _IN_BEFORE_YEAR.search(s.after, 0, by.start(1)):
            # ("$9.6bn in 2023-24": a level of a fiscal year, which the period rules read
            # whole; "by 2028-29" stays a goal's year)
            by = None
        # a goal's year: "by 2030" a little way on, "in 2030" right after the figure (not
        # "with production due to start in 2025")
        if by and not re.search(r"\b(?:by|until)\s+(?:the\s+end\s+of\s+)?$|\b(?:goal|target|set|aim|plan)", s.after[:by.start(1)]) and by.start(1) > 12:
            by = None
        if by:
            return Decision(P.of_year(int(by.group(1))), (s.m.end + by.start(1), s.m.end + by.end(1)))
        # "... will reach $15bn by the end of the year": the year the text is in
        end = re.match(r"^[^.;]{0,40}?\bby\s+the\s+end\s+of\s+(?:the|this)\s+year\b", s.after)
        ref = s.state.period or s.ctx.main_period or s.ctx.published
        if end and ref is not None:
            return Decision(P.of_year(P.year_of(ref)), (s.m.end + end.start(), s.m.end + end.end()))
    return None


@rule("period", "parallel-bracket", "text")
def parallel_bracket(s: Site):
    """"exports were R240.33 billion (R221.94 billion in January to March 2015) and imports
    R251.78 billion (R236.57 billion)": a bare bracket right after a level, in a sentence whose
    earlier bracket set a level of another period beside the level before it, is that same
    comparison said short: its level is at the earlier bracket's period."""
    p = s.prev
    if s.kind != "amount" or p is None or p.kind != "amount" or not p.period or not _BARE_BRACKET_GAP.fullmatch(s.gap) \
            or not _BRACKET_CLOSE.match(s.text, s.m.end):
        return None
    own = P.parse(p.period)
    for pm, per, how in reversed(s.resolved):
        if pm.end > p.start or per is None or per == own:
            continue
        if _DATED_BRACKET_HEAD.search(s.text, max(s.sent.start, pm.start - 60), pm.start) and _BRACKET_CLOSE.match(s.text, pm.end):
            return Decision(per, (pm.start, pm.end), how)
        return None  # (only the sentence's last period before the level: the bracket nearest it)
    return None


# "(R236.57 billion)": the bracket holds the figure alone
_BARE_BRACKET_GAP = re.compile(r"\s*\(\s*")
_BRACKET_CLOSE = re.compile(r"\s*\)")
# "(R221.94 billion in ": a bracket opened by a figure, then the period it is in
_DATED_BRACKET_HEAD = re.compile(r"\(\s*[^()\s]*\d[^()]{0,20}?\s+(?:in|for|during)\s+(?:the\s+)?$", re.I)


@rule("period", "restates-previous", "context")
def restates_previous(s: Site):
    """"$360.4 million (134.4 billion AMD)": the same figure restated has its period."""
    p = s.prev
    if s.kind == "amount" and s.restated and p is not None and p.kind == "amount" and p.period and re.fullmatch(r"\s*\(\s*(?:about|around|some|roughly|or)?\s*", s.gap):
        direct = _direct(s)
        if direct is not None and direct[1] != P.parse(p.period) and ")" not in s.text[s.m.end:direct[0].start]:
            return None  # "a surplus of €20.5 bn (€7.1 bn in March 2023)": the bracket's own period, an earlier level
        if p.currency and p.currency in (s.m.attrs.get("codes") or ()) and _from_level(s):
            return None  # "to 411,6 MD (398,2 MD)": another figure in the same money, the earlier level
        return Decision(P.parse(p.period), (p.start, p.end), p.basis.get("period"))
    return None


@rule("period", "level-after-change", "context")
def level_after_change(s: Site):
    """"fell 6.9% in January from a year earlier to $7.5 billion": the new level takes the
    change's period."""
    p = s.prev
    if (s.kind == "amount" and s.continued and p is not None and p.kind in ("percent_change", "multiple")
            and CONTINUE_TO.match(s.gap) and p.period):
        return Decision(P.parse(p.period), (p.start, p.end), p.basis.get("period"))
    if (s.kind == "amount" and p is not None and p.how.get("period") == "change-between" and p.period
            and _and_level_re().search(s.gap)):
        # "increased by 2.4 per cent from April to May 2024 and amounted to DKK 112.4 bn":
        # the level the change reached, at the later of its two months
        return Decision(P.parse(p.period), (p.start, p.end), p.basis.get("period"))
    rel = p.extra.get("_level_of") if s.kind == "amount" and p is not None and p.how.get("period") == "from-level-base" else None
    if rel is not None and rel.how.get("period") in _BETWEEN_RULES and rel.period and _TO_LEVEL_AFTER_FROM.fullmatch(s.gap):
        # "Between September 2022 and September 2023 ... decreased by -$0.74B (-10.8%) from
        # $6.86B to $6.12B": the level it went to is at the later of the two months
        return Decision(P.parse(rel.period), (rel.start, rel.end), rel.basis.get("period"))
    return None


# the rules that date a change by the later of two periods it runs between
_BETWEEN_RULES = ("change-between", "points-between")
_TO_LEVEL_AFTER_FROM = re.compile(rf"\s+to\s+{HEDGE}", re.I)


@functools.cache
def _and_level_re() -> re.Pattern:
    # "... and amounted to", "and stood at": the same subject's level, after its change
    verbs = vocab.alternation(vocab.level_verbs(), ignore_case=True)
    return re.compile(rf"\band\s+(?:{verbs})\s+(?:to\s+|at\s+)?{HEDGE}$", re.I)


# "..., which was ₦4,658.30 billion", "... (₦5,005.71 billion)": the level of what was just named
_THAN_THE = re.compile(rf"\s+(?:lower|higher|less|more|smaller|larger|bigger|greater|above|below)\s+than\s+(?:the|that\s+of|those\s+of)\s+{HEDGE}", re.I)
_WHICH_WAS = re.compile(rf"(?:,\s*which\s+(?:was|were|stood\s+at|amounted\s+to|came\s+to|totall?ed)\s+|\(\s*){HEDGE}$", re.I)


# the two ends of a change in levels: "from $80.2bn to $344.6bn", "to 1.5% from 6.7%"
_FROM_END_BEFORE = re.compile(rf"\bfrom\s+{HEDGE}$", re.I)
_TO_END_BEFORE = re.compile(rf"\bto\s+{HEDGE}$", re.I)
_FIGURE_NEXT = r"(?:[$€£¥]|[A-Z]{1,3}\$?\s?)?\d"
_TO_END_AFTER = re.compile(rf"\s+to\s+{HEDGE}{_FIGURE_NEXT}", re.I)
_FROM_END_AFTER = re.compile(rf"\s+from\s+{HEDGE}{_FIGURE_NEXT}", re.I)


def _end_of_change(s: Site) -> int | None:
    """0 when the figure is the earlier end of a change in two levels ("from $80.2bn to
    $344.6bn", "to 1.5% from 6.7%"), 1 when it is the later one, else None."""
    p = s.prev
    paired = p is not None and p.kind == s.kind and p.start >= s.sent.start
    if _FROM_END_BEFORE.search(s.before) and (_TO_END_AFTER.match(s.after) or (paired and _FROM_END_BEFORE.fullmatch(s.gap.lstrip()))):
        return 0
    if _TO_END_BEFORE.search(s.before) and (_FROM_END_AFTER.match(s.after) or (paired and _TO_END_BEFORE.fullmatch(s.gap.lstrip()))):
        return 1
    return None


@rule("period", "span-ends", "context")
def span_ends(s: Site):
    """"Imports grew 4.3 times over the same period, from EUR 80.2bn to EUR 344.6bn", after
    a sentence that ran from 2003 to 2023: the earlier level is at the span's first period,
    the later at its last. So too a change in levels in a sentence that names no period of
    its own ("Russia's share of EU imports slipped to 1.5% from 6.7%", after one that went
    from 2022 to 2023): the two periods the text has been comparing."""
    span = s.state.span
    if span is None or s.kind not in ("amount", "share"):
        return None
    mention = s.state.span_mention
    if mention is None and any(pm.start >= s.sent.start for pm, _, _ in s.resolved):
        return None
    end = _end_of_change(s)
    if end is None:
        return None
    return Decision(span[end], mention)


# "narrowed from a record €84bn to", "fell from about $3bn to": a level after "from" (perhaps
# named a record, peak or high first), with the level it ran to right after it
_FROM_LEVEL_UNSAID = re.compile(rf"\bfrom\s+(?:(?:an?|the|its|their)\s+(?:(?:record|peak|all-time|near-record|previous|high|low)[\s-]+){{1,2}}(?:of\s+)?)?{HEDGE}$", re.I)


@rule("period", "from-level-unsaid", "guess")
def from_level_unsaid(s: Site):
    """"The deficit narrowed from a record €84bn to €58bn", in a sentence that names no
    period, in a text on 2023: the level the change ran from is of a year before the one
    the text is on, not of that year; which one the words do not say, so the year before is
    a guess (the level it ran to is the text's)."""
    if s.kind != "amount" or s.claim.measure == "other" or "rom " not in s.before[-60:]:
        return None  # (cheap: "from" checked first)
    if not _FROM_LEVEL_UNSAID.search(s.before) or not _TO_END_AFTER.match(s.after):
        return None
    if any(pm.start >= s.sent.start for pm, _, _ in s.resolved) or revision_before_re().search(s.text, s.sent.start, s.m.start) \
            or _REVISED_IN.search(s.text, s.sent.start, s.m.start):
        return None  # (a period of its own is read by the rules before; a revision keeps its period)
    if any(s.m.end <= x.start < s.sent.end for k in ("percent", "multiple") for x in s.ms.get(k, [])):
        return None  # ("rose from £118bn to £121bn, an increase of 2.5%": the change's base dates it)
    now = s.state.period_in(s.sent.paragraph) or s.ctx.main_period
    if now is None or P.months(now) != 12:
        return None  # (a quarter's or a month's earlier level may be the one before or a year back)
    base = default_base(now, s.state)
    para = s.text.rfind("\n\n", 0, s.sent.start) + 1
    if any(int(y) not in (P.year_of(now), P.year_of(base)) for y in _YEAR.findall(s.text, para, s.sent.start)):
        # ("In 2019 trade was €45bn. By 2023 it had reached €65bn. Imports rose from €31bn
        # to €51bn": the paragraph has been comparing with another year, which may be this one's)
        return None
    return Decision(base)


_REVISED_IN = re.compile(r"\brevis", re.I)
_YEAR = re.compile(r"(?<![\d.,])((?:19|20)\d\d)(?![\d.,%])")


# "by $128B from $243B in 2017 to $371B in 2022", "52.7% (or $128B) from ...": a change and
# the two levels it runs between, each dated by a period of its own
_FROM_DATED = re.compile(r"\s*(?:\([^()]*\)\s*)?,?\s*from\s+[^;.()]*?\s+(?:in|during)\s+", re.I)
_TO_DATED = re.compile(r"\s+to\s+[^;.()]*?\s+(?:in|during)\s+", re.I)


def _dated_levels_after(s: Site):
    """((mention, period, how) earlier, (mention, period, how) later) of a change followed by
    the two levels it runs between, each with its own period ("have changed by $128B from
    $243B in 2017 to $371B in 2022"): those are the change's ends, whatever span the sentence
    opened with ("During the last five years"). None otherwise."""
    if not (s.kind in ("percent_change", "multiple") or (s.kind == "amount" and "change_of" in s.claim.extra)):
        return None
    after = [(pm, p, h) for pm, p, h in s.resolved if pm.start >= s.m.end][:2]
    if len(after) < 2 or any(p is None or pm.kind in ("rel", "same") or "span" in pm.args for pm, p, _ in after):
        return None
    (a, _, _), (b, _, _) = after
    if not (_FROM_DATED.fullmatch(s.text, s.m.end, a.start) and _TO_DATED.fullmatch(s.text, a.end, b.start)):
        return None
    amounts = s.ms["amount"]
    if not (any(s.m.end <= x.start < a.start for x in amounts) and any(a.end <= x.start < b.start for x in amounts)):
        return None
    return after[0], after[1]


@rule("period", "change-to-dated-level", "text")
def change_to_dated_level(s: Site):
    """A change followed by the two dated levels it runs between: the later level's period."""
    ends = _dated_levels_after(s)
    if ends is None:
        return None
    for pm, _, _ in _before(s):
        if pm.kind == "rel" and pm.args.get("years"):
            # ("During the last five years ... from $243B in 2017 to $371B in 2022": the
            # years looked back over are told by the two named; the window dates nothing after)
            s.used_as_base.add(_span(pm))
    return Decision(ends[1][1], _span(ends[1][0]), ends[1][2])


@rule("period", "change-to-level-dated-after", "text")
def change_to_level_dated_after(s: Site):
    """"Since 2013, EU-Central America trade in goods grew by 47%, from €11.9 billion to €17.5
    billion in 2023": a change followed by the two levels it runs between, only the later one
    dated, is of that level's period (its base the sentence says before: "Since 2013")."""
    if s.kind not in ("percent_change", "multiple"):
        return None
    after = [(pm, p, h) for pm, p, h in s.resolved if pm.start >= s.m.end]
    if not after or after[0][1] is None or after[0][0].kind in ("rel", "same") or "span" in after[0][0].args:
        return None
    pm, per, how = after[0]
    amounts = [x for x in s.ms["amount"] if s.m.end <= x.start and x.end <= pm.start]
    if len(amounts) != 2:
        return None
    a, b = amounts
    if not (_FROM_FIRST.fullmatch(s.text, s.m.end, a.start) and _TO_LEVEL_AFTER_FROM.fullmatch(s.text, a.end, b.start)
            and re.fullmatch(r"\s+(?:in|during)\s+", s.text[b.end:pm.start])):
        return None
    return Decision(per, _span(pm), how)


# ", from " right after a change, before its earlier level
_FROM_FIRST = re.compile(rf"\s*,?\s*from\s+{HEDGE}", re.I)


# "... to $9.1bn in 2008, before falling by 30% to $6.4bn in 2009": a level dated right after
# it ("$9.1bn in 2008"), then a change that runs "to" a level dated after it
_LEVEL_DATED = re.compile(r"\s+(?:in|during)\s+(?:the\s+)?")
_TO_LEVEL = re.compile(rf"\s+to\s+{HEDGE}", re.I)


def _change_after_dated_level(s: Site):
    """((mention, period, how) of the level the change reached, (mention, period, how) of the
    dated level before it) for a change that follows a dated level in its sentence and runs to
    a dated level of its own ("grew from $2bn in 2000 to $9.1bn in 2008, before falling by 30%
    to $6.4bn in 2009"): the change is between those two levels' periods, not between the
    years the sentence named first. None otherwise."""
    if s.kind not in ("percent_change", "multiple") or s.prev is None or s.prev.kind != "amount":
        return None
    after = next(((pm, p, h) for pm, p, h in s.resolved if pm.start >= s.m.end), None)
    if after is None or after[1] is None or after[0].kind in ("rel", "same") or after[0].base_cue or "span" in after[0].args:
        return None
    level = next((a for a in s.ms["amount"] if a.start >= s.m.end), None)
    if level is None or level.end > after[0].start or not _TO_LEVEL.fullmatch(s.text, s.m.end, level.start) \
            or not _LEVEL_DATED.fullmatch(s.text, level.end, after[0].start):
        return None
    before = [(pm, p, h) for pm, p, h in s.resolved if s.prev.end <= pm.start and pm.end <= s.m.start]
    if len(before) != 1 or before[0][1] is None or before[0][1][1] >= after[1][0] \
            or not _LEVEL_DATED.fullmatch(s.text, s.prev.end, before[0][0].start):
        return None  # (the earlier level must come first: a base is before its change)
    if _reached_on_a_year_footing(s):
        return None
    return after, before[0]


# a change measured against the same period a year before: "year-on-year", "on-year", "y/y"
_YEAR_FOOTING = re.compile(r"\b(?:year[\s-](?:on|over)[\s-]year|on[\s-]year|y/y|yoy)\b", re.I)


def _reached_on_a_year_footing(s: Site) -> bool:
    """Whether the dated level before a change was reached by a change of the sentence said to
    be on a year's footing ("rose 11.1 percent on-year to $126.5 billion in the first half,
    but fell 14.0 percent to $106.4 billion in the July-December period"): the parallel
    change after it is on that footing too, no change between the two levels."""
    r = s.last_relation
    return r is not None and r.end <= s.prev.start and bool(_YEAR_FOOTING.search(s.text, r.end, s.prev.start))


@rule("period", "change-after-dated-level", "text")
def change_after_dated_level(s: Site):
    """"Turnover grew from $2bn in 2000 to $9.1bn in 2008, before falling by 30% to $6.4bn in
    2009": a second change in the sentence, running to a level dated after it, is of that
    level's period."""
    found = _change_after_dated_level(s)
    return Decision(found[0][1], _span(found[0][0]), found[0][2]) if found else None


@rule("base_period", "dated-level-before-change", "text")
def dated_level_before_change(s: Site):
    """... and compares with the level dated just before it (2008), not the first year."""
    found = _change_after_dated_level(s)
    return Decision(found[1][1], _span(found[1][0]), found[1][2]) if found else None


@rule("base_period", "change-from-dated-level", "text")
def change_from_dated_level(s: Site):
    """... and the earlier level's period is its base."""
    ends = _dated_levels_after(s)
    return Decision(ends[0][1], _span(ends[0][0]), ends[0][2]) if ends else None


@functools.cache
def _compared_opening_re() -> re.Pattern:
    """A sentence that opens by naming the level it compares with ("Compared with the N19.00
    trillion recorded in the first quarter of 2024, however, exports declined by 14.8 per
    cent"; "Against the $4.1bn of a year earlier, ..."; vocab/compared_openers.csv)."""
    words = vocab.alternation([r["phrase"] for r in vocab.table("compared_openers")], ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*(?:{words})\s+(?P<level>[^,;]*?)(?:,|$)", re.I)


@rule("base_period", "compared-level-opening", "text")
def compared_level_opening(s: Site):
    """The period of the level an opening comparison names, before the change it is the base
    of: "Compared with the N19.00 trillion recorded in the first quarter of 2024, exports
    declined by 14.8 per cent" compares with the first quarter, not a year back."""
    if s.kind not in ("percent_change", "multiple"):
        return None
    m = _compared_opening_re().match(s.text, s.sent.start, s.m.start)
    if m is None or not any(m.start("level") <= a.start < m.end("level") for a in s.ms.get("amount", [])):
        return None
    dated = [(pm, p, h) for pm, p, h in _before(s) if m.start("level") <= pm.start and pm.end <= m.end("level") and p is not None]
    if len(dated) != 1:
        return None
    pm, p, h = dated[0]
    return _checked(s, Decision(p, _span(pm), h))


@rule("period", "named-base-level", "text")
def named_base_level(s: Site):
    """"83.23% above the figure for the same quarter of 2022, which was ₦4,658.30 billion":
    the level of the base period the change names right before it."""
    p = s.prev
    if s.kind != "amount" or p is None or p.kind not in ("percent_change", "multiple") or not p.base_period:
        return None
    # "2.6 per cent lower than the £160.5 billion recorded then": the level it is compared with
    if not (p.how.get("base_period") == "base-after" and _WHICH_WAS.search(s.gap)) \
            and not (p.basis.get("base_period") == "text" and _THAN_THE.fullmatch(s.gap)):
        return None
    if "(" in s.gap and _footing_then_bracket_re().fullmatch(s.gap):
        return None  # ("Exports -1.5% m/m ($60.12 bln)": a footing names no base level; the bracket is the new one)
    return Decision(P.parse(p.base_period), (p.start, p.end))


@functools.cache
def _footing_then_bracket_re() -> re.Pattern:
    """Only a change's footing ("m/m", "year on year": vocab/change_period_asides.csv) and a
    bracket's opening between a change and an amount."""
    asides = vocab.alternation([r["phrase"] for r in vocab.table("change_period_asides")], ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*(?:{asides})\s*\(\s*{HEDGE}", re.I)


@rule("period", "from-level-base", "context")
def from_level_base(s: Site):
    """"rose to $3.3bn from $0.9bn": the earlier level is at the change's base period."""
    if s.kind != "amount" or not _from_level(s):
        return None
    rel = s.last_relation if s.last_relation is not None else s.prev
    if rel is not None and rel.base_period and rel.kind != "amount":
        return Decision(P.parse(rel.base_period), (rel.start, rel.end))
    return None


@rule("period", "from-level-cue", "text")
def from_level_cue(s: Site):
    """"up from $0.9bn in 2021": a comparison period in the sentence dates the earlier level."""
    if s.kind != "amount" or not _from_level(s):
        return None
    cue = next(((pm, p, h) for pm, p, h in s.resolved if pm.base_cue and pm.start >= s.sent.start), None)
    if cue is not None and cue[0].kind not in ("rel", "same") and not _in_later_clause(s, cue[0].start):
        return Decision(cue[1], _span(cue[0]), cue[2])
    return None


def _in_later_clause(s: Site, pos: int) -> bool:
    """"slipped to $114bn from $128bn, a 10% decline, but have doubled since 2017": a
    comparison period after a new clause (a comma or semicolon and a conjunction,
    vocab/clause_openers.csv) past the earlier level is that clause's, not the level's."""
    return pos > s.m.end and _later_clause_re().search(s.text, s.m.end, pos) is not None


@functools.cache
def _later_clause_re() -> re.Pattern:
    openers = vocab.alternation(sorted(vocab.clause_openers()), ignore_case=True)
    return re.compile(rf"[,;]\s+(?:{openers})\b(?=.)", re.I | re.S)


@rule("period", "from-level-parallel", "text")
def from_level_parallel(s: Site):
    """"exports reached 78 billion euro in 2008, against 26 bn in 2000, while imports
    increased to 248 bn, up from 75 bn": the earlier level of a second comparison in the
    sentence is at the first one's earlier period."""
    if s.kind != "amount" or not _from_level(s) or not s.used_as_base:
        return None
    last = max(s.used_as_base)
    for pm, p, h in s.resolved:
        if (pm.start, pm.end) == last and p is not None:
            return Decision(p, last, h)
    return None


@rule("period", "compared-level-parallel", "text")
def compared_level_parallel(s: Site):
    """"exports were $43.05bn in March 2026, as compared to $41.97bn in March 2025, while
    imports were $66.12bn, as compared to $63.51bn.": a level set against the figure before it
    ("as compared to", "against") with no period of its own, after a first comparison whose
    earlier level was dated, is at that earlier period too."""
    if s.kind != "amount" or not s.used_as_base or s.prev is None or s.prev.kind != "amount" or not s.prev.period:
        return None
    if not EARLIER_LEVEL_BEFORE.search(s.text, max(s.prev_end, s.m.start - 40), s.m.start):
        return None
    if any(pm.start >= s.m.end for pm, _, _ in s.resolved) or re.search(r"\d", s.text[s.m.end:s.sent.end]):
        return None  # (a period or figure after it: its own, or another clause's)
    last = max(s.used_as_base)
    ref = P.parse(s.prev.period)
    for pm, p, h in s.resolved:
        if (pm.start, pm.end) == last and p is not None and ref is not None and p[1] < ref[0]:
            return Decision(p, last, h)
    return None


@rule("period", "revised-from", "text")
def revised_from(s: Site):
    """"The May surplus was revised up to €0.6bn from €0.4bn": the replaced estimate after
    "from" is of the same period as the revised figure, not a year before it."""
    p = s.prev
    if s.kind != "amount" or p is None or p.kind != "amount" or not p.period:
        return None
    if revised_to_from_re().search(s.before) or replaced_estimate(s.text, s.sent.start, s.m.start, p, s.gap):
        return Decision(P.parse(p.period))
    if replaced_after_size(s.text, s.sent.start, s.m.start):
        # ("lowered the deficit by $8.2 billion, to $558.4 billion from $566.6 billion": the
        # size of a revision, link/revision_sizes.py; both estimates are of one period)
        return Decision(P.parse(p.period))
    if reported_base(s):
        # ("up $12.4 billion from the $242.8 billion reported in March": when the estimate
        # came out, link/earlier_estimates.py; the period is the change's own)
        return Decision(P.parse(p.period))
    replaced = _replaced_before_its_revision(s)
    if replaced is not None:
        return replaced
    if _from_level(s) and revision_before_re().search(s.text, max(s.sent.start, s.m.start - 40), s.m.start):
        # "narrowed to EUR18.0bn from a revised EUR18.5bn": a revised level set against the
        # latest is the period before it (revisions touch the last release's figure)
        q = P.parse(p.period)
        return Decision(P.shift(q, -P.months(q)))
    return None


def _replaced_before_its_revision(s: Site):
    """"In May the balance was +4.5 bn, as exports for May were revised from 80.8 bn to
    81.3 bn and imports from 76.7 bn to 76.8 bn": an estimate replaced by the figure after
    its "to" is of that figure's period, the one the clause names before both (not a year
    before the last figure, as a bare "from" level is). None when no period stands before."""
    if not replaced_then_revised(s.text, s.sent.start, s.m.start, s.after):
        return None
    before = _before(s)
    if not before or before[-1][1] is None:
        return None
    pm, p, h = before[-1]
    return Decision(p, _span(pm), h)


# a key-figure bullet line ("- Imports from China: €156.2bn (2022: €193.3bn, -19.2%)"), and
# the period label of a bracket's earlier figure in it ("(2022: ")
_BULLET_LINE = re.compile(rf"[ \t]*{BULLET_SIGN}[ \t]+")
_BRACKET_PERIOD_LABEL = re.compile(r"\(\s*(?P<label>[^():\n]{2,24}?)\s*:\s*\S")


@functools.lru_cache(maxsize=256)
def _label_period(label: str):
    """The period a bracket's label is, all of it ("2022", "Q3 2023"), or None."""
    from ..extract.periods import find_periods

    found = [pm for pm in find_periods(label) if pm.period is not None]
    return found[0].period if len(found) == 1 and found[0].start == 0 and found[0].end == len(label) else None


def _sibling_bullets_base(s: Site):
    """(period, span) of the one period the bracket labels of the bullet lines right above
    give their earlier figures, or None."""
    line = s.text.rfind("\n", 0, s.m.start) + 1
    if not _BULLET_LINE.match(s.text, line):
        return None
    found = {}
    while line > 0:
        above = s.text.rfind("\n", 0, line - 1) + 1
        if not _BULLET_LINE.match(s.text, above, line - 1):
            break
        for lab in _BRACKET_PERIOD_LABEL.finditer(s.text, above, line - 1):
            p = _label_period(lab["label"])
            if p is not None:
                found.setdefault(p, lab.span("label"))
        line = above
    return next(iter(found.items())) if len(found) == 1 else None


# an amount alone in brackets: "(US$1,156 million)"
_BARE_BRACKET_BEFORE = re.compile(r"\(\s*$")
_BARE_BRACKET_AFTER = re.compile(r"\s*\)")


def sibling_labelled_bracket(s: Site):
    """(period, span) a bare bracket's elided label has, or None: "- Garments: $6.6bn, up
    16.3% (January-September 2023: $5.7bn)" then "- Footwear: $1.4bn, up 21.3% ($1.16bn)":
    a list that labels the first item's bracket with the earlier period leaves the label
    out on the items after it; the bracket still holds the earlier level, not a change."""
    if s.kind != "amount" or not _BARE_BRACKET_BEFORE.search(s.before) or not _BARE_BRACKET_AFTER.match(s.after):
        return None
    return _sibling_bullets_base(s)


@rule("period", "bracket-sibling-label", "text")
def bracket_sibling_label(s: Site):
    """A bare bracket on a bullet whose siblings above label theirs with a period: that
    period (see sibling_labelled_bracket)."""
    base = sibling_labelled_bracket(s)
    return Decision(base[0], base[1]) if base is not None else None


@rule("period", "from-level-sibling", "text")
def from_level_sibling(s: Site):
    """"- Imports from China: €156.2bn (2022: €193.3bn, -19.2%)" then "- Deficit: €59.3bn,
    down from €86.8bn": key-figure bullets set one period against another; the earlier
    level a bullet gives bare is at the earlier period its siblings' brackets label."""
    if s.kind != "amount" or s.prev is None or not s.prev.period or "from" not in s.gap or not _from_level(s):
        return None
    base = _sibling_bullets_base(s)
    if base is None or not base[0][1] < P.parse(s.prev.period)[0]:
        return None
    return Decision(base[0], base[1])


@rule("period", "from-level-last-comparison", "context")
def from_level_last_comparison(s: Site):
    """"Imports went up 16.2 per cent to Rs 52,780 crore from Rs 45,420 crore. The trade
    deficit thus narrowed to Rs 4,157 crore from Rs 5,959 crore": a bare earlier level right
    after a sentence that set the same period against an earlier one ("to ... from ...") is
    at that earlier period too: the text runs one comparison through its flows."""
    levels = s.state.levels
    if s.kind != "amount" or levels is None or s.prev is None or not s.prev.period or not _from_level(s):
        return None
    new, old = levels
    if s.prev.basis.get("measure") != "text":
        # (the level it is the earlier side of must be of a flow the text names: "Net profit
        # dropped to $2.4 billion from $17.6 billion" is none)
        return None
    if new.period != s.prev.period or not old.period or old.period == new.period \
            or old.basis.get("period") == "guess" or new.sentence != s.sent.index - 1:
        return None
    return Decision(P.parse(old.period), (old.start, old.end))


@rule("period", "from-level-year-before", "guess")
def from_level_year_before(s: Site):
    """"... to $3.3bn, from $0.9bn" with no period: a year before the figure before it."""
    if s.kind == "amount" and _from_level(s) and s.prev is not None and s.prev.period:
        # "$29.9bn (vs $32.6bn), -8.3%": the change right after the bracket ties the two
        # figures as one comparison, so its checks do not rest on the guessed date
        tied = VERSUS_BRACKET.match(s.gap) and _CHANGE_AFTER_BRACKET.match(s.after)
        # "rose to $3.1bn from $2.9bn, an increase of 6.9%": a change named right after the
        # "to ... from ..." pair is the change between those two levels, whatever their dates
        tied = tied or (s.after[:1] == "," and _TO_LEVEL_BEFORE_FROM.search(s.text, max(s.sent.start, s.prev.start - 12), s.prev.start)
                        and re.fullmatch(r"\s+from\s+(?:the\s+)?", s.gap) and _change_after_level_re().match(s.after))
        # (so too one set against the level before it with their change beside them, see
        # _against_level_with_change)
        tied = tied or _against_level_with_change(s, s.text[max(s.sent.start, s.m.start - 45):s.m.start])
        return Decision(P.shift(P.parse(s.prev.period), -12), None, "context" if tied else None)
    return None


_TO_LEVEL_BEFORE_FROM = re.compile(rf"\bto\s+{HEDGE}$", re.I)


@functools.cache
def _change_after_level_re() -> re.Pattern:
    """", an increase of 8.7 per cent", ", up 8.7%": the change of the two levels just named
    (its noun from vocab/change_nouns.csv)."""
    nouns = vocab.alternation([w for w in vocab.change_nouns()] + ["growth"], ignore_case=True)
    return re.compile(rf",\s*(?:(?:an?\s+)?(?:{nouns})\s+of\s+|(?:up|down)\s+(?:by\s+)?){HEDGE}[-+−]?\d[\d.,]*\s?(?:%|per\s?cent\b|percent\b|pc\b)", re.I)


@rule("period", "earlier-share", "text")
def earlier_share(s: Site):
    """"China's share of total US soybean exports ($17.0bn, vs $21.5bn in 2017) dropped to
    18.2% from 56.7%": the share after "from" is the earlier one, at the comparison period the
    sentence names, else a year before the share it is compared with."""
    p = s.prev
    if s.kind != "share" or p is None or p.kind != "share" or not p.period or not re.fullmatch(r"\s+from\s+", s.gap) \
            or not re.search(r"\bto\s+$", s.text[max(s.sent.start, p.start - 10):p.start]):
        return None
    cue = next(((pm, per, h) for pm, per, h in s.resolved if pm.base_cue and pm.start >= s.sent.start), None)
    if cue is not None and cue[0].kind not in ("rel", "same"):
        return Decision(cue[1], _span(cue[0]), cue[2])
    # (a span of several years "to 4.2% from 2.2%": the span before it, see default_base)
    return Decision(default_base(P.parse(p.period)), None, "context")


_CHANGE_AFTER_BRACKET = re.compile(r"\s*\)\s*,?\s*[-+−]?\d[\d.,]*\s?(?:%|per\s?cent)")


# (compiled once: a literal pattern of the reading below, tried per claim)
# ("down 6% on 2022's record €7.2 billion": a word or two between the possessive and its figure)
_AMOUNT_BEFORE_HEDGED_RE = re.compile(rf"['’]s\s+(?:[a-z-]+\s+){{0,2}}|\s+(?:level|figure|total|value|peak)\s+of\s+{HEDGE}")
# "compared with the same period of 2023 (10.2 million tonnes; USD 473 million)": a bracket
# right after the base period listing its levels, item after item: each is the base's own
_BASE_BRACKET_ITEMS_RE = re.compile(r"\s*\([^()]*\d[^()]*[;,]\s*(?:about|around|some|roughly)?\s*")


@functools.cache
def _base_bracket_flow_items_re() -> re.Pattern:
    """"Compared with 2001 (exports US$ 26,110 million; imports US$ 20,321 million)": the
    same bracket of the base's levels, each item led by its flow word (vocab/flows.csv)."""
    return re.compile(rf"\s*\((?:[^()]*\d[^()]*[;,])?\s*(?:{_LEVEL_FLOWS})\s+{HEDGE}", re.I)


# "(H1 2022: surplus ~US$1.2bn)": a bracket's label, its figure's kind and the figure; the
# label dates that figure (see extract.periods._LABEL_COLON)
_LABEL_KIND_GAP = re.compile(r"\s*:\s*[a-z]{4,12}\s+[~≈]?\s*")


def _amount_before(s: Site) -> list:
    before = _free_before(s)
    if before and before[-1][0].base_cue and _direct(s) is None:
        # "from March 2023, to $41.68bn": a base period does not date the new level
        gap = s.text[before[-1][0].end:s.m.start]
        # ("above February 2022's R143.0 billion", "times their 2017 level of $46.5 billion":
        # the base period's own figure)
        # (or a relative clause on it: ", in which 196,200 tons were exported for $352.9mn")
        if not (re.search(r"\b(?:when|where|then|(?:in|during)\s+which)\b|\(\s*(?:about|around|some|roughly)?\s*$", gap) or not re.search(r"\w", gap)
                or _AMOUNT_BEFORE_HEDGED_RE.fullmatch(gap) or _base_own_flow_re().fullmatch(gap) or _then_after(s)
                or ("which" in gap and _base_which_was_re().fullmatch(gap))
                or ("(" in gap and (_BASE_BRACKET_ITEMS_RE.fullmatch(gap) or _base_bracket_flow_items_re().fullmatch(gap)))
                or (before[-1][0].args.get("label") and _LABEL_KIND_GAP.fullmatch(gap))):
            before = [b for b in before if not b[0].base_cue]
    return before


@functools.cache
def _base_which_was_re() -> re.Pattern:
    """"Compared with September 2022, which stood at US$ 19.79 billion", "larger than in 2024,
    which was recorded at US$ 32.07 billion": a relative clause on the base period whose verb
    gives its level (vocab/figure_period_verbs.csv for the participle): the base period's own
    figure."""
    verbs = _figure_period_verbs()
    return re.compile(rf"\s*,?\s*which\s+(?:(?:was|were)\s+(?:(?:{verbs})\s+(?:at\s+)?)?|stood\s+at\s+|amounted\s+to\s+"
                      rf"|came\s+to\s+|totall?ed\s+|reached\s+){HEDGE}", re.I)


def _then_after(s: Site) -> bool:
    """"Compared with 2019: sales were $4.1bn then, so ...": words right after the figure that
    close its clause and point back to the time named before it (vocab/then_cues.csv), even
    one named as the base of a comparison."""
    after = s.text[s.m.end:s.m.end + 24].lower()
    if "then" not in after and "time" not in after and "point" not in after:
        return False  # (cheap: every cue says one of these)
    return _then_after_re().match(s.text, s.m.end, s.sent.end) is not None


@functools.cache
def _then_after_re() -> re.Pattern:
    words = vocab.alternation(vocab.then_cues(), ignore_case=True, space=r"\s+")
    # (the clause ends after them: "$4.1bn then, so", not "$4.1bn, then rose to")
    return re.compile(rf"\s+(?:{words})\b(?=\s*(?:[,.;:)!?]|$)|\s+(?:and|so|but|while|whereas|when|against|compared)\b)", re.I)


@functools.cache
def _base_own_flow_re() -> re.Pattern:
    """"more than September exports of $33.4 billion": a flow word (vocab/flows.csv) and "of"
    between the base period and the figure: the figure is the base period's own flow."""
    return re.compile(rf"\s*(?:{_LEVEL_FLOWS})\s+of\s+{HEDGE}", re.I)


YEAR_EARLIER = ("last year", "past year", "a year earlier", "a year ago", "a year before", "the previous year",
                "the prior year", "the preceding year", "the year before", "the year earlier", "previous year",
                "prior year", "preceding year")
# the flow a comparison names before its earlier level: "compared with a surplus of"
_LEVEL_FLOWS = vocab.alternation([w for w, (measure, _) in vocab.flows().items() if measure != "other"], space=r"\s+")
_FLOW_OF = rf"(?:{_LEVEL_FLOWS}\s+of\s+)?"
# "from $23.6 million", "against $5.9 million", "compared with $1.1 billion", "compared with a
# surplus of 2.2 billion kronor": an earlier level
# ("a 34.0 per cent increase over N26.92 trillion in 2022": a change noun's "over" too;
# "compared with the record $47.8 billion deficit of 2022": the level named as a record)
EARLIER_LEVEL_BEFORE = re.compile(rf"\b(?:from|after|following|against|compared\s+(?:with|to)|versus|vs\.?|than(?:\s+the)?|on\s+the"
                                  rf"|(?:increase|rise|gain|growth|jump|decline|drop|fall|decrease|improvement)\s+over)\s+(?:(?:a|an|the)\s+)?(?:revised\s+|record\s+)?{_FLOW_OF}{HEDGE}$", re.I)


# "against 23.52 percent of ": an earlier share, its whole right after
_EARLIER_SHARE_OF = re.compile(rf"\b(?:against|compared\s+(?:with|to)|versus)\s+[\d.]+\s*(?:%|per\s*cent|percent)\s+of\s+{HEDGE}$", re.I)


def _year_earlier(w: str) -> bool:
    """"last year", "a year earlier", "the same half of last year": a year back."""
    return w in YEAR_EARLIER or bool(re.search(r"\b(?:last|previous|prior|preceding)\s+(?:fiscal\s+|financial\s+)?year$|\ba\s+year\s+(?:earlier|ago|before)$", w))


def _near_after(s: Site):
    """A period a few words after the figure ("$228.5 billion bought from China a year
    earlier"), no other figure between."""
    for pm, p, h in s.resolved:
        if s.m.end <= pm.start <= s.m.end + 60:
            between = s.text[s.m.end:pm.start]
            if "%" in between or "per cent" in between:
                # ("from the $2-billion deficit, or 1.5% of GDP, a year earlier": a share
                # restating the figure stands between it and its period)
                between = _RESTATING_SHARE.sub("", between)
            return (pm, p, h) if not re.search(r"[;$€£¥\d]", between) else None
    return None


# a share set beside a figure to restate it: ", or 4.2% of GDP,", " (2.1 per cent of GDP)"
_RESTATING_SHARE = re.compile(r"(?:,\s*or\s+[\d.]+\s*(?:%|per\s*cent|percent)\s+of\s+[A-Za-z ]{2,20},"
                              r"|\s*\(\s*[\d.]+\s*(?:%|per\s*cent|percent)\s+of\s+[A-Za-z ]{2,20}\))", re.I)


def compared_figure(s: Site):
    """The figure an earlier level is compared with: the one before it in the sentence."""
    p = s.prev
    return p if p is not None and p.period else None


@rule("period", "comparison-year-before", "text")
def comparison_year_before(s: Site):
    """"rose to $44.0 million in the current fiscal year from $23.6 million last year",
    "$5.9 million a year earlier": the earlier level of a comparison, a year before the
    figure it is compared with (the same months when that figure covers part of a year).
    So too the whole of an earlier share set against the figure's ("27.75 percent of the
    total import bill of $36.52 billion in July-May 2007-08, against 23.52 percent of
    $27.81 billion last year": the same months of the fiscal year before)."""
    if s.kind != "amount":
        return None
    lead = max(s.sent.start, s.m.start - 40)
    share_against = s.prev is not None and s.prev.kind == "share" and _EARLIER_SHARE_OF.search(s.text, lead, s.m.start)
    if not (share_against or EARLIER_LEVEL_BEFORE.search(s.text, lead, s.m.start)):
        return None
    d = _direct(s) or _near_after(s)
    # ("up 7.5 percent from the $1.33 billion earned last fiscal year": the fiscal year
    # before the compared figure's, not the one before the date of publication, where that
    # figure's is a whole year)
    fiscal = d is not None and d[0].kind == "fy_rel" and d[0].args.get("offset") == -1
    if d is None or not (d[0].kind == "rel" and _year_earlier(d[0].args.get("w", "")) or fiscal):
        return None
    ref = compared_figure(s)
    ref_period = P.parse(ref.period) if ref is not None else s.state.period
    if share_against:
        # (the share's own period is its whole's, not yet known: the figure it is set
        # against is dated by the sentence's last period before it)
        dated = [p for pm, p, _ in _before(s) if not pm.base_cue and pm.kind not in ("rel", "same")]
        ref_period = dated[-1] if dated else None
    if ref_period is None or fiscal and P.months(ref_period) != 12:
        return None
    return Decision(P.shift(ref_period, -12), _span(d[0]))


@rule("period", "earlier-possessive-bracket", "text")
def earlier_possessive_bracket(s: Site):
    """"The surplus reached $21.2 billion (last year's surplus was $23.0 billion)": a bracket
    opened by an earlier period's possessive (vocab/earlier_period_possessives.csv) sets the
    same measure's earlier level against the figure before it: a year (a quarter, a month)
    before that figure's period, not the year before publication "last year" would be."""
    if s.kind != "amount" or s.prev is None or not s.prev.period or s.prev.measure != s.claim.measure:
        return None
    window = s.text[max(s.prev_end, s.m.start - 90):s.m.start]
    if "(" not in window or ("'s" not in window and "’s" not in window):
        return None  # (checked first: cheap)
    mm = _possessive_bracket_re().search(window)
    if mm is None:
        return None
    months = next((n for unit, n in (("year", 12), ("quarter", 3), ("month", 1)) if unit in mm["p"].lower()), None)
    ref = P.parse(s.prev.period)
    if months is None or ref is None or (months < 12 and P.months(ref) != months):
        return None  # (a month's possessive after a year's figure: which month is not said)
    at = s.m.start - len(window) + mm.start("p")
    return Decision(P.shift(ref, -months), (at, at + len(mm["p"])))


@functools.cache
def _possessive_bracket_re() -> re.Pattern:
    # the earlier ones only ("last year's", "the previous quarter's"), not "the same month's"
    words = vocab.alternation([r["phrase"] for r in vocab.table("earlier_period_possessives") if not r["phrase"].startswith("the same")],
                              ignore_case=True, space=r"\s+")
    return re.compile(rf"\(\s*(?P<p>{words})[^()\d;.]{{0,60}}$", re.I)


@functools.cache
def _change_from_re() -> re.Pattern:
    """A change verb and "from"/"between" right before two periods (vocab/changes.csv)."""
    verbs = vocab.alternation(list(vocab.changes()), ignore_case=True)
    return re.compile(rf"\b(?:{verbs})\s+(?:from|between)\s+$", re.I)


# ("Between September 2022 and September 2023 the exports of Zambia have decreased by": the
# two periods may open the sentence, before the change's subject and verb)
_BETWEEN_OPENING = re.compile(r"between\s+", re.I)

_TWO_ENDS = re.compile(r"(?P<a>[A-Za-z]+|(?:19|20)\d\d)(?:\s+(?:19|20)\d\d)?\s+(?:to|and)\s+(?P<b>[A-Za-z]+|(?:19|20)\d\d)(?:\s+(?:19|20)\d\d)?")


# between a change and the two periods it runs between, after it: ", or 2.4 per cent, from "
# (a restatement of the change in percent, or in money, may stand between)
_FROM_AFTER_CHANGE = re.compile(r"(?:\s*,?\s*(?:or\s+)?(?:[^\s,;.]+\s+){0,3}?[\d.,]+\s*(?:per\s*cent|percent|%|[a-z]*\s*(?:bn|billion|mn|million))\s*,?)?\s*,?\s+from\s+$", re.I)


def _ends_after(s: Site):
    """(mention, period) of two periods right after a change ("increased by DKK 2.6 bn, or
    2.4 per cent, from April to May 2024"), or None."""
    # ("rose by 1.8 pct. from October to November": past the abbreviation's own dot)
    end = s.m.end + 1 if s.m.text[-1:].isalpha() and s.text.startswith(". from ", s.m.end) else s.m.end
    for pm, p, _ in s.resolved:
        if pm.start >= s.m.end:
            if "span" not in pm.args and _two_dated_ends_between(pm) and _RESTATED_AFTER_CHANGE.fullmatch(s.text, end, pm.start):
                # "rose 25% between May 2022 and May 2023" (two years alone are a span:
                # see span_end)
                return pm, p
            return (pm, p) if _FROM_AFTER_CHANGE.fullmatch(s.text, end, pm.start) else None
    return None


# the restatement of a change that may stand before the periods it runs between
_RESTATED_AFTER_CHANGE = re.compile(r"(?:\s*,?\s*(?:or\s+)?(?:[^\s,;.]+\s+){0,3}?[\d.,]+\s*(?:per\s*cent|percent|%|[a-z]*\s*(?:bn|billion|mn|million))\s*,?)?\s*", re.I)


# "From February 2024 to March 2024 the index rose": two ends opening the sentence after "from"
_FROM_OPENING = re.compile(r"\s*(?:[-*•]\s*)?from\s+", re.I)


def _ends_open_the_sentence(s: Site, pm, p) -> bool:
    """Whether two months open the sentence as the ends of its change: "From February 2024
    to March 2024 the index rose by 0.4%" (each end with its year), "Between January and
    February, exports fell 2%" (two months in a row); not a run of months, "From January to
    September, exports rose 5%", nor one the change sets against a year before ("From
    January 2024 to March 2024, exports rose 3% year on year")."""
    if p is None or p[0] == p[1] or "span" in pm.args:
        return False
    if pm.text[:1] in "Bb":
        lead = _BETWEEN_OPENING.match(pm.text) is not None and re.fullmatch(r"\s*(?:[-*•]\s*)?", s.text[s.sent.start:pm.start]) is not None
        ok = lead and p[1] - p[0] == 1
    else:
        ok = _FROM_OPENING.fullmatch(s.text, s.sent.start, pm.start) is not None \
            and len(re.findall(r"\b(?:19|20)\d\d\b", pm.text)) == 2
    return ok and not any(q.start >= s.m.end and (q.base_cue or _change_footing(q)) for q, _, _ in s.resolved)


def _two_dated_ends_between(pm) -> bool:
    """"between May 2022 and May 2023": two ends each with its own year, one period to
    another ("between January and May 2023" is a run of months, not its two ends)."""
    return bool(_BETWEEN_OPENING.match(pm.text)) and len(re.findall(r"\b(?:19|20)\d\d\b", pm.text)) == 2


def _change_between(s: Site):
    """(base, period, mention) of a change said to run from one month or year to another:
    "Exports increased from February 2024 to March 2024 by R14.7 billion (8.8%)" is March
    against February, not a level of the two months. The nearest period before the change
    in its sentence, when it is that."""
    c = s.claim
    if not (s.kind in ("percent_change", "multiple") or (s.kind == "amount" and "change_of" in c.extra)):
        return None
    after = _ends_after(s)
    if after is not None:
        pm, p = after
    else:
        before = _before(s)
        if not before:
            return None
        pm, p, _ = before[-1]
        # (only two ends each with its own year: "Between January and September 2025" opens
        # a run of months, whose change is on the same months a year before)
        opening = (_two_dated_ends_between(pm) and re.fullmatch(r"\s*(?:[-*•]\s*)?", s.text[s.sent.start:pm.start])) \
            or _ends_open_the_sentence(s, pm, p)
        if not (_change_from_re().search(s.text, max(s.sent.start, pm.start - 30), pm.start) or opening):
            return None
    two = _TWO_ENDS.fullmatch(_BETWEEN_OPENING.sub("", pm.text, count=1) if pm.text.lower().startswith("between") else pm.text)
    if p is None or two is None:
        return None
    months = vocab.months()
    single = all(w.lower() in months or w.isdigit() for w in (two["a"], two["b"]))
    if not single or (two["a"].isdigit() != two["b"].isdigit()):
        return None
    if two["a"].isdigit():
        return P.of_year(int(two["a"])), P.of_year(int(two["b"])), pm
    return (p[0], p[0]), (p[1], p[1]), pm


@rule("period", "change-between", "text")
def change_between(s: Site):
    """"increased from February 2024 to March 2024 by R14.7 billion": the later end."""
    ends = _change_between(s)
    if ends and ends[2].start >= s.m.end:
        # ("increased by DKK 2.6 bn, or 2.4 per cent, from April to May 2024 and amounted
        # to DKK 112.4 bn": the two months are the change's, and date no level after it)
        s.used_as_base.add(_span(ends[2]))
    return Decision(ends[1], _span(ends[2])) if ends else None


# "fell by 3.3% between 2014-18 and 2019-23": a change from one span of years to another
_BETWEEN_SPANS_LEAD = re.compile(r"\s*,?\s+(?:between|from)\s+$", re.I)
_BETWEEN_SPANS_JOIN = re.compile(r"\s+(?:and|to)\s+", re.I)


def _spans_between(s: Site):
    """(base, period, (start, end)) of a change right before "between 2014-18 and 2019-23",
    two spans of several years each, or None."""
    if s.kind not in ("percent_change", "multiple"):
        return None
    spans = [(pm, p) for pm, p, _ in s.resolved if "years" in pm.args and pm.start >= s.m.end]
    if len(spans) < 2:
        return None
    (a, pa), (b, pb) = spans[:2]
    if not (_BETWEEN_SPANS_LEAD.fullmatch(s.text, s.m.end, a.start) and _BETWEEN_SPANS_JOIN.fullmatch(s.text, a.end, b.start)):
        return None
    return pa, pb, (a.start, b.end)


@rule("period", "spans-between", "text")
def spans_between(s: Site):
    """"between 2014-18 and 2019-23": the later span."""
    return _the_later(s, _spans_between(s))


def _the_later(s: Site, ends) -> Decision | None:
    """The later of two periods a change runs between, (earlier, later, (start, end)) or
    None; their words date no other figure's base."""
    if ends is None:
        return None
    s.used_as_base.add(ends[2])
    return Decision(ends[1], ends[2])


# "rose almost 95 percent between the end of May 2007 and the same point this year", "grew
# 20% from March 2022 to the same month this year": a change from one named period to
# another, each a mention of its own (the later often "the same ... this year")
_POINT_LEAD = r"(?:between|from)\s+(?:the\s+(?:end|close|start|beginning)\s+of\s+)?"
_POINTS_LEAD_AFTER = re.compile(rf"{_RESTATED_AFTER_CHANGE.pattern},?\s+{_POINT_LEAD}$", re.I)
_POINTS_JOIN = re.compile(r"\s+(?:and|to)\s+(?:the\s+(?:end|close|start|beginning)\s+of\s+)?", re.I)
_POINTS_OPENING = re.compile(rf"\s*(?:[-*•]\s*)?{_POINT_LEAD}$", re.I)


def _points_between(s: Site):
    """(base, period, (start, end)) of a change between two periods named one after the
    other, each of the same length and the first the earlier: right after the change
    ("deficit rose 95 percent between the end of May 2007 and the same point this year"),
    or opening its sentence before it ("Between March 2022 and the same month this year,
    exports grew 20%"). None otherwise."""
    if not (s.kind in ("percent_change", "multiple") or (s.kind == "amount" and "change_of" in s.claim.extra)):
        return None
    mentions = [(pm, p) for pm, p, _ in s.resolved if pm.start >= s.sent.start and not pm.args.get("target")]
    for (a, pa), (b, pb) in zip(mentions, mentions[1:]):
        if pa is None or pb is None or not (P.months(pa) == P.months(pb) and pa[1] < pb[0]):
            continue
        if not _POINTS_JOIN.fullmatch(s.text, a.end, b.start):
            continue
        if a.start >= s.m.end and _POINTS_LEAD_AFTER.fullmatch(s.text, s.m.end, a.start):
            return pa, pb, (a.start, b.end)
        if b.end <= s.m.start and _POINTS_OPENING.fullmatch(s.text, s.sent.start, a.start) \
                and not any(b.end <= pm.start < s.m.start for pm, _ in mentions):
            return pa, pb, (a.start, b.end)
    return None


@rule("period", "points-between", "text")
def points_between(s: Site):
    """"between May 2007 and the same point this year": the later period."""
    return _the_later(s, _points_between(s))


# ", China 19%, Democratic Republic of the Congo 9% (": more places each with its share, then a bracket
_MORE_SHARES_THEN_BRACKET = re.compile(r"(?:\s*,\s*(?:and\s+)?[A-Z][^,\n()%]{0,60}?\s+\d[\d.]*\s*%)*\s*\(\s*")


@rule("period", "list-bracket", "text")
def list_bracket(s: Site):
    """"Exports - partners: Switzerland 38%, China 19%, ... UAE 5% (2021)": the period in
    brackets after a list of places' shares dates every share of it."""
    if s.kind != "share":
        return None
    after = [(pm, p, h) for pm, p, h in s.resolved if pm.start >= s.m.end][:1]
    if not after or after[0][1] is None or not _MORE_SHARES_THEN_BRACKET.fullmatch(s.text, s.m.end, after[0][0].start):
        return None
    if s.text.startswith(":", after[0][0].end):
        # ("77.1% (February 2023: 69.8%)": the bracket's period labels the earlier figure in it)
        return None
    return Decision(after[0][1], _span(after[0][0]), after[0][2])


@rule("period", "after-figure", "text")
def after_figure(s: Site):
    """A period right after the figure: "$5.25bn in 2022"."""
    d = _direct(s)
    if d is None or s.kind not in ("amount", "share"):
        return None
    pm, p, h = d
    if pm.kind in ("rel", "same"):
        p2, h2 = _resolve_against(s, pm, _before(s))
        if p2 is not None:
            return Decision(p2, _span(pm), h2)
    return Decision(p, _span(pm), h)


@functools.cache
def _change_noun_then_in() -> re.Pattern:
    nouns = vocab.alternation(list(vocab.change_nouns()), ignore_case=True)
    return re.compile(rf"\s+(?:{nouns})\s+(?:in|for)\s+$", re.I)


@rule("period", "change-noun-period", "text")
def change_noun_period(s: Site):
    """"The deficit widened by $2.4 billion in August, compared to a $1.4 billion increase in
    July": a money figure that stands before a change noun (vocab/change_nouns.csv) is a
    change, dated by the period right after the noun, not by the sentence's period before."""
    if s.kind != "amount" or "in " not in s.text[s.m.end:s.m.end + 30]:
        return None  # (checked first: cheap)
    after = next(((pm, p, h) for pm, p, h in s.resolved if pm.start >= s.m.end), None)
    if after is None or after[1] is None or after[0].base_cue or after[0].kind in ("rel", "same") \
            or not _change_noun_then_in().fullmatch(s.text, s.m.end, after[0].start):
        return None
    return Decision(after[1], _span(after[0]), after[2])


# ", which had been under $1 billion at the start of the 1970s,": a relative clause set off by
# commas, with a figure of its own
_RELATIVE_OPENER = re.compile(r",\s+(?:which|who|whose)\b[^,;()]*$", re.I)
_RELATIVE_END = re.compile(r"[^,;()]*,")


def _relative_clause_end(s: Site) -> int | None:
    """Where the relative clause the figure stands in closes, or None when it stands in none."""
    if not _RELATIVE_OPENER.search(s.text, max(s.sent.start, s.m.start - 80), s.m.start):
        return None
    close = _RELATIVE_END.match(s.text, s.m.end, min(s.sent.end, s.m.end + 80))
    return close.end() if close else None


@rule("period", "own-relative-clause", "text")
def own_relative_clause(s: Site):
    """"the bilateral surplus, which had been under $1 billion at the start of the 1970s,
    stood at about $10 billion": the clause's own time dates its own figure, not the
    sentence's period before it."""
    if s.kind not in ("amount", "share"):
        return None
    end = _relative_clause_end(s)
    own = [(pm, p, h) for pm, p, h in s.resolved if end is not None and s.m.end <= pm.start and pm.end < end
           and not pm.base_cue and not pm.args.get("target") and pm.kind not in ("rel", "same")]
    return Decision(own[0][1], _span(own[0][0]), own[0][2]) if own else None


# "the $6.1 billion it made in ", "the $14.82 billion earned during ": a definite figure, then
# a clause with no comma that tells what became of it (a pronoun subject and its verb, or a
# participle) up to a preposition of time
_DEFINITE_FIGURE_BEFORE = re.compile(r"\bthe\s+(?:[a-z]+\s+)?$", re.I)
_CONTACT_CLAUSE_AFTER = re.compile(r"\s+(?:(?:that|which)\s+)?(?:(?:it|they|we|he|she)\s+(?:had\s+|has\s+|have\s+)?[a-z]+|[a-z]+ed)"
                                   r"\s+(?:in|during|over|for)\s+(?:the\s+)?", re.I)


@rule("period", "contact-clause", "text")
def contact_clause(s: Site):
    """"more than four times the $6.1 billion it made in 2020", "lower than the $14.82 billion
    earned in the last quarter of 2012": a clause right after a definite figure, with no comma
    (a pronoun and its verb, or a participle), dates that figure by its own period, not by the
    sentence's period before it (which dates the figure it is compared with)."""
    if s.kind != "amount" or not _DEFINITE_FIGURE_BEFORE.search(s.text, max(s.sent.start, s.m.start - 12), s.m.start):
        return None
    after = next(((pm, p, h) for pm, p, h in s.resolved if pm.start >= s.m.end), None)
    if after is None or after[1] is None or after[0].base_cue or after[0].kind in ("rel", "same") \
            or not _CONTACT_CLAUSE_AFTER.fullmatch(s.text, s.m.end, after[0].start):
        return None
    return Decision(after[1], _span(after[0]), after[2])


def _in_figures_clause(s: Site, pm) -> bool:
    """Whether the period stands, after a figure, in a relative clause closed before this
    figure: it dates that clause's figure, not the main clause's one after it."""
    opener = _RELATIVE_OPENER.search(s.text, max(s.sent.start, pm.start - 80), pm.start)
    return bool(opener and any(opener.start() < a.start < pm.start for a in s.ms.get("amount", []))
                and re.fullmatch(r"[^,;()]*,[^,;()]*", s.text[pm.end:s.m.start]))


@rule("period", "before-figure", "text")
def before_figure(s: Site):
    """The nearest period before the figure in its sentence; a comparison base ("than in
    2021") still dates a figure that follows it ("... than in 2021 ($33mn)")."""
    if s.kind not in ("amount", "share"):
        return None
    before = _amount_before(s) if s.kind == "amount" else _free_before(s)
    before = [x for x in before if not _in_figures_clause(s, x[0]) and not _in_closed_figure_bracket(s, x[0])]
    while before and names_publication(s.text, before[-1][0].start, before[-1][0].end):
        # ("The Economic Survey 2023 ... shows Africa took 30.2 per cent": the survey's name,
        # the year it came out, dates no figure; vocab/publication_names.csv)
        before.pop()
    if s.kind == "share" and before and before[-1][0].base_cue and _BASE_THEN_SHARE.fullmatch(s.text, before[-1][0].end, s.m.start):
        # "up 5.2% from a year earlier and 40% of the country's total": the change's base
        # right before, joined by "and", dates no share after it
        before = before[:-1]
    if not before:
        return None
    pm, p, h = before[-1]
    if s.kind == "amount" and _turned_into_re().search(s.text, pm.end, s.m.start):
        # "The deficit of €3.1 billion in 2015 has since turned into a surplus of €1.2
        # billion": the year dates the level before the turn; the new level is of the time
        # the text is at, not of that year
        return None
    present = _present_clause_re().search(s.text, pm.end, s.m.start) if pm.kind == "abs" else None
    if present is not None and s.ctx.published is not None and P.year_of(p) < P.year_of(s.ctx.published):
        # "In 2001 farm goods led; today cars are the largest item, at about $9bn": a clause
        # of the present after the one a past year dates; its figure is of the time of
        # publication, not of that year, and which year the text counts as today is a guess
        return Decision(P.of_year(P.year_of(s.ctx.published)), (present.start("w"), present.end("w")), "guess")
    if "span" in pm.args and s.kind == "amount":
        # "grew more than four times between 2016 and 2023, from $139 million to $634
        # million": a level is at one end of a span, never all of it
        if re.search(r"\bto\s+(?:about\s+|around\s+|some\s+)?$", s.before, re.I):
            return Decision(P.of_year(pm.args["span"][1]), _span(pm), h)
        if re.search(r"\bfrom\s+(?:about\s+|around\s+|some\s+)?$", s.before, re.I):
            return Decision(P.of_year(pm.args["span"][0]), _span(pm), h)
        return None
    if pm.kind in ("rel", "same") and P.years_until_published(pm, s.ctx.published) is None:
        p2, h2 = _resolve_against(s, pm, before[:-1])
        if p2 is not None:
            return Decision(p2, _span(pm), h2)
    return Decision(p, _span(pm), h)


# a bracket that holds a figure and then its own period: "(1926,8 MD in 2016)"
_FIGURE_THEN_PERIOD_BRACKET = re.compile(r"\([^()]*\d[^()]*$")


# a bracket opened by a period as the label of the figure after it: "(2024: CHF 53.1 billion)"
_PERIOD_LABEL_OPENS_BRACKET = re.compile(r"\(\s*$")
_LABELLED_FIGURE = re.compile(r"\s*:[^()]*\d")


def _in_closed_figure_bracket(s: Site, pm) -> bool:
    """Whether the period is in a bracket that also holds a figure and closes before the
    figure ("Imports rose by 31% to 2523,4 MD (1926,8 MD in 2016), while exports ... to
    411,6 MD"; "rose by 17.3% to CHF 62.3 billion (2024: CHF 53.1 billion), giving the US a
    share of 21.5%"): it dates that bracket's earlier level only, not the clauses after it."""
    close = s.text.find(")", pm.end, s.m.start)
    if close == -1 or "(" in s.text[pm.end:close]:
        return False
    if _FIGURE_THEN_PERIOD_BRACKET.search(s.text, max(s.sent.start, pm.start - 40), pm.start) is not None:
        return True
    return (_PERIOD_LABEL_OPENS_BRACKET.search(s.text, max(s.sent.start, pm.start - 3), pm.start) is not None
            and _LABELLED_FIGURE.match(s.text, pm.end, close) is not None)


@functools.cache
def _turned_into_re() -> re.Pattern:
    """A turn from one level into another between the period and the figure, with no full stop
    or semicolon (vocab/turn_into_verbs.csv)."""
    words = vocab.alternation([r["phrase"] for r in vocab.table("turn_into_verbs")], ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{words})\b(?:\s+(?:an?|the)\b)?[^.;\d]*$", re.I)


@functools.cache
def _present_clause_re() -> re.Pattern:
    """A clause of the present opened after the dated one and before the figure, with no full
    stop or semicolon after its word ("; today cars are", ", but now exports are":
    vocab/present_time_openers.csv; not "today's money", a possessive)."""
    words = vocab.alternation([r["phrase"] for r in vocab.table("present_time_openers")], ignore_case=True, space=r"\s+")
    return re.compile(rf"(?:[;,:]|\b(?:but|while|whereas|and))\s+(?P<w>{words})\b(?!['’])[^.;\d]*$", re.I)


# the change's base, then "and" and the share: "from a year earlier and 40%"
_BASE_THEN_SHARE = re.compile(r",?\s+and\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?")


@rule("period", "just-after-figure", "text")
def just_after_figure(s: Site):
    """A period a few words after the figure, with no other figure between."""
    if s.kind not in ("amount", "share") or s.claim.measure == "other":
        return None  # (a project's date a few words on is rarely its value's period)
    # (not a record's horizon: "$9.1 billion, the smallest since 2003"; see extract.periods)
    later = [(pm, p, h) for pm, p, h in s.resolved if pm.start >= s.m.end and not pm.base_cue and not _change_footing(pm)
             and not pm.args.get("target")]
    if later and later[0][0].start - s.m.end < 60 and not re.search(r"[;$€£¥]|\d", s.text[s.m.end:later[0][0].start]) \
            and not _compared_level_re().search(s.text, s.m.end, later[0][0].start) \
            and not _policy_act_re().search(s.text, s.m.end, later[0][0].start) \
            and not _opens_next_figures_clause(s, later[0][0]) and not _owns_next_figure(s, later[0][0]):
        return Decision(later[0][1], _span(later[0][0]), later[0][2])
    return None


# a period's possessive right before a figure: "2018's DKK 4.0 billion", "last year's record $3bn"
_POSSESSIVE_OF_FIGURE = re.compile(r"['’]s\s+(?:[a-z-]+\s+){0,2}?(?:[$€£¥]|[A-Z]{2,3}\$?\s?\d|\d)")


def _owns_next_figure(s: Site, pm) -> bool:
    """"market at $7.8bn, nearly double 2018's $4.0bn": a period in the possessive before a
    figure of its own dates that figure (the base of the comparison), not the one before it."""
    return s.text.startswith(("'", "’"), pm.end) and _POSSESSIVE_OF_FIGURE.match(s.text, pm.end) is not None


@functools.cache
def _clause_opener_gap_re() -> re.Pattern:
    """", while in ", ", whereas during ": a comma and a conjunction that opens another clause
    (vocab/clause_openers.csv), then at most a preposition before a period."""
    words = vocab.alternation(sorted(vocab.clause_openers()), ignore_case=True)
    return re.compile(rf",\s*(?:{words})\s+(?:(?:in|during|for|over|at|by)\s+)?(?:the\s+)?$", re.I)


def _opens_next_figures_clause(s: Site, pm) -> bool:
    """"The coverage was 55.6%, while in the same period of 2023 it was 59.1%": a period that
    opens the next clause, which has a figure of its own after it, dates that figure, not the
    one before the conjunction."""
    return opens_a_figures_clause(s.text, s.m.end, pm, s.sent.end, s.ms)


def opens_a_figures_clause(text: str, after: int, pm, sent_end: int, ms: dict) -> bool:
    """Whether the period opens a clause after a conjunction (", while in the same period of
    2018 it was 18.0%") that lies between `after` and the period and holds a figure of its
    own: the period dates only that clause's figure."""
    if not _clause_opener_gap_re().search(text, after, pm.start):
        return False
    return any(pm.end <= x.start < sent_end for k in ("amount", "percent") for x in ms.get(k, []))


@functools.cache
def _policy_act_re() -> re.Pattern:
    """"fell to $4.6 billion following the ban on shipments imposed in July 2023": a participle
    of a policy act (vocab/policy_act_participles.csv) right before the period, which then
    dates the act, not the figure."""
    words = vocab.alternation(vocab.policy_act_participles(), ignore_case=True)
    return re.compile(rf"\b(?:{words})\s+(?:in|on|since|from|during)?\s*(?:the\s+)?$", re.I)


@functools.cache
def _compared_level_re() -> re.Pattern:
    """"USD 778 billion, were close to the all-time high achieved in 2022-23": words that set
    the figure beside another level, whose time the period after them is (vocab/
    compared_level_cues.csv)."""
    words = vocab.alternation(vocab.compared_level_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{words})\b", re.I)


# "imports of $902 million exceeded exports of $484 million, resulting in a deficit of $418
# million in March": the period said once, after the clause's last level, dates them all
# a level compared with another in the run ("$363 million, against a small surplus of $130
# million in 2019"): the period is the other's
@functools.cache
def _compared_in_run_re() -> re.Pattern:
    """A word that breaks a run of levels (vocab/run_break_words.csv): "against", "after"."""
    words = vocab.alternation(vocab.run_break_words(), ignore_case=True)
    return re.compile(rf"\b(?:{words})(?!\w)", re.I)


# a bracket that opens on a level and closes right after the period: "(EUR 2.9 billion in 2024)",
# "(+790 million euros in September 2018)"
_BRACKET_OPENED_ON_LEVEL = re.compile(r"\(\s*[+-]?[^()\d]{0,8}\d[^()]*$")
_BRACKET_CLOSES = re.compile(r"\s*\)")


def dates_a_bracketed_level(text: str, pm) -> bool:
    """"The deficit was EUR 2.2 billion (EUR 2.9 billion in 2024)": a period that closes a
    bracket opened on a level of its own dates that level (an earlier one set beside the
    figure), neither the figure before the bracket nor the sentences after it."""
    return _BRACKET_CLOSES.match(text, pm.end) is not None \
        and _BRACKET_OPENED_ON_LEVEL.search(text, max(0, pm.start - 50), pm.start) is not None


_PERIOD_RIGHT_AFTER = re.compile(r"\s*(?:in|during|for|over)?\s*$", re.I)


@rule("period", "clause-end", "text")
def clause_end(s: Site):
    """A period after the last of a run of levels, with no period before the figure in its
    sentence: the run's period (not when a level of the run is compared with another: "$5bn,
    against $4bn in March" dates only the earlier level)."""
    if s.kind != "amount" or s.claim.measure == "other":
        return None
    if any(pm.start < s.m.start for pm, _, _ in s.resolved if pm.start >= s.sent.start):
        return None
    later = [(pm, p, h) for pm, p, h in s.resolved if pm.start >= s.m.end]
    if not later:
        return None
    pm, p, h = later[0]
    if pm.base_cue or _change_footing(pm) or pm.args.get("target") or pm.kind in ("rel", "same"):
        return None
    if s.ms.get("percent") and any(s.m.end <= x.start < pm.start for x in s.ms["percent"] + s.ms.get("multiple", [])):
        return None
    run = [a for a in s.ms.get("amount", []) if s.m.end <= a.start < pm.start]
    if not run or re.search(r"[;:\n]", s.text[s.m.end:pm.start]) or _compared_in_run_re().search(s.text, s.m.end, pm.start):
        return None
    if "(" in s.text[s.m.end:pm.start] and dates_a_bracketed_level(s.text, pm):
        return None  # ("EUR 2.2 billion (EUR 2.9 billion in 2024)": the bracketed earlier level's year)
    ends = [s.m.end] + [a.end for a in run]
    if any(EARLIER_LEVEL_BEFORE.search(s.text, max(s.sent.start, a.start - 40), a.start) for a in run):
        return None
    if not _PERIOD_RIGHT_AFTER.fullmatch(s.text, ends[-1], pm.start):
        return None
    return Decision(p, _span(pm), h)


# ---------------------------------------------------------------------------------------
# Periods of changes and multiples


def _relation_main(s: Site) -> list:
    return _kept(s, "_relation_main", _read_relation_main)


def _read_relation_main(s: Site) -> list:
    return [(pm, p, h) for pm, p, h in _free_before(s)
            if not pm.base_cue and pm.kind != "rel" or pm.args.get("w") in ("last year", "this year", "last month")]


_PRONOUN_SUBJECT = re.compile(r"\s*(?:They|It|These|Those|This)\b(?!\s+(?:year|month|quarter|week|is|was)\b)")


def _levels(s: Site):
    """The (new, old) levels a change right after them compares: "rose to $44.0m from
    $23.6m, up 86.9%", "from $71.8m to $127.6m, up 77.7%"."""
    p = s.prev
    if s.kind not in ("multiple", "percent_change"):
        return None
    if p is None and s.state.levels is not None and _PRONOUN_SUBJECT.match(s.text, s.sent.start) \
            and s.state.levels[0].measure == s.claim.measure:
        return s.state.levels  # "... from $11.93 billion in 2014-15. They rose 78.2%"
    if p is None or p.kind != "amount":
        return None
    # "..., up 86.9%", "... last year, up 86.9%": the change follows the levels' clause
    # (or a dash: "against £194bn in 2019 — a fall of 9 per cent"; or a colon after an aside
    # on the earlier year: "against £172bn in 2018, the year before the change: a fall of 10%")
    comma = max(s.gap.rfind(","), s.gap.rfind("—"), s.gap.rfind("–"), s.gap.rfind(":"))
    if not (s.continued or (comma >= 0 and CONTINUE_CHANGE.match(s.gap[comma + 1:])
                            and not re.search(r"[$€£¥;%]|\d[\d,.]*\s*(?:bn|mn|billion|million|trillion)", s.gap[:comma]))):
        return None
    if "_earlier_of" in p.extra:
        return _in_time_order(p.extra["_earlier_of"], p)
    if "_later_of" in p.extra:
        return _in_time_order(p, p.extra["_later_of"])
    return None


def _in_time_order(new, old):
    """(new, old) unless the "earlier" level is dated after the "later" one: "surpasses the
    previous high of $9bn set in 2021 and is up from $8bn in 2022, an increase of 46%" sets
    the 2022 level against the subject, not against the 2021 high, so the change is no
    change between those two."""
    a, b = P.parse(new.period), P.parse(old.period)
    if a is not None and b is not None and a[1] < b[0]:
        return None
    return new, old


def _years_span(s: Site):
    """"grew 632 percent between 1998 and 2005": a span of years right after the change, or
    before it in its clause, as (mention, first year, last year). "Over the past six years,
    trade has more than doubled" (published in 2024) runs from 2017 to 2023: the whole years
    before publication, measured from the year before the first of them."""
    for pm, p, h in s.resolved:
        if "span" in pm.args and (s.m.end <= pm.start <= s.m.end + 40 or s.prev_end <= pm.start < s.m.start):
            return pm, pm.args["span"][0], pm.args["span"][1]
        if s.prev_end <= pm.start < s.m.start and not pm.base_cue:
            years = P.years_until_published(pm, s.ctx.published)
            if years is not None:
                last = P.year_of(years)
                return pm, last - pm.args["years"], last
    return None


@rule("period", "span-end", "text")
def span_end(s: Site):
    """A change over a span of years is about its last year."""
    if s.kind not in ("multiple", "percent_change"):
        return None
    span = _years_span(s)
    return Decision(P.of_year(span[2]), _span(span[0])) if span else None


@rule("period", "change-of-levels", "context")
def change_of_levels(s: Site):
    """A change given after the two levels it compares is about the later one's period."""
    lv = _levels(s)
    if lv is not None and lv[0].period:
        return Decision(P.parse(lv[0].period), (lv[0].start, lv[0].end), lv[0].basis.get("period"))
    return None


@rule("period", "same-months-this-year", "text")
def same_months_this_year(s: Site):
    """"Exports during April-October of FY24 were Rs 20.25 lakh crore, implying growth of 4.0
    per cent this fiscal": a change said to be of this (fiscal) year, after a figure of part
    of the year before, is of the same months this year (not the whole year, nor the part
    before it)."""
    if s.kind not in ("multiple", "percent_change"):
        return None
    glued = next(((pm, p, h) for pm, p, h in s.resolved if pm.start >= s.m.end), None)
    if glued is None or not re.fullmatch(r"\s+(?:(?:in|during|for|over)\s+)?", s.text[s.m.end:glued[0].start]):
        return None
    pm, now, _ = glued
    this_year = (pm.kind == "fy_rel" and pm.args.get("offset") == 0) or (pm.kind == "rel" and pm.args.get("w") == "this year")
    main = _relation_main(s)
    if not this_year or not main or now is None:
        return None
    part = main[-1][1]
    moved = P.shift(part, 12)
    if P.months(part) >= P.months(now) or not P.contains(now, moved):
        return None
    return Decision(moved, _span(pm))


# "fell to ¥56bn, after more than doubling the previous year": a change set after the
# figure by "after"/"following" and a verb in -ing, then a year-earlier phrase with no
# preposition before it (not "over the previous year", which names the base)
_EARLIER_CHANGE_OPENER = re.compile(r"\b(?:after|following)\s+(?:[a-z]+\s+){0,3}$", re.I)
_YEAR_BACK_FROM_FIGURE = ("the previous year", "the prior year", "the preceding year", "the year before", "the year earlier",
                          "a year earlier", "a year before")


@rule("period", "earlier-change-after", "text")
def earlier_change_after(s: Site):
    """"exports fell slightly to ¥56.1 billion, after more than doubling the previous
    year": a change told after "after" and a verb in -ing, dated by a year-earlier phrase
    right after it, is the change of the year before the sentence's figure (of the year
    before the text's period when none came before), not of that figure's year."""
    if s.kind not in ("multiple", "percent_change") or "ing" not in s.text[max(s.sent.start, s.m.start - 40):s.m.end]:
        return None  # (its "-ing" checked first: cheap)
    opener = _EARLIER_CHANGE_OPENER.search(s.text, max(s.sent.start, s.m.start - 40), s.m.start)
    if opener is None or not re.search(r"\w+ing\b", s.text[opener.start():s.m.end]):
        return None
    pm = next((pm for pm, p, h in s.resolved if pm.start >= s.m.end), None)
    if pm is None or pm.kind != "rel" or pm.args.get("w") not in _YEAR_BACK_FROM_FIGURE \
            or not re.fullmatch(r"\s+(?:in\s+)?", s.text[s.m.end:pm.start]):
        return None
    ref = P.parse(s.prev.period) if s.prev is not None and s.prev.period else s.state.period
    if ref is None or P.months(ref) != 12:
        return None
    return Decision(P.shift(ref, -12), _span(pm))


@rule("period", "right-after-change", "text")
def right_after_change(s: Site):
    """"after a revised 3.5% rise in January": a period right after the change and its noun
    binds tighter than one earlier in the sentence."""
    if s.kind not in ("multiple", "percent_change"):
        return None
    for pm, p, h in s.resolved:
        if pm.start >= s.m.end and not pm.base_cue and p is not None and not _change_footing(pm):
            if re.fullmatch(r"\s+(?:(?:rise|increase|growth|gain|fall|drop|decline|decrease|expansion|contraction|jump)\s+)?(?:(?:recorded|registered|seen|posted)\s+)?(?:in|during|for)\s+(?:the\s+)?", s.text[s.m.end:pm.start], re.I):
                return Decision(p, _span(pm), h)
            if pm.kind == "rel" and pm.args.get("w") in ("last year", "this year", "last month") and re.fullmatch(r"\s+", s.text[s.m.end:pm.start]):
                # "In August, ... he said trade was soaring by nearly 60% last year": the
                # words glued to the change date it, not the day it was said
                return Decision(p, _span(pm), h)
            return None
    return None


@rule("period", "same-as-change-before", "context")
def same_as_change_before(s: Site):
    """"exports grew 10.7% from R139.4 billion in January, while imports fell 14.8% over the
    same period": the period of the change the sentence gave before."""
    rel = s.last_relation
    if s.kind not in ("multiple", "percent_change") or rel is None or rel.sentence != s.sent.index or not rel.period:
        return None
    same = next((pm for pm, p, h in s.resolved if pm.kind == "current" and 0 <= pm.start - s.m.end < 30), None)
    if same is None or re.search(r"[,:;]", s.text[s.m.end:same.start]):
        return None
    return Decision(P.parse(rel.period), _span(same), rel.basis.get("period"))


# the words around the level a change ran to, before that level's period: " to " (and a
# hedge) before it; after it perhaps the same level in another currency in brackets, then
# "in"/"during" ("rose 9% to NZ$2,104.5 million (US$1,262 million) in 2023")
_TO_LEVEL_OPEN = re.compile(rf"\s+to\s+{HEDGE}", re.I)
_RESTATED_BRACKET_OPEN = re.compile(r"\s*\(\s*(?:or\s+|about\s+|around\s+|some\s+|approximately\s+)?", re.I)
_LEVEL_THEN_IN = re.compile(r"\s*\)?\s*(?:in|during|for)\s+(?:the\s+)?", re.I)


def _footing_right_after(s: Site) -> int:
    """Where the words after a change begin once a footing right after it is passed over
    ("fell 18.4% month-on-month to $35.5 billion in February": the footing says what the
    change is measured on, the level after it still dates it); the change's end if none."""
    for pm, _, _ in s.resolved:
        if pm.start >= s.m.end and _change_footing(pm) and not s.text[s.m.end:pm.start].strip():
            return pm.end
    word = _YEAR_FOOTING_AFTER.match(s.text, s.m.end)
    return word.end() if word else s.m.end


# a footing word that is no period of its own, right after a change ("rose 11.1 percent
# on-year to $126.5 billion")
_YEAR_FOOTING_AFTER = re.compile(r"\s+on[\s-]year\b", re.I)


def _reached_level_dated(s: Site):
    """(mention, period, how) of the period right after the level a change ran to ("fell by
    1.5% to $6,665.6 million in 2023 from $6,769.8 million in 2022"), else None."""
    if s.kind not in ("multiple", "percent_change"):
        return None
    end = _footing_right_after(s)
    if " to " not in s.text[end:end + 6]:
        return None  # (cheap: "to" right after the change checked first)
    after = next(((pm, p, h) for pm, p, h in s.resolved if pm.start >= end), None)
    if after is None or after[1] is None or after[0].base_cue or after[0].kind in ("rel", "same") or "span" in after[0].args:
        return None
    pm = after[0]
    levels = [x for x in s.ms.get("amount", []) if end <= x.start and x.end <= pm.start]
    if not 1 <= len(levels) <= 2 or not _TO_LEVEL_OPEN.fullmatch(s.text, end, levels[0].start):
        return None
    if len(levels) == 2 and not _RESTATED_BRACKET_OPEN.fullmatch(s.text, levels[0].end, levels[1].start):
        return None
    closing = s.text[levels[-1].end:pm.start]
    if not _LEVEL_THEN_IN.fullmatch(closing) or (")" in closing) != (len(levels) == 2):
        return None
    return after


@rule("period", "reached-level-dated", "text")
def reached_level_dated(s: Site):
    """"Exports decreased by 1.5% to $6,665.6 million in 2023 from $6,769.8 million in 2022":
    a change that runs to a level dated right after it is of that level's period, however
    long the figure (a thousands comma is no clause break), when the sentence names no period
    before the change ("In 2022, ..." is read by before-change)."""
    if any(not _dates_a_level_before(s, pm) for pm, _, _ in _relation_main(s)):
        return None
    found = _reached_level_dated(s)
    return Decision(found[1], _span(found[0]), found[2]) if found else None


def _dates_a_level_before(s: Site, pm) -> bool:
    """Whether a period before a change dates a level of the sentence right before it ("rose
    11.1 percent on-year to $126.5 billion in the first half, but fell 14.0 percent to $106.4
    billion in the July-December period"): that level's own date, not the later change's."""
    return any(s.sent.start <= x.end <= pm.start and _LEVEL_THEN_IN.fullmatch(s.text, x.end, pm.start)
               for x in s.ms.get("amount", []))


@rule("period", "after-change", "text")
def after_change(s: Site):
    """"rose 12% in 2023": a period right after the change, when none comes before it. So
    too for a change in money ("widened by 3.2 billion pounds to 7.5 billion pounds in the
    three months to July"): the period that dates the level it reached dates it."""
    if not (s.kind in ("multiple", "percent_change") or _absolute_change(s)) or _relation_main(s):
        return None
    after = [(pm, p, h) for pm, p, h in s.resolved if pm.start >= s.m.end and not pm.base_cue
             and (pm.kind != "rel" or pm.args.get("w") in ("last year", "this year", "last month"))
             and pm.start - s.m.end < 30 and not re.search(r"[,:;]", s.text[s.m.end:pm.start])
             and not _dates_the_level_multiplied(s, pm) and not _BRACKETED_FIGURE_BEFORE.search(s.text, s.m.end, pm.start)
             and not _owns_next_figure(s, pm)]
    if after and re.search(r"\b(?:from|over)\s+(?:the\s+|a\s+)?(?:[$€£¥]|[A-Z]{1,3}\$?\s?\d|\d)", s.text[s.m.end:after[0][0].start]):
        # "fallen by 23 per cent from the $7bn reached in 2022 to $5.4bn in 2023": that
        # period is the earlier level's; the change is about the one after "to" (so too
        # "grew 1.92 per cent over USD 110.06 billion in Q1 of 2024-25": the level's)
        to = re.compile(r"\bto\s+(?:a\s+|about\s+|around\s+)?(?:[$€£¥]|[A-Z]{1,3}\$?\s?\d|\d)")
        later = [(pm, p, h) for pm, p, h in s.resolved if pm.start > after[0][0].end and pm.start - after[0][0].end < 60
                 and to.search(s.text, after[0][0].end, pm.start)]
        if later:
            return Decision(later[0][1], _span(later[0][0]), later[0][2])
        return None
    if after:
        return Decision(after[0][1], _span(after[0][0]), after[0][2])
    return None


# "-21% y/y (€10.6bn in Jan-Sep 2025)": a bracket opened on a figure between the change and
# the period; the period dates that figure, the earlier level, not the change
_BRACKETED_FIGURE_BEFORE = re.compile(r"\(\s*[^()\d]{0,4}\d[^()]*$")


def _dates_the_level_multiplied(s: Site, pm) -> bool:
    """"The total is nearly 2.3 times the Dh107bn recorded in 2021": the year after a
    multiple's level dates that level (its base, see base_after), not the multiple, which is
    about the figure the sentence before gave."""
    return s.kind == "multiple" and bool(_TIMES_LEVEL_THEN.fullmatch(s.text, s.m.end, pm.start)) \
        and (bool(re.search(r"\d", s.text[s.m.end:pm.start])) or bool(_LEVEL_NOUN_AFTER.match(s.text, pm.end)))


# "360 times the 1978 level": the period names the level multiplied, as its attribute
_LEVEL_NOUN_AFTER = re.compile(r"[^\S\n]+(?:level|figure|value|total)s?\b", re.I)


def _absolute_change(s: Site) -> bool:
    """A change in money ("up $3bn", "widened by 3.2 billion pounds")."""
    return s.kind == "amount" and "change_of" in s.claim.extra


# "it has grown by 41% since.", "up 80% since then": a change since the time named before it,
# with nothing after "since" to say when that was
_SINCE_BARE = re.compile(r"\s+since(?:\s+then)?\s*(?=[.;,!?)]|$)", re.I)


def _since_named(s: Site):
    """"In 2013-14, trade stood at $59.2 billion; it has grown by 41% since": (the period named
    before the change, the one the text is about) when that is later, else None."""
    if s.kind not in ("multiple", "percent_change") or "since" not in s.text[s.m.end:s.m.end + 12].lower() \
            or not _SINCE_BARE.match(s.text, s.m.end, s.sent.end):
        return None
    main = _relation_main(s)
    now = s.state.period_in(s.sent.paragraph) or s.ctx.main_period
    if not main or main[-1][1] is None or now is None or P.year_of(now) <= P.year_of(main[-1][1]):
        return None
    return main[-1], now


@functools.cache
def _consequence_clause_re() -> re.Pattern:
    """From the end of a dated level to its change: the level's period, a comma, a cue of
    vocab/consequence_cues.csv, the subject ("it", "the deficit") and the verb ("which means
    it widened by "); the period's own words are matched loosely, it is checked apart."""
    cues = vocab.alternation(vocab.consequence_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s+(?:in|for|during|at\s+end)\s+[^,;:.\d]{{0,20}}\d{{4}}(?:[/-]\d{{2,4}})?\s*,\s*(?:{cues})\s+(?:that\s+)?"
                      rf"(?:it|the\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:has\s+|had\s+)?[a-z]+\s+(?:by\s+)?{HEDGE}$", re.I)


def _consequence_of_earlier_level(s: Site):
    """"The deficit stood at N$25.4 billion in 2024, which means it widened by 7.1%": a change
    a clause draws from the level right before it, a level dated before the period the text
    is on, runs from that level to the text's period. ((the level's period mention, period,
    how), the text's period), else None."""
    p = s.prev
    if s.kind not in ("multiple", "percent_change") or p is None or p.kind != "amount" or p.start < s.sent.start \
            or "," not in s.text[p.end:s.m.start]:
        return None  # (cheap: a level before the change in its sentence, a comma between)
    if not _consequence_clause_re().fullmatch(s.text, p.end, s.m.start):
        return None
    dated = [(pm, per, h) for pm, per, h in s.resolved if p.end <= pm.start and pm.end <= s.m.start]
    now = s.state.period_in(s.sent.paragraph) or s.ctx.main_period
    if len(dated) != 1 or dated[0][1] is None or now is None or not dated[0][1][1] < now[0]:
        return None
    return dated[0], now


@rule("period", "consequence-of-earlier-level", "context")
def consequence_of_earlier_level(s: Site):
    """A change drawn ("which means") from a level dated before the text's period is of the
    text's period: the level is its base, the text's own level its end."""
    found = _consequence_of_earlier_level(s)
    return Decision(found[1]) if found else None


@rule("period", "since-named", "context")
def since_named(s: Site):
    """A change since the time the sentence named is of the time the text is about: the
    growth is up to now, not in the year it grew from."""
    found = _since_named(s)
    return Decision(found[1]) if found else None


@rule("period", "before-change", "text")
def before_change(s: Site):
    """"In 2023, exports rose 12%": the nearest period before the change."""
    if s.kind not in ("multiple", "percent_change"):
        return None
    main = _relation_main(s)
    if main and _latest_figure_between(s, main[-1][0].end):
        return None  # ("In the previous year ... so the latest figure was down 12.8%": the newest period's)
    if len(main) > 1 and _dates_a_compared_level(s, main[-2][0].end, main[-1][0].start):
        # ("shipments reached 36,230 tonnes last year, compared with 18,790 tonnes in 2013,
        # while their value rose 147 percent": the last period dates the level compared with,
        # the change is of the time the sentence's own level is in)
        main = main[:-1]
    if main:
        later = _later_over(s, main[-1][1])
        if later is not None:
            return Decision(later[1], _span(later[0]), later[2])
        return Decision(main[-1][1], _span(main[-1][0]), main[-1][2])
    return None


def _dates_a_compared_level(s: Site, start: int, pos: int) -> bool:
    """Whether the period at `pos` dates a level set beside the sentence's own after `start`:
    a cue of vocab/compared_level_cues.csv, then a figure, then the period ("compared with
    18,790 tonnes in 2013")."""
    cue = _compared_level_re().search(s.text, start, pos)
    return cue is not None and _FIGURE_THEN_PERIOD.search(s.text, cue.end(), pos) is not None


# a figure, a unit or two and the preposition of the period after it ("18,790 tonnes in ")
_FIGURE_THEN_PERIOD = re.compile(r"\d[\d,.]*(?:\s+[a-z]+){0,2}\s+(?:in|of|for|during)\s+(?:the\s+)?$", re.I)


@functools.cache
def _latest_figure_re() -> re.Pattern:
    words = vocab.alternation(vocab.latest_figure_subjects(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{words})\b", re.I)


def _latest_figure_between(s: Site, start: int) -> bool:
    """Whether a subject naming the text's newest figure ("so the latest figure was down")
    stands between the period before a change and the change: the period dates the clause
    before, an earlier figure, and the change is of the newest one."""
    gap = s.text[start:s.m.start]
    return ("latest" in gap or "new" in gap or "this year" in gap) and _latest_figure_re().search(gap) is not None


def _later_over(s: Site, before):
    """"soaring by 60% last year, with volumes doubling over January-May 2022": a period
    after "over" that ends later than the one before the change cannot be its base (a base
    comes first), so it is the time the change happened in."""
    for pm, p, h in s.resolved:
        if pm.start >= s.m.end and pm.base_cue and p is not None and before is not None \
                and re.fullmatch(r"\s+over\s+(?:the\s+)?", s.text[s.m.end:pm.start], re.I) and p[1] > before[1]:
            return pm, p, h
        if pm.start >= s.m.end:
            return None
    return None


# ---------------------------------------------------------------------------------------
# From the discourse


# "m/m", "month-on-month", "on the month": a change measured on the month before
_MONTH_FOOTING = re.compile(r"month[\s-](?:on|over)[\s-]month|m/m|mom|o(?:n|ver) the month", re.I)


@rule("period", "month-footing", "context")
def month_footing(s: Site):
    """"In the three months to October the goods deficit widened ... Exports to the EU fell
    5.2% m/m": a sentence whose own footing is the month before is on the last month the
    text named, not on the longer period the sentence before it was about."""
    now, last = s.state.period_in(s.sent.paragraph), s.state.last_month
    if now is None or last is None or now[0] == now[1] or last[1] != now[1]:
        return None
    footing = next((pm for pm, _, _ in s.resolved if pm.kind == "rel" and _MONTH_FOOTING.fullmatch(pm.args.get("w", ""))), None)
    return Decision(last, None) if footing is not None else None


@rule("period", "figure-dated-later", "text")
def figure_dated_later(s: Site):
    """"The €63 billion figure refers to 2023": the text names the year of a figure it gave
    (the claim a fact check quotes, '"We have a surplus of €63 billion"'); every mention of
    that figure is of that year (vocab/figure_period_cues.csv)."""
    if s.kind != "amount":
        return None
    dated = _figures_dated(s.text)
    if not dated:
        return None
    key = re.sub(r"\s+", " ", s.m.text.strip().lower())
    at = dated.get(key)
    return Decision(P.of_year(at[0]), at[1]) if at is not None else None


@functools.lru_cache(maxsize=8)
def _figures_dated(text: str) -> dict:
    """{figure's words (lower case): (year, (start, end) of the year)} for each "the <figure>
    figure refers to <year>" in the text (read once a text)."""
    if "figure" not in text and "number" not in text:
        return {}
    out = {}
    for m in _figure_dated_re().finditer(text):
        out.setdefault(re.sub(r"\s+", " ", m["fig"].strip().lower()), (int(m["year"]), (m.start("year"), m.end("year"))))
    return out


@functools.cache
def _figure_dated_re() -> re.Pattern:
    return re.compile(rf"\b(?:the|that|this)\s+(?P<fig>(?:[$€£¥]|[A-Z]{{1,3}}\$)\s?[\d.,]+(?:\s*(?:bn|billion|mn|million|trillion|trn))?)"
                      rf"\s+{figure_for_its_period()}\s+(?:the\s+year\s+)?(?P<year>(?:19|20)\d\d)\b(?![-–/])", re.I)


@rule("period", "event-window", "text")
def event_window(s: Site):
    """"Traders said sales had "fallen by half" during the closure": a change dated by an
    event's span right after it (vocab/event_windows.csv), and by no period of its own, is
    over those weeks, not over the period the text is about: its period is not known."""
    if s.kind not in ("multiple", "percent_change"):
        return None
    mm = _event_window_re().match(s.text, s.m.end, min(s.sent.end, s.m.end + 60))
    return Decision(None, (mm.start("w"), mm.end("w"))) if mm else None


@functools.cache
def _event_window_re() -> re.Pattern:
    # the change's closing quote, "during"/"amid" and the event: '" during the closure'
    words = vocab.alternation(vocab.event_windows(), ignore_case=True)
    return re.compile(rf"[\"”’']?\s+(?:during|throughout|amid)\s+(?:the|a|its|this|that)\s+(?:[\w-]+\s+){{0,2}}?(?P<w>{words})\b", re.I)


@rule("period", "event-day-clause", "text")
def event_day_clause(s: Site):
    """"When the agreement was provisionally applied on 1 July 2011, the EU was running a
    deficit of €8.5 billion": a level in the main clause after a clause that opens the
    sentence and names an event's day (vocab/event_time_openers.csv), with no period of its
    own, is of that day's year, not of the year the text goes on about."""
    if s.kind not in ("amount", "share"):
        return None
    mm = _event_day_clause_re().match(s.text, s.sent.start, s.m.start)
    if mm is None:
        return None
    return Decision(P.of_year(int(mm["y1"] or mm["y2"])), (mm.start("d"), mm.end("d")))


@functools.cache
def _event_day_clause_re() -> re.Pattern:
    words = vocab.alternation(vocab.event_time_openers(), ignore_case=True)
    mon = "|".join(sorted((re.escape(m) for m in vocab.months()), key=len, reverse=True))
    day = rf"(?:[0-3]?\d(?:st|nd|rd|th)?\s+(?:{mon})\.?,?\s+(?P<y1>(?:19|20)\d\d)|(?:{mon})\.?\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+(?P<y2>(?:19|20)\d\d))"
    # the opener, the event's clause up to its day, the comma closing it, then the main
    # clause up to the figure with no date or figure of its own
    return re.compile(rf"[\"“‘']?(?:{words})\s+[^,;:.\d€$£¥]{{3,120}}?\b(?:on|from)\s+(?P<d>{day})\s*,[^\d;:.€$£¥]*$", re.I)


@functools.cache
def _vague_past_re() -> re.Pattern:
    words = vocab.alternation(vocab.vague_past_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{words})\b", re.I)


@functools.cache
def _vague_past_after_re() -> re.Pattern:
    words = vocab.alternation(vocab.vague_past_after_cues(), ignore_case=True, space=r"\s+")
    # (within the figure's own clause: no other figure, no semicolon or colon between; "on
    # average" and the like may come between)
    return re.compile(rf"[^\d;:]{{0,40}}?\b(?:{words})\b", re.I)


@rule("period", "vague-past", "guess")
def vague_past(s: Site):
    """"A few years ago China was taking more like a third of our dairy": a figure its
    sentence sets at some time back it does not date (vocab/vague_past_cues.csv), with no
    period of its own, is not of the period the talk is on; that period is only a guess. So
    is one whose clause says so after it ("which had not exceeded 2.6 billion USD on average
    over the previous decade", vocab/vague_past_after_cues.csv)."""
    if not _vague_past_re().search(s.text, s.sent.start, s.m.start) \
            and not _vague_past_after_re().match(s.text, s.m.end, s.sent.end):
        return None
    now = s.state.period_in(s.sent.paragraph) or s.ctx.main_period
    return Decision(now)


@rule("period", "discourse", "context")
def discourse(s: Site):
    """The period the text is talking about, carried from earlier sentences (or from the
    digression its paragraph is in)."""
    now = s.state.period_in(s.sent.paragraph)
    back = _period_pointed_back_to(s) if now else None
    if back is not None and back[0] != now:
        # ("in the period": the one the text named as a period, and the part of a month it
        # was, which check/system.py keeps apart from the whole month's figures)
        if back[1]:
            s.claim.extra["period_part"] = back[1]
        return Decision(back[0])
    if now:
        # right after a digression into part of the period, the text may still be on it
        guess = s.state.lapsed is not None and s.state.lapsed != now
        # "in the quarter": a quarter the words point back to, which a carried period of
        # another length is not (then the carried one is a guess)
        guess = guess or _points_to_other_span(s, now)
        if not guess and s.state.season is not None and s.state.season[0] == now:
            # (a season whose months are a guess: the figure is of the season that sentence
            # named, which check/_one_stated_period may set against that sentence's figures)
            s.claim.extra["_season_sentence"] = s.state.season[1]
        return Decision(now, None, "guess" if guess else None)
    if s.kind in ("multiple", "percent_change") and s.ctx.main_period:
        return Decision(s.ctx.main_period)
    return None


_BACK_TO_SPAN = re.compile(r"\b(?:in|during)\s+the\s+quarter\b", re.I)


def _points_to_other_span(s: Site, now) -> bool:
    """Whether the figure's sentence points back to a quarter ("in the quarter") while the
    carried period `now` is not one."""
    words = s.text[s.sent.start:s.sent.end]
    if "the quarter" not in words:
        return False  # (checked first: cheap)
    m = _BACK_TO_SPAN.search(words)
    if m is None:
        return False
    return now[1] - now[0] != 2


# "in the May 1-20 period", "for the January-April period": a period the words call "a
# period", which a later "in the period" points back to
_NAMED_AS_PERIOD = re.compile(r"[\s-]+period\b", re.I)


def note_named_period(text: str, resolved, state) -> None:
    """Keep the last period a sentence names as "a period" ("Exports reached $32.4 billion in
    the May 1-20 period"), stated in the text, for a later "in the period" to point back to."""
    for pm, per, how in resolved:
        if per is not None and how == "text" and not pm.base_cue and _NAMED_AS_PERIOD.match(text, pm.end):
            state.named_period = (per, pm.args.get("part"))  # (and the part of a month it is: "May 1-20")


# "accounting for 18.1 percent of total exports in the period", "for the period": the
# period the text named before, not one of its own (not "the period of", "the period from")
_BACK_TO_PERIOD = re.compile(r"\b(?:in|for|during|over)\s+the\s+period\b(?!\s+(?:of|from|between|to|since|under|in|ending|ended)\b)", re.I)


def _period_pointed_back_to(s: Site):
    """"Outbound shipments of semiconductors ... accounting for 18.1 percent of total
    exports in the period": a sentence that names no period and points back to "the
    period" is of the last one the text named as a period ("in the May 1-20 period"), where
    the discourse has moved to another since (the year of a cumulative figure)."""
    named = s.state.named_period
    if named is None or s.resolved or "the period" not in s.text[s.sent.start:s.sent.end].lower():
        return None  # (cheap tests first)
    if _BACK_TO_PERIOD.search(s.text, s.sent.start, s.sent.end) is None:
        return None
    return named


@rule("period", "article", "context")
def article(s: Site):
    """The article's main period (the first one its lead states)."""
    if s.ctx.main_period:
        return Decision(s.ctx.main_period)
    return None


@rule("period", "none", "guess")
def no_period(s: Site):
    """No period anywhere before the figure."""
    return Decision(None)


# rules that date the earlier level of a comparison, not the period the text is about
EARLIER_LEVEL_RULES = ("list-heading-versus", "named-base-level", "comparison-year-before", "earlier-possessive-bracket", "from-level-base", "from-level-cue", "from-level-parallel", "compared-level-parallel", "from-level-sibling", "from-level-last-comparison",
                       "from-level-year-before", "earlier-share")

PERIOD_RULES = (header_column, table_column, earlier_column, aligned_column_year, bracket_label, earlier_own_rate, bracket_sibling_label, bracket_key, bracket_split, target_year, parallel_bracket, restates_previous, level_after_change, change_to_dated_level, change_to_level_dated_after, change_after_dated_level, span_ends, named_base_level, comparison_year_before, earlier_possessive_bracket, from_level_base, from_level_cue,
                from_level_parallel, compared_level_parallel, revised_from, from_level_sibling, from_level_last_comparison, from_level_year_before, from_level_unsaid, earlier_share, change_between, spans_between, points_between, list_bracket, after_figure, change_noun_period, own_relative_clause, contact_clause, before_figure, just_after_figure, clause_end, table_span_end, span_end, change_of_levels, same_months_this_year, earlier_change_after, right_after_change, same_as_change_before, reached_level_dated, after_change, consequence_of_earlier_level, since_named, before_change,
                month_footing, figure_dated_later, event_window, event_day_clause, vague_past, list_heading_versus, total_of_listed_months, list_running_period, list_heading_year, discourse, article, no_period)


# ---------------------------------------------------------------------------------------
# Base periods of changes and multiples


@rule("base_period", "span-start", "text")
def span_start(s: Site):
    """... and compares with its first year."""
    span = _years_span(s)
    if span is None:
        return None
    if "span" not in span[0].args:
        # ("over the past six years": the years looked back over are no period the text
        # moves to; the sentences after it are still about the year in hand)
        s.used_as_base.add(_span(span[0]))
    return Decision(P.of_year(span[1]), _span(span[0]))


@rule("base_period", "same-span-start", "context")
def same_span_start(s: Site):
    """... and a change "over the same period" compares with the span's first period."""
    span, mention = s.state.span, s.state.span_mention
    if span is None or mention is None or s.kind not in ("multiple", "percent_change") or s.period != span[1]:
        return None
    return Decision(span[0], mention)


@rule("base_period", "change-between-base", "text")
def change_between_base(s: Site):
    """... and the earlier end is its base."""
    ends = _change_between(s)
    return Decision(ends[0], _span(ends[2])) if ends and ends[1] == s.period else None


@rule("base_period", "spans-between-base", "text")
def spans_between_base(s: Site):
    """... and the earlier span is its base."""
    ends = _spans_between(s)
    return Decision(ends[0], ends[2]) if ends and ends[1] == s.period else None


@rule("base_period", "points-between-base", "text")
def points_between_base(s: Site):
    """... and the earlier period is its base."""
    ends = _points_between(s)
    return Decision(ends[0], ends[2]) if ends and ends[1] == s.period else None


@rule("base_period", "levels-base", "context")
def levels_base(s: Site):
    """A change given after the two levels it compares: the earlier level's period."""
    lv = _levels(s)
    if lv is not None and lv[1].period and lv[1].period != lv[0].period:
        return Decision(P.parse(lv[1].period), (lv[1].start, lv[1].end), lv[1].basis.get("period"))
    return None


@rule("base_period", "bracket-after-two-levels", "text")
def bracket_after_two_levels(s: Site):
    """"EU exports of goods to Vietnam: €11.2 billion in 2019, €13.8 billion in 2023 (+23.2%)":
    a change in brackets right after the later of two dated levels of the same flow, listed
    with a comma between, compares them: its base is the earlier level's period, not the year
    before."""
    p = s.prev
    if s.kind not in ("percent_change", "multiple") or s.period is None or p is None or p.kind != "amount" \
            or p.measure != s.claim.measure or not re.search(r"\(\s*$", s.gap) or "," in s.gap or ")" in s.gap:
        return None
    dated = [(pm, per) for pm, per, _ in s.resolved if s.sent.start <= pm.start < p.start and per is not None]
    if not dated:
        return None
    pm, per = dated[-1]
    if not re.fullmatch(r"\s*,\s*(?:and\s+)?", s.text[pm.end:p.start]) \
            or not any(re.fullmatch(r"\s+in\s+", s.text[a.end:pm.start]) for a in s.ms.get("amount", []) if a.end <= pm.start):
        return None  # (the earlier level right before its year, the later one after the comma)
    return _checked(s, Decision(per, _span(pm)))


@rule("base_period", "as-much-as-earlier-level", "text")
def as_much_as_earlier_level(s: Site):
    """"In 2008 exports to Chile were worth $2.5 billion; in 2023 they reached $17.1 billion,
    eight times as much": a multiple that ends its clause on "as much", after two levels of
    different periods in its sentence, is of the earlier level, at the first of them."""
    if s.kind != "multiple" or s.period is None or not _AS_MUCH_END.match(s.text, s.m.end):
        return None
    if sum(1 for a in s.ms.get("amount", []) if s.sent.start <= a.start < s.m.start) < 2:
        return None
    earlier = [(pm, p, h) for pm, p, h in s.resolved if s.sent.start <= pm.start < s.m.start and p is not None
               and pm.kind not in ("rel", "same") and not pm.base_cue and p[1] < s.period[0]]
    if not earlier:
        return None
    pm, p, h = earlier[0]
    return _checked(s, Decision(p, _span(pm), h))


# "eight times as much." / "three times as large," ending its clause
_AS_MUCH_END = re.compile(r"(?:\s+as\s+(?:much|many|large|big|high))?\s*(?:[.;,)]|$)", re.I)


@rule("base_period", "index-base", "text")
def index_base(s: Site):
    """An index names its earlier level: "93.2% of the 2022 level", "104.1% of the level of
    the same period last year", "101.8% year-on-year". The period in or right after those
    words is the base; the next bracketed percentage of a list in the same terms ("imports
    $26.5 billion (106.6%)") has the base of the index before it."""
    c = s.claim
    if not c.extra.get("index"):
        return None
    like = c.extra.get("_index_like")
    if like is not None:
        return Decision(P.parse(like.base_period), (like.start, like.end), like.basis.get("base_period")) if like.base_period else None
    end = c.extra["_index_end"]
    for pm, p, h in s.resolved:
        if pm.start < s.m.end or p is None:
            continue
        if pm.start > end and not re.fullmatch(r"\s*(?:of|in|for)?\s*(?:the\s+)?", s.text[end:pm.start], re.I):
            break
        if pm.kind in ("rel", "same") and s.period is not None:
            p, h = P.resolve(pm, s.ctx.published, s.period, s.ctx.fiscal_start, s.ctx.fiscal_by_start)
            if p is None:
                continue
        s.used_as_base.add((pm.start, pm.end))  # (the earlier level's date dates nothing after it)
        return _checked(s, Decision(p, _span(pm), h))
    return None


# the currency spelt out after a level ("about 5.8 times the 7.55 billion dollars recorded in
# 2005", "up from 3.2 billion euros in 2019"): the level's date still follows
_SPELT_CURRENCY = r"(?:(?:U\.\s?S\.\s+|US\s+)?(?:dollars|euros|pounds|yuan|yen|francs|rupees|won|pesos|reais)\s+)?"


# "8.56 percent lower than the $24.06 billion shipped in November 2022": the period of the
# level the change is measured from
# ("13% below the record £6.2bn reached in 2022": "below" or "above" alone and an earlier
# level, maybe a record, with its year; the change runs from that level)
_THAN_LEVEL_THEN = re.compile(r"\s*(?:(?:lower|higher|less|more|below|above|up|down)?\s*(?:than|from|compared\s+(?:with|to)|against)|below|above)\s+"
                              r"(?:the\s+)?(?:(?:previous|earlier|prior|former|all-time)\s+)?(?:(?:record|peak)\s+(?:high\s+)?(?:of\s+)?)?"
                              r"[^\d\s.;]{0,4}\s?[\d.,]+\s*(?:bn|billion|mn|million|trillion|trn)?\s+" + _SPELT_CURRENCY +
                              r"(?:(?:shipped|exported|imported|sold|bought|spent|paid|recorded|registered|reported|seen|posted|reached|set|hit)\s+)?(?:in|of|during)\s+(?:the\s+)?"
                              # ("in the pre-pandemic year 2019-20": a word or two on what the year was)
                              r"(?:[a-z][\w-]*\s+(?:[a-z][\w-]*\s+)?year\s+)?", re.I)


# "3.4 times the $3.0bn recorded in 2021", "nearly three times the 2018 level", "four times the
# level of 2022": a multiple of a level named with its year takes that year as its base
# (or the earlier level after a colon: "the deficit did roughly double: it was $29.6 billion
# in 2009")
_TIMES_LEVEL_THEN = re.compile(r"\s*(?:[:–—]\s*(?:it|they)\s+(?:was|were|had\s+been|stood\s+at)\s+(?:about\s+|around\s+|some\s+|just\s+)?"
                               r"[^\d\s.;]{0,4}\s?[\d.,]+\s*(?:bn|billion|mn|million|trillion|trn)?\s+in\s+"
                               r"|as\s+(?:much|high|large)\s+as\s+(?:in\s+)?|the\s+(?:(?:level|figure|value|total)\s+(?:of|in|for)\s+"
                               # ("1.6 times the previous record of ¥12.81 trillion set in 2014")
                               r"|(?:(?:previous|earlier|prior|former)\s+)?(?:record|high|peak)\s+of\s+)?"
                               r"(?:[^\d\s.;]{0,4}\s?[\d.,]+\s*(?:bn|billion|mn|million|trillion|trn)?\s+" + _SPELT_CURRENCY +
                               # ("nearly three times the $118 million the Island shipped in 2010": the
                               # level's own clause, its subject before its verb; "the 6.0 billion
                               # euros Bavarian firms sold to China in 2008": a subject of two words,
                               # where the goods went after the verb)
                               r"(?:(?:(?:that|which)\s+)?(?:(?:the|it|they)\s+)?(?:[A-Za-z][\w'’.-]*\s+){0,2}"
                               r"(?:shipped|exported|imported|sold|bought|recorded|registered|reported|seen|posted|set|reached|hit)\s+"
                               r"(?:(?:to|from)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}|abroad\s+|overseas\s+)?)?(?:in|of|during)\s+(?:the\s+)?)?)", re.I)


@rule("base_period", "base-over-quarter", "text")
def base_over_quarter(s: Site):
    """"Export prices fell 1.5% over the December quarter": a change right before "over" and
    a quarter named by its month (Australian and New Zealand releases) is the change during
    that quarter, on the quarter before (extract/periods.py marks the quarter)."""
    per = s.period
    if per is None or P.months(per) != 3:
        return None
    for pm, p, h in s.resolved:
        if pm.start < s.m.end:
            continue
        if pm.args.get("over_quarter") and p == per and _OVER_THE.fullmatch(s.text, s.m.end, pm.start):
            return _checked(s, Decision(P.shift(per, -3), _span(pm), h))
        break
    return None


_OVER_THE = re.compile(r"\s+over\s+", re.I)


# "25% lower than in the first.", "higher than in the previous one,": a comparison whose
# period noun is left out, the figure's own (a quarter, a half) understood
_THAN_ELIDED = re.compile(r"\s+(?:[a-z]+\s+){0,2}?than\s+(?:in|during|for)\s+the\s+(?P<o>first|second|third|fourth|1st|2nd|3rd|4th|previous|preceding)"
                          r"(?:\s+one)?(?=\s*[,.;:)]|\s*$|\s+(?:and|while|but|when)\b)", re.I)
_ELIDED_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


@rule("base_period", "elided-period-base", "text")
def elided_period_base(s: Site):
    """"Exports in the second quarter were 25% lower than in the first": the base is the
    figure's own kind of period (a quarter, a half) named by its ordinal alone, in the same
    year; "than in the previous one" the one right before."""
    per = s.period
    if per is None or "than" not in s.text[s.m.end:s.m.end + 40]:
        return None  # (the word checked first: cheap)
    t = _THAN_ELIDED.match(s.text, s.m.end, min(s.sent.end, s.m.end + 60))
    n = P.months(per)
    if t is None or n not in (3, 6) or per[0] % n:
        return None  # (a calendar quarter or half only)
    o = t["o"].lower()
    base = P.shift(per, -n) if o in ("previous", "preceding") else (per[0] - per[0] % 12 + (_ELIDED_ORD[o] - 1) * n,) * 2
    base = (base[0], base[0] + n - 1)
    if base[1] >= per[0] or base[0] // 12 != per[0] // 12 and o not in ("previous", "preceding"):
        return None
    return Decision(base, (t.start("o"), t.end()))


# "after a 38.2% plunge in ": the change of an earlier month told after the figure's own
_AFTER_EARLIER_CHANGE = re.compile(r"\bafter\s+an?\s+(?:[a-z-]+\s+)?\d[\d.,]*\s*(?:%|per\s?cent|percent)\s+(?:[a-z-]+\s+){1,2}?in\s+$", re.I)


@rule("base_period", "month-after-month", "text")
def month_after_month(s: Site):
    """"Exports rose by 25.0% to 10.5 billion pounds in February, ..., after a 38.2% plunge in
    January": a month's change that goes on, with "after", to the change of the month before
    is on that month (a monthly release's wording: each month's change runs from the one
    before), not on the same month a year earlier."""
    per = s.period
    if s.kind != "percent_change" or per is None or per[0] != per[1] or "after" not in s.text[s.m.end:s.sent.end]:
        return None  # (a single month, and the word checked first: cheap)
    month_before = P.shift(per, -1)
    for pm, p, h in s.resolved:
        if pm.start >= s.m.end and p == month_before \
                and _AFTER_EARLIER_CHANGE.search(s.text, max(s.m.end, pm.start - 60), pm.start):
            return _checked(s, Decision(p, _span(pm), h))
    return None


@rule("base_period", "base-after", "text")
def base_after(s: Site):
    """The first comparison period after the change: "up 12% from 2022", "than a year
    earlier", "on the same period last year"."""
    per = s.period
    # not past the next change: "up 35% at $5.4bn, more than three times higher than in 2021"
    # (a change restated in brackets right after it is the same change: "a third less
    # (-33.6%) than in 2013")
    later = sorted(x.start for x in s.ms["percent"] + s.ms["multiple"] if x.start >= s.m.end
                   and not re.fullmatch(r"[^\S\n]*(?:\w+\s+)?\(\s*", s.text[s.m.end:x.start]))
    nxt = later[0] if later else len(s.text)
    if later and _gapped_flow_change(s, nxt):
        # ("exports rose 1.5% and imports 1.3% on August": the base after the second change
        # of a coordinated pair is the first one's too)
        nxt = later[1] if len(later) > 1 else len(s.text)
    for pm, p, h in s.resolved:
        if pm.start >= nxt:
            break
        if (pm.start >= s.m.end and not pm.base_cue and pm.kind not in ("rel", "same") and p is not None
                and (_THAN_LEVEL_THEN.fullmatch(s.text, s.m.end, pm.start)
                     or (s.kind == "multiple" and _TIMES_LEVEL_THEN.fullmatch(s.text, s.m.end, pm.start)))):
            s.used_as_base.add((pm.start, pm.end))  # (the level's date dates nothing after it)
            return _checked(s, Decision(p, _span(pm), h))
        if pm.args.get("label") or _dates_own_rate(s, pm):
            continue  # ("+7.5% yoy (Aug: +11.2%)": the label dates the bracket's own figure)
        if pm.start >= s.m.end and (pm.base_cue or pm.kind in ("rel", "same")):
            if _THAN_LEVEL_THEN.fullmatch(s.text, s.m.end, pm.start):
                # ("19.8% less than the $8.1bn of the same period of 2023, while imports
                # reached $6.9bn": the compared level's date dates nothing after it)
                s.used_as_base.add((pm.start, pm.end))
            if pm.kind in ("rel", "same") and per is not None:
                if pm.kind == "rel" and pm.args.get("w") in RELATIVE_TO_PUBLICATION:
                    continue
                p2, h2 = P.resolve(pm, s.ctx.published, per, s.ctx.fiscal_start, s.ctx.fiscal_by_start)
                if p2 is not None:
                    return _checked(s, Decision(p2, _span(pm), h2))
            else:
                return _checked(s, Decision(p, _span(pm), h)) if p is not None else None
    return None


# the words between the two changes of a coordinated pair, around the second one's flow word:
# " and imports (were down|by) ", ", while imports fell by "
_PAIR_CONJ = re.compile(r"\s*,?\s*(?:and|while|whereas)\s+(?:the\s+|its\s+|their\s+)?", re.I)
_PAIR_VERB = re.compile(r"\s+(?:[a-z]+\s+){0,2}")


def _gapped_flow_change(s: Site, nxt: int) -> bool:
    """Whether the change at `nxt` is a second flow's change coordinated with this one and
    nothing else between ("exports increased by 1.5% and imports by 1.3% on August 2019",
    "exports were down 2.4% and imports were down 6.1% compared with March 2023"): no period
    and no other figure between, so the base after the second is the pair's."""
    if nxt - s.m.end > 40 or " and " not in s.text[s.m.end:nxt] and "while" not in s.text[s.m.end:nxt]:
        return False  # (cheap: a short gap with a conjunction)
    if s.flow is None or any(s.m.end <= pm.start < nxt for pm, _, _ in s.resolved):
        return False
    flows = [f for f in s.ms["flow"] if s.m.end <= f.start < nxt]
    if len(flows) != 1 or flows[0].attrs["measure"] not in ("exports", "imports", "trade_total", "balance"):
        return False
    f = flows[0]
    return bool(_PAIR_CONJ.fullmatch(s.text, s.m.end, f.start) and _PAIR_VERB.fullmatch(s.text, f.end, nxt))


@rule("base_period", "consequence-level-base", "text")
def consequence_of_earlier_level_base(s: Site):
    """... and the level the clause draws it from is its base."""
    found = _consequence_of_earlier_level(s)
    if found is None or found[1] != s.period:
        return None
    pm, p, h = found[0]
    return _checked(s, Decision(p, _span(pm), h))


@rule("base_period", "since-named-base", "text")
def since_named_base(s: Site):
    """"In 2013-14, trade stood at $59.2 billion; it has grown by 41% since": the base is the
    period named before the change."""
    found = _since_named(s)
    if found is None or found[1] != s.period:
        return None
    pm, p, h = found[0]
    return _checked(s, Decision(p, _span(pm), h))


@rule("base_period", "base-before", "text")
def base_before(s: Site):
    """"since 2021" / "from 2021" before the figure."""
    for pm, p, h in reversed(_before(s)):
        if pm.base_cue and not (pm.args.get("label") and s.kind in ("percent_change", "multiple")) and not _dates_own_rate(s, pm):
            # (a label dates its own figure in a bracket: "(Aug: +11.2%)" is no base of a change)
            if _own_period_after(s, pm):
                p, h = P.resolve(pm, s.ctx.published, s.period, s.ctx.fiscal_start, s.ctx.fiscal_by_start)
            return _checked(s, Decision(p, _span(pm), h)) if p is not None else None
    return None


def _own_period_after(s: Site, pm) -> bool:
    """"Compared with the same period last year, two-month exports rose 23.2%": a relative
    base that opens the sentence was resolved against the period the text had in hand before
    it (February), but the period the sentence names after it, before the figure, is the
    figure's own: the base is that period a year back."""
    if pm.kind != "rel" or s.period is None:
        return False
    return any(pm.end <= q.start and q.end <= s.m.start and not q.base_cue and not _change_footing(q) and pp == s.period
               for q, pp, _ in s.resolved)


# what may stand before a footing that opens a sentence: "On a month-on-month basis,",
# "In year-on-year terms,", "Month-on-month,"
_OPENING_BEFORE_FOOTING = re.compile(r"[\s\"“(]*(?:(?:on|in)\s+(?:an?\s+|the\s+)?)?", re.I)


@rule("base_period", "opening-footing", "text")
def opening_footing(s: Site):
    """"On a month-on-month basis, exports increased 7.0 per cent while imports rose 10.2
    per cent": a footing that opens the sentence, before any figure, measures every change
    in it (the year-before default would set them beside the same month a year earlier)."""
    if s.kind not in ("percent_change", "multiple") or s.period is None:
        return None
    for pm, p, h in _before(s):
        if pm.start - s.sent.start > 30:
            break
        if not _change_footing(pm) or not _OPENING_BEFORE_FOOTING.fullmatch(s.text, s.sent.start, pm.start):
            continue
        p2, h2 = P.resolve(pm, s.ctx.published, s.period, s.ctx.fiscal_start, s.ctx.fiscal_by_start)
        return _checked(s, Decision(p2, _span(pm), h2)) if p2 is not None else None
    return None


def _checked(s: Site, d: Decision):
    """A base later than the period it is compared with, or the very period ("came to $8.47
    billion over the first eight months of 2018, a year-on-year rise of 23.6 percent"), was
    misread."""
    if s.period is not None and d.value is not None and (P.year_of(d.value) > P.year_of(s.period) or d.value == s.period):
        return None
    return d


@rule("base_period", "past-years-start", "text")
def past_years_start(s: Site):
    """"Over the past six years, trade has more than doubled": a change over the whole years
    before publication compares with the year before the first of them (a text of 2024:
    with 2017)."""
    if s.kind not in ("multiple", "percent_change"):
        return None
    for pm, p, h in reversed(_before(s)):
        if pm.start < max(s.sent.start, s.prev_end):
            break
        if P.years_until_published(pm, s.ctx.published) is not None:
            return _checked(s, Decision(P.of_year(P.year_of(p) - P.months(p) // 12), _span(pm), h))
    return None


@rule("base_period", "base-before-later", "context")
def base_before_later(s: Site):
    """"Exports were $610 million in 2020. Two years later, they reached $705 million, up
    15.6%": a change dated by a period moved on from the one in hand, naming no base of its
    own, compares with the period it moved on from."""
    for pm, p, h in reversed(_before(s)):
        if pm.kind == "later" and p is not None and p == s.period:
            return Decision(P.shift(p, -pm.args["months"]), _span(pm), h)
    return None


@rule("base_period", "parallel-footing", "text")
def parallel_footing(s: Site):
    """"Exports fell 3.2 percent quarter-on-quarter to N11.35trn from N11.73trn, while imports
    rose 10.5 percent to ...": a second change of the same period in the sentence is measured
    on the footing the first one stated."""
    r = s.last_relation
    if (r is None or s.period is None or r.basis.get("base_period") != "text" or not r.base_period
            or r.period != P.fmt(s.period) or r.start < s.sent.start):
        return None
    per, base = P.parse(r.period), P.parse(r.base_period)
    if per is None or base is None or P.months(per) != P.months(base):
        return None
    return Decision(P.shift(s.period, base[0] - per[0]), (r.start, r.end))


@rule("base_period", "stated-footing", "context")
def stated_footing(s: Site):
    """A change of a period as long as those the text says it compares ("compare the three
    months to June 2024 with the three months to March 2024") is on that footing."""
    per, footing = s.period, s.state.footing
    if per is not None and footing is not None and P.months(per) == footing[1]:
        return Decision(P.shift(per, -footing[0]))
    return None


@rule("base_period", "or-by-earlier-level", "text")
def or_by_earlier_level(s: Site):
    """"had peaked at $1.4 billion in 2014, before falling to $0.9 billion in 2016, or by
    35.7 percent": the change restated after the level it came to is from the period the
    sentence named before that level."""
    p = s.prev
    if s.kind != "percent_change" or p is None or p.kind != "amount" or not OR_BY.search(s.before):
        return None
    earlier = [(pm, per) for pm, per, _ in s.resolved if pm.end <= p.start and per is not None and per != s.period and not pm.base_cue]
    span = s.state.span
    if not earlier and p.how.get("period") == "span-ends" and span is not None and s.period == span[1] and span[0] != span[1]:
        # "shrank less sharply, from €2.0 billion to €1.0 billion, or by 50 percent", after a
        # sentence that ran from 2018 to 2020: from the span's first period
        return _checked(s, Decision(span[0]))
    if not earlier or s.period is None or P.months(earlier[-1][1]) != P.months(s.period):
        return None
    return _checked(s, Decision(earlier[-1][1], _span(earlier[-1][0])))


# "up more than fourfold since FTA", "has doubled since the pact took effect": a change
# since an event, not a date
_SINCE_EVENT = re.compile(r"\s*,?\s*since\s+(?!(?:19|20)\d\d\b)", re.I)


@rule("base_period", "since-event", "text")
def since_event(s: Site):
    """A change since an event the text gives no date for compares with a time it does not
    say: no base, rather than the year before (the dated ones are read by base-after)."""
    since = _SINCE_EVENT.match(s.text, s.m.end, s.sent.end)
    if since is None or any(since.end() <= pm.start <= since.end() + 4 for pm, _, _ in s.resolved):
        return None  # ("since last year": a period after all)
    return Decision(None, (s.m.end, since.end()))


@rule("base_period", "base-month-before", "context")
def base_month_before(s: Site):
    """A monthly figure in a text that has compared months with the month before (a monthly
    release) compares with the month before."""
    per = s.period
    # (not in one that has also compared a month with the year before: each change then
    # says which, and one that does not is a guess; see claims._footing_unsaid)
    if per is not None and s.state.month_gap and not s.state.year_ago_said and per[0] == per[1]:
        return Decision(P.shift(per, -s.state.month_gap))
    return None


@functools.cache
def _annual_rate_re() -> re.Pattern:
    cues = vocab.alternation(vocab.annual_rate_cues(), ignore_case=True, space=r"[\s-]+")
    return re.compile(rf"\b(?:{cues})\b(?:\s+\w+){{0,3}}\s*$", re.I)


@rule("base_period", "annual-rate", "text")
def annual_rate(s: Site):
    """"The annual rate of change had been -4.9% in February and -5.9% in January": a rate
    named as annual is on the same period a year earlier, even in a monthly release whose
    other changes are on the month before; each on its own month."""
    if s.period is None or s.kind != "percent_change":
        return None
    before = s.text[max(s.sent.start, s.m.start - 60):s.m.start]
    if "rate" not in before or _annual_rate_re().search(before) is None:  # (the word checked first: cheap)
        # ("... had been -4.9% in February and -5.9% in January": the rate named before the first)
        p = s.prev
        if p is None or p.kind != "percent_change" or p.how.get("base_period") != "annual-rate" \
                or not re.fullmatch(r"[^.;$€£¥\d]*?\s+and\s+", s.text[p.end:s.m.start]):
            return None
    return Decision(P.shift(s.period, -12))


@rule("base_period", "base-quarter-before", "context")
def base_quarter_before(s: Site):
    """A quarter's change in a text that has compared a quarter with the quarter before (a
    quarterly release: "Export prices fell 1.1% in the June quarter ... Dairy prices fell
    9.2% from the March quarter") compares with the quarter before; not in one that has
    also compared a quarter with the same quarter a year earlier (see
    claims._quarterly_release)."""
    per = s.period
    if per is not None and s.state.quarter_gap and not s.state.quarter_year_said and P.months(per) == 3:
        return Decision(P.shift(per, -3))
    return None


@rule("base_period", "base-year-before", "guess")
def base_year_before(s: Site):
    """Unless the text says otherwise, a change compares with the same period a year earlier."""
    if s.period is not None:
        return Decision(default_base(s.period))
    return None


@rule("base_period", "base-none", "guess")
def base_none(s: Site):
    return Decision(None)


BASE_RULES = (header_column_base, table_column_footing, earlier_own_rate_base, change_from_dated_level, dated_level_before_change, compared_level_opening, table_span_start, span_start, same_span_start, change_between_base, spans_between_base, points_between_base, index_base, levels_base, bracket_after_two_levels, as_much_as_earlier_level, base_over_quarter, elided_period_base, month_after_month, base_after, consequence_of_earlier_level_base, since_named_base, long_span_start, base_before, opening_footing, past_years_start, base_before_later, parallel_footing, annual_rate, stated_footing, or_by_earlier_level, since_event, base_month_before, base_quarter_before, base_year_before, base_none)


def default_base(per: P.Period, state: "State | None" = None) -> P.Period:
    """The base of a change the text gives none for (see base_month_before and
    base_year_before)."""
    if state is not None and state.month_gap and per[0] == per[1]:
        return P.shift(per, -state.month_gap)
    if P.months(per) > 12 and per[0] % 12 == 0:
        # a span of several whole years ("2019-23") compares with the span as long before it
        # ("2014-18"), not with the years it overlaps
        return P.shift(per, -P.months(per))
    return P.shift(per, -12)
