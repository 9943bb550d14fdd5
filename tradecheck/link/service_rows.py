"""Rows of a table of services by kind: under "SERVICES EXPORTS BY CATEGORY, 2023", the rows
"Transport | 98.4", "Travel | 22.1" and "Total | 317.0" are the exports of transport
services, of travel services and of all services, though no row says "services"."""
from __future__ import annotations

import re

from .. import vocab
from ..extract.table_rows import cells, column_of, is_row, line_at

# how far above its header a table's caption may stand, and how long it may be
_CAPTION_LINES = 2
_CAPTION_WIDTH = 100


def service_row_kind(text: str, pos: int) -> str | None:
    """The kind of services the row of the figure at `pos` is of, when the figure stands in a
    value cell of a table whose caption, or header, names services, and the row's label
    starts with a kind of them (vocab/service_kinds.csv), an "other" or a "total"; else None."""
    start, end = line_at(text, pos)
    if text.find("|", start, end) < 0 or not is_row(text, start, end) or column_of(text, start, end, pos) < 1:
        return None
    label_start, label_end = cells(text, start, end)[0]
    words = re.findall(r"[a-z][\w-]*", text[label_start:label_end].lower())
    if not words or not _table_names_services(text, start):
        return None
    if words[0] in vocab.service_kinds():
        return words[0] + " services"
    if words[0] in ("other", "others"):
        return "other services"
    if words[0] == "total":
        return "services"
    return None


def _table_names_services(text: str, row_start: int) -> bool:
    """Whether the header of the table a row belongs to, or a caption just above it, says
    "services"."""
    start = row_start
    while start > 0:
        above, _ = line_at(text, start - 1)
        if not is_row(text, above, start - 1):
            break
        start = above
    lines = [text[start:text.find("\n", start) if "\n" in text[start:] else len(text)]]
    pos = start
    while pos > 0 and len(lines) <= _CAPTION_LINES:
        above, _ = line_at(text, pos - 1)
        line = text[above:pos - 1]
        if line.strip():
            lines.append(line)
        pos = above
    # (a caption is a short line; a table of goods and services, "| Goods | ... | Services |",
    # is no table of kinds of services)
    return any(re.search(r"\bservices\b", line, re.I) and len(line) <= _CAPTION_WIDTH for line in lines) \
        and not any(re.search(r"\bgoods\b", line, re.I) for line in lines + _row_labels(text, start))


def _row_labels(text: str, header_start: int) -> list[str]:
    """The label cells of the rows of the table whose header starts at `header_start`."""
    out, start = [], header_start
    while start < len(text):
        _, end = line_at(text, start)
        if not is_row(text, start, end):
            break
        first = cells(text, start, end)[0]
        out.append(text[first[0]:first[1]])
        start = end + 1
    return out


def parts_of_a_services_total(text: str, claims: list) -> None:
    """"Transport | 98.4" ... "Total | 317.0" under a caption of services exports: the rows of
    kinds of services in the total's column, in its table, are the parts it adds up
    (`_parts`, which check/sums.py sums); only where every row above the total was read as
    a kind of services, so that no row is missed from the sum."""
    rows = [c for c in claims if c.kind == "amount" and c.how.get("commodity") == "service-table-row"]
    for total in rows:
        if total.commodity != "services":
            continue
        start, end = line_at(text, total.start)
        column = column_of(text, start, end, total.start)
        parts = [c for c in rows if c is not total and c.start < total.start and _same_table(text, c.start, total.start)
                 and column_of(text, *line_at(text, c.start), c.start) == column]
        if len(parts) >= 2 and len(parts) == _rows_between_header_and(text, total.start) \
                and all((c.measure, c.reporter, c.partner, c.period, c.currency) == (total.measure, total.reporter, total.partner, total.period, total.currency) for c in parts):
            total.extra["_parts"] = parts


def _same_table(text: str, pos: int, later: int) -> bool:
    """Whether every line from `pos`'s to `later`'s is a row of one table."""
    start, _ = line_at(text, pos)
    while True:
        _, end = line_at(text, start)
        if not is_row(text, start, end):
            return False
        if end >= later:
            return True
        start = end + 1


def _rows_between_header_and(text: str, pos: int) -> int:
    """How many body rows stand above the row at `pos` in its table (its first row is the header)."""
    start, _ = line_at(text, pos)
    count = 0
    while start > 0:
        above, _ = line_at(text, start - 1)
        if not is_row(text, above, start - 1):
            break
        count += 1
        start = above
    return count - 1  # (less the header)
