"""A product group a sentence sets for its balance, then a list of the group's kinds:

    a deficit of $0.9 billion in non-ferrous scrap trade, as the country imported $1.3
    billion of copper, aluminium and brass scrap while exporting $0.4 billion

The balance is the group's ("in non-ferrous scrap trade" right after the figure); the list
after "of", whose last item ends with the group's head noun ("brass scrap"), spells out that
same group, so its figure is the group's, not its first item's; and the other flow of the
sentence, naming no product of its own (only the list's words stand before it), is the group's
too. Read so, the balance, its imports and its exports are one trade, and checked as one."""
from __future__ import annotations

import re

# "in non-ferrous scrap trade", "in farm goods trade": the group of a balance right after it
# (one to three lower-case words before "trade"; not "in the", "in its": no group)
_IN_GROUP_TRADE = re.compile(r"\s+in\s+(?!(?:the|its|their|this|that|total|overall|bilateral|two-way)\b)"
                             r"(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+trade\b")
# readings whose product is a group the text set, which a list after may spell out
GROUP_READINGS = ("balance-in-group-trade", "list-of-group")


def balance_group(text: str, m_end: int, sent_end: int, c) -> str | None:
    """The product group a balance's "in ... trade" right after its figure names, or None
    (only for a balance; goods and services in general are no group: read as scopes)."""
    if c.kind != "amount" or c.measure not in ("balance", "trade_total") or text.find(" trade", m_end, sent_end) < 0:
        return None
    from .commodities import unknown_product

    mm = _IN_GROUP_TRADE.match(text, m_end, min(sent_end, m_end + 60))
    label = unknown_product(mm["np"]) if mm else None
    return label if label not in (None, "goods", "services", "goods and services") else None


def list_as_group(listed: str, prev) -> str | None:
    """The group a figure before in the sentence set, when the product list of this figure
    ends with that group's head noun ("copper, aluminium and brass scrap" after "non-ferrous
    scrap"): the list spells out the group. None otherwise."""
    if prev is None or not prev.commodity or prev.how.get("commodity") not in GROUP_READINGS:
        return None
    head = prev.commodity.split()[-1].lower()
    return prev.commodity if listed.split()[-1].lower() == head and listed != prev.commodity else None


def of_list_span(text: str, m_end: int, sent_end: int) -> tuple[int, int] | None:
    """Where the list of products right after a figure ("of copper, aluminium and brass
    scrap") stands, as link/commodities.py read it."""
    from .commodities import _OF_LIST

    mm = _OF_LIST.match(text, m_end, min(sent_end, m_end + 90))
    return mm.span("list") if mm else None


def group_carried_past_list(text: str, s) -> str | None:
    """The group of the figure before, for a flow whose only product words are that figure's
    own list ("... of copper, aluminium and brass scrap while exporting $0.4 billion"): no
    product of its own, the sentence's group. None otherwise."""
    p = s.prev
    span = p.extra.get("_list_span") if p is not None else None
    if span is None or p.start < s.sent.start or s.claim.kind != "amount" \
            or s.claim.measure not in ("exports", "imports", "balance"):
        return None
    words = [x for x in s.ms["commodity"] if p.end <= x.start < s.m.start]
    if not words or not all(span[0] <= x.start and x.end <= span[1] for x in words):
        return None
    if any(p.end <= x.start < s.m.start for x in s.ms["country"]) or re.search(r"[;:]", text[span[1]:s.m.start]):
        return None
    return p.commodity
