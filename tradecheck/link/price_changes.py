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
from .cues import ABS_CHANGE_BEFORE, HEDGE, UNIT_PRICE_AFTER
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


# "or" right before a percentage: the change just given in money, given again in per cent
_OR_BEFORE = re.compile(rf"^\s*,?\s*or\s+{HEDGE}$", re.I)


def _no_flow_between(s: Site, start: int) -> bool:
    """Whether no trade flow word stands between `start` and the figure."""
    return not any(start <= f.start < s.m.start and f.attrs["measure"] != "other" for f in s.ms["flow"])


@rule("measure", "change-of-other-money", "text")
def change_of_other_money(s: Site):
    """"RSS1 averaged Rs. 512.40 a kg during the year against Rs. 398.15 in 2010, a gain of
    Rs. 114.25 or 28.7 per cent": a change set after a comma right after a figure that is no
    trade flow (a price, the earlier level of one), no flow word between, is that figure's
    change, not the flow the text is about; the same change in per cent after "or" is too."""
    p = s.prev
    if s.claim.measure == "other" or p is None or p.kind != "amount" or p.measure != "other" \
            or p.extra.get("_forecast") or not _no_flow_between(s, p.end):
        return None
    if s.kind == "amount" and not p.extra.get("change_of") and "," in s.gap and ABS_CHANGE_BEFORE.search(s.gap):
        return Decision({"_change_of_other": True}, (p.start, p.end))
    if s.kind == "percent_change" and p.extra.get("_change_of_other") and _OR_BEFORE.match(s.gap):
        return Decision({}, (p.start, p.end))
    return None


def _phrases(kind: str) -> str:
    return vocab.alternation([r["phrase"] for r in vocab.table("index_referents") if r["kind"] == kind],
                             ignore_case=True, space=r"\s+")


@functools.cache
def _index_referent_re() -> re.Pattern:
    return re.compile(rf"\b(?:{_phrases('referent')})\b", re.I)


@functools.cache
def _price_comparative_re() -> re.Pattern:
    return re.compile(rf"\b(?:{_phrases('comparative')})\b", re.I)


@functools.cache
def _price_index_re() -> re.Pattern:
    # "the import price index", "the index of export prices" (price nouns: vocab/price_nouns.csv)
    prices = vocab.alternation(vocab.price_nouns(), ignore_case=True)
    return re.compile(rf"\b(?:{prices})\s+ind(?:ex|ices)\b|\bind(?:ex|ices)\s+of\s+(?:[\w-]+\s+){{0,3}}?(?:{prices})\b", re.I)


@functools.lru_cache(maxsize=8)
def _names_a_price_index(text: str) -> bool:
    """Whether the text names a price index (read once per text)."""
    return "ind" in text and _price_index_re().search(text) is not None  # (the word checked first: cheap)


def _own_flow_before(s: Site, start: int) -> int:
    """Where the last flow word that is a trade flow ends between `start` and the figure, or
    `start` where there is none."""
    end = start
    for f in s.ms["flow"]:
        if start <= f.start < s.m.start and f.attrs["measure"] != "other":
            end = max(end, f.end)
    return end


@rule("measure", "index-referent", "text")
def index_referent(s: Site):
    """"The index of import prices fell 3.1% on the year. The annual rate of change had been
    -2.8% in May, and the index rose by 0.3% on the month": in a text that names a price
    index, "the index" or "the rate of change" (vocab/index_referents.csv, kind "referent")
    as the subject of a change, with no flow word after it, is the index: a price, no flow."""
    if s.kind != "percent_change" or s.claim.measure == "other":
        return None
    start = s.sent.start  # (a list of its changes runs on: "-2.8% in May and -3.0% in April")
    clause = s.text[start:s.m.start]
    if "index" not in clause and "rate" not in clause:  # (checked first: cheap)
        return None
    ref = None
    for ref in _index_referent_re().finditer(clause):
        pass
    if ref is None or _own_flow_before(s, start + ref.end()) > start + ref.end():
        return None  # ("the index rose, and exports fell 2%": the flow's)
    return Decision({}) if _names_a_price_index(s.text) else None


# stems of the comparative phrases (vocab/index_referents.csv), any case of their first letter
_COMPARATIVE_STEMS = ("ost", "heaper", "earer", "ricier", "xpensive")


@rule("measure", "price-comparative", "text")
def price_comparative(s: Site):
    """"Imported fruit was dearer, with bananas costing a third more than a year before
    (+33.0%)": a product's price compared (vocab/index_referents.csv, kind "comparative")
    after the sentence's last flow word and before a change makes the change the price's, no
    flow's. ("Despite cheaper oil, imports rose 5%": the flow word after it keeps the change.)"""
    if s.kind != "percent_change" or s.claim.measure == "other":
        return None
    start = _own_flow_before(s, s.sent.start)
    clause = s.text[start:s.m.start]
    if not any(w in clause for w in _COMPARATIVE_STEMS):
        return None  # (the phrases' stems, checked first: cheap)
    return Decision({}) if _price_comparative_re().search(clause) else None


@functools.cache
def _price_of_re() -> re.Pattern:
    prices = vocab.alternation(vocab.price_nouns(), ignore_case=True)
    return re.compile(rf"\b(?:{prices})\s+(?:of|for)\s+(?:[\w-]+\s+){{0,2}}$", re.I)


@rule("measure", "price-of-traded-goods", "text")
def price_of_traded_goods(s: Site):
    """"Prices of imported vegetables rose 2.4% year on year": the flow word names the goods
    whose price a price noun (vocab/price_nouns.csv) before it is of; their change is the
    price's, no flow's."""
    f = s.flow
    if s.kind != "percent_change" or s.claim.measure == "other" or f is None or f.start >= s.m.start:
        return None
    before = s.text[max(s.sent.start, f.start - 40):f.start]
    if "pric" not in before.lower():  # (checked first: cheap)
        return None
    return Decision({}) if _price_of_re().search(before) else None


@functools.cache
def _change_in_price_or_volume_re() -> re.Pattern:
    """A change noun after the figure, then a flow's price or volume: "fall in the average
    export price", "decline in export volumes", "rise in the price of imports", "decline in
    prices" (change words:
    vocab/changes.csv; price and volume nouns: vocab/price_nouns.csv, vocab/volume_nouns.csv)."""
    changes = vocab.alternation(sorted(vocab.changes()), ignore_case=True)
    nouns = vocab.alternation(vocab.price_nouns() + sorted(vocab.volume_nouns()), ignore_case=True, space=r"\s+")
    # (or the noun alone, the flow said before it: "The fall in exports was due to a 4.2%
    # decline in prices")
    return re.compile(rf"\s+(?:{changes})\s+in\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)?"
                      rf"(?:(?:export|import|exports|imports)\s+(?:{nouns})\b|(?:{nouns})\s+of\s+(?:[\w-]+\s+)?(?:exports|imports)\b)"
                      rf"|\s+(?:{changes})\s+in\s+(?:the\s+|their\s+)?(?:{nouns})\b(?!\s+of\b)", re.I)


@rule("measure", "change-in-price-or-volume", "text")
def change_in_price_or_volume(s: Site):
    """"a 36.0% fall in the average export price of crude oil and a 7.3% decline in export
    volumes": the change noun after the figure is of a flow's price or its volume, so the
    change is no change of the flow's money value (which moves by both together)."""
    if s.kind not in ("percent_change", "multiple") or s.claim.measure == "other":
        return None
    head = s.after[:70].lower()
    if "pric" not in head and "olum" not in head and "quantit" not in head and "tonnage" not in head:
        return None  # (the nouns' stems, checked first: cheap)
    return Decision({}) if _change_in_price_or_volume_re().match(s.after) else None
