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
