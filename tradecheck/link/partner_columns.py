"""Tables whose column header names the partner of its figures:

    Year        Total imports     Imports from China
                (US$ million)     (US$ million)
    2021-22     4,520.3           3,189.7

the cells under "Imports from China" are the reporter's imports from China, those under
"Total imports" its imports from everyone (the discourse's pair). The header may be stacked
over several lines, as a table pasted from a PDF prints it: the words of the aligned lines
above the header row that stand over a column head it too."""
from __future__ import annotations

import re

from ..extract import table_rows
from ..extract.mentions import find_countries
from .dating import table_header_span
from .rules import Decision, rule
from .site import Site

# a header line stacked over an aligned table: cells parted by a tab or two spaces or more
_GAP = re.compile(r"\t| {2,}")
# a cell of such a line: words parted by single spaces
_CELL = re.compile(r"\S+(?: \S+)*")
# a sentence ends in the line: prose, no header
_SENTENCE_END = re.compile(r"[.!?;](?:\s|$)")
# the place a header names as the figures' partner: right after "to", "from" or "with"
_PARTNER_PREP = re.compile(r"\b(?:to|from|with)\s+(?:the\s+)?$", re.I)
_MAX_STACKED_LINES = 3


def _stacked_header_line(line: str) -> bool:
    """Whether a line above a table's header row heads its columns too: aligned cells (two
    or more, parted by wide gaps), no pipe, no sentence."""
    body = line.strip()
    return bool(body) and "|" not in body and _GAP.search(body) is not None and not _SENTENCE_END.search(body)


def column_title(text: str, pos: int) -> tuple[str, tuple[int, int]] | None:
    """The whole header of the column `pos` stands in, its stacked lines' words over the
    column first, then its cell in the header row; with where that cell stands. None outside
    a table's body."""
    span = table_header_span(text, pos)
    if span is None:
        return None
    line_start, _ = table_rows.line_at(text, span[0])
    a, b = span[0] - line_start, span[1] - line_start
    words = [text[span[0]:span[1]].strip()]
    top = line_start
    for _ in range(_MAX_STACKED_LINES):
        if top == 0:
            break
        above, above_end = table_rows.line_at(text, top - 1)
        line = text[above:above_end]
        if not _stacked_header_line(line):
            break
        words[:0] = [c.group(0) for c in _CELL.finditer(line) if c.start() < b and a < c.end()]
        top = above
    return " ".join(w for w in words if w), span


def _row_names_place(text: str, pos: int) -> bool:
    """Whether the label of the row `pos` stands in names a place (a table of partners, whose
    rows say whose figures they are)."""
    start, end = table_rows.line_at(text, pos)
    a, b = table_rows.label_cell(text, start, end)
    return bool(find_countries(text[a:b]))


@rule("pair", "partner-column", "text")
def partner_column(s: Site):
    """"Imports from China" heading a column of a table whose rows are years or goods: its
    cells are the reporter's flow with that one partner, not with the world."""
    if s.kind not in ("amount", "share") or "|" not in s.text[s.sent.start:s.m.start]:
        return None  # (a cell of a table has a pipe before it in its row: checked first, cheap)
    found = column_title(s.text, s.m.start)
    if found is None or _row_names_place(s.text, s.m.start):
        return None
    title, cell = found
    # (a currency's sign is no place: "(US$ million)")
    places = [x for x in find_countries(title) if x.attrs.get("iso") not in (None, "WLD") and not title.startswith("$", x.end)]
    partners = {x.attrs["iso"] for x in places if _PARTNER_PREP.search(title, 0, x.start)}
    if len(partners) != 1:
        return None
    partner = partners.pop()
    # (a header naming its reporter too, "Kenya's imports from China", says whose they are)
    owners = {x.attrs["iso"] for x in places} - {partner}
    if len(owners) > 1:
        return None
    reporter = next(iter(owners)) if owners else s.state.reporter or s.ctx.main_reporter
    if reporter in (None, partner):
        return None
    return Decision((reporter, partner), cell)
