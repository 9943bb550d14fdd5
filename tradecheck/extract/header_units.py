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
from .mentions import Mention

# a header line: ends with a colon, on a line of its own
_HEADER = re.compile(r"^[^\n:]{6,160}:[ \t]*$", re.M)
# a row: a label, a colon, then only numbers, brackets, signs and commas
_ROW = re.compile(r"[ \t]*(?:[-•*–·▪][ \t]*)?[^\n:]{2,60}:[ \t]*(?P<vals>[\d.,()+\-−–% \t]+?)[ \t]*$")
_NUMBER = re.compile(r"(?P<open>\(\s*)?(?P<sign>[+\-−–])?(?P<num>\d[\d]*(?:[.,]\d+)?)")


@functools.cache
def _unit_re() -> re.Pattern:
    # a currency word next to a scale word, either way round ("NOK billion", "million euros")
    scales = vocab.alternation([w for w in vocab.scales() if len(w) > 1], ignore_case=True)
    return re.compile(rf"(?P<a>[^\s,;()]+)\s+(?P<b>{scales})\b|\b(?P<c>{scales})\s+(?P<d>[^\s,;()]+)", re.I)


def _unit_of(header: str):
    """(multiplier, attrs) of the money unit a header names, read as an amount of one."""
    from .mentions import find_amounts

    for u in _unit_re().finditer(header):
        probe = f"{u['a']} 1 {u['b']}" if u["a"] else f"1 {u['c']} {u['d']}"
        found = find_amounts(probe)
        if len(found) == 1 and found[0].start == 0 and found[0].end == len(probe) and found[0].attrs.get("codes"):
            return found[0].value, dict(found[0].attrs)
    return None


@functools.cache
def _percent_change_re() -> re.Pattern:
    signs = vocab.alternation(list(vocab.percent_signs()), ignore_case=True, space=r"[\s-]*")
    cues = vocab.alternation(vocab.column_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"(?<![\w-])(?:{cues})\b[^,;]*?(?:{signs})|(?:{signs})\s*(?:{cues})\b", re.I)


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


def _value(num: str, decimal_comma: bool) -> tuple[float, float]:
    if "," in num and not decimal_comma:
        num = num.replace(",", "")
    num = num.replace(",", ".")
    decimals = len(num.split(".")[1]) if "." in num else 0
    return float(num), 10.0 ** -decimals


def find_header_figures(text: str, decimal_comma: bool = False) -> list[Mention]:
    """The money amounts and percentage changes of rows under a header that names their unit."""
    if ":" not in text:
        return []
    out: list[Mention] = []
    for h in _HEADER.finditer(text):
        unit = _unit_of(h.group(0))
        if unit is None:
            continue
        scale, attrs = unit
        now, base = _columns(h.group(0), h.start())
        change = bool(_percent_change_re().search(h.group(0)))
        pos = h.end() + 1
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            row = _ROW.fullmatch(text, pos, end)
            if row is None:
                break
            out += _row_figures(text, row.start("vals"), row.end("vals"), scale, attrs, now, base, change, decimal_comma)
            pos = end + 1
    return out


def _row_figures(text, start, end, scale, attrs, now, base, change, decimal_comma) -> list[Mention]:
    # the columns are separated by a comma and a space (a decimal comma has none after it)
    cells = [(m.start() + start, m.group(0)) for m in re.finditer(r"[^,]+(?:,(?=\S)[^,]+)*", text[start:end])]
    out = []
    for i, (at, cell) in enumerate(cells):
        last = change and len(cells) > 1 and i == len(cells) - 1
        for n in _NUMBER.finditer(cell):
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
                s = at + n.start("num")
                out.append(Mention("amount", s, e, text[s:e], v * scale, u * scale, a))
    return out
