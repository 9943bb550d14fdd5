"""A product said short by its head noun alone after the text named it in full: "China's
exports of auto parts and components rose to $88bn ... Imports of parts fell to $33bn, and
the parts trade surplus widened": the imports and the surplus are of the auto parts and
components too, not of all goods.

Read only for a noun of a product's pieces (vocab/component_nouns.csv: "parts",
"components") standing right after a flow's "of" or right before a flow or balance noun,
and only where exactly one product figures were about before holds that noun as one of its
words; otherwise none (the caller keeps its own reading)."""
from __future__ import annotations

import functools
import re

from .. import vocab


@functools.cache
def _short_product_re() -> re.Pattern:
    nouns = vocab.alternation(vocab.component_nouns())
    return re.compile(
        rf"\b(?:[Ee]xports|[Ii]mports|[Ss]hipments)\s+of\s+(?P<a>{nouns})\b(?!\s+(?:of|for|from)\b)"
        rf"|(?<![\w-])\b(?P<b>{nouns})\s+(?:trade\s+)?(?:exports|imports|surplus|deficit|balance)\b", re.I)


def product_said_short(text: str, sent_start: int, pos: int, products: tuple) -> str | None:
    """The one product named before (`products`, in order) that the piece noun in the
    sentence before `pos` stands for, or None."""
    head = text[sent_start:pos].lower()
    if "parts" not in head and "component" not in head and not any(n in head for n in vocab.component_nouns()):
        return None  # (cheap: no noun of pieces)
    found = None
    for found in _short_product_re().finditer(text, sent_start, pos):
        pass
    if found is None:
        return None
    noun = (found["a"] or found["b"]).lower()
    holders = {p for p in products if p and noun in p.lower().split() and p.lower() != noun}
    return holders.pop() if len(holders) == 1 else None
