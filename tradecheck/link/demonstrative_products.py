"""A demonstrative product noun ("these products", "such goods") pointing back to the product
its own sentence opened with, when no figure before carried a product to it:
"Medical instruments (HS 90) stayed the top line, although exports of these instruments fell
5% to $4bn from $4.2bn": the instruments, not all goods.

Read only where the sentence opens on a noun phrase with the demonstrative's own head noun
("Medical and dental products ... these products") and a product the vocabulary knows inside
it, so the reading is one the writer plainly set up; otherwise none (the caller keeps its own)."""
from __future__ import annotations
import functools
import re

# "these products", "such goods": the demonstrative and its noun
_DEMONSTRATIVE_NOUN = re.compile(r"\b(?:these|those|such)\s+(?P<noun>[a-z]+)\b", re.I)


@functools.cache
def _opening_with_head(noun: str) -> re.Pattern:
    # the sentence's first words: up to five, modifiers joined by "and" or a comma, ending in
    # the same head noun as the demonstrative's
    return re.compile(rf"\s*(?:The\s+)?(?P<np>[A-Z][\w'-]*(?:(?:\s+and|,)?\s+[\w'-]+){{0,4}}?\s+{re.escape(noun)})\b", re.I)


def product_the_sentence_opened_on(text: str, sent_start: int, pos: int, commodities, label_of) -> str | None:
    """The product noun phrase the sentence opens on, for the demonstrative noun last before
    `pos` (`label_of`: the caller's label of a phrase; `commodities`: product mentions)."""
    found = None
    for found in _DEMONSTRATIVE_NOUN.finditer(text, sent_start, pos):
        pass
    if found is None:
        return None
    mm = _opening_with_head(found["noun"].lower()).match(text, sent_start, found.start())
    if mm is None:
        return None
    if not any(mm.start("np") <= x.start and x.end <= mm.end("np") for x in commodities):
        return None  # no known product in the opening words: a company, a place, a sector
    return label_of(mm["np"])
