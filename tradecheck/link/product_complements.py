"""A share of a flow whose product is named after a copula: "About half of the exports to
India was electricity" is electricity's share of the exports to India, not India's share of
all exports. The share's part is the product's flow, and its whole the same flow of all goods
(the pair the share was read with: the place the "of" phrase names).

Read only where the words right after the share are "of (the) <flow word>", at most a place
phrase, then "was/were/is/are" and a product the vocabulary knows, nothing else between."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..extract.mentions import find_commodities
from ..model import Claim
from .commodities import canonical_label


@functools.cache
def _of_flow_then_copula() -> re.Pattern:
    flows = vocab.alternation([w for w, (measure, _) in vocab.flows().items() if measure in ("exports", "imports")],
                              ignore_case=True, space=r"\s+")
    # "of the exports to India was ", "of its imports from China were ": the flow, a place
    # phrase of a few capitalised words, then the copula
    return re.compile(rf"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:{flows})(?:\s+(?:to|from)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,2}})?"
                      r"\s+(?:was|were|is|are)\s+", re.I)


def products_of_shares_of_a_flow(text: str, claims: list[Claim]) -> None:
    """Give a share followed by "of the <flow> ... was <product>" that product, its whole the
    same flow of all goods."""
    for c in claims:
        if c.kind != "share" or c.commodity or c.measure not in ("exports", "imports") \
                or not text.startswith(" of ", c.end):  # (cheap: the "of" right after it)
            continue
        mm = _of_flow_then_copula().match(text, c.end)
        if mm is None:
            continue
        # (the product's words open the complement: "electricity from Chhukha ...")
        named = find_commodities(text[mm.end():mm.end() + 60])
        if not named or named[0].start != 0:
            continue
        c.commodity = canonical_label(named[0].attrs.get("label") or named[0].text)
        c.extra["_whole_commodity_none"] = True
        c.how["commodity"], c.basis["commodity"] = "product-after-copula", "text"
