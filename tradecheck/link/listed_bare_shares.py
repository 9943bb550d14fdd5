""""The total" carried along a list of partners' shares.

"By origin, Peru supplied $4bn (40% of the total) and Chile $3bn (30%)." The second share,
bare in its brackets, is of the same whole the first one named in the same sentence: a list
of parallel parts keeps one whole. Without it the bare share reads as a share of an unstated
flow and is never compared with the total the text gives."""
from __future__ import annotations

import re

from ..model import Claim
from .cues import LIST_MARKER

_FLOWS = ("exports", "imports", "trade_total")


def carry_the_total_along_a_list(text: str, claims: list[Claim]) -> None:
    """Give a bare bracketed share "(30%)" of a partner's figure the "the total" whole of
    the share before it in its sentence, where both are of one flow, reporter, product and
    period, and the earlier one is another partner's."""
    for k, share in enumerate(claims):
        if share.kind != "share" or share.extra.get("_whole") or share.measure not in _FLOWS \
                or share.partner in (None, "WLD") or not _bare_in_brackets(text, share):
            continue
        if any(key in share.extra for key in ("_whole_partner", "_whole_reporter", "_whole_commodity", "_whole_measure", "_of_world", "_of_total_flow")):
            continue
        before = next((c for c in reversed(claims[:k]) if c.kind == "share" and c.sentence == share.sentence), None)
        if before is None or before.extra.get("_whole") != "the total" or before.partner in (None, "WLD", share.partner) \
                or any(key in before.extra for key in ("_whole_commodity", "_whole_measure", "_whole_partner")) \
                or (before.measure, before.reporter, before.commodity, before.period) != (share.measure, share.reporter, share.commodity, share.period):
            continue
        share.extra["_whole"] = "the total"


def carry_a_named_product_whole_down_a_list(text: str, claims: list[Claim]) -> None:
    """Give a bare bracketed share "(28.9%)" of a list item's product the whole product the
    item before named for its own share: "- Agro: US$ 1,034 million (36.7% of non-traditional
    shipments to the US)" then "- Textiles and apparel: US$ 812 million (28.9%)" is also a
    share of the non-traditional shipments, not of all exports. Only for items of one list
    (each opening its line on a list mark), one flow, pair and period."""
    for k, share in enumerate(claims):
        if share.kind != "share" or share.extra.get("_whole") or share.extra.get("_part_commodity") \
                or share.commodity is None or not _bare_in_brackets(text, share) or not _opens_a_list_item(text, share.start):
            continue
        before = next((c for c in reversed(claims[:k]) if c.kind == "share"), None)
        if before is None or not before.extra.get("_part_commodity") or not before.extra.get("_whole_has_commodity") \
                or before.commodity == share.commodity or not _opens_a_list_item(text, before.start) \
                or (before.measure, before.reporter, before.partner, before.period) != (share.measure, share.reporter, share.partner, share.period):
            continue
        share.extra["_whole_commodity"] = before.commodity


def _opens_a_list_item(text: str, at: int) -> bool:
    """Whether the line holding `at` opens on a list mark ("- Agro: ...")."""
    line = text.rfind("\n", 0, at) + 1
    return bool(_LIST_ITEM.match(text, line))


_LIST_ITEM = re.compile(rf"[ \t]*{LIST_MARKER}\s")


def _bare_in_brackets(text: str, c: Claim) -> bool:
    return text[c.start - 1:c.start] == "(" and text[c.end:c.end + 1] == ")"
