"""An industry's trade body as the source of a flow: "The Federation of the Swiss Watch
Industry reported exports of CHF 2.31 billion", "the Salmon Producers' Association said
exports rose". The body speaks for one product, so the flow it reports is that product's,
not the country's whole exports (which a balance or a total could then be checked
against). Words: vocab/industry_body_words.csv."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..extract.mentions import find_countries
from .commodities import unknown_product
from .cues import holds_any


@functools.cache
def _body_words() -> tuple[str, ...]:
    # (the cheap test: a body's noun must be in the sentence before the figure)
    return tuple(w.lower() for w in vocab.industry_body_words("head"))


@functools.cache
def _body_re() -> re.Pattern:
    heads = vocab.alternation(vocab.industry_body_words("head"))
    trades = vocab.alternation(vocab.industry_body_words("trade"))
    np = r"(?P<np{n}>(?:[A-Z][\w'’-]*\s+){{1,3}}?)"
    # "Federation of the Swiss Watch Industry" | "Salmon Producers' Association"
    return re.compile(rf"\b(?:{heads})\s+of\s+(?:the\s+)?{np.format(n=1)}(?:{trades})\b"
                      rf"|\b{np.format(n=2)}(?:{trades})['’]?\s+(?:{heads})\b")


def product_of_industry_body(text: str, sent_start: int, pos: int) -> str | None:
    """The product an industry body named before the figure at `pos` in its sentence speaks
    for (its name's words past the nation's adjective: "Swiss Watch" gives watches); None
    when the sentence names no such body."""
    before = text[sent_start:pos]
    if not holds_any(before, _body_words()):
        return None
    found = None
    for found in _body_re().finditer(before):
        pass
    if found is None or re.search(r"\d", before[found.end():]):
        # ("The ... Manufacturers' Association said total sales by its members reached
        # €5.1bn, of which exports ...": a figure between, the members' whole, leads the rest)
        return None
    np = found["np1"] or found["np2"]
    # ("Swiss Watch": the nation's adjective is the body's country, no part of the product)
    words = [w for w in np.split() if not find_countries(w)]
    return unknown_product(" ".join(words)) if words else None
