"""The money of a quantity the sentence before gave: "Indonesia shipped 311.6 million tonnes
of coal abroad in January-September. The export value, however, fell 11.3 percent to US$22.48
billion"; "Vietnam exported 7.8 million tonnes of rice in 2023. Export earnings rose 38.4% to
$4.7 billion"; "Exports reached 4.1 million tonnes of cocoa beans. Their value rose to $5.2
billion"; "Beef exports to Japan totaled 106,400 metric tons. Export value was $812.3
million".

A sentence whose subject is only a money noun (vocab/value_words.csv: "value", "earnings"),
perhaps with its flow's adjective ("export value"), names no product; when the sentence right
before it, in its paragraph, gives a quantity of a product in a physical unit and no money,
the money is that quantity's value: of that product, not of all the country's exports. (The
headline's product is not used: a headline may name a product beside a wider bill.)"""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..extract.mentions import find_percents
from ..extract.money import find_money
from ..extract.weights import is_weight
from .commodities import unknown_product
from .cues import HEDGE


# the money nouns a value subject may be (those of vocab/value_words.csv that are nouns)
_VALUE_NOUNS = ("value", "values", "earnings", "revenue", "revenues", "receipts", "proceeds")


@functools.cache
def _value_subject_re() -> re.Pattern:
    """"The export value, however, fell 11.3 percent to", "Export earnings rose to", "Their
    value reached": the clause from the sentence's start, a money noun its subject."""
    nouns = vocab.alternation([w for w in vocab.value_words() if w.lower() in _VALUE_NOUNS], ignore_case=True)
    return re.compile(rf"\s*(?:(?:the|its|their)\s+)?(?:(?:export|import|shipment)s?\s+)?(?:{nouns})"
                      rf"(?:\s+of\s+(?:the|these|those|its|their)\s+(?:shipments|exports|imports|sales))?"
                      rf"(?:\s*,\s*(?:however|though|meanwhile|in\s+turn)\s*,)?"
                      rf"\s+(?:also\s+)?[a-z]+(?:\s+(?:by|to|at|of))?(?:\s+[\d.,]+\s*(?:per\s*cent|percent|pc|%)\s+(?:to|at))?\s+{HEDGE}$", re.I)


def _units_and_pounds() -> str:
    """The physical units, and pounds: a quantity in pounds is only taken where the sentence's
    money leaves the pounds out as weight (see product_of_the_quantity_before)."""
    return vocab.physical_unit_pattern() + r"|pounds?|lbs?"


@functools.cache
def _quantity_of_re() -> re.Pattern:
    """"311.6 million tonnes of coal": a quantity in a physical unit (vocab/physical_units.csv)
    and the product after "of", up to a preposition, bracket or comma."""
    units = _units_and_pounds()
    stop = r"(?:in|during|for|over|last|this|to|from|worth|valued|at|with|by|abroad|overseas|and|or|up|down|between)\b"
    return re.compile(rf"\d[\d.,]*\s*(?:million|billion|thousand|mln|bln|mn|bn|m)?\s*(?:{units})\s+of\s+"
                      rf"(?P<np>(?!{stop})[a-z][\w'’-]*(?:\s+(?!{stop})[a-z][\w'’-]*){{0,3}})(?=[\s,.;(])", re.I)


@functools.cache
def _subject_quantity_re() -> re.Pattern:
    """"cocoa exports to Japan totaled 106,400 metric tons": a product's flow as the subject
    of a quantity in a physical unit (the product before the flow noun, a place at most
    between), for a sentence that gives no "tonnes of" a product."""
    units = _units_and_pounds()
    verbs = r"(?:totaled|totalled|reached|were|was|amounted\s+to|came\s+to|rose\s+to|fell\s+to|climbed\s+to|dropped\s+to)"
    return re.compile(rf"(?<![\w'’-])(?P<np>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){{0,2}}?)\s+(?:exports|imports|shipments)\b"
                      rf"[^.;:$€£¥\d]{{0,40}}?\s{verbs}\s+(?:about\s+|nearly\s+|almost\s+)?\d[\d.,]*\s*(?:million|thousand|mln|mn)?\s*(?:{units})\b", re.I)


@functools.cache
def _from_quantity_re() -> re.Pattern:
    """"... percent from 287.5 million tonnes", "12.7% more than the 2,318 million pounds": a
    change whose base is a quantity."""
    units = _units_and_pounds()
    return re.compile(rf"\s+(?:from|compared\s+with|against|(?:more|less|fewer|higher|lower)\s+than(?:\s+the)?)\s+(?:about\s+)?[\d.,]+\s*(?:million|billion|thousand|mln|bln|mn|bn|m)?\s*(?:{units})\b", re.I)


def _changes_of_no_quantity(sentence: str) -> bool:
    """Whether `sentence` has a percentage not tied to a quantity by its base: such a
    change is read as a flow's, which the value after would be set against."""
    return any(not _from_quantity_re().match(sentence, p.end) for p in find_percents(sentence))


_SENTENCE_END = re.compile(r"[.!?](?=\s)")


def _sentence_before(text: str, start: int) -> str | None:
    """The sentence right before `start`'s, within its paragraph (no blank line between)."""
    window = text[max(0, start - 600):start]
    if "\n" in window.rstrip():
        window = window[window.rstrip().rfind("\n") + 1:]
    ends = [e.end() for e in _SENTENCE_END.finditer(window.rstrip()[:-1])]
    return window[ends[-1]:] if ends else window


def product_of_the_quantity_before(text: str, sent_start: int, m_start: int, products_in_clause: bool) -> str | None:
    """The product of the quantity the sentence before gave, when the figure's clause opens
    on a bare money noun and names no product itself; else None."""
    if products_in_clause or not _value_subject_re().match(text, sent_start, m_start):
        return None
    before = _sentence_before(text, sent_start)
    # ("2,612 million pounds of shrimp" in a text that weighs in lb: weight, no money)
    offset = sent_start - len(before) if before else 0
    if not before or any((x.token or x.codes) and not is_weight(text, x.token, offset + x.end) for x in find_money(before)):
        return None  # (a sentence with money of its own carries its product by its figures)
    if _changes_of_no_quantity(before):
        return None  # ("..., up 17%.": a change the words do not tie to the quantity, read as a flow's)
    quantities = list(_quantity_of_re().finditer(before)) or list(_subject_quantity_re().finditer(before))
    labels = {unknown_product(q["np"]) for q in quantities}
    if len(labels) != 1:
        return None  # (none, or several products: which one's value is a guess)
    return labels.pop()


@functools.cache
def _volumes_then_value_re() -> re.Pattern:
    """"Ecuador's shrimp volumes rise 12.7% but earnings slip to", "Tea export volumes edge
    up, rupee earnings slip to": a product's volumes as one clause's subject, then a money
    noun as the next clause's, up to the figure."""
    volumes = vocab.alternation(sorted(vocab.volume_nouns()), ignore_case=True, space=r"\s+")
    nouns = vocab.alternation([w for w in vocab.value_words() if w.lower() in _VALUE_NOUNS], ignore_case=True)
    return re.compile(rf"\s*(?P<np>[A-Za-z][\w'’-]*(?:\s+[a-z][\w'’-]*){{0,3}}?)\s+(?:(?:export|import)s?\s+)?(?:{volumes})\s+"
                      rf"(?:[^.;:$€£¥]|(?<=\d)\.(?=\d)){{1,60}}?(?:,\s*|\s+(?:but|while|as|and|yet)\s+)(?:[a-z]+\s+)?(?:export\s+)?(?:{nouns})"
                      rf"\s+[a-z]+(?:\s+(?:by|to|at))?\s+{HEDGE}$", re.I)


def product_of_volumes_in_clause_before(text: str, sent_start: int, m_start: int, products_in_clause: bool) -> str | None:
    """The product whose volumes the clause before gave, for money whose own clause opens on
    a bare money noun: "Ecuador's shrimp volumes rise 12.7% but earnings slip to $6.18
    billion" is shrimp's earnings, not all of Ecuador's exports; else None."""
    if products_in_clause or "volume" not in text[sent_start:m_start].lower():
        return None  # (cheap test first)
    mm = _volumes_then_value_re().match(text, sent_start, m_start)
    return unknown_product(mm["np"]) if mm else None


@functools.cache
def _quantity_then_its_value_re() -> re.Pattern:
    """"shipped 1.9 million tonnes of shrimp ..., 3% more than in 2023, but the value of those
    exports fell 11%": a quantity of a product, then a clause whose subject is that quantity's
    money (a money noun of "those" exports, or "their value"), up to the figure."""
    nouns = vocab.alternation([w for w in vocab.value_words() if w.lower() in _VALUE_NOUNS], ignore_case=True)
    return re.compile(rf"(?:,\s*|\s+)(?:but|while|whereas|and|yet)\s+(?:the\s+(?:{nouns})\s+of\s+(?:these|those|the|its|their)\s+"
                      rf"(?:shipments|exports|imports|sales)|(?:its|their)\s+(?:{nouns}))\s+[^.;$€£¥]{{0,40}}$", re.I)


def product_of_quantity_in_clause_before(text: str, sent_start: int, m_start: int) -> str | None:
    """The product of the quantity an earlier clause of the sentence gave, for a change or
    money whose clause opens on that quantity's value: "Ecuador shipped 1,962 million pounds
    of shrimp ..., but the value of those exports fell 11.4%" is shrimp's value; else None."""
    clause = _quantity_then_its_value_re().search(text, sent_start, m_start)
    if clause is None:
        return None
    labels = {unknown_product(q["np"]) for q in _quantity_of_re().finditer(text, sent_start, clause.start())}
    return labels.pop() if len(labels) == 1 else None
