"""Places named as the buyers behind a flow, not as a pair of their own.

"Album exports hit record on Japan, US demand", "sales rose thanks to demand from Europe",
"growth driven by Chinese buyers": the places are who bought from the text's reporter.
Read as names before a flow, the first would report and the second be its partner, and
that pair would be carried to every figure of the text; so they set no document pair.
"""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..extract.mentions import Mention


@functools.cache
def _cue_words() -> str:
    # the cause phrases (vocab/cause_cues.csv: "driven by", "thanks to") and the short ones
    # a headline uses ("on", "amid": vocab/cause_clause_openers.csv)
    words = vocab.cause_cues() + vocab.cause_clause_openers() + ["on"]
    return vocab.alternation(words, ignore_case=True, space=r"\s+")


@functools.cache
def _demand_words() -> str:
    return vocab.alternation([r["noun"] for r in vocab.table("demand_nouns")], ignore_case=True)


@functools.cache
def _cue_before_re() -> re.Pattern:
    # "on Japan", "driven by strong Chinese": the cue, at most one word (an adjective), the place
    return re.compile(rf"\b(?:{_cue_words()})\s+(?:the\s+)?(?:[a-z-]+\s+)?$", re.I)


@functools.cache
def _demand_from_before_re() -> re.Pattern:
    # "thanks to demand from", "amid weak demand from the", "driven by buyers in" (one
    # adjective at most: not "as global buyers shifted orders from Bangladesh", a rival)
    return re.compile(rf"\b(?:{_cue_words()})\s+(?:[a-z-]+\s+)?(?:{_demand_words()})\s+(?:from|in|among)\s+(?:the\s+)?$", re.I)


@functools.cache
def _demand_after_re() -> re.Pattern:
    return re.compile(rf"\s+(?:{_demand_words()})\b", re.I)


# (an article may open a place's name: "buyers from Japan, the US and Europe")
_LIST_JOIN = re.compile(r"\s*(?:,|&|/)\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")


def _list_of(text: str, places: list[Mention], c: Mention) -> tuple[Mention, Mention]:
    """The first and last place of the list `c` stands in ("Japan, US", "China and India")."""
    from .pairs import _list_around  # (here: pairs reads the context, which reads this module)

    run = _list_around(text, places, c, _LIST_JOIN)
    return run[0], run[-1]


def buyer_places(text: str, places: list[Mention]) -> set[int]:
    """The starts of the places named as buyers behind a flow ("on Japan, US demand",
    "thanks to demand from China")."""
    if not places:
        return set()
    # (not the world: "as global buyers shifted orders" names no place that buys)
    ordered = sorted((x for x in places if x.attrs.get("iso") != "WLD"), key=lambda x: x.start)
    if not ordered:
        return set()
    low = text[max(0, ordered[0].start - 60):ordered[-1].end + 20].lower()
    if not any(w in low for w in _demand_keys()):
        return set()  # (cheap: no demand word near the places)
    out: set[int] = set()
    for c in ordered:
        if c.start in out:
            continue
        first, last = _list_of(text, ordered, c)
        before = text[max(0, first.start - 60):first.start]
        if _demand_from_before_re().search(before) or (_cue_before_re().search(before) and _demand_after_re().match(text, last.end)):
            out.update(x.start for x in ordered if first.start <= x.start <= last.start)
    return out


@functools.cache
def _demand_keys() -> tuple[str, ...]:
    return tuple(r["noun"].lower() for r in vocab.table("demand_nouns"))
