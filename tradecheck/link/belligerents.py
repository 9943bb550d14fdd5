"""A country named as a belligerent: "as allies rearmed in response to Russia's war in
Ukraine", "after Iraq's invasion of Kuwait". The possessive before a noun of war
(vocab/conflict_nouns.csv) names who wages it, no reporter or partner of the figures near it;
nor is the place it is waged in ("war in Ukraine"); such mentions are left out of the places
the pair is read from."""
from __future__ import annotations

import functools
import re

from .. import vocab


@functools.cache
def _nouns() -> tuple[str, ...]:
    return tuple(r["noun"].lower() for r in vocab.table("conflict_nouns"))


@functools.cache
def _conflict_after_re() -> re.Pattern:
    nouns = vocab.alternation(list(_nouns()), ignore_case=True, space=r"\s+")
    # (an adjective may sit between: "Russia's full-scale invasion")
    return re.compile(rf"(?:['’]s?)?\s+(?:[\w-]+\s+)?(?:{nouns})\b", re.I)


@functools.cache
def _conflict_before_re() -> re.Pattern:
    nouns = vocab.alternation(list(_nouns()), ignore_case=True, space=r"\s+")
    # (right after "the" or an owner's possessive: "a trade war on China" is about a partner)
    return re.compile(rf"\b(?:the|\w+['’]s?)\s+(?:full-scale\s+)?(?:{nouns})\s+(?:in|on|of|against)\s+(?:the\s+)?$", re.I)


def without_belligerents(text: str, countries: list) -> list:
    """The country mentions less those in a possessive right before a noun of war, and the
    place right after it ("war in Ukraine", "invasion of Kuwait": where it is waged)."""
    lower = text.lower()
    if not any(w in lower for w in _nouns()):
        return countries  # (cheap: most texts name no war)
    return [c for c in countries
            if not (c.attrs.get("possessive") and _conflict_after_re().match(text, c.end, min(len(text), c.end + 40)))
            and not _conflict_before_re().search(text, max(0, c.start - 30), c.start)]
