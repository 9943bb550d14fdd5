"""A figure, then a breakdown cue ending in a colon and a list of its parts:

    Exports of processed fish came to $50 million. Of this:
    - fillets: 2,000 tonnes, worth $30 million;
    - canned fish: $20 million.

The cue (vocab/breakdown_cues.csv: "of this", "of which") closes the sentence of the figure,
so each item is a part of it; items run on with semicolons and the last one ends the list
with a full stop, the one sentence that enumerates the whole. The parts then add up to the
figure (`_parts`, summed by check/sums.add_joint_parts), so a whole restated wrong is caught
and no part is taken for the whole again.

A figure right before a colon whose sentence goes on with figures of the same flow, each
dated by a period of its own within the figure's ("This year's three auctions have brought in
US$262.1 million: US$84.3 million in March, US$81.4 million in May and US$96.4 million this
month"), is split by period the same way: those figures add up to it."""
from __future__ import annotations

import functools
import re

from .. import periods as P
from .. import vocab
from ..model import Claim
from .cues import BULLET_SIGN


@functools.cache
def _cue_at_line_end() -> re.Pattern:
    words = vocab.alternation(vocab.breakdown_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"[.!?]?\s*(?:{words})\s*:[ \t]*\n", re.I)


_BULLET_LINE = re.compile(rf"[ \t]*{BULLET_SIGN}[ \t]+(?P<body>[^\n]*?)(?P<end>[;.])?[ \t]*(?:\n|$)")


def parts_listed_after_a_colon_cue(text: str, claims: list[Claim]) -> None:
    if ":" not in text:
        return  # (cheap: no list after a colon)
    amounts = [c for c in claims if c.kind == "amount"]
    for k, whole in enumerate(amounts):
        if whole.value is None or whole.measure not in ("exports", "imports") or whole.bound not in ("eq", "approx"):
            continue
        # the cue right after the whole's sentence: "... $50 million. Of this:"
        stop = text.find("\n", whole.end)
        cue = _cue_at_line_end().search(text, whole.end, stop + 1) if stop != -1 else None
        if cue is None or text[whole.end:cue.start()].count(".") > 0 or cue.end() != stop + 1:
            continue
        pos, parts, closed = cue.end(), [], False
        while not closed:
            line = _BULLET_LINE.match(text, pos)
            if line is None or line["end"] is None:
                break
            inside = [c for c in amounts[k + 1:] if line.start() <= c.start < line.end()]
            if len(inside) != 1:
                break
            parts.append(inside[0])
            closed, pos = line["end"] == ".", line.end()
        if not closed or len(parts) < 2:
            continue  # (a list left open, or one item, enumerates no whole)
        key = (whole.measure, whole.reporter, whole.partner, whole.period, whole.currency)
        if all((p.measure, p.reporter, p.partner, p.period, p.currency) == key and p.value is not None
               and 0 < p.value < whole.value and p.commodity and p.commodity != whole.commodity for p in parts):
            whole.extra.setdefault("_parts", parts)


# the whole's figure, then its colon: "brought in US$262.1 million: "
_COLON_RIGHT_AFTER = re.compile(r"[ \t]*:[ \t]+")
# what may stand between two parts: the first one's period words, a comma, "and"
_BETWEEN_PARTS = re.compile(r"[^.;:()\d]*?(?:,\s*(?:and\s+)?|\s+and\s+)")


def parts_dated_after_a_colon(text: str, claims: list[Claim]) -> None:
    """The sum, by period, of the figures a colon lists after a figure in its sentence."""
    if ":" not in text:
        return  # (cheap: no colon at all)
    amounts = [c for c in claims if c.kind == "amount"]
    for k, whole in enumerate(amounts):
        if whole.value is None or whole.measure not in ("exports", "imports") or not _COLON_RIGHT_AFTER.match(text, whole.end):
            continue
        listed = [c for c in amounts[k + 1:] if c.sentence == whole.sentence]
        if len(listed) < 2 or not _only_parts_between(text, whole, listed):
            continue
        if _split_by_period(whole, listed):
            whole.extra.setdefault("_parts", listed)


def _only_parts_between(text: str, whole: Claim, listed: list[Claim]) -> bool:
    """Whether the figures after the colon follow one another as a list (its words between
    them only their periods and the joins)."""
    colon = _COLON_RIGHT_AFTER.match(text, whole.end)
    if colon.end() != listed[0].start:
        return False
    return all(_BETWEEN_PARTS.fullmatch(text, a.end, b.start) for a, b in zip(listed, listed[1:]))


def _split_by_period(whole: Claim, parts: list[Claim]) -> bool:
    """Whether the parts are the whole's flow (pair, product, currency), each of a period of
    its own inside the whole's, none overlapping."""
    key = (whole.measure, whole.reporter, whole.partner, whole.commodity, whole.currency)
    outer = P.parse(whole.period)
    if outer is None or any((p.measure, p.reporter, p.partner, p.commodity, p.currency) != key or p.value is None
                            or not 0 < p.value < whole.value for p in parts):
        return False
    spans = [P.parse(p.period) for p in parts]
    if any(x is None or x == outer or not P.contains(outer, x) for x in spans):
        return False
    spans.sort()
    return all(a[1] < b[0] for a, b in zip(spans, spans[1:]))


# between the members of a whole's product list: "canola seed, oil and meal"
_MEMBER_JOINS = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
# what may stand between two listed parts after the colon: words, no figure, no clause's end
_WORDS_BETWEEN = re.compile(r"[^.;:()\d$€£¥%]*")


def members_listed_after_a_colon(text: str, claims: list[Claim]) -> None:
    """"Exports of canola seed, oil and meal together reached $4.9 billion: seed accounted for
    $2.6 billion, oil for $1.6 billion and meal for $0.7 billion.": a figure of a list of
    products, right before a colon, then in the rest of its sentence one figure of the same
    flow, pair, period and currency for each product listed (named by its last word), and no
    other figure: the colon hands the whole its breakdown, so the figures add up to it."""
    if ":" not in text:
        return  # (cheap: no colon at all)
    amounts = [c for c in claims if c.kind == "amount"]
    for k, whole in enumerate(amounts):
        if whole.value is None or whole.measure not in ("exports", "imports") or not whole.commodity \
                or "," not in whole.commodity and " and " not in whole.commodity or not _COLON_RIGHT_AFTER.match(text, whole.end):
            continue
        heads = [_head(m) for m in _MEMBER_JOINS.split(whole.commodity.lower()) if m.strip()]
        listed = [c for c in claims[claims.index(whole) + 1:] if c.sentence == whole.sentence]
        if len(heads) < 2 or len(set(heads)) != len(heads) or len(listed) != len(heads) \
                or any(c.kind != "amount" for c in listed):
            continue  # (one figure a member, nothing else in the sentence: no share, no change)
        key = (whole.measure, whole.reporter, whole.partner, whole.period, whole.currency)
        if any((p.measure, p.reporter, p.partner, p.period, p.currency) != key or p.value is None or not 0 < p.value < whole.value
               or not p.commodity for p in listed):
            continue
        if sorted(_head(p.commodity) for p in listed) != sorted(heads):
            continue
        colon = _COLON_RIGHT_AFTER.match(text, whole.end)
        if all(_WORDS_BETWEEN.fullmatch(text, a, b.start) for a, b in zip([colon.end()] + [p.end for p in listed], listed)):
            whole.extra.setdefault("_parts", listed)


def _head(label: str) -> str:
    """A product label's last word, in the singular ("meals" -> "meal")."""
    word = label.lower().split()[-1]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


@functools.cache
def _inline_cue_re() -> re.Pattern:
    words = vocab.alternation([r["phrase"] for r in vocab.table("inline_breakdown_cues")], ignore_case=True, space=r"\s+")
    return re.compile(rf",?\s*(?:{words})\s*:\s*", re.I)


# a part's label: words only, from the colon or the join before it up to its figure
_INLINE_LABEL = re.compile(r"[A-Za-z][^.;:()\d$€£¥%]{1,60}?\s*")
# the join between two parts: a comma, "and", or both
_INLINE_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def parts_listed_inline_after_a_colon_cue(text: str, claims: list[Claim]) -> None:
    """"Sales of phosphates and derivatives totalled 19.6 bln DH, or 19.6 pct of overall
    exports, broken down as follows: phosphate rock 6.9 bln DH, phosphoric acid 8.1 bln DH and
    natural and chemical fertilizers 4.6 bln DH.": a figure, then words that break it down
    ending in a colon (vocab/inline_breakdown_cues.csv), then its parts up to the sentence's
    end, each a label and a figure: the parts add up to it, each of the product its label
    names."""
    if ":" not in text or "follows" not in text:
        return  # (cheap: every cue so far says "as follows")
    amounts = [c for c in claims if c.kind == "amount"]
    for k, whole in enumerate(amounts):
        if whole.value is None or whole.measure not in ("exports", "imports") or whole.bound not in ("eq", "approx"):
            continue
        listed = [c for c in amounts[k + 1:] if c.sentence == whole.sentence]
        if len(listed) < 2:
            continue
        cue = _inline_cue_re().search(text, whole.end, listed[0].start)
        if cue is None:
            continue  # (the cue comes before the next figure of the whole's sentence)
        labels = _inline_labels(text, cue.end(), listed)
        if labels is None:
            continue
        key = (whole.measure, whole.reporter, whole.partner, whole.period, whole.currency)
        if not all((p.measure, p.reporter, p.partner, p.period, p.currency) == key and p.value is not None
                   and 0 < p.value < whole.value for p in listed):
            continue
        for p, label in zip(listed, labels):
            p.commodity = label
            p.how["commodity"], p.basis["commodity"] = "inline-list-label", "text"
        whole.extra.setdefault("_parts", listed)


def _inline_labels(text: str, start: int, parts: list[Claim]) -> list[str] | None:
    """Each part's label, where the parts run from `start` as "label figure", joined by
    commas and "and", the last one ending the sentence; None where anything else is between."""
    labels, pos = [], start
    for k, p in enumerate(parts):
        if k:
            join = _INLINE_JOIN.match(text, pos)
            if join is None:
                return None
            pos = join.end()
        label = _INLINE_LABEL.fullmatch(text, pos, p.start)
        if label is None:
            return None
        labels.append(" ".join(label.group(0).split()).lower())
        pos = p.end
    return labels if re.match(r"\s*(?:[.;]|$)", text[pos:pos + 3]) else None


@functools.cache
def _counted_places_re() -> re.Pattern:
    """"the four neighbouring countries": a count of places, an adjective perhaps, and a noun
    for places (vocab/counted_places.csv, partners or places listed: not states reporting)."""
    nouns = vocab.alternation([w for w, role in vocab.counted_places().items() if role in ("P", "L")],
                              ignore_case=True, space=r"\s+")
    return re.compile(rf"\bthe\s+(?P<count>\w+)\s+(?:[a-z-]+\s+)?(?:{nouns})\b", re.I)


# the whole's figure, then a colon that ends its line (the list starts on the next)
_COLON_ENDS_LINE = re.compile(r"[ \t]*:[ \t]*\n")
# a line of a bulleted list, whatever it ends with
_ANY_BULLET_LINE = re.compile(rf"[ \t]*{BULLET_SIGN}[ \t]+[^\n]*(?:\n|$)")
# a place's code (not a group, the world or a sub-national unit)
_PLACE = re.compile(r"[A-Z]{3}")


def places_counted_before_a_colon(text: str, claims: list[Claim]) -> None:
    """"Border trade with the four neighbouring countries amounted to 981.0 billion baht:"
    over "• Malaysia: 305.6 billion baht", "• Laos: 258.3 billion baht" and two more bullets:
    a figure with a group of places its words count, right before a colon that ends its line,
    then a bullet for each of as many places, one figure of the group's flow each, give the
    group and its members: the bullets add up to it (`_parts`). Without the count the list may
    give the largest members only, and nothing is summed."""
    if ":\n" not in text and ": \n" not in text:
        return  # (cheap: no line ends with a colon)
    amounts = [c for c in claims if c.kind == "amount"]
    for k, whole in enumerate(amounts):
        if whole.value is None or whole.measure not in ("exports", "imports", "trade_total") or not _COLON_ENDS_LINE.match(text, whole.end):
            continue
        if not (whole.partner or "").startswith("group:") and not (whole.partner is None and whole.extra.get("partner_group")):
            continue
        count = _count_before(text, whole)
        parts = _bullet_figures(text, whole, amounts[k + 1:])
        if count is None or len(parts) != count or count < 2:
            continue
        key = (whole.measure, whole.reporter, whole.period, whole.currency, whole.commodity)
        if all((p.measure, p.reporter, p.period, p.currency, p.commodity) == key and p.value is not None and 0 < p.value < whole.value
               and _PLACE.fullmatch(p.partner or "") and p.partner != "WLD" for p in parts) \
                and len({p.partner for p in parts}) == count:
            whole.extra.setdefault("_parts", parts)


def _count_before(text: str, whole: Claim) -> int | None:
    """How many places the words of the whole's sentence before its figure count ("the four
    neighbouring countries": 4), or None."""
    start = text.rfind("\n", 0, whole.start) + 1
    start = max(start, text.rfind(". ", start, whole.start) + 1)
    counted = list(_counted_places_re().finditer(text, start, whole.start))
    if not counted:
        return None
    word = counted[-1]["count"].lower()
    count = int(word) if word.isdigit() else vocab.number_words().get(word)
    return int(count) if count and count == int(count) else None


def _bullet_figures(text: str, whole: Claim, after: list[Claim]) -> list[Claim]:
    """The one figure of each bullet line of the list right after the whole's line (none where
    a line holds two figures or none)."""
    pos, parts = _COLON_ENDS_LINE.match(text, whole.end).end(), []
    while (line := _ANY_BULLET_LINE.match(text, pos)) is not None and line.end() > pos:
        inside = [c for c in after if line.start() <= c.start < line.end()]
        if len(inside) != 1:
            return []
        parts.append(inside[0])
        pos = line.end()
    return parts
