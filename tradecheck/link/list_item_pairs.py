"""A list item that names no place among sibling items that all name one pair: "- Total
two-way goods trade: $798.8 billion" over "- US imports from Mexico: $475.6 billion", "- US
exports to Mexico: ...", "- US trade deficit with Mexico: ...". The item is read in the
discourse's pair (the text's country with the world), but a list that names one pair on
every other line may as well be about that pair on this line too: the words do not say which.
So its pair is a guess, and a conflict that rests on it is unverifiable, not an error (taking
the siblings' pair instead would be a guess too: "- Total exports" over "- Exports to China",
"- Imports from China" is the world's)."""
from __future__ import annotations

import re

from ..model import Claim
from .cues import LIST_MARKER

# a list item's line: its indent and bullet (or "1." / "1)")
_ITEM = re.compile(rf"[ \t]*{LIST_MARKER}[ \t]+\S")
_FLOWS = ("exports", "imports", "balance", "trade_total")
# the fewest sibling items (lines, not figures: one line may give a level and its earlier
# level) that must agree on their pair before the list is taken as about it
_MIN_SIBLINGS = 2


def unnamed_items_among_one_pair(text: str, claims: list[Claim]) -> None:
    """Mark the pair of an unnamed list item's figure a guess where its siblings name one
    other pair."""
    if "\n" not in text:
        return
    items = [c for c in claims if c.kind == "amount" and c.measure in _FLOWS and _line_of_item(text, c.start) is not None]
    if len(items) <= _MIN_SIBLINGS:
        return  # (cheap: most texts hold no list of flows)
    for c in items:
        if c.how.get("pair") != "discourse" or c.basis.get("pair") == "guess":
            continue
        siblings = [s for s in items if s is not c and s.how.get("pair") != "discourse"
                    and _same_list(text, c.start, s.start)]
        pairs = {(s.reporter, s.partner) for s in siblings}
        lines = {_line_of_item(text, s.start) for s in siblings}
        if len(lines) >= _MIN_SIBLINGS and len(pairs) == 1 and (c.reporter, c.partner) not in pairs:
            c.basis["pair"] = "guess"  # (the world's, or its siblings' pair: the item does not say)


def _line_of_item(text: str, pos: int) -> int | None:
    """The start of the line `pos` stands in, when that line is a list item; else None."""
    start = text.rfind("\n", 0, pos) + 1
    return start if _ITEM.match(text, start) else None


def _same_list(text: str, a: int, b: int) -> bool:
    """Whether the lines of `a` and `b` belong to one run of list items, no other line between."""
    lo, hi = sorted((a, b))
    line = text.rfind("\n", 0, lo) + 1
    end = text.find("\n", hi)
    end = len(text) if end < 0 else end
    while line < end:
        if not _ITEM.match(text, line):
            return False
        nxt = text.find("\n", line)
        if nxt < 0:
            return True
        line = nxt + 1
    return True
