"""A percentage change set between unit prices is the price's change, not the flow's:

- "the average export price climbed to US$615 per ton from US$512 per ton, an increase of
  about 20 percent": the change in apposition after the two prices;
- "Export quotations eased to US$575 per ton in mid-July, down 10.2 percent from US$640 per
  ton": the change between the price it reached and the price it came from;
- "FOB prices averaged $1,050 a tonne, up 8% from $972 a tonne".

A flow word between the price and the change ("..., while exports rose 5%") gives the change
back to that flow, and so does a change followed by a money level that is no price."""
from __future__ import annotations

import functools
import re

from .. import vocab
from .cues import HEDGE, UNIT_PRICE_AFTER
from .rules import Decision, rule
from .site import Site


@functools.cache
def _change_apposition_re() -> re.Pattern:
    """The words right before a change that is said of the figure before it: ", an increase
    of about", ", up", ", down by", ", or" (change words from vocab/changes.csv)."""
    words = vocab.alternation(sorted(vocab.changes()), ignore_case=True)
    return re.compile(rf",\s*(?:(?:an?\s+)?(?:{words})(?:\s+(?:of|by))?|or)\s+{HEDGE}$", re.I)


# "from US$640 per ton": the price a change started from, right after it
_FROM_PRICE = re.compile(rf"\s*from\s+{HEDGE}(?:[A-Z]{{1,3}}\s?)?(?:[$€£¥₹]|Rs\.?|EUR|USD)\s*\d[\d.,]*")


def _from_a_unit_price(after: str) -> bool:
    """Whether the level a change started from, right after it, is a price per unit."""
    start = _FROM_PRICE.match(after)
    return bool(start) and UNIT_PRICE_AFTER.match(after[start.end():]) is not None


@rule("measure", "change-between-unit-prices", "text")
def change_between_unit_prices(s: Site):
    """A percentage change whose figure before it in the sentence is a unit price, with no
    flow word between, and which either stands in apposition to that price or runs from
    another unit price after it: the change of the price."""
    p = s.prev
    if s.kind != "percent_change" or s.claim.measure == "other" or p is None or p.kind != "amount":
        return None
    if not UNIT_PRICE_AFTER.match(s.text[p.end:s.m.start]):
        return None
    if any(p.end <= f.start < s.m.start and f.attrs["measure"] != "other" for f in s.ms["flow"]):
        return None  # ("$512 per ton, while exports rose 5 percent": the flow's)
    if _change_apposition_re().search(s.text, p.end, s.m.start) or _from_a_unit_price(s.after):
        return Decision({}, (p.start, p.end))
    return None
