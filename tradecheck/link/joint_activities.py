"""A figure of trade and some other money together: "EDC facilitated $139.3 billion in
export and investment business", "$4 billion of trade and investment deals".

The flow word and a noun of money that is no trade (vocab/joint_activity_nouns.csv) are
joined by "and": the figure adds the two, so it is no figure of the flow (and no whole of
the flow's parts either)."""
from __future__ import annotations

import functools
import re

from .. import vocab
from .rules import Decision, rule
from .site import Site


@functools.cache
def _joined_after() -> re.Pattern:
    nouns = vocab.alternation(vocab.joint_activity_nouns(), ignore_case=True)
    return re.compile(rf"\s*(?:and|&)\s+(?:{nouns})\b", re.I)


@functools.cache
def _joined_before() -> re.Pattern:
    nouns = vocab.alternation(vocab.joint_activity_nouns(), ignore_case=True)
    return re.compile(rf"\b(?:{nouns})\s*(?:and|&)\s*$", re.I)


@rule("measure", "flow-and-other-money", "text")
def flow_and_other_money(s: Site):
    """"$139.3 billion in export and investment business": a flow word joined by "and" to
    money that is no trade measures the two together, no trade flow."""
    flow = s.flow
    if flow is None or s.claim.measure == "other":
        return None
    around = s.text[max(0, flow.start - 16):flow.end + 16]
    if " and " not in around and "&" not in around:
        return None  # (cheap: most flow words stand alone)
    if _joined_after().match(s.text, flow.end) or _joined_before().search(s.text, max(0, flow.start - 30), flow.start):
        return Decision({})
    return None
