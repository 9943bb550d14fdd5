"""List lines that each name a programme or channel by its full name and acronym:

    - Foreign Military Sales (FMS), agreed between governments: $80.9 billion
    - Direct Commercial Sales (DCS) licensed by the department: $157.5 billion

Such a label ("a Capitalised Name (ACRONYM)", then at most a description) is no product and
no partner, so the figures used to read as one quantity said twice. Lines with different
labels are different series (parts of a total, usually): each figure gets its line's acronym
as its series, so two lines are never taken for a restatement of one figure."""
from __future__ import annotations

import re

from ..model import Claim
from .cues import LIST_MARKER

# the list marker, a capitalised name of two words or more, its acronym in brackets, then a
# description (no figure, no sentence end) and the colon or spaced dash before the figure
_ACRONYM_ITEM = re.compile(
    rf"[ \t]*{LIST_MARKER}[ \t]+(?:[A-Z][\w'’&-]*[ \t]+){{1,5}}[A-Z][\w'’&-]*[ \t]*\((?P<acronym>[A-Z][A-Z0-9+&/-]{{1,9}})\)"
    r"[^\n\d:;.!?$€£¥%]{0,80}?(?:[ \t][-–—][ \t]|:)[ \t]*$")


def acronym_item_series(text: str, claims: list[Claim]) -> None:
    """Give the amount on such a list line its acronym as its series (`extra["list_item"]`),
    when two lines or more of the text have one (a lone line may be the total itself)."""
    if "(" not in text:
        return
    found: list[tuple[Claim, str]] = []
    for c in claims:
        if c.kind != "amount":
            continue
        line = text.rfind("\n", 0, c.start) + 1
        if c.start - line > 160 or text[line:c.start].count("(") != 1:
            continue  # (cheap: one bracket, a short label)
        m = _ACRONYM_ITEM.match(text, line, c.start)
        if m is not None:
            found.append((c, m["acronym"]))
    if len({a for _, a in found}) < 2:
        return
    for c, acronym in found:
        c.extra["list_item"] = acronym
