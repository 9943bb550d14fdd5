"""A headline of two clauses, the pair named in the first, the figure given in the second:
"Japan remains Vietnam's top trading partner; surplus widens to $4.2 bn".

The second clause names no place of its own: it goes on about the pair the first named, not
the reporter's trade with the world (a headline is one summary, its semicolon no change of
subject). The first clause must name the pair plainly: one place's possessive right before
a flow word or a partner noun ("Vietnam's top trading partner", "Japan's exports to Korea"),
and one other place."""
from __future__ import annotations

import re

from .rules import Decision, rule
from .site import Site

# "Vietnam's top trading partner", "Japan's exports": the possessive, at most two words, the flow
_OWNER_BEFORE_FLOW = re.compile(r"(?:['’]s?)?(?:\s+[a-z-]+){0,2}\s+")


@rule("pair", "headline-first-clause", "context")
def headline_first_clause(s: Site):
    """"Japan remains Vietnam's top trading partner; surplus widens to $4.2 bn": a figure in a
    headline's clause after a semicolon, naming no place, is of the pair its first clause names."""
    if s.sent.index != 0 or s.sent.paragraph != 0 or ";" not in s.text[s.sent.start:s.m.start]:
        return None  # (cheap: most figures are in no headline, most headlines have no semicolon)
    cut = s.text.rfind(";", s.sent.start, s.m.start)
    if any(cut < x.start < s.m.start for x in s.ms["country"]) or ";" in s.text[s.sent.start:cut]:
        return None
    places = [x for x in s.ms["country"] if x.start < cut and x.attrs.get("iso") not in (None, "WLD")]
    if len({x.attrs["iso"] for x in places}) != 2:
        return None
    flows = [f for f in s.ms["flow"] if f.start < cut]
    owner = next((x for x in places if x.attrs.get("possessive")
                  and any(_OWNER_BEFORE_FLOW.fullmatch(s.text, x.end, f.start) for f in flows)), None)
    if owner is None:
        return None
    other = next(x for x in places if x.attrs["iso"] != owner.attrs["iso"])
    return Decision((owner.attrs["iso"], other.attrs["iso"]), (min(owner.start, other.start), max(owner.end, other.end)))
