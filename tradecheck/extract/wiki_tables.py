"""Tables written in MediaWiki markup, as encyclopaedia articles are pasted with their source:

    {| class="wikitable"
    |+ Trade in goods (EUR billion)
    ! Year !! Exports !! Imports
    |-
    | 2022 || 51.2 || 48.9
    |}

Such a block is read as the pipe-parted tables of extract/table_rows.py are, every offset
kept: the opening and closing lines become spaces, the caption line its words (the caption
over the header, which names the unit), and each row a line of cells parted by single pipes
without outer ones ("  2022  | 51.2  | 48.9"). The "|-" between rows stays; table_rows.py
reads it as no row of its own, the rows on either side one table's.

Only tables written one row to a line are read so ("| a || b"); a table with a cell's
attributes ("| style=... | a") or a cell to a line is left as written."""
from __future__ import annotations

import re

_OPEN = re.compile(r"[ \t]*\{\|[^\n]*")
_CLOSE = re.compile(r"[ \t]*\|\}[ \t]*")
_CAPTION = re.compile(r"[ \t]*\|\+[^\n|]*")
_RULE = re.compile(r"[ \t]*\|-[^\n|]*")
# a row of cells on one line: "| a || b || c", or a header "! a !! b"
_ROW = re.compile(r"[ \t]*(?:\|(?![-+}|])[^\n|]*(?:\|\|[^\n|]*)+|![^\n|!]*(?:!![^\n|!]*)+)")


def _blank(line: str) -> str:
    return " " * len(line)


def _row(line: str) -> str:
    lead = len(line) - len(line.lstrip())
    mark = line[lead]  # "|" or "!"
    body = line[lead + 1:].replace(mark * 2, " |")
    return line[:lead] + " " + body


def _table(lines: list[str]) -> list[str] | None:
    """The lines of one table (its opening line to its closing one), rewritten; None when
    a line of it is not of the forms read."""
    out = [_blank(lines[0])]
    for line in lines[1:-1]:
        if not line.strip():
            out.append(line)
        elif _CAPTION.fullmatch(line):
            lead = line.index("|")
            out.append(line[:lead] + "  " + line[lead + 2:])
        elif _RULE.fullmatch(line):
            lead = line.index("|")
            out.append(line[:lead + 2] + _blank(line[lead + 2:]))
        elif _ROW.fullmatch(line):
            out.append(_row(line))
        else:
            return None
    out.append(_blank(lines[-1]))
    return out


def pipe_wiki(text: str) -> str:
    """`text` with its MediaWiki tables written as pipe-parted rows (the same length)."""
    if "{|" not in text:
        return text  # (cheap: most texts have none)
    lines = text.split("\n")
    changed = False
    i = 0
    while i < len(lines):
        if not _OPEN.fullmatch(lines[i]):
            i += 1
            continue
        j = next((k for k in range(i + 1, min(len(lines), i + 400)) if _CLOSE.fullmatch(lines[k])), None)
        if j is None:
            i += 1
            continue
        table = _table(lines[i:j + 1])
        if table is not None:
            lines[i:j + 1] = table
            changed = True
        i = j + 1
    return "\n".join(lines) if changed else text
