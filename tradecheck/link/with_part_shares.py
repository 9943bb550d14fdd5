"""A bare share restating a part given "with" a wider product's total.

"Steel exports reached $40bn in 2020, with flat products making up $18bn, or 45%": the share
restates the part set off by ", with" after the total of a wider product the sentence gives
first; it is of that product's total (the steel), not of all the reporter's goods, which the
share would otherwise be read against (and whose rounding the part's figures cannot reach)."""
from __future__ import annotations

import re

from ..model import Claim

# ", with": the clause that sets a part beside the total it is part of
_WITH = re.compile(r",\s+with\s", re.I)
# the share names a whole of its own ("45% of all exports", "45% in value"): left to its words
_OWN_WHOLE_AFTER = re.compile(r"\s+(?:of|in|among)\b", re.I)


def shares_of_the_product_total_a_part_is_given_with(text: str, claims: list[Claim]) -> None:
    """Give a bare share right after a product's money (restating it) the product of the wider
    total the sentence gave before it, where the part follows that total in a ", with" clause:
    same flow, pair, period and currency, the total the larger."""
    for k, share in enumerate(claims):
        if k < 2 or share.kind != "share" or not share.commodity or share.how.get("measure") != "restates-previous" \
                or any(key.startswith("_whole") for key in share.extra) or share.extra.get("_part_commodity"):
            continue
        part = claims[k - 1]
        if part.kind != "amount" or part.sentence != share.sentence or part.commodity != share.commodity or part.value is None:
            continue
        if ", with" not in text[max(0, part.start - 200):part.start] or _OWN_WHOLE_AFTER.match(text, share.end):
            continue  # (the plain words checked first: cheap)
        key = (share.measure, share.reporter, share.partner, share.period)
        whole = next((c for c in reversed(claims[:k - 1]) if c.sentence == share.sentence and c.kind == "amount"
                      and (c.measure, c.reporter, c.partner, c.period) == key and c.commodity not in (None, part.commodity)
                      and not c.scope and c.value is not None and c.currency == part.currency and c.value > part.value), None)
        if whole is None or not _WITH.search(text, whole.end, part.start):
            continue
        # (only the part's own words between the ", with" and the part: no other figure)
        if any(whole.end <= c.start < part.start for c in claims):
            continue
        share.extra["_whole_commodity"] = whole.commodity


# "..., with 40 billion, or 45%, going to China": the part a ", with" clause sends to a place
_PART_GOING_TO = re.compile(r",\s*(?:went|go|goes|going|came|come|comes|coming)\s+(?:to|from)\s", re.I)


def shares_of_the_world_total_a_partner_part_is_given_with(text: str, claims: list[Claim]) -> None:
    """"Japan sold 90 billion yen of scallops abroad, with 45 billion yen, or 50%, going to
    China": the share restating the part a ", with" clause sends to a place is of the total
    the sentence gave first (the same product to another partner, the world), not of the
    place's own trade."""
    for k, share in enumerate(claims):
        if k < 2 or share.kind != "share" or share.how.get("measure") != "restates-previous" \
                or any(key.startswith("_whole") for key in share.extra):
            continue
        part = claims[k - 1]
        if part.kind != "amount" or part.sentence != share.sentence or part.value is None or part.partner in (None, "WLD") \
                or (part.partner, part.commodity) != (share.partner, share.commodity):
            continue
        if ", with" not in text[max(0, part.start - 200):part.start] or not _PART_GOING_TO.match(text, share.end):
            continue  # (the plain words checked first: cheap)
        key = (share.measure, share.reporter, share.period, share.commodity, part.currency)
        whole = next((c for c in reversed(claims[:k - 1]) if c.sentence == share.sentence and c.kind == "amount"
                      and (c.measure, c.reporter, c.period, c.commodity, c.currency) == key and c.partner not in (None, part.partner)
                      and not c.scope and c.value is not None and c.value > part.value), None)
        if whole is None or not _WITH.search(text, whole.end, part.start) or any(whole.end <= c.start < part.start for c in claims):
            continue
        share.extra["_whole_partner"] = whole.partner
