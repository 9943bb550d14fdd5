"""A part of a named kind's flow, opened by the kind: "Exports of financial services were
€50bn. Within financial services, fees earned on fund management came to €30bn". The money
noun ("fees", vocab/earning_nouns.csv) alone reads as other money, no trade flow; after an
opener naming the whole (vocab/part_openers.csv) that the text gave a flow figure for, it is a
part of that flow, bounded by it (check/bound.py reads `_within`).

So for a part whose subject an aside files under a wider class the text gives a figure of
(vocab/filed_under_cues.csv): "Marine products accounted for ISK 149bn, and industrial products
for ISK 204bn. Aluminium, which is included in industrial products, made up 39% of exports,
with a value of ISK 145bn". Aluminium is within industrial products, no third part beside them
(the sums of the parts leave it out)."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..model import Claim
from .commodities import canonical_label, unknown_product


@functools.cache
def _opener_re() -> re.Pattern:
    openers = vocab.alternation([r["phrase"] for r in vocab.table("part_openers")], ignore_case=True, space=r"\s+")
    nouns = vocab.alternation([r["word"] for r in vocab.table("earning_nouns")], ignore_case=True)
    # "Within financial services, fees earned on the management of funds came to ": the whole,
    # then the part, headed by a money noun, up to its level verb right before the figure
    return re.compile(rf"\s*(?:{openers})\s+(?:the\s+)?(?P<whole>[^,;.]{{2,60}}?),\s+(?P<np>(?:{nouns})\b[^,;.$€£¥\d]{{0,100}}?)\s+"
                      r"(?:came\s+to|amounted\s+to|totall?ed|reached|stood\s+at|were|was)\s+(?:about\s+|some\s+|around\s+)?$", re.I)


def parts_within_a_named_kind(text: str, sents: list, claims: list[Claim], set_) -> None:
    """Read a figure of money earned, opened by "Within <whole>," as a part of the flow the text
    gave for that whole (its measure and pair), when it did give one; else leave it be."""
    for k, c in enumerate(claims):
        if c.kind != "amount" or c.measure != "other" or c.commodity:
            continue
        sent = sents[c.sentence] if c.sentence < len(sents) else None
        if sent is None:
            continue
        m = _opener_re().match(text, sent.start, c.start)
        if m is None:
            continue
        whole_label = canonical_label(m["whole"].strip())
        whole = next((w for w in reversed(claims[:k]) if w.kind == "amount" and w.commodity == whole_label
                      and w.measure in ("exports", "imports") and w.currency == c.currency and w.period == c.period), None)
        if whole is None:
            continue
        part = unknown_product(m["np"]) or " ".join(m["np"].lower().split())
        c.measure, c.reporter, c.partner = whole.measure, whole.reporter, whole.partner
        c.commodity = part
        c.extra["_within"] = whole.commodity
        set_(c, "measure", "part-within-kind", "text")
        set_(c, "commodity", "part-within-kind", "text")


@functools.cache
def _filed_subject_re() -> re.Pattern:
    cues = vocab.alternation([r["phrase"] for r in vocab.table("filed_under_cues")], ignore_case=True, space=r"\s+")
    # "Aluminium, which is included in industrial products, made up": the subject, then an
    # aside (maybe a relative clause) that files it under the class, up to the aside's comma
    return re.compile(rf"[ \t]*(?:[-•*–▪]\s+)?(?P<np>[A-Z][\w&'’ -]{{1,40}}?),\s+(?:(?:which|that)\s+(?:is|are|was|were)\s+)?"
                      rf"(?:{cues})\s+(?:the\s+)?(?P<whole>[^,;.\d]{{1,50}}),", re.I)


@functools.cache
def _filed_cue_words() -> tuple[str, ...]:
    return tuple({w.split()[0] for w in (r["phrase"] for r in vocab.table("filed_under_cues"))})


def parts_filed_under_a_class(text: str, sents: list, claims: list[Claim]) -> None:
    """Mark a part's money figure `_within` the class its subject's aside files it under, when
    the text gave a figure of that class of the same flow, pair and period; else leave it be."""
    for c in claims:
        if c.kind != "amount" or not c.commodity or c.extra.get("_within") or c.measure not in ("exports", "imports"):
            continue
        sent = sents[c.sentence] if c.sentence < len(sents) else None
        if sent is None or not any(w in text[sent.start:c.start] for w in _filed_cue_words()):
            continue  # (the cue's first word checked first: cheap)
        m = _filed_subject_re().match(text, sent.start, c.start)
        if m is None or (unknown_product(m["np"]) or canonical_label(m["np"])) != c.commodity:
            continue
        whole = unknown_product(m["whole"]) or canonical_label(m["whole"])
        if whole != c.commodity and any(w.kind == "amount" and w.commodity == whole and w is not c
                                        and (w.measure, w.reporter, w.partner, w.period) == (c.measure, c.reporter, c.partner, c.period)
                                        for w in claims):
            c.extra["_within"] = whole
