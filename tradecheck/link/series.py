"""Real (chained- or constant-dollar) figures: a series of their own beside the nominal ones.

A release on trade in goods gives the deficit in dollars of the month and again "in chained
(2017) dollars": the two differ by prices, not by an error, so a real figure takes the scope
"real terms" (a series scope, like "seasonally adjusted") and is never set against a nominal
one. The words are in vocab/real_terms_cues.csv. A table's change column headed as real
("Change nominal %  Change real %", Swiss releases) holds real changes likewise."""
from __future__ import annotations

import bisect
import functools
import re

from .. import vocab
from .cues import holds_any
from .dating import table_header_cell

REAL_TERMS = "real terms"

# a line of its own, short and with no full stop, that opens a section ("Real goods in
# chained (2017) dollars")
_HEADING = re.compile(r"[^\n.!?;:]{3,90}")


@functools.cache
def _cue_re() -> re.Pattern:
    cues = vocab.real_terms_cues()
    words = vocab.alternation([w for w in cues if "YEAR" not in w], ignore_case=True, space=r"\s+")
    # ("at 2019 prices": a row's YEAR is any year)
    dated = "".join("|" + re.escape(w).replace(r"\ ", r"\s+").replace("YEAR", r"(?:19|20)\d\d") for w in cues if "YEAR" in w)
    return re.compile(rf"(?<![\w-])(?:{words}{dated})(?![\w-])", re.I)


@functools.cache
def _cue_firsts() -> tuple[str, ...]:
    """The first word of every cue, in lower case: one of them is in any words a cue matches
    (of a cue with a year, the word after the year)."""
    return tuple({(w.split("YEAR")[1] if "YEAR" in w else w).split()[0].lower() for w in vocab.real_terms_cues()})


def _cue_key(cue: str) -> str:
    """The row of vocab/real_terms_cues.csv that the words `cue` match."""
    key = re.sub(r"\s+", " ", cue.lower())
    return key if key in vocab.real_terms_cues() else re.sub(r"(?:19|20)\d\d", "YEAR", key)


def _series(words: str, last: bool) -> str | None:
    """"real" or "nominal" from the last (or first) cue in `words`, None where none is."""
    if not holds_any(words, _cue_firsts()):
        return None  # (checked first: cheap; no cue's first word, so no cue)
    found = list(_cue_re().finditer(words))
    if not found:
        return None
    cue = found[-1] if last else found[0]
    return vocab.real_terms_cues().get(_cue_key(cue.group(0)))


# the figure's own noun after it: "a 0.3 percent decrease in the nominal goods deficit",
# "$88.6 billion in real terms" (up to the next figure or punctuation; a year is no figure:
# "€50bn last year at 2019 prices")
_OWN_NOUN = re.compile(r"(?:[^,;.$€£¥\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,60}")


@functools.cache
def _label_re() -> re.Pattern:
    """A bracket opened by a real-terms label (vocab/real_terms_labels.csv), up to the figure
    it labels: "(real: ", "(in real terms "."""
    words = vocab.alternation(vocab.real_terms_labels(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\(\s*(?:{words})\s*[:=,]?\s*", re.I)


def _labelled_real(text: str, sent_start: int, start: int) -> bool:
    """Whether the figure at `start` opens a bracket labelled real: "exports rose 4.1% to
    98.2 billion francs (real: +2.6%)" (the real change beside the nominal one)."""
    if "(" not in text[max(sent_start, start - 25):start]:
        return False  # (checked first: cheap)
    return any(mm.end() == start for mm in _label_re().finditer(text, max(sent_start, start - 25), start))


def real_series(text: str, sent_start: int, sent_end: int, start: int, end: int) -> bool:
    """Whether the figure at [start, end) is in real terms: said by a bracket label right
    before it, else by its own noun after it, else by the last cue before it in its
    sentence, else by the heading of its section; or by the header of its table column."""
    if _labelled_real(text, sent_start, start) or _real_change_column(text, start):
        return True
    own = _OWN_NOUN.match(text, end, sent_end)
    if own and "(" in own.group(0):
        # ("98.2 billion francs (real: +2.6%)": the label is of the figure in the bracket)
        label = _label_re().search(text, own.start(), own.end())
        own = _OWN_NOUN.match(text, end, label.start()) if label else own
    said = _series(own.group(0), last=False) if own else None
    if said is None:
        said = _series(text[sent_start:start], last=True)
    if said is None:
        said = _series(_heading_above(text, sent_start), last=True)
    return said == "real"


@functools.cache
def _real_change_header_re() -> re.Pattern:
    """A column header that names a change (vocab/change_columns.csv) and labels it real
    (vocab/real_terms_labels.csv), in either order: "Change real %", "Real change"."""
    change = vocab.alternation(vocab.change_column_words(), ignore_case=True, space=r"\s+")
    real = vocab.alternation(vocab.real_terms_labels(), ignore_case=True, space=r"\s+")
    return re.compile(rf"(?<![\w-])(?:(?:{change})(?![\w-]).*(?<![\w-])(?:{real})|(?:{real})(?![\w-]).*(?<![\w-])(?:{change}))(?![\w-])", re.I)


def _real_change_column(text: str, pos: int) -> bool:
    """Whether the figure at `pos` stands in a table column whose header names a real change
    ("Sector | Q1 2008 | Q1 2009 | Change nominal % | Change real %"): the column beside the
    nominal change, which the two levels do not give."""
    if "|" not in text[text.rfind("\n", 0, pos) + 1:pos]:
        return False  # (no table row: checked first, cheap; most figures are in prose)
    header = table_header_cell(text, pos)
    return header is not None and _real_change_header_re().search(header) is not None


def _heading_above(text: str, pos: int) -> str:
    """The nearest heading line above the line at `pos` ("" where none is; the text's first
    line is its headline, about the whole text, not a section's heading)."""
    starts, lines = _headings(text)
    line_start = text.rfind("\n", 0, pos) + 1
    i = bisect.bisect_left(starts, line_start)
    return lines[i - 1] if i else ""


@functools.lru_cache(maxsize=4)
def _headings(text: str) -> tuple[list[int], list[str]]:
    """The start and words of every heading line of a text after its first line, found in
    one pass: walking back from each figure would make the work grow with the square of
    the text's length."""
    starts: list[int] = []
    lines: list[str] = []
    start = 0
    for raw in text.split("\n"):
        line = raw.strip()
        if start > 0 and line and _HEADING.fullmatch(line):
            starts.append(start)
            lines.append(line)
        start += len(raw) + 1
    return starts, lines
