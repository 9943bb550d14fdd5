"""Rounding units: "Estimates are rounded to the nearest £5 million". A methods note that says
to what precision the release states its figures names a figure too, but that figure is the
step the others are rounded to, no level of anything: read as a flow it becomes a total that
every part exceeds. A figure right after words of rounding (vocab/rounding_cues.csv) is read
as money (or a percentage) of no trade flow."""
from __future__ import annotations

import functools
import re

from .. import vocab
from .rules import Decision, rule
from .site import Site

# how far before its figure a cue may end: "to the nearest" and a currency sign or "US$"
_CUE_REACH = 40


@rule("measure", "rounding-unit", "text")
def rounding_unit(s: Site):
    """A figure right after "to the nearest" (or another rounding cue) is the unit of rounding."""
    if s.claim.measure == "other":
        return None
    window = s.text[max(s.sent.start, s.m.start - _CUE_REACH):s.m.start]
    if "nearest" not in window and "multiples" not in window:
        return None  # (cheap: most figures have no word of rounding before them)
    if _rounding_cue_before().search(window):
        return Decision({})
    return None


@functools.cache
def _rounding_cue_before() -> re.Pattern:
    words = vocab.alternation(vocab.rounding_cues(), ignore_case=True, space=r"\s+")
    # (the cue, then at most a currency sign or code before the number: "to the nearest £5
    # million", "to the nearest US$ 1,000", "to the nearest 0.1")
    return re.compile(rf"\b(?:{words})\s+(?:\S{{1,4}}\s?)?$", re.I)
