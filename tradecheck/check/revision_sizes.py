"""The size of a revision against the two estimates it lies between: "The revisions lowered
the 2017 deficit by $8.2 billion, to $558.4 billion from $566.6 billion". The size is read as
no flow (link/revision_sizes.py, link/measures.revision_of_estimate), the revised level after
"to" as the period's level and the one after "from" as the estimate it replaced, of the same
period (its vintage "first estimate"): so no constraint ties the three, and the size is
checked here on its own figures, as the gap between the two estimates, allowing for their
rounding. The size is said without a sign ("lowered", "revised up"), so magnitudes are
compared."""
from __future__ import annotations

from ..model import Claim, Finding
from .amounts import gap_fits
from .catalogue import Severity, Status, render
from .format import money

# the measure rules that read a figure as the size of a revision
_SIZE_RULES = ("revision-size", "revision-of-estimate")


def findings(claims: list[Claim]) -> list[Finding]:
    out = []
    for i, size in enumerate(claims):
        if size.kind != "amount" or size.how.get("measure") not in _SIZE_RULES:
            continue
        # "by $8.2 billion, to $558.4 billion from $566.6 billion": the two levels after the
        # size; "the surplus was EUR 513 million, EUR 41 million less than in the first
        # estimate (EUR 554 million)": the revised level before it, the replaced one after
        around = [(claims[i + 1], claims[i + 2])] if i + 2 < len(claims) else []
        around += [(claims[i - 1], claims[i + 1])] if 0 < i < len(claims) - 1 else []
        pair = next(((new, old) for new, old in around if _revised_and_replaced(size, new, old)), None)
        if pair is None:
            continue
        new, old = pair
        fits = gap_fits(new, old, size)
        gap = abs((new.value or 0) - (old.value or 0))
        fields = {"new": money(new.value, new.currency), "old": money(old.value, old.currency),
                  "difference": money(gap, size.currency), "stated": size.text}
        out.append(Finding(id="", check="sum", status=Status.CONSISTENT if fits else Status.INCONSISTENT,
                           severity=Severity.INFO if fits else Severity.ERROR, claims=[size.id, new.id, old.id],
                           spans=[(c.start, c.end) for c in (size, new, old)],
                           message=render("sum", "revision_size", fits, fields), expected=gap, observed=abs(size.value or 0)))
    return out


def _revised_and_replaced(size: Claim, new: Claim, old: Claim) -> bool:
    """Whether `new` and `old`, right after the size in its sentence, are the revised level
    and the estimate it replaced: one quantity of one period, in the size's currency."""
    return (new.sentence == old.sentence == size.sentence and new.kind == old.kind == "amount"
            and not new.extra.get("vintage") and old.extra.get("vintage") == "first estimate"
            and new.measure == old.measure and new.measure != "other" and new.period == old.period
            and (new.reporter, new.partner, new.commodity) == (old.reporter, old.partner, old.commodity)
            and new.currency == old.currency == size.currency
            and None not in (size.native_low, size.native_high, new.native_low, new.native_high, old.native_low, old.native_high))
