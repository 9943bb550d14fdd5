"""The form of a product named right before its word: "rough diamonds", "polished lab-grown
diamonds", "cut & polished diamonds", "bulk wine" (vocab/product_forms.csv).

A form is a product of its own: "Exports of cut & polished diamonds fell 27.5%" and
"Polished lab-grown diamond exports fell 15.7%" are two different series, not one figure of
"diamonds" stated twice, and "- Bulk wine: ... worth €374 million" is a part of all wine."""
from __future__ import annotations

import functools
import re

from .. import vocab


@functools.cache
def _forms_before_re() -> re.Pattern:
    form = vocab.alternation(vocab.product_forms(), ignore_case=True, space=r"[\s-]+")
    return re.compile(rf"(?<![\w-])(?P<forms>(?:{form})(?:(?:\s*&\s*|\s+and\s+|\s+)(?:{form}))*)\s+$", re.I)


def form_before(text: str, start: int, pos: int) -> str | None:
    """The forms named between `start` and the product word at `pos` right before it,
    lower-cased, "and" written "&" ("Cut and polished" -> "cut & polished"); None where none."""
    mm = _forms_before_re().search(text, max(start, pos - 48), pos)
    if mm is None:
        return None
    forms = re.sub(r"\s+", " ", mm["forms"].lower())
    return re.sub(r"\s*&\s*|\s+and\s+", " & ", forms)


@functools.cache
def _made_goods_after_re() -> re.Pattern:
    noun = vocab.alternation(vocab.made_goods(), ignore_case=True, space=r"\s+")
    # the goods, then the rest of a list they open ("cotton yarn, fabrics, made-ups and
    # handloom products"): each item one word, or one word and a goods noun
    item = r"[a-z][\w-]*(?:\s+(?:products|goods|items))?"
    return re.compile(rf"\s+(?:{noun})\b(?:,\s+{item}(?=[,\s]))*(?:,?\s+(?:and|&)\s+{item}\b)?", re.I)


def made_goods_after(text: str, end: int) -> str | None:
    """The goods made of a material named right after its word ending at `end` ("Cotton yarn,
    fabrics and made-ups earned $8bn": cotton yarn, fabrics and made-ups, no figure of raw
    cotton), lower-cased with the material's word; None where none follow."""
    if end >= len(text) or not text[end].isspace():
        return None
    mm = _made_goods_after_re().match(text, end)
    return re.sub(r"\s+", " ", mm.group(0).strip().lower()) if mm else None
