"""What a currency's move did to a flow's value ("A weaker krone added ~NOK 12bn", "the
strong dollar contributed $3bn"): money that a clause with a currency as its subject adds or
contributes is an effect on the flow, no level of it (nor a whole of the figures after it).
Read as no flow, so no check sets it against the flow's levels or parts."""
from __future__ import annotations

import functools
import re

from .. import vocab
from .rules import Decision, rule


@functools.cache
def _effect_re() -> re.Pattern:
    # the clause before the figure, to its end: a currency's word (vocab/currencies.csv, a
    # word of its own: not "$"), then an addition or contribution verb (vocab/addition_verbs.csv,
    # contribution_verbs.csv) and at most a hedge
    currencies = vocab.alternation([r["token"] for r in vocab.currencies() if r["token"].isalpha() and len(r["token"]) > 2],
                                   ignore_case=True, space=r"\s+")
    verbs = vocab.alternation([r["word"] for r in vocab.table("addition_verbs")]
                              + [r["phrase"] for r in vocab.table("contribution_verbs")], ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{currencies})\s+(?:\w+\s+){{0,2}}?(?:{verbs})\s+(?:~\s*|about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+)?$", re.I)


@rule("measure", "currency-effect", "text")
def currency_effect(s):
    """"Weaker krone added ~NOK 12bn": the currency's effect on the value, no flow."""
    if s.kind != "amount" or s.claim.measure == "other":
        return None
    clause_start = max(s.sent.start, s.prev_end)
    before = s.text[clause_start:s.m.start]
    if " add" not in before and "contribut" not in before:
        return None  # (cheap: most figures have neither verb before them)
    if any(clause_start <= f.start < s.m.start and f.attrs["measure"] != "other" for f in s.ms["flow"]):
        return None  # ("exports added $2bn as the krone fell": the flow's own gain)
    m = _effect_re().search(before)
    return Decision({}, (clause_start + m.start(), s.m.end)) if m else None
