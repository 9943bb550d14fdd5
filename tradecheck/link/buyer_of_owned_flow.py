"""A place that buys a part of another place's exports: "Japan took $4.1 billion, or 30 per
cent, of Peru's $13.7 billion in exports", "Japan took $4.1 billion of that" (after Peru's
figure in the sentence). The subject of the buying verb is the partner (the buyer), the
owner of the exports (its possessive or demonym, or the figure "that" takes up) reports;
and the owner's own figure right after its possessive is its exports with everyone."""
from __future__ import annotations

import functools
import re

from .. import vocab
from .cues import HEDGE
from .rules import Decision, rule
from .site import Site


@functools.cache
def _verb_before_re() -> re.Pattern:
    """The buying verb (cues.BUY, or a part verb of vocab/partner_part_verbs.csv) right
    before the figure, or before the part's money the share restates (", or ")."""
    verbs = vocab.alternation(sorted(set(vocab.partner_part_verbs()) | {"bought", "purchased", "took", "absorbed", "received"}),
                              ignore_case=True, space=r"\s+")
    scales = vocab.alternation(list(vocab.scales()), ignore_case=True)  # (vocab/scales.csv)
    return re.compile(rf"\s(?P<verb>{verbs})\s+{HEDGE}(?:[^\s,;()]{{1,12}}(?:\s+(?:{scales}))?\s*(?:,|\()\s*(?:or\s+)?{HEDGE})?$", re.I)


# from the part to the owner of the whole: its restatement (", or 30 per cent,"), then "of"
_TO_OWNER = re.compile(r"\s*(?:[,(]\s*(?:or\s+)?[^,;()]{1,25}?\s*[,)])?\s*of\s+(?:the\s+)?(?:total\s+|all\s+)?")
# "of that", "of it": the whole is the figure before, in the same sentence
_OF_THAT = re.compile(r"\s*of\s+(?:that|this|it|those|these)\b", re.I)


@functools.cache
def _owned_flow_re() -> re.Pattern:
    """After the owner: its own figure perhaps, then the goods or exports the part is of,
    with no direction of their own ("to", "from")."""
    # (the flow's own nouns only: "bought $X of Chinese goods" is read by the perspective
    # of its verb, link/pairs.perspective)
    goods = vocab.alternation(["exports", "shipments", "sales abroad"], ignore_case=True, space=r"\s+")
    return re.compile(rf"(?:['’]s?)?\s+(?:[^,;()]{{0,30}}?\s)?(?:{goods})\b(?!\s+(?:to|from|with)\b)", re.I)


def _buyer(s: Site):
    """The place right before the buying verb that precedes the figure, None if none."""
    verb = _verb_before_re().search(s.text, s.sent.start, s.m.start)
    if verb is None:
        return None
    at = verb.start()
    x = next((x for x in s.ms["country"] if x.end <= at and re.fullmatch(r"\s*", s.text[x.end:at])), None)
    if x is None or x.attrs.get("possessive") or x.attrs.get("kind") in ("anaphor", "demonym") or x.attrs.get("iso") in (None, "WLD"):
        return None
    return x


@rule("pair", "buyer-of-owned-flow", "text")
def buyer_of_owned_flow(s: Site):
    """"Japan took $4.1bn, or 30%, of Peru's exports": the buyer is the partner, the
    exports' owner the reporter; "Japan took $4.1bn of that": the owner is the figure's
    before it in the sentence."""
    if s.kind not in ("amount", "share") or " of " not in s.after[:45]:
        return None  # (cheap: no "of" after the figure)
    x = _buyer(s)
    if x is None:
        return None
    if _OF_THAT.match(s.text, s.m.end, s.sent.end):
        p = s.prev
        if p is None or p.kind != "amount" or p.end < s.sent.start or p.reporter in (None, x.attrs["iso"]) or p.partner not in (None, "WLD"):
            return None
        return Decision((p.reporter, x.attrs["iso"]), (x.start, x.end))
    to = _TO_OWNER.match(s.text, s.m.end, s.sent.end)
    if to is None:
        return None
    owner = next((y for y in s.ms["country"] if y.start == to.end()), None)
    if owner is None or not (owner.attrs.get("possessive") or owner.attrs.get("kind") == "demonym") \
            or owner.attrs.get("iso") in (None, "WLD", x.attrs["iso"]) or not _owned_flow_re().match(s.text, owner.end, s.sent.end):
        return None
    return Decision((owner.attrs["iso"], x.attrs["iso"]), (x.start, x.end))


# "of Peru's $13.7 billion in exports": the owner's possessive right before the figure, then
# the flow the figure is of
_IN_FLOW_AFTER = re.compile(r"\s+(?:in|of|worth\s+of)\s+(?:[a-z-]+\s+){0,2}?(?P<flow>exports|imports)\b(?!\s+(?:to|from|with)\b)", re.I)


@rule("pair", "owner-before-whole", "text")
def owner_before_whole(s: Site):
    """"... of Peru's $13.7 billion in exports": the figure an owner's possessive opens, of
    its flow with no direction named, is that owner's flow with everyone."""
    if s.kind != "amount" or not re.match(r"\s+(?:in|of|worth)\s", s.after[:8]):
        return None  # (cheap)
    owner = next((y for y in s.ms["country"] if y.end <= s.m.start and re.fullmatch(r"(?:['’]s?)?\s+", s.text[y.end:s.m.start])), None)
    if owner is None or not owner.attrs.get("possessive") or owner.attrs.get("iso") in (None, "WLD") \
            or not _IN_FLOW_AFTER.match(s.text, s.m.end, s.sent.end):
        return None
    return Decision((owner.attrs["iso"], "WLD"), (owner.start, owner.end))


def owned_flow_measure(s: Site) -> str | None:
    """The flow named after an owner's figure ("in exports": "exports"), None if none."""
    found = _IN_FLOW_AFTER.match(s.text, s.m.end, s.sent.end)
    return found["flow"].lower() if found else None


def owned_whole_pair(claims: list) -> tuple | None:
    """"China took $19bn, or 33%, of New Zealand's $59bn in exports. Australia was second at
    $7bn": after a sentence that gives a buyer's part of an owner's whole, the text goes on
    with the whole's pair (the owner with everyone), not with that buyer. None if the
    sentence has no such part and whole."""
    whole = next((c for c in claims if c.how.get("pair") == "owner-before-whole"), None)
    if whole is None or not any(c.how.get("pair") == "buyer-of-owned-flow" and c.reporter == whole.reporter for c in claims):
        return None
    return whole.reporter, whole.partner


# from a share to its whole's owner: " of New Zealand", " of Peru"
_OF_OWNER = re.compile(r"\s+of\s+(?:the\s+)?")


def owned_product(s: Site):
    """"a third of New Zealand's whole milk powder", "30% of Peru's copper": the product
    mention right after the possessive that owns a share's whole, None if none (the whole
    is then not that owner's trade in everything)."""
    to = _OF_OWNER.match(s.text, s.m.end, s.sent.end) if " of " in s.after[:6] else None
    if to is None:
        return None
    owner = next((y for y in s.ms["country"] if y.start == to.end() and y.attrs.get("possessive")), None)
    if owner is None:
        return None
    x = next((x for x in s.ms["commodity"] if re.fullmatch(r"(?:['’]s?)?\s+", s.text[owner.end:x.start])), None)
    # (not "of Australia's goods exports": a flow, the owner's trade in everything)
    return None if x is None or _FLOW_AFTER.match(s.text, x.end) else x


_FLOW_AFTER = re.compile(r"\s+(?:exports|imports|trade|shipments|sales)\b", re.I)
