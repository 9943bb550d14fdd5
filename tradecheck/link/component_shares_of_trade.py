"""A flow component's share "of the total" while the text breaks the trade down by flow.

"Total trade was $90bn. Imports came to $50bn, domestic exports $15bn and re-exports $25bn.
Re-exports made up about 28% of the total." When the text gives its trade total and then
splits it into both sides (imports beside exports or re-exports), "the total" a component's
share is of is that trade total, not the component's own flow (the exports), which the
share would otherwise be read against (putting exports at the trade's size).

Only where the words leave no other whole nearer: an exports figure that is the flow's own
total (no product of a part) between the trade total and the share makes "the total" that
flow's, as before.
"""
from __future__ import annotations

import re

from ..model import Claim

_SIDES = ("exports", "imports")
# "of the total" bare, no flow word of its own after it ("of the total exports" names its whole)
_OF_THE_BARE_TOTAL = re.compile(r"\s+of\s+(?:the\s+)?total\b(?!\s+(?:[\w-]+\s+)?(?:exports|imports|shipments|sales|purchases)\b)", re.I)


def shares_of_the_trade_being_broken_down(text: str, claims: list[Claim]) -> None:
    """Give a bare "of the total" share of one side's flow the trade total as its whole, where
    the share's sentence or the one before gives figures of both sides, and the text's last
    whole before them, of the share's reporter, partner and period, is the trade total."""
    if "total" not in text:
        return  # (cheap: no "of the total" share)
    for k, share in enumerate(claims):
        if share.kind != "share" or share.extra.get("_whole") != "the total" or share.measure not in _SIDES \
                or share.extra.get("_whole_measure") or share.scope or share.factor is None or not 0 < share.factor < 1:
            continue
        if not _OF_THE_BARE_TOTAL.match(text, share.end):
            continue
        near = [c for c in claims if c.kind == "amount" and share.sentence - 1 <= c.sentence <= share.sentence
                and share.paragraph == c.paragraph and (c.reporter, c.partner, c.period) == (share.reporter, share.partner, share.period)]
        if {c.measure for c in near} & set(_SIDES) != set(_SIDES):
            continue  # (no split of the trade into both sides beside the share)
        if _last_whole_is_trade(claims[:k], share):
            share.extra["_whole_measure"] = "trade_total"


def _last_whole_is_trade(before: list[Claim], share: Claim) -> bool:
    """Whether, going back from the share, a trade total of its key comes before any figure
    of the share's own flow as a whole (one naming no part: no product, or the text's scope)."""
    key = (share.reporter, share.partner, share.period)
    for c in reversed(before):
        if (c.reporter, c.partner, c.period) != key or c.scope:
            continue
        if c.measure == "trade_total" and c.kind in ("amount", "share"):
            return True
        if c.measure == share.measure and c.kind == "amount" and c.how.get("commodity") in (None, "none", "article-scope", "same-flow-carried") \
                and c.commodity != share.commodity and "excluding" not in (c.commodity or ""):
            return False  # ("Exports were $40bn; re-exports $12bn, or 30% of the total": of the exports)
    return False
