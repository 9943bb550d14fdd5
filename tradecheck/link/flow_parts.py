"""A figure named as a part of the flow just given, with where that part went or came from:
"£294 billion of these exports, about 43%, went to the EU". The place is that part's
partner only; the sentences after go on with the whole flow's pair (the world), not it."""
from __future__ import annotations

import re

# "<figure> of these exports[, about 43%,] went to" / "of imports ... came from": the figure is
# a part of the flow, split by where it went (no full stop or semicolon between)
_PART_OF_THE_FLOW = re.compile(r"\s+of\s+(?:these\s+|those\s+|the\s+|its\s+|their\s+|all\s+)?(?:imports|exports|shipments)\b"
                               r"[^.;]{0,30}?\b(?:went|came|were\s+shipped|was\s+shipped)\s+(?:to|from)\b", re.I)


def names_a_part_of_the_flow(text: str, claims: list) -> bool:
    """Whether one of the sentence's amounts is a part of a flow whose partner the words
    after it name ("$3bn of these imports came from Chile")."""
    return any(c.kind == "amount" and c.partner not in (None, "WLD") and c.measure in ("exports", "imports")
               and " of " in text[c.end:c.end + 5] and _PART_OF_THE_FLOW.match(text, c.end)
               for c in claims)
