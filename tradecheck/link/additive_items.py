"""A figure a sentence adds as one more item: "Wool tops earned $300 million. In addition,
40,000 rugs were sold abroad for $9 million": the $9 million is of another item the reading
may not name (no product known for "rugs"), never the whole flow the products before belong
to. Read as the whole, it would make the $300 million a part that "exceeds" it."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..model import Claim

# the scope a figure of some item left unnamed gets (as in claims._unnamed_parts): a key of its
# own, a part of the flow, never the flow itself
UNNAMED_PART = "an unnamed part"


@functools.cache
def _additive_opener_re() -> re.Pattern:
    openers = vocab.alternation([r["phrase"] for r in vocab.table("additive_openers")], ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*[\"“]?(?:{openers})\s*,", re.I)


@functools.cache
def _added_further_re() -> re.Pattern:
    """A verb of adding or contributing and "a further"/"another" right before a figure
    ("Yachts, a niche, added a further $2 billion"): the figure is one more item, its own
    product perhaps lost to an aside between subject and verb."""
    verbs = vocab.alternation([r["word"] for r in vocab.table("addition_verbs")]
                              + [r["phrase"] for r in vocab.table("contribution_verbs")], ignore_case=True, space=r"\s+")
    more = vocab.alternation([r["phrase"] for r in vocab.table("added_item_quantifiers")], ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{verbs})\s+(?:{more})\s+$", re.I)


# words that make the added figure a whole after all ("In addition, total exports reached")
_WHOLE_WORDS = re.compile(r"\b(?:total|overall|all|combined|altogether|aggregate)\b", re.I)


def added_items_are_no_wholes(text: str, sents: list, claims: list[Claim]) -> None:
    """Give a scope of its own to a money figure with no product in a sentence opened by an
    additive word (vocab/additive_openers.csv, "In addition,"), when a figure of the same
    reporter and flow before it names a product: it is another item, not their whole."""
    starts = None
    for k, c in enumerate(claims):
        if c.kind != "amount" or c.commodity or c.scope or c.measure not in ("exports", "imports") or c.partner != "WLD":
            continue
        if starts is None:
            starts = {x.index: x.start for x in sents}
        start = starts.get(c.sentence)
        if start is None or _WHOLE_WORDS.search(text, start, c.start):
            continue
        # (an opener of the sentence, or the verb right before the figure: cheap test first)
        if not _additive_opener_re().match(text, start) and not (
                any(w in text[max(start, c.start - 40):c.start] for w in ("further", "other", "additional", "extra"))
                and _added_further_re().search(text, max(start, c.start - 60), c.start)):
            continue
        if any(p.kind == "amount" and p.commodity and p.sentence != c.sentence and p.reporter == c.reporter
               and p.measure == c.measure for p in claims[:k]):
            c.scope = UNNAMED_PART
