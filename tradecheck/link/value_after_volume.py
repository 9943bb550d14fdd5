"""The value's change said after the volume's, of one change verb:

    exported 385,000 tonnes worth $790 million in the quarter, up 3.8% in volume and 31.7%
    in value over the same period last year

    This is an increase of 9.6% in volume, 16.4% in rupee terms and 12.9% in dollar terms

The first percentage is the quantity's (read as such and left out); each later one, labelled
"in value" (vocab/value_cues.csv) or "in <currency> terms" (a word of vocab/currencies.csv),
is the change of the money figures the text gave, under the same verb ("up", "an increase
of"), and is read as a change (in that currency: link/claims.py _terms_of) the way that verb
says: "down 4.6 percent in weight and 8.1 percent in value" is a fall of 8.1%.

A noun of change with the value's label before the percentage names it the value's change too,
after a verb of the volume's ("rose 7 per cent to 67.86 million tonnes ..., but softer prices
kept the gain in value terms to just 3 per cent")."""
from __future__ import annotations

import functools
import re

from .. import vocab
from .cues import HEDGE, TERMS

# a percentage of the list, and the label that says what it measures
_PCT = r"(?:about\s+|some\s+|nearly\s+|almost\s+|over\s+)?\d[\d.,]*\s*(?:%|per\s*cent|percent)\s+"


@functools.cache
def _labelled_changes_before_re() -> re.Pattern:
    """"up 3.8% in volume and ", "an increase of 9.6% in volume, 16.4% in rupee terms and ":
    a change verb, then percentages each with its label (a quantity cue of vocab/
    volume_cues.csv, the "in"/"by" ones, a value cue, or "in <word> terms"), right before the
    next percentage. The first label need not be a volume's: "up 5% in yuan terms and 3% in
    dollar terms" lists two currencies' changes of one flow."""
    verbs = vocab.alternation(list(vocab.changes()), ignore_case=True, space=r"\s+")
    cues = vocab.alternation([c for c in vocab.volume_cues() if c.split()[0].lower() in ("in", "by")] + vocab.value_cues(),
                             ignore_case=True, space=r"\s+")
    label = rf"(?:{cues}|in\s+(?:[A-Za-z]+\s+){{1,2}}?terms)"
    return re.compile(rf"\b(?P<verb>{verbs})\s+(?:by\s+|of\s+)?{_PCT}{label}(?:\s*,\s*{_PCT}{label})*"
                      r"\s*(?:,\s*and|,|and)\s+(?:by\s+)?$", re.I)


@functools.cache
def _value_after_re() -> re.Pattern:
    """" in value", " in value terms", " by value" right after the percentage."""
    cues = vocab.alternation(vocab.value_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"^\s*(?:{cues})\b", re.I)


def _currency_terms_after(after: str) -> bool:
    """" in rupee terms", " in dollar terms", " in USD terms" right after the percentage: a
    word of the currency table (vocab/currencies.csv), so "in real terms" is none."""
    from ..extract.money import _tokens

    mm = TERMS.match(after.lstrip())
    if mm is None or not mm["w"]:
        return False
    w = mm["w"].lower().replace("u.s. ", "us ").replace(" ", "")
    return any((e := _tokens().get(cand)) is not None and bool(e["codes"]) for cand in (w, w + "s", w.rstrip("s")))


def labelled_a_value(after: str) -> bool:
    """Whether the words right after a percentage label it the value's change: " in value",
    " by value", " in rupee terms"."""
    return _value_after_re().match(after) is not None or _currency_terms_after(after)


def value_change_after_volume(text: str, lo: int, start: int, after: str) -> bool:
    """Whether the percentage at `start` is a change in value after others of one verb ("up
    3.8% in volume and 31.7% in value", "9.6% in volume, 16.4% in rupee terms and 12.9% in
    dollar terms"); `lo` is where its clause may start."""
    head = after[:30].lower()
    if "value" not in head and "money" not in head and "terms" not in head:
        return False  # (cheap test first)
    if not labelled_a_value(after):
        return False
    return _labelled_changes_before_re().search(text, max(lo, start - 160), start) is not None


def verb_said_once_before(before: str) -> str | None:
    """The change verb said once for labelled changes right before a percentage ("down" in
    "down 4.6 percent in weight and "): the way the percentage after them moved too. None
    when the words before it are no such list."""
    if " in " not in before and " by " not in before:
        return None  # (cheap: every label opens on "in" or "by")
    found = _labelled_changes_before_re().search(before)
    return found["verb"] if found else None


@functools.cache
def _value_change_noun_before_re() -> re.Pattern:
    """"the gain in value terms to just ", "the increase in value was ": a noun of change
    (vocab/change_nouns.csv) with a value cue (vocab/value_cues.csv) right before the
    percentage, the verb or "to" between."""
    nouns = vocab.alternation(list(vocab.change_nouns()), ignore_case=True)
    cues = vocab.alternation(vocab.value_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{nouns})\s+(?:{cues})\s+(?:was|were|is|came\s+to|stood\s+at|to|of|at)\s+{HEDGE}$", re.I)


def value_change_named_before(text: str, lo: int, start: int) -> bool:
    """Whether the percentage at `start` is named the value's change by a noun of change and
    a value cue right before it ("kept the gain in value terms to just 3 per cent"); `lo` is
    where its clause may start."""
    if "value" not in text[max(lo, start - 40):start] and "money" not in text[max(lo, start - 40):start]:
        return False  # (cheap test first)
    return _value_change_noun_before_re().search(text, max(lo, start - 60), start) is not None
