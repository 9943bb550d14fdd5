"""Two money figures in two currencies joined by "and" ("earned $40 million and 25 million
euros"): the money came in partly in each currency, so the figures are two parts that add
up, not one sum and its conversion (a conversion is bracketed or introduced, "or about",
"equivalent to"). Read as the same quantity, the one would be "converted" into the other at
the period's rate and fail. Each gets a scope of its own, the part paid in its currency."""
from __future__ import annotations

import re

from ..model import Claim

# what may stand between the two figures: "and" alone (no "or", no bracket, no "about" or
# "equivalent": those restate one figure in another currency)
_AND_ONLY = re.compile(r"\s*,?\s+and\s+(?:another\s+|a\s+further\s+|some\s+)?")


def currency_part_scope(currency: str) -> str:
    return f"the part paid in {currency}"


def figures_in_two_currencies_add(text: str, claims: list[Claim]) -> None:
    """Give each of two amounts in different currencies, of the same reporter, flow, pair and
    period, joined by "and" only, a scope of its own (the part in its currency)."""
    for a, b in zip(claims, claims[1:]):
        if a.kind != "amount" or b.kind != "amount" or not a.currency or not b.currency or a.currency == b.currency:
            continue
        if a.end > b.start or "and" not in text[a.end:b.start]:
            continue
        if not _AND_ONLY.fullmatch(text, a.end, b.start):
            continue
        if (a.measure, a.reporter, a.partner, a.period, a.commodity) != (b.measure, b.reporter, b.partner, b.period, b.commodity):
            continue
        if a.scope or b.scope:
            continue
        a.scope = currency_part_scope(a.currency)
        b.scope = currency_part_scope(b.currency)
