"""Slide and section titles in a deck's text ("Slide 3: 2023 review", "Slide 6: 2024
forecast"): a title names what the lines under it are about, up to the next title. A year in
the title dates those lines, whatever the deck's own date (a seminar held in January 2024
reviews 2023 on one slide and forecasts 2024 on another)."""
from __future__ import annotations

import functools
import re

from .. import vocab
from .sentences import Sentence


@functools.cache
def _title_re() -> re.Pattern:
    words = vocab.alternation([r["word"] for r in vocab.table("slide_title_words")], ignore_case=True)
    # the word and its number open the line, and the title follows a colon (or a dash)
    return re.compile(rf"(?:{words})\s+\d{{1,3}}\s*(?::|[–—-]\s)\s*\S", re.I)


def is_slide_title(text: str, sent: Sentence) -> bool:
    """Whether the sentence is a slide's (or section's) title line standing alone on its line."""
    if not _title_re().match(text, sent.start, sent.end):
        return False
    line_end = text.find("\n", sent.start)
    return line_end < 0 or line_end >= sent.end


def title_product(text: str, sent: Sentence, commodities: list) -> str | None:
    """The one product a slide's title names ("Slide 2: Kenya tea exports 2022"), whose the
    figures under it with no product word of their own are; None when it names none, or
    several (a title over more than one product says which none of its lines is about)."""
    named = [x for x in commodities if sent.start <= x.start < sent.end]
    labels = {x.attrs.get("label") or x.text.lower() for x in named}
    return named[0].attrs.get("label") or named[0].text if len(labels) == 1 else None
