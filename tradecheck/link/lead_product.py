"""The product a text leads on, carried to figures that are parts of its flow but name no
product of their own.

A partner's part: "Japan's car exports rose 12% to ¥13 trillion. ... Shipments to Canada, the
second market, came to ¥1.3 trillion, or 10% of the total." A figure for one partner that names
no product of its own, and that the sentence restates at once as a share of a bare "the total",
breaks down the flow the text is on: the product of the text's lead figure, not all the
reporter's goods (whose total the text may give elsewhere, "while overall exports grew 18% to
¥98 trillion", and which "the total" would otherwise be matched to).

The sector's flows: "Imports of raw materials were $21.6 billion, leaving a trade surplus of
$18.7 billion for the sector", "The industry spent $22.6 billion importing cotton, leaving a
surplus of $17.2 billion": "the sector" is the industry of the product the text leads on, not
the product of the figure just before (the raw materials) nor all goods.

The lead is the first figure of a flow with the world the text gives (headline or body). A
text that leads on all goods has no product to carry; a sentence that names a product, or the
whole of the trade ("total", "overall"), before the figure keeps its own reading, and so does
a figure read as of another period than the lead's."""
from __future__ import annotations

import functools
import re

from .. import vocab
from .cues import HEDGE

_FLOWS = ("exports", "imports")


def note_lead_flow(state, claim) -> None:
    """Keep (reporter, measure, product, period) of the text's first flow with the world, once;
    its product None where that flow is of all goods, the flow less a part ("non-oil"), a
    channel or a sector's firms. A later figure of the whole flow in the text's own words
    ("Total merchandise exports fell 3.8 percent to SAR 92.4 billion"; not the whole a share
    names, "16.9 percent of Turkey's total exports of $142.5 billion") makes "the total" after
    it ambiguous: the product is then dropped."""
    if claim.kind != "amount" or claim.partner != "WLD" or claim.measure not in _FLOWS:
        return
    lead = state.lead_flow
    if lead is not None:
        if lead[2] is not None and claim.commodity is None and not claim.scope and (claim.reporter, claim.measure) == lead[:2] \
                and claim.how.get("measure") != "whole-of-share":
            state.lead_flow = (lead[0], lead[1], None, lead[3])
        elif lead[2] is not None and (claim.reporter, claim.measure, claim.period) == (lead[0], lead[1], lead[3]) \
                and _joins_the_lead(claim.commodity, lead[2]) and claim.how.get("commodity") != "list-item-label":
            # "India imported solar modules worth $1.9bn ... Combined imports of cells and
            # modules came to $4.7bn. China supplied $3.5bn, or 74% of the total": goods joined
            # to the lead's widen the whole the text is on; "the total" after them is theirs
            # (not a list's item, "* Computers and servers: USD 1,688.4 mn" under the lead's
            # computers and parts: one part of the lead, its product kept to its line)
            state.lead_flow = (lead[0], lead[1], claim.commodity, lead[3])
        return
    product = claim.commodity
    if product in ("goods", "services") or claim.scope or claim.basis.get("commodity") == "guess" \
            or claim.how.get("commodity") == "company-subject" or _less_a_part(product):
        product = None
    state.lead_flow = (claim.reporter, claim.measure, product, claim.period)


def _joins_the_lead(label: str | None, lead: str) -> bool:
    """"cells and modules" after "solar modules": goods joined by "and" (or "+"), one of them
    the lead's by its last word, are the lead and more."""
    if not label or label == lead or (" and " not in label and " + " not in label):
        return False
    members = re.split(r"\s+(?:and|\+)\s+|,\s*", label.lower())
    head = lead.lower().split()[-1]
    return len(members) > 1 and any(w.split() and w.split()[-1] == head for w in members)


def _less_a_part(label: str | None) -> bool:
    """"non-oil", "excluding re-exports": the whole flow less a part, no one product."""
    low = (label or "").lower()
    return low.startswith("non-") or any(low.startswith(cue + " ") for cue in vocab.exclusion_cues())


@functools.cache
def _share_of_the_total_re() -> re.Pattern:
    leads = vocab.alternation(vocab.total_share_leads(), ignore_case=True, space=r"\s+")
    percent = r"\d[\d.,]*\s*(?:%|per\s?cent|percent)"
    # ("took $17bn worth of the goods, accounting for 38% of the total": the goods named
    # before, pointed back to by a general noun for goods made definite, vocab/goods_nouns.csv)
    goods = vocab.alternation(vocab.goods_nouns(), ignore_case=True)
    back = rf"(?:\s+(?:worth\s+)?of\s+(?:the|these|those)\s+(?:{goods}))?"
    # ", or 39% of the total", " (39% of the total)": the total and nothing after it; the
    # lead words may be left out (", 39% of the total": the share set off as an aside)
    return re.compile(rf"{back}\s*(?:,\s*(?:(?:{leads})\s+)?|\(\s*){HEDGE}{percent}\s+of\s+the\s+total\s*(?:[.;,)]|$)", re.I)


@functools.cache
def _whole_scope_re() -> re.Pattern:
    return re.compile(r"\b(?:" + vocab.alternation(vocab.whole_scope_cues(), ignore_case=True, space=r"\s+") + r")\b", re.I)


@functools.cache
def _total_then_money_re() -> re.Pattern:
    leads = vocab.alternation(vocab.total_share_leads(), ignore_case=True, space=r"\s+")
    # " of the total, or US$4.2 billion": the share first, then the money it restates
    return re.compile(rf"\s+of\s+the\s+total\s*,\s*(?:{leads})\s+{HEDGE}(?:[A-Z]{{2,3}}\s?)?[$€£¥]?\s?\d", re.I)


def restated_as_share_of_the_total(text: str, end: int, sent_end: int) -> bool:
    """Whether the money ending at `end` is restated right after as its share of a bare "the
    total" (", or 39% of the total")."""
    return " total" in text[end:sent_end] and _share_of_the_total_re().match(text, end, sent_end) is not None


def product_of_partner_share(s) -> str | None:
    """The lead's product for a partner's figure restated as its share of "the total" (or a
    share of it restated as money: "China took 68% of the total, or US$4.2 billion"), else
    None."""
    c, lead = s.claim, s.state.lead_flow
    if lead is None or lead[2] is None or c.kind not in ("amount", "share") or c.scope \
            or c.partner in (None, "WLD") and c.how.get("pair") != "places-together" \
            or (c.reporter, c.measure, c.period) != (lead[0], lead[1], lead[3]):
        # (a partner's figure of another period is read apart: its period may be a guess;
        # places named together are one partner, "Japan and Korea together took $9bn")
        return None
    if " total" not in s.text[s.m.end:s.sent.end]:
        return None  # (cheap: most figures have no share of the total after them)
    if not (_share_of_the_total_re() if c.kind == "amount" else _total_then_money_re()).match(s.text, s.m.end, s.sent.end):
        return None
    if any(s.sent.start <= x.start < s.m.start for x in s.ms["commodity"]) or _whole_scope_re().search(s.text, s.sent.start, s.m.start):
        return None
    return lead[2]


@functools.cache
def _sector_balance_re() -> tuple[re.Pattern, re.Pattern]:
    heads = vocab.alternation(vocab.group_heads(), ignore_case=True)
    # "giving the sector a trade surplus of", "... of $18.7 billion for the sector"
    before = re.compile(rf"\b(?:the|this)\s+(?:{heads})\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:surplus|deficit)\s+of\s+{HEDGE}$", re.I)
    after = re.compile(rf"\s+(?:for|in)\s+the\s+(?:{heads})\b", re.I)
    return before, after


@functools.cache
def _sector_balance_after_re() -> re.Pattern:
    """Later in a flow's sentence, the balance that flow leaves the sector: "(, giving) the
    sector a trade surplus of", "a surplus of ... for the sector" (no figure of another flow
    between: only the figure's own words and the clause that draws the balance)."""
    heads = vocab.alternation(vocab.group_heads(), ignore_case=True)
    return re.compile(rf"[^;$€£¥\d]*?(?:[\d.,]+[^\S\n]*[a-z]+[^\S\n]+)?[^;$€£¥\d]*?,[^\S\n]*(?:giving|leaving|bringing|handing|putting)[^\S\n]+"
                      rf"(?:(?:the|this)[^\S\n]+(?:{heads})[^\S\n]+(?:an?[^\S\n]+)?(?:[\w-]+[^\S\n]+)?(?:surplus|deficit)\b"
                      rf"|(?:an?[^\S\n]+)?(?:[\w-]+[^\S\n]+)?(?:surplus|deficit)[^\S\n]+of[^,;]{{0,40}}?[^\S\n]+(?:for|in)[^\S\n]+the[^\S\n]+(?:{heads})\b)", re.I)


@functools.cache
def _sector_subject_re() -> re.Pattern:
    heads = vocab.alternation(vocab.group_heads(), ignore_case=True)
    return re.compile(rf"\s*(?:the|this|that)\s+(?:{heads})\s+(?!(?:accounted|made|represented|was|is)\b)[a-z]+", re.I)


def product_of_the_sector(s) -> str | None:
    """The lead's product for a flow of "the sector": a balance its words give to the sector
    ("a trade surplus of $18.7 billion for the sector"), or a flow of a sentence the sector
    opens as its subject ("The industry spent $22.6 billion importing cotton and fabrics,
    leaving a trade surplus of $17.2 billion"); else None."""
    c, lead = s.claim, s.state.lead_flow
    if lead is None or lead[2] is None or c.kind != "amount" or c.measure not in ("exports", "imports", "balance") or c.scope \
            or c.reporter != lead[0] or c.partner != "WLD":
        return None
    if not any(w in s.text[s.sent.start:s.sent.end].lower() for w in vocab.group_heads()):
        return None  # (cheap: most sentences name no sector)
    subject = _sector_subject_re().match(s.text, s.sent.start, s.m.start)
    if subject and not any(s.sent.start <= x.start < s.prev_end for x in s.ms["commodity"]):
        # (a product named before an earlier figure of the sentence is that figure's: "The
        # industry spent $22bn importing cotton, leaving a surplus of $17bn" is the sector's;
        # of any period: "The sector had fetched $30.6bn in the previous fiscal year" is the
        # lead product's level a year before, not all goods')
        return lead[2]
    if c.period != lead[3]:
        return None
    before, after = _sector_balance_re()
    tail = s.text[s.m.end:s.sent.end]
    if c.measure != "balance" and ("surplus" in tail or "deficit" in tail) and _sector_balance_after_re().match(s.text, s.m.end, s.sent.end):
        # "Exports were 10 million tons of steel, while imports came to $7.1 billion, giving the
        # sector a surplus of $0.7 billion": the flow that leaves the sector its balance is the
        # sector's own (its product the lead's, not all goods)
        return lead[2]
    if c.measure != "balance" or not (before.search(s.text, max(s.sent.start, s.m.start - 80), s.m.start)
                                      or after.match(s.text, s.m.end, s.sent.end)):
        return None
    return lead[2]
