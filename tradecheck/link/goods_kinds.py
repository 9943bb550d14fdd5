"""A flow named by every broad kind of goods at once: "exports of farm, mining and factory
goods rose 4% to $2bn", "its agricultural, mineral and manufactured exports". The kinds
listed together (vocab/goods_kinds.csv) make up all the goods the place trades, so the
figure is its total, not the product of the last kind named ("manufactured goods"), which
would keep it from the quarters and the half year it adds up with."""
from __future__ import annotations

import functools
import re

from .. import vocab


@functools.cache
def _kinds_list_re() -> re.Pattern:
    kind = vocab.alternation(list(vocab.goods_kinds()), ignore_case=True)
    return re.compile(rf"\b(?P<list>(?:{kind})(?:\s*,\s*(?:{kind}))*\s*,?\s+(?:and|&)\s+(?:{kind}))\s+"
                      r"(?:goods|products|commodities|merchandise|exports|shipments|sales)\b", re.I)


def names_every_kind(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] names goods by a list of their broad kinds that covers every
    kind ("agricultural, mineral and manufactured goods"; not "farm and factory goods")."""
    if " and " not in text[start:end] and "&" not in text[start:end]:
        return False  # (cheap: a list needs its conjunction)
    kinds = vocab.goods_kinds()
    every = set(kinds.values())
    for mm in _kinds_list_re().finditer(text, start, end):
        named = {kinds[w.lower()] for w in re.findall(r"[\w-]+", mm["list"]) if w.lower() in kinds}
        if named == every:
            return True
    return False


def is_a_kind(label: str | None) -> bool:
    """Whether a product label is one broad kind of goods ("manufactured goods", "mining")."""
    return bool(label) and label.split()[0].lower() in vocab.goods_kinds()
