"""A place named as where exported goods came from: "China was the origin of 58.4 pct of
re-exports, or HK$403.4 billion." Of a reporter's exports (its re-exports, most often), the
place is no destination: the figure is not the reporter's exports to it, and which part of
the exports it is the text does not pin down in the reader's terms. The pair is left a guess
(unverifiable), for the figure and for the amount restating it. Of imports, the origin is
the partner, as read."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..model import Claim
from .sentences import Sentence


@functools.cache
def _origin_subject() -> re.Pattern:
    nouns = vocab.alternation([r["word"] for r in vocab.table("origin_nouns")], ignore_case=True, space=r"\s+")
    # "China was the origin of", "the mainland remained the main source of"
    return re.compile(rf"\b(?:was|were|is|are|remained)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:{nouns})\s+of\s+(?:about\s+|some\s+|nearly\s+)?$", re.I)


# "an estimated 40% of the timber exported is thought to come from illegal logging": a share
# of a flow split by where its goods came from (vocab/origin_verbs.csv), no share of trade
@functools.cache
def _share_by_origin() -> re.Pattern:
    verbs = vocab.alternation([r["phrase"] for r in vocab.table("origin_verbs")], ignore_case=True, space=r"\s+")
    return re.compile(rf"\s+of\s+(?:the\s+)?[^,;:.()%$\d]{{1,60}}?\b(?:{verbs})\b", re.I)


# "goods of mainland China origin were worth about": the clause's subject names the place its
# goods came from, then the figure (no figure, comma or clause's end between)
@functools.cache
def _of_place_origin_before() -> re.Pattern:
    nouns = vocab.alternation([r["word"] for r in vocab.table("origin_nouns")], ignore_case=True, space=r"\s+")
    return re.compile(rf"\bof\s+(?P<place>(?:[\w'’-]+\s+){{1,3}})(?:{nouns})\b[^,;:.()%$€£¥\d]{{0,40}}$", re.I)


def _place_origin_before(text: str, start: int, end: int, reporter: str | None) -> bool:
    """Whether the clause before a figure names a place of origin: a proper name among the
    words before "origin" ("of mainland China origin"), not a kind ("of domestic origin",
    which is the reporter's own goods), nor the reporter itself ("exports of goods of
    Lithuanian origin" in Lithuania's release: its own goods again, less re-exports)."""
    m = _of_place_origin_before().search(text, start, end)
    if m is None:
        return False
    names = vocab.countries()
    words = m["place"].split()
    return any(w[:1].isupper() for w in words) \
        and not (reporter and any(names.get(w, (None,))[0] == reporter for w in words))


def origins_are_no_destinations(text: str, sents: list[Sentence], claims: list[Claim]) -> None:
    starts = {s.index: s.start for s in sents}
    ends = {s.index: s.end for s in sents}
    origin_sentence = None
    for c in claims:
        if c.kind == "share" and c.measure in ("exports", "imports") \
                and _share_by_origin().match(text, c.end, ends.get(c.sentence, len(text))):
            c.measure, c.how["measure"], c.basis["measure"] = "other", "share-by-origin", "guess"
            continue
        if c.measure != "exports" or c.kind not in ("share", "amount"):
            continue
        if c.kind == "share" and _origin_subject().search(text, starts.get(c.sentence, 0), c.start):
            origin_sentence = c.sentence
        elif c.kind == "amount" and "origin" in text[max(0, c.start - 80):c.start].lower() \
                and _place_origin_before(text, max(starts.get(c.sentence, 0), c.start - 80), c.start, c.reporter):
            origin_sentence = c.sentence  # (and the share restating it: "or 60% of the total")
        elif not (c.sentence == origin_sentence and c.how.get("pair") == "same-as-previous"):
            continue
        c.how["pair"], c.basis["pair"] = "origin-not-destination", "guess"
