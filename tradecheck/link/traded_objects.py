"""The goods a figure is the value of, named in a flow the figure's clause goes on from:

- "the rise came from imports of wind blades, which reached $900 million": the goods of the
  flow are those the relative clause after them gives the level of (or the share: "Exports of
  wind blades, which make up 40 percent of the total");
- "Imports of wind blades from Spain accounted for 40 percent": a flow that names its goods,
  then its place, is of those goods;
- "The hardest hit were wind blades, whose sales abroad shrank 34.9 percent": the goods whose
  flow a relative clause gives the change (or the level) of.

Each returns the goods' words; the caller keeps them only when they name a product (no place,
flow, period or whole: unknown_product in commodities.py)."""
from __future__ import annotations

import functools
import re

from .. import vocab
from .cues import HEDGE

_WORD = r"[a-z][\w'’-]*"


@functools.cache
def _flow_then_which_re() -> re.Pattern:
    # (a share's verbs too, vocab/share_cues.csv: "which make up 69.1 percent")
    verbs = vocab.alternation(set(vocab.changes()) | vocab.level_verbs() | set(vocab.share_cues()["before"]))
    return re.compile(rf"\b(?:exports|imports|shipments|purchases)\s+of\s+(?P<np>{_WORD}(?:\s+{_WORD}){{0,3}}?)"
                      rf",\s+which\s+(?:(?:{verbs})|stood)(?:\s+(?:to|at|by|of))?\s+{HEDGE}$", re.I)


def goods_before_which(clause: str) -> str | None:
    """"a jump in imports of solar cells, which reached": the goods of the flow the relative
    clause gives the level (or the share) of."""
    if ", which" not in clause:
        return None  # (checked first: cheap)
    mm = _flow_then_which_re().search(clause)
    return mm["np"] if mm else None


# words that end the goods' noun phrase on their left: a verb of being, an article, a
# preposition ("The hardest hit were primary products": the goods are "primary products")
_NOT_GOODS_WORD = r"(?!(?:were|was|are|is|been|be|the|a|an|of|by|in|for|with|from|and|as)\b)"


@functools.cache
def _goods_then_whose_re() -> re.Pattern:
    verbs = vocab.alternation(set(vocab.changes()) | vocab.level_verbs())
    return re.compile(rf"(?<![\w'’-])(?P<np>{_NOT_GOODS_WORD}{_WORD}(?:\s+{_NOT_GOODS_WORD}{_WORD}){{0,2}})"
                      r",\s+whose\s+(?:foreign\s+|overseas\s+|external\s+)?(?:sales|exports|shipments|earnings)"
                      rf"(?:\s+(?:abroad|overseas))?\s+(?:{verbs})(?:\s+(?:to|at|by|of))?\s+{HEDGE}$", re.I)


def goods_before_whose(clause: str) -> str | None:
    """"The hardest hit were primary products, whose sales abroad shrank 34.9 percent": the
    goods the relative clause gives the change or level of their own flow of."""
    if ", whose" not in clause:
        return None  # (checked first: cheap)
    mm = _goods_then_whose_re().search(clause)
    return mm["np"] if mm else None


@functools.cache
def _flow_of_goods_from_place_re() -> re.Pattern:
    return re.compile(rf"\b(?:[Ee]xports|[Ii]mports|[Ss]hipments|[Pp]urchases)\s+of\s+(?P<np>{_WORD}(?:\s+{_WORD}){{0,3}}?)"
                      # ("for anodes": what the goods are for, no part of their name)
                      rf"(?:\s+for\s+{_WORD}(?:\s+{_WORD})?)?"
                      r"\s+(?:from|to)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
                      rf"\s+(?:[a-z]+\s+){{1,2}}?{HEDGE}$")


def goods_of_flow_with_place(clause: str) -> str | None:
    """"Imports of natural graphite for anodes from China accounted for 97.7 percent": a
    sentence whose flow names its own goods, then its place, starts its own product (not the
    one the sentences before were on)."""
    if " of " not in clause:
        return None  # (checked first: cheap)
    mm = _flow_of_goods_from_place_re().search(clause)
    return mm["np"] if mm else None


@functools.cache
def _place_traded_goods_worth_re() -> re.Pattern:
    # the subject: a capitalised name (a place, checked by the caller), at the clause's start
    return re.compile(r"(?:^\s*|[;:]\s*|\b(?:and|while|but|whereas)\s+)(?P<subj>(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}))"
                      r"\s+(?:also\s+)?(?:imported|exported|shipped|purchased|bought|sold)"
                      rf"\s+(?P<np>{_WORD}(?:\s+{_WORD}){{0,3}}?)\s+worth\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?{HEDGE}$", re.I)


def goods_a_place_traded(clause: str) -> tuple[str, str] | None:
    """"Chile exported fresh cherries worth $2.3 billion": a place that trades goods "worth" a
    figure makes the figure the value of those goods (the place, then the goods' words)."""
    if " worth" not in clause:
        return None  # (checked first: cheap)
    mm = _place_traded_goods_worth_re().search(clause)
    return (mm["subj"], mm["np"]) if mm else None
