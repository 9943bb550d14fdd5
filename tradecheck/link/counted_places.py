"""Places counted together by their rank, one figure for them all: "Together, the top five
states accounted for $61.0 billion, or 58% of the national total", "the ten largest markets
took $4.2 billion".

The figure is the places' sum, a part of the flow the text is about: never a second
statement of its whole. The places are one group (the words that count them), with the
world where each reports its own flow (states, exporters), or the partners of the text's
country (markets, destinations): vocab/counted_places.csv. The count needs a rank word
(vocab/rank_places.csv's adjectives: "top", "largest"), so "the two states" of a pair is
left alone, unless a word of vocab/joint_cues.csv right after the noun takes them together
("the two Gulf markets together took $4.6bn"): then the count alone makes them one group."""
from __future__ import annotations

import functools
import re

from .. import vocab


@functools.cache
def group_count_words() -> str:
    """The number words a group of places may be counted with ("the top five markets", "the
    two Gulf markets together"): two to fifty, as one alternation (vocab/number_words.csv)."""
    return vocab.alternation([w for w, v in vocab.number_words().items() if v == int(v) and 2 <= v <= 50], ignore_case=True)


@functools.cache
def _counted_places_re() -> re.Pattern:
    rank = vocab.alternation(vocab.rank_places("adjective"), ignore_case=True, space=r"\s+")
    counts = group_count_words()
    nouns = vocab.alternation(_ranked_nouns(), ignore_case=True, space=r"\s+")
    count = rf"(?:\d{{1,2}}|{counts})"
    # "the top five states", "the five largest exporting states", "the country's ten biggest
    # markets"; then an aside naming them ("the three largest markets - the U.S., China and
    # Hong Kong - together took", or in brackets), then up to the figure, no number, place or
    # clause break of its own
    return re.compile(rf"\bthe\s+(?:[\w’'-]+['’]s?\s+)?(?:(?:{rank})\s+{count}|{count}\s+(?:{rank}))\s+(?P<noun>{nouns})\b"
                      rf"(?P<aside>\s+[-–—]\s+(?:[^\d;:()$€£¥₹–—]|{_BRACKETED_FIGURE}){{3,240}}?\s+[-–—]|\s*\([^\d;:()$€£¥₹]{{3,80}}\))?"
                      rf"(?P<gap>[^\d.;:()$€£¥₹]{{0,80}})$", re.I)


# ("The four largest markets - Mozambique (R7.23 billion), Zimbabwe (R6.91 billion) and
# Angola (R3.94 billion) - together took": each place of the dash aside may have its own
# figure in brackets after it)
_BRACKETED_FIGURE = r"\([^()\n]{1,30}\)"


@functools.cache
def _ranked_nouns() -> list[str]:
    """The nouns a rank word may count (roles R and P: not the listed places of role L)."""
    return [w for w, role in vocab.counted_places().items() if role != "L"]


@functools.cache
def _joint_count_re() -> re.Pattern:
    """"the two Gulf markets together took": a count with no rank word, one word of its own
    before the noun at most, and a joint word right after it, then up to the figure; or a
    word that takes them all together opening the clause ("In all, the five countries
    accounted for": vocab/collective_cues.csv)."""
    counts = group_count_words()
    nouns = vocab.alternation(vocab.counted_places(), ignore_case=True, space=r"\s+")
    joint = vocab.alternation(vocab.joint_cues(), ignore_case=True, space=r"\s+")
    opener = vocab.alternation(vocab.collective_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"(?:\b(?P<opener>{opener})\s*,\s*)?(?P<the>\bthe)\s+(?:\d{{1,2}}|{counts})\s+(?:[\w-]+\s+)?(?P<noun>{nouns})"
                      rf"(?P<joint>\s+(?:{joint})\b)?(?P<gap>[^\d.;:()$€£¥₹]{{0,40}})$", re.I)


@functools.cache
def _together_words() -> tuple[str, ...]:
    """The words that take places together, after their noun or opening the clause, lower case."""
    return tuple(w.lower() for w in vocab.joint_cues() + vocab.collective_cues())


def _role_of(found: re.Match) -> str:
    return vocab.counted_places()[re.sub(r"\s+", " ", found.group("noun").lower())]


def counted_places(text: str, start: int, end: int) -> tuple[str, str, tuple[int, int]] | None:
    """(the group's words, its role R, P or L, their span) when the figure at `end` is given to
    places counted by rank as its clause's subject, between `start` and `end`. The span runs
    to the end of an aside naming the places, when there is one (see named_in_aside)."""
    low = text[start:end].lower()
    if "the " not in low:
        return None  # (cheap: most figures have no counted places before them)
    found = None
    if any(w in low for w in ("top", "larg", "bigg", "lead", "main", "chief", "princip")):
        found = _counted_places_re().search(text, start, end)
    if found is None and any(w in low for w in _together_words()):
        found = _joint_count_re().search(text, start, end)
        if found is not None and not found.group("joint") and not (found.group("opener") and _role_of(found) == "L"):
            # ("the two states": a pair, not places taken together; an opener, "Together, the
            # three partners in the bloc bought", takes together only the places just listed,
            # role L: partners and markets are read by the rules of places named)
            found = None
    if found is None:
        return None
    before = text[max(start, found.start() - 12):found.start()].lower()
    if re.search(r"\b(?:of|to|from|with|in|for|among|by|than)\s+$", before):
        return None  # ("exports to the top five markets", "a third of the top ten"): no subject
    first = found.start("the") if "the" in found.re.groupindex else found.start()  # (past an opener, "In all,")
    words = text[first:found.end("noun")]
    role = _role_of(found)
    aside = "aside" in found.re.groupindex and found.group("aside")
    return re.sub(r"\s+", " ", words).lower(), role, (found.start(), found.end("aside") if aside else found.end("noun"))
