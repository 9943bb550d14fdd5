"""A share of a share: "remained at 0.55 per cent – about half of their share in world
merchandise exports", "roughly a third of its share a decade ago", "twice the share of
goods". A fraction or percentage of a share (vocab/share_nouns.csv) compares two shares;
it is no part of a trade flow, and reading it as one would set half of the flow against the
other figures."""
from __future__ import annotations

import functools
import re

from .. import vocab
from .rules import Decision, rule
from .site import Site


@functools.cache
def _of_a_share() -> re.Pattern:
    """"of their share", "of its share", "the share": right after the figure, a possessive
    or article and up to two words of the share's owner before the share noun."""
    nouns = vocab.alternation([r["word"] for r in vocab.table("share_nouns")], ignore_case=True)
    return re.compile(rf"\s+(?:of\s+)?(?:their|its|his|her|the|that|this)\s+(?:[\w-]+['’]s?\s+)?(?:{nouns})\b", re.I)


@rule("measure", "share-of-a-share", "text")
def share_of_a_share(s: Site):
    """A share figure followed by "of their share ...": a ratio of two shares."""
    if s.kind != "share" or s.claim.measure == "other":
        return None
    found = _of_a_share().match(s.after)
    if found is None:
        return None
    return Decision({}, (s.m.end + found.start(), s.m.end + found.end()))
