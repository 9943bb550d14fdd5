"""A text whose main period is named only by its title line.

"THE BUDGET STATEMENT ... FOR THE 2024 FINANCIAL YEAR", then "provisional data for 2023
indicate that the trade balance ... Total merchandise exports were ...": a plan or review
is titled by the year it is for, while its paragraphs report the year before. The title's
year is no evidence that a sentence continuing a paragraph its own earlier year dates is
of the title's year (see claims: the paragraph digresses into the earlier year)."""
from __future__ import annotations

import re

from .context import _lead_periods

_DIGIT = re.compile(r"\d")


def main_period_from_title(by_sentence, sents, ctx, text: str) -> bool:
    """Whether the first period the text states as its own stands in its first sentence,
    a title line in capitals with no figure other than that period."""
    first = next(_lead_periods(by_sentence, sents, ctx, text), None)
    if first is None or first[2] != 0 or not sents:
        return False
    pm, s = first[0], sents[0]
    line = text[s.start:s.end]
    if "\n" in line.strip() or line != line.upper():
        return False  # (a document's title in capitals, not a news headline: "Exports fell in October")
    return not _DIGIT.search(text[s.start:pm.start] + text[pm.end:s.end])
