"""Claims grouped by the sentence they stand in, in one walk over both.

Checks that read one sentence at a time (a goal and its result, a change said twice) asked
every claim of the text for each sentence: twice the text, four times the work. Sorted by
where they start, claims and sentences are walked together instead."""
from __future__ import annotations

from ..model import Claim


def by_sentence(sentences, claims: list[Claim]) -> list[list[Claim]]:
    """For each sentence (in order, each with .start and .end), its claims in text order."""
    ordered = sorted(claims, key=lambda c: c.start)
    out: list[list[Claim]] = []
    k = 0
    for sent in sentences:
        while k < len(ordered) and ordered[k].start < sent.start:
            k += 1
        own = []
        j = k
        while j < len(ordered) and ordered[j].start < sent.end:
            own.append(ordered[j])
            j += 1
        out.append(own)
    return out
