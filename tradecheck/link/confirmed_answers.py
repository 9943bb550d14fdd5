"""Answers that confirm the question before them.

"Q: So the surplus in May was about 12 billion? / A: That's right, 11.8 billion.": the
answer opens by assenting (vocab/assent_cues.csv) and gives the figure asked of more
precisely. It is the question's quantity (its flow, pair, period, product and, for a
balance, its sign), not a new figure of whatever the talk was on before the question: read
from the discourse it would be dated by the release's month and clash with that month's
figure. Only what the answer's own words leave unsaid is taken from the question."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..model import Claim

# the fields an answer takes from the figure it confirms, and the attribution each rests on
_FIELDS = {"measure": ("measure",), "pair": ("reporter", "partner"), "period": ("period", "base_period"),
           "commodity": ("commodity", "scope")}


@functools.cache
def _assent_opening() -> re.Pattern:
    """A turn's opening up to its figure: perhaps a speaker's name and colon, a quote mark,
    an assent word, punctuation, a hedge ("Sibeko: \\"That's right, about ")."""
    cues = vocab.alternation(vocab.assent_cues(), ignore_case=True, space=r"\s+")
    hedge = vocab.alternation(vocab.hedges(), ignore_case=True, space=r"\s+")
    return re.compile(rf"(?:[^\n:?]{{1,40}}:\s*)?[\"'“‘]?\s*(?:{cues})\b[\s,.;:!–—-]*(?:(?:{hedge})\s+)?", re.I)


def answers_take_the_question(text: str, sents: list, claims: list[Claim]) -> None:
    """Give the first amount of an answer that opens by assenting to a question with one
    amount the question's quantity, field by field where the answer's words do not state it."""
    bounds = {x.index: (x.start, x.end) for x in sents}
    for k, c in enumerate(claims):
        if c.kind != "amount" or c.extra.get("vintage") or (k and claims[k - 1].sentence == c.sentence):
            continue  # (the sentence's first figure only)
        span, before = bounds.get(c.sentence), bounds.get(c.sentence - 1)
        if span is None or before is None or "?" not in text[before[1] - 3:before[1]]:
            continue  # (cheap: the sentence before is no question)
        if not _assent_opening().fullmatch(text, span[0], c.start):
            continue
        asked = [x for x in claims if x.sentence == c.sentence - 1]
        if not asked:
            _take_the_asked_sign(c, text[before[0]:before[1]])
            continue
        if len(asked) != 1 or asked[0].kind != "amount" or asked[0].currency != c.currency:
            continue  # (which of several figures the answer confirms, the words do not say)
        _take(c, asked[0])


def _take_the_asked_sign(c: Claim, question: str) -> None:
    """"Does the country run a deficit with its neighbour? Yes, $150 billion.": a question with
    no figure that names one side of the balance; the balance the answer assents to with a
    figure is of that sign (a bare amount reads as a surplus)."""
    if c.measure != "balance" or "_sign_span" in c.extra or not c.value:
        return
    from ..extract.mentions import find_flows

    signs = {f.attrs.get("sign") for f in find_flows(question) if f.attrs.get("measure") == "balance"}
    if len(signs) == 1 and (sign := signs.pop()) in (1, -1):
        c.value = sign * abs(c.value)
        c.extra["_balance_sign"] = sign


def _take(c: Claim, q: Claim) -> None:
    for how, fields in _FIELDS.items():
        if c.basis.get(how) == "text":
            continue  # (the answer's own words say it)
        for f in fields:
            setattr(c, f, getattr(q, f))
        c.how[how] = "confirms-question"
        c.basis[how] = q.basis.get(how, "context")
    if c.measure == "balance" and "_sign_span" not in c.extra and q.value and c.value:
        # (a balance confirmed is of the sign asked: "the deficit was about 12 billion?")
        c.value = abs(c.value) if q.value > 0 else -abs(c.value)
        c.extra["_balance_sign"] = 1 if q.value > 0 else -1
