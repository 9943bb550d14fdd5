"""Sub-national units (vocab/subnational.csv: a state, province, Land) as the reporters of
their own figures.

A country does not trade with its own states: where the pair rules read a unit as the partner
of the country it lies in ("São Paulo was the leading exporting state, with sales abroad of
US$ 72.1 billion" under Brazil's lead, "Gujarat accounted for 33% of India's exports"), the
figure is the unit's own flow with the world. A share read that way is the unit's part of
the country's flow ("representing 21.2% of the national total"), unless its own words say it
is of the unit's ("53.4% of the state's exports")."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..model import Claim


def units_report_their_own(text: str, claims: list[Claim]) -> None:
    """Make each figure read as a country's trade with its own unit the unit's trade with the
    world, and tie a unit's share to the whole its words name (its own, or its country's)."""
    units = vocab.subnational()
    for c in claims:
        if c.reporter and c.partner and units.get(c.reporter) == c.partner:
            # "Chihuahua's exports reached US$ 71,840.5 million" under "Chihuahua remains
            # Mexico's top exporting state": the country is where the unit lies, no partner
            c.partner = "WLD"
            c.how["pair"] = "unit-reports"
            continue
        if not c.partner or units.get(c.partner) != c.reporter or not c.reporter:
            continue
        country, unit = c.reporter, c.partner
        c.reporter, c.partner = unit, "WLD"
        c.how["pair"] = "unit-reports"
        if c.kind == "share" and not _of_units_own(text, c, unit):
            c.extra["_whole_reporter"] = country
    for c, after in zip(claims, claims[1:] + [None]):
        country = units.get(c.reporter)
        if c.kind == "share" and country and not c.extra.get("_whole_reporter") and _national_re().match(text, c.end):
            # "The province's foreign trade accounted for 19.9 percent of the national total
            # of 41.76 trillion yuan": of the country's flow, and the total after it is that
            c.extra["_whole_reporter"] = country
            if after is not None and after.how.get("pair") == "share-whole-owner" and after.reporter == c.reporter:
                after.reporter = country


def _of_units_own(text: str, c: Claim, unit: str) -> bool:
    """"53.4% of the state's exports", "of its exports", "of Ontario's exports": the words
    after the share name the unit (or the unit's noun) as the owner of the whole."""
    names = [n for n, code in vocab.subnational_codes().items() if code == unit]
    return _own_whole_re(tuple(names)).match(text, c.end) is not None


@functools.cache
def _own_whole_re(names: tuple[str, ...]) -> re.Pattern:
    nouns = vocab.alternation(vocab.unit_nouns(), space=r"\s+")
    named = vocab.alternation(names, space=r"\s+") if names else None
    owners = rf"the\s+(?:{nouns})|its" + (f"|{named}" if named else "")
    return re.compile(rf"\s*(?:of|in)\s+(?:{owners})(?:['’]s)?\s", re.I)


@functools.cache
def _national_re() -> re.Pattern:
    cues = vocab.alternation(vocab.national_cues(), space=r"\s+")
    return re.compile(rf"\s*(?:of|in)\s+(?:the\s+)?(?:{cues})(?![\w-])", re.I)
