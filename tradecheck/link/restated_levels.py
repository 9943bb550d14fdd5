"""Bare figures that restate, to the digit, a product's figure given before.

"Norwegian salmon exports were worth NOK 122.3 billion in 2023", then a series under the
story, "- 2013: NOK 39.8 bn ... - 2023: NOK 122.3 bn", naming no product: the series is the
product's, and its 2023 line says so by repeating the product's figure. Read as the whole
flow, it would make every other product of the text (even the product's own wider group,
"total seafood exports") a part of it. Only an exact repeat of an amount of the same flow,
pair and period is taken, of a figure whose own words name no flow or place (a line of a
series, not "farm exports topped 1 trillion yen" again in the story); a figure with a word
making it a total keeps the whole."""
from __future__ import annotations

from ..model import Claim
from .cues import TOTAL_CUE


def bare_repeats_take_the_product(text: str, sents: list, claims: list[Claim]) -> None:
    """Give a bare amount (no product, read so for want of one) the product of an earlier
    amount of the same measure, pair and period stated with the very same value."""
    starts = {x.index: x.start for x in sents}
    named: dict[tuple, Claim] = {}
    for c in claims:
        if c.kind != "amount" or c.value is None or c.measure not in ("exports", "imports", "trade_total"):
            continue
        key = (c.measure, c.reporter, c.partner, c.period, c.currency, c.value)
        if c.commodity is not None:
            named.setdefault(key, c)
            continue
        p = named.get(key)
        if p is None or c.how.get("commodity") != "none" or c.scope is not None \
                or c.how.get("measure") != "discourse" or c.how.get("pair") != "discourse":
            continue  # (only a figure whose own words name no flow or place: a series line)
        if TOTAL_CUE.search(text, starts.get(c.sentence, c.start), c.start):
            continue  # ("total exports were NOK 122.3 bn": the whole, whatever it repeats)
        c.commodity = p.commodity
        c.how["commodity"] = "repeats-product-figure"
        c.basis["commodity"] = "context"
