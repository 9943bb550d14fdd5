"""A part of a whole named by its rank, its product after the verb: "The biggest chunk by far
is travel - $14.9 billion", "The largest item was machinery, at $3.1bn", "The main component
is software ($2.2 billion)", "The single biggest earner remains tourism: $4.5 billion".

Explainers break a flow down this way; the figure after the product is that product's part of
the flow (the flow word comes from the sentence before: "Services exports were $26.3 billion"),
not the flow's whole. The rank words are vocab/rank_places.csv's adjectives, the nouns for a
part vocab/part_nouns.csv."""
from __future__ import annotations

import functools
import re

from .. import vocab
from .cues import HEDGE


@functools.cache
def _ranked_part_re() -> re.Pattern:
    rank = vocab.alternation(vocab.rank_places("adjective"), ignore_case=True, space=r"\s+")
    noun = vocab.alternation(vocab.part_nouns(), ignore_case=True)
    verb = r"is|was|are|were|remains|remained"
    # (the product: one to four lower-case words; then a dash, colon, comma or bracket, perhaps
    # "at", and the figure)
    return re.compile(rf"\bthe\s+(?:single\s+)?(?:{rank})\s+(?:single\s+)?(?:{noun})s?\b(?:\s+by\s+far)?,?\s+(?:{verb})\s+"
                      rf"(?:by\s+far\s+)?(?P<np>[a-z][\w'’&-]*(?:\s+(?:and\s+)?[a-z][\w'’&-]*){{0,3}}?)"
                      rf"\s*(?:[-–—:,(]\s*|\s+)(?:at\s+|with\s+|worth\s+)?{HEDGE}$", re.I)


def ranked_part_product(clause: str) -> str | None:
    """The product a clause names as the biggest part right before its figure, or None."""
    if not any(w in clause.lower() for w in vocab.part_nouns()):
        return None  # (cheap: most clauses name no part)
    found = _ranked_part_re().search(clause)
    return found["np"].lower() if found else None
