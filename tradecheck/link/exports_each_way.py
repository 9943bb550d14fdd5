"""A balance the sentence draws from the partner's exports to the reporter: "Uganda, in turn,
sold $710 million of goods to Kenya, ... leaving Nairobi with a surplus of $480 million". The
partner's exports stand for the reporter's imports from it, so the balance is the reporter's
exports to the partner less them (check/sums.add_balance_of_exports_each_way), where the text
gives neither side's imports."""
from __future__ import annotations

from ..model import Claim

# how far back in the sentence the partner's exports are looked for (figures, not characters)
_BACK = 4


def balances_of_exports_each_way(claims: list[Claim]) -> None:
    for k, bal in enumerate(claims):
        if bal.kind != "amount" or bal.measure != "balance" or bal.commodity or bal.scope \
                or None in (bal.reporter, bal.partner) or "WLD" in (bal.reporter, bal.partner):
            continue
        for x in reversed(claims[max(0, k - _BACK):k]):
            if x.sentence != bal.sentence:
                break
            if x.kind == "amount" and x.measure == "exports" and (x.reporter, x.partner) == (bal.partner, bal.reporter) \
                    and x.period == bal.period and x.currency == bal.currency and not x.commodity and not x.scope:
                bal.extra["_of_exports_each_way"] = True
                break
