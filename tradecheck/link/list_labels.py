"""A figure on a numbered or bulleted line right after the line's label and a dash or colon:

    1. Passenger cars – $8.1 billion
    2. Auto parts and accessories – $6.5 billion
    - Frozen fish: $1.2 billion
    - Other nuts (pecans, hazelnuts): $17 million

Each line is one item of a list; its label is the item's own name, the whole noun phrase
before the dash ("auto parts and accessories"), not a product word somewhere inside it
("cars" in "Passenger cars" would make two lines of cars the same figure, and "Auto parts"
no product at all). The label names a product only when nothing in it names a place, a
flow, a period or all goods (`unknown_product`): "1. Canada – $21 billion" stays a partner's
line, "- 2023: $5bn" a year's.

A bracket of examples after a label of the rest of a group ("Other nuts (pecans, hazelnuts):")
only lists what the rest holds; the label is still the words before it (a bracket after
another label, "Traditional (coffee and sugar):", may be its members or its other name, read
elsewhere), unless it names a kind and its negation, "Footwear (leather and non-leather):", which
leaves the label whole.)"""
from __future__ import annotations

import re

from .cues import HEDGE, LIST_MARKER

# the list marker, the label (no figure, no sentence punctuation), a spaced dash or a colon,
# then at most a hedge (vocab/hedges) before the figure
_ITEM = re.compile(rf"[ \t]*{LIST_MARKER}[ \t]+(?P<label>[A-Za-z][^\n\d.;:!?$€£¥%()–—]{{1,70}}?)[ \t]*(?P<examples>\([^()\n\d$€£¥%]{{1,60}}\)[ \t]*)?(?:[ \t][-–—][ \t]|:)[ \t]*"
                   rf"{HEDGE}$", re.I)

# a bracket that qualifies a label by a kind and its negation, so covers every kind of it:
# "Footwear (leather and non-leather):", "Fish (frozen or non-frozen):"
EVERY_KIND_BRACKET = r"\(\s*(?P<kind>[a-z]+)\s+(?:and|or|&|\+)\s+non[- ]?(?P=kind)\s*\)"
_EVERY_KIND = re.compile(EVERY_KIND_BRACKET, re.I)

# a label of the rest of a group: "Other tree nuts", "All other grains"
_REST = re.compile(r"(?:all\s+)?others?\s+\w", re.I)


def list_item_label(text: str, pos: int) -> tuple[int, int] | None:
    """The span of the label of the list line whose first figure starts at `pos`, or None
    when `pos` does not follow a list marker, a label and its dash or colon."""
    ls = text.rfind("\n", 0, pos) + 1
    if pos - ls > 90 or pos == ls:
        return None  # (cheap: a label is short)
    mm = _ITEM.match(text, ls, pos)
    if mm is None or (mm["examples"] and not _REST.match(mm["label"]) and not _EVERY_KIND.fullmatch(mm["examples"].rstrip())):
        return None
    return mm.start("label"), mm.end("label")
