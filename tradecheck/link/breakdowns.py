"""Parts of a whole that a sentence breaks down: the products of a sentence opening on a
breakdown cue after the group figure before it ("... the petroleum group import bill declined
to $12.37 billion from $13.47bn. Of the total, petroleum products accounted for $5.67bn, crude
oil for $3.81bn and LNG for $2.53bn"); a part after the whole the sentence opens with ("Of the
£471.0 billion of services exports, £353.1 billion - three-quarters, or 75.0% - were digitally
delivered"); and the rest after the parts named ("..., while ITeS and BPO services accounted
for the remaining $26.8 billion")."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..model import Claim, is_series_scope
from .commodities import canonical_label
from .cues import HEDGE, LIST_MARKER
from .sentences import Sentence

UNNAMED_PART = "an unnamed part"

# "Of the", "Of its", "Of their": the sentence opens on the whole it breaks down
_WHOLE_OPENER = re.compile(rf"\s*Of\s+(?:the|its|their|this|that|all)\s+{HEDGE}", re.I)
# from the whole's figure to the part's: the rest of the opening phrase, a comma, no figure
_TO_THE_PART = re.compile(rf"[^,;.:\d$€£¥]{{0,60}},\s+{HEDGE}")
# a share right after the part restating it, set off by a dash, a bracket or ", or"
# ("- three-quarters, or 75.0%": past the same share in words)
_RESTATING_SHARE = re.compile(r"\s*(?:[-–—(]|,)\s*(?:[a-z-]+\s*,\s*)?(?:or\s+)?(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?")


def part_after_its_whole_opener(text: str, sent_start: int, claims: list[Claim]) -> None:
    """"Of the £471.0 billion of services exports, £353.1 billion ... were 'digitally
    delivered'", "Of its $80 billion of imports, $12 billion came by sea": the second figure
    is a part of the first that the words name only after it, in a predicate, not a second
    statement of the whole. It gets a scope of its own (an unnamed part), and a share that
    restates it ("- three-quarters, or 75.0% -") is of that part over the whole's flow."""
    amounts = [c for c in claims if c.kind == "amount"]
    if len(amounts) < 2:
        return
    whole, part = amounts[0], amounts[1]
    if not _WHOLE_OPENER.fullmatch(text, sent_start, whole.start) or not _TO_THE_PART.fullmatch(text, whole.end, part.start) \
            or whole.value is None or part.value is None or not 0 < part.value < whole.value or (part.currency, part.measure) != (whole.currency, whole.measure) \
            or part.commodity not in (None, whole.commodity) or part.scope not in (None, whole.scope):
        return
    part.commodity, part.scope = None, UNNAMED_PART
    part.extra.pop("_part_commodity", None)
    share = next((c for c in claims if c.kind == "share" and c.start > part.end), None)
    if share is None or not _RESTATING_SHARE.fullmatch(text, part.end, share.start):
        return
    share.commodity, share.scope = None, UNNAMED_PART
    whole_label = whole.commodity or (whole.scope if whole.scope and not is_series_scope(whole.scope) else None)
    if whole_label:
        share.extra["_whole_commodity"] = whole_label
    else:
        share.extra["_whole_commodity_none"] = True


# "Of the re-exports, ": the sentence opens on its whole named by words alone, no figure
_NAMED_WHOLE_OPENER = re.compile(r"\s*Of\s+(?:the|its|their|all|total)\s+(?P<whole>[A-Za-z][\w\s'’-]{0,40}?)\s*,\s+")


def part_after_a_named_whole_opener(text: str, sent_start: int, claims: list[Claim]) -> None:
    """"Of the re-exports, goods of mainland origin were worth $718.3 billion, or 57.7 per
    cent": a sentence that opens on a product's flow named by words alone, then gives money
    that the opener's product was read into, gives a part of that flow whose product its
    words name only after it, never the flow itself. The part gets a scope of its own (an
    unnamed part), and a share that restates it is of that part over the product's flow."""
    amounts = [c for c in claims if c.kind == "amount"]
    if not amounts or amounts[0] is not claims[0]:
        return
    opener = _NAMED_WHOLE_OPENER.match(text, sent_start, amounts[0].start)
    part = amounts[0]
    if opener is None or part.commodity is None or part.scope is not None \
            or canonical_label(opener["whole"]) != part.commodity:
        return
    label = part.commodity
    part.commodity, part.scope = None, UNNAMED_PART
    part.extra.pop("_part_commodity", None)
    share = claims[1] if len(claims) > 1 else None
    if share is None or share.kind != "share" or not _RESTATING_SHARE.fullmatch(text, part.end, share.start):
        return
    share.commodity, share.scope = None, UNNAMED_PART
    share.extra["_whole_commodity"] = label


def part_after_an_anaphoric_opener(text: str, sent_start: int, before: list[Claim], claims: list[Claim]) -> None:
    """"Firms exported goods worth $90 billion to Japan. Of this, $30 billion - or 33% - went
    duty-free": a sentence that opens on a breakdown cue standing for the figure before it
    (vocab/breakdown_cues.csv, "of this", "of which") and goes straight on to money of the
    same flow, pair, period and currency, smaller than the last such figure of the sentences
    before, gives a part of that figure whose product its words name only after it, not a
    second statement of the whole. The part gets a scope of its own (an unnamed part), and a
    share that restates it ("- or 33% -") is of that part over the figure before."""
    amounts = [c for c in claims if c.kind == "amount"]
    if not amounts or not before:
        return
    part = amounts[0]
    cue = _opening_cue().match(text, sent_start, part.start)
    if cue is None or not _BARE_HEDGE.fullmatch(text, cue.end(), part.start) or part.value is None \
            or part.commodity is not None or part.scope is not None:
        return
    index = before[-1].sentence
    whole = next((w for w in reversed(before) if w.kind == "amount" and w.sentence == index and _same_flow(w, part)), None)
    if whole is None or whole.value is None or not 0 < part.value < whole.value or whole.scope is not None:
        return
    part.scope = UNNAMED_PART
    share = next((c for c in claims if c.kind == "share" and c.start > part.end), None)
    if share is None or not _RESTATING_SHARE.fullmatch(text, part.end, share.start) or share.commodity or share.scope:
        return
    share.scope = UNNAMED_PART
    if whole.commodity:
        share.extra["_whole_commodity"] = whole.commodity
    else:
        share.extra["_whole_commodity_none"] = True


_BARE_HEDGE = re.compile(rf"\s*{HEDGE}")


# "accounted for the remaining $26.8 billion", "the rest, $4.1 billion": the figure of what is
# left of a whole once the parts named before it are taken out
_REST_BEFORE = re.compile(rf"\bthe\s+(?:remaining|rest\s*,?)\s+{HEDGE}$", re.I)


# the product of the whole a rest is what is left of, when the rest's words name that product
# ("other iron and steel products for the remaining $1.00 billion"): check/sums.py adds it up
REST_OF_PRODUCT = "_rest_of_product"


def rest_after_named_parts(text: str, sent_start: int, claims: list[Claim], before: list[Claim] = ()) -> None:
    """"Computer services formed the bulk of the total at $138.6 billion, or 83.8 per cent,
    while ITeS and BPO services accounted for the remaining $26.8 billion": the figure the
    rest of a breakdown takes, after parts of other products of the same flow named before it
    in its sentence, is what those parts leave of their whole; the parts are kept on it
    (`_rest_after`, by where they start) for the check to add up, once it knows the whole (check/sums.py)."""
    for k, rest in enumerate(claims):
        if rest.kind != "amount" or not _REST_BEFORE.search(text, max(sent_start, rest.start - 30), rest.start):
            continue
        named = [c for c in claims[:k] if c.kind == "amount" and c.commodity and c.commodity != rest.commodity
                 and (c.measure, c.reporter, c.partner, c.period, c.currency) == (rest.measure, rest.reporter, rest.partner, rest.period, rest.currency)]
        if not named:
            continue
        named_whole = _whole_named_as_other(text, named[-1].end, rest, before) if rest.commodity else None
        if named_whole:
            # ("Energy exports totalled $64.1 billion. Crude oil accounted for $36.2 billion,
            # natural gas for $23.4 billion, and refined products, electricity and other energy
            # goods for the remaining $7.5 billion": the rest's words call it the others of the
            # whole's product, so it is that whole less the parts named)
            rest.extra["_rest_after"] = [c.start for c in named]
            rest.extra[REST_OF_PRODUCT] = named_whole
            rest.commodity, rest.scope = None, UNNAMED_PART
        elif rest.commodity and _whole_of_the_product_before(before, rest):
            # ("Ferronickel accounted for $3.82 billion of the total, ... and other iron and
            # steel products for the remaining $1.00 billion", after iron and steel exports of
            # $7.39 billion: the rest's words name the whole's product, so it is that whole
            # less the parts named, an unnamed part, never a second statement of the whole)
            rest.extra["_rest_after"] = [c.start for c in named]
            rest.extra[REST_OF_PRODUCT] = rest.commodity
            rest.commodity, rest.scope = None, UNNAMED_PART
        elif rest.commodity:
            rest.extra["_rest_after"] = [c.start for c in named]  # (ids are given later: where each starts)
        elif not rest.scope:
            # ("The private sector supplied $12bn, while state firms accounted for the
            # remaining $8bn": a rest whose owner the reading names no product for is still a
            # part, never the whole flow its bare key would make it)
            rest.scope = UNNAMED_PART



@functools.cache
def _rest_subject_re() -> re.Pattern:
    """A sentence that opens on the rest of a whole as its subject (vocab/remainder_cues.csv,
    subject), perhaps "of" the flow after it: "The rest of the exports, sparkling wine and
    other formats, added", "The remainder of shipments earned"."""
    subjects = vocab.alternation([r["phrase"] for r in vocab.table("remainder_cues") if r["role"] == "subject"],
                                 ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*(?:{subjects})(?:\s+of\s+(?:the\s+|its\s+|their\s+)?[\w-]+)?\b(?![\w-])", re.I)


def rest_as_the_subject(text: str, sent_start: int, claims: list[Claim]) -> None:
    """"The rest of the exports, sparkling wine, wine in Tetra Pak and other formats, added
    US$45.1 million": money whose subject is the rest of a whole, with no product of its own,
    is what the parts named before leave of that whole, an unnamed part, never the whole flow
    its bare key would make it."""
    if not _rest_subject_re().match(text, sent_start):
        return
    for c in claims:
        if c.kind == "amount" and c.commodity is None and not c.scope and c.measure in ("exports", "imports"):
            c.scope = UNNAMED_PART


@functools.cache
def _rest_list_lead_in() -> re.Pattern:
    words = vocab.alternation([r["phrase"] for r in vocab.table("rest_list_lead_ins")], ignore_case=True, space=r"\s+")
    # (the lead-in is all of its sentence: no figure, and it ends on the colon)
    return re.compile(rf"\s*(?:{words})\b[^.:;\d$€£¥]{{0,40}}:\s*$", re.I)


_LIST_LINE = re.compile(rf"[ \t]*{LIST_MARKER}\s")


def rest_listed_after_a_named_part(text: str, sents: list[Sentence], claims: list[Claim]) -> None:
    """"The ICT/BPM sector was the largest contributor at US$1,122.8 million, ... accounting
    for 52.8 percent of services exports. Other sectors contributed as follows:" over "-
    Transport & logistics: US$584.3 million" ...: a lead-in of its own on the rest
    (vocab/rest_list_lead_ins.csv) hands the list under it the breakdown the part named before
    it began, so the part and the list make up the whole; which whole, the share beside the
    named part says ("of services exports"). The last item is kept as the rest after the
    others (`_rest_after`, REST_OF_PRODUCT: added up by check/sums.add_rest_of_parts)."""
    if ":" not in text or "ther " not in text and "remaining" not in text:
        return  # (cheap)
    amounts = [c for c in claims if c.kind == "amount"]
    for sent in sents[1:]:
        if text[sent.end - 1:sent.end] != ":" and not text[sent.start:sent.end].rstrip().endswith(":"):
            continue
        if not _rest_list_lead_in().match(text, sent.start, sent.end):
            continue
        listed = _listed_under(text, sent.end, amounts)
        named = _part_named_before(sents, sent.index, claims)
        if len(listed) < 2 or named is None:
            continue
        part, whole_label = named
        if any(not c.commodity or c.commodity in (part.commodity, whole_label) or not _same_flow(c, part) for c in listed):
            continue
        rest = listed[-1]
        rest.extra["_rest_after"] = [part.start] + [c.start for c in listed[:-1]]
        rest.extra[REST_OF_PRODUCT] = whole_label


def _listed_under(text: str, pos: int, amounts: list[Claim]) -> list[Claim]:
    """The figures of the list lines right after `pos`, one a line, up to the first line that
    is no list item (blank lines aside)."""
    out, line_start = [], text.find("\n", pos) + 1
    while 0 < line_start < len(text):
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        if text[line_start:line_end].strip():
            if not _LIST_LINE.match(text, line_start, line_end):
                break
            on_line = [c for c in amounts if line_start <= c.start < line_end]
            if len(on_line) != 1:
                return []  # (a line of two figures: which is the part is unsure)
            out += on_line
        line_start = line_end + 1
    return out


def _part_named_before(sents: list[Sentence], index: int, claims: list[Claim]) -> tuple[Claim, str] | None:
    """The first figure of the last sentence before the lead-in that has figures, with the
    product of the whole its sentence's share names ("accounting for 52.8 percent of
    services exports"), or None where that sentence names no such whole."""
    for k in range(index - 1, max(-1, index - 4), -1):
        in_sent = [c for c in claims if c.sentence == sents[k].index]
        amounts = [c for c in in_sent if c.kind == "amount"]
        if not amounts:
            continue
        part = amounts[0]
        whole = next((s.commodity for s in in_sent if s.kind == "share" and s.how.get("commodity") == "share-whole-product"
                      and s.commodity and s.commodity != part.commodity), None)
        return (part, whole) if part.commodity and whole else None
    return None


# "other energy goods", "other farm products": the others of a product, up to a goods noun
_OTHER_OF = re.compile(r"\bother\s+(?P<product>[a-z][a-z -]{1,40}?)\s+(?:goods|products|items|exports|imports)\b", re.I)


def _whole_named_as_other(text: str, start: int, rest: Claim, before: list[Claim]) -> str | None:
    """The product of a whole before the rest's sentence that the rest's words, after the last
    part named, call the others of ("and refined products, electricity and other energy goods
    for the remaining $7.5 billion" after energy exports of $64.1 billion), or None."""
    found = _OTHER_OF.search(text, start, rest.start)
    if found is None:
        return None
    product = found["product"].lower()
    return product if any(w.kind == "amount" and (w.commodity or "").lower() == product and _same_flow(w, rest)
                          and w.value is not None and rest.value is not None and w.value > rest.value for w in before) else None


def _whole_of_the_product_before(before: list[Claim], rest: Claim) -> bool:
    """Whether a figure before the rest's sentence gives the same flow of the rest's product,
    larger than the rest: the whole it is the rest of."""
    return any(w.kind == "amount" and w.commodity == rest.commodity and _same_flow(w, rest) and w.value is not None
               and rest.value is not None and w.value > rest.value for w in before)


@functools.cache
def _opening_cue() -> re.Pattern:
    phrases = vocab.breakdown_cues() + [r["phrase"] for r in vocab.table("breakdown_openers")]
    words = vocab.alternation(phrases, ignore_case=True, space=r"\s+")
    # ("... exports totalled EUR 12bn in 2023. Of last year's exports, paper accounted for EUR
    # 6bn, pulp for EUR 3bn": the flow of a period named in the possessive,
    # vocab/earlier_period_possessives.csv, is the total the sentence before gave)
    owner = vocab.alternation([r["phrase"] for r in vocab.table("earlier_period_possessives")], ignore_case=True, space=r"\s+")
    owner = owner.replace("'", "['’]")
    return re.compile(rf"\s*(?:{words}|of\s+(?:{owner})\s+(?:total\s+)?(?:exports|imports|shipments|sales))\s*,", re.I)


@functools.cache
def _dimension_opener() -> re.Pattern:
    """"By material, gold watches fetched ...": a sentence opening on "By" and a kind the
    figure before is broken down by (vocab/breakdown_dimensions.csv)."""
    words = vocab.alternation(vocab.breakdown_dimensions(), ignore_case=True)
    return re.compile(rf"\s*By\s+(?:{words})\s*,", re.I)


def _same_flow(a: Claim, b: Claim) -> bool:
    return (a.measure, a.reporter, a.partner, a.period, a.currency) == (b.measure, b.reporter, b.partner, b.period, b.currency)


def parts_of_the_group_before(text: str, sents: list[Sentence], claims: list[Claim]) -> None:
    """The figure broken down is the last one of the previous sentence that is of the parts'
    own flow, pair and period (not the year-ago level "from $13.47bn" that may end it). Mark each product figure of a sentence that opens with a breakdown cue as a part of
    the product group of the figure it breaks down (`_part_of_group`)."""
    amounts = [c for c in claims if c.kind == "amount" and c.measure in ("exports", "imports")]
    _parts_after_a_cue_in_their_sentence(amounts)
    for sent in sents[1:]:
        opened = _opening_cue().match(text, sent.start, sent.end) or _dimension_opener().match(text, sent.start, sent.end)
        of_the_total = text.find(" total", sent.start, sent.end) >= 0 and _OF_THE_TOTAL_AFTER.search(text, sent.start, sent.end)
        parts = [c for c in amounts if sent.start <= c.start < sent.end]
        if len(parts) < 2:
            continue
        # ("Wine accounted for EUR 4bn of the total, spirits for EUR 2bn": the first part
        # said to be of the total opens the breakdown as a cue before it would)
        if not opened and of_the_total and not _OF_THE_TOTAL_AFTER.match(text, parts[0].end):
            continue
        before = _amounts_of_the_sentence_before(amounts, sent.index)
        # (not a mark passed, "topping the $1bn mark": a bound, no level the parts make up)
        whole = next((w for w in reversed(before) if _same_flow(w, parts[0]) and w.bound in ("eq", "approx")), None)
        if whole is None or not whole.commodity or whole.basis.get("commodity") == "guess":
            continue  # (a whole of all products is bound by the parts already)
        if not opened and not of_the_total and not _all_kinds_of(whole.commodity, parts):
            continue  # (no cue, no "of the total", and products not all kinds of the whole's)
        if all(_same_flow(p, whole) and p.commodity and p.commodity != whole.commodity for p in parts):
            for p in parts:
                p.extra["_part_of_group"] = whole.commodity


def parts_within_an_opened_group(text: str, sents: list[Sentence], claims: list[Claim]) -> None:
    """"Non-oil exports: US$46.9 billion. ... Within non-oil exports, manufacturing shipments
    reached US$44.6 billion, while agricultural exports totaled US$1.8 billion and extractive
    exports US$0.5 billion": a sentence opened by naming a product group (vocab/part_openers.csv)
    that the text gave a figure of before, in the flow of the sentence's figures, lists parts
    of that figure: two or more product figures of its flow, pair and period
    (`_part_of_group`, bounded together by check/bound.py)."""
    from .commodities import canonical_label  # (not at the top: commodities imports this module's kin)

    amounts = [c for c in claims if c.kind == "amount" and c.measure in ("exports", "imports")]
    for sent in sents[1:]:
        opened = _group_opener().match(text, sent.start, sent.end)
        # (not a part of one of them: "manufacturing exports reached $49.9bn: automotive
        # products amounted to $16.4bn and ...", `_within` the manufacturing)
        parts = [c for c in amounts if sent.start <= c.start < sent.end and not c.extra.get("_within")] if opened else []
        if len(parts) < 2:
            continue
        label = canonical_label(opened["w"].strip())
        whole = next((w for w in reversed(amounts) if w.start < sent.start and w.commodity == label and _same_flow(w, parts[0])
                      and w.bound in ("eq", "approx") and w.basis.get("commodity") != "guess"), None)
        if whole is None:
            continue
        if all(_same_flow(p, whole) and p.commodity and p.commodity != whole.commodity and not p.extra.get("_part_of_group") for p in parts):
            for p in parts:
                p.extra["_part_of_group"] = whole.commodity


@functools.cache
def _group_opener() -> re.Pattern:
    """"Within non-oil exports, ", "Among farm goods, ": an opener naming a whole, then its comma."""
    openers = vocab.alternation([r["phrase"] for r in vocab.table("part_openers")], ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*(?:[-–•*]\s+)?(?:{openers})\s+(?P<w>(?:the\s+)?[^,;.\d]{{2,60}}),\s", re.I)


def _parts_after_a_cue_in_their_sentence(amounts: list[Claim]) -> None:
    """"Exports of dairy products were EUR 9bn, of which cheese accounted for EUR 4bn and
    butter for EUR 2bn": products one breakdown cue down (`_breakdown`, link/claims.py) are
    parts of the product figure their sentence gives before the cue, not of a figure of all
    goods stated earlier (whose text may name its product in words no reading knows)."""
    by_sentence: dict[int, list[Claim]] = {}
    for c in amounts:
        by_sentence.setdefault(c.sentence, []).append(c)
    for xs in by_sentence.values():
        parts = [c for c in xs if c.extra.get("_breakdown") == 1]
        wholes = [c for c in xs if not c.extra.get("_breakdown") and c.start < parts[0].start] if len(parts) >= 2 else []
        whole = wholes[-1] if wholes else None
        if whole is None or not whole.commodity or whole.basis.get("commodity") == "guess" or whole.bound not in ("eq", "approx") \
                or whole.scope or whole.value is None:
            continue
        if all(_same_flow(p, whole) and p.commodity and p.commodity != whole.commodity and not p.scope
               and p.value is not None and 0 < p.value < whole.value for p in parts):
            for p in parts:
                p.extra["_part_of_group"] = whole.commodity


# words of a product group's name around its head: "leather and leather products"
_GROUP_FILLERS = frozenset(("and", "products", "goods", "items", "articles", "manufactures"))


def _all_kinds_of(whole: str, parts: list[Claim]) -> bool:
    """"Exports of leather and leather products fell to $1.1bn. Leather garments stood at
    $0.5bn, leather gloves at $0.3bn and tanned leather at $0.1bn": products listed right
    after a group's figure that each name the group's one head word ("leather") are kinds
    of that group, parts of its figure."""
    head = set(whole.lower().split()) - _GROUP_FILLERS
    if len(head) != 1:
        return False
    word = head.pop()
    return all(p.commodity and p.commodity.lower() != whole.lower() and word in p.commodity.lower().split() for p in parts)


def _amounts_of_the_sentence_before(amounts: list[Claim], index: int) -> list[Claim]:
    """The amounts of the last sentence before `index` that gives any, past one that gives
    none ("... fell 6.5% to EUR15.8bn. Volumes dropped 8% to 1.83bn bottles. Of the total,
    wines accounted for EUR11.4bn": the total is the money the sentence before the volumes
    gave)."""
    for back in (1, 2):
        found = [c for c in amounts if c.sentence == index - back]
        if found:
            return found
    return []



# the flows a total broken down by flow may be of, and the flows of its parts
_PART_FLOWS = {"trade_total": ("exports", "imports", "balance"), "exports": ("exports",), "imports": ("imports",)}
# "Exports accounted for 1.01 trillion baht of the total": a part whose whole is the total before
_OF_THE_TOTAL_AFTER = re.compile(r"\s+of\s+(?:the|this|that)\s+(?:overall\s+)?total\b", re.I)
# the partners of a total the text leaves unclear, which its parts share
UNCLEAR_WHOLE = "the partners of the total before"


@functools.cache
def _total_made_of_re() -> re.Pattern:
    words = vocab.alternation(vocab.composition_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*(?:that|this|the)\s+total\s+(?:is|was)\s+(?:(?:thus|itself)\s+)?(?:{words})\s", re.I)


def _total_announced_before(text: str, sents: list[Sentence], index: int, amounts: list[Claim]) -> bool:
    """"... exports reached $31bn. That total is made up of two parts. Goods came to $25bn,
    while services ...": a sentence of no figures, right before, that says "that total" is
    made of parts (vocab/composition_cues.csv) opens the breakdown as a cue would."""
    if index < 1:
        return False
    prev = sents[index - 1]
    if "total" not in text[prev.start:prev.end].lower() or any(prev.start <= c.start < prev.end for c in amounts):
        return False
    return _total_made_of_re().match(text, prev.start, prev.end) is not None


def parts_take_the_pair_of_the_total_before(text: str, sents: list[Sentence], claims: list[Claim]) -> None:
    """"Cambodia's total trade reached $34bn in the period. Of the total, the country's
    exports were $13bn and imports $21bn", "... Exports accounted for $13bn of the total and
    imports for $21bn": a sentence that opens on a breakdown cue (vocab/breakdown_openers.csv,
    breakdown_cues.csv), or whose flow is said to be "of the total", breaks down the total the
    sentence before gave; its flows that name no partner of their own (their pair carried from
    the discourse, which may still be a partner named earlier) are of that total's pair.
    Where the sentence before gave two totals ("border trade came to $9bn, while transit trade
    totalled $8bn"), which one "the total" is (or their sum) is unclear: the parts are then
    with the partners of that unclear total, the same for all of them, so they still add up
    to one another (a balance of them) but to none of the totals."""
    amounts = [c for c in claims if c.kind == "amount" and c.measure in ("exports", "imports", "trade_total", "balance")]
    for sent in sents[1:]:
        parts = [c for c in amounts if sent.start <= c.start < sent.end]
        announced = bool(parts) and _total_announced_before(text, sents, sent.index, amounts)
        if not parts or not (announced or _opening_cue().match(text, sent.start, sent.end)
                             or any(_OF_THE_TOTAL_AFTER.match(text, c.end) for c in parts if c.measure != "balance")):
            continue
        # (not a mark passed, "topping the $1bn mark": a bound, no total the parts break down)
        before = [w for w in _amounts_of_the_sentence_before(amounts, sent.index) if w.measure in _PART_FLOWS and w.bound in ("eq", "approx")]
        if not before:
            continue
        # (the total of the parts' own period, not the year-ago level the sentence may end
        # on: "reached $2.9bn in 2019, up 6% from $2.7bn a year earlier")
        whole = next((w for w in reversed(before) if (w.period, w.currency) == (parts[0].period, parts[0].currency)), before[-1])
        # (two totals of other products, "$2.8bn of oil and $49.5bn of non-oil exports. Within
        # the latter, ...", are no doubt over which is meant: the words name it)
        alike = [w for w in before if (w.measure, w.period, w.currency, w.commodity, w.scope)
                 == (whole.measure, whole.period, whole.currency, whole.commodity, whole.scope)]
        with_world = [w for w in alike if w.partner == "WLD"]
        if len({w.value for w in alike}) > 1 and len(with_world) == 1:
            # ("Its trade with Laos reached $2bn, or 5% of its total trade of $40bn. Of the
            # total, ...": of a partner's trade and the country's with the world, the total is
            # the latter)
            whole, alike = with_world[0], with_world
        totals = {w.value for w in alike}
        if whole.value is None or whole.reporter is None:
            continue
        if announced:
            # ("That total is made up of two parts. Goods came to ..."): the parts are of the
            # total's period, not one the discourse carried from before it
            for p in parts:
                if p.how.get("period") == "discourse" and p.currency == whole.currency:
                    p.period = whole.period
                    p.how["period"] = "part-of-the-total-before"
        if len(totals) == 1 and any(p.value is not None and p.measure == whole.measure and p.period == whole.period
                                    and abs(p.value) > abs(whole.value) for p in parts):
            # ("The US took 31% of shipments, or $8bn. Formulations made up $20bn of the total,
            # while bulk drugs contributed $4bn": a part bigger than the figure before shows
            # that figure is no total of these parts, so none of them takes its pair)
            continue
        for p in parts:
            # (only a pair carried whole from the discourse, or its partner alone: "giving
            # Thailand a surplus of ..." names the reporter; "China took $3bn" its own partner)
            # (nor one guessed of the world for a product sentence naming no partner: "Fragrance
            # accounted for $1.6bn of the total" is of the total's partner, as its words say)
            if p.basis.get("pair") == "text" or p.how.get("pair") not in ("discourse", "named-reporter", "product-sentence-world") \
                    or p.measure not in _PART_FLOWS[whole.measure] or p.value is None \
                    or not 0 < abs(p.value) < (sum(totals) if len(totals) > 1 else whole.value) or (p.period, p.currency) != (whole.period, whole.currency) \
                    or p.reporter != whole.reporter and p.how["pair"] != "discourse":
                continue
            if whole.measure == "trade_total" and (p.reporter, p.partner) == (whole.partner, whole.reporter):
                continue  # (trade between two is the same either way round: the part's own flow keeps its side)
            if len(totals) > 1:
                pair = (p.reporter, None, {"partner_group": UNCLEAR_WHOLE})
            else:
                pair = (whole.reporter, whole.partner, {k: whole.extra[k] for k in ("reporter_group", "partner_group") if k in whole.extra})
            if pair == (p.reporter, p.partner, {k: p.extra[k] for k in ("reporter_group", "partner_group") if k in p.extra}):
                continue  # (the discourse had it right)
            for key in ("reporter_group", "partner_group"):
                p.extra.pop(key, None)
            p.reporter, p.partner = pair[0], pair[1]
            p.extra.update(pair[2])
            if p.how["pair"] == "product-sentence-world":
                p.basis["pair"] = "context"  # (no guess now: the words tie it to the total's pair)
            p.how["pair"] = "part-of-the-total-before"
