"""A product's flow split by the scale of its producers:

    Gold exports by small-scale miners more than doubled last year, bringing in US$2,005.6
    million ... while large-scale mining companies exported 2.86 million ounces valued at
    US$3,657.3 million. In all, the country exported ... gold worth US$5,662.9 million

A figure whose clause names a scale of producers (vocab/producer_scales.csv) is that scale's
part of its product ("small-scale gold"), not the whole product: the two scales are kinds that
make up all of it (vocab/complementary_kinds.csv), so their figures add up to the product's
(check/sums.py, add_complementary_kinds). Where the clause's product is only its producers'
sector ("mining" of "large-scale mining companies"), the product is the one named before."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..model import Claim

# where a clause ends, looking back from a figure: a semicolon, or a comma before "while",
# "whereas", "but"
_CLAUSE_BREAK = re.compile(r";|,\s+(?:while|whereas|but)\b", re.I)


@functools.cache
def _scales() -> tuple[str, ...]:
    """The scale words, as vocab/producer_scales.csv writes them ("small-scale")."""
    return tuple(r["scale"].lower() for r in vocab.table("producer_scales"))


@functools.cache
def _scale_re() -> re.Pattern:
    """A scale word, then what it sizes: producers (vocab/producer_scale_nouns.csv, a word of
    their trade perhaps between) or a word that may be the product (`sized`)."""
    scales = vocab.alternation(_scales(), ignore_case=True, space=r"[\s-]")
    nouns = vocab.alternation([r["word"] for r in vocab.table("producer_scale_nouns")], ignore_case=True, space=r"\s+")
    return re.compile(rf"(?<![\w-])(?P<scale>{scales})\s+(?:(?:[a-z-]+\s+)?(?P<producers>{nouns})(?![\w-])|(?P<sized>[\w-]+))", re.I)


def _scale_of_clause(text: str, sentence_start: int, pos: int, product: str) -> str | None:
    """The producers' scale the clause before `pos` names, hyphenated ("small-scale"), for
    producers or right before the product's first word; else None."""
    breaks = list(_CLAUSE_BREAK.finditer(text, sentence_start, pos))
    head = product.split()[0].lower()
    for found in reversed(list(_scale_re().finditer(text, breaks[-1].end() if breaks else sentence_start, pos))):
        if found["producers"] or found["sized"].lower() == head:
            return "-".join(found["scale"].lower().split())
    return None


def flows_by_producer_scale(text: str, sents: list, claims: list[Claim]) -> None:
    """Narrow the product of each flow figure whose clause names a scale of producers to that
    scale's part of it ("small-scale gold")."""
    if "scale" not in text:
        return  # (cheap: no scale named)
    starts = {x.index: x.start for x in sents}
    sectors = vocab.sector_words()
    product = None  # the last product named, for a figure whose clause gives only a sector
    for c in claims:
        if c.measure not in ("exports", "imports"):
            continue
        own = c.commodity
        base = product if own and own.lower() in sectors else own
        if own and own.lower() not in sectors:
            product = own
        if not base or base.lower().startswith(_scales()):
            continue
        scale = _scale_of_clause(text, starts.get(c.sentence, 0), c.start, base)
        if scale is None:
            continue
        c.commodity = f"{scale} {base}"
        c.how["commodity"], c.basis["commodity"] = "producer-scale", "text"
