"""A monthly release's month goes on past its paragraph.

A text about a year may digress into one of its months for a paragraph ("In December,
exports reached $3.6bn."), and the next paragraph, naming no period, is back on the year.
But when the text set that month against the month before ("against $3.1bn the previous
month, up 16%"), it is a monthly release: the month is what it is about, and a next
paragraph naming no period of its own (imports, the balance) is still of that month."""
from __future__ import annotations

from .. import periods as P


def month_goes_on(aside: P.Period, claims: list) -> bool:
    """Whether the digression `aside`, a single month, was compared with the month before
    by a figure of the text so far (a change of the month on the previous one, or a level
    of the previous month given as its base)."""
    if P.months(aside) != 1:
        return False
    month, before = P.fmt(aside), P.fmt(P.shift(aside, -1))
    return any(c.kind == "percent_change" and c.measure != "other" and c.period == month and c.base_period == before
               for c in claims)
