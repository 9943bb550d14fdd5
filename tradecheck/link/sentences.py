"""Sentences and paragraphs with their offsets, so every claim knows its neighbourhood."""
from __future__ import annotations

import re
from dataclasses import dataclass

# Full stops that do not end a sentence: decimal points, initials (U.S.), short titles.
_ABBREV = re.compile(r"(?:\b[A-Z]\.|\b(?:Mr|Mrs|Ms|Dr|St|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Rs|vs|Inc|Co|Ltd|Corp|approx|est)\.)$")
_END = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])")


@dataclass
class Sentence:
    start: int
    end: int
    paragraph: int
    index: int


def split(text: str) -> list[Sentence]:
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
            if _ABBREV.search(chunk[:em.start() + 1]):
                continue
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
