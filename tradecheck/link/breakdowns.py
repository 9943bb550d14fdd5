"""A sentence that opens by breaking down the figure before it: "... the petroleum group
import bill declined to $12.37 billion from $13.47bn. Of the total, petroleum products
accounted for $5.67bn, crude oil for $3.81bn and LNG for $2.53bn".

The products after the cue ("Of the total", "Of this", vocab/breakdown_openers.csv and
breakdown_cues.csv) are parts
of that figure's product group, so together they stay within it (check/bound.py). The
figure broken down is the last one of the previous sentence that is of the parts' own flow,
pair and period (not the year-ago level "from $13.47bn" that may end the sentence)."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..model import Claim
from .sentences import Sentence


@functools.cache
def _opening_cue() -> re.Pattern:
    phrases = vocab.breakdown_cues() + [r["phrase"] for r in vocab.table("breakdown_openers")]
    words = vocab.alternation(phrases, ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*(?:{words})\s*,", re.I)


def _same_flow(a: Claim, b: Claim) -> bool:
    return (a.measure, a.reporter, a.partner, a.period, a.currency) == (b.measure, b.reporter, b.partner, b.period, b.currency)


def parts_of_the_group_before(text: str, sents: list[Sentence], claims: list[Claim]) -> None:
    """Mark each product figure of a sentence that opens with a breakdown cue as a part of
    the product group of the figure it breaks down (`_part_of_group`)."""
    amounts = [c for c in claims if c.kind == "amount" and c.measure in ("exports", "imports")]
    for sent in sents[1:]:
        if not _opening_cue().match(text, sent.start, sent.end):
            continue
        parts = [c for c in amounts if sent.start <= c.start < sent.end]
        before = [c for c in amounts if c.sentence == sent.index - 1]
        if len(parts) < 2:
            continue
        whole = next((w for w in reversed(before) if _same_flow(w, parts[0])), None)
        if whole is None or not whole.commodity or whole.basis.get("commodity") == "guess":
            continue  # (a whole of all products is bound by the parts already)
        if all(_same_flow(p, whole) and p.commodity and p.commodity != whole.commodity for p in parts):
            for p in parts:
                p.extra["_part_of_group"] = whole.commodity
