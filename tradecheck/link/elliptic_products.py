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


@functools.cache
def _bare_form_re() -> re.Pattern:
    forms = vocab.alternation(vocab.product_forms(), ignore_case=True, space=r"[\s-]+")
    return re.compile(rf"(?<![\w&-])(?<!&\s)(?P<form>{forms})\s+(?:trade|exports|imports|shipments|sales)\b", re.I)


def form_said_short(text: str, sent_start: int, pos: int, products: tuple) -> str | None:
    """"Rough diamond trade accounted for $22.4bn, while polished trade reached $17.7bn": a
    form of a product (vocab/product_forms.csv) said alone right before a flow noun, in the
    sentence before `pos`, after the text named another form of one product (`products`, in
    order): that product in the form said ("polished diamond"); None where no form stands
    alone, the text named the product in that form already, or the forms named before are of
    no product or of more than one."""
    head = text[sent_start:pos].lower()
    if not any(w in head for w in vocab.product_forms()):
        return None  # (cheap: no form word)
    found = None
    for found in _bare_form_re().finditer(text, sent_start, pos):
        pass
    if found is None or _after_a_balance_prefix(text, sent_start, found.start()):
        return None
    form = re.sub(r"[\s-]+", " ", found["form"].lower())
    bases = set()
    for p in products:
        words = (p or "").lower().split()
        if len(words) > 1 and words[0] in _form_words():
            if words[0] == form:
                return None  # ("polished diamonds" named before: the text's own product, read as it reads it)
            bases.add(" ".join(words[1:]))
    return f"{form} {bases.pop()}" if len(bases) == 1 else None


def _after_a_balance_prefix(text: str, sent_start: int, pos: int) -> bool:
    """Whether the word before `pos` makes the flow a balance ("Net polished imports were
    $2.25bn": net imports, a series the text's net exports would be confused with) or names
    it before its returns ("gross"): left to the readings of balances."""
    words = text[max(sent_start, pos - 12):pos].lower().split()
    return bool(words) and (words[-1] in vocab.balance_prefixes() or words[-1] == "gross")


@functools.cache
def _form_words() -> frozenset[str]:
    return frozenset(w.lower() for w in vocab.product_forms() if " " not in w)
