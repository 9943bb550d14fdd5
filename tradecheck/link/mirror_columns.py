"""Tables that set a reporter's count of a flow beside its partners' counts of the same flow
("| Partner | Kenya reports importing | Partner reports exporting to Kenya | Gap (partner
minus Kenya) |"). A column whose header says the partner reports (vocab/mirror_cues.csv) is
the row's place's flow with the text's reporter, the mirror figure: its exports to the
reporter, not the reporter's exports to it. A gap column in such a table is the difference
of the two counts (link/measures.gap_between_sources), no balance of either country."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..model import Claim
from .dating import table_header_span


@functools.cache
def _mirror_re() -> re.Pattern:
    cues = vocab.alternation(vocab.mirror_cues(), ignore_case=True, space=r"[\s-]+")
    return re.compile(rf"\b(?:{cues})\b", re.I)


def mirror_header(text: str, pos: int) -> bool:
    """Whether the cell at `pos` stands under a header naming the partner's own count."""
    span = table_header_span(text, pos)
    return span is not None and _mirror_re().search(text, *span) is not None


def header_row_has_mirror(text: str, pos: int) -> bool:
    """Whether the header row of the table `pos` is in has a column of the partner's counts."""
    span = table_header_span(text, pos)
    if span is None:
        return False
    start = text.rfind("\n", 0, span[0]) + 1
    end = text.find("\n", span[1])
    return _mirror_re().search(text, start, len(text) if end < 0 else end) is not None


def partners_count_their_own(text: str, claims: list[Claim]) -> None:
    """Turn each cell of a partner-reported column into the row's place's flow with the
    text's reporter."""
    if "|" not in text:
        return  # (no piped table: checked first, cheap)
    for c in claims:
        if c.how.get("measure") != "table-column-flow" or c.measure not in ("exports", "imports") \
                or None in (c.reporter, c.partner) or c.reporter == c.partner:
            continue
        if not mirror_header(text, c.start):
            continue
        c.reporter, c.partner = c.partner, c.reporter
        c.how["pair"] = "mirror-column"
