"""A group's figure and the product leading it, in one sentence: "Overall food exports stood at
$7.2bn, led by rice, which fetched $3.9bn". The leader's figure is a part of the group's figure
before it (vocab/leader_cues.csv), `_within` that group (check/bound.py reads it), not of the
product the text is on.

A leader's share of the group its verb names: "Chemicals topped non-oil exports at SAR 5.9
billion, or 24.1% of the total, followed by plastics with SAR 5.6 billion (22.6%)". "The total"
is the group's (the non-oil exports), not all exports, and so is the bare share of the next
part in the same sentence."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..model import Claim
from .commodities import group_the_leader_tops
from .cues import HEDGE


@functools.cache
def _leader_then_its_figure() -> re.Pattern:
    leads = vocab.alternation(vocab.leader_cues(), ignore_case=True, space=r"\s+")
    # (between the group's figure and the leader's: maybe its period, the cue, the leader's
    # name, and a relative clause's verb or a preposition up to the figure; no other clause)
    return re.compile(rf"[^;.$€£¥]{{0,40}}?,?\s*(?:{leads})\s+[^,;:()\d$€£¥]{{2,60}}?,?\s+"
                      rf"(?:(?:which|that)\s+(?:\w+\s+){{1,2}}|at\s+|with\s+|worth\s+){HEDGE}$", re.I)


@functools.cache
def _cue_words() -> tuple[str, ...]:
    return tuple({max(w.split(), key=len) for w in vocab.leader_cues()})


def leaders_within_their_group(text: str, claims: list[Claim]) -> None:
    for p, c in zip(claims, claims[1:]):
        if p.kind != "amount" or c.kind != "amount" or not p.commodity or not c.commodity or p.commodity == c.commodity \
                or c.extra.get("_within") or p.sentence != c.sentence \
                or (c.measure, c.reporter, c.partner, c.period, c.currency) != (p.measure, p.reporter, p.partner, p.period, p.currency):
            continue
        gap = text[p.end:c.start]
        if not any(w in gap for w in _cue_words()):
            continue  # (checked first: cheap)
        if _leader_then_its_figure().fullmatch(gap):
            c.extra["_within"] = p.commodity


def shares_of_the_group_a_leader_tops(text: str, sents, claims: list[Claim]) -> None:
    """Give a leader's share "of the total", and the bare bracketed shares of the parts after
    it in its sentence, the group the sentence says it leads, where that group is a product
    the vocabulary or the text knows (a group of no known product, "topped Saudi exports", is
    no part of the flow: the whole flow is kept)."""
    known = None
    for k, share in enumerate(claims):
        if share.kind != "share" or share.extra.get("_whole") != "the total" or share.extra.get("_whole_commodity") \
                or not k or share.how.get("commodity") != "leading-product":
            continue
        part = claims[k - 1]
        if part.kind != "amount" or part.sentence != share.sentence or part.commodity != share.commodity:
            continue
        group = group_the_leader_tops(text, sents[share.sentence].start, part.start)
        if known is None:  # (once a text: most have no leader's share)
            known = {c.commodity for c in claims if c.commodity} | set(vocab.commodities())
        if group is None or group == share.commodity or group not in known:
            continue
        share.extra["_whole_commodity"] = group
        _next_parts_share_the_group(text, claims[k + 1:], share, group)


def _next_parts_share_the_group(text: str, after: list[Claim], lead_share: Claim, group: str) -> None:
    """"..., followed by plastics with SAR 5.6 billion (22.6%)": a share bare in its brackets
    right after another part's figure of the leader's flow and period, in its sentence."""
    for part, share in zip(after, after[1:]):
        if part.sentence != lead_share.sentence:
            return
        if share.kind != "share" or part.kind != "amount" or share.sentence != part.sentence \
                or share.commodity != part.commodity or part.commodity in (None, lead_share.commodity) \
                or share.extra.get("_whole") or share.extra.get("_whole_commodity") \
                or (share.measure, share.reporter, share.partner, share.period) != (lead_share.measure, lead_share.reporter, lead_share.partner, lead_share.period) \
                or text[share.start - 1:share.start] != "(" or text[share.end:share.end + 1] != ")" \
                or text[part.end:share.start - 1].strip():
            continue
        share.extra["_whole_commodity"] = group


# How a part of a sector names its product: the subject of its own clause ("Mining products
# contributed"), or a name before its figure in brackets ("fishing (US$214 million)").
_PART_NAMINGS = frozenset({"part-subject", "product-before-bracket"})


def parts_under_two_sectors(sents, claims: list[Claim]) -> None:
    """"Traditional exports amounted to $4.2bn. Mining products contributed $3.6bn, followed by
    ... fishing ($214m). ... Non-traditional exports reached $1.6bn, led by ... fishing products
    ($171m)": a product named among the parts of two sectors of one flow (vocab/
    sector_words.csv) is two quantities, one in each sector, not one said twice. Each such
    part is marked with the sector its paragraph last gave a figure for (`sector_part`, part of
    its series: check/system.py), so neither is set against the other; a product named under
    one sector only is left as it was."""
    members: list[tuple[Claim, str]] = []
    sector = None
    for c in claims:
        if c.kind != "amount":
            continue
        if c.how.get("commodity") == "sector-flow" and c.commodity:
            sector = c
        elif sector is not None and c.commodity and c.how.get("commodity") in _PART_NAMINGS \
                and sents[c.sentence].paragraph == sents[sector.sentence].paragraph \
                and (c.measure, c.reporter, c.partner, c.period, c.currency) == \
                (sector.measure, sector.reporter, sector.partner, sector.period, sector.currency):
            members.append((c, sector.commodity))
    sectors: dict[tuple, set[str]] = {}
    for c, name in members:
        sectors.setdefault((c.commodity, c.measure, c.reporter, c.partner, c.period), set()).add(name)
    for c, name in members:
        if len(sectors[(c.commodity, c.measure, c.reporter, c.partner, c.period)]) > 1:
            c.extra["sector_part"] = name
