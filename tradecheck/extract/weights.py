"""Pounds that are weight, not money. "Ecuador shipped 2,612 million pounds of shrimp",
"pork exports totalled 6.4 billion pounds, valued at $8.1 billion": the word "pounds" after
a number is the currency of Britain or Egypt only where nothing says the text weighs its
goods in pounds. (The sign "£" is always money; only the bare word is read here.)"""
from __future__ import annotations

import functools
import re

# a weight in "lb" anywhere in the text ("Other markets: 322 million lb", "$2.37/lb")
_LB_IN_TEXT = re.compile(r"(?:\d|/|\b(?:thousand|million|billion|mn|bn|m))\s*lbs?\b", re.I)
# pounds converted into a metric weight in brackets anywhere in the text ("2,358 million
# pounds (around 1.07 million tonnes)"): the text weighs its goods in pounds
_POUNDS_IN_TONNES = re.compile(r"\bpounds\s*\((?:about\s+|around\s+|some\s+|nearly\s+)?\d[\d.,]*\s+(?:(?:thousand|million|billion)\s+)?(?:metric\s+)?(?:tonnes|tons|kg|kilos|kilograms)\b", re.I)
# "pounds of shrimp": the product weighed, right after the word
_OF_PRODUCT = re.compile(r"\s+of\s+(?:(?:fresh|frozen|raw|whole|live|chilled)\s+)?(?P<w>[a-z][a-z-]+)", re.I)
# "2.3 billion pounds in 2023, valued at $9.5 billion": the goods' value given after their weight
_VALUE_AFTER = re.compile(r"(?:[^.;$€£¥\d]|\b(?:19|20)\d\d\b){0,40}?\b(?:worth|valued\s+at|with\s+a\s+value\s+of)\s+(?:about\s+|around\s+|some\s+|nearly\s+)?(?:[A-Z]{0,3}\$|[€¥]|USD|EUR)")

# money in a currency other than pounds, and pounds converted into one in brackets
_OTHER_MONEY = re.compile(r"[$€¥]|\b(?:dollars?|euros?|yen|yuan|USD|EUR)\b")
_POUNDS_CONVERTED = re.compile(r"\bpounds?\b[^()\n]{0,30}\(\s*(?:about\s+|around\s+|some\s+)?(?:[A-Z]{0,3}\$|€|USD|EUR)", re.I)


def is_weight(text: str, token: str, end: int) -> bool:
    """Whether an amount read with the bare word "pound(s)" as its currency, ending at `end`,
    is a weight: the text weighs in "lb" elsewhere, a product follows ("pounds of shrimp"),
    or a value in another currency does ("pounds, valued at $9.5 billion"), or the text gives
    pounds' metric weight in brackets ("pounds (around 1.07 million tonnes)")."""
    if token not in ("pounds", "pound"):
        return False
    if _LB_IN_TEXT.search(text) or _VALUE_AFTER.match(text, end) or _POUNDS_IN_TONNES.search(text):
        return True
    # "Britain sold 4.2 billion pounds of cars": in British English a product after pounds is
    # still money; it is weighed only in a text whose money is in another currency and
    # whose pounds are never converted into it ("4.2 billion pounds ($5.3 billion)")
    if not _OTHER_MONEY.search(text) or _POUNDS_CONVERTED.search(text):
        return False
    of = _OF_PRODUCT.match(text, end)
    return of is not None and _names_a_product(of["w"])


@functools.lru_cache(maxsize=256)
def _names_a_product(word: str) -> bool:
    """A product the vocabulary knows (vocab/commodities.csv), not a money noun
    ("pounds of investment", "of exports", "of goods": money)."""
    from .. import vocab
    from .mentions import find_commodities

    if word.lower() in vocab.goods_nouns() or word.lower() == "services":
        return False  # ("pounds of goods": goods in general, money's usual measure)
    found = find_commodities(word)
    return bool(found) and found[0].start == 0 and found[0].end == len(word)
