"""Figures that the words right before them make no level of trade (vocab/figure_cues.csv):

- a rounding unit: "Estimates are rounded to the nearest £5 million". A methods note that
  says to what precision the release states its figures names a figure too, but that figure
  is the step the others are rounded to: read as a flow it becomes a total every part exceeds.
- a price band: "Works priced above $10 million saw the steepest decline". Money that bounds
  what one item sells for is a band of a market's prices, whatever its scale.

Both read the same shape of sentence (a cue, at most a currency sign or code, then the
figure), so one table holds the cues with their kind and one pattern per kind finds them."""
from __future__ import annotations

import functools
import re

from .. import vocab
from .rules import Decision, rule
from .site import Site

# how far before its figure a cue may end: "to the nearest" and a currency sign or "US$"
_CUE_REACH = 40


@rule("measure", "price-threshold", "text")
def price_threshold(s: Site):
    """Money right after words that bound one item's price ("priced above") is a price band."""
    if s.kind != "amount" or s.claim.measure == "other":
        return None
    return _after_cue(s, "price-band", ("priced",))


@rule("measure", "rounding-unit", "text")
def rounding_unit(s: Site):
    """A figure right after "to the nearest" (or another rounding cue) is the unit of rounding."""
    if s.claim.measure == "other":
        return None
    return _after_cue(s, "rounding", ("nearest", "multiples"))


def _after_cue(s: Site, kind: str, keys: tuple[str, ...]) -> Decision | None:
    """No flow for the figure if a cue of `kind` ends right before it. `keys`: a word every cue
    of the kind holds (cheap: most figures have none of them before them)."""
    window = s.text[max(s.sent.start, s.m.start - _CUE_REACH):s.m.start]
    lowered = window.lower()
    if not any(k in lowered for k in keys):
        return None
    return Decision({}) if _cue_before(kind).search(window) else None


@functools.cache
def _cue_before(kind: str) -> re.Pattern:
    phrases = [r["phrase"] for r in vocab.table("figure_cues") if r["kind"] == kind]
    words = vocab.alternation(phrases, ignore_case=True, space=r"\s+")
    # (the cue, then at most a currency sign or code before the number: "to the nearest £5
    # million", "to the nearest US$ 1,000", "priced above $10 million", "to the nearest 0.1")
    return re.compile(rf"\b(?:{words})\s+(?:\S{{1,4}}\s?)?$", re.I)
