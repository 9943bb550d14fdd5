"""The arithmetic inside a table of figures pasted as text, whatever its unit:

    Table 2 – Import volume (tonnes)   2021      2022      2023      IP
    Volume of imports from the PRC     41 250    52 800    63 900    70 420
    Index                                 100       128       155       171

    Particulars              Unit   2020-21   2021-22   2022-23     POI
    China PR                 MT       4,812     5,906     7,344    8,127
    Japan                    MT       1,208     1,415     1,630    1,873
    Subject countries        MT       6,020     7,321     8,974   10,000

An index row (its label an index word, vocab/table_row_labels.csv, its first cell 100) is
the row above it over that row's first cell; a subtotal row is the sum of the rows right
above it. Trade-remedy findings, statistical annexes and association releases print both.

The figures of a table are no claims (most are volumes, or of no flow the text names), so
this reads the lines alone. Which rows a subtotal adds up the table seldom says, so the
figures say it: a row that is the sum of the rows right above it in at least two columns is
a subtotal of them, and a column where it is not is an error; a row whose label names a
total (vocab/table_row_labels.csv) needs one column to agree. A column whose header names a
change, a price or a rate (vocab/non_additive_columns.csv) adds up to nothing, and is left
out. A balance row is the exports row less the imports row above it ("Exports / Imports /
Balance"). A market-size row is the production row plus the imports row less the exports
row above it ("Total Local Production / Total Exports / Total Imports / Imports from the U.S.
/ Total Market Size", as commercial guides print it): no sum of the rows right above it.
Under a header of flow columns ("Quarter  Exports  Imports  Total trade  Balance") each row's
total trade is its exports plus its imports and its balance their difference; a row labelled
by a year alone ("2023") closes the run of its quarters or months above it, their sum.
Every figure is taken to its rounding as written."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..extract import column_groups, table_rows
from ..extract.mentions import find_countries
from ..model import Finding
from .catalogue import Severity, Status, render
from .volumes import _figure, unit_alternation

# a gap between two cells: a pipe (an aligned table marked by extract/aligned_tables.py), a
# tab, or two spaces or more
# A run of leader dots between a label and its figure ("Mali ........ 376.4", a report's
# table typeset with leaders) is a gap too.
# So is a short run, one to three dots between spaces, right before a line's last figure
# ("United States .. 3,050", "United Kingdom . 1,890": the leaders of a longer label cut
# short to keep the column).
_GAP = re.compile(r"\s*\|\s*|\t+| {2,}| ?\.{4,} ?|(?<=\S) \.{1,3} (?=[\d,.]+\s*$)", re.M)
_SHORT_LEADER = re.compile(r"\S \.{1,3} \d[\d,.]*\s*$")


def _leader_line(line: str) -> bool:
    """Whether a line sets its figure after leader dots ("Mali ........ 376.4", "Chad .. 40")."""
    return "...." in line or " ." in line and _SHORT_LEADER.search(line) is not None
# a figure cell: digits grouped by commas, dots, single spaces or apostrophes ("41 250",
# "1,62,400", "12'305"), a
# decimal part after a dot or a comma ("16,8"), maybe a percent sign; a change column's
# cell may carry its sign ("+8.6%", "-5.6%": no level, see _number), or, as accountants
# write a negative, its figure in brackets ("(2.0)", "(1,250)": a decimal or grouped figure,
# so a footnote's "(1)" stays no cell; no level either)
# A money cell may carry its currency sign and its scale ("$58.0B", "€1.2bn", "£850m": a
# chart's data table); a column adds up only where every cell has one scale (_column).
# A money cell may also be written out, its currency's code before its sign and its scale a
# word ("NZ$12.9 billion", "A$640 million": a release's breakdown set as label and figure).
_FIGURE = re.compile(r"[+\-−–]?(?:US\$|\$|€|£|¥)?(?:\d{1,3}(?:[ \u00a0\u202f\u2009'’]\d{3})+(?:[.,]\d+)?%?"
                     r"|\d[\d,.]*(?:%|(?:bn|tn|mn|[BMKTmk])(?![A-Za-z]))?)"
                     r"|(?:[A-Z]{1,3}\$|[$€£¥])\d[\d,]*(?:\.\d+)? (?:billion|million|trillion)"
                     r"|\((?:\d+\.\d+|\d{1,3}(?:,\d{3})+)\)")
# a cell standing for no figure in a row that has others ("Indonesia   6,820   -   -   15.2":
# no figure a year earlier): an empty cell of its column, no end of the row's figures (its
# value is None, so a column holding one adds up to nothing); so is a note for no figure:
# "n.d." (no data), "n.a.", "n/a" ("Top 5   17,747   34.4   n.d.")
_EMPTY_CELL = re.compile(r"[–—-]{1,2}|(?i:n\.?[ad]\.?|n/a)")
_MONEY = re.compile(r"^([+\-−–]?)(?:[A-Z]{1,3}\$|\$|€|£|¥)|(?<=\d)(?:bn|tn|mn|[BMKTmk]| billion| million| trillion)$")


class _Row:
    """A line of a table: its label, and its figures from the right (the last figure is the
    last column's), each with its span in the text."""

    def __init__(self, label: str, figures: list[tuple[str, int, int]], start: int = 0):
        self.label = label
        self.figures = figures
        self.start = start  # (where its line starts: a column's place, see _under)
        self.indent = 0  # (how far its label stands in from the line's start: see _groups)
        self.pipes = False
        self.leaders = False
        self.loose = False  # (a row of one figure only a closed run makes a table's: _closed_run)
        self.closed = False  # (the total row that closes such a run)
        self.bloc_total = self.bloc_whole = False  # (see _bloc_of_members)
        self.sub_rows: list[_Row] = []  # (one-figure rows indented under it: its parts, see _sub_row)

    def value(self, col: int) -> tuple[float, float] | None:
        """The figure of column `col` counted from the right (-1 the last), with its rounding."""
        if -col > len(self.figures):
            return None
        return _number(self.figures[col][0])


def _number(cell: str) -> tuple[float, float] | None:
    """A figure cell as (value, half its last digit): "41 250", "8,127", "16,8", "45.5%"."""
    if cell[-1:] in "BMKTmknm$€£¥" or cell[:1] in "$€£¥U" or cell[1:2] in "$€£¥U" or "$" in cell[:4]:
        cell = _MONEY.sub(r"\1", cell)  # (its currency sign and scale: "$58.0B" is 58.0 of its column's scale)
    s = re.sub(r"[ \u00a0\u202f\u2009'’%]", "", cell)
    if re.fullmatch(r"\d+,\d{1,2}", s):
        s = s.replace(",", ".")  # (a decimal comma: "16,8")
    elif s.count(".") > 1 or re.fullmatch(r"\d{1,3}(?:\.\d{3})+,\d+", s):
        s = s.replace(".", "").replace(",", ".")  # ("1.234.567", "1.234,5": dots group thousands)
    if not re.fullmatch(r"\d[\d,]*(?:\.\d+)?", s):
        return None
    return _figure(s)


def _scale(cell: str) -> str:
    """The scale letters a money cell ends with ("B" of "$58.0B"), or ""."""
    m = re.search(r"(?<=\d)(?:bn|tn|mn|[BMKTmk]| billion| million| trillion)$", cell)
    return m.group() if m else ""


def _column(cells: list[str]) -> list[tuple[float, float]] | None:
    """The figures of one column (value, rounding), or None where one is no figure. A whole
    number's rounding is the column's: "10,000" below "8,127" is exact, "412 500" beside
    "440 000" and "419 200" is to the hundred (a figure alone would take every trailing zero
    for rounding), and "100" below "45.74" to the unit."""
    if len({_scale(c) for c in cells}) > 1:
        return None  # ("$850M" above "$1.2B": no sum in one unit)
    vals = [_number(c) for c in cells]
    if None in vals:
        return None
    whole = [e for _, e in vals if e >= 0.5]
    # (a whole number among decimals, "100" below "45.74", is to the unit at most)
    step = 0.5 if len(whole) < len(vals) or not whole else min(whole)
    return [(v, e if e < 0.5 else step) for v, e in vals]


# a footnote's mark after a cell's figure ("3.2 ¹", "22.5 e", "118*", "4.1 (p)"): a
# superscript, stars, or a letter of a revision, estimate or provisional figure (alone after
# a space, or in brackets), no column of its own; checked only on the cell's last character.
# So is the figure's share of the total in brackets after it ("20.37 (38.6%)", under a
# heading "share of total in parentheses"): the cell's level is the figure before it.
_CELL_MARK = re.compile(r"\s?[¹²³⁴⁵⁶⁷⁸⁹⁰]+$|\s?\*{1,3}$|\s?\((?:[a-z]|\d{1,2})\)$|(?<=\d)\s(?:[pre])$"
                        r"|(?<=\d)\s\(\d{1,3}(?:\.\d+)?\s?%\)$")
_MARK_ENDS = frozenset("¹²³⁴⁵⁶⁷⁸⁹⁰*)pre")


def _cells(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The cells of the line text[start:end], each with its span."""
    out, pos = [], start
    for g in list(_GAP.finditer(text, start, end)) + [None]:
        stop = g.start() if g else end
        cell = text[pos:stop]
        if cell.strip():
            lead = len(cell) - len(cell.lstrip())
            body = cell.strip()
            if body[-1] in _MARK_ENDS and (m := _CELL_MARK.search(body)) and _FIGURE.fullmatch(body[:m.start()]):
                body = body[:m.start()]  # (a footnote's mark belongs to its cell: "3.2 ¹" is 3.2)
            out.append((body, pos + lead, pos + lead + len(body)))
        if g:
            pos = g.end()
    return out


def _row(text: str, start: int, end: int, loose: bool = False) -> _Row | None:
    """A table row: a label, then two figures or more (a unit cell between them and the
    label may stand: "China PR   MT   4,812"), or None for any other line. A row of one
    figure is one only where its label is a world region, a part of the row above or a
    total ("Asia-Pacific   689", "  of which Switzerland   138", "Total   1'846": a company's
    sales by region in one column), which only a run of regions under a total relates.
    `loose`: any label with one figure (see _closed_run)."""
    cells = _cells(text, start, end)
    k = len(cells)
    while k and (_FIGURE.fullmatch(cells[k - 1][0]) or _EMPTY_CELL.fullmatch(cells[k - 1][0])):
        k -= 1
    figures = cells[k:]
    real = sum(1 for f in figures if not _EMPTY_CELL.fullmatch(f[0]))
    if real == 0 or real == 1 and len(figures) > 1:
        figures = []  # (dashes beside one figure or none: too little to be sure of a row)
    pipes = text[start:end].lstrip().startswith("|")
    # (a Markdown table's row is a row whatever its label: "| Serbia | 2.2 |" under a header
    # "| Country | Exports (TWh) |", its pipes mark it a table's; see _parts_over_total)
    leaders = _leader_line(text[start:end])
    # (a label, leader dots, one figure: "Togo ......... 402.9" is a row of one column)
    if not figures or k == 0 or k > 2 or len(figures) == 1 and not (loose or pipes or leaders or _one_column_label(cells[0][0])):
        return None
    out = _Row(cells[0][0], figures, start)
    out.indent = cells[0][1] - start
    out.pipes = "|" in text[start:end]
    out.leaders = leaders
    return out


def _is_total(row: _Row) -> bool:
    """A total row: its label a total's ("Total"), or a bloc's whose members label the rows
    above it (see _bloc_of_members)."""
    return _is(row.label, "total") or row.bloc_total


def _bloc_of_members(row: _Row, above: list[_Row]) -> tuple[bool, bool]:
    """Whether a row is labelled with a bloc (vocab/blocs.csv) and every row above it with
    one of its members: "UEMOA   3,182.0" under "Mali   398.6", "Togo   374.1" is the
    union's own total, the sum of its members' rows, as a "Total" row would be; and
    whether those rows name every member (then the bloc's whole is their sum exactly)."""
    if not row.label[:1].isupper() or len(row.label) > 60:
        return False, False
    found = find_countries(row.label)
    if len(found) != 1 or found[0].attrs.get("kind") != "group":
        return False, False
    members = vocab.bloc_members().get("group:" + str(found[0].attrs.get("label")))
    if not members:
        return False, False
    seen = set()
    for r in above:
        isos = [m.attrs.get("iso") for m in find_countries(r.label)]
        if len(isos) != 1 or isos[0] not in members or isos[0] in seen:
            return False, False
        seen.add(isos[0])
    return True, seen == members


def _one_column_label(label: str) -> bool:
    return _is(label, "region") or _is(label, "within") or _is(label, "total")


def _header(text: str, start: int, end: int) -> list[str] | None:
    """A header line's column names from the right, or None for a line that is no header."""
    cells = _cells(text, start, end)
    if len(cells) < 2:
        return None
    return [c for c, _, _ in cells]


@functools.cache
def _labels() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for r in vocab.table("table_row_labels"):
        out.setdefault(r["kind"], []).append(r["phrase"].lower())
    return out


@functools.cache
def _non_additive_re() -> re.Pattern:
    words = vocab.alternation([r["word"] for r in vocab.table("non_additive_columns")], ignore_case=True, space=r"\s+")
    # (or a money sign over a unit, "$/ct", "€/t": a price per unit, whose total row is an average)
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)|{_MONEY_PER_UNIT}", re.I)


_MONEY_PER_UNIT = r"[$€£¥₹]\s*/\s*[A-Za-z]"


@functools.cache
def _shares_re() -> re.Pattern:
    words = vocab.alternation([r["word"] for r in vocab.table("share_columns")], ignore_case=True, space=r"\s+")
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.I)


def _is(label: str, kind: str) -> bool:
    """Whether a row's label opens with a word of that kind ("Index", "Total imports")."""
    low = " ".join(label.lower().split())
    if kind == "total" and (_ranked_total_count(low) is not None or _closes_on_a_group_noun(low)):
        return True
    return any(low == w or low.startswith(w + " ") or low.startswith(w + " (") for w in _labels().get(kind, []))


def _closes_on_a_group_noun(low: str) -> bool:
    """Whether a row's label (lower case) closes on a noun that names the group of the products
    in the rows above it ("Soy complex" under "Soybeans", "Soymeal", "Soyoil"; vocab/
    table_row_labels.csv, kind group tail): their total, as a "Total" row is."""
    return any(low.endswith(" " + w) for w in _labels().get("group tail", []))


# a total of the rows ranked above it, their count given ("Top 5 total", "Top ten total",
# "Top 10 combined"): the sum of those rows, as a "Total" row is
_RANKED_TOTAL = re.compile(r"(?:the\s+)?(?:top|leading|largest|biggest)\s+(\d{1,2}|[a-z]+)\s+(?:total|combined|together)")
# the same count alone ("Top 5"), which may head a column of shares or a note: a total only
# of as many full rows right above it (see _bare_ranked_total)
_BARE_RANKED = re.compile(r"top\s+(\d{1,2}|[a-z]+)")


def _bare_ranked_total(row: _Row, parts: list[_Row]) -> bool:
    """"Top 5   17,747   34.4   n.d." right under the five rows it counts, each with as many
    cells: their total, though its label says only how many."""
    m = _BARE_RANKED.fullmatch(" ".join(row.label.lower().split()))
    n = (int(m.group(1)) if m.group(1).isdigit() else vocab.number_words().get(m.group(1))) if m else None
    return n == len(parts) and all(len(p.figures) == len(row.figures) for p in parts)


def _ranked_total_count(low: str) -> int | None:
    """How many ranked rows a label like "top 5 total" adds up (lower case), or None."""
    if not low.startswith(("the ", "top", "leading", "largest", "biggest")):
        return None  # (cheap)
    m = _RANKED_TOTAL.fullmatch(low)
    if m is None:
        return None
    n = int(m.group(1)) if m.group(1).isdigit() else vocab.number_words().get(m.group(1))
    return int(n) if n and n == int(n) and n >= 2 else None


# a line that may be the first part of a row's label wrapped over lines: words alone, no
# gap, no figure and no sentence's end ("South and Central America" over "  and the
# Caribbean     0.80     3.2")
_LABEL_PART = re.compile(r"[^\W\d][^\t|]{0,58}")
_MAX_WRAP = 3


# a rank before a row's label: " 7. Other products from mineral"
_RANK_PREFIX = re.compile(r"\s*\d{1,2}\.\s+")


def _header_right_above(text: str, prev: tuple[int, int] | None, starts: list[int], i: int) -> bool:
    """Whether the line right above line `i` is a header line of two cells or more."""
    return prev is not None and i > 0 and prev[0] == starts[i - 1] and _header(text, *prev) is not None


def _wrapped_row(text: str, lines: list[str], starts: list[int], i: int, within: bool = False,
                 under_header: bool = False) -> tuple[int, _Row] | None:
    """A row whose label wraps over lines, as a report prints a long region's name in a
    narrow column:

        South and Central America
          and the Caribbean                 0.80            3.2

    line `i` is the label's first part, each next line indented more, the last with the
    row's figures. Returns (the row's line, the row labelled with the whole name), or None.
    `within`: the line comes inside a run of rows, where the first part may be indented
    and ranked as its rows are (" 7. Other products from mineral" over "    manufactured
    goods   289   0.9"), its continuation indented as far as the label's words at least.
    `under_header`: the line comes right under a table's header, where the first part may be
    indented as the table's rows are, its continuation indented further."""
    first = lines[i]
    rank = _RANK_PREFIX.match(first) if within else None
    label = first[rank.end():] if rank else first.strip()
    indent = rank.end() if rank else len(first) - len(first.lstrip())
    # (inside a table a label may end its first line on a semicolon, as the Combined
    # Nomenclature's section names do: "Machinery and mechanical appliances;" over
    # "  electrical equipment   4 640"; outside one such a line is prose)
    ends = ".:!?" if within or under_header else ".:;!?"
    if first[:1].isspace() and not (within or under_header) or "  " in label.strip() \
            or not _LABEL_PART.fullmatch(label.strip()) or first.rstrip()[-1:] in ends:
        return None
    if under_header:
        indent += 1  # (its continuation indented further than the label's first part)
    parts = [first.strip()]  # (its rank kept, as the rows around it keep theirs)
    for j in range(i + 1, min(i + 1 + _MAX_WRAP, len(lines))):
        line = lines[j]
        if not line[:1].isspace() or not line.strip() or len(line) - len(line.lstrip()) < indent:
            return None
        body = line.strip()
        if "  " in body or "\t" in body:
            row = _row(text, starts[j], starts[j] + len(line))
            if row is None or not _LABEL_PART.fullmatch(row.label) or row.label[:1].isupper():
                return None  # (a continuation goes on in lower case: "and the Caribbean")
            row.label = " ".join(parts + [row.label])
            return j, row
        if not _LABEL_PART.fullmatch(body) or body[-1:] in ".:;!?":
            return None
        parts.append(body)
    return None


def _blocks(text: str) -> list[tuple[list[str] | None, list[_Row]]]:
    """The tables of a text: each run of rows, with the header line right above it. A row
    whose label wraps over lines is one row (see _wrapped_row)."""
    out: list[tuple[list[str] | None, list[_Row]]] = []
    header, rows, prev = None, [], None
    carried = None
    row_line = (0, 0)
    pos = 0
    lines = text.split("\n")
    starts = []
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    skip = -1
    for i, line in enumerate(lines):
        if i <= skip:
            continue
        start, end = starts[i], starts[i] + len(line)
        if rows and line.startswith("|-") and table_rows.is_rule(text, start, end):
            continue  # (the rule between two rows of a MediaWiki table)
        row = _row(text, start, end) if ("  " in line or "\t" in line or "|" in line or _leader_line(line)) else None
        if row is None and line.strip() and "|" not in line and (rows or _header_right_above(text, prev, starts, i)):
            # (the table's first row may wrap too, right under its header: "  Electrical machinery,
            # apparatus" over "    and parts thereof     800,234     26.4")
            wrapped = _wrapped_row(text, lines, starts, i, within=bool(rows), under_header=not rows)
            if wrapped is not None:
                skip, row = wrapped
        if row is None and rows and _YEAR_CELL.match(line) and all(_names_part_of_year(r.label) for r in rows):
            # ("2023       35.78     30.89" under rows "Q1 ... Q4": the year's row, its label a
            # figure in form, closing a run of the year's quarters or months)
            row = _year_row(text, start, end)
        if row is None and "  " in line and (rows or prev):
            # (a label and one figure, "Ghana      560": a row only in a run the rows of the
            # rest and the total close, see _closed_run)
            row = _row(text, start, end, loose=True)
            if row is not None:
                row.loose = True
        if row is not None and rows and _sub_row(rows[-1], row):
            rows[-1].sub_rows.append(row)  # (a part of the row above: no row of the table, no end of it)
            continue
        if row is None:
            # ("Exports (Mt)" right under a table's rows, then more rows: a subheading, a line
            # of words and no figure; the rows under it are still in the columns of the header
            # above, see _header_over_subheading)
            carried = (header, (start, end)) if rows and line.strip() and not re.search(r"\d", line) else None
            if len(rows) >= 2:
                out += _closed_run(text, header, rows)
            elif len(rows) == 1 and "|" in line and table_rows.is_separator(text, start, end):
                # ("| Market | 2021 |" over its |---| rule: a header whose column is a year reads
                # as a row of one figure; the rule under it makes it the header of the rows below)
                rows, prev = [], row_line
                continue
            rows = []
            if not (prev and table_rows.is_separator(text, start, end)):
                prev = (start, end)  # (the header is above the |---| rule under it)
            continue
        if not rows and _years_header(row):
            # ("Partner State     2018       2019" over "Kenya   1,311.2   1,265.3": a line of
            # the columns' years in order is their header, no row of figures)
            prev = (start, end)
            continue
        if not rows:
            header = _header(text, *prev) if prev else None
            if header is not None and prev[0] >= 2 and text[prev[0] - 2] != "\n":
                # ("Value  y/y %  Value" under "Exports   Imports": each column named with the
                # group over it, extract/column_groups.py; the label's cell may be blank)
                grouped = column_groups.named_columns(text, prev)
                header = [""] + grouped if grouped else header
            if header is None and carried is not None and carried[1] == prev \
                    and len(carried[0] or ()) - len(row.figures) in (0, 1):
                # (the table's header over its subheading: same columns, the header's label cell
                # counted or left blank; " of which" over " China   13,580   8.0 ...")
                header = carried[0]
            if prev is not None and (header is None or len(header) < len(row.figures)):
                # (a header line with fewer cells than the row has figures is the lowest line of
                # a stacked header: "thousand US dollars  Jan-Mar 2023  2023  2024" under
                # "January-March  January-March  Jan-Mar 2024" / "2023  2024  in % to")
                header = _stacked_header(text, prev, row) or header
        rows.append(row)
        row_line = (start, end)
    if len(rows) >= 2:
        out += _closed_run(text, header, rows)
    if out and dots_group_thousands(text):
        for _, block in out:
            for r in block:
                r.figures = [(ungroup_dots(f), a, b) for f, a, b in r.figures]
    return out


# the most lines a header stacked over lines takes, and how far a header's word may stand left
# of the figure under it (a right-aligned column's wider figures lower down reach further left)
_MAX_STACK = 5
_STACK_SLACK = 2


def _stacked_header(text: str, prev: tuple[int, int], row: _Row) -> list[str] | None:
    """A header stacked over several lines right above a table's first row, each column's
    name in pieces one over another, as statistical offices print narrow columns:

                          Sept.     Oct.    Sept.
                           1998     1998   to Oct.
                                            % change
        Forestry products  2,731    2,776      1.6

    Each word goes to the figure column it stands over, and the pieces of a column, read
    down, are its name ("Sept. to Oct. % change"); the label's column may be headed on the
    top line alone. `prev` is the line right above the row. None unless the lines above it
    (two at least, up to a blank line) all stand over the row's figures, each column named."""
    columns = [(a - row.start - _STACK_SLACK, b - row.start) for _, a, b in row.figures]
    label = _cells(text, row.start, row.figures[0][1])[0]
    label_end = label[2] - row.start  # (where the row's label ends on its line: no header's word stands over it)
    lines: list[tuple[int, int]] = []
    start, end = prev
    while True:
        if len(lines) == _MAX_STACK or not text[start:end].strip() or not _header_line_of_stack(text, start, end):
            return None  # (a header stands on its own under a blank line: no row, nor more lines)
        lines.append((start, end))
        if start < 2 or text[start - 2] == "\n":
            break  # (a blank line, or the text's start, above: the header's top)
        end = start - 1
        start = text.rfind("\n", 0, end) + 1
    if len(lines) < 2:
        return None
    names: list[list[str]] = [[] for _ in columns]
    for k, (start, end) in enumerate(reversed(lines)):
        for cell, a, b in _cells(text, start, end):
            a, b = a - start, b - start
            if b <= columns[0][0] and k == 0:
                continue  # (the label column's own header, "Commodity", on the top line)
            over = [min(b, cb) - max(a, ca) for ca, cb in columns]
            col = max(range(len(columns)), key=over.__getitem__)
            if over[col] <= 0 or a < label_end:
                return None  # (a word over no figure, or over the labels: no header of columns)
            names[col].append(cell)
    if not all(names):
        return None
    return [" ".join(n) for n in names]


def _header_line_of_stack(text: str, start: int, end: int) -> bool:
    """Whether a line may be one of a stacked header: no row of figures, or one whose only
    figures are years ("thousand US dollars   Jan-Mar 2023   2023   2024")."""
    row = _row(text, start, end)
    return row is None or all(_YEAR.fullmatch(f) for f, _, _ in row.figures)


def _years_header(row: _Row) -> bool:
    """Whether a row's figures are years in order, a year apart or a few ("2018   2019",
    "2010  2015  2020"): the years heading the columns under it."""
    years = [f for f, _, _ in row.figures]
    if len(years) < 2 or not all(_YEAR.fullmatch(y) for y in years):
        return False
    steps = [int(b) - int(a) for a, b in zip(years, years[1:])]
    return all(0 < d <= 10 for d in steps) or all(-10 <= d < 0 for d in steps)


_YEAR = re.compile(r"(?:19|20)\d\d")


def _sub_row(above: _Row, row: _Row) -> bool:
    """Whether a one-figure row is a part of the full row above it, indented under it as a
    statistics office prints the items of a heading ("Raw materials   2,594.8   2,882.7" over
    "  - Fuels and lubricants   964.2", "  - For industry   1,716.9"): its figure stands in
    one of that row's columns, and its label further in (or opens on a dash). Such rows are
    no rows of the table: the table's rows, and their total, go on under its header. In a
    table of one column the same holds under a row of one figure that is no total
    ("Manufacturing   48,912" over "   Automotive   16,203"): its items, not the table's
    rows beside it, so the table's total counts the row and not its items again."""
    if not (row.loose and len(row.figures) == 1 and not above.pipes and row.indent > above.indent):
        return False
    if len(above.figures) == 1 and (not above.loose or _is_total(above)):
        return False
    return _under(above, row, -1) is not None


def _sub_rows_finding(row: _Row, header: list[str] | None) -> Finding | None:
    """The items indented under a row against it: they are its parts, so together they do not
    exceed it in the column they stand in (a table may print only some items, so their sum
    may fall short of it). Only levels count: no column of changes, prices or shares."""
    if len(row.sub_rows) < 2:
        return None
    cols = {_under(row, sub, -1) for sub in row.sub_rows}
    col = cols.pop() if len(cols) == 1 else None
    if col is None or _no_levels(header, [row], col) or row.figures[col][0].endswith("%"):
        return None
    cells = [sub.figures[-1][0] for sub in row.sub_rows]
    column = _column(cells + [row.figures[col][0]])
    if column is None or any(v < 0 for v, _ in column):
        return None
    vals, whole = column[:-1], column[-1]
    if sum(v - e for v, e in vals) <= whole[0] + whole[1]:
        return None
    decimals = max(_decimals_of(c) for c in cells)
    total = sum(v for v, _ in vals)
    fields = {"parts": " + ".join(f"{c} ({sub.label.lstrip('-–• ')})" for c, sub in zip(cells, row.sub_rows)),
              "sum": f"{total:,.{decimals}f}", "whole": f"{row.figures[col][0]} ({row.label}, {_column_name(header, col, len(row.figures))})"}
    return Finding(id="", check="bound", status=Status.INCONSISTENT, severity=Severity.ERROR, claims=[],
                   spans=[row.figures[col][1:]] + [sub.figures[-1][1:] for sub in row.sub_rows],
                   message=render("bound", "parts", False, fields), expected=total, observed=whole[0])


# a line opening on a year alone, then a gap: "2023       35.78"
_YEAR_CELL = re.compile(r"[ \t]*(?:19|20)\d\d(?:\s*\|\s*|\t+| {2,})")
# a row label naming a part of a year: "Q3", "H1", "Jan", "March", "Jan-Jun"
_QUARTER_OR_HALF = re.compile(r"(?:Q[1-4]|H[12])", re.I)


def _names_part_of_year(label: str) -> bool:
    """Whether a row's label is a quarter, a half or a month (or a range of months) alone."""
    return bool(_QUARTER_OR_HALF.fullmatch(label)) or all(w.rstrip(".").lower() in vocab.months() for w in re.split(r"[-–]", label))


def _year_row(text: str, start: int, end: int) -> _Row | None:
    """The row of a line whose first cell is a year, the year as its label."""
    cells = _cells(text, start, end)
    if len(cells) < 3 or not all(_FIGURE.fullmatch(c[0]) for c in cells[1:]):
        return None
    out = _Row(cells[0][0], cells[1:], start)
    out.indent = cells[0][1] - start
    out.pipes = "|" in text[start:end]
    return out


# "3.090", "281.400": dots between groups of three digits (with no decimal part after)
_DOT_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d.,])")


def ungroup_dots(figure: str) -> str:
    """A cell's figure with the dots that group its thousands taken out ("3.090" -> "3090"),
    for a text where dots_group_thousands holds."""
    return _DOT_GROUPED.sub(lambda m: m.group().replace(".", ""), figure) if "." in figure else figure


def dots_group_thousands(text: str) -> bool:
    """A text that writes its decimals with commas ("36,6%") and never a decimal dot writes
    "3.090" in its tables as it does in its sentences ("US$ 3.890 million"): dots group
    thousands there (a table follows its text's number convention)."""
    from ..extract.mentions import document_uses_decimal_comma
    from ..extract.money import _groups_thousands_by_dots
    return document_uses_decimal_comma(text) and _groups_thousands_by_dots(text)


def _closed_run(text: str, header: list[str] | None, rows: list[_Row]) -> list[tuple[list[str] | None, list[_Row]]]:
    """A run of rows as a table. One-figure rows of any label ("Ghana   560", "Nigeria
    240") make a table only where the rows of the rest and the total close them ("Others
    470", "Total   3,700": vocab/table_row_labels.csv), which shares out the whole; else the
    runs of other rows between them are the tables, each under the line above it."""
    if not any(r.loose for r in rows):
        return [(header, rows)]
    if len(rows) >= 4 and _is(rows[-1].label, "total") and _is(rows[-2].label, "rest") \
            and not any(_is(r.label, "total") for r in rows[:-1]) and all(len(r.figures) == 1 for r in rows):
        rows[-1].closed = True  # (a table by its rest and total rows, a header line or not)
        return [(header, rows)]
    if len(rows) >= 3 and _bare_ranked_total(rows[-1], rows[:-1]) and all(len(r.figures) == 1 for r in rows):
        # ("United States   130.0" ... "Japan   1.2", then "Top five   148.6": a count of the
        # rows above it, each one of them, closes them as their total)
        rows[-1].closed = True
        return [(header, rows)]
    if len(rows) >= 4 and header is not None and len(header) == 2 and _is(rows[-1].label, "total") \
            and not any(_is(r.label, "total") for r in rows[:-1]) and all(len(r.figures) == 1 for r in rows):
        # ("Origin   Value ($bn)" over "Mexico   6.50", ..., "All origins   6.92": a header
        # line of a label and one column over one-figure rows that a total closes is a
        # table of one column; its parts may not add up to more than its total)
        return [(header, rows)]
    out, run = [], []
    for r in rows + [None]:
        if r is not None and not r.loose:
            run.append(r)
            continue
        if len(run) >= 2 and run[0] is rows[0]:
            out.append((header, run))  # (the first under the table's own header)
        elif len(run) >= 2:
            line = text.rfind("\n", 0, max(0, run[0].start - 1)) + 1
            out.append((_header(text, line, max(line, run[0].start - 1)), run))
        run = []
    return out


def findings(text: str) -> list[Finding]:
    """Findings for each index row and each subtotal row its table's figures contradict."""
    if "  " not in text and "\t" not in text and "|" not in text and "...." not in text and " . " not in text and " .. " not in text:
        return []  # (no aligned table: checked first, cheap)
    out = []
    for header, rows in _blocks(text):
        groups = _groups(header, rows)
        for head, end in groups:
            f = _group_finding(header, rows[head], rows[head + 1:end])
            if f is not None:
                out.append(f)
        out += [f for row in rows if (f := _sub_rows_finding(row, header)) is not None]
        for i, row in enumerate(rows):
            row.bloc_total, row.bloc_whole = _bloc_of_members(row, rows[:i]) if i >= 2 else (False, False)
            # (a row "of which Switzerland" under "Europe" is a part of that row, no sibling
            # of the rows a total adds up, and no sum itself; nor is an item of a group whose
            # subtotal row stands above it, once the group is closed: the subtotal counts it)
            items = {j for head, end in groups if end <= i for j in range(head + 1, end)}
            within = [r for j, r in enumerate(rows[:i]) if not _is(r.label, "within") and j not in items]
            if _is(row.label, "within"):
                continue
            if i and _is(row.label, "index"):
                f = _index_finding(rows[i - 1], row, header)
            elif _is(row.label, "balance"):
                f = _balance_finding(within, row, header)
            elif _is(row.label, "market"):
                f = _market_finding(within, row, header)
            else:
                f = _subtotal_finding(within, row, header)
            if f is not None:
                out.append(f)
        f = _flow_columns_finding(header, rows)
        if f is not None:
            out.append(f)
        f = _share_column_finding(header, rows) or _row_ratio_column_finding(header, rows)
        if f is not None:
            out.append(f)
        elif header is not None and not any(_is_total(r) for r in rows):
            out += _shares_of_a_whole_before(text, header, rows)
        f = _parts_over_total(header, rows)
        if f is not None:
            out.append(f)
        if "(" in (header or [""])[-1]:  # (a unit header puts its unit in brackets: cheap)
            out += _joint_after_table(text, header, rows)
        if header is not None and len(header) >= 2:
            out += _ranked_places_before_table(text, header, rows)
    return out


@functools.cache
def _unit_first_header_re() -> re.Pattern:
    """A column header that opens on its unit, then says of when ("Units (Jan-Jun 2024)",
    "Million tonnes, 2023"): the unit of every bare figure in it."""
    scale = vocab.alternation(list(vocab.scales()), ignore_case=True)
    return re.compile(rf"(?:(?P<s>{scale})\s+)?(?P<u>{unit_alternation()})\b(?:\s*[,(][^()]*\)?)?", re.I)


def _ranked_places_before_table(text: str, header: list[str], rows: list[_Row]) -> list[Finding]:
    """A one-column table of places in a unit, right under a line that ends on a colon and
    gives the places counted by rank one level of that unit (link/counted_places.py):

        The three largest markets took 120,000 units, or 40% of the total:
        | Destination | Units (2024) |
        | France      | 50,000 |  ...

    Where the table has as many rows as the words count, the level is their sum, each figure
    to its rounding. Any total, index, region or part row, or another count, and it is none."""
    from ..link.counted_places import counted_places
    from .volumes import _rate_tail, _same_unit, level_pattern
    h = _unit_first_header_re().fullmatch(header[-1].strip())
    if h is None or len(rows) < 2 or any(len(r.figures) != 1 for r in rows) \
            or any(_is(r.label, k) for r in rows for k in ("total", "index", "within", "region", "rest")):
        return []
    # the lead-in: the last line above the table (its header and rule skipped) that is no row
    end = rows[0].start
    line = None
    while end > 0:
        start = text.rfind("\n", 0, end - 1) + 1
        candidate = text[start:end].strip()
        if candidate and "|" not in candidate:
            line = (start, start + len(text[start:end].rstrip()))
            break
        end = start
    if line is None or not text[line[0]:line[1]].endswith(":"):
        return []
    start = max(text.rfind(". ", line[0], line[1]) + 2, line[0])  # (its last sentence)
    levels = [m for m in re.finditer(level_pattern().format(i=""), text[:line[1]], re.I)
              if m.start() >= start and _same_unit(m["u"], h["u"], None) and not _rate_tail(text, m.end("u"))]
    if len(levels) != 1:
        return []
    group = counted_places(text, start, levels[0].start())
    if group is None:
        return []
    counts = [vocab.number_words().get(w) or (float(w) if w.isdigit() else None) for w in group[0].split()]
    if [c for c in counts if c is not None] != [len(rows)]:
        return []  # (the words count other places than the table's rows)
    m = levels[0]
    return _rows_summed_against(rows, h["s"], m["n"], m["s"], m["u"], m.span())


def _rows_summed_against(rows: list[_Row], scale: str | None, n: str, s: str | None, unit: str,
                         span: tuple[int, int]) -> list[Finding]:
    """The sum finding of a one-column table's rows (in the header's `scale`) against a level
    the text states (`n`, `s`, `unit` at `span`), each row to its rounding."""
    from .volumes import sum_finding
    column = _column([r.figures[-1][0] for r in rows])
    if column is None:
        return []
    k = vocab.scales().get((scale or "").lower(), 1.0)
    total = (sum(v for v, _ in column) * k, sum(e for _, e in column) * k)
    first, final = rows[0].figures[-1], rows[-1].figures[-1]
    return sum_finding(total, " + ".join(f"{r.figures[-1][0]} ({r.label})" for r in rows), (first[1], final[2]),
                       n, s, unit, span)


@functools.cache
def _unit_column_re() -> re.Pattern:
    """A column header that closes on its unit in brackets ("2024 (GW)", "Volume (million
    tonnes)"): the unit of every bare figure in it (vocab/physical_units.csv)."""
    units = vocab.physical_unit_pattern()
    scale = vocab.alternation(list(vocab.scales()), ignore_case=True)
    return re.compile(rf".*\((?:(?P<s>{scale})\s+)?(?P<u>{units})\)\s*$", re.I)


def _joint_after_table(text: str, header: list[str], rows: list[_Row]) -> list[Finding]:
    """A one-column table of levels in the unit its header names, then a sentence opening on
    the words that take them together and a level of that unit:

        | Country  | 2024 (GW) |
        | Vietnam  | 14.2      |
        | Thailand | 11.9      |

        Together they shipped 26.1 gigawatts, or 50% of the total.

    The level is the sum of the rows (vocab/quantity_part_ties.csv, joint: "together",
    "combined"), so they must give it, each to its rounding. A total, an index, a region or a
    part of the row above among the rows, or another unit, makes it no such sum."""
    from .quantity_parts import _joint_res, _levels
    from .volumes import _same_unit
    h = _unit_column_re().fullmatch(header[-1])
    if h is None or len(rows) < 2 or any(len(r.figures) != 1 for r in rows) \
            or any(_is(r.label, k) for r in rows for k in ("total", "index", "within", "region", "rest")):
        return []
    last = rows[-1].figures[-1][2]
    m = re.compile(r"[^\n]*\n(?:[ \t|:-]*\n)*\s*").match(text, last)
    if m is None:
        return []
    start = m.end()
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    joint = _joint_res()[1].match(text, start, end)
    if joint is None:
        return []  # (the sentence after the table takes its rows together, or it is no sum of them)
    levels = _levels(text, joint.end(), end)
    if not levels or not levels[0].m["u"] or not _same_unit(levels[0].unit, h["u"], None) \
            or not re.fullmatch(r"[^\d.;%]{0,60}", text[joint.end():levels[0].m.start()]):
        return []
    whole = levels[0]
    return _rows_summed_against(rows, h["s"], whole.m["n"], whole.m["s"], whole.unit, whole.m.span())


def _parts_over_total(header: list[str] | None, rows: list[_Row]) -> Finding | None:
    """A one-column table's total row below rows that add up to more than it:

        | Country | Exports to EU, 2024 (TWh) |
        | Serbia  | 2.2 |  ...  | Total | 7.8 |

    The total may count rows the table leaves out ("concentrated in four countries"), so
    a sum below it says nothing and the subtotal check finds no column agreeing; but rows
    that are its parts cannot together exceed it (each figure to its rounding). Only plain
    levels, none a total, an index, a part of the row above or a region (which may hold
    the countries beside it), and a column no header names a change, a price or a share."""
    at = next((i for i, r in enumerate(rows) if _is_total(r)), None)
    if at is None or at < 2 or header is None or len(header) < 2:
        return None
    parts, total = rows[:at], rows[at]
    if any(len(r.figures) != 1 for r in parts + [total]) \
            or any(_is(r.label, k) for r in parts for k in ("total", "index", "within", "region", "rest")):
        return None
    name = header[-1]
    if _non_additive_re().search(name) or _shares_re().search(name):
        return None
    cells = [r.figures[-1][0] for r in parts + [total]]
    if any(c.endswith("%") or c[0] in "+-−–" for c in cells):
        return None
    column = _column(cells)
    if column is None:
        return None
    vals, whole = column[:-1], column[-1]
    low = sum(v - e for v, e in vals)
    if low <= whole[0] + whole[1]:
        return None
    written = [r.figures[-1][0] for r in parts]
    decimals = max(len(m[1]) if (m := re.search(r"[.,](\d{1,2})(?:bn|tn|mn|[BMKTmk])?$", w)) else 0 for w in written)
    fields = {"parts": " + ".join(f"{w} ({r.label})" for w, r in zip(written, parts)),
              "sum": f"{sum(v for v, _ in vals):,.{decimals}f}", "whole": f"{cells[-1]} ({total.label}, {name})"}
    return Finding(id="", check="bound", status=Status.INCONSISTENT, severity=Severity.ERROR, claims=[],
                   spans=[total.figures[-1][1:]] + [r.figures[-1][1:] for r in parts],
                   message=render("bound", "parts", False, fields), expected=sum(v for v, _ in vals), observed=whole[0])


def _share_column_finding(header: list[str] | None, rows: list[_Row]) -> Finding | None:
    """A column of shares beside the column of levels they share out ("Country   SEK billion
    Share, %", "Norway   115.2   11.4", ..., "Total   1 012.6   100.0"): where its header names
    shares (vocab/share_columns.csv) and the total row's share is 100, each row's share is its
    level over the total's, to the rounding of all three figures. Each flow may have its
    pair of columns ("Exports PLN mln   Structure %   Imports PLN mln   Structure %")."""
    if header is None:
        return None
    total = next((r for r in rows if _is_total(r)), None)
    if total is None or len(total.figures) < 2:
        return None
    n = len(total.figures)
    for col in range(-1, -min(n, len(header)), -1):
        if not _shares_re().search(header[col]) or _shares_re().search(header[col - 1]) or _non_additive_re().search(header[col - 1]):
            continue
        f = _share_pair_finding(header, rows, total, col)
        if f is not None:
            return f
    return None


def _share_pair_finding(header: list[str], rows: list[_Row], total: _Row, col: int) -> Finding | None:
    """The first row whose share in column `col` is not its level in the column left of it
    over the total row's (see _share_column_finding)."""
    n = len(total.figures)
    hundred, whole = total.value(col), total.value(col - 1)
    if hundred is None or whole is None or abs(hundred[0] - 100) > hundred[1] or whole[0] <= whole[1]:
        return None
    for row in rows:
        if row is total or len(row.figures) != n:
            continue
        level, share = row.value(col - 1), row.value(col)
        if _scale(row.figures[col - 1][0]) != _scale(total.figures[col - 1][0]):
            continue  # (a level in another unit than the total's)
        if level is None or share is None:
            continue
        lo, hi = (level[0] - level[1]) / (whole[0] + whole[1]) * 100, (level[0] + level[1]) / (whole[0] - whole[1]) * 100
        if share[0] - share[1] <= hi and lo <= share[0] + share[1]:
            continue
        fields = {"part": f"{row.figures[col - 1][0]} ({row.label})", "whole": f"{total.figures[col - 1][0]} ({total.label})",
                  "share": f"{level[0] / whole[0] * 100:.1f}%", "text": f"{row.figures[col][0]} ({row.label}, {header[col]})",
                  "bound": "eq"}
        return Finding(id="", check="ratio", status=Status.INCONSISTENT, severity=Severity.ERROR, claims=[],
                       spans=[row.figures[col][1:], row.figures[col - 1][1:], total.figures[col - 1][1:]],
                       message=render("ratio", "share", False, fields), expected=round(level[0] / whole[0] * 100, 1),
                       observed=share[0])
    return None


def _row_ratio_column_finding(header: list[str] | None, rows: list[_Row]) -> Finding | None:
    """A last column in per cent that is each row's own ratio of its two level columns before
    it ("Intra-ECOWAS exports   Total exports   Share (%)" over "Senegal   1,011.4   2,725.9
    37.1"): the total row shows it is so, its figure its first level over its second (9.5 =
    11,974.4 / 126,315.6, not 100); then each row's figure is its own first level over its
    second, to the rounding of all three figures."""
    if header is None or len(header) < 3 or not _PER_CENT_HEADER.search(header[-1]):
        return None
    # (the total row: labelled so, or the last row, the sum of the rows above it in its levels)
    total = rows[-1]
    if len(rows) < 3 or len(total.figures) < 3 or not _own_ratio(total) \
            or not _is_total(total) and _columns_off(rows[:-1], total, lambda col: col == -1):
        return None
    for row in rows:
        if row is total or len(row.figures) != len(total.figures) or _own_ratio(row) is not False:
            continue
        part, whole, share = row.value(-3), row.value(-2), row.value(-1)
        fields = {"part": f"{row.figures[-3][0]} ({row.label}, {header[-3]})", "whole": f"{row.figures[-2][0]} ({row.label}, {header[-2]})",
                  "share": f"{part[0] / whole[0] * 100:.1f}%", "text": f"{row.figures[-1][0]} ({row.label}, {header[-1]})", "bound": "eq"}
        return Finding(id="", check="ratio", status=Status.INCONSISTENT, severity=Severity.ERROR, claims=[],
                       spans=[row.figures[-1][1:], row.figures[-3][1:], row.figures[-2][1:]],
                       message=render("ratio", "share", False, fields), expected=round(part[0] / whole[0] * 100, 1), observed=share[0])
    return None


def _own_ratio(row: _Row) -> bool | None:
    """Whether a row's last figure is its third-last over its second-last, in per cent, to the
    rounding of all three (None where they are no levels and a per cent)."""
    part, whole, share = row.value(-3), row.value(-2), row.value(-1)
    if part is None or whole is None or share is None or whole[0] <= whole[1] or part[0] < 0:
        return None
    lo, hi = (part[0] - part[1]) / (whole[0] + whole[1]) * 100, (part[0] + part[1]) / (whole[0] - whole[1]) * 100
    return share[0] - share[1] <= hi and lo <= share[0] + share[1]


@functools.cache
def _unit_header_re() -> re.Pattern:
    """A column header that is a scale and a unit, perhaps in brackets ("Million bpd",
    "Volume (million tonnes)"): the unit of every bare figure in it."""
    units = unit_alternation()
    scale = vocab.alternation(list(vocab.scales()), ignore_case=True)
    return re.compile(rf"(?:[^()]*\(\s*)?(?:(?P<s>{scale})\s+)?(?P<u>{units})\s*\)?", re.I)


def _shares_of_a_whole_before(text: str, header: list[str], rows: list[_Row]) -> list[Finding]:
    """A table of levels in a unit and their shares, with no total row ("Destination | Million
    tonnes | Share" over "Japan | 1.2 | 15%"): the shares are of a whole the text states before
    the table in that unit. Which of its levels the words do not say, so the whole is one that
    gives every other row's share (two at least), and a row is flagged only where it gives not
    that row's. Each figure to its rounding; a rate ("a year") is no whole of a level."""
    from .volumes import _level, _rate_tail, _same_unit, level_pattern
    columns = _level_and_share_columns(header, rows)
    if columns is None or len(rows) < 3:
        return []
    lv, sh = columns
    # ("Share of total (%)": a share column whose header gives the per cent sign may leave it
    # out of its cells)
    in_per_cent = bool(_PER_CENT_HEADER.search(header[sh]))
    if any(not (in_per_cent or r.figures[sh][0].endswith("%")) for r in rows):
        return []
    h = _unit_header_re().fullmatch(header[lv].strip())
    if h is None:
        return _money_shares_of_a_whole_before(text, header, rows, columns)
    k = vocab.scales().get((h["s"] or "").lower(), 1.0)
    parts = []
    for r in rows:
        level, share = r.value(lv), r.value(sh)
        if level is None or share is None:
            return []
        parts.append((r, (level[0] * k, level[1] * k), share))
    start, last = rows[0].figures[0][1], rows[-1].figures[-1][2]
    wholes = [w for w in re.finditer(level_pattern().format(i=""), text[:_end_of_prose_after(text, rows)], re.I)
              if not start <= w.start() <= last and _same_unit(w["u"], h["u"], None) and not _rate_tail(text, w.end("u"))]
    wholes = [v for v in (_level(w["n"], w["s"]) for w in wholes) if v is not None]
    return _rows_against_wholes(parts, wholes, header, k, columns)


def _level_and_share_columns(header: list[str], rows: list[_Row]) -> tuple[int, int] | None:
    """The level column and the share column right after it, counted from the right (-1 the
    last), in a table whose every row has the same figures: "Destination | Million tonnes |
    Share", or with columns of changes after them ("Country  EUR million  Share, %  Change,
    %": a column that adds up to nothing, vocab/non_additive_columns.csv). None when the
    table has no such pair."""
    n = len(rows[0].figures)
    if n < 2 or len(header) < 2 or any(len(r.figures) != n for r in rows):
        return None
    for sh in range(-1, -min(n, len(header) - 1) - 1, -1):
        if _shares_re().search(header[sh]):
            if sh - 1 < -n or any(not _non_additive_re().search(header[c]) for c in range(sh + 1, 0)):
                return None  # (a column after the share that is another level: no table of this kind)
            return sh - 1, sh
    return None


def _end_of_prose_after(text: str, rows: list[_Row]) -> int:
    """Where the first paragraph after a table ends: a whole its shares are of may be stated
    right under it ("Overall trade in the quarter was $1,352.6 billion.") as well as before."""
    last = rows[-1].figures[-1][2]
    m = re.compile(r"\n[ \t]*\n\s*\S").search(text, last)
    if m is None:
        return len(text)
    end = text.find("\n\n", m.end())
    return len(text) if end < 0 else end


# a header giving its column's cells in per cent: "Share of total (%)", "Share, per cent",
# "% of total"
_PER_CENT_HEADER = re.compile(r"\(\s*%\s*\)|,\s*%\s*$|^\s*%\s|\bper\s*cent\b|\bpercent\b", re.I)


@functools.cache
def _money_header_res() -> tuple[re.Pattern, dict[str, re.Pattern]]:
    """A column header of money in a currency and a scale, in brackets ("Total trade (RM
    bil)", "Exports (US$ million)"); and, per currency token, an amount in it written in the
    prose before a table ("RM734.9 billion")."""
    tokens = [r["token"] for r in vocab.currencies() if r["position"] in ("prefix", "both")]
    cur = vocab.alternation(tokens)
    scale = vocab.alternation(list(vocab.scales()), ignore_case=True)
    # (in brackets, or after a comma: "Total, $ bn"; or alone: "$m", as a statistics
    # office heads the column of a partner table)
    header = re.compile(rf"(?:[^(),]*(?:\(\s*(?=[^()]*\)$)|,\s*))?(?P<c>{cur})\s*(?P<s>{scale})\.?\s*\)?", re.I)
    amounts = {t: re.compile(rf"(?<![\w$]){re.escape(t)}\s?(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<s>{scale})\b", re.I) for t in tokens}
    return header, amounts


@functools.cache
def _named_money_header() -> tuple[re.Pattern, dict[str, list[str]]]:
    """A column header that names its currency by a word and its scale in brackets ("Rand
    (bn)", "Euro (million)"); and, per such word, the prefix tokens of its currency that the
    prose writes its amounts with ("R188.0 billion": vocab/currencies.csv, same first code)."""
    rows = vocab.currencies()
    words = [r["token"] for r in rows if r["position"] == "suffix" and r["token"][:1].isalpha() and r["codes"][0]]
    scale = vocab.alternation(list(vocab.scales()), ignore_case=True)
    header = re.compile(rf"(?P<w>{vocab.alternation(words, ignore_case=True)})\s*\(\s*(?P<s>{scale})\.?\s*\)", re.I)
    prefixes = [r for r in rows if r["position"] in ("prefix", "both")]
    tokens = {w.lower(): [p["token"] for p in prefixes if p["codes"][0] == r["codes"][0]]
              for r in rows if r["token"] in words for w in (r["token"],)}
    return header, tokens


def _money_shares_of_a_whole_before(text: str, header: list[str], rows: list[_Row], columns: tuple[int, int]) -> list[Finding]:
    """"Partner | Total trade (RM bil) | Share of total (%)" over "China | 125.6 | 17.1", with no
    total row: the shares are of an amount in the header's currency the prose states before
    the table ("total trade reached RM734.9 billion"). As for a unit's levels, the whole is
    one that gives every other row's share (two at least), and a row is flagged only where
    it gives not that row's; each figure to its rounding."""
    from .volumes import _figure
    lv, sh = columns
    header_re, amounts = _money_header_res()
    h = header_re.fullmatch(header[lv].strip())
    tokens = [h["c"]] if h is not None else []
    if h is None:
        # ("Rand (bn)": the currency named by its word, its amounts written with its sign)
        named, by_word = _named_money_header()
        h = named.fullmatch(header[lv].strip())
        tokens = by_word.get(h["w"].lower(), []) if h is not None else []
    tokens = [t for t in tokens if t in amounts]
    if not tokens:
        return []
    scales = vocab.scales()
    k = scales.get(h["s"].lower(), 1.0)
    start = rows[0].figures[0][1]
    wholes = []
    found = [w for t in tokens for w in amounts[t].finditer(text, 0, _end_of_prose_after(text, rows))]
    for w in found:
        if start <= w.start() <= rows[-1].figures[-1][2]:
            continue  # (a cell of the table itself)
        v, e = _figure(w["n"])
        m = scales.get(w["s"].lower(), 1.0)
        wholes.append((v * m / k, e * m / k))  # (in the header's scale)
    parts = []
    for r in rows:
        level, share = r.value(lv), r.value(sh)
        if level is None or share is None:
            return []
        parts.append((r, level, share))

    return _rows_against_wholes(parts, wholes, header, 1.0, columns)


def _rows_against_wholes(parts, wholes, header: list[str], k: float, columns: tuple[int, int]) -> list[Finding]:
    """A ratio finding for each row whose share the stated whole cannot give: of the wholes
    (value, error) stated before the table, those that give every other row's share, and the
    row flagged only where none of them gives its own; `k` is the header's scale (the whole is
    shown in it)."""
    def gives(whole, level, share) -> bool:
        if whole[0] <= whole[1]:
            return False
        lo, hi = (level[0] - level[1]) / (whole[0] + whole[1]) * 100, (level[0] + level[1]) / (whole[0] - whole[1]) * 100
        return share[0] - share[1] <= hi + 1e-9 and lo - 1e-9 <= share[0] + share[1]

    out = []
    for i, (r, level, share) in enumerate(parts):
        others = parts[:i] + parts[i + 1:]
        fits = [w for w in wholes if all(gives(w, lv, sh) for _, lv, sh in others)]
        if not fits or any(gives(w, level, share) for w in fits):
            continue
        whole = fits[-1]
        lv, sh = columns
        fields = {"part": f"{r.figures[lv][0]} ({r.label}, {header[lv]})", "whole": f"{whole[0] / k:,.6g} {header[lv]}",
                  "share": f"{level[0] / whole[0] * 100:.1f}%", "text": f"{r.figures[sh][0]} ({r.label}, {header[sh]})",
                  "bound": "eq"}
        out.append(Finding(id="", check="ratio", status=Status.INCONSISTENT, severity=Severity.ERROR, claims=[],
                           spans=[r.figures[sh][1:], r.figures[lv][1:]],
                           message=render("ratio", "share", False, fields), expected=round(level[0] / whole[0] * 100, 1),
                           observed=share[0]))
    return out


def _column_name(header: list[str] | None, col: int, n: int) -> str:
    """The header of figure column `col` (from the right) of a row of `n` figures."""
    if header and -col <= len(header):
        return header[col]
    return f"column {n + col + 1}"


def _index_finding(level: _Row, index: _Row, header: list[str] | None) -> Finding | None:
    """An index row against the row above it: each cell is that row's figure over its first
    one, times 100 (only an index whose first cell is 100, so the base is that column)."""
    n = len(index.figures)
    if len(level.figures) != n or _number(index.figures[0][0]) is None or _number(index.figures[0][0])[0] != 100:
        return None
    levels = _column([c for c, _, _ in level.figures])
    if levels is None or levels[0][0] - levels[0][1] <= 0:
        return None
    base = levels[0]
    for col in range(-n + 1, 0):
        v, x = levels[col], index.value(col)
        if x is None:
            continue
        lo, hi = (v[0] - v[1]) / (base[0] + base[1]) * 100, (v[0] + v[1]) / (base[0] - base[1]) * 100
        if x[0] - x[1] <= hi and lo <= x[0] + x[1]:
            continue
        ratio = v[0] / base[0]
        text_cell, a, b = index.figures[col]
        fields = {"new": level.figures[col][0], "new_period": _column_name(header, col, n),
                  "old": level.figures[-n][0], "old_period": _column_name(header, -n, n),
                  "ratio": f"{ratio:.3g}", "text": text_cell, "factor": f"{x[0] / 100:g}", "bound": "eq"}
        return Finding(id="", check="ratio", status=Status.INCONSISTENT, severity=Severity.ERROR, claims=[],
                       spans=[level.figures[col][1:], (a, b), level.figures[-n][1:]],
                       message=render("ratio", "multiple", False, fields), expected=round(ratio * 100, 1), observed=x[0])
    return None


def _units_only(header: list[str]) -> bool:
    """Whether a header names no column but the unit of the figures under it ("Exports by
    product (US$ million)" over one column): it says no more of the rows than no header."""
    return all(h.strip()[:1] == "(" and h.strip()[-1:] == ")" for h in header[1:] if h.strip())


def _excess_is_a_row(parts: list[_Row], row: _Row, col: int, total: float) -> bool:
    """Whether what the rows add up to beyond the total row is one row's figure: that row is
    a part of another row above it ("Crude oil" under "Fuels"), counted twice, so a run with
    no header is no list of parts to add up."""
    whole = row.value(col)
    if whole is None:
        return False
    excess = total - whole[0]
    return any((v := p.value(col)) is not None and abs(v[0] - excess) <= v[1] + whole[1] for p in parts)


@functools.cache
def _label_unit_re() -> re.Pattern:
    """A row label closing on its unit in brackets: a physical unit ("Exports (million
    tonnes)") or money ("Imports (billion $)", vocab/currencies.csv tokens)."""
    money = vocab.alternation([c["token"] for c in vocab.currencies()], ignore_case=True)
    return re.compile(rf"\((?P<u>[^()]*?(?:\b(?:{unit_alternation()})\b|(?<![A-Za-z])(?:{money})(?![A-Za-z]))[^()]*)\)\s*$", re.I)


def _label_unit(row: _Row) -> str | None:
    """The unit a row's label gives in brackets, as written (case and spaces aside), or None."""
    if "(" not in row.label:
        return None  # (cheap)
    m = _label_unit_re().search(row.label)
    return " ".join(m["u"].lower().split()) if m else None


def _mixed_units(rows: list[_Row]) -> bool:
    """Whether rows' labels give them different units ("Imports (million tonnes)" beside
    "Imports (billion $)"): such rows are no parts of one total, whatever their figures add up to."""
    units = {u for r in rows if (u := _label_unit(r)) is not None}
    return len(units) > 1


def _subtotal_finding(above: list[_Row], row: _Row, header: list[str] | None) -> Finding | None:
    """A row against the sum of the rows right above it: the most columns that agree (two
    at least, or one under a total's label) make it their subtotal, and a column that does
    not agree is an error."""
    if len(above) < 2 or _is(row.label, "index"):
        return None
    best = None
    for k in range(2, len(above) + 1):
        parts = above[-k:]
        if any(_is(p.label, "index") for p in parts) or _mixed_units([*parts, row]):
            break  # (nor further up: a longer run holds the same rows)
        agree, disagree = [], []
        for col in range(-len(row.figures), 0):
            name = _column_name(header, col, len(row.figures))
            if header is not None and (_non_additive_re().search(name) or _ratios_of_their_rows(name, row, col)):
                continue
            if any(r.figures[col][0].endswith("%") for r in (row, *parts) if -col <= len(r.figures)) and not _shares_re().search(name):
                continue  # percentages that share out no whole ("24/23": growth) add up to nothing
            if any(-col > len(r.figures) for r in parts):
                continue
            column = _column([r.figures[col][0] for r in parts + [row]])
            if column is None:
                continue
            vals, whole = column[:-1], column[-1]
            if whole[0] == 0 or sum(1 for v in vals if v[0]) < 2:
                continue
            total, err = sum(v[0] for v in vals), sum(v[1] for v in vals) + whole[1]
            (agree if abs(total - whole[0]) <= err else disagree).append((col, total))
        if agree and (best is None or (len(agree), -len(disagree)) > (len(best[1]), -len(best[2]))):
            best = (parts, agree, disagree)
    if best is None and row.bloc_whole:
        best = _every_member(above, row)
    n = _ranked_total_count(" ".join(row.label.lower().split())) if best is None else None
    if n is None and best is None and row.closed and _bare_ranked_total(row, above):
        n = len(above)  # ("Top five" closing the five rows above it, see _closed_run)
    if n is not None and len(above) >= n:
        # ("Top 5 total" under five ranked rows: it says which rows it adds up, so a single
        # column that does not agree is off, as a bloc's row under its members is)
        parts = above[-n:]
        disagree = _columns_off(parts, row, lambda col: any(r.figures[col][0].endswith("%") for r in (row, *parts)))
        best = (parts, [], disagree) if disagree else None
    if best is None and (header is not None or row.leaders or row.closed):
        # (a leader row is a table's by its dots, with no header above it as much as with one;
        # so is the total under a rest row closing a run of one-figure rows, see _closed_run)
        best = _partition(above, row, header)
    if best is None or header is None and not (row.leaders or row.closed):
        return None  # (a leader row is a table's by its dots, a header or not)
    parts, agree, disagree = best
    if row.closed and (header is None or _units_only(header)) and disagree and _excess_is_a_row(parts, row, *disagree[0]):
        return None  # ("Fuels 900 / Crude oil 600 / ...": one row inside another, no list of parts)
    enough = len(agree) >= 2 and len(agree) >= 2 * len(disagree) or _is_total(row) or _bare_ranked_total(row, parts)
    if not disagree or not enough:
        return None
    return _parts_finding(parts, row, header, *disagree[0])


def _ratios_of_their_rows(name: str, whole: _Row, col: int) -> bool:
    """Whether a last column headed in per cent ("(%)") holds each row's own ratio, not its
    part of the column's whole: the total row's figure there is its own first level over its
    second ("ECOWAS   11,974.4   126,315.6   9.5", each member's intra-regional exports over its
    own total exports), so nothing adds up down it."""
    return col == -1 and len(whole.figures) >= 3 and bool(_PER_CENT_HEADER.search(name)) and bool(_own_ratio(whole))


def _parts_finding(parts: list[_Row], row: _Row, header: list[str] | None, col: int, total: float) -> Finding:
    """The finding that the rows `parts` add up to `total` in column `col`, not to the
    figure `row` states there."""
    written = [p.figures[col][0] for p in parts]
    decimals = max(len(m[1]) if (m := re.search(r"[.,](\d{1,2})(?:%|bn|tn|mn|[BMKTmk])?$", w)) else 0 for w in written)
    fields = {"parts": " + ".join(f"{w} ({p.label})" for w, p in zip(written, parts)),
              "sum": f"{total:,.{decimals}f}", "stated": f"{row.figures[col][0]} ({row.label}, {_column_name(header, col, len(row.figures))})"}
    return Finding(id="", check="sum", status=Status.INCONSISTENT, severity=Severity.ERROR, claims=[],
                   spans=[row.figures[col][1:]] + [p.figures[col][1:] for p in parts],
                   message=render("sum", "parts", False, fields), expected=total, observed=row.value(col)[0])


def _every_member(above: list[_Row], row: _Row):
    """A bloc's row under a row for each of its members ("Mali .... 376.4", ..., "UEMOA ....
    3,778.3"): the members share out the bloc's whole, so each column of levels is their
    sum even where none agrees (a table of one column)."""
    disagree = _columns_off(above, row, lambda col: any(r.figures[col][0].endswith("%") for r in (row, *above)))
    return (above, [], disagree) if disagree else None


def _columns_off(above: list[_Row], row: _Row, skip) -> list[tuple[int, float]]:
    """(column, the rows' sum) for each column of levels where the rows `above` do not add up
    to `row` beyond their rounding; columns some row above lacks, or that `skip(column)`
    rules out, are left alone."""
    disagree = []
    for col in range(-len(row.figures), 0):
        if any(-col > len(r.figures) for r in above) or skip(col):
            continue
        column = _column([r.figures[col][0] for r in above + [row]])
        if column is None:
            continue
        vals, whole = column[:-1], column[-1]
        total, err = sum(v[0] for v in vals), sum(v[1] for v in vals) + whole[1]
        if abs(total - whole[0]) > err:
            disagree.append((col, total))
    return disagree


def _partition(above: list[_Row], row: _Row, header: list[str] | None):
    """A total row under a run of rows that ends with the rest ("Watches   2'047", ...,
    "Other   3'279", "Total   23'184"), or under a run of world regions ("Europe", ...,
    "Asia-Pacific", "Total"): the rows share out the whole, so the total is the sum of every
    row above it even when no column agrees with any sum (the error may be in the only
    column that adds up). None when the rows are not so, or one is a total itself."""
    if not _is(row.label, "total") or not (_is(above[-1].label, "rest") or all(_is(p.label, "region") for p in above)
                                           or _leader_breakdown(above, row)) \
            or any(_is(p.label, "total") or _is(p.label, "index") for p in above):
        return None  # (a run of world regions shares out the world: "Europe", ..., "Asia-Pacific", "Total")
    disagree = _columns_off(above, row, lambda col: _no_levels(header, [row, *above], col))
    return (above, [], disagree) if disagree else None


def _no_levels(header: list[str] | None, rows: list[_Row], col: int) -> bool:
    """Whether column `col` holds no levels to add up: its header names a change, a price or
    a rate, or a row's cell in it is a share or signed."""
    return bool(_non_additive_re().search(_column_name(header, col, len(rows[0].figures)))) or \
        any(r.figures[col][0].endswith("%") or r.figures[col][0][0] in "+-−–" for r in rows)


def _groups(header: list[str] | None, rows: list[_Row]) -> list[tuple[int, int]]:
    """The groups of a table whose rows head the rows indented under them ("TRADITIONAL
    507 247" over "  Coffee   446 470", ..., "  Others   11 562"; "Exports fob   136,592" over
    "  Marine products   95,226", a head in capitals or not): (the head row's index, the index
    after its last item) for each head that is its items' subtotal, equal to their sum in one
    column of levels at least. The layout says which rows it adds up; the figures confirm it
    is their sum, not a row of its own."""
    out, i = [], 0
    while i < len(rows):
        head = rows[i]
        end = i + 1
        while end < len(rows) and rows[end].indent > head.indent and not _capitals(rows[end].label):
            end += 1
        if not _is_total(head) and end - i > 2 and _sums_its_items(header, head, rows[i + 1:end]):
            out.append((i, end))
            i = end
        else:
            i += 1
    return out


def _capitals(label: str) -> bool:
    """A label written in capitals, a word of two letters at least ("NON-TRADITIONAL")."""
    return label.isupper() and sum(c.isalpha() for c in label) >= 2


def _level_columns(header: list[str] | None, head: _Row, items: list[_Row]) -> list[int]:
    """The columns of levels that a head row and every item under it fill."""
    return [col for col in range(-len(head.figures), 0)
            if not any(-col > len(r.figures) for r in items) and not _no_levels(header, [head, *items], col)
            and _column([r.figures[col][0] for r in items + [head]]) is not None]


def _sums_its_items(header: list[str] | None, head: _Row, items: list[_Row]) -> bool:
    """Whether a head row equals the sum of the rows under it in one column of levels."""
    columns = _level_columns(header, head, items)
    return len(_columns_off(items, head, lambda col: col not in columns)) < len(columns)


def _group_finding(header: list[str] | None, head: _Row, items: list[_Row]) -> Finding | None:
    """A group's head row against its items in each column of levels (see _groups): its
    layout makes it their subtotal, so a column where they do not add up is an error."""
    columns = _level_columns(header, head, items)
    disagree = _columns_off(items, head, lambda col: col not in columns)
    return _parts_finding(items, head, header, *disagree[0]) if disagree else None


def _leader_breakdown(above: list[_Row], row: _Row) -> bool:
    """Whether a total row closes a table set wholly with leader dots, one figure a row
    ("Gold ........ 20.37", ..., "TOTAL ........ 52.71"), each row a label of its own: a
    breakdown printed item by item, whose total is the sum of every item above it."""
    return len(above) >= 3 and all(r.leaders and len(r.figures) == 1 for r in (*above, row))


def _balance_finding(above: list[_Row], row: _Row, header: list[str] | None) -> Finding | None:
    """A balance row ("Balance   50   63") against the exports and imports rows above it
    ("Exports   1,090   1,145", "Imports   1,040   1,082"): in each column the exports less
    the imports. A deficit may be printed without its sign, so the size is compared. A balance
    row shorter than the flows' rows (no cell under their "Change" column) takes each of its
    figures to the flows' figure printed right above it (_under)."""
    exports = next((r for r in reversed(above) if _is(r.label, "exports")), None)
    imports = next((r for r in reversed(above) if _is(r.label, "imports")), None)
    if exports is None or imports is None or header is None:
        return None
    n = len(row.figures)
    for col in range(-n, 0):
        x_cell, m_cell, name = _flow_cells(exports, imports, row, col, header)
        if x_cell is None or _non_additive_re().search(name):
            continue
        column = _column([x_cell[0], m_cell[0], _unsigned(row.figures[col][0])])
        if column is None:
            continue
        (x, ex), (m, em), (b, eb) = column
        difference = x - m
        if abs(abs(difference) - b) <= ex + em + eb:
            continue
        fields = {"exports": x_cell[0], "imports": m_cell[0],
                  "difference": f"{difference:,.0f}" if ex >= 0.5 else f"{difference:,.1f}",
                  "stated": f"{row.figures[col][0]} ({row.label}, {name})"}
        return Finding(id="", check="sum", status=Status.INCONSISTENT, severity=Severity.ERROR, claims=[],
                       spans=[row.figures[col][1:], x_cell[1:], m_cell[1:]],
                       message=render("sum", "balance", False, fields), expected=difference, observed=b)
    return None


def _market_finding(above: list[_Row], row: _Row, header: list[str] | None) -> Finding | None:
    """A market-size row ("Total Market Size   25,900   28,600") against the production,
    exports and imports rows above it: in each column production + imports - exports. Of
    two imports rows, the total's ("Total Imports", not "Imports from the U.S."): the
    first."""
    production = _first(above, "production")
    exports, imports = _first(above, "exports"), _first(above, "imports")
    if production is None or exports is None or imports is None or header is None:
        return None
    n = len(row.figures)
    if not len(production.figures) == len(exports.figures) == len(imports.figures) == n:
        return None
    for col in range(-n, 0):
        name = _column_name(header, col, n)
        if _non_additive_re().search(name):
            continue
        cells = [production.figures[col], imports.figures[col], exports.figures[col], row.figures[col]]
        column = _column([c[0] for c in cells])
        if column is None:
            continue
        (q, eq), (m, em), (x, ex), (size, es) = column
        expected = q + m - x
        if abs(expected - size) <= eq + em + ex + es:
            continue
        fields = {"production": cells[0][0], "imports": cells[1][0], "exports": cells[2][0],
                  "size": f"{expected:,.0f}" if eq >= 0.5 else f"{expected:,.1f}",
                  "stated": f"{cells[3][0]} ({row.label}, {name})"}
        return Finding(id="", check="sum", status=Status.INCONSISTENT, severity=Severity.ERROR, claims=[],
                       spans=[cells[3][1:], cells[0][1:], cells[1][1:], cells[2][1:]],
                       message=render("sum", "market_size", False, fields), expected=expected, observed=size)
    return None


def _flow_columns_finding(header: list[str] | None, rows: list[_Row]) -> Finding | None:
    """Under a header whose columns are the flows ("Quarter  Exports  Imports  Total trade
    Balance", a row for each period), each row's total trade is its exports plus its imports
    and its balance its exports less its imports (a deficit may be printed without its sign,
    so the balance's size is compared)."""
    if header is None or len(header) < 4:
        return None
    names = header[1:]
    # (a flow's change column, "Exports y/y %" under a group of columns, is no level of it)
    found = {kind: [k - len(names) for k, name in enumerate(names) if _is(name, kind) and not _non_additive_re().search(name)]
             for kind in ("exports", "imports", "trade", "balance")}
    if any(len(at) > 1 for at in found.values()):
        return None  # (each flow in two periods, "Exports Jan-Mar 23 | Exports Jan-Mar 24": which pair is whose, the header alone says)
    cols = {kind: at[0] if at else None for kind, at in found.items()}
    if cols["exports"] is None or cols["imports"] is None or cols["trade"] is None and cols["balance"] is None:
        return None
    for row in rows:
        if len(row.figures) != len(names):
            continue
        for kind in ("trade", "balance"):
            col = cols[kind]
            cell = row.figures[col] if col is not None else None
            column = _column([row.figures[cols["exports"]][0], row.figures[cols["imports"]][0], _unsigned(cell[0])]) if cell else None
            if column is None:
                continue
            (x, ex), (m, em), (t, et) = column
            expected = x + m if kind == "trade" else x - m
            if abs(abs(expected) - t) <= ex + em + et:
                continue
            figure = f"{expected:,.0f}" if ex >= 0.5 else f"{expected:,.{_decimals_of(cell[0])}f}"
            fields = {"exports": row.figures[cols["exports"]][0], "imports": row.figures[cols["imports"]][0],
                      "sum" if kind == "trade" else "difference": figure, "stated": f"{cell[0]} ({row.label}, {header[col]})"}
            return Finding(id="", check="sum", status=Status.INCONSISTENT, severity=Severity.ERROR, claims=[],
                           spans=[cell[1:], row.figures[cols["exports"]][1:], row.figures[cols["imports"]][1:]],
                           message=render("sum", "total" if kind == "trade" else "balance", False, fields),
                           expected=expected, observed=t)
    return None


def _decimals_of(cell: str) -> int:
    """How many decimals a cell's figure is written with ("17.67": 2)."""
    return len(cell.rpartition(".")[2]) if "." in cell else 0


def _first(rows: list[_Row], kind: str) -> _Row | None:
    """The first row of a kind: the total, printed above its parts."""
    return next((r for r in rows if _is(r.label, kind)), None)


def _flow_cells(exports: _Row, imports: _Row, row: _Row, col: int, header: list[str]):
    """The exports and imports cells of the balance row's figure `col` (from the right), and
    its column's name: counted from the right where the three rows have as many figures, else
    the flows' figures printed right above it (None, None, "" where they have none)."""
    n = len(row.figures)
    if len(exports.figures) == len(imports.figures) == n:
        return exports.figures[col], imports.figures[col], _column_name(header, col, n)
    if len(exports.figures) != len(imports.figures):
        return None, None, ""
    k = _under(exports, row, col)
    if k is None or _under(imports, row, col) != k:
        return None, None, ""
    return exports.figures[k], imports.figures[k], _column_name(header, k, len(exports.figures))


def _under(upper: _Row, row: _Row, col: int) -> int | None:
    """The figure of `upper` (from the right) printed in the same place on its line as the
    figure `col` of `row` (their spans overlap), or None. Only columns aligned by spaces are
    read so: the cells of a row of pipes are not padded to their column's width."""
    if row.pipes or upper.pipes:
        return None
    _, a, b = row.figures[col]
    a, b = a - row.start, b - row.start
    hits = [k for k, (_, c, d) in enumerate(upper.figures) if c - upper.start < b and a < d - upper.start]
    return hits[0] - len(upper.figures) if len(hits) == 1 else None


def _unsigned(cell: str) -> str:
    """A balance cell without its sign ("-290.5": a deficit; a per cent keeps its sign, so it
    is no level)."""
    return cell if cell.endswith("%") else cell.lstrip("+-−–")
