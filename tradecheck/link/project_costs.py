"""A project's cost written as a change noun's modifier: "announced a €30 million expansion",
"unveiled a $2bn upgrade".

A change noun after a money figure most often names a change in the flow ("a $3bn drop in
exports", read in measures.py); but as the object of a verb that takes a project
(vocab/project_verbs.csv) the noun names the project, and the figure is what it costs: an
investment, money of no trade flow (so it is no change and no level of the flow the text is on)."""
from __future__ import annotations

import functools
import re

from .. import vocab
from .cues import HEDGE
from .rules import Decision, rule
from .site import Site


@functools.cache
def _project_verb_before_re() -> re.Pattern:
    verbs = vocab.alternation(vocab.project_verbs(), ignore_case=True)
    return re.compile(rf"\b(?:{verbs})\s+(?:a|an|its|their|the|this|that)\s+{HEDGE}$", re.I)


@functools.cache
def _change_noun_after_re() -> re.Pattern:
    nouns = vocab.alternation(vocab.change_nouns(), ignore_case=True)
    return re.compile(rf"^\s*(?:{nouns})\b(?!\s+(?:of|by|in)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:exports?|imports?|trade|shipments|sales)\b)", re.I)


def project_cost(s: Site) -> bool:
    """Whether the figure is the cost of a project a verb takes as its object ("announced a
    €30 million expansion")."""
    if s.kind != "amount" or not _change_noun_after_re().match(s.after):
        return False
    return _project_verb_before_re().search(s.before[-80:]) is not None


@rule("measure", "project-cost", "text")
def project_cost_measure(s: Site):
    """"announced a €30 million expansion": a project's cost, money of no trade flow."""
    return Decision({}) if project_cost(s) else None
