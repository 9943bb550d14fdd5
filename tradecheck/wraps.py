"""Text pasted from a PDF read as its paragraphs, with every character where it was.

A PDF's text comes out hard-wrapped: a sentence runs over several lines ("amounted to
US$ 15,082.4\\nmillion"), a word is split by a hyphen at a line's end ("ex-\\nports"), and
a running page header or footer ("Page 4 of 12", "Statistics Department | December 2023")
may sit inside a sentence that goes on after it. The readers work a line at a time in many
places (a scale word is looked for on the number's line, a flow word within its line), so
such a line break is read as a space, a split word as one word, and a running header
inside a sentence as blank. Tables, headings, bullet items and label-value lines keep
their line breaks. Nothing moves: the text keeps its length and every figure its offsets
(a joined word is written over the end of its span: "ex-\\nports" reads "   exports").
"""
from __future__ import annotations

import functools
import re

from . import vocab

# A line laid out in columns (a table row, a label with its value, a header with the page
# number far right): a tab, a pipe, a run of three spaces, or a dotted leader of four dots
# or more ("Domestic use .......... 11,300": no ellipsis) inside the line
_COLUMNS = re.compile(r"\S(?:\t|[ \xa0]{3,}|\s\|\s|[ \xa0]?\.{4,}[ \xa0]?)\S")
# A line that opens an item of a list: a bullet sign, or "1." / "(a)" before the words
_ITEM = re.compile(r"[ \t]*(?:[•▪◦●‣∙·\-–—*]\s|\(?[0-9a-z]{1,2}[.)]\s)")
# A page marker of a running header or footer
# (each run of spaces read by one \s* only: two in a row would try every split of a long
# run of spaces between them, quadratic in its length)
_PAGE = re.compile(r"(?i)(?:^|\s)(?:page|p\.)\s*\d+(?:\s*(?:of|/)\s*\d+)?\s*$|^\s*(?:[-–]\s*)?\d{1,3}\s*(?:[-–]\s*)?$")
# A label and its value alone on a line: "Exports to China: 7,025", "  of which ore: -3.9"
_LABEL_VALUE = re.compile(r"[ \t]*[^\n:\d]{1,60}:[ \t]*[+\-−–]?[^\s\d]{0,4}\d[\d.,]*[ \t]*(?:%|[A-Za-z]{1,9})?[ \t]*")
# Where a sentence can end: the line is no wrap of a sentence that goes on
_ENDS = ".!?:;"
# A line this long that ends on a word is a wrapped line of its paragraph, not a heading
_WRAP_WIDTH = 40
# ... and a word this short at its end is a preposition, an article or a conjunction
_SMALL_WORD = 4


def unwrapped(text: str) -> str:
    """`text` with its soft line breaks read as spaces, its split words joined and a
    running header inside a sentence blanked; the same length as `text`."""
    if "\n" not in text:
        return text
    lines = _lines(text)
    out = list(text)
    runs = _running(text, lines)
    for start, end in runs:
        _blank(out, start, end)
    prose = [ln for ln in lines if text[ln[0]:ln[1]].strip() and not _is_running(ln, runs)]
    for a, b in zip(prose, prose[1:]):
        if _soft(text, a, b, runs):
            _join(text, out, a, b)
    return "".join(out)


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line, its line break not included."""
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _blank(out: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if out[i] not in "\n":
            out[i] = " "


def _running(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of running header or footer blocks that stand inside a sentence: a block of
    lines holding a page marker, each line of it laid out in columns or a title with a
    pipe, between a line that breaks off a sentence and a line that goes on with it in
    lower case."""
    runs = []
    i = 0
    while i < len(lines):
        s, e = lines[i]
        if not _PAGE.search(text[s:e]):
            i += 1
            continue
        lo, hi = i, i
        while lo > 0 and _header_line(text, lines[lo - 1]):
            lo -= 1
        while hi + 1 < len(lines) and _header_line(text, lines[hi + 1]):
            hi += 1
        before = _nonblank(text, lines, lo - 1, -1)
        after = _nonblank(text, lines, hi + 1, 1)
        if before is not None and after is not None and _breaks_off(text, before) and _goes_on(text, after):
            runs.append((lines[lo][0], lines[hi][1]))
        i = hi + 1
    return runs


def _header_line(text: str, line: tuple[int, int]) -> bool:
    s = text[line[0]:line[1]]
    return bool(s.strip()) and (bool(_PAGE.search(s)) or " | " in s)


def _nonblank(text: str, lines, i: int, step: int):
    while 0 <= i < len(lines):
        if text[lines[i][0]:lines[i][1]].strip():
            return lines[i]
        i += step
    return None


def _is_running(line: tuple[int, int], runs) -> bool:
    return any(s <= line[0] and line[1] <= e for s, e in runs)


def _breaks_off(text: str, line: tuple[int, int]) -> bool:
    """The line stops inside a sentence: it ends on a word, a figure, a comma or a hyphen."""
    s = text[line[0]:line[1]].rstrip()
    return bool(s) and s[-1] not in _ENDS and s[-1] not in ")]" and not _COLUMNS.search(s)


def _goes_on(text: str, line: tuple[int, int]) -> bool:
    """The line continues a sentence: it starts with a small letter (after its indent, and
    an opening bracket: "soy complex\n  (beans, meal and oil) US$ 7.9 billion")."""
    s = text[line[0]:line[1]].lstrip().lstrip("(“\"'")
    return bool(s) and s[0].islower()


def _soft(text: str, a: tuple[int, int], b: tuple[int, int], runs) -> bool:
    """Whether the line break(s) between lines `a` and `b` (only blanks or a masked running
    header between them) are a wrap inside a sentence."""
    # (the three refusals are independent: the cheap ones first, the columns' pattern last)
    if text.count("\n", a[1], b[0]) > 1 and not any(a[1] <= s and e <= b[0] for s, e in runs):
        return False  # a blank line ends a paragraph (unless a running header stood there)
    if not _breaks_off(text, a):
        return False
    first, second = text[a[0]:a[1]], text[b[0]:b[1]]
    if _COLUMNS.search(first.strip()) or _COLUMNS.search(second.strip()) or _ITEM.match(second):
        return False
    if ":" in first and ":" in second and _LABEL_VALUE.fullmatch(first) and _LABEL_VALUE.fullmatch(second):
        return False  # a label-value line over another, indented or not ("Exports: 7,025" over " of which ore: 3,912")
    if _goes_on(text, b):
        return True
    # a long line ending on a small word that cannot end a sentence (a preposition, an
    # article: "and imports to\nPLN") before a capital; not a heading ("... Import
    # Statistics\nFebruary 2024") nor a label and its value ("...: NZ$21.4 billion\nNew ...")
    tail = first.rstrip()
    last = tail.split()[-1]
    return len(tail) >= _WRAP_WIDTH and last.isalpha() and last.islower() and len(last) <= _SMALL_WORD


_SPLIT = re.compile(r"([A-Za-z]+)-[ \t]*$")
_HEAD = re.compile(r"[ \t\xa0]*([a-z]+)")


def _join(text: str, out: list[str], a: tuple[int, int], b: tuple[int, int]) -> None:
    """Read the break between lines `a` and `b` as a space, or a word split by a hyphen at
    the end of `a` as one word (or as a hyphenated compound when the joined word is none
    that the vocabulary knows: "non-\\noil" reads "non-oil")."""
    split = _SPLIT.search(text, a[0], a[1])
    head = _HEAD.match(text, b[0], b[1])
    if split and head and split.group(1)[-1].isalpha():
        joined = split.group(1) + head.group(1)
        word = joined if joined.lower() in _words() else split.group(1) + "-" + head.group(1)
        start, end = split.start(), head.end()
        for i in range(start, end):
            out[i] = " "
        for i, ch in enumerate(word):
            out[end - len(word) + i] = ch
        return
    for i in range(a[1], b[0]):
        out[i] = " "


@functools.lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    """Every word of the vocabulary tables, in lower case."""
    words: set[str] = set()
    for path in sorted(vocab.HERE.glob("*.csv")):
        for row in vocab.table(path.stem):
            for cell in row.values():
                words.update(re.findall(r"[a-z]+", (cell or "").lower()))
    return frozenset(words)
