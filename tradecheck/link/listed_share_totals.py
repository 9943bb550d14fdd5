""""The total" in a list of parts' shares: the whole the list's first share named.

"Machinery led with $9bn, or 30% of non-fuel imports. Vehicles came second with $6bn, or 20%
of the total." The second share's "the total" points back to the whole the share before it
named in words (non-fuel imports), not to the whole flow the text may give elsewhere (a later
"Imports as a whole reached $80bn"): a list of ranked parts keeps one whole."""
from __future__ import annotations

import re

from ..model import Claim

_OF_THE_TOTAL = re.compile(r"\s*of\s+the\s+total\s*(?:[.;,)]|$)", re.I)
_FLOWS = ("exports", "imports", "trade_total")


def totals_a_share_before_named(text: str, claims: list[Claim]) -> None:
    """Give a product's share of a bare "the total" the whole of the share before it in its
    paragraph, where that share named its whole's product ("26% of non-oil exports") and
    both are of one flow, pair and period."""
    for k, share in enumerate(claims):
        if share.kind != "share" or share.extra.get("_whole") != "the total" or not share.commodity \
                or share.measure not in _FLOWS or "_whole_commodity" in share.extra or "_whole_measure" in share.extra:
            continue
        if not _OF_THE_TOTAL.match(text, share.end, share.end + 30):
            continue
        before = next((c for c in reversed(claims[:k]) if c.kind == "share" and c.paragraph == share.paragraph), None)
        if before is None or not before.extra.get("_whole_has_commodity") or before.commodity in (None, share.commodity) \
                or (before.measure, before.reporter, before.partner, before.period) != (share.measure, share.reporter, share.partner, share.period):
            continue
        share.extra["_whole_commodity"] = before.commodity
