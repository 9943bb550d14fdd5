"""A headline's one word between a place and its flow, which the body names as a product.

"Chile's wine exports jump 12%" over "exports of wine rose 12.1% to $2.1 billion": one word
after a place's possessive is as often a kind of the flow ("Uganda's informal exports rise")
as a product, so the headline alone does not make it one (link/commodities.py,
`_change_subject_label`). But where the body gives a flow of the same reporter under that
word as its product ("wines", "wine"), the headline's figure is that product's, not all the
reporter's goods (whose total the body may give too: "overall shipments fell 4.6%").

A headline on one product's flow ("Drought cuts Canadian electricity exports") also leaves the
body's bare "exports" figures a guess: they may be that product's or the whole flow's. The
reading keeps them bare (a headline scope misreads texts that move on to the totals) but marks
them, so that a figure of another named product is not set against them as a part of its whole
(check/bound.py)."""
from __future__ import annotations

import functools
import re

from ..model import Claim
from .balance_products import _label_key
from .commodities import canonical_label

_FLOWS = ("exports", "imports")
# "China's ship exports", "Peru’s grape imports": a place's possessive, one lower-case word,
# then the flow, up to the figure
_OWNER_WORD_FLOW = re.compile(r"['’]s?\s+(?P<w>[a-z][a-z-]+)\s+(?P<flow>exports|imports)\b")


def headline_owner_word_products(text: str, sents: list, claims: list[Claim], set_how) -> None:
    """Headline figures of a flow with no product, whose subject is "<place>'s <word>
    <flow>", take the product of another sentence's flow of the same reporter named by that
    word (the lead may count as headline too)."""
    for c in claims:
        if not (c.extra.get("_headline") or c.sentence == 0) or c.commodity is not None or c.measure not in _FLOWS or c.scope \
                or not 0 <= c.sentence < len(sents):
            continue
        start = sents[c.sentence].start
        if "'" not in text[start:c.start] and "’" not in text[start:c.start]:
            continue  # (cheap: most headlines have no possessive)
        found = list(_OWNER_WORD_FLOW.finditer(text, start, c.start))
        if not found or found[-1]["flow"] != c.measure:
            continue
        key = _label_key(found[-1]["w"])
        if key is None:
            continue
        label = next((b.commodity for b in claims if b.sentence != c.sentence and b.commodity and b.measure == c.measure
                      and (b.reporter, b.partner) == (c.reporter, c.partner) and _label_key(b.commodity) == key), None)
        if label is not None:
            c.commodity = label
            set_how(c, "commodity", "headline-word-the-body-names", "text")


# the word right before the headline's flow word: "Israeli tech exports"
_WORD_FLOW = re.compile(r"\b(?P<w>[\w-]+)\s+(?P<flow>exports|imports)\b", re.I)
# a word of a product label: "high-tech" gives "high" and "tech"
_LABEL_WORD = re.compile(r"[a-z]+")
# how near two figures must be to be one figure stated twice ("$73.5b" and "$73.5 billion")
_SAME_FIGURE = 0.001


def headline_figures_the_body_restates(text: str, sents: list, claims: list[Claim], set_how) -> None:
    """"Israeli tech exports hold steady at $73.5b" over "high-tech exports totaled $73.5
    billion in 2023": a headline figure of a flow with no product, whose word right before
    its flow word is a word of the product of another sentence's figure of the same flow,
    reporter, period and value, is that figure stated again, so that product's, not the
    reporter's whole flow (whose total the body may give too). (The lead may count as
    headline too; "Nickel downstreaming lifts exports to $33.8b" names no product of its flow.)"""
    for c in claims:
        if not (c.extra.get("_headline") or c.sentence == 0) or c.kind != "amount" or c.commodity is not None or c.measure not in _FLOWS \
                or c.scope or not c.value or not 0 <= c.sentence < len(sents):
            continue
        before = list(_WORD_FLOW.finditer(text, sents[c.sentence].start, c.start))
        if not before or before[-1]["flow"].lower() != c.measure:
            continue
        words = set(_LABEL_WORD.findall(before[-1]["w"].lower()))
        same = next((b for b in claims if b.sentence != c.sentence and b.kind == "amount" and b.commodity
                     and b.measure == c.measure and b.currency == c.currency
                     and (b.reporter, b.partner, b.period) == (c.reporter, c.partner, c.period)
                     and b.value and abs(b.value - c.value) <= _SAME_FIGURE * abs(c.value)), None)
        if same is not None and words & set(_LABEL_WORD.findall(same.commodity.lower())) - {"and", "of", "other"}:
            c.commodity = same.commodity
            set_how(c, "commodity", "headline-figure-the-body-restates", "text")


# the headline's product, then its flow word ("... Canadian electricity exports to ...")
_FLOW_AFTER = re.compile(r"\s+(?:exports?|imports?|shipments|sales)\b", re.I)
# a figure's words that make it the whole flow, not the headline's product
_WHOLE_WORDS = re.compile(r"\b(?:total|overall|all|combined|merchandise|goods|aggregate)\b", re.I)


def headline_product(text: str, sents, commodities) -> str | None:
    """The product whose flow the headline names, when it names one product's flow only."""
    if len(sents) < 2:
        return None
    head = sents[0]
    named = [x for x in commodities if head.start <= x.start < head.end and _FLOW_AFTER.match(text, x.end, head.end)]
    labels = {canonical_label(x.text) for x in named}
    if _WHOLE_WORDS.search(text, head.start, head.end):
        return None
    if not labels:
        labels = {_word_the_lead_repeats(text, sents)} - {None}
    if len(labels) != 1:
        return None
    label = labels.pop()
    return None if label in (None, "goods", "services") else label


def _word_the_lead_repeats(text: str, sents) -> str | None:
    """A product the vocabulary does not know, named as the headline's flow: "Wine exports
    recover" over "South African wine exports rose ...", or "salmon exports" over "salmon and
    trout exports": the headline's word right before its flow word, which the lead puts
    before the same flow word again (alone or joined by "and" to one more word)."""
    head, lead = sents[0], sents[1]
    before = list(_WORD_FLOW.finditer(text, head.start, head.end))
    if len(before) != 1:
        return None
    word, flow = before[0]["w"].lower(), before[0]["flow"].lower()
    if not word.isalpha() or word not in text[lead.start:lead.end].lower():
        return None  # (cheap: most leads do not repeat the word)
    again = _lead_product_flow(word, flow).search(text, lead.start, lead.end) \
        or _lead_glossed_product(word, flow).search(text, lead.start, lead.end)
    return word if again else None


@functools.cache
def _lead_product_flow(word: str, flow: str):
    return re.compile(r"(?<![\w'’])" + re.escape(word) + r"(?:\s+and\s+[a-z]+)?\s+" + flow + r"\b")


@functools.cache
def _lead_glossed_product(word: str, flow: str):
    """"MHP Exports More Than Double" over "exports of mixed hydroxide precipitate (MHP)": the
    lead's flow of a product the headline's word abbreviates, glossed in brackets after it."""
    return re.compile(flow + r"\s+of\s+[a-z][a-z -]{2,60}\(" + re.escape(word) + r"\)", re.I)


def mark_bare_flows(text: str, sents, commodities, claims: list[Claim]) -> None:
    """Marks the bare amounts of a text on one product's flow (`_topic_guess`)."""
    product = headline_product(text, sents, commodities)
    if product is None:
        return
    for c in claims:
        if c.kind != "amount" or c.commodity is not None or c.how.get("commodity") not in ("none", "same-as-previous"):
            continue
        sent = next((s for s in sents if s.start <= c.start < s.end), None)
        if sent is None or sent is sents[0] or _WHOLE_WORDS.search(text, sent.start, c.start):
            continue
        c.extra["_topic_guess"] = product
    _mark_bare_shares_of_guesses(text, claims, product)


# "of" after a share: the words name its whole ("72.8 per cent of Canada's total exports")
_OF_AFTER = re.compile(r"\s*of\b", re.I)


def _mark_bare_shares_of_guesses(text: str, claims: list[Claim], product: str) -> None:
    """"overtaking the United States (US$16.0 billion, 21.4%)": a share right after an amount
    marked a guess, restating it with no words naming its whole, is as much a guess: of the
    product's total or of the whole flow (check/ratio.py)."""
    for prev, c in zip(claims, claims[1:]):
        if c.kind == "share" and prev.extra.get("_topic_guess") and c.commodity is None and c.sentence == prev.sentence \
                and c.how.get("commodity") == "same-as-previous" and not _OF_AFTER.match(text, c.end):
            c.extra["_topic_guess"] = product
