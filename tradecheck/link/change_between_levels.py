"""A change stated between its own two levels takes their flow.

"Spending by visitors came to 126.3 billion euros, an increase of 16.1% compared with the 108.8
billion euros of 2023": the change sits between the level of its period and the level of its
base, in one sentence, so it is their change, whatever the words right before it (a count of
visitors, a "market" noun) made of it. Read apart, it is paired with another change of the text
(the visitors' 10.1% rise of the sentence before) and a wrong figure between the two levels
goes unseen. Only the tight form is taken: the change noun right after the first level, the
base level right after "compared with" (or "from", "against"), nothing else between."""
from __future__ import annotations

import re

from ..model import Claim

# ", an increase of" / ", a rise of" / ", up": the words from the level to its change
_AFTER_LEVEL = re.compile(r"\s*,?\s*(?:(?:an?\s+)?(?:increase|rise|growth|gain|jump|decrease|decline|drop|fall)\s+of|up|down)\s+", re.I)
# "compared with the" / "from" / "against": the words from the change to its base level
_BEFORE_BASE = re.compile(r"\s+(?:compared\s+(?:with|to)|from|against|over)\s+(?:the\s+)?", re.I)


def changes_between_their_levels(text: str, claims: list[Claim]) -> None:
    """Give a percent change written between two amounts of one flow (its period's level and
    its base period's) that flow's measure, pair and product."""
    for i, c in enumerate(claims[1:-1], 1):
        level, base = claims[i - 1], claims[i + 1]
        if c.kind != "percent_change" or level.kind != "amount" or base.kind != "amount" \
                or level.sentence != c.sentence or base.sentence != c.sentence:
            continue
        if (level.measure, level.reporter, level.partner, level.commodity, level.currency) \
                != (base.measure, base.reporter, base.partner, base.commodity, base.currency):
            continue  # (the two levels must be one flow's)
        if level.period != c.period or base.period is None or base.period == level.period \
                or c.base_period not in (None, base.period):
            continue
        if not (_AFTER_LEVEL.fullmatch(text, level.end, c.start) and _BEFORE_BASE.fullmatch(text, c.end, base.start)):
            continue
        if (c.measure, c.reporter, c.partner, c.commodity) == (level.measure, level.reporter, level.partner, level.commodity):
            continue
        c.measure, c.reporter, c.partner, c.commodity = level.measure, level.reporter, level.partner, level.commodity
        c.base_period = base.period
        for field in ("measure", "pair", "commodity"):
            c.how[field] = "change-between-its-levels"
            c.basis[field] = "text"
