"""A share whose whole is goods the text named before, written "N% of the <goods>" with no
flow word: "Germany took about 40% of the turbines, or $2bn" is a share of the turbine
exports, not of all the country's exports.

Read only for a plural noun phrase the text has already used (so "the turbines" points back
to goods it spoke of) that names a product (not a place, a flow or a word of
vocab/not_products.csv, and no use of a good: vocab/demand_share_words.csv)."""
from __future__ import annotations
import functools
import re

from .. import vocab

# ", or about 40% of the turbines," the share's "of the", then one to three words ending in a
# plural noun, then the end of the phrase
_OF_THE_GOODS = re.compile(r"\s*of\s+the\s+(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?s)(?=\s*[,.;)])")


def goods_the_share_is_of(text: str, m_start: int, after: str, label_of) -> str | None:
    """The product label (`label_of`: the caller's reading of a noun phrase as a product, None
    when it names none) of the goods the share right after `after`'s start is of."""
    if not after.lstrip().startswith("of the "):
        return None  # (cheap test first)
    mm = _OF_THE_GOODS.match(after)
    if mm is None:
        return None
    np = mm["np"]
    words = np.lower().split()
    if any(w in vocab.not_products() for w in words) or any(w in _use_nouns() for w in words):
        return None
    if not re.search(rf"\b{re.escape(words[-1])}\b", text[:m_start], re.I):
        return None  # goods the text never named before: no whole to point back to
    return label_of(np)


@functools.cache
def _use_nouns() -> frozenset[str]:
    return frozenset(r["phrase"] for r in vocab.table("demand_share_words") if r["kind"] == "noun")
