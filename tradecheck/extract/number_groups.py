"""A number written in groups of digits and scale words, as Spanish and Portuguese desks
write a count in full: "Mexico exported 2 million 768 thousand 268 light vehicles" is one
number, 2,768,268, not "2 million" and then "268 light vehicles" (a level of 268 set against
one of 2 million makes a change of -100%).

Such a run is written as its digits, thousands grouped by commas ("2,768,268"), followed by
spaces to the run's end, so the text keeps its length and every offset (the claims keep the
words as written). A run is two groups at least, each group's scale word smaller than the one
before (vocab/number_word_groups.csv), down to "thousand", then perhaps bare digits; a single
"2 million" is left as it is, read by the money and quantity readers as ever. So is money
("21 billion 796 million dollars"): extract/money.py joins such an amount itself, in the
currency written after it."""
from __future__ import annotations

import functools
import re

from .. import vocab


@functools.cache
def _scales() -> dict[str, float]:
    return {r["word"]: float(r["multiplier"]) for r in vocab.table("number_word_groups")}


@functools.cache
def _run_re() -> re.Pattern:
    words = vocab.alternation(list(_scales()), ignore_case=True)
    group = rf"\d{{1,3}}\s+(?:{words})\b"
    # (no digit, decimal point or thousands comma glued to either end: "1.2 million 300
    # thousand" is no such run)
    return re.compile(rf"(?<![\d.,])(?:{group}\s+){{1,2}}{group}(?:\s+\d{{1,3}}(?![\d.,]?\d))?", re.I)


def _value(run: str) -> int | None:
    """The number a run writes, or None when its scale words do not fall ("2 thousand 3
    million": no one number), bare digits follow a scale word other than "thousand", or the
    run stops short of "thousand"."""
    total, last, smallest = 0, None, None
    for digits, word in re.findall(r"(\d+)(?:\s+([A-Za-z]+))?", run):
        scale = _scales().get(word.lower(), 0) if word else 1
        if not scale or (last is not None and scale >= last) or (not word and last != 1e3):
            return None
        total, last = total + int(digits) * int(scale), scale
        smallest = scale if word else smallest
    # (down to "thousand": "21 billion 796 million" is a count of millions, which the money
    # reader joins where it is money)
    return total if smallest == 1e3 else None


@functools.cache
def _money_after_re() -> re.Pattern:
    """A currency word right after a run ("... thousand dollars"), or a currency's sign or word
    right before it ("US$ 2 million ...", "$2 million ..."): vocab/currencies.csv."""
    rows = vocab.currencies()
    after = vocab.alternation([r["token"] for r in rows if r["position"] in ("suffix", "both")], ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*(?:{after})\b", re.I)


@functools.cache
def _money_before_re() -> re.Pattern:
    rows = vocab.currencies()
    before = vocab.alternation([r["token"] for r in rows if r["position"] in ("prefix", "both")], ignore_case=True, space=r"\s+")
    return re.compile(rf"(?:{before})\s*$", re.I)


def joined_number_groups(text: str) -> str:
    """`text` with each run of digit groups and scale words written as one number (the same
    length)."""
    low = text.lower()
    if not any(w in low for w, scale in _scales().items() if scale == 1e3):
        return text  # (cheap test first: every run goes down to "thousand", see _value)
    out, at = [], 0
    for m in _run_re().finditer(text):
        value = _value(m.group(0))
        if value is None or _money_after_re().match(text, m.end()) or _money_before_re().search(text, max(0, m.start() - 8), m.start()):
            continue  # (money: extract/money.py reads it)
        digits = f"{value:,}"
        out.append(text[at:m.start()] + digits + " " * (m.end() - m.start() - len(digits)))
        at = m.end()
    return "".join(out) + text[at:] if out else text
