"""Percentages in brackets after levels, as a statistics office sets each level's annual rate
beside it:

    - Manufacturing: 35,735.4 million dollars (annual rate: 5.1%)
        Automotive: 12,880.5 million dollars (6.3%)

    "imports of consumer goods were 5,035.4 million dollars (1.8% annual), imports of
    intermediate goods 30,374.1 million dollars (6.1%)"

One bracket names its percentage as an annual rate (vocab/bracket_rate_labels.csv); the bare
brackets after the other levels of the same list, or of the same sentence, are rates too, never
the levels' shares of the whole (a share read there is set against the total and fails)."""
from __future__ import annotations

import functools
import re

from .. import vocab

# a line of a list: its label (a bullet or an indent before it), a colon, a figure after
LIST_ROW = re.compile(r"[ \t]*(?:[-•*–·▪][ \t]*)?[^\n:\d%()]{2,60}:[^\n]*\d[^\n]*")


@functools.cache
def _rate_bracket_re() -> re.Pattern:
    """A bracket that names its percentage as a rate: "(annual rate: 5.1%)", "(1.8% annual)"."""
    words = vocab.alternation([r["phrase"] for r in vocab.table("bracket_rate_labels")], ignore_case=True, space=r"\s+")
    pct = r"[+\-−–]?\d+(?:\.\d+)?\s*%"
    return re.compile(rf"\(\s*(?:(?:{words})\s*:\s*{pct}|{pct}\s+(?:{words}))\s*\)", re.I)


def names_a_rate(text: str, m_start: int, m_end: int) -> bool:
    """Whether the percentage at `m_start` sits in a bracket that names it a rate."""
    found = _rate_bracket_re().search(text, max(0, m_start - 30), min(len(text), m_end + 20))
    return found is not None and found.start() < m_start and m_end <= found.end()


def rate_beside_a_rate(text: str, sent_start: int, sent_end: int, m_start: int) -> bool:
    """Whether a bare bracketed percentage after a level stands where another bracket names
    its own a rate: in the same sentence, or on a line of the same list above it."""
    if "%" not in text[sent_start:sent_end]:
        return False
    if _rate_bracket_re().search(text, sent_start, sent_end):
        return True
    line = text.rfind("\n", 0, m_start) + 1
    if not LIST_ROW.fullmatch(text, line, line_end(text, m_start)):
        return False
    while line > 0:  # (up the list's lines, to the first that is none)
        above = text.rfind("\n", 0, line - 1) + 1
        if not LIST_ROW.fullmatch(text, above, line - 1):
            return False
        if _rate_bracket_re().search(text, above, line - 1):
            return True
        line = above
    return False


def line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end

