"""A place named as the scope of a rank, between its adjective and its noun: "Germany was
the largest EU market at €4.9 billion", "Kenya is the biggest African supplier, at $1bn".

The place so named says among which markets the subject ranks, not a side of the figure:
the figure is the reporter's flow with the ranked place (Germany), as in "Germany was the
largest market at €4.9 billion". The adjectives are vocab/rank_places.csv's, the nouns
vocab/rank_noun_flows.csv's."""
from __future__ import annotations

import functools
import re

from .. import vocab


@functools.cache
def _adjective_before() -> re.Pattern:
    adjective = vocab.alternation(vocab.rank_places("adjective") + vocab.rank_places("rank"), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{adjective})[\s-]+$", re.I)


@functools.cache
def _noun_after() -> re.Pattern:
    nouns = vocab.alternation(list(vocab.rank_noun_flows()), ignore_case=True, space=r"\s+")
    return re.compile(rf"[\s-]+(?:{nouns})s?\b", re.I)


def ranks_scope(text: str, x) -> bool:
    """Whether the place mention `x` stands between a rank adjective and a rank noun
    ("the largest [EU] market")."""
    if x.attrs.get("possessive"):
        return False  # ("China's largest market": the owner of the markets, the reporter)
    return bool(_noun_after().match(text, x.end) and _adjective_before().search(text, max(0, x.start - 30), x.start))
