"""A figure said in words, then at once in digits ("the deficit was about twenty trillion
yen - ¥20.0 trillion"): talk and transcripts round a figure aloud, then give it exactly.
The digits are the figure; the words only its rounding, so they are dropped rather than
read as a second figure that may disagree with the first (a check would then call the pair
a duplicate that does not agree and leave every sum of the figure unread)."""
from __future__ import annotations

import math
import re

# the words' end, then a dash (or "or", "that is") and straight after it the digits
_RESTATED_AFTER = re.compile(r"\s*(?:[-–—]|,\s*(?:or|that\s+is|i\.e\.),?)\s*(?:(?:or|exactly|precisely)\s+)?", re.I)


def spelt(m) -> bool:
    """Whether the amount is written with no digit ("twenty trillion yen"); "BGN 9.4
    billion" opens with a letter but is written in digits."""
    return not any(ch.isdigit() for ch in m.text)


def _rounds_to(words: float, digits: float) -> bool:
    """Whether the words are the digits rounded at their leading digit (20 for 23.0, 5 for 4.8)."""
    if words <= 0 or digits <= 0:
        return False
    step = 10 ** math.floor(math.log10(digits))
    return abs(words - digits) <= step / 2 + 1e-9 * digits


def drop_words_restated_in_digits(text: str, amounts: list) -> list:
    """The amounts without those spelt in words that the next amount, in digits and in the
    same currency, restates right after a dash."""
    if len(amounts) < 2:
        return amounts
    drop = set()
    for a, b in zip(amounts, amounts[1:]):
        if not spelt(a) or spelt(b) or b.start - a.end > 12:
            continue
        gap = _RESTATED_AFTER.fullmatch(text, a.end, b.start)
        if gap is None or not set(a.attrs.get("codes") or ()) & set(b.attrs.get("codes") or ()):
            continue
        if a.value is not None and b.value is not None and _rounds_to(a.value, b.value):
            drop.add(a.start)
    return [a for a in amounts if a.start not in drop] if drop else amounts
