"""The data labels of a chart pasted as text: a title that names the unit, then one short
line per bar, a label and a bare number.

    Chart: Japan's exports to India, $bn, 2019-2023
    Customs basis

    2019  10.2
    2020:  8.9
    2021  11.4  (peak)

Each row's number is an amount in the title's unit (header_units._cell_unit), of the period
its label names ("2019", "Q1 2024"); a row labelled by a flow ("Exports   255.8", "Deficit
-106.0") is of the one period the title names. What the figures are of (the flow, the pair,
the product) is the title's reading (link/chart_titles.py), as each row names none itself.

Only a block read with confidence is read: the title (one to three lines right above the rows,
a blank line between at most) names a money unit and is no sentence of prose; every row is a
short "label  number" line (a gap of two spaces or more, a tab, or a colon between), two rows
or more; a row's label is a period or a flow word alone. A label with a footnote mark
("2024*  474.9", the note saying the year is not whole) dates its figure by a guess: that row
is passed over, the block goes on."""
from __future__ import annotations

import re

from .mentions import Mention

# a row: a label (a footnote mark after it at most), a gap or a colon, a bare number, at
# most a short note in brackets ("2018  538.5  (peak)", "2023: 240.1 (record)")
_ROW = re.compile(r"[ \t]*(?P<label>[A-Za-z0-9][\w.'’/ -]{0,24}?)(?P<mark>[*†‡]+)?"
                  r"(?:[ \t]*:[ \t]*|[ \t]{2,}|\t|(?<=[*†‡])[ \t]+)"
                  r"(?P<num>[-−–]?\d{1,3}(?:,\d{3})*(?:\.\d+)?|[-−–]?\d+(?:\.\d+)?)"
                  r"(?:[ \t]+\([^()\n]{1,24}\))?[ \t]*")
_MIN_ROWS = 2
_ROW_LONGEST = 60
_MOST_TITLE_LINES = 3
# a title line is no sentence: short, and not ending with a full stop
_TITLE_LONGEST = 160


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    while pos <= len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        out.append((pos, end))
        pos = end + 1
    return out


def _label_period(label: str):
    """The period a row's label is, whole ("2019", "Q1 2024"): (found, its period), found
    False when the label is no period."""
    from .periods import find_periods

    found = [pm for pm in find_periods(label) if pm.start == 0 and pm.end == len(label)]
    return (True, found[0].period) if len(found) == 1 else (False, None)


def _label_flow(label: str) -> bool:
    """Whether a row's label is a flow word alone ("Exports", "Trade deficit")."""
    from .mentions import find_flows

    found = find_flows(label)
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(label)


def _title(text: str, lines, first_row: int):
    """(title span, money unit, the one period the title names or None) over the rows that
    start at line `first_row`, or None when no title of a money unit heads them."""
    from .header_units import _cell_unit
    from .periods import find_periods

    i = first_row - 1
    if i >= 0 and not text[lines[i][0]:lines[i][1]].strip():
        i -= 1  # (one blank line between the title and the rows)
    title = []
    while i >= 0 and len(title) < _MOST_TITLE_LINES:
        a, b = lines[i]
        line = text[a:b].strip()
        if not line:
            break
        if len(line) > _TITLE_LONGEST or line.endswith(".") or _ROW.fullmatch(text, a, b):
            return None  # (prose, or another block's row: no title)
        title.insert(0, (a, b))
        i -= 1
    if not title:
        return None
    unit = next((u for u in (_cell_unit(text[a:b]) for a, b in title) if u is not None), None)
    if unit is None:
        return None
    span = (title[0][0], title[-1][1])
    periods = [pm.period for pm in find_periods(text[span[0]:span[1]])]
    # (a title's run of years, "2018-2024", dates no row labelled by a flow)
    one = periods[0] if len(periods) == 1 and periods[0] is not None and periods[0][1] - periods[0][0] < 12 else None
    return span, unit, one


def find_chart_figures(text: str, decimal_comma: bool = False) -> list[Mention]:
    """The amounts of the data labels of charts whose title names their unit."""
    from .header_units import _value

    # (cheap: a row is a short line that ends with its number or its note; most lines are
    # neither, and are passed over before the row pattern is tried)
    rows, pos = [], 0
    for line in text.split("\n"):
        end = pos + len(line)
        tail = line.rstrip()[-1:]
        rows.append(len(line) <= _ROW_LONGEST and (tail.isdigit() or tail == ")") and bool(_ROW.fullmatch(text, pos, end)))
        pos = end + 1
    if sum(rows) < _MIN_ROWS:
        return []
    lines = _lines(text)
    out: list[Mention] = []
    i = 0
    while i < len(lines):
        if not rows[i]:
            i += 1
            continue
        j = i
        while j < len(lines) and rows[j]:
            j += 1
        if j - i >= _MIN_ROWS:
            out += _block(text, lines, i, j, decimal_comma, _value)
        i = j
    return out


def _block(text, lines, first, last, decimal_comma, value) -> list[Mention]:
    title = _title(text, lines, first)
    if title is None:
        return []
    span, (scale, attrs), title_period = title
    parsed = []
    for a, b in lines[first:last]:
        row = _ROW.fullmatch(text, a, b)
        label = row["label"].strip()
        is_period, period = _label_period(label)
        if not is_period and not _label_flow(label):
            return []  # (a row of a place or a product: a chart of another kind, not read)
        parsed.append((row, is_period, period))
    out = []
    for row, is_period, period in parsed:
        if row["mark"]:
            continue  # ("2024*": a year with a note, not the whole year)
        if not is_period and title_period is None:
            continue  # ("Exports  255.8" under a title of several years: which, unsaid)
        num = row["num"].replace("−", "-").replace("–", "-")
        negative = num.startswith("-")
        v, u = value(num.lstrip("-"), decimal_comma)
        s, e = row.start("num"), row.end("num")
        # (a minus is the sign of a balance, "Deficit  -106.0" or "2022  -20.0" under "trade
        # balance", as "-€5.0 bn" is in prose)
        a = dict(attrs, header=True, chart_title=span, chart_label=True, column_period=period if is_period else title_period,
                 **({"sign": -1} if negative else {}))
        out.append(Mention("amount", s, e, text[s:e], v * scale, u * scale, a))
    return out
