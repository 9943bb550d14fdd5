""""- Total dairy exports: $24.6b" then "- Butter: $8.9b (36%)": the list's total is the
items' whole.

A list of a product's figures opened by an item labelled as the product's total gives each
item after it, with its share bracketed bare after its amount, a part of that total: the
share is of the dairy total, not of all exports (which a sentence after the list may put at
three times the dairy figure: "dairy makes up about a third of export earnings").
"""
from __future__ import annotations

import re

from ..model import Claim
from .cues import LIST_MARKER

# a list item labelled as a total: "- Total dairy exports: ", "* Total exports of wine: "
_TOTAL_ITEM = re.compile(rf"[ \t]*{LIST_MARKER}[ \t]+(?:total|overall)\b[^:\n\d]{{0,60}}:[ \t]*", re.I)
# a share bracketed bare right after its item's amount: " (36%)"
_BRACKETED = re.compile(r"\s*\(\s*$")
_FLOWS = ("exports", "imports")


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def shares_of_the_listed_total(text: str, claims: list[Claim]) -> None:
    """Give a list item's bracketed share the whole of the list's total item above it, where
    that total named a product other than the item's and is of one flow, pair and period."""
    if "otal" not in text and "verall" not in text:
        return  # (cheap: no total item can open a list)
    for k, share in enumerate(claims):
        if share.kind != "share" or not share.commodity or share.measure not in _FLOWS or k == 0 \
                or any(w in share.extra for w in ("_whole_commodity", "_whole_measure", "_whole_partner", "_whole_reporter", "_whole_commodity_none")):
            continue
        part = claims[k - 1]
        if part.kind != "amount" or _line_start(text, part.start) != _line_start(text, share.start) \
                or not _BRACKETED.fullmatch(text, part.end, share.start):
            continue
        total = _total_item_above(text, claims[:k - 1], _line_start(text, part.start))
        if total is None or total.commodity in (None, share.commodity) \
                or (total.measure, total.reporter, total.partner, total.period) != (share.measure, share.reporter, share.partner, share.period):
            continue
        share.extra["_whole_commodity"] = total.commodity


def _total_item_above(text: str, before: list[Claim], line: int) -> Claim | None:
    """The amount of the total item that opens the run of list lines ending above `line`."""
    while line > 0:
        prev = _line_start(text, line - 1)
        if not re.match(rf"[ \t]*{LIST_MARKER}[ \t]+\S", text[prev:line]):
            return None  # (the list ended before a total was found)
        if _TOTAL_ITEM.match(text, prev):
            return next((c for c in before if c.kind == "amount" and prev <= c.start < line), None)
        line = prev
    return None
