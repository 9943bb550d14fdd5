"""A group counted and ranked, its members not named: "Together the three leading exporters
accounted for 29.3% of world exports", "the top five markets took $12bn".

The group is the first that many places of the ranking the text has just given (a table of
exporters in order, or a run of figures each below the one before), not the last that many
figures before it, which would be the bottom of the ranking. Where the figures before are not
in order, which places lead is not said by them, and the group is left unread (its figure then
meets no other). The rank words are vocab/rank_places.csv's adjectives."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..model import Claim
from .counted_places import group_count_words


@functools.cache
def _rank_words() -> str:
    """The one-word rank adjectives of vocab/rank_places.csv ("top", "largest"), one alternation."""
    return vocab.alternation([w for w in vocab.rank_places("adjective") if " " not in w], ignore_case=True)


# what opens a ranked group's words: a determiner, or (a headline's bare clause) the start of a
# clause after ";" or ":", or of the window read
_GROUP_OPENER = r"(?:\b(?:the|these|those|its|their)\s+|(?:^|(?<=[;:]))\s*)"


@functools.cache
def _ranked_count_re() -> re.Pattern:
    rank = _rank_words()
    n = r"(?:[a-z]+|\d{1,2})"
    # "the three leading exporters", "the top five markets", "its largest three buyers"; a
    # headline's clause drops the article ("...; top five states account for two-thirds")
    return re.compile(rf"{_GROUP_OPENER}(?:(?:{rank})\s+{n}|{n}\s+(?:{rank}))\b", re.I)


def is_ranked_count(window: str) -> bool:
    """Whether the count of a group in `window` comes with a word of rank."""
    return bool(_ranked_count_re().search(window))


@functools.cache
def _ranked_subject_re() -> re.Pattern:
    # the ranked group, its noun and a verb or two, right before the figure: "the top five
    # markets took ", "the ten largest buyers accounted for "; the count a number (so "the
    # top export destination with a 14% share" is one place, not a group)
    rank = _rank_words()
    n = rf"(?:{group_count_words()}|\d{{1,2}})"
    return re.compile(rf"{_GROUP_OPENER}(?:(?:{rank})\s+{n}|{n}\s+(?:{rank}))\b"
                      rf"(?:\s+[a-z][\w'’-]*){{1,4}}\s+$", re.I)


def is_ranked_subject(before: str) -> bool:
    """Whether the words right before a figure make a ranked group its subject ("and the top
    five markets took 72%"): a share of several places together, never of the one place
    named earlier in the sentence."""
    return is_ranked_count(before) and bool(_ranked_subject_re().search(before))


def leading_parts(candidates: list[Claim], n: int) -> list[Claim] | None:
    """The `n` figures that lead the ranking `candidates` (the figures of one flow and period
    before the group's, in text order) make: the latest figure of each place, which must run
    from the largest down; exactly `n` places are taken as they are. None when the figures are
    fewer, or out of order (a ranking is not what they are)."""
    latest: dict[tuple, Claim] = {}
    for p in candidates:
        key = (p.reporter, p.partner, p.commodity, p.extra.get("reporter_group"), p.extra.get("partner_group"))
        latest.pop(key, None)  # (the later figure of a place, in the table after the prose, keeps its place)
        latest[key] = p
    places = list(latest.values())
    if len(places) < n:
        return None
    if len(places) > n and any(a.value < b.value for a, b in zip(places, places[1:])):
        return None
    return places[:n]
