"""Customs regimes and channels of trade named with a gloss in brackets before their head noun
("firms under the definitive (regular) regime exported ...", "Normal (sea and air) trade
amounted to ..."): the regime or channel is a scope of the country's trade, a part of it
(vocab/commodities.csv rows ending in " regime" or " trade": free zone, definitive, maquila,
inward processing, border, normal ...), so a figure under it must not be read as the country's
whole. The gloss keeps the plain table phrase from matching, so it is read here with the gloss
left out."""
from __future__ import annotations

import functools
import re

from .. import vocab

# the head nouns a gloss may stand before
_HEADS = ("regime", "trade")


@functools.cache
def _glossed_re() -> re.Pattern | None:
    # the scope's own words, from the commodity rows "<words> <head>"
    names = [p.rsplit(" ", 1)[0] for p in vocab.commodities() if " " in p and p.rsplit(" ", 1)[1].lower() in _HEADS]
    if not names:
        return None
    return re.compile(rf"(?<![\w-])(?P<name>{vocab.alternation(names, ignore_case=True, inline=True)})"
                      rf"[^\S\n]+\([^()\n]{{1,30}}\)[^\S\n]+(?P<head>{'|'.join(_HEADS)})(?![\w-])", re.I)


def glossed_regimes(text: str) -> list[tuple[int, int, str]]:
    """(start, end, phrase) of each regime or channel named with a bracketed gloss, the phrase
    being the table's ("definitive regime", "normal trade") so that it takes the table's
    label. Only a phrase the table holds counts ("general (excluding re-exports) trade" where
    the table has "general trade"; no bare word before a gloss)."""
    if ") " not in text:
        return []  # (no gloss closes before a word: cheap)
    low = text.lower()
    if not any(h in low for h in _HEADS):
        return []
    pattern = _glossed_re()
    if pattern is None:
        return []
    known = {p.lower() for p in vocab.commodities()}
    out = []
    for m in pattern.finditer(text):
        phrase = f"{m['name']} {m['head']}"
        if phrase.lower() in known:
            out.append((m.start(), m.end(), phrase))
    return out
