"""A change of a flow whose sentence names no money and no value ("Peru nearly doubled its
quinoa exports in 2014"), in a text that sets the flow's tonnes beside its value in one
sentence ("Peruvian shipments reached 36,230 tonnes last year, compared with 18,790 tonnes in
2013, while their value rose 147 percent"): the change may be of the volume shipped or of the
value, the words do not say which. It is read as the value's, as before, and that reading is
marked unsure (`_volume_unsure`), so a conflict that rests on it is unverifiable. (A text that
gives tonnes and money apart, never the two set side by side, keeps its changes the value's,
but for its headline's that the body gives again in a sentence of tonnes: that one may be the
volume's, so it is unsure there too.)"""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..model import Claim
from .value_after_volume import labelled_a_value

VOLUME_UNSURE = "_volume_unsure"


def changes_of_volume_or_value(text: str, sents, claims: list[Claim]) -> None:
    """Mark the changes of exports or imports that name no money in a text with volumes."""
    if not _volume_re().search(text):
        return  # (cheap: most texts give no level in tonnes)
    spans = {x.index: (x.start, x.end) for x in sents}
    # (no sentence sets volume beside value: the body's changes are of the value, but for a
    # headline's that the body restates in a sentence of tonnes, below)
    side_by_side = any(_volume_re().search(text, a, b) and _plain_value_word_re().search(text, a, b) for a, b in spans.values())
    with_money = {c.sentence for c in claims if c.kind == "amount"}
    for c in claims:
        if c.kind not in ("multiple", "percent_change") or c.measure not in ("exports", "imports") or c.sentence in with_money:
            continue
        if not side_by_side and not (c.extra.get("_headline") and _restated_in_tonnes(text, spans, c)):
            continue
        if labelled_a_value(text[c.end:c.end + 40]):
            continue  # ("20.0% in shilling terms", "31.7% in value": the value's)
        start, end = spans.get(c.sentence, (c.start, c.end))
        if _value_word_re().search(text, start, end) or _volume_re().search(text, start, end):
            continue  # (its sentence says which: "in value", "worth", or its tonnes)
        c.extra.setdefault(VOLUME_UNSURE, True)


def _restated_in_tonnes(text: str, spans: dict, c: Claim) -> bool:
    """Whether the body gives the headline change `c` again, the same figure in per cent, in a
    sentence of tonnes ("Beef exports slump 17 per cent" over "shipped 1,046,000 tonnes ..., down
    17 per cent from 1,260,000t"): the headline sums up the volume, though it names no measure.
    (The body's change of tonnes is no claim of its own, so its words are looked for.)"""
    number = re.match(r"\d[\d.,]*", c.text)
    if number is None:
        return False
    again = re.compile(rf"(?<![\d.,]){re.escape(number.group(0))}\s*(?:%|per\s?cent|percent)", re.I)
    return any(i != c.sentence and again.search(text, a, b) and _volume_re().search(text, a, b)
               for i, (a, b) in spans.items())


@functools.cache
def _volume_re() -> re.Pattern:
    # a figure in a unit of weight or volume (vocab/physical_units.csv): "36,230 tonnes"
    units = vocab.physical_unit_pattern()
    return re.compile(rf"\d(?:\s+(?:thousand|million|billion))?\s+(?:metric\s+)?(?:{units})\b", re.I)


@functools.cache
def _plain_value_word_re() -> re.Pattern:
    # a word of money value of no one flow ("value", "worth"; not "revenue", which also
    # names a body, "the Kenya Revenue Authority"): vocab/value_words.csv rows with no flow
    words = vocab.alternation([r["word"] for r in vocab.table("value_words") if not r["flow"]], ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{words})\b", re.I)


@functools.cache
def _value_word_re() -> re.Pattern:
    # a word of the money value of goods (vocab/value_words.csv): "value", "worth", "earnings"
    words = vocab.alternation(vocab.value_words(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{words})\b", re.I)
