"""Tables pasted from a PDF or a spreadsheet, their columns aligned by spaces or tabs.

    Partner              Exports       Imports    Total Trade        Balance
    Uganda              38,412.6       6,118.4       44,531.0       32,294.2

Such a block is read as the pipe-parted tables of extract/table_rows.py are: the last
character of each gap between two cells (a tab, or two spaces or more) is written over with
a pipe, so every offset stays where it was and the table readers (extract/header_units.py,
link/dating.py, link/measures.py) see a table they already know.

Only a block read with confidence is marked: a header line of words above two lines or more
whose cells after the row's label are all figures ("38,412.6", "221 214", "(122,455.3)",
"n.a.", "–"), every line with as many gaps. A line of prose padded by two spaces after a
full stop has no such neighbours, and a row that is a guess is left as it was."""
from __future__ import annotations

import re

# a gap between two cells: a tab, or two spaces or more, between two non-blank characters
_GAP = re.compile(r"(?<=\S)(?:\t+| {2,})(?=\S)")
# a figure cell: a number (thousands parted by commas, dots, no-break or thin spaces, or
# single spaces as Nordic and French statistics print them: "1 240", "10 516.8", or by
# apostrophes as Swiss ones do: "17'215"), signed
# or bracketed as a negative, with a percent sign (spaced and bracketed too: "(3.2 %)"); a sum of money written out in a wire's
# calendar ("$8.00 bln", "-A$1.2 bn"); or a cell standing for no figure
_FIGURE = re.compile(r"[+\-−–]?\(?[+\-−–]?(?:[A-Z]{0,3}[$€£¥][ ]?)?(?:\d{1,3}(?: \d{3})+(?:\.\d+)?(?![\d,])|\d{1,3}(?:['’]\d{3})+(?:\.\d+)?(?![\d'’])|\d[\d,.\u00a0\u202f\u2009]*)(?: ?%\)?|\)%?)?"
                     r"(?:(?<=\d)[ ]?(?:bln|bn|b|mln|mn|m|billion|million|trn|tn))?|n\.?a\.?|[–—-]{1,2}|\.\.|…", re.I)  # ("--": a dash doubled, as plain text writes it)
_MIN_ROWS = 2
# a column headed by a year
_YEAR = re.compile(r"(?:19|20)\d\d")


def _cells(line: str) -> list[str]:
    return _GAP.split(line.strip())


def _shape(line: str, ranked: bool = False) -> tuple[int, bool] | None:
    """(how many gaps, whether every cell after the label is a figure) of a line whose
    cells are aligned, or None for a line of one cell. Under a rank's header (`ranked`) a
    row opens with its rank ("1     China     38.2") or, left empty, with a gap ("      Others
    83.1"): the rank cell counts as a gap and the label is the next cell."""
    body = line.strip()
    if not body or ("\t" not in body and "  " not in body):
        return None
    cells = _cells(line)
    if ranked and _RANK.fullmatch(cells[0]) and len(cells) >= 3 and not _FIGURE.fullmatch(cells[1]):
        return len(cells) - 1, all(_FIGURE.fullmatch(c) for c in cells[2:])
    if ranked and _indented(line) and len(cells) >= 2:
        return len(cells), all(_FIGURE.fullmatch(c) for c in cells[1:])
    if len(cells) < 3:
        return None
    return len(cells) - 1, all(_FIGURE.fullmatch(c) for c in cells[1:])


def _short_row(line: str, shape, above: str, gaps: int) -> bool:
    """Whether a row leaves its last columns empty, its figures standing right under those of
    the first columns of the full row above it:

        Services Imports          210.16        198.44        5.91
        Trade Balance             -97.10        -93.76

    (a balance has no growth rate): its figures are those first columns'."""
    if shape is None or not shape[1] or not 2 <= shape[0] < gaps or "|" in above:
        return False
    ends = [m.end() for m in _GAP_CELL.finditer(line)]
    over = [m.end() for m in _GAP_CELL.finditer(above)]
    return len(over) == gaps + 1 and all(abs(a - b) <= 1 for a, b in zip(ends[1:], over[1:]))


# a cell of an aligned row: words parted by single spaces
_GAP_CELL = re.compile(r"\S+(?: \S+)*")


def _one_figure(line: str) -> tuple[int, bool] | None:
    """The shape of a row of a label and one figure ("Japan          17.2")."""
    cells = _cells(line) if "|" not in line and ("  " in line or "\t" in line) else []
    return (1, bool(_FIGURE.fullmatch(cells[1]))) if len(cells) == 2 and not _FIGURE.fullmatch(cells[0]) else None


# a label of words, then one space and the row's first figure: "United States 236,000"
_SQUEEZED = re.compile(r"([^\d|]*[^\W\d])( )(\S+)")


def _squeezed_label(line: str, gaps: int) -> int | None:
    """Where the one space stands that parts a long label from the row's first figure, in a
    row whose label fills its column ("United States 236,000    271,000" under "Supplier
    2022   2023" over "Japan   218,000   244,000"): read as the gap it stands for, that row
    is a row like the others (else the block ends above it and its rows go unread). None
    when the line is no such row (the other cells must all be figures, as many as the
    header's columns)."""
    if "|" in line or ("  " not in line and "\t" not in line):
        return None
    cells = _cells(line)
    if len(cells) != gaps or not all(_FIGURE.fullmatch(c) for c in cells[1:]):
        return None
    m = _SQUEEZED.fullmatch(cells[0])
    if m is None or not _FIGURE.fullmatch(m.group(3)) or _FIGURE.fullmatch(m.group(1)):
        return None
    return len(line) - len(line.lstrip()) + m.start(2)


# a row's rank: "1", "12.", "(3)"
_RANK = re.compile(r"\(?\d{1,3}[.)]?")


def _ranks_rows(line: str) -> bool:
    """Whether a header's first cell numbers the rows ("Rank", "No.", "#":
    vocab/rank_column_headers.csv)."""
    from .. import vocab

    first = _cells(line)[0].lower()
    return first in {r["header"] for r in vocab.table("rank_column_headers")}


def _indented(line: str) -> bool:
    """Whether a header line leaves its label cell empty ("        Dec-23      Jan-24"): it
    opens with a gap."""
    return line.startswith(("\t", "  ")) and bool(line.strip())


def _lead(line: str) -> int:
    return len(line) - len(line.lstrip())


def _header_gaps(line: str, caption: str = "", below: str = "") -> int | None:
    """How many gaps a header line has, its empty label cell counted (None: no header).
    A header indented no further than the row `below` it is of a table indented as a whole
    (pasted as a block: "    Item    2019    2020" over "    Total   596.7   643.7"): its
    first cell is its label, not an empty one."""
    cells = _cells(line)
    open_label = _indented(line) and _lead(line) > _lead(below)
    # a header names its columns: no cell of it is a bare figure, but for a year that heads
    # a column ("Member State   2022   2023   % change") after a label of words, or with the
    # label cell left empty ("              2023     2024" over "EU exports   502.3   531.6")
    years_only = open_label and all(_YEAR.fullmatch(c) for c in cells)
    if not line.strip() or "|" in line or (_FIGURE.fullmatch(cells[0]) and not years_only) \
            or any(_FIGURE.fullmatch(c) and not _YEAR.fullmatch(c) for c in cells[1:]):
        return None
    gaps = len(cells) - 1 + open_label
    if gaps == 1 and not open_label and (_names_money(cells[1]) or _names_one_period(cells[1]) and _names_money(caption)):
        # "Market          $B" over "Japan          17.2": one column of figures, read only
        # where its header names their money unit (a label and a number alone may be prose),
        # or the one period they are of ("Item      October 2023") under a caption just above
        # that names their money unit ("Main items (USD million)")
        return 1
    return gaps if gaps >= 2 else None


# a money unit in brackets ending a line: " (ATS billion)", " (USD million)"
_UNIT_AT_END = re.compile(r" \([^()]+\)\s*$")


# a line opening as an item of a numbered or bulleted list: "1. Cars  735", "- Cars  735"
# (read by the list readers, its rank or bullet no label of a table row)
_LIST_ITEM = re.compile(r"\s*(?:\(?\d{1,3}[.)]|[-*•–])\s")


def _unit_caption_gap(line: str) -> int | None:
    """Where the space stands before the bracketed money unit that ends a caption of one
    cell, over rows of a label and one figure each:

        Exports to selected CEE countries, 1996 (ATS billion)
        Hungary            33,1
        Czech Republic     22,6

    the caption heads the one column as "Market          $B" does, the unit its column's
    header (read as the gap between two cells); None for any other line. Only a money unit
    makes it a table: a label and a number alone may be prose."""
    m = _UNIT_AT_END.search(line)
    if m is None or "|" in line or len(_cells(line)) != 1 or not _names_money(m.group().strip()):
        return None
    return m.start()


def _units_line(line: str, gaps: int) -> bool:
    """Whether a line under a header of column names gives each column's money unit, one cell
    for each ("               (C$ billions)  (C$ billions)  (C$ billions)" under "Exports
    Imports  Balance"), so that the rows start below it."""
    if "(" not in line or "|" in line:  # (cheap: a unit line brackets its units)
        return False
    cells = _cells(line)
    return len(cells) == gaps and all(c.startswith("(") and c.endswith(")") and _names_money(c) for c in cells)


def _names_one_period(cell: str) -> bool:
    """Whether a header cell is a period alone ("October 2023", "2023", "Q3 2024")."""
    from .periods import find_periods

    if not _HEADER_YEAR.search(cell):
        return False  # (cheap: a period heading a column names its year)
    found = [p for p in find_periods(cell) if p.period]
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(cell)


def _names_money(cell: str) -> bool:
    """Whether a header cell (or a caption) names a money unit ("$B", "US$ million", "€bn",
    "(USD million)")."""
    from .header_units import _cell_unit

    return (any(ch in cell for ch in "$€£¥") or bool(_ISO_CURRENCY.search(cell))) and _cell_unit(cell) is not None


# a currency's code, as a caption names the unit: "(USD million)", "EUR bn"
_ISO_CURRENCY = re.compile(r"\b[A-Z]{3}\b")


def _mark(line: str, base: int = 0) -> str:
    """The line with the last character of each gap a pipe (and of an indented header's
    opening gap, its empty label cell: indented further than `base`, the block's least)."""
    lead = _lead(line)
    out = list(line)
    if _indented(line) and lead > base:
        out[lead - 1] = "|"
    for g in _GAP.finditer(line, lead):
        out[g.end() - 1] = "|"
    return "".join(out)


def pipe_aligned(text: str) -> str:
    """`text` with the gaps of its aligned tables written as pipes (the same length)."""
    # (most texts have no tab and no run of spaces between words: checked first, cheap)
    if "\t" not in text and "  " not in text:
        return text
    lines = text.split("\n")
    shapes = [_shape(x) if "|" not in x else None for x in lines]
    changed = False
    i = 0
    while i < len(lines):
        caption = next((x for x in lines[max(0, i - 2):i][::-1] if x.strip()), "")
        below = lines[i + 1] if i + 1 < len(lines) else ""
        gaps = _header_gaps(lines[i], caption, below) if "  " in lines[i] or "\t" in lines[i] else None
        caption_gap = _unit_caption_gap(lines[i]) if gaps is None and "(" in lines[i] and _one_figure(below) == (1, True) \
            and not _LIST_ITEM.match(below) else None
        if caption_gap is not None:
            gaps = 1  # (a caption ending on its money unit heads one column of figures: see _unit_caption_gap)
        if gaps is None:
            i += 1
            continue
        # (a line of each column's unit right under its name, "(C$ billions)  (C$ billions)",
        # belongs to the header: the rows start below it)
        units = 1 if _units_line(below, gaps) else 0
        j = i + 1 + units
        ranked = _ranks_rows(lines[i])
        while j < len(lines) and ((_shape(lines[j], True) if ranked and "|" not in lines[j] else
                                   _one_figure(lines[j]) if gaps == 1 else shapes[j]) == (gaps, True)
                                  or j > i + 1 and not ranked and _short_row(lines[j], shapes[j], lines[j - 1], gaps)
                                  or not ranked and gaps >= 2 and _squeezed_label(lines[j], gaps) is not None):
            j += 1
        if j - i - 1 - units >= _MIN_ROWS:
            base = min(_lead(lines[k]) for k in range(i, j))
            # (under a header that leaves its label cell empty, an indented row of the body,
            # "  Mining   4,430   4,672   5.5" under "EXPORTS   7,406   7,968   7.6", is a
            # sub-row: its label is its first cell all the same; only the header lines, or a
            # ranked row with its rank left empty, open on an empty cell)
            sub_rows = not ranked and _indented(lines[i]) and _lead(lines[i]) > base
            for k in range(i, j):
                squeezed = _squeezed_label(lines[k], gaps) if k > i and shapes[k] != (gaps, True) else None
                body = k > i + units
                lines[k] = _mark_row(lines[k]) if body and (sub_rows or _full_sub_row(lines[k], gaps, base)) else _mark(lines[k], base)
                if squeezed is not None:
                    lines[k] = lines[k][:squeezed] + "|" + lines[k][squeezed + 1:]
            if caption_gap is not None:
                lines[i] = lines[i][:caption_gap] + "|" + lines[i][caption_gap + 1:]
            changed = True
        i = max(j, i + 1)
    changed = _mark_stacked(lines, shapes) or changed
    return "\n".join(lines) if changed else text


# a year in a header line ("2023(1)", "FY2022/23"): what makes the lines above a block of
# figures the stacked header of a table
_HEADER_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# a line of prose: a sentence ends in it
_SENTENCE_END = re.compile(r"[.!?:;](?:\s|$)")
_MAX_HEADER_LINES = 5


def stacked_header(lines: list[str], first: int) -> list[int] | None:
    """The lines (top first) of the header stacked over a block of figure rows starting on
    line `first`, as a prospectus prints its tables from a PDF:

                                       Year ended          Nine months ended
                                       31 December            30 September
                                      2022      2023        2023       2024(1)
                                               (U.S.$ millions)
        Tea                          1,262.5   1,311.7       975.3    1,059.8

    the non-blank lines right above the rows, none a sentence or a row of figures, one of
    them naming a year, or the last of them a line of one cell naming the money unit of the
    whole table ("$ billions (current dollars)" under "Interprovincial   International" /
    "exports   exports": a header of words alone, its year in the caption) (None when
    there is no such header)."""
    out: list[int] = []
    k = first - 1
    while k >= 0 and lines[k].strip() and len(out) < _MAX_HEADER_LINES:
        line = lines[k]
        if _SENTENCE_END.search(line.strip()) or (_shape(line) or (0, False))[1]:
            return None
        out.append(k)
        k -= 1
    # (the unit line right above the rows: a unit caption over a header row that names its
    # columns, "Key statistics ($m)" over "Dec-23   Jan-24", leaves that header row to say
    # what each column is, as a header of one line)
    if not out or not (any(_HEADER_YEAR.search(lines[k]) for k in out) or _unit_line(lines[first - 1])):
        return None
    return out[::-1]


def _unit_line(line: str) -> bool:
    """Whether a header line is one cell naming a money unit ("$ billions (current dollars)")."""
    return len(_cells(line)) == 1 and _names_money(line.strip())


def column_spans(lines: list[str]) -> list[tuple[int, int]] | None:
    """The (start, end) each column of a block of aligned rows covers, over all its rows (the
    label's column first), or None when the rows do not have as many cells."""
    spans = None
    for line in lines:
        cells = [(m.start(), m.end()) for m in re.finditer(r"\S+(?: \S+)*", line)]
        if spans is None:
            spans = cells
        elif len(cells) != len(spans):
            return None
        else:
            spans = [(min(a, c), max(b, d)) for (a, b), (c, d) in zip(spans, cells)]
    return spans


def _mark_stacked(lines: list[str], shapes) -> bool:
    """Mark, as a pipe-parted table, a block of figure rows under a stacked header (see
    stacked_header) that no single header line names column by column: its rows, and the
    header line right above them with a pipe before each column of figures, in a gap of the
    line over that column or else in its indent. The header's other lines say what each
    column is (extract/header_units.py reads them by where they stand)."""
    changed = False
    i = 1
    while i < len(lines):
        shape = shapes[i]
        if "|" in lines[i] or shape is None or not shape[1] or "  " not in lines[i - 1] and "\t" not in lines[i - 1]:
            i += 1
            continue
        j = i
        while j < len(lines) and "|" not in lines[j] and shapes[j] == shape:
            j += 1
        spans = column_spans(lines[i:j]) if j - i >= _MIN_ROWS else None
        # (a header of one line is read, or left, by the header reading above)
        head = spans and "\t" not in "".join(lines[i - 1:j]) and stacked_header(lines, i)
        head = head if head and len(head) >= 2 else None
        pipes = _header_pipes(lines[i - 1], spans) if head else None
        if pipes is not None:
            for k in range(i, j):
                lines[k] = _mark_row(lines[k])
            row = list(lines[i - 1])
            for p in pipes:
                row[p] = "|"
            lines[i - 1] = "".join(row)
            changed = True
        i = max(j, i + 1)
    return changed


def _full_sub_row(line: str, gaps: int, base: int) -> bool:
    """Whether an indented body row fills every column with its own label first ("  Coffee
    178,4   196,2   10,0" under "Product group   Nov 2007   Nov 2008   Var. %"): a sub-row of
    the row above, its label its first cell, not a row opening on an empty label cell (which
    would put each figure one column to the right). Only a short indent, one step in from
    the block's least (`base`), and a label with no colon: a row indented far, to line up
    under the words of an "Of which: General Trade" row, continues that row's list."""
    if not _indented(line) or _lead(line) - base > _SUB_ROW_STEP:
        return False
    cells = _cells(line)
    return len(cells) == gaps + 1 and not _FIGURE.fullmatch(cells[0]) and ":" not in cells[0]


# the most spaces a sub-row is indented by, past the block's least indent
_SUB_ROW_STEP = 4


def _mark_row(line: str) -> str:
    """A body row with the last character of each gap between its cells a pipe (its indent,
    "  of which: petroleum", left as it is: the label is its first cell all the same)."""
    out = list(line)
    for g in _GAP.finditer(line, len(line) - len(line.lstrip())):
        out[g.end() - 1] = "|"
    return "".join(out)


def _header_pipes(line: str, spans) -> list[int] | None:
    """Where to write a pipe before each figure column in a header line: in a gap of the line
    just left of the column (two spaces or more, or the indent), else packed at the end of
    the indent; None when the line has no room for them."""
    end = len(line.rstrip())
    lead = len(line) - len(line.lstrip())
    pipes: list[int] = []
    for a, _ in spans[1:]:
        p = min(a - 1, end - 1)
        while p > (pipes[-1] if pipes else 0) and not (line[p] == " " and line[p - 1] in " |"):
            p -= 1
        if p <= (pipes[-1] if pipes else 0):
            break
        pipes.append(p)
    else:
        return pipes
    n = len(spans) - 1
    return list(range(lead - n, lead)) if lead - n >= 1 else None
