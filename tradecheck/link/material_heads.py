"""One product with and without the noun that says it is a material.

"Exports of cathode materials to the US jumped fourfold ... cathode shipments to the US
reached $2.4 billion, up from $0.9 billion": "cathode materials" and "cathode" name one
product, the second dropping the head noun "materials" (vocab/material_head_nouns.csv).
Read under one label (the one the text used first), the multiple and the two levels are one
quantity and are checked against each other."""
from __future__ import annotations

from .. import vocab
from ..model import Claim


def one_product_with_and_without_its_head(claims: list[Claim]) -> None:
    """Relabel the figures of a bare product word under "<word> materials" (or the reverse,
    whichever the text used first), when the text names both."""
    heads = vocab.material_head_nouns()
    labels = [c.commodity for c in claims if c.commodity]
    if not any(label.rsplit(" ", 1)[-1] in heads for label in labels if " " in label):
        return
    same: dict[str, str] = {}
    for label in labels:
        words = label.rsplit(" ", 1)
        if len(words) != 2 or words[1] not in heads:
            continue
        bare = words[0]
        for other in (bare, bare + "s"):
            if other in labels and other not in same and label not in same:
                # (the label the text used first wins)
                first, second = (label, other) if labels.index(label) < labels.index(other) else (other, label)
                same[second] = first
    for c in claims:
        if c.commodity in same:
            c.commodity = same[c.commodity]
