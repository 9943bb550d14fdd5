"""Shares of what a place uses, not of a flow: "Vietnam supplies about 30% of the coffee
drunk ... ", "Kenya supplies half of the tea used in Egypt by volume": the whole is the goods
used (consumed, sold) in that place, whoever made them, so the share is a market share and no
part of the supplier's exports (the participles: vocab/use_participles.csv)."""
from __future__ import annotations
import functools
import re

from .. import vocab


@functools.cache
def _share_of_use_re() -> re.Pattern:
    words = vocab.alternation([r["participle"] for r in vocab.table("use_participles")], ignore_case=True)
    # "of (the) <one to four words> used in (the) <Capitalised place>"
    return re.compile(rf"\s*of\s+(?:the\s+|all\s+)?(?:[\w'-]+\s+){{1,4}}?(?:{words})\s+in\s+(?:the\s+)?[A-Z]")


def share_of_use_in_place(after: str) -> bool:
    """Whether the share right before `after` is of the goods a named place uses."""
    if " in " not in after[:80]:
        return False  # (cheap test first: the place's "in" must follow soon)
    return _share_of_use_re().match(after) is not None
