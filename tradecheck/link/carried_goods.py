"""Goods carried by a named carrier: "the value of goods carried by the Northern Railway
Express reached $5 billion". Goods a route, line or kind of vehicle carries are trade by one
mode of transport, a part of the trade between the places, never its whole. The mode is read
from a word in the carrier's name (vocab/carrier_modes.csv: "railway" is rail); the label is
the one the commodities table gives that mode ("carried by rail,rail")."""
from __future__ import annotations

import functools
import re

from .. import vocab

# (a verb of carrying, then the carrier up to the clause's next verb or punctuation)
_CARRIED = re.compile(
    r"\s+(?:carried|transported|shipped|moved|hauled|delivered)\s+(?:by|via|on|aboard|through)\s+"
    r"(?P<carrier>[^,.;:()]{1,80}?)(?=\s+(?:reached|rose|fell|grew|totall?ed|stood|amounted|came|was|were|hit|climbed|"
    r"jumped|increased|decreased|declined|surged|dropped|exceeded|topped|is|are|worth|valued)\b|[,.;:(]|$)",
    re.I)


@functools.cache
def _carrier_word_re() -> re.Pattern:
    words = vocab.alternation(vocab.carrier_modes(), ignore_case=True, space=r"[\s-]+")
    return re.compile(rf"\b(?:{words})\b", re.I)


def mode_of_carried_goods(text: str, goods_end: int, end: int) -> str | None:
    """The mode of transport of goods said, right after their word (ending at `goods_end`),
    to be carried by a carrier whose name has a mode's word; None when not."""
    seg = text[goods_end:end]
    if "by" not in seg and "via" not in seg and "on" not in seg:
        return None  # (cheap: no carrier)
    m = _CARRIED.match(seg)
    if m is None:
        return None
    word = _carrier_word_re().search(m["carrier"])
    return vocab.carrier_modes()[re.sub(r"[\s-]+", " ", word.group(0).lower())] if word else None
