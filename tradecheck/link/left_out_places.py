"""Places a sentence names only as left out of the text's figures: "The figures exclude trade
with Botswana, Lesotho, Namibia and Swaziland, which fall within the customs union".

Such a sentence gives no figure, yet names two places beside a flow word ("trade"), which the
discourse would otherwise take as the pair the next figures are about (the first place
reporting): the text's own flows would become the first excluded place's. A place named after
a word that leaves trade out (vocab/left_out_place_cues.csv, vocab/exclusion_cues.csv), in the
same clause, is no side of any figure; the discourse keeps the pair it had. The flow word
of that clause ("trade with") is left out too: it does not turn the discourse to two-way trade."""
from __future__ import annotations

import functools
import re

from .. import vocab


@functools.cache
def _cue_re() -> re.Pattern:
    cues = vocab.alternation([r["phrase"] for r in vocab.table("left_out_place_cues")] + vocab.exclusion_cues(),
                             ignore_case=True, space=r"\s+")
    # (the cue's clause runs to a stop, a bracket or a relative clause: ", which fall within")
    return re.compile(rf"\b(?:{cues})\b(?P<clause>(?:(?!,\s+(?:which|where|while|but|as)\b)[^.;:()])*)", re.I)


@functools.cache
def _cue_words() -> tuple[str, ...]:
    """The first word of every cue, lower case: a sentence without one has none (cheap test)."""
    return tuple({c.split()[0].lower() for c in [r["phrase"] for r in vocab.table("left_out_place_cues")] + vocab.exclusion_cues()})


def named_as_left_out(text: str, start: int, end: int, mentions: list) -> set[int]:
    """The start offsets of the `mentions` (places, flows) in text[start:end] that the
    sentence names as left out of the figures."""
    low = text[start:end].lower()
    if not any(w in low for w in _cue_words()):
        return set()
    spans = [m.span("clause") for m in _cue_re().finditer(text, start, end)]
    return {x.start for x in mentions if any(a <= x.start < b for a, b in spans)}
