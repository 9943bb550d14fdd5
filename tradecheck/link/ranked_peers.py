"""Places ranked after one whose own flow with the world the text just gave: "China alone
exported $3.4 trillion. The United States came second, with exports of $2.0 trillion,
followed by Germany with $1.7 trillion. Japan, with $0.7 trillion, was fifth."

A ranking that goes on from a place's own total ranks its peers, each by the same flow with
the world: the places after it are not its partners (they would take parts of its total).
The ranks after the first and the words that put the next place after the one before are
vocab/later_ranks.csv's, the verbs between a place and its rank vocab/rank_places.csv's. A
ranking of partners that starts after a total ("Georgia's turnover was $16.1 billion. Türkiye
ranked first with $2.0 billion") names its first one as such, and is left to the partner
rules."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..extract.mentions import Mention
from .cues import HEDGE, RANKED_WITH


@functools.cache
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    verbs = vocab.alternation(vocab.rank_places("verb"), ignore_case=True, space=r"\s+")
    ranks = vocab.alternation(vocab.later_ranks("rank"), ignore_case=True, space=r"\s+")
    before = vocab.alternation(vocab.later_ranks("before"), ignore_case=True, space=r"\s+")
    nouns = vocab.alternation(vocab.rank_places("noun"), ignore_case=True)
    figure = rf"(?:{RANKED_WITH}|at\s+{HEDGE})"
    return (
        # any word of a later rank in the sentence (cheap: most sentences rank nothing)
        re.compile(rf"\b(?:{ranks}|{before})\b", re.I),
        # "... came second, with exports of ", " ranks fourth, with ", " was third at ": the
        # rank between the place and its figure
        re.compile(rf"\s+(?:{verbs})\s+(?:{ranks})(?:\s+(?:{nouns}))?\s*,?\s+{figure}", re.I),
        # ", with " before the figure, ", was fifth" after it
        re.compile(rf"\s*,\s+{RANKED_WITH}", re.I),
        re.compile(rf"\s*,\s+(?:{verbs})\s+(?:{ranks})\b", re.I),
        # "followed by " right before the place, then its figure ("with", "at", a bracket)
        re.compile(rf"\b(?:{before})\s+(?:the\s+)?$", re.I),
        # ... anywhere before the list's figure before ("followed by X with $N and Y with $M")
        re.compile(rf"\b(?:{before})\s", re.I),
        # "..., and Germany third with $1.3 trillion": the verb of the rank before elided
        # (taken only after a figure of the same list)
        re.compile(rf"\s+(?:{ranks})(?:\s+(?:{nouns}))?\s*,?\s+{figure}", re.I),
    )


_AFTER_FOLLOWED = re.compile(rf"\s*,?\s+(?:{RANKED_WITH}|at\s+{HEDGE})|\s*\(\s*{HEDGE}", re.I)


# from the figure (or its bracket) before to the next place of a list: ") and ", ", "
_LIST_GOES_ON = re.compile(r"(?:\s*\([^()]{0,40}\)|\s*\))?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")


def ranked_after(text: str, sent_start: int, sent_end: int, start: int, m: Mention, places: list[Mention],
                 after_figure: bool = False) -> Mention | None:
    """The place a clause ranks after another with its figure `m` ("X came second, with $N",
    "followed by X with $N", "X, with $N, was fifth", and after a figure of that list, "...,
    followed by X with $N (8.6%) and Y with $M"), or None. `places` are the sentence's place
    mentions; `start` is where the figure's clause starts (after the figure before,
    `after_figure`)."""
    cue, rank_before, with_before, rank_after, followed, followed_earlier, rank_elided = _patterns()
    if cue.search(text, sent_start, sent_end) is None:
        return None
    near = [x for x in places if start <= x.start and x.end <= m.start]
    if not near:
        return None
    x = near[-1]
    if not x.attrs.get("iso") or x.attrs["iso"] == "WLD" or x.attrs.get("possessive") \
            or x.attrs.get("kind") in ("anaphor", "group", "demonym"):
        return None
    if rank_before.fullmatch(text, x.end, m.start):
        return x
    if with_before.fullmatch(text, x.end, m.start) and rank_after.match(text, m.end, sent_end):
        return x
    if after_figure and rank_elided.fullmatch(text, x.end, m.start) and _LIST_GOES_ON.fullmatch(text, start, x.start):
        return x
    if not _AFTER_FOLLOWED.fullmatch(text, x.end, m.start):
        return None
    if followed.search(text, max(sent_start, x.start - 20), x.start):
        return x
    if after_figure and _LIST_GOES_ON.fullmatch(text, start, x.start) and followed_earlier.search(text, sent_start, start):
        return x  # ("followed by the United States with $2.1 trillion (8.6%) and Germany with ...")
    return None
