"""Exports of the ordinary customs regime beside those of free zones:

    - Total exports: US$12,911.4 million
    - Free zone exports: US$7,626.2 million
    - National exports: US$5,285.2 million

Where a country's exports are split by customs regime (the Dominican Republic, Costa Rica,
Honduras), "national exports" are those outside the free zones, not the exports less re-exports
the same words mean in Singapore's or Hong Kong's statistics (vocab/commodities.csv reads them
so). A figure so labelled, its word right before it (vocab/regime_rests.csv), is read as the
rest outside the regime ("non-free zone trade") where the text gives a figure of that regime
for the same flow, pair and period: the two then make the whole flow, which check/sums.py adds
up as it does a scope and its "non-" complement."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..model import Claim


@functools.cache
def _rests() -> dict[str, list[tuple[re.Pattern, str]]]:
    """label -> (the word's pattern, the regime) for each row of vocab/regime_rests.csv."""
    out: dict[str, list[tuple[re.Pattern, str]]] = {}
    for r in vocab.table("regime_rests"):
        out.setdefault(r["label"], []).append((re.compile(rf"\b{re.escape(r['word'])}\b", re.I), r["regime"]))
    return out


def _key(c: Claim) -> tuple:
    return (c.measure, c.reporter, c.partner, c.period)


def rests_outside_a_regime(text: str, claims: list[Claim]) -> None:
    """Relabel each figure of an ordinary regime's exports beside a figure of the special
    regime (same flow, pair, period) as the rest outside that regime."""
    rests = _rests()
    labelled = [c for c in claims if c.kind == "amount" and c.commodity in rests]
    if not labelled:
        return  # (cheap: no figure carries such a label, the usual case)
    regimes = {(c.commodity, _key(c)) for c in claims if c.kind == "amount"}
    renamed: dict[tuple, str] = {}
    for c in labelled:
        # (the words of the figure's own line or clause, up to 60 characters before it)
        start = max(text.rfind("\n", 0, c.start) + 1, c.start - 60)
        words = text[start:c.start]
        for word, regime in rests[c.commodity]:
            if (regime, _key(c)) in regimes and word.search(words):
                renamed[(c.commodity, c.measure, c.reporter, c.period)] = "non-" + regime
                c.commodity = "non-" + regime
                break
    # ("Coffee alone represented 20.0% of national exports": a share of the figure so
    # relabelled is of the rest outside the regime too)
    for s in claims if renamed else ():
        label = s.extra.get("_whole_commodity")
        if label and (label, s.measure, s.reporter, s.period) in renamed:
            s.extra["_whole_commodity"] = renamed[(label, s.measure, s.reporter, s.period)]
