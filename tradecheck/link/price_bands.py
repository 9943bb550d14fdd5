"""Bands of a unit price as the parts of a flow: "Breakdown by price segment:" then "- Above
500 francs: 1.2 billion francs (+3%)", "- 200 to 500 francs: 310 million francs". Each item's
label is a price (a money figure of one item, no flow), and the figure after its colon is the
flow of goods in that band: a part of the whole flow, not a second statement of it."""
from __future__ import annotations

import re

from ..model import Claim

# a bullet, then the item's label up to its colon
_ITEM = re.compile(r"[ \t]*[-•*–][ \t]*(?P<label>[^:\n]{2,60}?)\s*:\s*")


def price_band_items(text: str, claims: list[Claim]) -> None:
    """The flow figure right after the colon of a bulleted label that holds a price (an
    amount read as no flow, "Above 3,000 francs") is that band's part: its product is the
    band ("above 3,000 francs")."""
    if ":" not in text:
        return
    prices = [c for c in claims if c.kind == "amount" and c.measure == "other"]
    if not prices:
        return
    flow: Claim | None = None  # the last flow figure before
    for c in claims:
        carried = c.measure == "other" and c.how.get("measure") == "discourse" and flow is not None
        if c.kind == "amount" and c.measure in ("exports", "imports") and c.how.get("commodity") != "price-band":
            flow = c
        if c.kind != "amount" or not (c.measure in ("exports", "imports") or carried) or c.commodity is not None or c.scope is not None:
            continue
        line = text.rfind("\n", 0, c.start) + 1
        item = _ITEM.match(text, line)
        if item is None or item.end() != c.start:
            continue
        a, b = item.span("label")
        if not any(a <= p.start and p.end <= b for p in prices):
            continue
        if carried:
            # (the price in its label left the discourse on no flow: the flow is the one the
            # text gave last, "Watch exports reached 2.0 billion francs. By price: - Above ...")
            c.measure, c.reporter, c.partner = flow.measure, flow.reporter, flow.partner
            c.how["measure"], c.basis["measure"] = "price-band", "context"
        c.commodity = re.sub(r"\s+", " ", text[a:b].strip()).lower()
        c.how["commodity"], c.basis["commodity"] = "price-band", "text"
