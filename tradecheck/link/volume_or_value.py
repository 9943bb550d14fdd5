"""A change of a flow whose sentence names no money and no value ("Peru nearly doubled its
quinoa exports in 2014"), in a text that sets the flow's tonnes beside its value in one
sentence ("Peruvian shipments reached 36,230 tonnes last year, compared with 18,790 tonnes in
2013, while their value rose 147 percent"): the change may be of the volume shipped or of the
value, the words do not say which. It is read as the value's, as before, and that reading is
marked unsure (`_volume_unsure`), so a conflict that rests on it is unverifiable. (A text that
gives tonnes and money apart, never the two set side by side, keeps its changes the value's.)"""
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
    if not any(_volume_re().search(text, a, b) and _plain_value_word_re().search(text, a, b) for a, b in spans.values()):
        return  # (no sentence sets volume beside value: the text's changes are of the value)
    with_money = {c.sentence for c in claims if c.kind == "amount"}
    for c in claims:
        if c.kind not in ("multiple", "percent_change") or c.measure not in ("exports", "imports") or c.sentence in with_money:
            continue
        if labelled_a_value(text[c.end:c.end + 40]):
            continue  # ("20.0% in shilling terms", "31.7% in value": the value's)
        start, end = spans.get(c.sentence, (c.start, c.end))
        if _value_word_re().search(text, start, end) or _volume_re().search(text, start, end):
            continue  # (its sentence says which: "in value", "worth", or its tonnes)
        c.extra.setdefault(VOLUME_UNSURE, True)


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
