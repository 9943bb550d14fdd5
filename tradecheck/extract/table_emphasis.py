"""Bold or italic marks around the cells of a pipe-parted table pasted as plain text:

    | **Total**                  |  **12,899** | **100.0** |

A Markdown file has its emphasis marks masked when it is read (markup.py), but a table
copied from one into a plain-text article keeps them, and a cell "**12,899**" is then no
number, "**Total**" no total row's label: the row is lost, and with it the sum its parts
must make. Here the marks ("**", "__", and a single "*" or "_") that open or close a cell's
content on a table row become spaces, every offset kept; marks inside the words stay."""
from __future__ import annotations

import re

# a line of a pipe-parted table: "| a | b |", opening on its pipe
_TABLE_LINE = re.compile(r"^[ \t]*\|[^\n]*\|[ \t]*$", re.M)
# emphasis marks right inside a cell's pipes: "| **Total** |", "|  __12,899__ |"
_CELL_MARKS = re.compile(r"(?<=\|)(?P<lead>[ \t]*)(?P<open>\*\*|__|\*|_)(?=\S)(?P<body>[^|\n]*?\S)(?P=open)(?=[ \t]*(?:\||$))", re.M)


def _unmarked_cell(m: re.Match) -> str:
    mark = " " * len(m["open"])
    return m["lead"] + mark + m["body"] + mark


def _unmarked_row(m: re.Match) -> str:
    return _CELL_MARKS.sub(_unmarked_cell, m.group(0))


def plain_table_cells(text: str) -> str:
    """`text` with the emphasis marks around its table cells blanked (same length)."""
    if "|" not in text or ("*" not in text and "_" not in text):
        return text  # (cheap: no table, or no mark at all, the usual case)
    return _TABLE_LINE.sub(_unmarked_row, text)
