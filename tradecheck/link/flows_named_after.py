"""Figures each labelled by the flow named right after them: "Extra-EU trade amounted to
9,074.9 million euros for exports and 12,499.5 million euros for imports", "25,201.5 million
euros for dispatches and 31,008.6 million euros for arrivals". The flow word before the
first figure ("trade") is the subject of both; each figure is the flow after its own "for".
Read only where two figures so labelled stand side by side joined by "and", and the labels
name the two flows: then the labels are certain, and the Intrastat nouns (vocab/
paired_flow_nouns.csv: "arrivals" for imports) can be read, which alone count visitors."""
from __future__ import annotations

import functools
import re

from .. import vocab
from .rules import Decision, rule


@functools.cache
def _flow_nouns() -> dict[str, str]:
    """Lower-cased flow noun -> exports | imports: the flow words of vocab/flows.csv for the
    two flows, and the nouns read as flows only in such a pair."""
    out = {phrase.lower(): measure for phrase, (measure, _) in vocab.flows().items() if measure in ("exports", "imports")}
    out.update({r["phrase"].lower(): r["measure"] for r in vocab.table("paired_flow_nouns")})
    return out


@functools.cache
def _for_flow_re() -> re.Pattern:
    """" for exports", " for the arrivals" right after a figure; the noun in group "flow"."""
    nouns = vocab.alternation(list(_flow_nouns()), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s+for\s+(?:the\s+)?(?P<flow>{nouns})\b", re.I)


# between the first label and the second figure: " and ", ", and "
_AND = re.compile(r"\s*,?\s+and\s+(?:to\s+)?", re.I)


def _label(text: str, end: int) -> re.Match | None:
    return _for_flow_re().match(text, end)


def _measure(label: re.Match) -> str:
    return _flow_nouns()[re.sub(r"\s+", " ", label.group("flow").lower())]


@rule("measure", "flow-named-after", "text")
def flow_named_after(s):
    """"A for exports and B for imports": each figure the flow after its own "for"."""
    if s.kind != "amount" or " for " not in s.text[s.m.end:s.m.end + 6]:
        return None  # (cheap: the words checked first)
    own = _label(s.text, s.m.end)
    if own is None:
        return None
    amounts = s.ms["amount"]
    i = next((k for k, a in enumerate(amounts) if a.start == s.m.start), None)
    if i is None:
        return None
    other = None
    if i + 1 < len(amounts) and _AND.fullmatch(s.text, own.end(), amounts[i + 1].start):
        other = _label(s.text, amounts[i + 1].end)  # the first of the pair
    if other is None and i > 0:
        before = _label(s.text, amounts[i - 1].end)
        if before is not None and _AND.fullmatch(s.text, before.end(), s.m.start):
            other = before  # the second
    if other is None or {_measure(own), _measure(other)} != {"exports", "imports"}:
        return None
    return Decision((_measure(own), None, 0), (own.start("flow"), own.end("flow")))
