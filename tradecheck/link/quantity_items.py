"""A list item that labels a product, then gives its quantity and the money it was worth:

- "- Basmati: 52.4 lakh tonnes, worth Rs 48,390 crore";
- "• Arabica (washed and natural): 38.9 million bags, valued at US$ 6.1 billion";
- "Robusta: 1.2 million tonnes worth $3.4 billion";
- "- Bulk wine: 890.2 million litres (+18.6%), worth €374.1 million" (the quantity's change between);
- "- Cloves: 12,000 tonnes, Rs 900 crore" (a comma alone before the money);
- "* Corn: 4.62 million tons ($1.05 billion)" (the money in brackets after the quantity).

The money is the labelled product's, like "- Bedwear: $2.71 billion" with no quantity between:
the item is one part of the break-up a whole before it announced, not that whole again.

This module finds the label; commodities.py decides whether it is a product (no place, flow or
month) and names it."""
from __future__ import annotations

import functools
import re

from .. import vocab
from .cues import HEDGE


@functools.cache
def _quantity_item_re() -> re.Pattern:
    """The line from its bullet to the figure: a capitalised label, perhaps a bracketed
    aside after it ("(including parboiled and broken)"), a colon, a quantity in a physical unit
    (vocab/physical_units.csv, a scale word such as "lakh" or "million" before it), perhaps its
    change in brackets ("890.2 million litres (+18.6%), worth"), then the word that gives its
    money (vocab/value_verbs.csv, "worth", "valued at"), only a comma ("- Cloves: 12,000
    tonnes, Rs 900 crore": a list line sets the two measures of one item side by side) or a
    bracket the money opens ("* Corn: 4.62 million tons ($1.05 billion)")."""
    units = vocab.physical_unit_pattern()
    scales = vocab.alternation([r["word"] for r in vocab.table("scales")], ignore_case=True, space=r"\s+")
    verbs = vocab.alternation([r["word"] for r in vocab.table("value_verbs")] + ["worth", "valued at"],
                              ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*(?:[-•*–]\s*)?(?P<np>[A-Z][A-Za-z&'’ -]{{1,40}}?)(?:\s*\([^()\n:]{{1,60}}\))?(?:\s+(?P<rest>[A-Za-z&'’ -]{{1,30}}?))?\s*:\s*"
                      rf"{HEDGE}\d[\d.,]*\s*(?:(?:{scales})\s*)?(?:{units})\b(?:\s*\([^()\n:]{{1,30}}\))?(?:,?\s+(?:{verbs})\s+|,\s*|\s*\(\s*){HEDGE}$", re.I)


def quantity_item_label(text: str, start: int, figure_start: int) -> str | None:
    """The label of the list item that runs from `start` (its line's or sentence's start) to
    the figure at `figure_start`, when that item gives a quantity and then the figure as its
    worth; None otherwise."""
    if text.find(":", start, figure_start) == -1:
        return None  # (no label's colon: cheap)
    item = _quantity_item_re().match(text, start, figure_start)
    if item is None:
        return None
    # "dehaired (combed) cashmere": a bracket inside the label glosses its first word; the
    # label is the words either side of it
    return f'{item["np"]} {item["rest"]}' if item["rest"] else item["np"]
