"""A balance the sentence draws from the partner's exports to the reporter: "Uganda, in turn,
sold $710 million of goods to Kenya, ... leaving Nairobi with a surplus of $480 million". The
partner's exports stand for the reporter's imports from it, so the balance is the reporter's
exports to the partner less them (check/sums.add_balance_of_exports_each_way), where the text
gives neither side's imports. The partner's exports may close the sentence before, when the
balance opens its own ("America sold $13.8bn of goods to Vietnam. That left Vietnam with a
surplus of ..."): a balance with no figure before it in its sentence draws on the last one."""
from __future__ import annotations

from ..model import Claim
from .list_labels import label_after_figure

# how far back in the sentence the partner's exports are looked for (figures, not characters)
_BACK = 4


def balances_of_exports_each_way(claims: list[Claim], text: str = "") -> None:
    for k, bal in enumerate(claims):
        if bal.kind != "amount" or bal.measure != "balance" or bal.commodity or bal.scope \
                or None in (bal.reporter, bal.partner) or "WLD" in (bal.reporter, bal.partner):
            continue
        for x in reversed(claims[max(0, k - _BACK):k]):
            if x.sentence != bal.sentence and not _opens_after(x, bal, claims[k - 1]) \
                    and not _next_line_of_box(text, x, bal, claims[k - 1]):
                break
            if x.kind == "amount" and x.measure == "exports" and (x.reporter, x.partner) == (bal.partner, bal.reporter) \
                    and x.period == bal.period and x.currency == bal.currency and not x.commodity and not x.scope:
                bal.extra["_of_exports_each_way"] = True
                break


def _opens_after(x: Claim, bal: Claim, before: Claim) -> bool:
    """`x` is the last figure of the sentence just before the balance's, in its paragraph, and
    the balance is the first figure of its own sentence (so the sentence builds on that one)."""
    return x is before and x.sentence == bal.sentence - 1 and x.paragraph == bal.paragraph


def _next_line_of_box(text: str, x: Claim, bal: Claim, before: Claim) -> bool:
    """`x` and the balance open two figure-first lines of one box, the balance's right after
    `x`'s (blank lines between allowed), and `x` is the last figure before the balance."""
    if x is not before or not text or x.end > bal.start:
        return False
    x_end = text.find("\n", x.end)
    bal_line = text.rfind("\n", 0, bal.start) + 1
    if x_end < 0 or bal_line <= x_end or text[x_end:bal_line].strip():
        return False  # (the balance's line is not the next one)
    return label_after_figure(text, x.start, x.end) is not None and label_after_figure(text, bal.start, bal.end) is not None
