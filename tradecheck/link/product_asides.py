"""A product subject with an aside on what it is or where it comes from, set off by commas
between it and its verb: "Metallurgical coal, used in steelmaking, earned A$47.2 billion",
"Arabica, grown mainly in the highlands, brought in $1.2 billion", "Coking coal, known as
met coal, made up 60%".

The aside is a past participle (a regular "-ed" one, or one of vocab/aside_participles.csv),
perhaps an adverb, then a preposition and its words, with no figure in it. It describes the
product; the product and its modifiers stay the subject. Read without the aside, the
subject is the whole noun phrase ("metallurgical coal"), not the last product word the
vocabulary knows ("coal"), which would make a sub-product the product's whole.

The same aside after the next product of a list whose verb is left out ("..., and thermal
coal, used in power generation, A$25.3 billion") leaves that product's whole phrase as the
figure's.

The same participle, without commas, after the product words of "of" that follow a figure
("$8.21 billion of goods shipped across the Tasman", "$2bn of wine sold to Britain") opens
the same kind of description: the product is the words before it ("goods"), not "goods
shipped", which no table knows and which would keep the figure from its whole."""
from __future__ import annotations

import functools
import re

from .. import vocab
from .measures import names_country_or_flow


@functools.cache
def _participle_aside_re() -> re.Pattern:
    irregular = vocab.alternation([r["word"] for r in vocab.table("aside_participles")], ignore_case=True)
    participle = rf"(?:[a-z]+ed|{irregular})"
    preposition = r"(?:in|for|as|by|to|from|into|on|at|under|with|across|throughout|mostly|mainly|largely|chiefly|primarily)"
    # (an adverb may come before the participle too: ", largely produced for export,")
    return re.compile(rf",\s+(?:[a-z]+ly\s+)?{participle}\s+(?:[a-z]+ly\s+)?{preposition}\b[^,;:()\d$€£¥%]{{1,60}},", re.I)


@functools.cache
def _participle_tail_re() -> re.Pattern:
    irregular = vocab.alternation([r["word"] for r in vocab.table("aside_participles")], ignore_case=True)
    # (after one word at least: "of processed food", "of refined and crude oil" keep theirs;
    # the participle ends the words, or a preposition or adverb follows it)
    return re.compile(rf"(?<=\w)\s+(?:[a-z]{{2,}}[^e\W]ed|{irregular})(?:\s+(?:{_PREPOSITIONS}|[a-z]+ly|abroad|overseas)\b.*)?$", re.I)


_PREPOSITIONS = r"in|for|as|by|to|from|into|on|at|under|with|across|through|via|over"


def before_participle_tail(words: str) -> str:
    """"goods" in "goods shipped across" ("$8.21 billion of goods shipped across the
    Tasman"): a product's words before a past participle that describes it."""
    if " " not in words.strip():
        return words  # (cheap: one word has no tail)
    return _participle_tail_re().sub("", words.strip()) or words


def without_participle_asides(clause: str) -> str:
    """`clause` with each participle aside replaced by a space ("Metallurgical coal, used in
    steelmaking, earned" -> "Metallurgical coal earned")."""
    if "," not in clause:
        return clause  # (cheap: an aside needs its commas)
    return _participle_aside_re().sub(" ", clause)


# "..., and thermal coal A$25.3 billion": the next product of a list, its verb left out (the
# noun phrase after the conjunction, up to four words, right before the figure)
_ELIDED_PRODUCT = re.compile(r"[^;]*?,?\s+(?:and|while|whereas)\s+(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*){1,3}?)\s*,?\s*(?:about\s+|some\s+|around\s+)?$")


def elided_sub_product(gap: str, label: str | None) -> str | None:
    """The whole noun phrase of the next product in a list whose verb is left out, when it
    ends in the product word `label` was read from and has more words before it ("and
    thermal coal" read as "coal"): that phrase names a kind of the product, its own part."""
    if not label:
        return None
    mm = _ELIDED_PRODUCT.match(without_participle_asides(gap))
    if mm is None:
        return None
    np = re.sub(r"\s+", " ", mm["np"].lower())
    if not np.endswith(" " + label) or _NOT_A_MODIFIER.search(np) or names_country_or_flow(np):
        return None  # ("and exports of coal": a flow of the product, no kind of it)
    return np


# words that make a phrase more than a modifier and its product
_NOT_A_MODIFIER = re.compile(r"\b(?:of|in|to|from|for|the|its|their|a|an)\b")
