"""A product group whose figure comes with its members listed in an aside ('Exports of the
"big two" crops - coffee and tea - reached $3.0 billion'), then a figure for each member of
the list (bullets under "Of these:", say): the members' figures make up the group's, so the
group is their sum (`_parts`, check/sums.py). Only where every listed member has a figure of
the group's flow, pair, period and currency after it; a list left half given says nothing of
the rest."""
from __future__ import annotations

from ..model import Claim
from .commodities import listed_group_items


def members_add_up_to_their_group(text: str, sents: list, claims: list[Claim]) -> None:
    """Tie a listed group's figure to the figures of its listed members after it."""
    starts = None
    for k, group in enumerate(claims):
        if group.kind != "amount" or not group.commodity or group.extra.get("_parts"):
            continue
        if starts is None:
            starts = {x.index: x.start for x in sents}
        items = listed_group_items(text[starts.get(group.sentence, 0):group.start])
        if len(items) < 2 or len(set(items)) != len(items):
            continue
        parts = [next((x for x in claims[k + 1:] if _member_of(x, group, item)), None) for item in items]
        if all(p is not None for p in parts):
            group.extra["_parts"] = parts


def _member_of(x: Claim, group: Claim, item: str) -> bool:
    return x.kind == "amount" and x.commodity == item and not x.scope and x.currency == group.currency \
        and (x.measure, x.reporter, x.partner, x.period) == (group.measure, group.reporter, group.partner, group.period)
