"""A firm's or sector's share of "the exports" in a text about one product's flow: "India's
defence exports reached $2.5bn ... The private sector contributed about 60% of the exports,
or $1.5bn". The share's subject is a kind of trader (link/claims.py reads it as a
company-subject), not a product, so its whole is not named by it; "the exports" (the
definite article, no product named) points back to the flow the text gave, and where every
figure of that flow before the share is of one product, the whole is that product's flow,
not the flow of every product (which the text never gave)."""
from __future__ import annotations

import re

from ..model import Claim

# "60% of the exports", "a third of the total", "60% of total shipments": the flow itself, no product word
_OF_THE_FLOW = re.compile(r"\s+of\s+(?:the\s+|its\s+)?(?:annual\s+|total\s+)?(?:exports|imports|shipments|sales|total)\b(?!\s+(?:of|in|to|from|by)\b)", re.I)
_TRADER_RULES = ("company-subject",)


def trader_shares_of_the_texts_product(text: str, claims: list[Claim]) -> None:
    """Give a trader's share of the bare flow the product of the flow's figures before it."""
    for k, share in enumerate(claims):
        if share.kind != "share" or share.how.get("commodity") not in _TRADER_RULES or share.scope \
                or share.extra.get("_whole_commodity") or share.extra.get("_whole_commodity_none") or share.extra.get("_whole_has_commodity"):
            continue
        m = _OF_THE_FLOW.match(text, share.end)
        if m is None:
            continue
        wholes = [c for c in claims[:k] if c.kind == "amount" and c.partner in (None, "WLD") and not c.scope
                  and (c.measure, c.reporter, c.period) == (share.measure, share.reporter, share.period)]
        products = {c.commodity for c in wholes}
        if len(products) != 1 or None in products or share.commodity in products:
            continue  # (no figure of the flow before, or of several products or of all goods: which whole, unsure)
        share.extra["_whole_commodity"] = products.pop()
