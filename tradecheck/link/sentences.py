"""Sentences and paragraphs with their offsets, so every claim knows its neighbourhood."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

# Full stops that do not end a sentence: decimal points, initials (U.S.), short titles, a
# short word cut short right after a bracket opens ("(prev. EUR18.6bn)", "(exp. 5%)"), and
# the Latin "i.e." and "e.g." ("rose to €90bn, i.e. 2.3 times its level": one sentence);
# a word cut short that opens a clause after a semicolon, a wire flash's label ("Surplus
# A$5.6 Bln; Est. A$6.9 Bln", "Balance -$2b; Nov. -$3b"), and an estimate's "EST." after its
# source ("DEFICIT C$1.9 BLN; ANALYSTS' EST. C$1.1 BLN"; not the time zone of "9 a.m. EST.").
_ABBREV = re.compile(r"(?:\b[A-Z]\.|\b(?:i\.\s?e|e\.\s?g)\.|\([a-z]{2,8}\.|;\s?[A-Za-z]{2,8}\.|\b(?:Mr|Mrs|Ms|Dr|St|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Rs|vs|Inc|Co|Ltd|Corp|approx|est|Est|(?<![mM]\.\s)EST)\.)$")
# "8:31 a.m. ET - The deficit ...": a clock time's "a.m." before its time zone and the dash
# of a live blog's time stamp ends nothing
_CLOCK = re.compile(r"\d\s*[ap]\.\s?m\.$", re.I)
_ZONE_AFTER = re.compile(r"\s+[A-Z]{2,5}\s*[-–—|:]")
# An encyclopaedia's citation markers after the full stop ("after China.[22] Ready-made",
# "[citation needed]", "[a]", "[12][13]") belong to the sentence they close: a short
# bracket with no bracket inside, any number of them, glued to the point.
_CITATION = r"(?:\[[^\[\]\s][^\[\]\n]{0,28}\])*"
_END = re.compile(r"[.!?]+" + _CITATION + r"[\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])")


@functools.cache
def _scale_cut_short_re() -> re.Pattern:
    """A figure's scale word cut short, its point last ("79 815,3 mil.", "4.2 bn."; vocab/
    scales.csv): with a bracket after it, the bracket goes on the figure's sentence."""
    from .. import vocab  # (here, not at the top: most texts never reach this)

    words = vocab.alternation([w.rstrip(".") for w in vocab.scales() if len(w.rstrip(".")) <= 5], ignore_case=True)
    return re.compile(rf"\d\s*(?:{words})\.$", re.I)


@dataclass
class Sentence:
    start: int
    end: int
    paragraph: int
    index: int


# A "sentence" longer than this (a table flattened into one line, a pasted dump) is cut
# into pieces at commas or spaces, so that the work per number stays bounded and the whole
# document is read in time linear in its length.
MAX_SENTENCE = 1500


def split(text: str) -> list[Sentence]:
    return [Sentence(start, end, para, i) for i, (start, end, para) in enumerate(_spans(text))]


@functools.lru_cache(maxsize=2)
def _spans(text: str) -> tuple[tuple[int, int, int], ...]:
    """(start, end, paragraph) of each sentence: the pipeline splits a text twice (to link
    it, and for the report), so the second is a lookup; split() still hands out new
    Sentence objects, which callers may change."""
    return tuple((p.start, p.end, p.paragraph) for s in _split(text) for p in _cut(text, s))


def _cut(text: str, s: Sentence) -> list[Sentence]:
    if s.end - s.start <= MAX_SENTENCE:
        return [s]
    out = []
    start = s.start
    while s.end - start > MAX_SENTENCE:
        window = text[start:start + MAX_SENTENCE]
        cut = max(window.rfind(", "), window.rfind("; "))
        if cut < MAX_SENTENCE // 3:
            cut = window.rfind(" ")
        if cut < MAX_SENTENCE // 3:
            cut = MAX_SENTENCE
        out.append(Sentence(start, start + cut, s.paragraph, 0))
        start += cut
    out.append(Sentence(start, s.end, s.paragraph, 0))
    return out


def _split(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    para = 0
    for pm in re.finditer(r"[^\r\n]+", text):
        pstart = pm.start()
        chunk = pm.group(0)
        if not chunk.strip():
            continue
        s = 0
        for em in _END.finditer(chunk):
            cut = em.end()
            # an abbreviation is a few letters before the point: look at those, not at the
            # whole paragraph so far (the pattern still sees what comes before, for \b)
            if _ABBREV.search(chunk, max(0, em.start() - 12), em.start() + 1):
                continue
            if _CLOCK.search(chunk, max(0, em.start() - 12), em.end()) and _ZONE_AFTER.match(chunk, em.end()):
                continue
            if chunk.startswith(" (", em.end()) and _scale_cut_short_re().search(chunk, max(0, em.start() - 24), em.start() + 1):
                continue  # ("EUR 79 815,3 mil. (0.8 % less y-o-y) and imports ...": a unit's point, its bracket next)
            piece = chunk[s:cut]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                out.append(Sentence(pstart + s + lead, pstart + cut, para, len(out)))
            s = cut
        piece = chunk[s:]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            out.append(Sentence(pstart + s + lead, pstart + len(chunk), para, len(out)))
        para += 1
    return out
