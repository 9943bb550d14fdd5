"""The value's change said second, after the volume's, of one change verb:

    exported 385,000 tonnes worth $790 million in the quarter, up 3.8% in volume and 31.7%
    in value over the same period last year

The first percentage is the quantity's (read as such and left out); the second, labelled "in
value" (vocab/value_cues.csv), is the change of the money figure the clause gave, under the
same verb ("up"), and is read as a change."""
from __future__ import annotations

import functools
import re

from .. import vocab


@functools.cache
def _volume_change_before_re() -> re.Pattern:
    """"up 3.8% in volume and ": a change verb, a percentage, a quantity cue (vocab/
    volume_cues.csv, the "in"/"by" ones), then "and", right before the second percentage."""
    verbs = vocab.alternation(list(vocab.changes()), ignore_case=True, space=r"\s+")
    cues = vocab.alternation([c for c in vocab.volume_cues() if c.split()[0].lower() in ("in", "by")], ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{verbs})\s+(?:by\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+|over\s+)?\d[\d.,]*\s*(?:%|per\s*cent|percent)\s+"
                      rf"(?:{cues})\s*,?\s+and\s+(?:by\s+)?$", re.I)


@functools.cache
def _value_after_re() -> re.Pattern:
    """" in value", " in value terms", " by value" right after the percentage."""
    cues = vocab.alternation(vocab.value_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"^\s*(?:{cues})\b", re.I)


def value_change_after_volume(text: str, lo: int, start: int, after: str) -> bool:
    """Whether the percentage at `start` is the value's change after the volume's under one
    verb ("up 3.8% in volume and 31.7% in value"); `lo` is where its clause may start."""
    if "value" not in after[:20].lower():
        return False  # (cheap test first)
    return _value_after_re().match(after) is not None and _volume_change_before_re().search(text, max(lo, start - 80), start) is not None
