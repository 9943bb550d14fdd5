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


# "of the world's diamonds", "of global cocoa output": the whole the world's, then its goods,
# words and no figure ("of the world's USD 24.0 trillion" is a level of a flow), up to the
# clause's end (a comma, a full stop, a bracket or a verb's "by"/"in"/"and")
_SHARE_OF_WORLD_GOODS = re.compile(r"\s*of\s+(?:the\s+)?(?:world['’]s|global|worldwide)\s+(?P<goods>(?:[A-Za-z][\w-]*\s+){0,3}?[A-Za-z][\w-]*)(?=\s*[,.;:()]|\s+(?:and|by|in|at|from)\b|\s*$)")


def share_of_world_goods(after: str) -> bool:
    """"cuts and polishes about 90% of the world's diamonds": a share whose whole is the
    world's goods, no flow named among them (vocab/flows.csv), is the place's part of the
    world's making or supply, not of its own trade (but "12% of the world's exports": a flow)."""
    if "world" not in after[:20] and "global" not in after[:20]:
        return False  # (cheap test first)
    mm = _SHARE_OF_WORLD_GOODS.match(after)
    if mm is None:
        return False
    return not any(w in _flow_words() for w in mm["goods"].lower().split())


@functools.cache
def _flow_words() -> frozenset[str]:
    # (single flow words only, "exports", "trade", "sales": one of them in the goods names a flow)
    return frozenset(w.lower() for w, (measure, _) in vocab.flows().items() if measure != "other" and " " not in w) | {"trade"}
