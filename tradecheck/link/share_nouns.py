"""A share named as a noun, its part and whole in words before the figure: "Coal's share of
Australia's resource and energy export earnings, which totalled A$415 billion in 2023-24,
fell to 17.5%"; "The share of cocoa in Ghana's agricultural exports rose to 42 percent";
"Copper's share of total exports stood at 53.5%".

The part is the possessive (or the words after "share of" before "in"); the whole is the
flow after it, whose product words (past its owner, before its flow and money words) name a
group of goods the part is one of, or none for the whole flow ("total exports"). A figure in
a relative clause on that whole (", which totalled A$415 billion") is the whole's amount: of
that group, not of the part the sentence opens with; it is no part among the figures before
a sum of parts either (`WHOLE_OF_A_SHARE`)."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..extract.mentions import find_countries, find_flows
from ..model import Claim
from .commodities import canonical_label, unknown_product

# the flag on an amount that is a share's whole named by words (see the module's doc)
WHOLE_OF_A_SHARE = "_whole_of_share_noun"

_PART_WHOLE = r"(?P<part>[A-Za-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}?)"
_WHOLE = r"(?P<whole>[^,;.()]{3,80}?)"
# words that open a noun phrase, never a part's product ("The share of exports")
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "this", "that", "our", "his", "her"})
# ", which totalled A$415 billion in 2023-24,": the whole's own figure, in a relative clause
_WHICH = r"(?P<which>,\s+which\s+[^,;]{3,120},)?"
_VERB = r"\s+(?:[a-z]+\s+){0,3}?(?:to|at|of|by)?\s*(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+)?$"

# "Coal's share of ...", "the share of coal in ...", "the share of coal exports in ...",
# and a headline's bare noun: "Memory share of chip exports climbs to 76.2%" (part3, read only
# when its whole names a group of goods the part is one of)
_SHARE_NOUN = re.compile(rf"(?:^|[.;:]\s+|\n)\s*(?:(?:{_PART_WHOLE})['’]s?\s+share\s+(?:of|in)\s+{_WHOLE}"
                         rf"|(?:the|its|their)\s+share\s+of\s+{_PART_WHOLE.replace('part', 'part2')}\s+in\s+{_WHOLE.replace('whole', 'whole2')}"
                         rf"|(?-i:(?P<part3>[A-Z][a-z]+(?:\s+[a-z]+){{0,2}}?))\s+share\s+of\s+{_WHOLE.replace('whole', 'whole3')})"
                         rf"{_WHICH}{_VERB}", re.I)


@functools.cache
def _whole_flow_words() -> frozenset[str]:
    """Words that say a flow is the whole of trade ("total", "merchandise"), single words of
    vocab/whole_scope_cues.csv."""
    return frozenset(w.lower() for w in vocab.whole_scope_cues() if " " not in w) | {"all"}


@functools.cache
def _money_words() -> frozenset[str]:
    return frozenset(w.lower() for w in vocab.value_words())


def _group_of_whole(words: str) -> tuple[bool, str | None] | None:
    """(whether `words` name a flow, the group of goods they name or None for the whole
    flow): "Australia's resource and energy export earnings" is a flow of resources and
    energy; "total exports" the whole flow; None when no flow is named."""
    words = words.strip()
    owner = next((x for x in find_countries(words) if x.start == 0), None)
    if owner is not None:
        words = re.sub(r"^['’]s?\s*", "", words[owner.end:])
    words = re.sub(r"^(?:the|its|their)\s+(?:(?:country|nation|state)['’]s\s+)?", "", words, flags=re.I)
    tokens = words.split()
    flowed = False
    while tokens and (tokens[-1].lower() in _money_words() or find_flows(tokens[-1])):
        flowed = flowed or bool(find_flows(tokens[-1]))
        tokens.pop()
    if not flowed or find_countries(" ".join(tokens)):
        return None  # ("share of the market": no flow; "of exports to China": a partner's whole)
    group = [t for t in tokens if t.lower() not in _whole_flow_words()]
    if not group:
        return True, None
    label = unknown_product(" ".join(group))
    return (True, label) if label else None


def _longest_flow_whole(words: str) -> tuple[bool, str | None] | None:
    """`_group_of_whole` of the longest run of `words` from their start that names a flow:
    "chip exports" in "chip exports climbs to" (a headline's verb follows its whole)."""
    tokens = words.split()
    for k in range(min(len(tokens), 8), 0, -1):
        read = _group_of_whole(" ".join(tokens[:k]))
        if read is not None:
            return read
    return None


def _sentence_before(text: str, pos: int) -> tuple[str, int]:
    """The words from the start of `pos`'s sentence (at most 300 characters back) to `pos`,
    and where they start."""
    start = max(0, pos - 300)
    return text[start:pos], start


def shares_named_by_noun(text: str, claims: list[Claim]) -> None:
    """Read the part and whole of each share named as a noun before its figure, and the
    whole's own amount in a relative clause on it."""
    for c in claims:
        if c.kind != "share" or "share" not in text[max(0, c.start - 300):c.start].lower():
            continue  # (cheap: the noun is needed)
        before, offset = _sentence_before(text, c.start)
        mm = _SHARE_NOUN.search(before)
        if mm is None:
            continue
        part_words = mm["part"] or mm["part2"] or mm["part3"]
        whole_words = mm["whole"] or mm["whole2"]
        part = unknown_product(part_words) if part_words.lower() not in _DETERMINERS else None
        read = _group_of_whole(whole_words) if whole_words else _longest_flow_whole(before[mm.start("whole3"):])
        if part is None or read is None:
            continue
        _, group = read
        if mm["part3"] and group is None:
            continue  # ("Market share of exports": no product named as a part of a group)
        if group == part:
            continue
        _set_share(c, part, group)
        if mm["which"]:
            lo, hi = offset + mm.start("which"), offset + mm.end("which")
            for x in claims:
                if x.kind == "amount" and lo <= x.start < hi and x.measure == c.measure:
                    x.commodity = group
                    x.extra[WHOLE_OF_A_SHARE] = True
                    x.how["commodity"], x.basis["commodity"] = "whole-of-share-noun", "text"


def _set_share(c: Claim, part: str, group: str | None) -> None:
    """The share is of `part` in the flow of `group` (None: the whole flow)."""
    if group is None:
        c.commodity = part
        c.extra["_of_total_flow"] = "world"
    else:
        c.commodity = group
        c.extra["_part_commodity"] = part
        c.extra["_whole_has_commodity"] = True
    c.how["commodity"], c.basis["commodity"] = "share-noun", "text"


# "taking a 20.8% share.": a share with no whole after it ("of", "in" would name one)
_BARE_SHARE_AFTER = re.compile(r"\s+share\b(?!\s+(?:of|in)\b)", re.I)


def bare_shares_of_the_whole_before(text: str, claims: list[Claim]) -> None:
    """A share with no whole of its own ("System semiconductors grew 6.1% to US$2.25 billion,
    taking a 20.8% share"), of a product carried from its own sentence, is a part of the
    same group as the share before it in the paragraph that named a product's whole ("Memory
    chip exports ... accounted for 76.2% of total semiconductor exports"), not of the whole
    flow."""
    last = None  # the last share of the paragraph whose whole named a group of goods
    for c in claims:
        if c.kind != "share":
            continue
        if last is not None and last.paragraph != c.paragraph:
            last = None
        if c.extra.get("_whole_has_commodity") and c.commodity:
            last = c
            continue
        if (last is not None and c.how.get("commodity") == "same-flow-carried" and c.commodity
                and c.measure == last.measure and c.commodity not in (last.commodity, last.extra.get("_part_commodity"))
                and _BARE_SHARE_AFTER.match(text, c.end)):
            _set_share(c, c.commodity, last.commodity)

