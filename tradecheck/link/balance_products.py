"""A product's balance and a product under two spellings of its label.

"Cheese exports reached $9bn. With imports of $2bn, cheese produced a trade surplus of $7bn":
the surplus (and the imports in the opener) are the product's, which the clause names as its
subject. "Imports of cheese were $2bn, leaving a net export value of $7bn": the balance the
product's flow leaves is the product's too. And "cheese industry exports" over "imports of
cheese industry products", or "wine and cheese" in a headline over "wines and cheeses" in the
body, name one product: its exports, imports and balance are then checked against each
other."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..extract import mentions as scan
from ..model import Claim
from .commodities import canonical_label
from .measures import names_country_or_flow

_FLOWS = ("exports", "imports")
# words that make a balance the whole of the trade, not the product's ("leaving the overall
# trade deficit at"): a product's balance is no whole
_WHOLE_WORDS = re.compile(r"\b(?:overall|total|national|whole|country's|nation's|merchandise|goods)\b", re.I)


@functools.cache
def _result_re() -> re.Pattern:
    """", leaving a net export value of ": a participle of result, then the balance's noun
    phrase up to the figure (vocab/balance_results.csv, result)."""
    words = vocab.alternation(vocab.balance_results().get("result", []), space=r"\s+")
    # (or the sector it leaves with one: ", leaving the industry with a surplus of";
    # vocab/sector_heads.csv)
    heads = vocab.alternation(vocab.sector_heads(), ignore_case=True)
    # (the flow's product and year may come between: "$2bn of cheese in 2023, leaving")
    # (the balance's noun may be bare, its figure "worth" it: "leaving net imports worth $220m")
    return re.compile(rf"(?:\s+of\s+[A-Za-z][\w&-]*(?:\s+[A-Za-z][\w&-]*){{0,3}})?(?:\s+(?:in|during)\s+(?:(?:fiscal|calendar)\s+)?(?:19|20)\d\d)?\s*,\s*(?:{words})\s+(?:(?:the|this)\s+(?:{heads})\s+with\s+)?(?:an?\s+)?(?:[\w-]+\s+){{1,4}}?(?:of|worth)\s+"
                      r"(?:about\s+|some\s+|around\s+|nearly\s+)?", re.I)


@functools.cache
def _verb_re() -> re.Pattern:
    """"cheese produced a trade surplus of ": the clause's subject, its verb (vocab/
    balance_results.csv, verb), then the balance's noun phrase up to the figure."""
    words = vocab.alternation(vocab.balance_results().get("verb", []), space=r"\s+")
    return re.compile(rf"\s*(?:[Tt]he\s+)?(?P<np>[A-Za-z][\w' -]{{1,60}}?)\s+(?:{words})\s+(?:an?\s+)(?:[\w-]+\s+){{1,3}}?of\s+"
                      rf"(?:about\s+|some\s+|around\s+|nearly\s+)?")


# "With imports of $2bn, ": an opener giving a flow's figure beside the clause's subject
_WITH_FLOW = re.compile(r"\s*With\s+(?:exports|imports)\s+(?:of|at)\s+")


def products_of_balances(text: str, sents: list, claims: list[Claim], set_how) -> None:
    """A balance with no product that the clause ties to one: the product its subject names
    ("cheese produced a surplus of"; the flow of an opener "With imports of $2bn," before that
    subject is the product's too), or the product of the flow right before it in the sentence
    ("Imports of cheese were $2bn, leaving a net export value of $7bn")."""
    for k, b in enumerate(claims):
        if b.kind != "amount" or b.measure != "balance" or b.commodity is not None or not 0 <= b.sentence < len(sents):
            continue
        sent = sents[b.sentence]
        before = [c for c in claims[:k] if c.sentence == b.sentence and c.end <= b.start]
        last = before[-1] if before else None
        if last is not None and last.kind == "amount" and last.measure in _FLOWS and last.commodity \
                and _result_re().fullmatch(text, last.end, b.start) and not _WHOLE_WORDS.search(text, last.end, b.start):
            b.commodity = last.commodity
            set_how(b, "commodity", "balance-of-product-flow", "text")
            _other_flow_of_account(b, last, before)
            continue
        start = max(sent.start, text.rfind(",", sent.start, b.start) + 1, text.rfind(";", sent.start, b.start) + 1)
        verb = _verb_re().fullmatch(text, start, b.start)
        if verb is None or _WHOLE_WORDS.search(text, start, b.start) or names_country_or_flow(verb["np"]):
            continue
        label = _named_product(verb["np"], claims)
        if label is None:
            continue
        b.commodity = label
        set_how(b, "commodity", "balance-of-subject-product", "text")
        # "With imports of $2bn, cheese produced": the opener's flow is the subject's
        for c in before:
            if c.kind == "amount" and c.measure in _FLOWS and c.commodity is None and _WITH_FLOW.fullmatch(text, sent.start, c.start) \
                    and re.fullmatch(r"\s*,", text[c.end:start]):
                c.commodity = label
                set_how(c, "commodity", "opener-flow-of-subject-product", "text")


def _other_flow_of_account(b: Claim, last: Claim, before: list[Claim]) -> None:
    """"imports of grains reached $4bn, while exports of grains and grain products totalled
    $1bn, leaving a deficit of $3bn": the sentence sets the one flow against the other and
    gives their balance, so the two are one account though their labels differ, one group
    being the other widened (its label opens with the other's). The balance keeps the last
    flow's product; the other flow's label is kept beside it (extra "_account_flows") for
    the balance check to take it as its other term. Any other pair of labels is left apart."""
    other = "imports" if last.measure == "exports" else "exports"
    flows = [c for c in before if c.kind == "amount" and c.measure == other]
    if len(flows) != 1 or not flows[0].commodity or flows[0].commodity == last.commodity:
        return
    a, w = sorted((flows[0].commodity.lower(), last.commodity.lower()), key=len)
    if w.startswith(a + " "):
        b.extra["_account_flows"] = {other: flows[0].commodity}


def _named_product(np: str, claims: list[Claim]) -> str | None:
    """The product a clause's subject names: one the text's figures of a flow are of, under
    this label or a spelling of it ("wines and cheeses" for "wine and cheese"), or one the
    vocabulary knows (vocab/commodities.csv) as the subject's whole name."""
    key = _label_key(canonical_label(np))
    if key is None:
        return None
    known = next((c.commodity for c in claims if c.commodity and c.measure in _FLOWS and _label_key(c.commodity) == key), None)
    if known is not None:
        return known
    found = scan.find_commodities(np)
    if len(found) != 1 or found[0].text.lower() != np.strip().lower():
        return None
    label = canonical_label(found[0].text)
    return None if label in ("goods", "services") else label


def _singular(word: str) -> str:
    """"wines" -> "wine", "cherries" -> "cherry"; "glass", "citrus", "electronics" stay."""
    if len(word) < 4 or not word.endswith("s") or re.search(r"(?:ss|us|as|is|ics)$", word):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if re.search(r"(?:ch|sh|x)es$", word):
        return word[:-2]
    return word[:-1]


def _label_key(label: str) -> tuple[str, ...] | None:
    """What two spellings of one product's label share: each word singular, and the sector's
    head ("industry", "sector"; vocab/sector_heads.csv) and a goods noun after it taken off
    ("timber industry products" -> timber). None for labels that are no product's name."""
    words = label.lower().split()
    if not words or words[0].startswith("non-") or words[0] in ("excluding", "the") or label in ("goods", "services", "goods and services"):
        return None
    heads = vocab.sector_heads()
    if len(words) > 2 and words[-1] in vocab.goods_nouns() and words[-2] in heads:
        words = words[:-1]
    if len(words) > 1 and words[-1] in heads:
        words = words[:-1]
    return tuple(_singular(w) for w in words)


def one_product_label_variants(claims: list[Claim], ctx) -> None:
    """"Wine and cheese exports reached $9bn" over "wines and cheeses brought in $2bn more", or
    "timber industry exports" over "imports of timber industry products": labels that differ
    only by a plural "s" or by the sector's head noun name one product; its figures take the
    label it is named by most (the first of them on a tie). Only labels that money figures
    bear are told apart this way (a share's label is often a loose name of its part or its
    whole: "the share of high-tech goods in timber industry exports"); a share under a label
    so merged takes the merged label too."""
    labels: dict[str, int] = {}
    for c in claims:
        if c.commodity and c.kind == "amount":
            labels[c.commodity] = labels.get(c.commodity, 0) + 1
    if len(labels) < 2:
        return
    groups: dict[tuple[str, ...], list[str]] = {}
    for label in labels:  # (in order of first use)
        key = _label_key(label)
        if key is not None:
            groups.setdefault(key, []).append(label)
    for key, names in groups.items():
        if len(names) < 2:
            continue
        keep = max(names, key=lambda n: labels[n])  # (max keeps the first of equals)
        for c in claims:
            if c.commodity and c.commodity != keep and (c.commodity in names or _label_key(c.commodity) == key):
                c.commodity = keep
        if ctx.scope and _label_key(ctx.scope) == key:
            ctx.scope = keep
