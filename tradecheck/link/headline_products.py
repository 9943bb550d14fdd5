"""A headline's one word between a place and its flow, which the body names as a product.

"Chile's wine exports jump 12%" over "exports of wine rose 12.1% to $2.1 billion": one word
after a place's possessive is as often a kind of the flow ("Uganda's informal exports rise")
as a product, so the headline alone does not make it one (link/commodities.py,
`_change_subject_label`). But where the body gives a flow of the same reporter under that
word as its product ("wines", "wine"), the headline's figure is that product's, not all the
reporter's goods (whose total the body may give too: "overall shipments fell 4.6%")."""
from __future__ import annotations

import re

from ..model import Claim
from .balance_products import _label_key

_FLOWS = ("exports", "imports")
# "China's ship exports", "Peru’s grape imports": a place's possessive, one lower-case word,
# then the flow, up to the figure
_OWNER_WORD_FLOW = re.compile(r"['’]s?\s+(?P<w>[a-z][a-z-]+)\s+(?P<flow>exports|imports)\b")


def headline_owner_word_products(text: str, sents: list, claims: list[Claim], set_how) -> None:
    """Headline figures of a flow with no product, whose subject is "<place>'s <word>
    <flow>", take the product of another sentence's flow of the same reporter named by that
    word (the lead may count as headline too)."""
    for c in claims:
        if not (c.extra.get("_headline") or c.sentence == 0) or c.commodity is not None or c.measure not in _FLOWS or c.scope \
                or not 0 <= c.sentence < len(sents):
            continue
        start = sents[c.sentence].start
        if "'" not in text[start:c.start] and "’" not in text[start:c.start]:
            continue  # (cheap: most headlines have no possessive)
        found = list(_OWNER_WORD_FLOW.finditer(text, start, c.start))
        if not found or found[-1]["flow"] != c.measure:
            continue
        key = _label_key(found[-1]["w"])
        if key is None:
            continue
        label = next((b.commodity for b in claims if b.sentence != c.sentence and b.commodity and b.measure == c.measure
                      and (b.reporter, b.partner) == (c.reporter, c.partner) and _label_key(b.commodity) == key), None)
        if label is not None:
            c.commodity = label
            set_how(c, "commodity", "headline-word-the-body-names", "text")
