"""A flow whose subject is the makers of one product, and the balance the sector is left with.

"Italian furniture makers exported a record €12.1 billion of goods in 2022, up 9.8% from €11.0
billion": the subject is the firms that make one product (a product the vocabulary knows, then
a noun of vocab/maker_nouns.csv), so the flow is that product's, not all the country's goods
which "of goods" would otherwise make it; the change and the earlier level carried from it in
the sentence are the product's too. The checks then set it beside the product's imports and
balance ("Imports of furniture stood at €2.9 billion, leaving the sector with a trade surplus
of €9.2 billion", link/balance_products.py)."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..extract import mentions as scan
from ..model import Claim
from .commodities import canonical_label

_FLOWS = ("exports", "imports")
_CARRIED = ("same-as-previous", "goods-or-services-carried", "same-flow-carried")


@functools.cache
def _maker_subject_re() -> re.Pattern:
    makers = vocab.alternation([r["word"] for r in vocab.table("maker_nouns")], ignore_case=True)
    # "(The) (Italian|Brazil's) furniture makers exported (a record)": the product's words
    # (one or two), its makers, then a verb of the flow in the past, up to the figure
    return re.compile(rf"(?:^|[,;–—]\s*|\s-\s+)(?:[Tt]he\s+)?(?:[A-Z][\w.]*(?:['’]s?)?\s+)?(?P<p>[a-z][\w-]*(?:\s+[a-z][\w-]*)??)\s+(?:{makers})\s+"
                      r"(?P<v>exported|imported|shipped|sold)\s+(?:(?:a\s+)?(?:record|total\s+of|some|about|around|nearly|almost)\s+)*$")


def flows_of_product_makers(text: str, sents: list, claims: list[Claim], set_how) -> None:
    """A flow with no product whose sentence's subject is a product's makers takes that
    product; so do the figures carried from it in the sentence."""
    for k, c in enumerate(claims):
        if c.kind != "amount" or c.measure not in _FLOWS or c.commodity is not None or c.scope or not 0 <= c.sentence < len(sents):
            continue
        start = sents[c.sentence].start
        before = text[start:c.start]
        if " exported " not in before and " imported " not in before and " shipped " not in before and " sold " not in before:
            continue  # (cheap: most figures have no such verb before them)
        mm = _maker_subject_re().search(before)
        if mm is None or (mm["v"] == "imported") != (c.measure == "imports") and mm["v"] in ("exported", "imported"):
            continue
        found = scan.find_commodities(mm["p"])
        if len(found) != 1 or found[0].text.lower() != mm["p"].lower():
            continue  # (only a product the vocabulary knows, named whole)
        label = canonical_label(found[0].text)
        if label in ("goods", "services"):
            continue
        c.commodity = label
        set_how(c, "commodity", "flow-of-product-makers", "text")
        for f in claims[k + 1:]:
            if f.sentence != c.sentence or f.how.get("commodity") not in _CARRIED or f.commodity is not None \
                    or f.measure != c.measure or f.partner != c.partner:
                break
            f.commodity = label


_LIST_SPLIT = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


def listed_goods_of_the_sector(claims: list[Claim], set_how) -> None:
    """"Exports of aircraft, engines, equipment and space systems reached €61.5 billion, while
    imports came to €36.9 billion" in a text on a sector's trade (the headline's "aerospace
    surplus"): a list of goods every one of which is the sector's (vocab/sector_goods.csv) is
    the sector's whole flow, so it meets the sector's imports and balance. Not where another
    figure of the sector's same flow and period stands beside it (then the list is a part)."""
    if not any(c.how.get("commodity") == "flow-of-listed-goods" for c in claims):
        return  # (cheap: most texts list no goods a flow is of)
    # the sector the text is about: the one product its bare flows were read as
    scopes = {c.commodity for c in claims if c.how.get("commodity") == "article-scope" and c.commodity}
    scope = scopes.pop() if len(scopes) == 1 else None
    words = _sector_goods().get(scope)
    if not words:
        return
    for c in claims:
        if c.how.get("commodity") != "flow-of-listed-goods" or c.measure not in _FLOWS or not c.commodity:
            continue
        items = [w.strip().lower() for w in _LIST_SPLIT.split(c.commodity) if w.strip()]
        if len(items) < 2 or not all(w in words for w in items):
            continue
        if any(f is not c and f.commodity == scope and f.measure == c.measure and f.period == c.period
               and f.kind == c.kind for f in claims):
            continue  # ("aerospace exports of €70bn, of which aircraft, engines and parts €50bn")
        if not any(f.commodity == scope and f.period == c.period and f.reporter == c.reporter
                   and f.measure in ("imports", "exports", "balance") and f.measure != c.measure for f in claims):
            continue  # (only beside the sector's other flow or balance: the list completes them)
        c.extra["_listed_goods"] = c.commodity
        c.commodity = scope
        set_how(c, "commodity", "listed-goods-of-sector", "text")


@functools.cache
def _sector_goods() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for r in vocab.table("sector_goods"):
        out.setdefault(r["sector"], set()).add(r["word"].lower())
    return {k: frozenset(v) for k, v in out.items()}
