"""A product named by a bare noun opening the sentence as its subject, in a text already on a
product: "Wines held up relatively well, with sales abroad of €11.9 billion", "Spirits, on the
other hand, fell to €4.3 billion". The noun (no article, no owner, no place, flow or whole:
see commodities.unknown_product) is the part of the trade the figure is of, though the
vocabulary need not know it."""
from __future__ import annotations

import functools
import re

from .. import vocab
from .cues import HEDGE
from ..extract.mentions import find_commodities

# words that open a sentence without being a product: articles, pronouns, and the words of
# vocab/subject_openers.csv that open an adverbial before the subject
_NOT_A_BARE_NOUN = r"(?:The|A|An|This|That|These|Those|It|Its|Their|They|There|We|Our|He|She|His|Her|Both|All|Some|Such)"


@functools.cache
def _with_flow_re() -> re.Pattern:
    """"Wines held up well, with sales abroad of" (or "with overseas sales of"): the subject, a short predicate with no
    figure or flow word, then ", with" the flow (vocab/flows.csv) of the figure."""
    flows = vocab.alternation([w for w, (measure, _) in vocab.flows().items() if measure in ("exports", "imports") and w.isalpha()],
                              ignore_case=True, inline=True)
    return re.compile(rf"\s*(?!{_NOT_A_BARE_NOUN}\b|{_openers()}\b)(?P<np>[A-Z][a-z][\w'’&-]*(?:\s+(?:and\s+)?[a-z][\w'’&-]*){{0,2}}?)"
                      rf"\s+[a-z]+(?:\s+[a-z]+){{0,4}},\s+with\s+(?:(?:overseas|foreign)\s+)?(?:{flows})(?:\s+(?:abroad|overseas))?\s+of\s+{HEDGE}$")


@functools.cache
def _change_to_re() -> re.Pattern:
    """"Spirits, on the other hand, fell to": the subject, perhaps a sentence adverb between
    commas (vocab/sentence_adverbs.csv), a change or level verb and the figure it moves to."""
    verbs = vocab.alternation(set(vocab.changes()) | vocab.level_verbs())
    adverbs = vocab.alternation(vocab.sentence_adverbs(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*(?!{_NOT_A_BARE_NOUN}\b|{_openers()}\b)(?P<np>[A-Z][a-z][\w'’&-]*(?:\s+(?:and\s+)?[a-z][\w'’&-]*){{0,2}}?)"
                      rf"(?:\s*,\s*(?i:{adverbs})\s*,)?\s+(?:{verbs})\s+(?:to|at)\s+{HEDGE}$")


@functools.cache
def _openers() -> str:
    return vocab.alternation(vocab.subject_openers())


def bare_subject_product(text: str, sent_start: int, figure_start: int) -> str | None:
    """The product a bare noun opening the sentence names, for its figure; None when the
    sentence opens otherwise or the noun names no product."""
    from .commodities import unknown_product

    if figure_start - sent_start > 120 or not text[sent_start:sent_start + 1].isupper():
        return None  # (a short sentence opening on a capital: cheap)
    mm = _change_to_re().match(text, sent_start, figure_start) or _with_flow_re().match(text, sent_start, figure_start)
    if mm is None or mm["np"].lower().split()[-1] in vocab.value_words() or mm["np"].endswith("'s"):
        return None
    return unknown_product(mm["np"])


@functools.cache
def _sister_to_re() -> re.Pattern:
    """", while herring rose to": after a figure of one product, a clause opening on "while"
    (or "whereas", "and") whose subject is a bare lower-case noun, a change or level verb and
    the figure it moves to."""
    verbs = vocab.alternation(set(vocab.changes()) | vocab.level_verbs())
    return re.compile(rf",?\s+(?:while|whereas|and)\s+(?P<np>[a-z][\w'’&-]*(?:\s+[a-z][\w'’&-]*){{0,2}}?)"
                      rf"\s+(?:{verbs})\s+(?:to|at)\s+{HEDGE}$")


# words that open a noun phrase that is no bare product: an article, an owner, a quantifier
_DETERMINER = r"(?:the|a|an|its|their|this|that|these|those|all|other|some|most)"


@functools.cache
def _sister_for_re() -> re.Pattern:
    """", and industrial products for": after a figure one product "accounted for", the next
    product's clause with the verb left out, only its "for" before the figure."""
    return re.compile(rf",?\s+and\s+(?!{_DETERMINER}\b)(?P<np>[a-z][\w'’&-]*(?:\s+[a-z][\w'’&-]*){{0,2}}?)\s+for\s+{HEDGE}$")


@functools.cache
def _sister_rival_re() -> re.Pattern:
    """"ahead of marine products at", "overtaking marine products, which brought in": after a
    product's figure, a rival product that words of ranking (vocab/rank_against_cues.csv,
    vocab/overtake_verbs.csv) put beside it, then its own figure ("at", "with", or a relative
    clause whose verb takes it)."""
    cues = vocab.alternation(set(vocab.rank_against_cues()) | set(vocab.overtake_verbs()), space=r"\s+")
    return re.compile(rf"\b(?:{cues})\s+(?!{_DETERMINER}\b)(?P<np>[a-z][\w'’&-]*(?:\s+[a-z][\w'’&-]*){{0,2}}?)"
                      rf"(?:\s+(?:at|with)|\s*,\s+which\s+[a-z]+(?:\s+in)?)\s+{HEDGE}$")


def _sister_clause(text: str, prev_end: int, figure_start: int) -> re.Match | None:
    """The clause after a product's figure that names the next product as its figure's
    subject (see sister_subject_product), or None; each form gated by its words (cheap)."""
    gap = text[prev_end:figure_start]
    if "while" in gap or " and " in gap or "whereas" in gap:
        mm = _sister_to_re().search(text, prev_end, figure_start)
        if mm is None and gap.rstrip().endswith(" for"):
            mm = _sister_for_re().search(text, prev_end, figure_start)
        if mm is not None:
            return mm
    if " at " in gap or " with " in gap or " which " in gap:
        mm = _sister_rival_re().search(text, prev_end, figure_start)
        # (a rival is a product by its words: a noun of goods or a product the vocabulary
        # knows, "marine products", "tea"; not "above expectations at")
        if mm is not None and (mm["np"].split()[-1].lower() in vocab.goods_nouns() or find_commodities(mm["np"])):
            return mm
    return None


def sister_subject_product(text: str, prev_end: int, figure_start: int) -> str | None:
    """The product a bare noun names as the subject of the clause after a product's figure
    ("Cod exports were worth $2bn, up 5 per cent, while haddock rose to $0.9bn": haddock, a
    sister of cod, not the whole seafood trade), though the vocabulary need not know it; None
    when the clause is otherwise or the noun names no product (a flow, a whole, a place). So
    for a sister whose verb is left out ("Marine products accounted for ISK 149bn, and
    industrial products for ISK 204bn") and for a rival ranked beside the product ("Aluminium
    led at ISK 307bn, ahead of marine products at ISK 301bn"; "overtaking marine products,
    which brought in ISK 208bn"): the second product's figures are its own, never the first's."""
    from .commodities import unknown_product

    if figure_start - prev_end > 80:
        return None  # (a short gap: cheap)
    mm = _sister_clause(text, prev_end, figure_start)
    if mm is None:
        return None
    words = mm["np"].lower().split()
    if words[-1] in vocab.value_words() or words[-1] in vocab.volume_nouns():
        return None  # ("while volumes rose to": no product)
    if any(w in vocab.sector_words() for w in words) and words[-1] not in vocab.goods_nouns():
        # ("and the sector's share rose to": no product; but "and industrial products for":
        # a sector's word before a noun of goods names a group of products)
        return None
    return unknown_product(mm["np"])
