"""A sector's balance set beside the whole country's in one sentence.

"The industry's surplus came to $12 billion, while the country's overall trade deficit was
near $40 billion": the first balance is the sector's (its subject is "the sector's" or "the
industry's", a word of vocab/group_heads.csv), the second the whole of the country's goods
(a word of vocab/whole_scope_cues.csv, "overall", "total", right before the balance noun). A
text on one sector often gives the sector's flows with no product word the vocabulary knows
("exports of aircraft, engines and parts"), so both balances would take the same key and the
whole one be checked against the sector's exports less its imports. The whole one gets a scope
of its own (all goods), so it is set beside no figure of the sector.

"its sales abroad reached 79,467 million dollars, ..., while its imports were of 61,709
million dollars, so that the sector obtained a surplus of 17,758 million dollars": a balance
whose subject is "the sector" or "the industry" (vocab/group_heads.csv), after exports and
imports the same sentence gives as "its" own, is the sector's, and so are those flows; the
three get a scope of their own (the sector), so none is set beside the country's figures."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..model import Claim
from .cues import HEDGE

WHOLE_OF_GOODS = "all goods"
SECTOR = "the sector"


@functools.cache
def _heads_and_balance_nouns() -> tuple[str, str]:
    """The head words of a group ("sector", "industry"; vocab/group_heads.csv) and the nouns of
    a balance (vocab/flows.csv), each as an alternation."""
    heads = vocab.alternation(vocab.group_heads(), ignore_case=True)
    nouns = vocab.alternation([r["phrase"] for r in vocab.table("flows") if r["measure"] == "balance"],
                              ignore_case=True, space=r"\s+")
    return heads, nouns


@functools.cache
def _sides_res() -> tuple[re.Pattern, re.Pattern]:
    heads, nouns = _heads_and_balance_nouns()
    whole = vocab.alternation(vocab.whole_scope_cues(), ignore_case=True, space=r"\s+")
    # "the sector's (trade) surplus", "the industry's balance"
    sector = re.compile(rf"\b(?:the|its|this)\s+(?:{heads})(?:['’]s|['’])\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns})\b", re.I)
    # "(France's) overall (goods) deficit", "the total trade balance"
    whole_ = re.compile(rf"\b(?:{whole})\s+(?:(?:goods|merchandise|trade)\s+){{0,2}}(?:{nouns})\b", re.I)
    return sector, whole_


def whole_balance_beside_the_sectors(text: str, sents: list, claims: list[Claim]) -> None:
    """Give the scope of all goods to a balance whose words make it the whole country's,
    in a sentence whose other balance is the sector's (see the module's docstring)."""
    by_sentence: dict[int, list[Claim]] = {}
    for c in claims:
        if c.kind == "amount" and c.measure == "balance" and c.commodity is None and not c.scope:
            by_sentence.setdefault(c.sentence, []).append(c)
    for k, bals in by_sentence.items():
        if len(bals) < 2 or not 0 <= k < len(sents):
            continue
        s = sents[k]
        low = text[s.start:s.end].lower()
        if "'s" not in low and "’s" not in low:
            continue  # (cheap: no possessive, no sector's balance)
        sector_re, whole_re = _sides_res()
        sector_side, whole_side = [], []
        for c in bals:
            before = max([x.end for x in claims if x.sentence == k and x.end <= c.start], default=s.start)
            clause = text[before:c.start]
            if sector_re.search(clause):
                sector_side.append(c)
            elif whole_re.search(clause):
                whole_side.append(c)
        if sector_side and whole_side:
            for c in whole_side:
                c.scope = WHOLE_OF_GOODS
                c.how["commodity"] = "whole-beside-sector"


@functools.cache
def _sector_subject_res() -> tuple[re.Pattern, re.Pattern]:
    heads, nouns = _heads_and_balance_nouns()
    # "the sector obtained a surplus of", "the industry posted a trade deficit of": the head
    # as the subject of the clause that gives the balance
    balance = re.compile(rf"\b(?:the|this)\s+(?:{heads})\s+[a-z]+\s+(?:an?\s+)?(?:[\w-]+\s+){{0,2}}?(?:{nouns})\s+(?:of\s+)?{HEDGE}$", re.I)
    # "its sales abroad reached", "while its imports were of": the flow's owner a pronoun
    own_flow = re.compile(r"\bits\s+(?:[\w-]+\s+){0,3}?$|\bits\s+[\w\s-]{1,40}?\b(?:reached|were|was|totalled|totaled|amounted|stood)\b", re.I)
    return balance, own_flow


def sector_balance_after_its_flows(text: str, sents: list, claims: list[Claim]) -> None:
    """Give the sector's scope to a balance whose subject is the sector and to the exports
    and imports its sentence gives as "its" before it (see the module's docstring)."""
    for c in claims:
        if c.kind != "amount" or c.measure != "balance" or c.commodity is not None or c.scope:
            continue
        own = [x for x in claims if x.sentence == c.sentence and x.end <= c.start]
        before = own[-1].end if own else sents[c.sentence].start
        if " the " not in text[before:c.start] and " this " not in text[before:c.start]:
            continue  # (cheap: no "the sector")
        balance_re, own_flow_re = _sector_subject_res()
        if not balance_re.search(text, before, c.start):
            continue
        flows = [x for k, x in enumerate(own) if x.kind == "amount" and x.measure in ("exports", "imports") and x.commodity is None
                 and own_flow_re.search(text, own[k - 1].end if k else sents[c.sentence].start, x.start)]
        if {x.measure for x in flows} != {"exports", "imports"}:
            continue  # (both flows of the sector's own, or the balance may be anyone's)
        # (a share restating a flow's part right after it, ", that is, 47.7 percent of the
        # total", keeps to its part)
        shares = [y for x, y in zip(own, own[1:]) if x in flows and y.kind == "share" and y.scope and y.scope == x.scope]
        for x in flows + shares + [c]:
            x.scope = SECTOR
            x.how["commodity"] = "sector-balance-after-its-flows"
