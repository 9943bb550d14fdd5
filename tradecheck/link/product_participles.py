"""A figure whose clause goes on, after it, to a passive flow verb that names a product of its
own ("France was the second market: €40 billion, a third of the total, was re-exported
there"): the figure is that product's flow (re-exports), not all of the flow the words
before it name ("market", "destination"); so is a share set off between the figure and its
verb, which restates it ("a third of the total": of the product's total). Words:
vocab/product_participles.csv."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..model import Claim


def figures_of_a_product_verb(text: str, claims: list[Claim]) -> None:
    """Give a figure (and the share restating it) the product its passive flow verb names (in
    place of the bare goods the words before it may have given)."""
    words = vocab.product_participles()
    low = text.lower()
    if not any(w in low for w in words):  # (cheap: most texts have none of the verbs)
        return
    for k, c in enumerate(claims):
        if c.kind != "amount" or c.commodity not in (None, "goods") or c.scope:
            continue
        verb = _verb_after().match(text, c.end)
        if verb is None:
            continue
        product, measure = words[verb["v"].lower()]
        if c.measure != measure:
            continue
        c.commodity = product
        c.how["commodity"], c.basis["commodity"] = "product-verb-after", "text"
        for share in claims[k + 1:]:
            if share.start >= verb.start("v"):
                break
            if share.kind == "share" and share.sentence == c.sentence and share.commodity in (None, "goods") and share.measure == measure:
                share.commodity = product
                share.how["commodity"], share.basis["commodity"] = "product-verb-after", "text"


@functools.cache
def _verb_after() -> re.Pattern:
    verbs = vocab.alternation(vocab.product_participles(), ignore_case=True)
    # (past an aside set off by commas, with no clause end in it, a decimal point aside: ", 23.0
    # percent of the total,")
    return re.compile(rf"(?:\s*,(?:[^,.;:!?\n]|(?<=\d)\.(?=\d)){{1,60}},)?\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+"
                      rf"(?:all\s+|mostly\s+|largely\s+|then\s+)?(?P<v>{verbs})\b", re.I)
