"""A total of the figures a sentence adds to the one before it: "Shipments of copper came to
$6bn. Along with $2bn of zinc and $1bn of lead, that puts $9bn of the country's metal sales in
the bloc's market": the $9bn is the sum of the three products (`_parts`, check/sums.py), a
group of them, neither the last product listed nor the pair's whole flow (vocab/along_with_totals.csv)."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..model import Claim
from .cues import HEDGE


@functools.cache
def _added_total_re() -> re.Pattern:
    rows = vocab.table("along_with_totals")
    opener = vocab.alternation([r["phrase"] for r in rows if r["role"] == "opener"], ignore_case=True, space=r"\s+")
    verb = vocab.alternation([r["phrase"] for r in rows if r["role"] == "verb"], ignore_case=True)
    # the opener, the added figures' clause, a comma, the pronoun for the figure before, its
    # verb and a few words ("the total at", "the bill to") right before the total
    return re.compile(rf"\s*(?:{opener})\s+(?P<added>[^;:]{{4,160}}?),\s+(?:that|this|it|which)\s+(?:{verb})\s+"
                      rf"(?:[^\d,;.$€£¥]{{0,40}}\s)?{HEDGE}$", re.I)


def totals_along_with_the_figure_before(text: str, sents: list, claims: list[Claim]) -> None:
    """Tie the total of "Along with A and B, that puts $Z ..." to its parts: A and B (the
    figures in the opener's clause) and the last figure of the same flow, pair, period and
    currency in the sentence before (what "that" stands for)."""
    from .claims import _group_of_parts, _set

    starts = None
    for k, c in enumerate(claims):
        if c.kind != "amount" or c.extra.get("_parts") or c.measure in (None, "other") or k < 2:
            continue
        if starts is None:
            starts = {x.index: x.start for x in sents}
        added = _figures_added(text, starts.get(c.sentence, 0), claims, k, _added_total_re())
        if not added or any(not _same_flow(x, c, partner=False) or not x.commodity for x in added):
            continue
        earlier = [x for x in claims[:k] if x.kind == "amount" and x.sentence == c.sentence - 1]
        before = next((x for x in reversed(earlier) if _same_flow(x, c, partner=False)), None)
        if before is None or not before.commodity or before.commodity in {x.commodity for x in added}:
            continue
        if any(x.partner != before.partner and x.how.get("pair") not in _CARRIED_PAIRS for x in added + [c]):
            continue  # (a place of their own: not what "that" stands for)
        for x in added:
            # ("Brazil shipped $5bn of iron ore to China. Along with $2bn of soybeans, that
            # puts ...": the added figures are of the same pair as the one "that" stands for)
            if x.partner != before.partner or x.basis.get("pair") == "guess":
                x.partner = before.partner
                _set(x, "pair", "added-to-the-figure-before", "context")
        parts = [before] + added
        if c.value is None or any(p.value is None or p.value >= c.value for p in parts):
            continue  # (a total is more than each of its parts)
        group = _group_of_parts(c, parts)
        if group is None or len({p.commodity for p in parts}) != len(parts):
            continue
        stale = c.commodity
        c.partner, c.commodity = group["partner"], group["commodity"]
        _set(c, "commodity", "added-to-the-figure-before", "context")
        c.extra["_parts"] = parts
        share = claims[k + 1] if k + 1 < len(claims) else None
        if share is not None and share.kind == "share" and share.sentence == c.sentence and share.commodity in (None, stale) \
                and _SHARE_OF_IT.fullmatch(text, c.end, share.start):
            # ("..., that puts $9bn of its exports in scope - 7% of its sales to the bloc":
            # the share of the same group)
            share.commodity = c.commodity
            _set(share, "commodity", "added-to-the-figure-before", "context")


@functools.cache
def _added_to_the_subject_re() -> re.Pattern:
    rows = vocab.table("along_with_totals")
    opener = vocab.alternation([r["phrase"] for r in rows if r["role"] == "opener"], ignore_case=True, space=r"\s+")
    verb = vocab.alternation(sorted(vocab.level_verbs()), ignore_case=True)
    # the opener, the added figure's clause, a comma, the total's own subject (words naming its
    # flow, no figure) and a level verb right before the total
    return re.compile(rf"\s*(?:{opener})\s+(?P<added>[^;:]{{4,160}}?),\s+(?P<subject>[^,;:\d$€£¥]{{4,100}}?)\s+"
                      rf"(?:{verb})(?:\s+(?:at|to|of))?\s+{HEDGE}$", re.I)


def totals_with_the_topic_added(text: str, sents: list, claims: list[Claim]) -> None:
    """Tie the total of "Together with nickel matte, whose exports were worth US$3.81 billion,
    Indonesia's exports of battery-grade nickel intermediates totaled US$6.90 billion" to its
    parts, in a text on one product's flow (MHP's, the headline's): the figure added (in the
    opener's clause, of a product of its own) and the text's product, whose bare figures before
    are a guess of that product (`_topic_guess`, link/headline_products.py). The total is their
    sum, no part of the text's product."""
    starts = None
    for k, c in enumerate(claims):
        if c.kind != "amount" or c.extra.get("_parts") or c.measure not in ("exports", "imports") or not c.commodity or k < 2:
            continue
        if starts is None:
            if not any(x.extra.get("_topic_guess") for x in claims):
                return  # (cheap: a text on no one product's flow)
            starts = {x.index: x.start for x in sents}
        added = _figures_added(text, starts.get(c.sentence, 0), claims, k, _added_to_the_subject_re())
        if not added or len(added) != 1 or not _same_flow(added[0], c) or added[0].commodity in (None, c.commodity):
            continue
        topic = next((x for x in reversed(claims[:k]) if x.kind == "amount" and x.sentence < c.sentence
                      and x.extra.get("_topic_guess") and _same_flow(x, c)), None)
        if topic is None or c.value is None or any(p.value is None or p.value >= c.value for p in (topic, added[0])):
            continue  # (a total is more than each of its parts)
        c.extra["_parts"] = [topic, added[0]]
        c.extra["_added_to_the_topic"] = True


# from a total to the share that restates it later in its clause: no figure, no clause break,
# then a dash, a bracket or a comma ("of the country's exports in scope — 7.8 per cent of")
_SHARE_OF_IT = re.compile(rf"[^;.\d$€£¥]{{0,80}}?(?:[—–(]|\s-|,\s*(?:or\s+)?)\s*{HEDGE}")


# the pairs the figures of the sentence took from the discourse, or guessed, not from words of their own
_CARRIED_PAIRS = ("discourse", "product-sentence-world", "same-as-previous")


def _figures_added(text: str, sent_start: int, claims: list[Claim], k: int, opener: re.Pattern) -> list[Claim]:
    """The figures before claims[k] inside the opener of its sentence that adds them to it
    ("Together with nickel matte, whose exports were worth A, ..."); none where no such opener."""
    c = claims[k]
    if all(text.find(w, sent_start, c.start) < 0 for w in (" with ", " to ", " of ")):
        return []  # (cheap: every opener has one of these words)
    found = opener.match(text, sent_start, c.start)
    if found is None:
        return []
    return [x for x in claims[:k] if x.kind == "amount" and found.start("added") <= x.start < found.end("added")]


def _same_flow(a: Claim, b: Claim, partner: bool = True) -> bool:
    return (a.measure, a.reporter, a.period, a.currency) == (b.measure, b.reporter, b.period, b.currency) \
        and (a.partner == b.partner or not partner)
