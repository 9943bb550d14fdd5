"""A part's share of the product group the text gave a figure for before it, the group called
by a class noun ("Exports of the 'new three' products — electric vehicles, lithium-ion
batteries and solar cells — reached 167.8 billion yuan ... Electric vehicles alone accounted
for 114.5 billion yuan, more than two-thirds of the category"), or by the group's own name in
quotes ("- Wind turbines: 9.2 billion yuan, or 41 percent of the "green four""): the share is
of the group's figure, not of the whole flow. Where no such figure was given, which whole the
words mean is not said, and the share is left unchecked. Words: vocab/class_wholes.csv."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..model import Claim

# "of the "green four"", "of the ‘big three’": a coined name in quotes, the group's own
_OF_A_QUOTED_NAME = re.compile(r"\s+of\s+(?:the\s+)?[\"“'‘](?P<name>[^\"”'’\n]{1,40})[\"”'’]")


def shares_of_the_class_before(text: str, claims: list[Claim]) -> None:
    """Tie a part's share "of the category" (or "of the "green four"") to the product group
    stated before the part."""
    for k, (part, share) in enumerate(zip(claims, claims[1:]), 1):
        if share.kind != "share" or part.kind != "amount" or share.commodity != part.commodity \
                or share.sentence != part.sentence:
            continue
        if not part.commodity:
            # "Shipments to Japan came to 40 billion yuan, a fifth of the category": a market's
            # part of the group, its figure read without the group's product, so which level
            # is the whole is not read: left unchecked (not of all exports)
            if _of_a_class().match(text, share.end):
                share.extra["_whole"] = "a sector"
                _carry_to_the_sibling_share(text, claims, k, share)
            continue
        if _of_a_class().match(text, share.end):
            group = _group_before(claims[:k - 1], part)
        elif (quoted := _OF_A_QUOTED_NAME.match(text, share.end)) is not None:
            group = _group_before(claims[:k - 1], part, named=quoted["name"])
        else:
            continue
        if group is None:
            share.extra["_whole"] = "a sector"  # (of a group the text gave no figure for)
        else:
            share.extra["_within"] = group.commodity
        _carry_to_the_sibling_share(text, claims, k, share)


# what may follow a share that names no whole of its own: the sentence's end or a new clause
_NO_WHOLE_AFTER = re.compile(r"\s*(?:[.;)]|,\s|$)")


def _carry_to_the_sibling_share(text: str, claims: list[Claim], k: int, share: Claim) -> None:
    """A share naming no whole, in the same sentence right after a share of the class ("Japan
    took 40 billion yuan, a fifth of the category, while Korea took 20 billion yuan, or roughly
    10 percent."): a sibling part of the same group, so of the same whole, not of all exports."""
    for later in claims[k + 1:k + 3]:
        if later.sentence != share.sentence:
            return
        if later.kind != "share":
            continue
        same_group = later.commodity == share.commodity or (later.commodity and "_within" in share.extra)
        if later.measure == share.measure and later.reporter == share.reporter and same_group \
                and not any(later.extra.get(key) for key in _OWN_WHOLES) and _NO_WHOLE_AFTER.match(text, later.end):
            for key in ("_whole", "_within"):
                if key in share.extra:
                    later.extra[key] = share.extra[key]
        return


# (the marks of a share whose own words named its whole)
_OWN_WHOLES = ("_whole", "_within", "_of_total_flow", "_of_world", "_whole_commodity", "_whole_partner",
               "_whole_reporter", "_whole_measure", "_of_group_total", "_of_ranking")


def _group_before(before: list[Claim], part: Claim, named: str | None = None) -> Claim | None:
    """The last level stated before the part, of the part's flow, pair and period and of
    another product: the group the part belongs to; where the share names the group, the
    last such level whose product is called by that name."""
    for w in reversed(before):
        if w.kind == "amount" and w.commodity and w.commodity != part.commodity and not w.scope \
                and (w.measure, w.reporter, w.partner, w.period) == (part.measure, part.reporter, part.partner, part.period) \
                and (named is None or _called(w.commodity, named)):
            return w
    return None


def _called(label: str, name: str) -> bool:
    """Whether a product label is the group the quoted name calls ("new three products" for
    "new three")."""
    words, label_words = name.lower().split(), label.lower().split()
    return bool(words) and label_words[:len(words)] == words


@functools.cache
def _of_a_class() -> re.Pattern:
    nouns = vocab.alternation(sorted(vocab.class_wholes()), space=r"\s+")
    return re.compile(rf"\s+of\s+(?:the|this|that)\s+(?:{nouns})(?![\w-])", re.I)
