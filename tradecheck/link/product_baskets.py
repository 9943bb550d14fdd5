"""A flow of a basket of products named as the flow's object, with its place after or before
it:

- "Shipments of drones and other "dual-use" parts to Iran were worth $8 million": the
  products between "of" and the place, even when the vocabulary knows none of them (a
  watch-list's words are often quoted, "other ... parts" says a basket);
- "imports of "common high priority" (CHP) items": a basket named in quotes, by the
  abbreviation the text gives it;
- "Greek exports to Syria of 30 items on the EU's control list rose to $4 million": a
  counted set of products ("30 items", "12 product codes", vocab/basket_nouns.csv), perhaps
  with the list it is on.

Either is a part of the pair's flow, never its whole: a figure read so must not stand in for
the pair's total when the text gives that too.

This module finds the words; commodities.py names the product."""
from __future__ import annotations

import functools
import re

from .. import vocab

# a quoted word of a basket's name: "high-priority", “dual-use”
_WORD = r"[\"“”‘’']?[a-z][\w’'-]*[\"“”‘’']?"
# the place of the flow: "to Russia", "from the United Arab Emirates"
_PLACE = r"(?:to|from)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}"


@functools.cache
def _basket_before_place_re() -> re.Pattern:
    # "Exports of microchips and other "high-priority" components to Russia were": a basket
    # is several products ("and", "or", "other") or one with a quoted word; the place, then a
    # verb or the figure (no more words)
    return re.compile(rf"\b(?:[Ee]xports|[Ii]mports|[Ss]hipments|[Ss]ales|[Dd]eliveries)\s+of\s+"
                      rf"(?P<np>{_WORD}(?:\s+{_WORD}){{1,6}}?)\s+{_PLACE}\s+(?:[a-z]+\s+){{1,3}}$")


@functools.cache
def _counted_basket_re() -> re.Pattern:
    nouns = vocab.alternation([r["word"] for r in vocab.table("basket_nouns")], ignore_case=True, space=r"\s+")
    counts = vocab.alternation([w for w, v in vocab.number_words().items() if v == int(v) and v >= 2], ignore_case=True)
    # "exports to Russia of 45 items on the West's "high-priority" list": the count, up to two
    # words before its noun, then the list it is on when named
    return re.compile(rf"\b(?:exports|imports|shipments|sales|deliveries)\s+(?:{_PLACE}\s+)?of\s+"
                      rf"(?P<np>(?:\d[\d,]*|{counts})\s+(?:[\w’'\"“”-]+\s+){{0,2}}?(?:{nouns})\b"
                      rf"(?:\s+(?:on|in|from|under)\s+(?:the\s+)?[^,;:–—()\d$]{{1,50}}?\b(?:list|lists|schedule|annex|catalogue))?)",
                      re.I)


# "imports of "common high priority" (CHP) items", "exports of “dual-use” goods": a flow of
# a basket named in quotes, perhaps with the abbreviation the text goes on to use
_QUOTED_BASKET = re.compile(r"\b(?:exports|imports|shipments|sales|deliveries)\s+of\s+(?:the\s+)?[\"“](?P<name>[^\"“”]{3,60})[\"”]"
                            r"(?:\s*\((?P<abbr>[A-Z]{2,6})\))?", re.I)


def quoted_basket(clause: str) -> tuple[str, int, int] | None:
    """The basket a flow is of when its name is quoted ("imports of "common high priority"
    (CHP) items"): the abbreviation defined beside it (the name the text goes on to use,
    "Russia's CHP imports"), else the quoted name; with the span of the quoted words in
    `clause` (a product word inside them is part of the basket's name). None where the
    clause has no such flow."""
    if "\"" not in clause and "“" not in clause:
        return None  # (cheap)
    found = _QUOTED_BASKET.search(clause)
    if found is None:
        return None
    return (found["abbr"] or found["name"]).lower(), found.start("name"), found.end("name")


def _unquoted(np: str) -> str:
    return re.sub(r"[\"“”‘’]|(?<!\w)'|'(?!\w)", "", np)


def basket_before_place(clause: str) -> str | None:
    """The basket's words in "Exports of <products> to <place> <verb>" at the end of
    `clause` (the words before the figure), without quote marks; None where the words are
    one plain product (read by the readings before) or none."""
    if " of " not in clause or (" to " not in clause and " from " not in clause):
        return None  # (cheap: most clauses have no such flow)
    found = _basket_before_place_re().search(clause)
    if found is None:
        return None
    np = found["np"]
    if not re.search(r"\b(?:and|or|other)\b|[\"“”‘]", np):
        return None
    return _unquoted(np)


def counted_basket(clause: str) -> str | None:
    """The counted set of products a flow is of ("45 items on the West's high-priority
    list"), without quote marks; None where the clause names none."""
    if " of " not in clause:
        return None  # (cheap)
    found = _counted_basket_re().search(clause)
    return _unquoted(found["np"]).lower() if found else None
