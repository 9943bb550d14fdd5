"""Value added in trade: "about $163 billion of imported content was embedded in its
exports, leaving some $208 billion of domestic value added", "Domestic value added came to
$208 billion". Trade in Value Added statistics split gross exports by where their value was
made (vocab/value_added_nouns.csv); such a part is no level of the exports or imports it is
carved from, and reading it as one would set it against the gross figure as a second
statement of the same flow. It is read as money of no trade flow."""
from __future__ import annotations

import functools
import re

from .. import vocab
from .rules import Decision, rule
from .site import Site


@functools.cache
def _value_added_res() -> tuple[re.Pattern, re.Pattern]:
    """The noun right after the figure ("$208 billion of domestic value added"), and the
    noun as the subject before it ("Foreign value added accounted for $163 billion")."""
    nouns = vocab.alternation([r["phrase"] for r in vocab.table("value_added_nouns")], ignore_case=True, space=r"\s+")
    # (or its predicate: "$243 billion of that value was imported content")
    after = re.compile(rf"\s+(?:(?:of|in)\s+|(?:of\s+(?:that|this|it|the)(?:\s+[a-z]+)?\s+)?(?:was|is|were|are)\s+)"
                       rf"(?:[a-z][\w-]*\s+){{0,2}}?(?:{nouns})\b", re.I)
    before = re.compile(rf"\b(?:{nouns})\b", re.I)
    return after, before


@rule("measure", "value-added-part", "text")
def value_added_part(s: Site):
    """A money figure of value added or imported content: a part of gross exports by origin."""
    if s.kind != "amount" or s.claim.measure == "other":
        return None
    after, before = _value_added_res()
    found = after.match(s.after)
    if found is not None:
        return Decision({}, (s.m.end + found.start(), s.m.end + found.end()))
    # ("Measured in value added terms, the surplus was $31bn": the phrase sets the measure of
    # every figure of its sentence after it, the balance's too)
    if "terms" in s.text[s.sent.start:s.m.start]:
        terms = _in_value_added_terms_re().search(s.text, s.sent.start, s.m.start)
        if terms is not None:
            return Decision({}, terms.span())
    start = max(s.sent.start, s.prev_end)
    subject = None
    for subject in before.finditer(s.text, start, s.m.start):
        pass
    # (the subject's own figure: no flow word between it and the figure, "Domestic value
    # added came to $208 billion", not "value added rose, while exports reached $371 billion")
    # ("Domestic value added embodied in Korean exports amounted to $392bn": the exports the
    # value is carried in are no subject of their own)
    carrier = _EMBODIED_IN.match(s.text, subject.end()) if subject is not None else None
    if subject is None or any(subject.end() <= f.start < s.m.start and not (carrier and f.start < carrier.end())
                              for f in s.ms["flow"]):
        return None
    return Decision({}, subject.span())


# after value added, the flow it is carried in: "embodied in Korean exports"
_EMBODIED_IN = re.compile(r"\s+(?:embodied|embedded|contained)\s+in\s+(?:[\w'’-]+\s+){0,2}?(?:gross\s+)?(?:exports|imports)\b", re.I)


@functools.cache
def _in_value_added_terms_re() -> re.Pattern:
    nouns = vocab.alternation([r["phrase"] for r in vocab.table("value_added_nouns")], ignore_case=True, space=r"\s+")
    return re.compile(rf"\bin\s+(?:{nouns})\s+terms\b", re.I)
