"""A project's cost written as a change noun's modifier: "announced a €30 million expansion",
"unveiled a $2bn upgrade".

A change noun after a money figure most often names a change in the flow ("a $3bn drop in
exports", read in measures.py); but as the object of a verb that takes a project
(vocab/project_verbs.csv) the noun names the project, and the figure is what it costs: an
investment, money of no trade flow (so it is no change and no level of the flow the text is on).

So is a money figure that prices a building or works right after it, whatever the verb
("provided a $10 million building in Accra", "a $2bn smelter": vocab/asset_nouns.csv,
facility_nouns.csv): the asset's cost, no flow."""
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


# an article right before the figure, perhaps a hedge ("a $10 million", "an estimated $2bn")
_ARTICLE_BEFORE = re.compile(rf"\b(?:a|an)\s+{HEDGE}$", re.I)


@functools.cache
def _asset_noun_after_re() -> re.Pattern:
    """A building or works noun right after the figure, perhaps after one word ("a $10
    million office building", "a $2bn new smelter"): vocab/asset_nouns.csv, facility_nouns.csv."""
    nouns = vocab.alternation(vocab.asset_nouns() + vocab.facility_nouns(), ignore_case=True, space=r"\s+")
    return re.compile(rf"^\s*(?:[a-z-]+\s+)?(?:{nouns})\b(?![-\w])", re.I)


def project_cost(s: Site) -> bool:
    """Whether the figure is the cost of a project a verb takes as its object ("announced a
    €30 million expansion"), or of a building or works it prices ("a $10 million building")."""
    if s.kind != "amount":
        return False
    if _asset_noun_after_re().match(s.after):
        return _ARTICLE_BEFORE.search(s.before[-40:]) is not None
    if not _change_noun_after_re().match(s.after):
        return False
    return _project_verb_before_re().search(s.before[-80:]) is not None


@rule("measure", "project-cost", "text")
def project_cost_measure(s: Site):
    """"announced a €30 million expansion": a project's cost, money of no trade flow."""
    return Decision({}) if project_cost(s) else None
