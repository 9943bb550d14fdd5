"""Money of one item: "Take a smartphone leaving a factory in Bac Ninh with a declared
export value of $400", and the breakdown of that price after it ("Display module (Korea)
$90"). A money figure with no scale word and a value of a few thousand at most, in a text
that states its trade in millions or more, is the price of one thing (a phone, a car, a
tourist's spending), no level of a country's trade: it is read as money of no trade flow, so
it is set against no flow's level."""
from __future__ import annotations

import functools
import re

from .. import vocab
from .rules import Decision, rule
from .site import Site

# below this a money figure with no scale word is an item's price where the text's flows
# are in millions or more (the smallest trade flows a text states are in thousands)
ITEM_PRICE_BELOW = 10_000


@functools.cache
def _large_money_re() -> re.Pattern:
    """A number with a scale word of a million or more ("$371 billion", "Rs 1,454.6 crore")."""
    words = [w for w, mult in vocab.scales().items() if mult >= 1e6]
    return re.compile(rf"\d\s*(?:{vocab.alternation(words, ignore_case=True)})\b", re.I)


@functools.lru_cache(maxsize=16)
def _states_large_money(text: str) -> bool:
    return _large_money_re().search(text) is not None


@rule("measure", "money-of-one-item", "text")
def money_of_one_item(s: Site):
    """An unscaled money figure of a few thousand at most in a text of millions: an item's price."""
    if s.kind != "amount" or s.claim.measure == "other" or s.m.attrs.get("scaled", True):
        return None
    if not s.m.value or s.m.value >= ITEM_PRICE_BELOW or not _states_large_money(s.text):
        return None
    return Decision({})


@rule("measure", "price-of-one-item", "text")
def price_of_one_item(s: Site):
    """"A BYD Atto 3 sells for about EUR 38,000 in Germany versus the equivalent of roughly EUR
    20,000 in China": money with no scale word right after words of what one item sells for
    (vocab/price_verbs.csv) is its price, and so is such money set beside that price in the
    same sentence with no flow word between; no trade flow."""
    if s.kind != "amount" or s.claim.measure == "other" or s.m.attrs.get("scaled", True):
        return None
    if _price_verb_before().search(s.text, max(s.sent.start, s.m.start - 40), s.m.start):
        return Decision({})
    p = s.prev
    if p is not None and p.how.get("measure") == "price-of-one-item" \
            and not any(p.end <= f.start < s.m.start for f in s.ms["flow"]):
        return Decision({})
    return None


@functools.cache
def _price_verb_before() -> re.Pattern:
    words = vocab.alternation([r["phrase"] for r in vocab.table("price_verbs")], ignore_case=True, space=r"\s+")
    hedges = vocab.alternation(vocab.hedges(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{words})\s+(?:(?:{hedges})\s+)?(?:the\s+equivalent\s+of\s+)?(?:\S{{1,4}}\s?)?$", re.I)
