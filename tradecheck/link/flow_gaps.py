"""One flow set against the other of the same pair ("Imports thus exceeded exports by €24.5
billion", "exports outstripped imports by $3bn"): the amount after "by" is the balance,
exports less imports, negative where imports are the larger. Where the clause names a place
of its own ("Hungarian exports to Serbia exceeded Serbian shipments"), the two flows may be
of two pairs, and the gap stays a difference of two quantities (link/measures.py). Words:
vocab/difference_verbs.csv.

A gap stated after two figures that are no flows is their difference too: two countries'
counts of one flow (the mirror gap), or two prices per one unit ("averaged US$38.46 a barrel,
against US$64.77 for West Texas Intermediate, a gap of US$26.31"); check/mirror_gaps.py holds
each such gap to its two figures."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..model import Claim
from .cues import HEDGE, UNIT_PRICE_AFTER


def gaps_between_the_flows(text: str, claims: list[Claim]) -> None:
    """Read "<one flow> exceeded <the other> by X" as the pair's balance."""
    for c in claims:
        if c.kind != "amount" or c.how.get("measure") != "difference-of-two" or c.value is None:
            continue
        m = _gap_re().search(text, max(0, c.start - 120), c.start)
        if m is None or m.end() != c.start or m["larger"].lower() == m["smaller"].lower():
            continue
        sign = -1 if m["larger"].lower() == "imports" else 1
        c.measure, c.commodity = "balance", None
        c.value = sign * abs(c.value)
        c.extra.pop("comparison", None)
        c.extra["_balance_sign"] = sign
        c.how["measure"], c.basis["measure"] = "gap-of-the-flows", "text"
        c.how["commodity"] = "none"


@functools.cache
def _gap_re() -> re.Pattern:
    verbs = vocab.alternation(vocab.difference_verbs(), ignore_case=True, space=r"\s+")
    # (an adverb or two between: "thus", "once again"; no place, no other figure, no sentence end)
    return re.compile(rf"\b(?P<larger>exports|imports)\s+(?:[a-z]+\s+){{0,2}}?(?:{verbs})\s+"
                      rf"(?P<smaller>exports|imports)\s+by\s+(?:(?:about|around|roughly|some|nearly|almost)\s+)?", re.I)


# "a gap of US$ 2.7 billion", "The difference of US$630 million", "The gap, $0.6bn, is": a
# difference noun (vocab/difference_nouns.csv) right before the figure, with "of" or in
# apposition
@functools.cache
def _gap_of_re() -> re.Pattern:
    nouns = vocab.alternation(vocab.difference_nouns(), ignore_case=True)
    return re.compile(rf"\b(?:a|an|the)\s+(?:net\s+)?(?:{nouns})(?:\s+of|,)\s+{HEDGE}$", re.I)


# "leaving $0.9 billion unaccounted for": the gap the two counts leave
_LEAVING_BEFORE = re.compile(rf"\b(?:leaving|leaves|left)\s+{HEDGE}$", re.I)
_UNACCOUNTED_AFTER = re.compile(r"\s+(?:unaccounted\s+for|unexplained|unrecorded)\b", re.I)


# how many figures back the two counts of a mirror gap may stand
_LOOK_BACK = 6


def mirror_operands(claims: list[Claim], i: int) -> tuple[Claim, Claim] | None:
    """The two counts of one flow a gap at `claims[i]` is the difference of: of the last few
    amounts before it, in its sentence or the one before, one country's exports to another
    and that other's imports from it, of one period and currency (the nearest such pair)."""
    g = claims[i]
    # (a gap column's counts are in its own row; the counts another gap was of are no one else's)
    first = g.sentence if g.extra.get("_gap_in_row") else g.sentence - 1
    window = claims[max(0, i - _LOOK_BACK):i]
    later = [k for k, c in enumerate(window) if c.extra.get("_mirror_gap")]
    if later:
        window = window[later[-1] + 1:]
    flows = [c for c in window
             if c.kind == "amount" and c.measure in ("exports", "imports") and first <= c.sentence <= g.sentence
             and None not in (c.reporter, c.partner) and c.reporter != c.partner and c.value is not None
             and not c.extra.get("comparison")]
    for k in range(len(flows) - 1, 0, -1):
        b = flows[k]
        for a in reversed(flows[:k]):
            if a.measure != b.measure and (a.reporter, a.partner) == (b.partner, b.reporter) and a.period == b.period \
                    and a.currency == b.currency == g.currency:
                return (a, b) if a.measure == "exports" else (b, a)
    return None


def mirror_gaps(text: str, claims: list[Claim]) -> None:
    """"China's customs data show exports of these items to India at US$ 13.9 billion ...,
    while Indian records ... show imports of US$ 11.2 billion from China, a gap of US$ 2.7
    billion": a difference noun's figure after one country's exports to another and that
    other's imports from it is the gap between the two counts of one flow (the mirror gap),
    no balance of either country; check/mirror_gaps.py checks it against them."""
    for i, c in enumerate(claims):
        if c.kind != "amount" or c.value is None:
            continue
        if not c.extra.get("_mirror_gap") and not _gap_of_re().search(text, max(0, c.start - 40), c.start) \
                and not (_UNACCOUNTED_AFTER.match(text, c.end) and _LEAVING_BEFORE.search(text, max(0, c.start - 20), c.start)):
            continue
        if c.how.get("measure") == "gap-between-sources" and "|" in text[text.rfind("\n", 0, c.start) + 1:c.start]:
            c.extra["_gap_in_row"] = True  # (a table's gap column: of the counts in its row)
        if mirror_operands(claims, i) is None:
            c.extra.pop("_gap_in_row", None)
            prices = price_operands(text, claims, i)
            if prices is not None:
                _mark_price_gap(c, prices)
            continue
        c.measure, c.commodity = "other", None
        c.extra["comparison"] = True
        c.extra["_mirror_gap"] = True
        c.how["measure"], c.basis["measure"] = "mirror-gap", "text"
        c.how["commodity"] = "none"
        share = claims[i + 1] if i + 1 < len(claims) else None
        if share is not None and share.kind == "share" and share.sentence == c.sentence and gap_share_owner(text, share):
            # ("a gap of US$ 2.7 billion, or about 19% of the value reported by China": the
            # gap's share of one country's count, no share of a balance)
            share.measure, share.commodity = "other", None
            share.extra["_mirror_gap_share"] = True
            share.how["measure"], share.basis["measure"] = "mirror-gap-share", "text"


def price_operands(text: str, claims: list[Claim], i: int) -> tuple[Claim, Claim] | None:
    """The two prices a gap at `claims[i]` is the difference of: "Western Canadian Select
    averaged US$38.46 a barrel in 2018, against US$64.77 for West Texas Intermediate, a gap of
    US$26.31". They are the two figures right before the gap, in its sentence and currency,
    both money of no flow; the first is a price per unit ("a barrel", "per tonne") and the
    second, and the gap, are per that unit or name none (the second price and the gap are
    written without it). Two flows' levels, or prices per two units, are no such pair."""
    if i < 2:
        return None
    a, b, gap = claims[i - 2], claims[i - 1], claims[i]
    for c in (a, b):
        if c.kind != "amount" or c.measure != "other" or c.sentence != gap.sentence or c.currency != gap.currency \
                or c.value is None:
            return None
    unit = _unit_after(text, a)
    if unit is None or _unit_after(text, b) not in (None, unit) or _unit_after(text, gap) not in (None, unit):
        return None
    return a, b


def _unit_after(text: str, c: Claim) -> str | None:
    """The unit a price is given per, from the words right after its figure ("a barrel",
    "per tonne" -> "barrel", "tonne"), singular; None where no unit follows."""
    m = UNIT_PRICE_AFTER.match(text[c.end:c.end + 60])
    return m.group(0).split()[-1].lower().rstrip("s") if m else None


def _mark_price_gap(gap: Claim, prices: tuple[Claim, Claim]) -> None:
    """A gap between two prices is no balance and no level of any flow: money of no flow,
    kept with the two prices it is checked against."""
    gap.measure, gap.commodity = "other", None
    gap.extra["comparison"] = True
    # (by where the prices start: claims get their ids after linking)
    gap.extra["_price_gap"] = (prices[0].start, prices[1].start)
    gap.how["measure"], gap.basis["measure"] = "price-gap", "text"
    gap.how["commodity"] = "none"


# "about 21% of the value reported by China": the count a gap's share is of, by its reporter
_OF_COUNT_BY = re.compile(r"\s+of\s+(?:the\s+)?(?:value|figure|amount|total|count)\s+(?:reported|recorded|declared|given)\s+by\s+"
                          r"(?:the\s+)?(?P<c>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})")


def gap_share_owner(text: str, share: Claim) -> str | None:
    """The country whose count a gap's share is of ("of the value reported by China"), as
    its code; None when the words after the share name none."""
    m = _OF_COUNT_BY.match(text, share.end, share.end + 80)
    if m is None:
        return None
    countries = vocab.countries()
    words = m["c"].split()
    for k in range(len(words), 0, -1):  # ("China is", "the United States"): the longest name
        hit = countries.get(" ".join(words[:k]).rstrip(".,"))
        if hit and hit[0] not in (None, "WLD"):
            return hit[0]
    return None
