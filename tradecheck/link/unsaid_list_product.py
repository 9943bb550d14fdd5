"""The items of a list of markets under a caption that names a flow and no product, or places
alone ("Exports by market, 2024:", "Main markets in 2022:"; then "- United States: US$ 1.81
billion (38.3 percent)") in a text whose headline is about one product ("Sri Lanka apparel
exports recover 5.1%"): whether
the list breaks down the product's exports or the country's, the caption does not say. The
figures are read as the country's (no product), and that reading is marked unsure
(`_product_unsure`), so a conflict that rests on it is unverifiable."""
from __future__ import annotations

import functools
import re

from .. import vocab

# a list's item: a bullet, or (a markdown list read as text has lost its bullets) a label
# and a colon with the figure after it ("Pakistan: $0.42 billion")
_ITEM = re.compile(r"[ \t]*(?:[-•*–]|\d{1,2}[.)])\s|[ \t]*[A-Z][^:\n]{0,40}:[ \t]+\S")


@functools.cache
def _caption_re() -> re.Pattern:
    nouns = vocab.alternation([r["word"] for r in vocab.table("partner_breakdown_nouns")], ignore_case=True)
    flows = r"exports?|imports?|shipments|sales|purchases|trade"
    # (or a caption of places alone, the noun after a word or two and no flow: "Main markets
    # in 2022:", "Top destinations:")
    return re.compile(rf"[ \t]*(?:(?:{flows})\s+by\s+|(?:[A-Za-z]+\s+){{1,2}})(?:{nouns})\b[^:\n]*:[ \t]*$", re.I)


def list_items_of_an_unsaid_product(text: str, claims: list) -> None:
    """Mark the flows of a market list's items that the reading gave no product, in a text
    whose headline names one (the first such product, for the message)."""
    headline_products = {c.commodity for c in claims if c.extra.get("_headline") and c.commodity}
    if not headline_products:
        return
    what = sorted(headline_products)[0]
    for c in claims:
        if c.commodity is not None or c.measure not in ("exports", "imports"):
            continue
        caption = _partner_caption(text, c.start)
        if caption is None:
            continue
        c.extra.setdefault("_product_unsure", what)
        # (which list: figures of one list hold together or not whichever product it is of)
        c.extra.setdefault("_unsure_list", caption)


def _partner_caption(text: str, pos: int) -> int | None:
    """Where the caption starts when `pos` is on an item's line of a list whose caption (the
    line before its first item) breaks a flow down by market; None otherwise."""
    start = text.rfind("\n", 0, pos) + 1
    if not _ITEM.match(text, start):
        return None
    while start > 0:
        prev = text.rfind("\n", 0, start - 1) + 1
        if _ITEM.match(text, prev):
            start = prev
            continue
        return prev if _caption_re().match(text, prev, start - 1) is not None else None
    return None
