"""Worked examples with made-up figures: the stretch of text a made-up case spans.

An explainer sets a made-up case beside the real statistics: "Suppose a country exports
$500bn and imports $650bn. Step 1. Subtract: $500bn - $650bn = -$150bn. ... In 2023 the
United States exported ...". The made-up figures are no statistic of the place or year the
real ones around them name; read with those, they are checked against the real figures and
cry wolf. This finds where each made-up case begins and ends, so that every figure in it is
read as an illustration (link/measures.hypothetical)."""
from __future__ import annotations

import functools
import re

from .. import vocab
from .sentences import Sentence

# a year in a sentence: the text is back on real data ("India's share was 1.8% in 2022")
_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,]\d)")
# a bullet or quote before a sentence's first word
_LEAD = re.compile(r"[\s\"“‘'(*•·–—-]*")


@functools.cache
def _opener_re() -> re.Pattern:
    """A sentence that opens a made-up case: "Suppose ...", "Imagine ...", "Example: ..."
    (vocab/hypothetical_cues.csv, role opener), or a conditional with a generic subject ("If
    a country exports ...", roles cue and subject)."""
    opener = vocab.alternation(vocab.hypothetical_cues("opener"), ignore_case=True, space=r"\s+")
    cue = vocab.alternation(vocab.hypothetical_cues("cue"), ignore_case=True, space=r"\s+")
    subject = vocab.alternation(vocab.hypothetical_cues("subject"), ignore_case=True, space=r"\s+")
    return re.compile(rf"(?:(?:{opener})(?:(?<=:)|\b(?!-))|(?:{cue})[\s,]+(?:that\s+)?(?:{subject})\b)", re.I)


@functools.cache
def _step_re() -> re.Pattern:
    """A paragraph that carries the worked example on: a step's label ("Step 2.") or a sum
    written out ("$500bn / $650bn = 0.769")."""
    step = vocab.alternation(vocab.hypothetical_cues("step"), ignore_case=True, space=r"\s+")
    return re.compile(rf"(?:{step})\s+\d+\b|[^=\n]*\s=\s", re.I)


def made_up_spans(text: str, sents: list[Sentence]) -> tuple[tuple[int, int], ...]:
    """(start, end) of each made-up case: from the sentence that opens it to the end of its
    paragraph and on through the worked steps that follow, up to a sentence that names a
    year (the real data again), a heading or any other paragraph."""
    if not any(k in text for k in ("uppose", "magine", "xample", "ssume", "Say ", "say ", "If ", "ypothetical")):
        return ()
    opener = _opener_re()
    out: list[tuple[int, int]] = []
    i, n = 0, len(sents)
    while i < n:
        s = sents[i]
        lead = _LEAD.match(text, s.start).end()
        if not opener.match(text, lead, s.end):
            i += 1
            continue
        start, end, para = s.start, s.end, s.paragraph
        j = i + 1
        while j < n:
            t = sents[j]
            if t.paragraph != para:
                if t.paragraph != para + 1 or not _step_re().match(text, _LEAD.match(text, t.start).end(), t.end):
                    break
                para = t.paragraph
            if _YEAR.search(text, t.start, t.end):
                break
            end = t.end
            j += 1
        out.append((start, end))
        i = j
    return tuple(out)
