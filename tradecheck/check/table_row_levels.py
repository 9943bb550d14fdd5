"""Rows of a small table of one quantity read as levels of the total the prose states just
before it. The unit is the table's own: after a comma closing its title line ("Q3 crude
imports by origin, million barrels" over "  Iraq      41.2") or in brackets in a pipe
table's figure column ("| Origin | Volume (million tons) |" over "| Iraq | 41.2 |").

- Under a title naming the same quantity as the prose total right before it (every word of
  the title but its period is in that sentence), the rows are parts of that total: together
  never more than it (a row labelled a total, vocab/table_row_labels.csv, is no part).
- A share "of the total" in the prose after the table, its sentence opening with a row's
  label ("Iraq kept first place, with 21 percent of the total"), is that row over the total.

Table figures are no claims (see check/table_arithmetic.py), so this reads the lines alone."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..model import Finding
from .catalogue import Severity, Status, render
from .quantity_parts import _earlier_level, _Level, _levels, _one_quantity
from .volumes import PER_CENT, _figure, _share_figures


@functools.cache
def _title_re() -> re.Pattern:
    """A title line closed by its unit after a comma: "Q1 2024 crude imports, million barrels"."""
    units = vocab.physical_unit_pattern()
    scale = vocab.alternation(list(vocab.scales()), ignore_case=True)
    return re.compile(rf"\s*(?P<t>[^\n,.;:|]{{3,100}}),\s*(?:(?P<s>{scale})\s+)?(?P<u>{units})\s*", re.I)


@functools.cache
def _pipe_header_re() -> re.Pattern:
    """A two-column pipe table's header whose figure column names its unit in brackets:
    "| Destination | Volume (million tons) |"."""
    units = vocab.physical_unit_pattern()
    scale = vocab.alternation(list(vocab.scales()), ignore_case=True)
    return re.compile(rf"\s*\|[^|\n\d]{{1,40}}\|[^|\n\d(]{{0,40}}\(\s*(?:(?P<s>{scale})\s+)?(?P<u>{units})\s*\)\s*\|\s*", re.I)


# a plain row: a label and one figure, apart by a gap of two spaces or more ("Iraq      41.2")
_PLAIN_ROW = re.compile(r"\s*(?P<l>[^\W\d][^\d\n|:]{0,40}?)[^\S\n]{2,}(?P<n>\d[\d,]*(?:\.\d+)?)\s*")
# a pipe row of a label and one figure ("| Iraq | 41.2 |"), and the rule under the header
_PIPE_ROW = re.compile(r"\s*\|\s*(?P<l>[^\W\d][^|\d\n]{0,40}?)\s*\|\s*(?P<n>\d[\d,]*(?:\.\d+)?)\s*\|\s*")
_PIPE_RULE = re.compile(r"\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*")
# the words of a title that name its quantity, not its period ("Q1", "2024", "Jan-Jun")
_TITLE_WORD = re.compile(r"\b[^\W\d]{3,}\b")
# a share of a total the sentence gives no figure for ("taking 21 percent of the total")
_SHARE_OF_TOTAL = re.compile(rf"(?P<p>\d+(?:\.\d+)?)\s*{PER_CENT}\s+of\s+(?:the\s+)?total\b", re.I)
# a share with its verb left out after the first ("..., and exports to Chile for 9.5%")
_ELIDED_SHARE = re.compile(rf"\bfor\s+(?P<p>\d+(?:\.\d+)?)\s*{PER_CENT}", re.I)
_DIGIT = re.compile(r"\d")


def findings(text: str, sentences) -> list[Finding]:
    """A bound finding for a titled table's rows above the prose total before it, and a ratio
    finding for each share of the total a row cannot give."""
    from .table_arithmetic import _is
    out = []
    sentences = list(sentences)
    for i, head in enumerate(sentences):
        line = text[head.start:head.end]
        if "," in line and i and not _DIGIT.search(line[line.rfind(","):]):  # (a title's unit after its comma: cheap)
            h, row_re, first = _title_re().fullmatch(text, head.start, head.end), _PLAIN_ROW, i + 1
            titled = True
        elif line.lstrip().startswith("|") and "(" in line and i + 1 < len(sentences) \
                and _PIPE_RULE.fullmatch(text, sentences[i + 1].start, sentences[i + 1].end):
            h, row_re, first = _pipe_header_re().fullmatch(text, head.start, head.end), _PIPE_ROW, i + 2
            titled = False
        else:
            continue
        if h is None:
            continue
        rows, j = [], first
        while j < len(sentences) and (m := row_re.fullmatch(text, sentences[j].start, sentences[j].end)):
            rows.append(m)
            j += 1
        parts = [r for r in rows if not _is(r["l"].strip(), "total")]
        if len(parts) < 2:
            continue
        unit = h["u"]
        whole = _prose_total(text, sentences, i, unit)
        if whole is None:
            if j < len(sentences):
                out += _row_shares_of_some_whole(text, sentences, i, j, parts, h["s"], unit)
            continue
        if titled and _names_total(text, sentences[whole[1]], h["t"]):
            out += _parts_above(text, parts, whole[0], h["s"], unit)
        if j < len(sentences):
            out += _row_shares(text, sentences[j:j + 2], parts, whole[0], h["s"], unit)
    return out


def _prose_total(text: str, sentences, i: int, unit: str) -> tuple[_Level, int] | None:
    """The one level of the table's unit in the nearest sentence before its head that has one
    (no more than two sentences back: a lead-in line such as "Top markets:" may stand
    between), and that sentence's index; none where it has several or sets it as an earlier level."""
    for k in range(i - 1, max(-1, i - 3), -1):
        levels = _levels(text, sentences[k].start, sentences[k].end)
        if not levels:
            continue
        same = [w for w in levels if _same_unit_word(w.unit, unit)]
        if len(same) != 1 or _earlier_level(text, same[0]):
            return None
        return same[0], k
    return None


def _same_unit_word(a: str, b: str) -> bool:
    """Two spellings of one unit as a table shortens it ("million metric tons" ... "million tons")."""
    from .volumes import _same_unit
    return _same_unit(a, b, None)


def _names_total(text: str, sent, title: str) -> bool:
    """Whether the sentence of the total names the title's quantity: every word of the title
    but its period (figures, quarter labels) is in it."""
    words = [w.lower() for w in _TITLE_WORD.findall(title)]
    low = text[sent.start:sent.end].lower()
    return len(words) >= 2 and all(re.search(rf"\b{re.escape(w)}\b", low) for w in words)


def _row_level(r: re.Match, scale: str | None) -> tuple[float, float]:
    """A row's figure in the table's scale, with its rounding."""
    k = vocab.scales().get((scale or "").lower(), 1.0)
    v, e = _figure(r["n"])
    return v * k, e * k


def _parts_above(text: str, parts: list[re.Match], whole: _Level, scale: str | None, unit: str) -> list[Finding]:
    """A bound finding where the rows, each to its rounding, add up to more than the total."""
    levels = [_row_level(r, scale) for r in parts]
    if sum(v - e for v, e in levels) <= whole.value + whole.err + 1e-9:
        return []
    total = sum(v for v, _ in levels)
    k = vocab.scales().get((scale or "").lower(), 1.0)
    fields = {"parts": " + ".join(r["n"] for r in parts), "sum": f"{total / k:,.6g} {' '.join(filter(None, (scale, unit)))}",
              "whole": whole.written}
    return [Finding(id="", check="bound", status=Status.INCONSISTENT, severity=Severity.ERROR, claims=[],
                    spans=[(whole.m.start(), whole.m.end())] + [r.span("n") for r in parts],
                    message=render("bound", "parts", False, fields), expected=whole.value, observed=total)]


def _row_shares(text: str, after, parts: list[re.Match], whole: _Level, scale: str | None, unit: str) -> list[Finding]:
    """Shares "of the total" in the sentences right after the table, each in a sentence that
    opens with one row's label and gives no other figure: that row over the prose total."""
    out = []
    labels = {" ".join(r["l"].split()): r for r in parts}
    for sent in after:
        line = text[sent.start:sent.end]
        if "total" not in line:  # (cheap)
            continue
        shares = list(_SHARE_OF_TOTAL.finditer(text, sent.start, sent.end))
        if len(shares) != 1 or len(_DIGIT.findall(line)) != len(_DIGIT.findall(shares[0]["p"])):
            continue  # (another figure in the sentence: its share may be of that)
        row = next((r for lab, r in labels.items() if re.match(rf"\s*{re.escape(lab)}\b", line)), None)
        if row is None:
            continue
        m = {"n0": whole.m["n"], "s0": whole.m["s"], "u0": whole.unit, "p": shares[0]["p"]}
        out += _share_figures(_row_level(row, scale), " ".join(filter(None, (row["n"], scale, unit))), row.span("n"),
                              m, shares[0].span("p"), (whole.m.start(), whole.m.end()))
    return out


def _row_shares_of_some_whole(text: str, sentences, i: int, j: int, parts: list[re.Match],
                              scale: str | None, unit: str) -> list[Finding]:
    """"Exports to Chile accounted for 31.2% of total export volume, and exports to Peru for
    9.5%" in the sentence right after a table whose rows name those places: each share is its
    row over the total stated before the table. Where the prose before gives no one total
    (a level and its year-earlier level in brackets, a line of prices between), every level
    of the table's unit in the nearest sentence with one, up to three back, may be it; a
    share is flagged only where it fits none of them."""
    sent = sentences[j]
    line = text[sent.start:sent.end]
    if "total" not in line:  # (cheap)
        return []
    first = _SHARE_OF_TOTAL.search(text, sent.start, sent.end)
    if first is None:
        return []
    shares = [first] + [m for m in _ELIDED_SHARE.finditer(text, first.end(), sent.end)]
    if len(_DIGIT.findall(line)) != sum(len(_DIGIT.findall(m["p"])) for m in shares):
        return []  # (another figure in the sentence: a share may be of that)
    wholes = []
    for k in range(i - 1, max(-1, i - 4), -1):
        levels = _levels(text, sentences[k].start, sentences[k].end)
        if levels:
            wholes = [w for w in levels if _same_unit_word(w.unit, unit) and not _earlier_level(text, w)]
            break
    if not wholes:
        return []
    out, start = [], sent.start
    for m in shares:
        segment = text[start:m.start("p")]
        start = m.end()
        named = [r for r in parts if re.search(rf"\b{re.escape(' '.join(r['l'].split()))}\b", segment)]
        if len(named) != 1:
            continue  # (no row, or several, named for the share: whose it is, unknown)
        row = named[0]
        found = []
        for w in wholes:
            g = {"n0": w.m["n"], "s0": w.m["s"], "u0": w.unit, "p": m["p"]}
            found.append(_share_figures(_row_level(row, scale), " ".join(filter(None, (row["n"], scale, unit))), row.span("n"),
                                        g, m.span("p"), (w.m.start(), w.m.end())))
        if all(found):
            out += found[0]  # (against the first stated, most often the headline level)
    return out
