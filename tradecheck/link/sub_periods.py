"""Figures of a numbered part of a year that is no calendar span: a seller's sales cycles,
sights, tenders or auctions ("De Beers' sales fell to $250 million in its sixth sales cycle
of the year, down 28% from the $347 million in the same cycle of 2024"; a table's rows under
a "Cycle" column, "1  315  455  -31%"). The tool cannot say which months such a part covers,
so its figures are no figures of the whole year: their period is a guess, and the checks
leave them unverifiable, except among figures of the one part (one sentence, or one row of
the table), whose change holds whatever months the part spans (check._one_stated_period).

The nouns: vocab/sub_period_nouns.csv; a sentence names such a part by an ordinal or a
word that points back ("the sixth cycle", "the same cycle", "the previous sight") or by a
number after the noun ("cycle 6")."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..model import Claim


@functools.cache
def _nouns() -> list[str]:
    return [r["word"] for r in vocab.table("sub_period_nouns")]


@functools.cache
def _numbered_part_re() -> re.Pattern:
    nouns = vocab.alternation(_nouns(), ignore_case=True, space=r"\s+")
    ordinals = vocab.alternation(vocab.rank_places("rank"), ignore_case=True, space=r"\s+")
    pointing = r"same|previous|preceding|last|next|current|latest|\d+(?:st|nd|rd|th)"
    return re.compile(rf"\b(?:(?:{ordinals}|{pointing})\s+(?:{nouns})|(?:{nouns})\s+(?:No\.?\s*)?\d{{1,2}})\b(?!\s*[%$€£])", re.I)


@functools.cache
def _table_header_re() -> re.Pattern:
    # a table's header line opening on the noun ("Cycle    2025    2024    Change")
    nouns = vocab.alternation(_nouns(), ignore_case=True, space=r"[ \t]+")
    return re.compile(rf"[ \t]*(?:{nouns})s?(?:[ \t]{{2,}}|\t|[ \t]*\|)", re.I)


# a row labelled by the part's number ("6         250     347     -28%")
_NUMBERED_ROW = re.compile(r"[ \t]*(?P<n>\d{1,2})(?:[ \t]{2,}|\t|[ \t]*\|)")


def figures_of_sub_periods(text: str, sents, claims: list[Claim]) -> None:
    """Date by a guess each figure of a numbered part of a year (see the module's doc),
    keeping which part it is of in extra["_sub_period"]."""
    low = text.lower()
    if not any(n in low for n in _nouns()):
        return  # (cheap: no such noun in the text)
    parts: dict[int, str] = {}  # sentence index -> the part it names
    for s in sents:
        mm = _numbered_part_re().search(text, s.start, s.end)
        if mm is not None:
            parts[s.index] = f"sentence {s.index}"
    for c in claims:
        part = _row_part(text, c.start) or parts.get(c.sentence)
        if part is None:
            continue
        c.basis["period"] = "guess"
        if c.base_period:
            c.basis["base_period"] = "guess"
        c.extra["_sub_period"] = part


def _row_part(text: str, pos: int) -> str | None:
    """The part a table row gives its figures ("cycle 6"), where the row at `pos` is labelled
    by a number under a header line that opens on a part's noun; None otherwise."""
    line_start = text.rfind("\n", 0, pos) + 1
    row = _NUMBERED_ROW.match(text, line_start)
    if row is None or row.end() > pos:
        return None
    # the block's header: the first line after the blank line above
    top = text.rfind("\n\n", 0, line_start)
    header_start = top + 2 if top >= 0 else 0
    header = _table_header_re().match(text, header_start)
    if header is None:
        return None
    noun = " ".join(header.group(0).strip(" \t|").lower().split())
    return f"{noun} {int(row['n'])}"
