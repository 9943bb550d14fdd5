"""The size of a revision: "February exports were revised up $110 million to $25.4 billion",
"41 million less than in the first estimate". The figure is the gap between two estimates of
the SAME period (the one published now and the one it replaces), neither a level of the flow
nor its change from an earlier period. Read as no flow ("other", a comparison with no base
period), so no period-change check sets it against the levels of two periods; the revised
level the sentence goes on to give stays a level of the period (vocab/revision_sizes.csv)."""
from __future__ import annotations

import functools
import re

from .. import vocab
from .cues import HEDGE
from .rules import Decision, rule


@functools.cache
def _phrases(side: str) -> list[str]:
    return [r["phrase"] for r in vocab.table("revision_sizes") if r["side"] == side]


@functools.cache
def _revised_before_re() -> re.Pattern:
    # the words right before the figure, at most a hedge between ("revised up about $2bn")
    words = vocab.alternation(_phrases("before"), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{words})\s+{HEDGE}$", re.I)


@functools.cache
def _than_the_estimate_re() -> re.Pattern:
    # a comparative right after the figure, "than", then the earlier estimate ("less than in
    # the first estimate", "higher than previously reported")
    more = vocab.alternation(vocab.multiple_comparatives(), ignore_case=True)
    words = vocab.alternation(_phrases("after"), ignore_case=True, space=r"\s+")
    return re.compile(rf"^\s+(?:{more})\s+than\s+(?:in\s+|at\s+|on\s+)?(?:the\s+|its\s+|their\s+)?(?:{words})\b", re.I)


@rule("measure", "revision-size", "text")
def revision_size(s):
    """"revised up $110 million", "41 million less than in the first estimate": how far an
    estimate moved, no flow's level or change over time."""
    if s.kind not in ("amount", "percent_change") or s.claim.measure == "other":
        return None
    # (cheap tests first: most figures have neither a revision's word before nor "than" after)
    near = s.before[-40:].lower()
    if ("revis" in near or "adjust" in near) and _revised_before_re().search(s.before):
        return Decision({"comparison": True})
    if " than " in s.after[:30] and _than_the_estimate_re().match(s.after):
        return Decision({"comparison": True})
    return None


# a figure as written, with its scale word ("$8.2 billion", "EUR 682m", "2,342.8")
_FIGURE = r"(?:[A-Z]{3}\s?)?[^\s,;]{1,20}(?:\s+(?:million|billion|trillion|bn|mn))?"


@functools.cache
def _size_then_to_from_re() -> re.Pattern:
    # the size of a revision (after "by" in a sentence about a revision, or right after a
    # revision phrase), then the revised level after "to" and the replaced one after "from"
    subjects = vocab.alternation(vocab.revision_subjects(), ignore_case=True)
    words = vocab.alternation(_phrases("before"), ignore_case=True, space=r"\s+")
    return re.compile(rf"(?:\b(?:{subjects})\b.*\bby|\b(?:{words}))\s+{HEDGE}{_FIGURE},?\s+to\s+{HEDGE}{_FIGURE},?"
                      rf"\s+from\s+(?:the\s+|a\s+)?{HEDGE}$", re.I | re.S)


def replaced_after_size(text: str, sent_start: int, m_start: int) -> bool:
    """"The revisions lowered the 2017 deficit by $8.2 billion, to $558.4 billion from $566.6
    billion", "revised up $110 million to $25.4 billion from $25.3 billion": the figure at
    `m_start`, after "from" (or in a bracket after "less than in the first estimate"), is the
    estimate the revision replaced, of the revised level's period (not an earlier period's
    level, as "rose by $2bn to $9bn from $7bn" would give)."""
    before = text[sent_start:m_start]
    if before.rstrip().endswith("("):
        # ("EUR 41 million less than in the first estimate (EUR 554 million)": the earlier
        # estimate the size was measured from, in a bracket right after its words)
        return _than_the_estimate_bracket_re().search(before) is not None
    if "from" not in before[-30:]:
        return False  # (cheap: no "from" right before the figure)
    return "revis" in before.lower() and _size_then_to_from_re().search(before) is not None


@functools.cache
def _than_the_estimate_bracket_re() -> re.Pattern:
    # a figure, then the words of _than_the_estimate_re and an opening bracket
    tail = _than_the_estimate_re().pattern.removeprefix("^")
    return re.compile(rf"{_FIGURE}{tail}\s*\(\s*{HEDGE}$", re.I)
