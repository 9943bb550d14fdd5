"""Trade under a preference scheme: "U.S. imports under AGOA totaled $9.8 billion", "Imports
eligible for DCTS preferences: £9.8 billion", "Of this, €27.6 billion was eligible for EBA
preferences", "Imports under DFTP rose 18 per cent". The trade that entered under a scheme,
or could have, is a part of the pair's flow (a report sets it beside the total imports from
the beneficiaries), never the whole: a scope of its own keeps each apart from the total and
from the other ("preferential" within "eligible" within all imports)."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..model import Claim
from .sentences import Sentence

PREFERENTIAL = "preferential"
ELIGIBLE = "eligible"
OUTSIDE = "outside the scheme"
_FLOWS = ("exports", "imports")


@functools.cache
def _scheme() -> str:
    """A scheme: its name, perhaps its acronym in brackets and a head noun after ("India's
    Duty Free Tariff Preference (DFTP) scheme", "EBA preferences"), or a head noun with a
    few words before it ("the scheme", "India's duty-free scheme", "a DCTS preference")."""
    rows = vocab.table("preference_schemes")
    names = vocab.alternation([r["name"] for r in rows if r["kind"] == "name"], space=r"\s+")
    heads = vocab.alternation([r["name"] for r in rows if r["kind"] == "head"], ignore_case=True, inline=True, space=r"\s+")
    owner = r"(?:(?:the|its|this|their|an?)\s+|[A-Z][\w.]*(?:'s|’s)\s+)?"
    acronym = r"(?:\s*\([^()]{1,15}\))?"
    named = rf"(?<![\w+])(?:{names}){acronym}(?:\s+(?:{heads}))?(?![\w+])"
    headed = rf"(?:[\w-]+\s+){{0,4}}?(?:\([^()]{{1,15}}\)\s+)?(?:{heads})\b"
    return rf"{owner}(?:{named}|{headed})"


def _cues(kind: str, before: str) -> str:
    rows = vocab.table("preference_cues")
    return vocab.alternation([r["phrase"] for r in rows if r["kind"] == kind and r["before"] == before],
                             ignore_case=True, inline=True, space=r"\s+")


@functools.cache
def _cue_re() -> re.Pattern:
    """A cue of vocab/preference_cues.csv right before a scheme; the cue's kind is named."""
    groups = [rf"(?P<{kind}>\b(?:{_cues(kind, 'scheme')}))" for kind in (PREFERENTIAL, ELIGIBLE)]
    return re.compile(rf"(?:{'|'.join(groups)})\s+{_scheme()}")


@functools.cache
def _adjective_re() -> re.Pattern:
    """A cue of vocab/preference_cues.csv right before a flow word ("eligible imports")."""
    groups = [rf"(?P<{kind}>\b(?:{_cues(kind, 'flow')}))" for kind in (PREFERENTIAL, ELIGIBLE)]
    return re.compile(rf"(?:{'|'.join(groups)})\s+(?:{_flow_words()})\b")


@functools.cache
def _flow_words() -> str:
    return vocab.alternation([w for w, (measure, _) in vocab.flows().items() if measure in _FLOWS and " " not in w],
                             ignore_case=True, inline=True)


@functools.cache
def _named_flow_re() -> re.Pattern:
    """A scheme's name used as a modifier of a flow noun: "AGOA shipments", "EBA imports"."""
    names = vocab.alternation([r["name"] for r in vocab.table("preference_schemes") if r["kind"] == "name"], space=r"\s+")
    return re.compile(rf"(?<![\w+])(?:{names})\s+(?:{_flow_words()})\b")


# the figure as the subject of a cue after it: "€27.6 billion was eligible for EBA preferences",
# "$1.2 billion entered under the program"
_PREDICATE = re.compile(r"\s*(?:was|were|is|are|had\s+been|has\s+been)?\s*(?:actually\s+)?")


@functools.cache
def _scheme_sentence_res() -> tuple[re.Pattern, re.Pattern]:
    """(a sentence opening with what belongs to a scheme, "The scheme's member plants"; one
    opening with what lies outside it, "Outside the scheme,")."""
    return (re.compile(rf"[\W]*{_scheme()}['’]s\s+(?i:[a-z])"),
            re.compile(rf"[\W]*(?i:outside|beyond)\s+(?:(?i:of)\s+)?{_scheme()}\s*,"))


# words that turn a sentence from the scheme's trade to the country's whole ("while the
# country's overall deficit was")
_WHOLE_BETWEEN = re.compile(r"\b(?:total|overall|national|whole|the\s+country)\b", re.I)


def _sentence_kind(text: str, sent: Sentence, c: Claim) -> str | None:
    """The scheme trade a whole sentence is about, from its opening: the scheme's (its
    members named as the subject, "The scheme's member plants imported $40bn of parts, leaving
    them a surplus of $12bn") or the rest's ("Outside the scheme, the country ran a deficit of
    $30bn": every other trader's, a scope of its own); None for most."""
    if "'s" not in text[sent.start:c.start] and "’s" not in text[sent.start:c.start] \
            and not text[sent.start:sent.start + 12].lstrip(" \"“").lower().startswith(("outside", "beyond")):
        return None  # (cheap: neither opening)
    inside, outside = _scheme_sentence_res()
    if outside.match(text, sent.start, c.start):
        return OUTSIDE
    mo = inside.match(text, sent.start, c.start)
    if mo is not None and not _WHOLE_BETWEEN.search(text, mo.end(), c.start):
        return PREFERENTIAL
    return None


def scheme_kind(words: str) -> str | None:
    """The kind of scheme trade some words name (PREFERENTIAL or ELIGIBLE), or None."""
    cue = _cue_re().search(words) or _adjective_re().search(words)
    if cue:
        return ELIGIBLE if cue.group(ELIGIBLE) else PREFERENTIAL
    return PREFERENTIAL if _named_flow_re().search(words) else None


# "goods worth $2.1 billion entered Chile under the scheme": the place entered, between the
# verb and its "under"
_ENTERED_PLACE = re.compile(r"\s*(?:entered|entering)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}(?=under\b)")


def _predicated_kind(text: str, at: int, end: int) -> str | None:
    """The kind of scheme trade a cue right after a figure says it is, or None."""
    lead = _ENTERED_PLACE.match(text, at, end) or _PREDICATE.match(text, at, end)
    cue = _cue_re().match(text, lead.end(), end) if lead else None
    if cue is None:
        return None
    return ELIGIBLE if cue.group(ELIGIBLE) else PREFERENTIAL


def scheme_parts(text: str, sents: list[Sentence], claims: list[Claim], countries: list) -> None:
    """Trade under (or eligible for) a preference scheme: each such figure a part of the
    flow, and those of some beneficiaries the carried pair does not name of a guessed pair."""
    _scope_scheme_trade(text, sents, claims)
    _beneficiaries_carried(claims)
    _beneficiaries_unnamed(text, sents, claims, countries)


def _scope_scheme_trade(text: str, sents: list[Sentence], claims: list[Claim]) -> None:
    """Give a scope to each flow figure whose own clause names it trade under (or eligible
    for) a preference scheme, and to the figures after it in its sentence that only go on
    about it ("Imports under DFTP rose 18 per cent from ₹31,480 crore")."""
    by_index = {s.index: s for s in sents}
    prev: Claim | None = None
    for c in claims:
        sent = by_index.get(c.sentence)
        same = prev is not None and prev.sentence == c.sentence
        # ("goods worth $2.1 billion entered under the scheme": goods, at this stage, are all of the flow)
        if sent is None or c.measure not in _FLOWS + ("balance",) or c.commodity not in (None, "goods") or c.scope:
            prev = c
            continue
        start = prev.end if same else sent.start
        kind = _sentence_kind(text, sent, c)
        if kind is None and c.measure == "balance":
            prev = c
            continue  # (a balance only where the whole sentence is the scheme's or the rest's)
        kind = kind or scheme_kind(text[start:c.start]) or _predicated_kind(text, c.end, sent.end)
        if kind is None and same and prev.scope in (PREFERENTIAL, ELIGIBLE) and prev.measure == c.measure \
                and _goes_on(text[prev.end:c.start]):
            kind = prev.scope
        if kind:
            c.scope = kind
            c.how["scope"] = "preference-scheme"
        prev = c


# words between two figures that leave the second one's flow as it was ("rose 18 per cent
# from", ", against", "in 2022 and"): no flow or total word between
_OTHER_FLOW = re.compile(r"\b(?:total|all|overall|import\w*|export\w*|trade|shipments?)\b|[;:]", re.I)


def _goes_on(gap: str) -> bool:
    return len(gap) < 60 and not _OTHER_FLOW.search(gap)


def _of_the_scheme(c: Claim) -> bool:
    return PREFERENTIAL in (c.scope, c.commodity) or ELIGIBLE in (c.scope, c.commodity)


@functools.cache
def _beneficiary_re() -> tuple[re.Pattern, re.Pattern]:
    """A noun for a set of partners heading a subject (not after a preposition that makes it
    a side of the flow, "imports from least developed countries"), and a possessive opening
    a clause."""
    rows = vocab.table("beneficiary_subjects")
    nouns = vocab.alternation([r["word"] for r in rows if r["kind"] == "noun"], ignore_case=True, space=r"\s+")
    owners = vocab.alternation([r["word"] for r in rows if r["kind"] == "possessive"], ignore_case=True)
    noun = re.compile(rf"(?<!\bfrom\s)(?<!\bto\s)(?<!\bwith\s)(?<!\bof\s)(?<!\bin\s)\b(?:{nouns})\b", re.I)
    possessive = re.compile(rf"^\W*(?:{owners})\b", re.I)
    return noun, possessive


def _beneficiaries_unnamed(text: str, sents: list[Sentence], claims: list[Claim], countries: list) -> None:
    """"Comprehensive Preferences countries accounted for £6.1 billion of preferential
    imports", "For the other 45 beneficiaries taken together, eligible imports came to €5.2
    billion", "Bangladesh continues to dominate the arrangement. Its eligible imports of €22.4
    billion": a scheme's trade with some of its beneficiaries, whom the pair carried from
    before (the scheme's whole trade) does not name. Which partners they are is a guess, so
    a conflict with the scheme's total is no error."""
    noun, possessive = _beneficiary_re()
    by_index = {s.index: s for s in sents}
    for c in claims:
        sent = by_index.get(c.sentence)
        if sent is None or not _of_the_scheme(c) or c.basis.get("pair") == "text":
            continue
        before = text[sent.start:c.start]
        named_before = sent.index > 0 and any(by_index[sent.index - 1].start <= x.start < sent.start for x in countries)
        if noun.search(before) or (possessive.match(before) and named_before):
            c.basis["pair"] = "guess"
            c.how["pair"] = "scheme-beneficiaries"


# the pair rules that carry a pair from the figures before, rather than read it in the words
_CARRIED_PAIRS = ("discourse", "same-as-previous")


def _beneficiaries_carried(claims: list[Claim]) -> None:
    """"Imports from least developed countries under India's DFTP scheme were valued at
    ₹37,150 crore ... Imports under DFTP rose 18 per cent from ₹31,480 crore": a scheme's
    trade is with its beneficiaries, so a figure of it whose pair is only carried from the
    sentences before (the world, after a total) has the partners the text first named for the
    scheme's trade of that reporter and flow."""
    named: dict[tuple[str | None, str | None], Claim] = {}
    for c in claims:
        if not _of_the_scheme(c):
            continue
        side = (c.reporter, c.measure)
        if c.basis.get("pair") == "text" and (c.partner or c.extra.get("partner_group")) and c.partner != "WLD":
            named.setdefault(side, c)
        elif c.how.get("pair") in _CARRIED_PAIRS and c.partner == "WLD" and side in named:
            first = named[side]
            c.partner = first.partner
            if first.extra.get("partner_group"):
                c.extra["partner_group"] = first.extra["partner_group"]
            c.how["pair"], c.basis["pair"] = "scheme-partners", "context"
