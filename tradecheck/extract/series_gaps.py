"""A bare gap word that stands for a gap of no trade flow named before it.

"The global trade finance gap ... rose to $2.5 trillion. Developing Asia accounted for $1.3
trillion, or 40% of the global gap": once a text names a gap of money that is no trade flow
(vocab/flows.csv, measure other: "trade finance gap", "financing gap"), the same noun alone
later ("the gap") is that gap again, no trade balance. Read as a deficit it would make the
part a trade balance and its whole other money, and nothing would be compared. The reading
holds only until the text names a trade flow (exports, imports, trade or a balance of its
own): after that, which gap a bare word means the words no longer say."""
from __future__ import annotations

import dataclasses
import functools

from .. import vocab
from .mentions import Mention


def bare_gaps_of_other(flows: list[Mention]) -> list[Mention]:
    """`flows` with each bare balance word that repeats the last noun of a gap of other
    money named before it (no trade flow word between) read as that money (measure other)."""
    if not any(f.attrs["measure"] == "other" and " " in f.text for f in flows):
        return flows  # (cheap: most texts name no gap of other money)
    out = []
    noun = None  # the head noun of the gap of other money last named, while it holds
    for f in flows:
        measure, words = f.attrs["measure"], f.text.lower().split()
        if measure == "other" and len(words) > 1:
            if _singular(words[-1]) in balance_nouns():
                noun = _singular(words[-1])  # ("trade finance gap": "gap"; a later "trade finance": kept)
        elif measure == "balance" and noun is not None and len(words) == 1 and _singular(words[0]) == noun:
            f = dataclasses.replace(f, attrs={**f.attrs, "measure": "other", "sign": 0})
        elif measure != "other":
            noun = None
        out.append(f)
    return out


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") else word


@functools.cache
def balance_nouns() -> frozenset[str]:
    """The balance words of one word (vocab/flows.csv): "gap", "deficit", "shortfall"."""
    return frozenset(_singular(w.lower()) for w, (measure, _) in vocab.flows().items() if measure == "balance" and " " not in w)
