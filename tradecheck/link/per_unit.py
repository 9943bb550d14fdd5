"""Money per counted unit: "Earnings per arrival averaged about USD 1,655", "Spending per
visitor came to $1,162", "Revenue per parcel was about 59,300 won". A figure whose subject is
an amount "per <noun>" is an average over the things counted, no level of a trade flow, even
where a flow word ("earnings", "exports") opens the subject. Words after "per" that are a
time or a percentage are left to other rules (vocab/per_unit_exclusions.csv). So is a figure
"average <item>" names right before it ("putting the average payment at roughly $25,000"):
an average per deal or consignment (vocab/averaged_items.csv)."""
from __future__ import annotations

import re

from .. import vocab
from .rules import Decision, rule
from .site import Site

# "per" and the word after it, then (no figure, no clause break) up to the figure
_PER_NOUN = re.compile(r"\bper\s+(?P<w>[a-z][\w-]*)\b[^\d$€£¥,;:.()]*$", re.I)


# between the level an average moved from and the one it moved to: "... to about "
_TO_LEVEL = re.compile(r"\bto\s+(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+|almost\s+)?$", re.I)


# "average" and a noun, maybe a "size"/"value" after it, then the verb or preposition that
# gives the figure: "the average payment at roughly ", "the average order value was "
_AVERAGE_ITEM = re.compile(
    r"\baverage\s+(?P<w>[a-z]+)(?:\s+(?:size|value|amount))?\s+(?:at|of|was|is|stood\s+at|came\s+to|"
    r"amounted\s+to|was\s+worth)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$", re.I)


def _average_per_item(s: Site) -> bool:
    """Whether "average <item>" gives the figure (vocab/averaged_items.csv)."""
    if "average" not in s.before.lower():
        return False
    found = _AVERAGE_ITEM.search(s.text, max(s.sent.start, s.prev_end, s.m.start - 60), s.m.start)
    return found is not None and found["w"].lower() in vocab.averaged_items()


@rule("measure", "per-unit-subject", "text")
def per_unit_subject(s: Site):
    """A money figure of an amount "per <noun>" in its subject: an average per unit counted."""
    if s.kind != "amount" or s.claim.measure == "other":
        return None
    if s.prev is not None and s.prev.how.get("measure") == "per-unit-subject" and _TO_LEVEL.search(s.gap):
        # "The average value per tonne dropped from about US$88 in 2023 to about US$72 this
        # year": the level the average moved to is an average too
        return Decision({})
    if _average_per_item(s):
        # "putting the average payment at roughly $25,000": per deal, no whole of the total
        return Decision({})
    if "per " not in s.before.lower():
        return None
    clause = s.text[max(s.sent.start, s.prev_end):s.m.start]
    found = _PER_NOUN.search(clause)
    if found is None or found["w"].lower() in vocab.per_unit_exclusions():
        return None
    return Decision({})
