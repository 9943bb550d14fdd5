"""Places counted as the ones the text has just listed: "Belgium - N776.4bn, India - N512.9bn,
United States - N455.1bn, Netherlands - N381.6bn. In all, the five countries accounted for
N3.72tn", "The United States was the second-largest market with US$6.95 billion ..., followed
by Singapore with US$4.08 billion. The three countries together took US$18.39 billion".

The noun counts no rank and names no side of its own (vocab/counted_places.csv, role L): the
figure is the sum of the flows with the last places given figures before it, as many as the
count says, in their flow (whatever its verb: "took" is the listed markets' buying, the text's
country's exports). Its partner is then those places taken together (check/sums.py,
add_listed_partners adds them up), its measure and product theirs. Where the figures before it
give fewer places, or the places' figures are of different flows, the group stays the words'
own, a guess of the side that no check relates."""
from __future__ import annotations

import re

from .. import vocab
from ..model import Claim

# a place's code, not a group, the world or a sub-national unit: "BEL"
_PLACE = re.compile(r"[A-Z]{3}")


def _listed_count(words: str) -> int | None:
    """The count of "the five countries" when its noun is one of role L, else None."""
    mm = re.fullmatch(r"the (\S+) (.+)", words)
    if mm is None or vocab.counted_places().get(mm.group(2)) != "L":
        return None
    count = int(mm.group(1)) if mm.group(1).isdigit() else vocab.number_words().get(mm.group(1))
    return int(count) if count else None


def _last_listed(earlier: list[Claim], c: Claim, count: int) -> tuple[list[str], Claim] | None:
    """The last `count` places that figures before `c` give a flow with (the same reporter,
    period and currency), and the figure of the nearest: None unless all of them are of one
    flow and product."""
    latest: dict[str, Claim] = {}
    for p in reversed(earlier):
        if len(latest) == count:
            break
        if p.kind != "amount" or p.reporter != c.reporter or p.period != c.period or p.currency != c.currency:
            continue
        if p.partner and _PLACE.fullmatch(p.partner) and p.partner != "WLD" and p.partner not in latest:
            latest[p.partner] = p
    if len(latest) != count:
        return None
    figures = list(latest.values())
    if len({(p.measure, p.commodity) for p in figures}) != 1 or figures[0].measure not in ("exports", "imports"):
        return None
    return list(latest), figures[0]


def counts_of_listed_places(claims: list[Claim]) -> None:
    """Give a figure of "the five countries" (taken together) the group of the last five
    places listed before it, and their flow."""
    for i, c in enumerate(claims):
        if c.kind != "amount" or c.how.get("pair") != "counted-places" or c.partner is not None:
            continue
        count = _listed_count(c.extra.get("partner_group") or "")
        if count is None:
            continue
        listed = _last_listed(claims[:i], c, count)
        if listed is None:
            c.basis["pair"] = "guess"  # (which places, the text does not say plainly)
            continue
        places, nearest = listed
        words = c.extra["partner_group"]
        # (with the share of its sentence that restates it: "N3.72tn, or 59.45 per cent of
        # total imports", given the same words)
        for x in [c] + [x for x in claims[i + 1:] if x.sentence == c.sentence and x.kind == "share"
                        and x.partner is None and x.extra.get("partner_group") == words]:
            x.extra["partner_group"] = "+".join(sorted(places))
            x.measure, x.commodity = nearest.measure, nearest.commodity
            x.how["pair"] = x.how["measure"] = "listed-count"
            x.basis["pair"] = x.basis["measure"] = "text"
