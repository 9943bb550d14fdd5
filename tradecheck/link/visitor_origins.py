"""A place named as where visitors come from is no trading partner.

"Tourist arrivals rose 12%, led by a recovery in arrivals from China", then "Travel receipts
were estimated at $4.3 billion": China is where the tourists came from, and the receipts are
the host's travel exports to the world. Taken as the text's partner, every later figure would
be read as trade with it. The nouns of travellers are vocab/visitor_nouns.csv."""
from __future__ import annotations

import functools
import re

from .. import vocab


@functools.cache
def _nouns() -> str:
    return vocab.alternation([r["word"] for r in vocab.table("visitor_nouns")], ignore_case=True, space=r"\s+")


@functools.cache
def _from_before() -> re.Pattern:
    nouns = _nouns()
    # "arrivals from China", "visitors coming from the UK", "tourists from mainland China"
    return re.compile(rf"\b(?:{nouns})\s+(?:[a-z]+\s+)?from\s+(?:the\s+)?(?:mainland\s+)?$", re.I)


@functools.cache
def _noun_after() -> re.Pattern:
    nouns = _nouns()
    return re.compile(rf"\s+(?:{nouns})\b", re.I)  # ("Chinese tourists")


def names_visitors_origin(text: str, place) -> bool:
    """Whether the place mention `place` is named as where visitors come from."""
    return bool(_from_before().search(text, max(0, place.start - 50), place.start) or _noun_after().match(text, place.end))
