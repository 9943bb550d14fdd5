"""A trade balance given as what it does to the economy, in national-accounts wording: "net
exports subtracted ¥7 trillion from output", "net trade added £2bn to GDP". The figure is
the balance itself (exports less imports), of the sign of the verb (vocab/
balance_contributions.csv: taking away is a deficit, adding a surplus), not money of the
aggregate named after "from"/"to" (which flow_word would take as the figure's own noun), nor a
gain in it (addition_to). So exports - imports = the balance is checked against it."""
from __future__ import annotations

import functools
import re

from .. import vocab
from .rules import Decision, rule


@functools.cache
def _verb_before_re() -> re.Pattern:
    # the verb right before the figure, a hedge between at most: "subtracted about "
    verbs = vocab.alternation(vocab.balance_contributions()["verb"], ignore_case=True)
    return re.compile(rf"\s+(?:also\s+|again\s+)?(?P<v>{verbs})\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+|more\s+than\s+|an?\s+(?:net\s+)?)?$", re.I)


@functools.cache
def _aggregate_after_re() -> re.Pattern:
    # after the figure: "from output", "off Japan's GDP", "to the economy"
    words = vocab.alternation(vocab.balance_contributions()["aggregate"], ignore_case=True, space=r"\s+")
    return re.compile(rf"\s+(?:from|off|to)\s+(?:[\w'’.-]+\s+){{0,2}}?(?:{words})\b", re.I)


@rule("measure", "balance-contribution", "text")
def balance_contribution(s):
    """"net exports subtracted ¥7trn from output": a balance word (vocab/flows.csv) as the
    subject of a verb of vocab/balance_contributions.csv right before an amount whose object
    is the economy's output: the balance, of the verb's sign (a balance word of the other sign,
    "the deficit added", is left to the other rules)."""
    if s.kind != "amount" or not any(w in s.after[:40].lower() for w in (" from ", " to ", " off ")):
        return None  # (cheap: most amounts are followed by none of these)
    verb = _verb_before_re().search(s.before)
    if verb is None or not _aggregate_after_re().match(s.after):
        return None
    verb_at = s.m.start - len(s.before) + verb.start()
    subject = next((f for f in reversed(s.ms["flow"]) if f.end <= verb_at and f.start >= s.sent.start), None)
    if subject is None or subject.attrs["measure"] != "balance" or not re.fullmatch(r"\s*", s.text[subject.end:verb_at]):
        return None
    sign = vocab.balance_contributions()["verb"][verb["v"].lower()]
    if subject.attrs.get("sign") and subject.attrs["sign"] != sign:
        return None  # ("net imports added ..."): no reading of the words gives the sign
    return Decision(("balance", subject, sign), (subject.start, s.m.start))
