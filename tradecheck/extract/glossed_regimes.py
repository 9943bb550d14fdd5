"""Customs regimes named with a gloss in brackets before "regime" ("firms under the definitive
(regular) regime exported ..."): the regime is a scope of the country's trade, a part of it
(vocab/commodities.csv rows ending in " regime": free zone, definitive, maquila, inward
processing ...), so a figure under it must not be read as the country's whole. The gloss
keeps the plain table phrase from matching, so it is read here with the gloss left out."""
from __future__ import annotations

import functools
import re

from .. import vocab


@functools.cache
def _glossed_regime_re() -> re.Pattern | None:
    # the regime's own words, from the commodity rows "<words> regime"
    names = [p[:-len(" regime")] for p in vocab.commodities() if p.lower().endswith(" regime")]
    if not names:
        return None
    return re.compile(rf"(?<![\w-])(?P<name>{vocab.alternation(names, ignore_case=True, inline=True)})"
                      r"[^\S\n]+\([^()\n]{1,30}\)[^\S\n]+(?P<head>regime)(?![\w-])", re.I)


def glossed_regimes(text: str) -> list[tuple[int, int, str]]:
    """(start, end, phrase) of each regime named with a bracketed gloss, the phrase being the
    table's ("definitive regime") so that it takes the table's label."""
    if "regime" not in text.lower():
        return []
    pattern = _glossed_regime_re()
    if pattern is None:
        return []
    return [(m.start(), m.end(), f"{m['name']} {m['head']}") for m in pattern.finditer(text)]
