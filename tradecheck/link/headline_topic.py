"""A text whose headline is one product's flow ("Drought cuts Canadian electricity exports"):
its bare "exports" figures that name no product may be that product's, or the whole flow's;
the reading keeps them bare (a headline scope misreads texts that move on to the totals), but
marks them, so that a figure of another named product is not set against them as a part of
its whole (check/bound.py): which whole they are is a guess."""
from __future__ import annotations

import re

from ..model import Claim
from .commodities import canonical_label

# the headline's product, then its flow word ("... Canadian electricity exports to ...")
_FLOW_AFTER = re.compile(r"\s+(?:exports?|imports?|shipments|sales)\b", re.I)
# a figure's words that make it the whole flow, not the headline's product
_WHOLE_WORDS = re.compile(r"\b(?:total|overall|all|combined|merchandise|goods|aggregate)\b", re.I)


def headline_product(text: str, sents, commodities) -> str | None:
    """The product whose flow the headline names, when it names one product's flow only."""
    if len(sents) < 2:
        return None
    head = sents[0]
    named = [x for x in commodities if head.start <= x.start < head.end and _FLOW_AFTER.match(text, x.end, head.end)]
    labels = {canonical_label(x.text) for x in named}
    if len(labels) != 1 or _WHOLE_WORDS.search(text, head.start, head.end):
        return None
    label = labels.pop()
    return None if label in (None, "goods", "services") else label


def mark_bare_flows(text: str, sents, commodities, claims: list[Claim]) -> None:
    """Marks the bare amounts of a text on one product's flow (`_topic_guess`)."""
    product = headline_product(text, sents, commodities)
    if product is None:
        return
    for c in claims:
        if c.kind != "amount" or c.commodity is not None or c.how.get("commodity") not in ("none", "same-as-previous"):
            continue
        sent = next((s for s in sents if s.start <= c.start < s.end), None)
        if sent is None or sent is sents[0] or _WHOLE_WORDS.search(text, sent.start, c.start):
            continue
        c.extra["_topic_guess"] = product
