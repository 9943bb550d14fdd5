"""Places ranked by their own flow, each with its figure in brackets: "Germany (EUR 703.0 bn,
or 27.4% of the total) was by far the largest exporter to countries outside the EU, followed
by Italy (EUR 290.0 bn, 11.3%), France (EUR 271.9 bn, 10.6%) and the Netherlands (EUR 248.9
bn, 9.7%)". Each figure is the place's own flow (vocab/trader_nouns.csv: an exporter's
exports), with the place the noun's preposition names ("to countries outside the EU": the
others than the EU) or the world."""
from __future__ import annotations

import functools
import re

from .. import vocab
from .cues import HEDGE


@functools.cache
def _trader_re() -> re.Pattern:
    """"was by far the largest exporter to", "is the second-biggest importer from": a rank
    adjective (vocab/rank_places.csv) before a noun of a place's own flow."""
    adjective = vocab.alternation(vocab.rank_places("adjective") + vocab.rank_places("rank"), ignore_case=True, space=r"\s+")
    nouns = vocab.alternation(list(vocab.trader_nouns()), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:was|is|remained|remains|were|are|became|ranked\s+as)\s+(?:[a-z]+\s+){{0,3}}?(?:the|its)\s+"
                      rf"(?:[\w-]+[\s-]+)?(?:{adjective})(?:[\s-]+[\w'’-]+){{0,2}}?[\s-]+(?P<noun>{nouns})s?\b"
                      rf"(?:\s+(?P<prep>to|from|with)\s+(?P<rest>[^,;.()]{{0,60}}))?", re.I)


@functools.cache
def _leader_re() -> re.Pattern:
    """"the world's leading merchandise exporter": a rank adjective before a noun of a place's
    own flow, with no verb (the place it ranks need not be the subject)."""
    adjective = vocab.alternation(vocab.rank_places("adjective") + vocab.rank_places("rank"), ignore_case=True, space=r"\s+")
    nouns = vocab.alternation(list(vocab.trader_nouns()), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:the|its)\s+(?:[\w'’-]+[\s-]+)?(?:{adjective})(?:[\s-]+[\w'’-]+){{0,2}}?[\s-]+(?P<noun>{nouns})s?\b"
                      rf"(?:\s+(?P<prep>to|from|with)\s+(?P<rest>[^,;.()]{{0,60}}))?", re.I)


@functools.cache
def _follow_on_re() -> re.Pattern:
    """A bracket's end, then words that put the places before it next in a ranking, ending
    the sentence (vocab/follow_on_verbs.csv)."""
    words = vocab.alternation([r["phrase"] for r in vocab.table("follow_on_verbs")], ignore_case=True, space=r"\s+")
    return re.compile(rf"\)\s+(?:{words})\s*[.;]?\s*$", re.I)


# where the sentence before starts: after the last sentence end or line break before it
_SENTENCE_START = re.compile(r"(?:[.!?]\s+|\n)(?=[^\n]*$)(?![^\n]*[.!?]\s+\S)", re.S)


# from a place to its bracketed figure: "Germany (", "the Netherlands (about "
_BRACKET_AFTER_PLACE = re.compile(rf"\s*\(\s*{HEDGE}[+\-−–]?$")


def ranked_trader(s):
    """(place mention, measure, partner key) for an amount bracketed right after a place in a
    sentence that ranks places by a noun of their own flow, or None."""
    if s.kind != "amount":
        return None
    near = [x for x in s.ms["country"] if max(s.sent.start, s.prev_end) <= x.start and x.end <= s.m.start]
    if not near or not near[-1].attrs.get("iso") or near[-1].attrs["iso"] == "WLD" or near[-1].attrs.get("possessive") \
            or near[-1].attrs.get("kind") in ("anaphor", "group", "demonym"):
        return None
    x = near[-1]
    if not _BRACKET_AFTER_PLACE.search(s.text, x.end, s.m.start) or _BRACKET_AFTER_PLACE.search(s.text, x.end, s.m.start).start() != x.end:
        return None
    rank = _trader_re().search(s.text, s.sent.start, s.sent.end)
    if rank is None and ")" in s.text[s.m.end:s.sent.end] and _follow_on_re().search(s.text, s.m.end, s.sent.end):
        # "The United States (US$ 1.4 trillion) and Germany followed.": ranked by the noun of
        # the sentence before ("China remained the world's leading exporter, with ...")
        window = max(0, s.sent.start - 400)
        before = _SENTENCE_START.search(s.text, window, max(0, s.sent.start - 1))
        if before is not None or window == 0:
            rank = _leader_re().search(s.text, before.end() if before is not None else 0, s.sent.start)
    if rank is None:
        return None
    measure = vocab.trader_nouns()[re.sub(r"\s+", " ", rank["noun"]).lower()]
    partner = "WLD"
    if rank["prep"]:
        at = rank.start("rest")
        place = next((y for y in s.ms["country"] if at <= y.start < rank.end("rest")), None)
        if place is None or not (place.attrs.get("iso") or place.attrs.get("label")):
            return None
        key = place.attrs["iso"] or "group:" + place.attrs["label"]
        if re.search(r"\b(?:outside|beyond)\s+(?:of\s+)?(?:the\s+)?$", s.text[max(at, place.start - 16):place.start], re.I):
            key = "group:other than " + key.removeprefix("group:")
        partner = key
    return x, measure, partner
