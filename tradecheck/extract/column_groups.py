"""Names of groups of columns, on a line of their own over a table's header row, as customs
offices print their tables as text:

                        Exports             Imports            Balance
                      Value    y/y %      Value    y/y %        Value
    World           264,873      5.7    207,412      8.4       57,461

The header row only says what each column holds ("Value", "y/y %"); which flow it is of the
line above says, each name standing over the first column of its group. A group runs from
that column up to the next name's, so the "y/y %" column is the change of the value column on
its left. Without this the columns would all take the flow the text was last on.

Read only for a table aligned by spaces (extract/aligned_tables.py marks its gaps with pipes
and keeps every offset), where a word's place on its line says which column it stands over."""
from __future__ import annotations

import re

from . import table_rows

# a group's name: words parted by single spaces, no figure in them
_NAME = re.compile(r"\S+(?: \S+)*")
# a sentence ends on the line, or a figure stands in it: prose or a row, no line of names
# (digits glued to a name's letters are part of the name: "Extra-EZ12 exports", "EU15")
_NOT_NAMES = re.compile(r"[.!?:;](?:\s|$)|\||(?<![A-Za-z\d])\d")
# the most words a group's name has
_MOST_WORDS = 3
# how far into a long group name the column it heads is read (a name may open a little left
# of its first column's figures)
_INTO_NAME = 3


def group_line(text: str, header: tuple[int, int]) -> tuple[int, int] | None:
    """The span of the line of group names right above the header row `header`, or None:
    a line indented past the header's label cell, of two names or more parted by runs of
    spaces, no name over the label column, each over another column of the header."""
    return _group_heads(text, header)[0]


def named_columns(text: str, header: tuple[int, int]) -> list[str] | None:
    """The names of the header row's cells after the label's, each after the name of the group
    it stands in ("Exports Value", "Exports y/y %", "Imports Value", ...), or None when no line
    of group names stands over the header."""
    line, heads = _group_heads(text, header)
    if line is None:
        return None
    cells = table_rows.cells(text, *header)[1:]
    out = []
    for column, (a, b) in enumerate(cells, 1):
        name = " ".join(text[a:b].split())
        group = _head_of(heads, column)
        out.append(f"{text[group[0]:group[1]]} {name}".strip() if group else name)
    return out


def group_of_column(text: str, header: tuple[int, int], column: int) -> tuple[int, int] | None:
    """The span of the group name that heads column `column` of the table whose header row is
    `header` (the label's column is 0): the name over that column, or the nearest over a
    column to its left; None when no line of group names stands over the header."""
    return _head_of(_group_heads(text, header)[1], column)


def _head_of(heads: list[tuple[int, tuple[int, int]]], column: int) -> tuple[int, int] | None:
    over = [span for col, span in heads if col <= column]
    return over[-1] if over else None


def _group_heads(text: str, header: tuple[int, int]) -> tuple[tuple[int, int] | None, list]:
    """(the line of group names over `header`, (column, name span) for each name), or
    (None, []) where the line above is no such line (see group_line)."""
    hs, he = header
    if hs < 2 or text[hs - 2] == "\n" or text.find("|", hs, he) < 0:
        return None, []  # (cheap: a blank line, or nothing, above the header; or no marked row)
    start, end = table_rows.line_at(text, hs - 1)
    line = text[start:end]
    if "  " not in line.strip() or _NOT_NAMES.search(line):
        return None, []
    heads = _columns_of_names(text, (start, end), header)
    return ((start, end), heads) if heads else (None, [])


def _columns_of_names(text: str, line: tuple[int, int], header: tuple[int, int]) -> list[tuple[int, tuple[int, int]]]:
    """(column, name span) for each name of `line`, the column the middle of the name stands
    over in the header row; [] unless there are two names or more, of a few words each, over
    different columns after the label's, in order."""
    start, end = line
    names = list(_NAME.finditer(text, start, end))
    if len(names) < 2 or any(len(n.group(0).split()) > _MOST_WORDS for n in names):
        return []
    hs, he = header
    bars = [b - hs for b in table_rows.bars(text, hs, he)]
    out: list[tuple[int, tuple[int, int]]] = []
    for n in names:
        # (the column under the name's middle; but a long name stands over its group's first
        # column and runs on over the next ones, "Extra-EZ12 exports" over "2002  2003
        # Growth": then the column a few characters into it)
        anchor = min((n.start() + n.end()) / 2, n.start() + _INTO_NAME) - start
        column = sum(1 for b in bars if b < anchor) - 1
        if column < 1 or column >= len(bars) - 1 or out and column <= out[-1][0]:
            return []
        out.append((column, (n.start(), n.end())))
    return out
