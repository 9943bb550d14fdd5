"""A table row labelled with two places joined by a dash: "| Brazil - Portugal | 4.1 |" under
a header naming no flow. Such a label names a pair, and its figure is the trade between
the two both ways (what a table of "main bilateral flows" lists), not one side's imports
or exports as the caption's last flow word would make it."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..extract import table_rows
from ..extract.mentions import find_countries
from .rules import Decision, rule
from .site import Site

# the dash between the two places of a pair label ("Brazil - Portugal", "China–Japan")
_PAIR_DASH = re.compile(r"\s*[-–—]\s*|\s+/\s+")


def pair_label_span(text: str, pos: int) -> tuple[int, int] | None:
    """The label cell of the table row at `pos` when it is two countries joined by a dash
    and nothing else, else None."""
    start, end = table_rows.line_at(text, pos)
    a, b = table_rows.label_cell(text, start, end)
    label = text[a:b]
    if "-" not in label and "–" not in label and "—" not in label and "/" not in label:
        return None  # (cheap)
    places = [x for x in find_countries(label) if x.attrs.get("iso") not in (None, "WLD")]
    if len(places) != 2 or places[0].attrs["iso"] == places[1].attrs["iso"]:
        return None
    x, y = places
    if label[:x.start].strip() or label[y.end:].strip() or not _PAIR_DASH.fullmatch(label, x.end, y.start):
        return None
    return a, b


@functools.cache
def _involved_re() -> re.Pattern:
    words = vocab.alternation([r["phrase"] for r in vocab.table("involvement_phrases")], ignore_case=True, space=r"\s+")
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.I)


_INVOLVED_CHEAP = ("involved", "party", "part in", "participat")


@rule("pair", "involved-place", "text")
def involved_place(s: Site):
    """"Brazil was involved in flows worth US$ 5.7 billion": a place "involved in" flows
    (vocab/involvement_phrases.csv) is one side of several pairs, so the figure is the place's
    trade with partners the text does not list: its partner is left unknown, not taken for
    the one country named near it, so no one pair's figure is set against it."""
    if s.kind != "amount":
        return None
    before = s.text[s.sent.start:s.m.start]
    low = before.lower()
    if not any(w in low for w in _INVOLVED_CHEAP):
        return None
    m = None
    for m in _involved_re().finditer(before):
        pass
    if m is None:
        return None
    places = [x for x in s.ms["country"] if s.sent.start <= x.start < s.m.start and x.attrs.get("iso") not in (None, "WLD")]
    subject = [x for x in places if x.start < s.sent.start + m.start()]
    if not subject or len(places) != len(subject):
        return None  # (a partner named after the words: "involved in trade with Chile")
    x = subject[-1]
    # (its partners unknown: a guess, so a clash with the place's trade with the world is
    # unverifiable, not an error)
    return Decision((x.attrs["iso"], None), (x.start, x.end), "guess")
