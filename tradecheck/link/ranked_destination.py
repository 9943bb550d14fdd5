"""A partner ranked among the owner's partners, its part and share given after: "Ghana was
the main destination of Togo's domestic exports, with $61.2 million, or 38.5 per cent".

The share is of the owner's flow with the world (the flow the rank is over, its product or
scope kept: "domestic exports"), not of the partner's flow it restates. The rank words are
vocab/rank_places.csv's adjectives, the nouns vocab/rank_nouns.csv's of one flow (market,
destination, source)."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..model import Claim


@functools.cache
def _ranked_among_owners_re() -> re.Pattern:
    rank = vocab.alternation(vocab.rank_places("adjective"), ignore_case=True, space=r"\s+")
    noun = vocab.alternation([n for n, measure in vocab.rank_nouns().items() if not measure], ignore_case=True, space=r"\s+")
    owner = r"(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}['’]s?|its|their)"
    return re.compile(rf"\b(?:{rank})\s+(?:{noun})s?\s+(?:of|for)\s+{owner}\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:exports|imports|shipments|sales)\b"
                      rf"(?:[^.;]|\.\d)*$", re.I)


@functools.cache
def _one_flow_rank_nouns() -> tuple[str, ...]:
    return tuple(n for n, measure in vocab.rank_nouns().items() if not measure)


def shares_of_the_ranked_owners_flow(text: str, claims: list[Claim]) -> None:
    """A share set off by "or" after a ranked partner's part: of the owner's flow with the world."""
    for c in claims:
        if c.kind != "share" or c.partner in (None, "WLD") or c.reporter in (None, "WLD") or c.measure not in ("exports", "imports") \
                or any(c.extra.get(k) for k in ("_whole_partner", "_whole", "_of_world", "_whole_reporter", "_of_total_flow")):
            continue
        clause = text[max(0, c.start - 200):c.start]
        if "," not in clause or not any(w in clause.lower() for w in _one_flow_rank_nouns()):
            continue  # (cheap: most shares are not of a ranked partner)
        if _ranked_among_owners_re().search(clause):
            c.extra["_whole_partner"] = "WLD"
