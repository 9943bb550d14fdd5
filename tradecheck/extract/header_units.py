"""Bare numbers in lines under a header that gives their unit.

A statistics office's key figures often come as a header line naming the unit and the
columns, then one line per flow with bare numbers:

    Main figures, Q3 2024 (Q3 2023), NOK billion, change in percent:
    - Exports: 338.2 (371.9), -9.1

The unit of the header ("NOK billion") applies to the numbers of the lines under it, up to
the next blank line; the period the header puts in brackets dates the bracketed column, the
one before it the others; and where the header names a percentage after a change word
(vocab/column_cues.csv), the last number of a line is that change, on the bracketed period."""
from __future__ import annotations

import functools
import re

from .. import vocab
from . import column_groups, table_rows
from .mentions import Mention
from ..periods import PeriodMention

# a header line: ends with a colon, on a line of its own
# (or a table's caption that ends with the unit in brackets, "Table: Leading exporters, 2023
# (US$ billion, share of world exports)")
_HEADER = re.compile(r"^(?:[^\n:]{6,160}:|[^\n]{6,160}\([^()\n]{2,80}\))[ \t]*$", re.M)
# a row: a label, a colon, then only numbers, brackets, signs and commas
_NUMBERED_ROW = re.compile(r"[ \t]*\d{1,2}\.[ \t]+[^\n:\d]{2,60}?[ \t]+[-–—][ \t]*\d")
# (or a numbered line with the figure after a spaced dash, "2. India - 63.5", under "Top
# partners, Q3 2023 (AED billion)"; and percent signs spelt out, vocab/percent_signs.csv:
# "- Shuwaikh Port: 2,851 (40.4 percent)")
@functools.cache
def _rows_re() -> tuple[re.Pattern, re.Pattern]:
    signs = vocab.alternation([w for w in vocab.percent_signs() if w[0].isalpha()], ignore_case=True, space=r"[ -]?")
    vals = rf"(?P<vals>(?:[\d.,'’()+\-−–% \t]|(?<=\d )(?:{signs})(?=\)))+?)"
    # (a bullet's figure may be followed by an earlier year's in brackets too, "• Imports
    # 2017: 11,982 (2016: 10,467)": left unread, as under a colon's header)
    row = re.compile(rf"[ \t]*(?:[-•*–·▪][ \t]*)?(?:[^\n:]{{2,60}}:|\d{{1,2}}\.[ \t]+[^\n:\d]{{2,60}}?[ \t]+[-–—])[ \t]*{vals}{_EARLIER_YEAR}?[ \t]*$", re.I)
    # (or, under a header line that ends with its colon, a label set off from its numbers by a
    # run of spaces or a tab, as a plain-text column: "January   2,210", "Q1 total  7,350")
    # (a row may end with the figure of an earlier year in brackets, "- goods: +10.5 (2022:
    # -14.7)": that figure is left unread, the row's own read)
    aligned = re.compile(rf"[ \t]*(?:[-•*–·▪][ \t]*)?(?:[^\n:]{{2,60}}:[ \t]*|[A-Za-z][^\n:\t]{{1,40}}?(?:[ ]{{2,}}|\t)[ \t]*)"
                         rf"{vals}{_EARLIER_YEAR}?[ \t]*$", re.I)
    return row, aligned


# an earlier year's figure in brackets after a row's own: " (2022: -14.7)"; perhaps then the
# change between the two, " (2024: 1,019.5), +4.21%" (read as any per cent in a sentence is)
_EARLIER_YEAR = r"(?:[ \t]*\((?:19|20)\d\d:[ \t]*[+\-−–]?\d[\d.,]*\)(?:,[ \t]*[+\-−–]?\d[\d.,]*[ \t]?%)?)"


# a percent sign after a number, written or spelt out ("14.1%", "40.4 percent")
@functools.cache
def _percent_after_re() -> re.Pattern:
    signs = vocab.alternation([w for w in vocab.percent_signs() if w[0].isalpha()], ignore_case=True, space=r"[ -]?")
    return re.compile(rf"%|[ ]?(?:{signs})\b", re.I)
# (thousands grouped by apostrophes, as Swiss tables print them: "12'305"; or by commas before
# decimals, "4,851.6", one number)
_NUMBER = re.compile(r"(?P<open>\(\s*)?(?P<sign>[+\-−–])?(?P<num>\d{1,3}(?:['’]\d{3})+(?:\.\d+)?|\d{1,3}(?:,\d{3})+\.\d+|\d[\d]*(?:[.,]\d+)?)")


@functools.cache
def _unit_re() -> re.Pattern:
    # a currency word next to a scale word, either way round ("NOK billion", "million euros"),
    # the scale first also with "of" before a currency's code ("(In Millions of USD)", as
    # central banks caption: the word before such a scale is then no currency; "in billions
    # of euros" is left unread, its tables' columns not read alike)
    # (a scale of one letter only right after a currency's code in capitals, "ISK m" over a
    # column: after a word it may be a unit of length, "per m")
    scales = vocab.alternation([w for w in vocab.scales() if len(w) > 1], ignore_case=True)
    letters = vocab.alternation([w for w in vocab.scales() if len(w) == 1], ignore_case=True)
    # (after the scale, one word or a currency of two: "thousand US dollars", the word after
    # the scale then a place's letters)
    # (a year before the scale is no currency: "2023 thousand US dollars" in a stacked header
    # cell is the year over the column and the unit)
    return re.compile(rf"(?<![^\s(\[/|])(?P<a>(?!(?:19|20)\d\d\s)[^\s,;()]+)\s+(?P<b>{scales}|(?<=(?-i:[A-Z]{{3}}) )(?:{letters}))\b(?!\s+of\s)"
                      rf"|\b(?P<c>{scales})\s+(?:of\s+(?=[A-Z]{{3}}\b))?(?P<d>(?-i:[A-Z]{{2}}\s+[a-z]+)|[^\s,;()]+)", re.I)


@functools.cache
def _counted_unit_re() -> re.Pattern:
    # "Unit: 100 million yuan", "(unit: 10,000 yuan)": a unit line whose unit is a count of a
    # scaled currency, as Chinese statistics tables give it (vocab/scales.csv); perhaps then
    # the percent sign of the table's columns of changes ("(Unit: 100 million yen, %)")
    scales = vocab.alternation([w for w in vocab.scales() if len(w) > 1], ignore_case=True)
    return re.compile(rf"\bunits?\s*:\s*(?P<amount>\d{{1,3}}(?:,\d{{3}})*\s+(?:(?:{scales})\s+)?[^\s,;()]+)(?:\s*[,;]\s*%)?\s*\)?\s*$", re.I)


@functools.cache
def _bracketed_unit_re() -> re.Pattern:
    # "(100 million yen)", "(Value, 100 million yen; % change ...)" ending a header line: a
    # power of ten of a scaled currency in the bracket that closes the line, alone or after
    # one label word, is the unit of the cells under it (as Japanese tables give it), no figure
    scales = vocab.alternation([w for w in vocab.scales() if len(w) > 1], ignore_case=True)
    return re.compile(rf"\((?:[A-Za-z]{{2,12}},\s*)?(?P<amount>10{{1,3}}(?:,0{{3}})*\s+(?:(?:{scales})\s+)?[^\s,;()]+)\s*(?:[;,][^()\n]*)?\)\s*$", re.I)


def counted_unit(line: str):
    """(multiplier, attrs, start, end) of the money unit a unit line names with its count
    ("Unit: 100 million yuan": 1e8 yuan), the span of the amount that is that unit."""
    if "nit" in line:
        u = _counted_unit_re().search(line)
    elif "(1" in line or ", 1" in line:
        u = _bracketed_unit_re().search(line)
    else:
        return None  # (cheap: no "unit" word, no bracket opening on a one)
    from .mentions import find_amounts

    if u is None:
        return None
    probe = u["amount"]
    found = find_amounts(probe)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(probe) and found[0].attrs.get("codes"):
        return found[0].value, dict(found[0].attrs), u.start("amount"), u.end("amount")
    return None


def without_unit_lines(text: str, amounts: list) -> list:
    """`amounts` but the one a unit line names ("Unit: 100 million yuan" over a table): the
    unit of the cells below it, no figure of its own."""
    if "nit" not in text and "(1" not in text and ", 1" not in text:
        return amounts  # (cheap: no "unit" word, no bracket opening on a one)
    out = []
    for a in amounts:
        start = text.rfind("\n", 0, a.start) + 1
        end = text.find("\n", a.end)
        end = len(text) if end < 0 else end
        counted = counted_unit(text[start:end])
        if counted is None or (start + counted[2], start + counted[3]) != (a.start, a.end):
            out.append(a)
    return out


def _unit_of(header: str):
    """(multiplier, attrs) of the money unit a header names, read as an amount of one."""
    from .mentions import find_amounts

    counted = counted_unit(header)
    if counted is not None:
        return counted[0], counted[1]
    for u in _unit_re().finditer(header):
        # (a scale cut short reads as the word: "Mio. CHF" over a column is million francs,
        # though in running text "1 Mio. CHF" may end a sentence at the dot)
        probe = f"{u['a']} 1 {_spelt_out(u['b'])}" if u["a"] else f"1 {_whole_word(u['c'])} {u['d']}"
        found = find_amounts(probe)
        if len(found) == 1 and found[0].start == 0 and found[0].end == len(probe) and found[0].attrs.get("codes"):
            return found[0].value, dict(found[0].attrs)
    return None


def _spelt_out(scale: str) -> str:
    """A scale of one letter as the word of the same multiplier ("m": million), which an
    amount reads after a figure; a longer scale as it is."""
    if len(scale) > 1:
        return scale
    return _scale_words().get(vocab.scales()[scale.lower()], scale)


@functools.cache
def _scale_words() -> dict[float, str]:
    """The first scale word of more than two letters for each multiplier (vocab/scales.csv)."""
    out: dict[float, str] = {}
    for word, multiplier in vocab.scales().items():
        if len(word) > 2:
            out.setdefault(multiplier, word)
    return out


def _whole_word(scale: str) -> str:
    """A scale word without the dot that cuts it short, where the table of scales has it so."""
    bare = scale.rstrip(".")
    return bare if bare != scale and bare.lower() in vocab.scales() else scale


@functools.cache
def _percent_change_re() -> re.Pattern:
    signs = vocab.alternation(list(vocab.percent_signs()), ignore_case=True, space=r"[\s-]*")
    cues = vocab.alternation(vocab.column_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"(?<![\w-])(?:{cues})\b[^,;]*?(?:{signs})|(?:{signs})\s*(?:{cues})\b", re.I)


@functools.cache
def _change_header_re() -> re.Pattern:
    cues = vocab.alternation(vocab.change_column_words(), ignore_case=True, space=r"\s+")
    return re.compile(rf"(?:{cues})", re.I)


def _columns(header: str, start: int):
    """The periods of a header's columns: (period, bracketed period), from its period words."""
    from .periods import find_periods

    now = base = None
    for pm in find_periods(header):
        if pm.period is None:
            continue
        if header[:pm.start].rstrip().endswith("("):
            base = base or pm.period
        else:
            now = now or pm.period
    return now, base


_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")


_THOUSANDS_DOTS = re.compile(r"\d{1,3}(?:\.\d{3})+")


def _value(num: str, decimal_comma: bool | str) -> tuple[float, float]:
    num = re.sub(r"['’ \u00a0\u202f\u2009]", "", num)
    if decimal_comma == DOT_THOUSANDS and _THOUSANDS_DOTS.fullmatch(num):
        # ("3.090" in a cell of a text that writes "36,6%" and no decimal dot anywhere:
        # the cells follow the text's convention, dots group thousands)
        num = num.replace(".", "")
    # (a comma before one or two digits groups no thousands: "Road vehicles: 9,81" under
    # "(EUR billion)" is 9.81 even in a text that writes its decimals with dots)
    if "," in num and not decimal_comma and not _DECIMAL_COMMA.fullmatch(num):
        num = num.replace(",", "")
    num = num.replace(",", ".")
    decimals = len(num.split(".")[1]) if "." in num else 0
    return float(num), 10.0 ** -decimals


def find_header_figures(text: str, decimal_comma: bool = False) -> list[Mention]:
    """The money amounts and percentage changes of rows under a header that names their unit."""
    if ":" not in text and ")" not in text:
        return []
    out: list[Mention] = []
    for h in _HEADER.finditer(text):
        # (spaced, "NOK billion", or glued to its sign, "Australia's trade with Vietnam (A$m):")
        unit = _cell_unit(h.group(0))
        if unit is None:
            continue
        scale, attrs = unit
        now, base = _columns(h.group(0), h.start())
        change = bool(_percent_change_re().search(h.group(0)))
        pos = h.end() + 1
        row, aligned = _rows_re()
        rows = aligned if h.group(0).rstrip().endswith(":") else row
        if rows is row and text.startswith("\n", pos) and _NUMBERED_ROW.match(text, pos + 1):
            pos += 1  # (a caption set off by a blank line above its numbered list)
        elif rows is aligned and text.startswith("\n", pos) and _worded_row_re().fullmatch(text, pos + 1, _line_end(text, pos + 1)):
            pos += 1  # (a header set off by a blank line above its bullets of worded rows, "- LNG: 9.83, up 92.7pc from 5.10")
        elif rows is aligned and text.startswith("\n", pos) and _LABELLED_ROW.fullmatch(text, pos + 1, _line_end(text, pos + 1)):
            pos += 1  # (or above its lines of a label, its colon and one figure: "Exports to China: 7,025")
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            row = rows.fullmatch(text, pos, end)
            worded = row is None and rows is aligned
            if worded:
                row = _worded_row_re().fullmatch(text, pos, end)
            if row is None:
                break
            if worded:
                out += _worded_figures(text, row, scale, dict(attrs, header_span=h.span()), now, decimal_comma)
            else:
                out += _row_figures(text, row.start("vals"), row.end("vals"), scale, dict(attrs, header_span=h.span()),
                                    now, base, change, decimal_comma)
            pos = end + 1
    return out


# a row of a label, its colon and one figure, perhaps signed ("Balance: -1,893"), as key
# figures are listed under a header naming their unit; perhaps after a bullet mark ("* Japan:
# 1.52", "- Japan: 1.52"), as the rows themselves may be (_rows_re)
_LABELLED_ROW = re.compile(r"[ \t]*(?:[-•*–·▪][ \t]*)?[A-Za-z][^\n:\d]{1,60}:[ \t]*[+\-−–]?\d[\d.,]*[ \t]*")


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


# (or a bullet whose figure is followed by words of its change and its earlier level, as a
# statistics office lists its key indicators: "- Exports: 1,204.5, up 3.1 percent from
# 1,168.2", "- Trade balance: deficit of 96.0, compared with a deficit of 88.4 a year
# earlier"; a balance's figure may follow its side, "surplus of")
@functools.cache
def _worded_row_re() -> re.Pattern:
    sides = vocab.alternation([w for w, m in vocab.flows().items() if m[0] == "balance" and " " not in w], ignore_case=True)
    return re.compile(rf"[ \t]*[-•*–·▪][ \t]*[^\n:\d]{{2,60}}:[ \t]*(?:(?:{sides})[ \t]+of[ \t]+)?"
                      rf"(?P<vals>{_BARE_LEVEL}),[ \t]+(?P<tail>[a-z][^\n]*?)[ \t]*$", re.I)


# a level in words after a row's figure: grouped by thousands or with decimals (no year, no count)
_BARE_LEVEL = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+"
_TAIL_LEVEL = re.compile(rf"(?<![\w.,])(?:{_BARE_LEVEL})(?![\w.,]?\d)")


def _worded_figures(text, row, scale, attrs, now, decimal_comma) -> list[Mention]:
    """A worded row's figure and the levels in the words after it ("from 1,168.2"), not its
    percentages (the text reading reads those)."""
    out = []
    for n in _TAIL_LEVEL.finditer(text, row.start("vals"), row.end("tail")):
        if _percent_after_re().match(text, n.end()):
            continue
        v, u = _value(n.group(0), decimal_comma)
        out.append(Mention("amount", n.start(), n.end(), n.group(0), v * scale, u * scale, dict(attrs, header=True, column_period=now)))
    return out


def _row_figures(text, start, end, scale, attrs, now, base, change, decimal_comma) -> list[Mention]:
    # the columns are separated by a comma and a space (a decimal comma has none after it)
    cells = [(m.start() + start, m.group(0)) for m in re.finditer(r"[^,]+(?:,(?=\S)[^,]+)*", text[start:end])]
    out = []
    for i, (at, cell) in enumerate(cells):
        last = change and len(cells) > 1 and i == len(cells) - 1
        for n in _NUMBER.finditer(cell):
            if not last and _percent_after_re().match(cell, n.end("num")):
                continue  # ("3,380 (14.1%)": the row's share, which the text reading reads)
            s, e = at + n.start("sign" if n["sign"] else "num"), at + n.end("num")
            v, u = _value(n["num"], decimal_comma)
            if last:
                sign = -1 if n["sign"] and n["sign"] != "+" else 1
                out.append(Mention("percent", s, e, text[s:e], v / 100.0, u / 100.0,
                                   {"sign": sign, "header": True, "column_period": now, "column_base": base}))
            else:
                bracketed = bool(n["open"])
                period = base if bracketed else now
                a = dict(attrs, header=True, column_period=period)
                if bracketed and base is not None:
                    a["header_earlier"] = True
                if n["sign"] and n["sign"] != "+":
                    a["sign"] = -1  # ("- primary income: -35.4": a deficit, as a signed balance)
                s = at + n.start("num")
                out.append(Mention("amount", s, e, text[s:e], v * scale, u * scale, a))
    return out


# Markdown tables of bare numbers whose money unit is in a column's header cell
# ("| Component | Exports (£bn) | Imports (£bn) | Balance (£bn) |") or in a caption line right
# above the table ("UK trade, GBP bn"): each numeric cell is an amount in that unit (its
# row and column say what of, link/measures.py and link/dating.py), and a cell under a
# change column ("Change (%)") is a percentage change.
# (a figure in brackets is a negative one, as accounts write it: "(122,455.3)", "(1.0)"; a
# cell's thousands may be grouped by apostrophes or by spaces, "23'184", "1 240")
_CELL_NUMBER = re.compile(r"[ \t]*(?P<sign>[+\-−–])?[ \t]*(?P<open>\()?(?P<num>\d{1,3}(?:['’ \u00a0\u202f\u2009]\d{3})+(?:\.\d+)?|\d[\d,]*(?:\.\d+)?)(?(open)\))[ \t]*")
# a unit glued to its currency sign ("£bn", "$m", "($M)", "$B" as statistics offices head
# their columns): the sign, then a scale word
_GLUED_UNIT = re.compile(r"(?P<cur>[^\w\s()]{1,3}|[A-Z]{1,3}\$|(?<=\()[A-Z][a-z]?(?=(?:bn|mn|m)\)))(?P<scale>[a-z]{1,3}|[MBK])\b")


def _cell_unit(cell: str):
    """The money unit a header cell or caption names, spaced ("US$ mn") or glued ("£bn")."""
    unit = _unit_of(cell)
    if unit is not None:
        return unit
    from .mentions import find_amounts

    for g in _GLUED_UNIT.finditer(cell):
        probe = f"{g['cur']}1{g['scale']}"
        found = find_amounts(probe)
        if len(found) == 1 and found[0].start == 0 and found[0].end == len(probe) and found[0].attrs.get("codes"):
            return found[0].value, dict(found[0].attrs)
    return None


def _lines(text: str):
    pos = 0
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        yield pos, end
        pos = end + 1


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) of each cell of a row, between its pipes."""
    return table_rows.cells(text, start, end)


def _table_at(text: str, lines, i: int) -> int:
    """The line its body starts on, when a table's header row stands on line i: a Markdown
    header above its |---| row, or the first of a block of pipe-parted rows (0 if none)."""
    (hs, he), (ss, se) = lines[i], lines[i + 1]
    if i > 0 and table_rows.is_row(text, *lines[i - 1]):
        return 0
    if table_rows.is_separator(text, ss, se) and table_rows.is_row(text, hs, he):
        return i + 2
    if table_rows.is_bare_row(text, hs, he) and table_rows.is_bare_row(text, ss, se):
        return i + 1
    # (a MediaWiki table's header, its rule "|-" under it: extract/wiki_tables.py)
    if table_rows.is_rule(text, ss, se) and i + 2 < len(lines) and table_rows.is_bare_row(text, hs, he) \
            and table_rows.is_bare_row(text, *lines[i + 2]):
        return i + 2
    # (a table pasted with outer pipes but no |---| rule under its header, "| Product group |
    # Million CHF |" over "| Watches | 2'047 |": its first row is the header all the same)
    if table_rows.is_piped_row(text, hs, he) and table_rows.is_piped_row(text, ss, se) \
            and text.count("|", hs, he) == text.count("|", ss, se):
        return i + 1
    return 0


def _body(text: str, lines, body: int):
    for rs, re_ in lines[body:]:
        if not table_rows.is_row(text, rs, re_):
            break
        yield rs, re_


def _labels(text: str, start: int, end: int) -> list[str]:
    """A table row's label cells: those before its first number."""
    labels = []
    for a, b in table_rows.cells(text, start, end):
        if _CELL_NUMBER.fullmatch(text, a, b) and labels:
            break
        labels.append(text[a:b])
    return labels


def _names_place(text: str, start: int, end: int, groups: bool = False, world: bool = True) -> bool:
    """Whether a table row's label cells name a country (or the world, unless not `world`),
    or with `groups` a group of them ("EC", "North America")."""
    from .mentions import find_countries

    found = find_countries(" | ".join(_labels(text, start, end)))
    return any((x.attrs.get("iso") and (world or x.attrs["iso"] != "WLD")) or groups and x.attrs.get("kind") == "group" for x in found)


def _flow_row(text: str, start: int, end: int) -> bool:
    """Whether a table row's label opens with a flow ("Imports from the United States",
    "Exports to China": vocab/table_row_labels.csv, kinds exports and imports)."""
    labels = [w for w in _labels(text, start, end) if w.strip()]
    if len(labels) != 1:
        return False
    low = " ".join(labels[0].lower().split())
    return any(low.startswith(w + " ") for w in _flow_row_words())


@functools.cache
def _flow_row_words() -> tuple[str, ...]:
    return tuple(r["phrase"].lower() for r in vocab.table("table_row_labels") if r["kind"] in ("exports", "imports"))


def _whole_or_rest(text: str, start: int, end: int) -> bool:
    """Whether a table row is labelled as the total or the rest of the rows above it
    ("Total", "All origins", "Rest of world": vocab/total_labels.csv, vocab/residual_partners.csv,
    vocab/table_row_labels.csv kinds total and rest), which in
    a table of places is as much theirs as a row naming one."""
    # (an empty rank cell before the label of an "Others" row under ranked ones is no label)
    labels = [w for w in _labels(text, start, end) if w.strip()]
    return len(labels) == 1 and labels[0].strip().lower() in _whole_and_rest_labels()


@functools.cache
def _whole_and_rest_labels() -> frozenset[str]:
    rows = vocab.total_labels() + vocab.residual_partners() \
        + [r["phrase"] for r in vocab.table("table_row_labels") if r["kind"] in ("rest", "total")]
    return frozenset(w.lower() for w in rows)


# the number style of a text with decimal commas whose dots only ever group thousands
DOT_THOUSANDS = "dot-thousands"


def find_table_figures(text: str, decimal_comma: bool = False) -> list[Mention]:
    """The amounts and percentage changes in bare cells of tables with a money unit."""
    if "|" not in text:
        return []
    if decimal_comma:
        from .money import _groups_thousands_by_dots
        if _groups_thousands_by_dots(text):
            decimal_comma = DOT_THOUSANDS
    lines = list(_lines(text))
    out: list[Mention] = []
    i = 0
    last = None  # (the line after the last table, its header's cells, its unit)
    while i + 1 < len(lines):
        body = _table_at(text, lines, i)
        if not body:
            i += 1
            continue
        caption = _caption(text, lines, i)
        unit = _cell_unit(caption) if caption.strip() else None
        if unit is not None:
            # (the caption says what the cells are of as a chart's title does: "EU trade in
            # goods with the US, €bn" over "EU imports | 346.6": link/chart_titles.py)
            at = text.rfind(caption, 0, lines[i][0])
            unit = (unit[0], dict(unit[1], chart_title=(at, at + len(caption))))
        if unit is None:
            unit = _footnote_unit(text, lines, body)
        columns = [" ".join(text[a:b].split()).lower() for a, b in _cells(text, *lines[i])]
        if unit is None and last is not None and last[0] in (i - 1, i) and len(last[1]) == len(columns) \
                and sum(a != b for a, b in zip(last[1], columns)) <= 1:
            # "Rank | Exporters | Value | Share" over its rows, a blank line, then "Rank |
            # Importers | Value | Share": a second table under the first one's caption, with
            # the same columns but its label's, is in its unit
            unit = last[2]
        # (a caption naming a unit of quantity, "(million boxes)", heads changes in volume:
        # none is a change of a value the text gives)
        in_quantity = unit is None and "(" in caption and _quantity_caption_re().search(caption) is not None
        out += _table(text, lines, i, body, unit, decimal_comma, in_quantity)
        last = (body + sum(1 for _ in _body(text, lines, body)), columns, unit)
        i = body
    return out


def _row_part(label: str, period):
    """The period of a cell under a year's column whose row's label names a part of that year
    ("Q1", "January", "H2" over "Quarter | 2019"): the part, in that year; else the column's."""
    if not isinstance(period, tuple) or period[0] % 12 or period[1] - period[0] != 11 or len(label.strip()) > 20:
        return period  # (cheap: only a whole year's column, and a short label)
    return _part_of_year(label.strip(), period[0] // 12) or period


@functools.lru_cache(maxsize=256)
def _part_of_year(label: str, year: int):
    from .periods import find_periods

    probe = f"{label} {year}"
    found = [pm for pm in find_periods(probe) if pm.period is not None]
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(probe):
        return None  # (a label of words, "Total", "Steel": no part of the year)
    p = found[0].period
    return p if isinstance(p, tuple) and p[1] - p[0] < 11 else None


@functools.cache
def _month_label_re() -> re.Pattern:
    months = vocab.alternation(list(vocab.months()), ignore_case=True)
    return re.compile(rf"\s*(?P<m>{months})[-'’ ](?P<y>\d\d|(?:19|20)\d\d)\s*", re.I)


@functools.cache
def _roman_months() -> dict[str, int]:
    return {r["numeral"]: int(r["month"]) for r in vocab.table("roman_months")}


@functools.cache
def _roman_month_re() -> re.Pattern:
    numerals = vocab.alternation(list(_roman_months()))
    # (upper case only, and a year right after: "X 2012", "I-X 2012", "I.-X. 2012")
    return re.compile(rf"\s*(?:(?P<a>{numerals})\.?\s*[-–]\s*)?(?P<b>{numerals})\.?\s+(?P<y>(?:19|20)\d\d)(?!\d)")


def _roman_month_period(cell: str):
    """The months a column header opening with a month in Roman numerals names, as central
    European statistics offices head their columns: "X 2012" (October 2012), "I-X 2012"
    (January to October 2012); read as the year alone otherwise, the month's figures would
    be taken for the whole year's. None for any other header."""
    m = _roman_month_re().match(cell)
    if m is None:
        return None
    year = int(m["y"]) * 12 - 1
    start, end = year + _roman_months()[m["a"] or m["b"]], year + _roman_months()[m["b"]]
    return (start, end) if start <= end else None


def _month_label(cell: str):
    """The month a spreadsheet's column label names ("Feb-24", "Mar-2024"): a header cell
    that is only a month and a year, the year in two digits or four. A month alone, perhaps
    with a note in brackets ("OCT", "SEPT (rev)" in a wire's key figures), is that month of the
    year the text is on: a mention left for link/dating.header_column to resolve."""
    m = _month_label_re().fullmatch(cell)
    if m is None:
        return _month_alone(cell)
    year = int(m["y"]) + (2000 if len(m["y"]) == 2 else 0)
    month = year * 12 + vocab.months()[m["m"].lower()] - 1
    return month, month


@functools.cache
def _month_alone_re() -> re.Pattern:
    months = vocab.alternation(list(vocab.months()), ignore_case=True)
    return re.compile(rf"\s*(?P<m>{months})\.?(?:\s*\([a-z. ]{{1,12}}\))?\s*", re.I)


def _month_alone(cell: str) -> PeriodMention | None:
    """A header cell that names a month alone ("OCT", "SEPT (rev)"), as a mention of that month
    of no year, else None."""
    m = _month_alone_re().fullmatch(cell)
    if m is None:
        return None
    month = vocab.months()[m["m"].lower()]
    return PeriodMention(0, len(cell), cell, "months", None, {"m1": month, "m2": month})


@functools.cache
def _change_word_re() -> re.Pattern:
    alts = vocab.alternation(vocab.change_column_words(), ignore_case=True, space=r"\s+")
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w])", re.I)


@functools.cache
def _percent_column_re() -> re.Pattern:
    words = [r["word"] for r in vocab.table("share_columns")] + vocab.change_column_words()
    alts = vocab.alternation(words, ignore_case=True, space=r"\s+")
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.I)


def _footnote_unit(text: str, lines, body: int):
    """The money unit a bracketed note right under a table's last row names ("(figures in $
    billion)" under "| Merchandise exports | 35.20 | 39.59 |"), when no caption above did."""
    k = body + sum(1 for _ in _body(text, lines, body))
    if k >= len(lines):
        return None
    note = text[lines[k][0]:lines[k][1]].strip()
    return _cell_unit(note) if note.startswith("(") and note.endswith(")") else None


@functools.cache
def _quantity_caption_re() -> re.Pattern:
    # a bracket closing a caption that names a unit of quantity, perhaps scaled: "BANANA
    # EXPORTS BY DESTINATION (million boxes)", "(thousand tonnes)" (vocab/physical_units.csv)
    units = vocab.physical_unit_pattern()
    return re.compile(rf"\((?:[^()\n]*\s)?(?:{units})\)\s*$", re.I)


def _caption(text: str, lines, i: int) -> str:
    """The line above a table's header, or above the blank line there ("Table 9: Direct
    Trade with Selected Partners, Q4 2023 (KSh Million)", a blank line, then the table)."""
    if i > 0 and column_groups.group_line(text, lines[i]) is not None:
        i -= 1  # (a line naming groups of columns, "Exports   Imports", is the header's, no caption)
    above = [text[a:b] for a, b in lines[max(0, i - 2):i]]
    if above and not above[-1].strip() and len(above) == 2:
        return above[0]
    return above[-1] if above else ""


# a cell of a header line stacked over a table's columns: words parted by single spaces,
# broken after a closing bracket ("total) millions)": two columns' cells side by side)
_STACK_CELL = re.compile(r"[^\s|]+(?:(?<!\)) [^\s|]+)*")


def _flow_label(label: str) -> str | None:
    """The one flow a row's label names ("Merchandise imports": imports), or None."""
    from .mentions import find_flows

    flows = {f.attrs.get("measure") for f in find_flows(label)}
    return flows.pop() if len(flows) == 1 else None


def _stacked(text: str, lines, i: int, body: int):
    """The header of each column of a table whose header row is the last of a stack of header
    lines (extract/aligned_tables.py stacked_header): each line's cells over the column's
    figures, top to bottom ("Nine months ended" / "30 September" / "2024(1)"), with the unit a
    line of one cell gives the whole table ("(U.S.$ millions)") or, failing that, the caption
    above the stack; as (header cells, the period of each column or None, the unit). None
    for a table with a header of one line."""
    from .aligned_tables import column_spans, stacked_header

    rows = [text[a:b] for a, b in list(_body(text, lines, body))]
    top = max(0, i - 6)
    near = [text[a:b].replace("|", " ") for a, b in lines[top:i + 1]] + [r.replace("|", " ") for r in rows[:1]]
    stack = stacked_header(near, i + 1 - top)
    if stack is None or len(stack) < 2:
        return None
    spans = column_spans([r.replace("|", " ") for r in rows])
    cells = [len(_cells(text, *lines[k])) for k in range(body, body + len(rows))]
    if spans is None or len(set(cells)) != 1 or cells[0] != len(spans):
        return None
    # (a pipe table whose rows are not padded to line up, "Destination | US$ million | Share
    # (%)" over "Uganda | 3.41 | 10.0": its header row's cells do not stand over the columns
    # they head, so its cells, not where its words stand, say what each column is; a header
    # row with an empty cell is the last line of a stack, marked by extract/aligned_tables.py)
    hs = lines[i][0]
    own = _cells(text, *lines[i])[1:len(spans)]
    for col, (a, b) in enumerate(own if all(text[a:b].strip() for a, b in own) else [], 1):
        word = text[a:b]
        if word.strip():
            a += len(word) - len(word.lstrip()) - hs
            b -= len(word) - len(word.rstrip()) + hs
            if b <= spans[col][0] or spans[col][1] <= a:
                return None
    header = [""] * len(spans)
    unit = None
    for k in stack:
        found = list(_STACK_CELL.finditer(near[k]))
        if len(found) == 1 and unit is None:
            unit = _cell_unit(found[0].group(0))
            if unit is not None:
                continue
        for c in found:
            for col, (a, b) in enumerate(spans[1:], 1):
                if c.start() < b and a < c.end():
                    header[col] = (header[col] + " " + c.group(0)).strip()
    if unit is None:
        above = stack[0] + top
        caption = _caption(text, lines, above)
        unit = _cell_unit(caption) if caption.strip() else None
    return header, [_stacked_period(h) for h in header], unit


def _known_columns(cells: list[str]) -> bool:
    """Whether every header cell names one dated period ("Jan 2025") or heads changes or
    shares ("Change", "Share (%)")."""
    from .periods import find_periods

    def known(cell: str) -> bool:
        if _percent_column_re().search(cell) or _change_header_re().fullmatch(cell.strip()):
            return True
        found = [pm for pm in find_periods(cell) if pm.period is not None]
        return len(found) == 1
    return bool(cells) and all(map(known, cells))


# a cell that is a percentage, signed or bracketed as a negative: "7.6 %", "-3.2%", "(3.2 %)"
_PERCENT_CELL = re.compile(r"[ \t]*(?P<sign>[+\-−–])?(?P<open>\()?(?P<num>\d[\d,]*(?:\.\d+)?)[ ]?%(?(open)\))[ \t]*")


def _percent_cells(text: str, rows, col: int) -> bool:
    """Whether every row has a percentage in its cell of column `col`."""
    found = [c[col] for c in (_cells(text, rs, re_) for rs, re_ in rows) if col < len(c)]
    return len(found) == len(rows) > 0 and all(_PERCENT_CELL.fullmatch(text, a, b) for a, b in found)


def _unit_row(text: str, row: tuple[int, int], width: int) -> list | None:
    """The money unit of each column, where a table's first row under its header names one
    for every column after the label and nothing else ("|(C$ billions) |(C$ billions)"),
    else None."""
    cells = [text[a:b].strip() for a, b in _cells(text, *row)]
    if len(cells) != width or cells[0] or "(" not in text[row[0]:row[1]]:
        return None
    units = [_cell_unit(c) for c in cells[1:]]
    return [None] + units if all(units) else None


# a year in a header cell ("Feb-2019", "2023(1)")
_HEADER_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _stacked_period(header: str):
    """The one period a stacked column header names (a period of its own words, "Nine months
    ended 30 September 2024", left to be resolved with the text's fiscal year), or None."""
    from .periods import find_periods

    roman = _roman_month_period(header)
    if roman is not None:
        return roman
    found = find_periods(header)
    if len(found) != 1:
        return None
    return found[0].period if found[0].period is not None else found[0]


def _levels_before(periods: list, col: int) -> tuple | None:
    """The (earlier, later) periods of the two level columns right before change column `col`
    ("Dec 2016 | Dec 2015 | YoY (%) | 2016 | 2015 | YoY (%)": the second change is the year's,
    not the month's), when both name a period and one ends before the other starts; else None."""
    if col < 3:
        return None  # (the label and two levels come first)
    a, b = periods[col - 2], periods[col - 1]
    if not isinstance(a, tuple) or not isinstance(b, tuple):
        return None
    early, late = sorted((a, b))
    return (early, late) if early[1] < late[0] else None


def _table(text, lines, i, body, caption_unit, decimal_comma, in_quantity=False) -> list[Mention]:
    """The figures of one table's cells; under a caption in a unit of quantity (`in_quantity`)
    its change columns are left unread."""
    from .periods import find_periods

    header = [text[a:b] for a, b in _cells(text, *lines[i])]
    # (a header of several lines stacked over the columns: read by where its words stand)
    stacked = _stacked(text, lines, i, body)
    if stacked is not None:
        header, stacked_periods, caption_unit = stacked
    own = [_cell_unit(h) for h in header]
    rows = [(rs, re_) for rs, re_ in _body(text, lines, body)]
    unit_row = _unit_row(text, rows[0], len(header)) if rows and stacked is None else None
    if unit_row is not None:
        # ("Exports | Imports" over "(C$ billions) | (C$ billions)": each column's unit
        # stands in the row under its name, no figure of its own)
        own, rows = [a or b for a, b in zip(own, unit_row)], rows[1:]
    if caption_unit is None and own and own[0] is not None and _known_columns(header[1:]):
        # "Indicator (SAR bln) | Jan 2024 | Jan 2025 | Change": a unit named in the label's cell
        # of the header is the table's, as a caption's would be, where each column is known
        # to be a dated one or one of changes or shares ("Jul | Aug | %mth" is not)
        caption_unit = own[0]
    # a column headed as shares or as changes that names no unit of its own ("Share", "Annual
    # change" under a caption "(US$ billion and percentage)"): percentages, not money in the
    # caption's unit
    units = [u or (None if _percent_column_re().search(h) else caption_unit) for h, u in zip(header, own)]
    # ("Change (%)", "Var. %": a change word of vocab/change_columns.csv and a percent sign)
    changes = [bool(_percent_change_re().search(h)) or ("%" in h and bool(_change_word_re().search(h))) for h in header]
    # a column headed by a change word alone ("y/y", "Change", "+/-"): its figures are changes,
    # in percent or in the table's unit, which one unsaid; no levels either way
    unsaid_changes = [not changes[k] and bool(_change_header_re().fullmatch(h.strip())) for k, h in enumerate(header)]
    # ... unless every cell of it carries a percent sign ("Change" over "7.6 %" and "(3.2 %)"):
    # changes in percent, a bracket their minus sign as in accounts
    in_percent = [unsaid_changes[k] and _percent_cells(text, rows, k) for k in range(len(header))]
    changes = [c or p for c, p in zip(changes, in_percent)]
    unsaid_changes = [u and not p for u, p in zip(unsaid_changes, in_percent)]
    periods = []
    for h in header:
        found = [pm.period for pm in find_periods(h) if pm.period is not None]
        periods.append(_roman_month_period(h) or (found[0] if len(found) == 1 else _month_label(h)))
    if stacked is not None:
        periods = stacked_periods
    # (a stacked header naming no year over any column, only words)
    words_only = stacked is not None and not any(periods) and not any(_HEADER_YEAR.search(h) for h in header)
    # a change column beside two columns of periods ("Mar-2024 | Feb-2024 | % Change", "Dec-23 |
    # Jan-24 | Monthly change (%)") compares the later with the earlier; so beside columns of
    # two periods each heading several ("2014 Qty(MT) | 2014 US$ Mn | 2015 Qty(MT) | 2015 US$
    # Mn | Value Chg %": a quantity and a value a year)
    dated = sorted({p for p in periods if isinstance(p, tuple)})
    base, now = (dated[0], dated[1]) if len(dated) == 2 and dated[0][1] < dated[1][0] else (None, None)
    out: list[Mention] = []
    # (a row whose label opens with a flow, "Imports from the U.S." among "Total Exports",
    # "Total Imports" and "Total Market Size", names its flow's partner, not the row's
    # place: the table is of flows, and each row is read)
    placed = [_names_place(text, rs, re_) and not _flow_row(text, rs, re_) for rs, re_ in rows]
    if not any(_names_place(text, rs, re_, world=False) for rs, re_ in rows):
        # a table of groups ("EC | 47,620", "North America | 8,350", "Rest of world | 5,630"),
        # none a country
        placed = [_names_place(text, rs, re_, groups=True) for rs, re_ in rows]
    for (rs, re_), place in zip(rows, placed):
        if any(placed) and not place and not _whole_or_rest(text, rs, re_):
            # a table of places ("1 | China | 15,306.7") whose row names none the tool knows
            # ("2 | U A E | 31,608.8"): whose figures they are is not known, so none is read
            continue
        row = _cells(text, rs, re_)
        # "Merchandise exports (US$ Mil) | 14,078" under "Indicator | Value": the unit of a
        # row whose label names one, in a table of one column of values (columns "Actual |
        # Consensus | Previous" are not all of the period the text is about); or under a
        # column that names its period ("Item | Feb-24 | Feb-23 | % Growth")
        row_unit = _cell_unit(text[row[0][0]:row[0][1]]) if row else None
        # (a balance of payments brackets its debits: "Merchandise imports   (87.0)" is imports
        # of 87.0, the minus sign the account's, where "Trade balance   (43.4)" is a deficit)
        debit = "(" in text[rs:re_] and _flow_label(text[row[0][0]:row[0][1]]) in ("exports", "imports") if row else False
        # (a row whose label states a per cent, "Export-import ratio (%)" under "EUR million":
        # its figures are per cents, none in the column's money)
        in_percent_row = bool(row) and "%" in text[row[0][0]:row[0][1]]
        for col, (a, b) in enumerate(row):
            if col == 0 or col >= len(header):
                continue  # (the row's label)
            if unsaid_changes[col] or stacked is not None and periods[col] is None and not words_only:
                # (a stacked header's column of no one period: its cells are not dated; but
                # where the header is of words alone, "Interprovincial exports" / "International
                # exports" under a caption "..., 2017", all are of the caption's or the text's
                # period, as under a header of one line)
                continue
            n = (_PERCENT_CELL if in_percent[col] else _CELL_NUMBER).fullmatch(text, a, b)
            by_row = not changes[col] and (periods[col] is None if len(header) == 2 else periods[col] is not None)
            unit = units[col] or (row_unit if by_row else None)
            if n is None or (unit is None and not changes[col]):
                continue
            v, u = _value(n["num"], decimal_comma)
            negative = bool(n["sign"]) and n["sign"] != "+" or bool(n["open"]) and (changes[col] or not debit)
            s, e = n.start("sign" if n["sign"] else "open" if n["open"] else "num"), n.end() if n["open"] else n.end("num")
            e = text.rfind(")", s, e) + 1 if n["open"] else e
            if in_percent[col] and not n["open"]:
                e = text.index("%", e) + 1  # ("7.6 %": the percent sign is the figure's)
            if changes[col] and ("%" in header[col] or in_percent[col]):
                if in_quantity:
                    continue  # ("Var. %" under "(million boxes)": a change in volume)
                col_base, col_now = _levels_before(periods, col) or (base, now)
                out.append(Mention("percent", s, e, text[s:e], v / 100.0, u / 100.0,
                                   {"sign": -1 if negative else 1, "header": True, "column_period": col_now, "column_base": col_base}))
            elif unit is not None and not changes[col] and not in_percent_row:
                scale, attrs = unit
                out.append(Mention("amount", s, e, text[s:e], (-v if negative else v) * scale, u * scale,
                                   dict(attrs, header=True, column_period=_row_part(text[row[0][0]:row[0][1]], periods[col]))))
    return out
