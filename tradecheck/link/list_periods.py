"""The running period of a bulleted list: "- Exports rose to $15.0 billion in October." then
"- Crude brought in $11.3 billion and products $3.7 billion." The second bullet names no
period: it goes on with the one the list's first bullet dated (through bullets naming none), even when that period is a month
before the report's cover date (which the discourse would otherwise carry), so a list's
parts and its whole fall in one period. A list's "Total" line under lines each of one month
in turn is of those months together."""
from __future__ import annotations

import functools
import re

from .. import periods as P
from .. import vocab
from .cues import LIST_MARKER
from .rules import Decision, rule

_BULLET = re.compile(rf"[ \t]*{LIST_MARKER}[ \t]+\S")


def is_bullet(text: str, sent) -> bool:
    """Whether the sentence opens a line of a list ("- ", "• ", "2. ")."""
    if _BULLET.match(text, sent.start) is None:
        return False
    return not text[text.rfind("\n", 0, sent.start) + 1:sent.start].strip()


def note_list_period(text: str, sent, lead, claims, state) -> None:
    """After a sentence: the period of the list it is a bullet of, for the next bullet (the
    bullet's own lead period, else the one it carried on); none off a list."""
    if not claims or not is_bullet(text, sent):
        state.list_period = None
        return
    if lead is None:
        carried = next((c.period for c in claims if c.how.get("period") == "list-running-period"), None)
        state.list_period = (sent.index, P.parse(carried)) if carried else None
        return
    # (only the list's first bullet sets its period: a later bullet with a period of its own,
    # "- May deficit revised to $71.9 bln" under "- June trade deficit $78.3 bln", shows the
    # list runs through several periods, so the bullets after it carry none)
    line = text.rfind("\n", 0, sent.start) + 1
    above = text.rfind("\n", 0, max(0, line - 1)) + 1
    opens = line == 0 or _BULLET.match(text, above, line) is None
    state.list_period = (sent.index, lead) if opens else None


# the year that closes the line introducing a list: "Top exporters to New Zealand, 2022:"
_HEADING_YEAR = re.compile(r"[^\n\d]*?(?:,|\bin)\s+(?P<year>(?:19|20)\d\d)\s*:[ \t]*$")


@rule("period", "list-heading-year", "context")
def list_heading_year(s):
    """A bullet with no period of its own under a heading line that ends on a year and a
    colon ("Top exporters to New Zealand, 2022:"): the heading's year, not the report's
    cover date the discourse would otherwise carry."""
    if not is_bullet(s.text, s.sent):
        return None
    end = s.text.rfind("\n", 0, s.sent.start)
    while end > 0:  # (the first line above that is no bullet introduces the list)
        start = s.text.rfind("\n", 0, end) + 1
        if s.text[start:end].strip() and _BULLET.match(s.text, start) is None:
            break
        end = start - 1
    else:
        return None
    m = _HEADING_YEAR.match(s.text, start, end)
    return Decision(P.parse(m["year"])) if m else None


@rule("period", "list-running-period", "context")
def list_running_period(s):
    """A bullet with no period of its own right after a bullet that dated its figures: that
    bullet's period (the list's), not the period the text was on before the list."""
    lp = s.state.list_period
    if lp is None or lp[0] != s.sent.index - 1 or not is_bullet(s.text, s.sent):
        return None
    return Decision(lp[1])


# two figures set against each other on a line of a list: "Fertilizers: $3.94 bln vs.
# $2.67 bln (+47.6%)", "- Trade deficit: $35.44bn vs $38.68bn"
_VERSUS_GAP = re.compile(r"\s+(?:vs\.?|versus)\s+", re.I)
# a line of such a list: a label, a colon, then what it gives
_LABELLED_LINE = re.compile(rf"[ \t]*(?:{LIST_MARKER}[ \t]+)?[^:\n]{{1,80}}:[ \t]*\S[^\n]*$")
# between the two periods of a heading that sets one against the other ("(FY2016/17 vs
# FY2015/16):", "distributed as follows in 2022, against 2021:")
_PERIODS_SET_AGAINST = re.compile(r",?\s+(?:vs\.?|versus|against|compared\s+(?:with|to))\s+", re.I)


def _heading_above(text: str, pos: int) -> str | None:
    """The line ending on a colon that introduces the list the line at `pos` is in: up past
    the list's other labelled lines and blank lines (a dozen lines at most)."""
    end = text.rfind("\n", 0, pos)
    for _ in range(12):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if line.endswith(":"):
            return line
        if line and not _LABELLED_LINE.match(text, start, end):
            return None
        end = start - 1
    return None


@rule("period", "list-heading-versus", "text")
def list_heading_versus(s):
    """"The sector's exports were distributed as follows in 2022, against 2021:" then
    "Fertilizers: $3.94 bln vs. $2.67 bln (+47.6%)": under a heading that sets one period
    against another, a line's second figure after "vs." is at the heading's second period,
    where its first is at the first."""
    if s.kind != "amount" or s.prev is None or s.prev.kind != "amount" or not s.prev.period or not _VERSUS_GAP.fullmatch(s.gap):
        return None
    heading = _heading_above(s.text, s.m.start)
    if heading is None:
        return None
    from ..extract.periods import find_periods

    found = find_periods(heading)
    if len(found) != 2 or not _PERIODS_SET_AGAINST.fullmatch(heading, found[0].end, found[1].start):
        return None
    ctx = s.ctx
    first, second = (P.resolve(pm, ctx.published, ctx.main_period, ctx.fiscal_start, ctx.fiscal_by_start)[0] for pm in found)
    if first is None or second is None or P.parse(s.prev.period) != first:
        return None
    return Decision(second)


# the label opening a line of a list that gives the list's total: "Total", "Total:"
_TOTAL_LINE = re.compile(r"[ \t]*(?:" + LIST_MARKER + r"[ \t]+)?(?P<label>[^\W\d][^\n\d:]{0,30}?)[ \t]*:?[ \t]*$")


@functools.cache
def _total_labels() -> frozenset[str]:
    return frozenset(r["label"].lower() for r in vocab.table("total_labels"))


def _line_month(text: str, start: int, end: int) -> int | None:
    """The month (1-12) a line of a list opens with, a figure after it ("February  SR44.6
    billion", "- March: $5.1bn"), or None."""
    from ..extract.periods import find_periods

    body = text[start:end].lstrip(" \t-•*")
    if not body[:1].isalpha() or not any(ch.isdigit() for ch in body):
        return None  # (cheap: a month's line opens on its name and gives a figure)
    found = find_periods(body)
    if not found or found[0].start != 0 or found[0].kind != "months" or found[0].args.get("m1") != found[0].args.get("m2"):
        return None
    return found[0].args["m1"]


@rule("period", "total-of-listed-months", "text")
def total_of_listed_months(s):
    """"Total  SR150.3 billion" on the line under "January  SR52.1 billion", "February
    SR44.6 billion", "March  SR50.6 billion": a total line under lines each opening on one
    month, one after another, is of those months together, the last of them the month the
    text last dated a figure by (so the months are checked to add up to it)."""
    last = s.state.last_month
    if last is None or s.prev is not None:
        return None
    line = s.text.rfind("\n", 0, s.m.start) + 1
    m = _TOTAL_LINE.match(s.text, line, s.m.start)
    if m is None or m["label"].strip().lower() not in _total_labels():
        return None
    months = []
    end = line - 1
    while end > 0:  # (up the lines right above it, each of one month)
        start = s.text.rfind("\n", 0, end) + 1
        month = _line_month(s.text, start, end)
        if month is None:
            break
        months.append(month)
        end = start - 1
    months.reverse()
    if len(months) < 2 or months[-1] != last[1] % 12 + 1 \
            or any(b != a % 12 + 1 for a, b in zip(months, months[1:])):
        return None
    return Decision((last[1] - len(months) + 1, last[1]))
