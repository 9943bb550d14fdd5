""""The total" of a partner's part named by the text's own goods.

"Peru's exports of copper and copper ore fell in 2023 ... Shipments totalled $20bn. China
bought $12bn of Peruvian copper ore, or 60% of the total." The part carries a product label
("copper ore"), but the text states no total of that label: its only total of the flow is
the one its opening named as those goods, so "the total" is that stated total, not a flow of
the label the text never gives (which would leave the share unchecked)."""
from __future__ import annotations

import re

from ..model import Claim

_FLOWS = ("exports", "imports")
_OTHER_WHOLES = ("_whole_partner", "_whole_reporter", "_whole_commodity", "_whole_commodity_none", "_whole_measure",
                 "_of_world", "_of_total_flow", "_of_group_total", "_within", "_scoped")


def totals_of_the_texts_goods(text: str, claims: list[Claim]) -> None:
    """Give a partner's share of a bare "the total", whose part is of a product label, the
    reporter's stated total of the flow with the world, where that total names no product,
    no total of the label is stated, and the label was named in the text before that total
    (the goods the text is about)."""
    for share in claims:
        if share.kind != "share" or share.extra.get("_whole") != "the total" or not share.commodity \
                or share.measure not in _FLOWS or share.partner in (None, "WLD") \
                or any(k in share.extra for k in _OTHER_WHOLES):
            continue
        totals = [c for c in claims if c.kind == "amount" and c.end <= share.start and c.partner == "WLD"
                  and (c.measure, c.reporter, c.period) == (share.measure, share.reporter, share.period)]
        words = set(share.commodity.lower().split())
        if any(c.commodity and words & set(c.commodity.lower().split()) for c in totals):
            continue  # (a total of the label, or of goods it names in short, is stated: "petroleum" after "petroleum products")
        whole = next((c for c in totals if c.commodity is None and not c.scope), None)
        if whole is None or not re.search(rf"\b{re.escape(share.commodity)}\b", text[:whole.start], re.I):
            continue
        share.extra["_of_total_flow"] = "world"
