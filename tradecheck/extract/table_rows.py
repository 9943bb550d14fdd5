"""The rows of a table written with pipes, and where their cells stand.

Two ways of writing a table are read alike:

    | Year | Exports | Imports |        Year | Exports | Imports
    |---|---|---|                       2022 | 5,583 | 13,492
    | 2022 | 5,583 | 13,492 |

a Markdown table (a row starts and ends with a pipe), and a block of lines whose cells are
only parted by pipes, as statements and encyclopaedia tables are pasted as text. A line of
the second kind is a row only beside another line with as many pipes (one line with a pipe
is prose, "Source: DGCI&S | Ministry of Commerce"), and the first line of its block is its
header."""
from __future__ import annotations

import re

_MARKDOWN_ROW = re.compile(r"[ \t]*\|.*\|[ \t]*$")
_SEPARATOR_ROW = re.compile(r"[ \t]*\|(?:[ \t]*:?-{2,}:?[ \t]*\|)+[ \t]*$")


def line_at(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, (len(text) if end < 0 else end)


def _bare_bars(text: str, start: int, end: int) -> int:
    """How many pipes part a line's cells, when it is a line of pipe-parted cells (0 if not)."""
    line = text[start:end]
    # (an indented line opening with a pipe leaves its label cell empty, as the header of a
    # table aligned by spaces does: extract/aligned_tables.py)
    if "|" not in line or line.startswith("|") or line.rstrip().endswith("|"):
        return 0
    return line.count("|")


# the rule between two rows of a MediaWiki table ("|-", extract/wiki_tables.py): no row of
# its own, but the rows on either side of it are one table's
_WIKI_RULE = re.compile(r"\|-[ \t]*")


def is_rule(text: str, start: int, end: int) -> bool:
    return text.startswith("|-", start) and bool(_WIKI_RULE.fullmatch(text, start, end))


def _beside(text: str, start: int, end: int, up: bool) -> tuple[int, int] | None:
    """The line above (or below) start..end, past the rules of a MediaWiki table."""
    while True:
        if up and start == 0 or not up and end >= len(text):
            return None
        start, end = line_at(text, start - 1) if up else line_at(text, end + 1)
        if not is_rule(text, start, end):
            return start, end


def is_bare_row(text: str, start: int, end: int) -> bool:
    """Whether the line start..end is a row of a table of pipe-parted cells without outer
    pipes: a line beside it has as many pipes."""
    n = _bare_bars(text, start, end)
    if not n:
        return False
    above = _beside(text, start, end, True)
    k = _bare_bars(text, *above) if above is not None else 0
    if k == n:
        return True
    if 2 <= n < k and _short_last_row(text, above, k):
        # "Trade Balance |-97.10 |-93.76" under rows of three figures: a row that leaves its
        # last columns empty (extract/aligned_tables.py marks it only where its figures
        # stand under the first columns')
        return True
    below = _beside(text, start, end, False)
    return below is not None and _bare_bars(text, *below) == n


def _short_last_row(text: str, above: tuple[int, int], k: int) -> bool:
    """Whether the line `above`, of `k` pipes, is a full row of its block (the line above it
    has as many), so that a row of fewer pipes under it is the block's too."""
    up = _beside(text, *above, True)
    return up is not None and _bare_bars(text, *up) == k


def is_row(text: str, start: int, end: int) -> bool:
    """Whether the line start..end is a table's row (Markdown or pipe-parted), or the rule
    of a MediaWiki table above one."""
    if _MARKDOWN_ROW.fullmatch(text, start, end) or is_bare_row(text, start, end):
        return True
    if not is_rule(text, start, end):
        return False
    below = _beside(text, start, end, False)
    return below is not None and is_bare_row(text, *below)


def is_piped_row(text: str, start: int, end: int) -> bool:
    """Whether the line start..end is a row written with outer pipes (a Markdown row)."""
    return bool(_MARKDOWN_ROW.fullmatch(text, start, end))


def is_separator(text: str, start: int, end: int) -> bool:
    return bool(_SEPARATOR_ROW.fullmatch(text, start, end))


def bars(text: str, start: int, end: int) -> list[int]:
    """Where a row's cells are parted: its pipes, and for a row without outer pipes the
    places just before and after the line, so that cell i lies between bars i and i+1 in
    both kinds of rows."""
    found = [i for i in range(start, end) if text[i] == "|"]
    if _MARKDOWN_ROW.fullmatch(text, start, end):
        return found
    return [start - 1] + found + [end]


def cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) of each cell of a row."""
    b = bars(text, start, end)
    return list(zip([x + 1 for x in b[:-1]], b[1:]))


def label_cell(text: str, start: int, end: int) -> tuple[int, int]:
    """The label cell of the table row start..end: its first, or under a rank column ("Rank |
    Exporter | Value" over "2 | Japan | 641") the one after the rank."""
    row = cells(text, start, end)
    if len(row) > 2 and _RANK_CELL.fullmatch(text, *row[0]):
        return row[1]
    return row[0]


# a rank cell: "2", "12.", "(3)", or left empty (an "Others" row under the ranked ones)
_RANK_CELL = re.compile(r"\s*(?:\(?\d{1,3}[.)]?)?\s*")


def column_of(text: str, start: int, end: int, pos: int) -> int:
    """The number of the cell `pos` stands in (the row's label is 0)."""
    return sum(1 for b in bars(text, start, end) if b < pos) - 1
