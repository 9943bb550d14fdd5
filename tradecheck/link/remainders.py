"""The rest of a whole split among partners named after it: "Trade with the socialist
countries came to 82.2 billion roubles ... The remainder of turnover was divided between the
industrially developed capitalist countries, with 37.3 billion roubles, and the developing
countries, with 13.0 billion roubles." The figures of such a sentence, with the partners'
figures of the same flow named since the whole (not those of a breakdown of one of them, "Of
this, trade with CMEA members ..."), make up the whole: the check adds them up (check/sums.py,
add_remainder_of_partners). Each figure of the sentence keeps the whole and the parts named
before it (`_remainder_of`: where each starts; ids are given later)."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..model import Claim
from .sentences import Sentence

REMAINDER_OF = "_remainder_of"
UNQUANTIFIED_REST = "_unquantified_rest"


@functools.cache
def _opener() -> re.Pattern:
    rows = vocab.table("remainder_cues")
    subjects = vocab.alternation([r["phrase"] for r in rows if r["role"] == "subject"], ignore_case=True, space=r"\s+")
    verbs = vocab.alternation([r["phrase"] for r in rows if r["role"] == "verb"], ignore_case=True, space=r"\s+")
    # "The remainder of turnover was divided between", "The rest of exports went to"
    return re.compile(rf"\s*(?:{subjects})(?:\s+of\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?)?\s*(?:{verbs})\b", re.I)


@functools.cache
def _breakdown_opener() -> re.Pattern:
    # "Of this, trade with ...": a sentence breaking down the figure before it
    words = vocab.alternation(vocab.breakdown_cues() + [r["phrase"] for r in vocab.table("breakdown_openers")], ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*(?:{words})\s*,", re.I)


def _key(c: Claim) -> tuple:
    return c.measure, c.reporter, c.period, c.currency, c.commodity


def _partner(c: Claim) -> str | None:
    return c.partner or ("group:" + c.extra["partner_group"] if c.extra.get("partner_group") else None)


def remainder_of_partners(text: str, sents: list[Sentence], claims: list[Claim]) -> None:
    """Mark the figures of a sentence that splits the rest of a whole among partners."""
    opened = {s.index for s in sents if _opener().match(text, s.start, s.end)}
    if not opened:
        return
    breakdowns = {s.index for s in sents if _breakdown_opener().match(text, s.start, s.end)}
    for index in opened:
        parts = [c for c in claims if c.sentence == index and c.kind == "amount" and c.measure not in (None, "other", "balance")]
        if not parts or len({_key(c) for c in parts}) != 1 or any(_partner(c) in (None, "WLD") for c in parts) \
                or len({_partner(c) for c in parts}) != len(parts):
            continue
        key, whole, named = _key(parts[0]), None, []
        for c in reversed([c for c in claims if c.start < parts[0].start]):
            if c.kind != "amount" or _key(c) != key:
                continue
            if _partner(c) == "WLD":
                whole = c
                break
            if c.sentence not in breakdowns and _partner(c) is not None:
                named.append(c)
        if whole is None or not named or len({_partner(c) for c in named + parts}) != len(named) + len(parts):
            continue  # (a whole and the parts before it, each another partner, or no sum is said)
        for c in parts:
            c.extra[REMAINDER_OF] = (whole.start, [n.start for n in named])


# "Traditional exports came to $4.1bn and non-traditional ones $1.9bn; the remainder
# corresponds to fuel and ship repairs": a rest of the whole the sentence names without a
# figure, after the parts it gives
@functools.cache
def _unquantified_rest_re() -> re.Pattern:
    rows = vocab.table("remainder_cues")
    subjects = vocab.alternation([r["phrase"] for r in rows if r["role"] == "subject"], ignore_case=True, space=r"\s+")
    return re.compile(rf"[;,]\s*(?:{subjects})(?:\s+of\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?[\w-]+)?\s+"
                      r"(?:corresponds?|consists?|is|are|was|were|comes?|came|goes|went|belongs?)\b[^;$€£¥\d]*$", re.I)


def parts_beside_an_unquantified_rest(text: str, sents: list[Sentence], claims: list[Claim]) -> None:
    """Mark the figures of a sentence that ends by saying a rest of the whole exists, without
    its figure: those parts and the whole leave it out, so they make no sum (check/sums.py)."""
    if "remain" not in text and "rest" not in text:
        return  # (cheap: the cue needs one of them)
    marked = {}
    for s in sents:
        mm = _unquantified_rest_re().search(text, s.start, s.end)
        if mm:
            marked[s.index] = mm.start()
    if not marked:
        return
    for c in claims:
        if c.sentence in marked and c.kind == "amount" and c.start < marked[c.sentence]:
            c.extra[UNQUANTIFIED_REST] = True
