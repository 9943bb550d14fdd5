"""Parts of one figure that the sentences after it give product by product.

- Goods a named measure covers ("imports of goods in the scope of CBAM were worth EUR 90bn",
  vocab/covered_goods_cues.csv) are a basket named by the measure, not all goods; the
  sentences after it that tie their figures to it ("Steel accounted for EUR 50bn of that,
  aluminium for EUR 20bn ...", "Steel made up the bulk of this, at ...") break it down.
- A figure whose sentence ends on a colon over a list of "• Label: figure" lines ("Imports
  were worth £15bn:" / "• Steel: £8bn" / "• Glass: £1bn") is broken down by the list; so is
  the last figure of a sentence followed by a lead-in of its own that ends on that colon
  ("Imports were worth £15bn. Of that amount:", vocab/breakdown_openers.csv and breakdown_lead_ins.csv).

- A text that leads on one product's flow ("Germany approved arms exports worth €12.2
  billion") and later gives products with a verb of a part and no whole of their own
  ("Approvals for war weapons accounted for €6.44 billion and other military equipment for
  €5.76 billion") breaks that lead figure down.

Each part is marked (`_part_of_figure`, the whole's claim): together they are at most the
whole (check/bound.py). Where the text closes the breakdown ("the remaining $0.2bn"), the
parts are all of it (`_parts`, check/sums.py)."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..model import Claim
from .breakdowns import _REST_BEFORE
from .colon_list_parts import _inline_labels
from .cues import LIST_MARKER

PART_OF_FIGURE = "_part_of_figure"


@functools.cache
def _covered_goods_re() -> re.Pattern:
    cues = vocab.alternation([r["phrase"] for r in vocab.table("covered_goods_cues")], ignore_case=True, space=r"\s+")
    # the measure by its name: an acronym or capitalised words, perhaps after its owner and
    # before its acronym ("CBAM", "the European Union's Carbon Border Adjustment Mechanism (CBAM)")
    return re.compile(rf"\b(?:goods|products)\s+(?:{cues})\s+(?:the\s+)?(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){{0,3}}['’]s?\s+)?"
                      rf"(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,4}})(?:\s*\((?P<abbr>[A-Z]{{2,8}})\))?")


# "of that", "of this", "of these": the figure before, as the whole a part is of (not "of this
# year": only before a comma, a stop or a verb-like word of the sentence going on)
_OF_THE_FIGURE_BEFORE = re.compile(r"\bof\s+(?:this|that|these)(?:\s+(?:total|sum|amount|figure))?(?=\s*[,.;]|\s+(?:at|and|with|while)\b)", re.I)


def covered_goods(text: str, sents: list, claims: list[Claim]) -> None:
    """Read the figures of goods a named measure covers as that basket, and the sentences
    after each as its breakdown where they tie their figures to it."""
    if "goods" not in text and "products" not in text:
        return  # (cheap)
    for k, c in enumerate(claims):
        if c.kind != "amount" or c.measure not in ("exports", "imports") or c.commodity not in (None, "goods") \
                and not (c.commodity or "").startswith("goods "):
            continue
        sent = sents[c.sentence]
        found = next((f for f in _covered_goods_re().finditer(text, max(sent.start, c.start - 140), min(sent.end, c.end + 60))
                      if not any(x is not c and x.kind == "amount" and min(f.start(), c.start) < x.start < max(f.end(), c.end)
                                 for x in claims)), None)
        if found is None:
            continue
        name = (found["abbr"] or re.sub(r"\s+", " ", found["name"])).lower()
        c.commodity = "goods covered by " + name
        c.how["commodity"] = "covered-goods"
        c.basis["commodity"] = "text"
        for x in claims[k + 1:]:
            if x.commodity == name + " goods":
                # ("The CBAM goods accounted for 27.6 percent of ...": the same basket by its name)
                x.commodity = c.commodity
        _parts_in_the_sentences_after(text, sents, claims, k)


def _parts_in_the_sentences_after(text: str, sents: list, claims: list[Claim], k: int) -> None:
    whole = claims[k]
    if whole.sentence + 1 >= len(sents):
        return
    nxt = sents[whole.sentence + 1]
    if nxt.paragraph not in (sents[whole.sentence].paragraph, sents[whole.sentence].paragraph + 1) \
            or not _OF_THE_FIGURE_BEFORE.search(text, nxt.start, nxt.end):
        return
    parts: list[Claim] = []
    for x in claims[k + 1:]:
        if x.sentence == whole.sentence:
            continue  # (its own sentence's figures: its change, its share)
        if sents[x.sentence].paragraph != nxt.paragraph:
            break
        if x.kind != "amount":
            continue
        if not _part_of(x, whole):
            return  # (another figure in the breakdown: which whole it is of is unclear)
        parts.append(x)
    _mark(text, whole, parts)


def bullets_under_a_figure(text: str, sents: list, claims: list[Claim]) -> None:
    """Read the "• Label: figure" lines right under a figure that ends its sentence on a
    colon as that figure's parts."""
    if ":" not in text:
        return  # (cheap)
    for k, whole in enumerate(claims):
        if whole.kind != "amount" or whole.measure not in ("exports", "imports") or whole.value is None:
            continue
        if whole.sentence >= len(sents) \
                or any(x.kind == "amount" and x.sentence == whole.sentence and x.start > whole.end for x in claims[k + 1:]):
            continue
        last = _lead_in_after(text, sents, whole.sentence)
        colon = _COLON_ENDS_LINE.match(text, sents[last].end - 1)
        if colon is None or text.find(":", whole.end, sents[last].end) < 0:
            continue
        parts, pos = [], colon.end()
        for x in claims[k + 1:]:
            if x.start < pos:
                continue  # (the rest of the whole's sentence: its share, its change)
            line = _BULLET_LINE.match(text, pos)
            if line is None or x.start >= line.end() or x.start < line.start():
                break
            if not _part_of(x, whole) or text.count("\n", pos, x.start) > 1:
                return
            parts.append(x)
            pos = line.end()
        _mark(text, whole, parts)


@functools.cache
def _labelled_line_re() -> re.Pattern:
    """A list line of one labelled figure ("- Total: $14.6 billion", "- Everything else: $2.2
    billion"), its label kept; whether the label names the total (vocab/total_labels.csv) or
    the rest of it (vocab/rest_item_labels.csv) is for the caller to ask."""
    return re.compile(rf"[ \t]*{LIST_MARKER}[ \t]+(?P<label>[A-Za-z][^\n:]{{0,50}}?)\s*:[ \t]*[^\n]{{1,40}}(?:\n|$)")


@functools.cache
def _label_set(table: str, column: str) -> frozenset[str]:
    return frozenset(r[column].lower() for r in vocab.table(table))


def lines_under_a_total_line(text: str, claims: list[Claim]) -> None:
    """Read "- Total: $14.6 billion" over "- Crude oil: $7.4 billion", "- Seafood: $1.6
    billion", "- Everything else: $2.2 billion": list lines of one labelled figure each, the
    first labelled as the total (vocab/total_labels.csv), break that total down; where the
    last is labelled as the rest (vocab/rest_item_labels.csv), they are all of it (`_parts`),
    else only some (`_part_of_figure`)."""
    if ":" not in text:
        return  # (cheap)
    totals = _label_set("total_labels", "label")
    by_line = {}
    for x in claims:
        if x.kind == "amount":
            by_line.setdefault(text.rfind("\n", 0, x.start) + 1, []).append(x)
    for start, own in by_line.items():
        line = _labelled_line_re().match(text, start)
        if line is None or line["label"].lower() not in totals or len(own) != 1:
            continue
        whole, parts, pos, label = own[0], [], line.end(), None
        if whole.measure not in ("exports", "imports") or whole.value is None:
            continue
        while (item := _labelled_line_re().match(text, pos)) is not None and len(by_line.get(pos, ())) == 1:
            parts.append(by_line[pos][0])
            label, pos = item["label"].lower(), item.end()
        if len(parts) < 2 or not all(_part_of(x, whole) for x in parts):
            continue
        _mark(text, whole, parts)
        if label in _label_set("rest_item_labels", "label") and not whole.extra.get("_parts"):
            whole.extra["_parts"] = parts  # (closed by the rest: all of the total)


@functools.cache
def _other_item_re() -> re.Pattern:
    """The label of a list's last item that is the rest of one product ("other automotive
    components", "all other goods"): a rest word that qualifies a noun (vocab/rest_item_labels.csv,
    "other", "all other"), then that product's words up to the figure, a comma or "including"."""
    rests = [w for w in _label_set("rest_item_labels", "label") if w.split()[-1] == "other"]
    words = vocab.alternation(rests, ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{words})\s+(?P<product>[a-z][a-z-]*(?:\s+(?!including\b|with\b|at\b)[a-z][a-z-]*){{0,3}})", re.I)


# the whole's figure, then a colon: "Goods credits were $7,323m: rural goods $1,688m, ..."
_COLON_AFTER_FIGURE = re.compile(r"[ \t]*:[ \t]+")
# what may stand between two items of one list: words, commas, a dash, a bracket of no figure
# of money, one line break (a bulleted list); no sentence's end
_BETWEEN_ITEMS = re.compile(r"(?:[^.!?\n$€£¥]|\.\d|\n(?!\s*\n))*")
_SENTENCES_BACK = 6  # how far before its list the whole the rest names may be stated


# a word of a product's label
_WORD = re.compile(r"[a-z][a-z-]+")
# what may stand between a rest item's label and its figure: "other goods $228m", "other
# automotive components with Dh 3.32 billion", "other wood products – 656 million euros"
_LABEL_TO_FIGURE = re.compile(r"[\s:–—-]*(?:with\s+|at\s+|of\s+)?")


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


@functools.cache
def _no_product_words() -> frozenset[str]:
    """Words of a label that name no product of their own: nouns of goods in general
    (vocab/goods_nouns.csv) and the heads that name a product's sector ("textile sector" is
    textiles: vocab/sector_heads.csv), in the singular, and the joins of a label's words."""
    return frozenset(_singular(w) for w in vocab.goods_nouns() | vocab.sector_heads()) | {"and", "of", "the"}


def _product_words(label: str) -> set[str]:
    """A product label's own words, singular, without the nouns of goods in general ("wood
    and wood products" -> {"wood"}, "automotive components" -> {"automotive", "component"})."""
    return {_singular(w) for w in _WORD.findall(label.lower())} - _no_product_words()


def parts_closed_by_other(text: str, claims: list[Claim]) -> None:
    """"Car manufacturing led the way with Dh 26.42 billion, followed by wiring with Dh 23.85
    billion, ..., and other automotive components with Dh 3.32 billion", "- other wood
    products ... – 656 million euros" closing a bulleted list, "Goods credits were $7,323m:
    rural goods $1,688m, non-rural goods $5,467m and other goods $228m": a list of figures of
    one flow, one product each, whose last item is "other <product>", names every part of
    that product: the parts add up to its figure stated before (`_parts`). The whole is the
    figure right before the colon that opens the list, or the last figure of the same flow,
    pair, period and currency a few sentences before whose product shares a word of its own
    with the rest's ("automotive" exports of MAD 54.71 billion)."""
    if "other" not in text:
        return  # (cheap: no rest item)
    amounts = [c for c in claims if c.kind == "amount"]
    for k, last in enumerate(amounts):
        if k < 2 or last.measure not in ("exports", "imports") or last.value is None or not last.commodity:
            continue
        rest = _rest_product(text, last)
        if rest is None:
            continue
        run = _items_before(text, amounts, k)
        opens = [i for i, x in enumerate(run) if _COLON_AFTER_FIGURE.match(text, x.end)]
        if opens and all(x.sentence == run[opens[-1]].sentence for x in run[opens[-1]:]):
            # (a figure of the list opens it with a colon: it is the whole, and each item's
            # label before its figure is its product, "Goods credits were $7,323m: rural goods
            # $1,688m, ... and other goods $228m")
            whole, run = run[opens[-1]], run[opens[-1] + 1:]
            labels = _inline_labels(text, _COLON_AFTER_FIGURE.match(text, whole.end).end(), run) if run else None
        else:
            whole = _whole_before(amounts, k - len(run) + 1, run[0], rest)
            labels = [x.commodity for x in run[:-1]] + [last.commodity if _other_item_re().match(last.commodity) else "other " + rest]
        if whole is None or labels is None or len(run) < 2 or whole.extra.get("_parts") \
                or len(set(labels)) != len(run) or whole.commodity in labels or not all(_within(x, whole, whole_scope=True) for x in run):
            continue
        for x, label in zip(run, labels):
            if x.commodity != label:
                # ("and other goods $228m" read as "goods": the rest of the whole, not all goods)
                x.commodity = label
                x.how["commodity"], x.basis["commodity"] = "list-item-label", "text"
        for x in run:
            x.extra[PART_OF_FIGURE] = whole
        whole.extra["_parts"] = run


def _rest_product(text: str, last: Claim) -> str | None:
    """The product a last item's "other" label names ("automotive components"), read from its
    own label or, where the label lost its "other", from the words right before its figure."""
    found = _other_item_re().match(last.commodity)
    if found is None:
        # (the item's words start after the line break, comma or "and" before its figure)
        item_start = max(text.rfind("\n", 0, last.start), text.rfind(",", 0, last.start), text.rfind(" and ", 0, last.start))
        found = _other_item_re().search(text, item_start + 1, last.start)
        if found is None or not _LABEL_TO_FIGURE.fullmatch(text, found.end(), last.start):
            return None
    return " ".join(found["product"].lower().split())


def _items_before(text: str, amounts: list[Claim], k: int) -> list[Claim]:
    """The figures of the list that ends with amounts[k], first to last: those before it of
    its flow, pair, period and currency, each of a product, with only words between them
    (no sentence's end, at most one line break)."""
    last, run = amounts[k], [amounts[k]]
    key = (last.measure, last.reporter, last.partner, last.period, last.currency)
    for x in reversed(amounts[:k]):
        if (x.measure, x.reporter, x.partner, x.period, x.currency) != key or not x.commodity or x.value is None \
                or not _BETWEEN_ITEMS.fullmatch(text, x.end, run[0].start):
            break
        run.insert(0, x)
    return run


def _whole_before(amounts: list[Claim], first: int, top: Claim, rest: str) -> Claim | None:
    """The figure a list's items are the parts of, stated a few sentences before the list:
    the last one of the list's flow, pair, period and currency that names a product, where
    each word of its own is one of the rest item's ("automotive" for "other automotive
    components"). None where that figure is of another product: the list may have begun
    before it ("Granite remained the mainstay, with Rs 9,820 crore. Sandstone ... and other
    stones accounted for Rs 1,240 crore"), or it is a narrower one ("Finished leather
    remained the largest item" before "... and other leather goods")."""
    own = _product_words(rest)
    if not own:
        return None  # ("other goods": which goods, only a colon right after the whole says)
    key = (top.measure, top.reporter, top.partner, top.period, top.currency)
    for x in reversed(amounts[:first]):
        if top.sentence - x.sentence > _SENTENCES_BACK:
            return None
        if (x.measure, x.reporter, x.partner, x.period, x.currency) == key and x.commodity:
            named = _product_words(x.commodity)
            return x if named and named <= own else None
    return None


def places_under_a_breakdown_line(text: str, claims: list[Claim]) -> None:
    """Read the "• Place: figure" lines under a line of no figure that breaks a flow down by
    place and ends on a colon ("By region, intra-African trade in 2022 was distributed as
    follows:" / "• Southern Africa: US$78.4 billion" / "• West Africa: US$38.9 billion" ...) as
    parts of the last figure before it of that flow: the one of the places' reporter with the
    world, or with its own group (a group's internal trade); no place line is that whole."""
    if ":" not in text or "By " not in text:
        return  # (cheap)
    for m in _by_place_line_re().finditer(text):
        if any(m.start() <= x.start < m.end() for x in claims):
            continue  # (a line with a figure of its own: bullets_under_a_figure)
        parts, pos = [], m.end()
        for x in claims:
            if x.start < pos:
                continue
            line = _BULLET_LINE.match(text, pos)
            if line is None or not line.start() <= x.start < line.end():
                break
            parts.append(x)
            pos = line.end()
        whole = next((c for c in reversed(claims) if c.end <= m.start() and c.kind == "amount" and c.value
                      and parts and _place_part_of(parts[0], c)), None)
        if whole is not None and len(parts) >= 2 and all(_place_part_of(x, whole) for x in parts) \
                and len({_side(x, "partner") for x in parts}) == len(parts):
            for p in parts:
                p.extra[PART_OF_FIGURE] = whole


@functools.cache
def _by_place_line_re() -> re.Pattern:
    nouns = vocab.alternation([r["word"] for r in vocab.table("partner_breakdown_nouns")], ignore_case=True)
    return re.compile(rf"^[ \t]*By\s+(?:{nouns})\b[^\n:]{{0,120}}:[ \t]*\n", re.M)


def _side(c: Claim, which: str) -> str | None:
    """A claim's reporter or partner, a group by its label ("group:Africa")."""
    group = c.extra.get(which + "_group")
    return getattr(c, which) or ("group:" + group if group else None)


def _place_part_of(x: Claim, whole: Claim) -> bool:
    """Whether `x` is one place's part of `whole`'s flow: the same reporter, flow, product,
    period and currency, with a partner that is neither the world nor the whole's own."""
    rep, par = _side(whole, "reporter"), _side(whole, "partner")
    return x.kind == "amount" and x.value is not None and 0 < x.value < whole.value and rep is not None \
        and par in ("WLD", rep) and _side(x, "reporter") == rep and _side(x, "partner") not in (None, "WLD", par) \
        and (x.measure, x.commodity, x.period, x.currency) == (whole.measure, whole.commodity, whole.period, whole.currency)


@functools.cache
def _lead_in_re() -> re.Pattern:
    lead_ins = [r["phrase"] for name in ("breakdown_openers", "breakdown_lead_ins") for r in vocab.table(name)]
    words = vocab.alternation(vocab.breakdown_cues() + lead_ins,
                              ignore_case=True, space=r"\s+")
    return re.compile(rf"(?:{words})\s*:", re.I)


def _lead_in_after(text: str, sents: list, k: int) -> int:
    """The sentence whose colon hands sentence k's last figure to the list under it: the next
    one where it is only a lead-in in the same paragraph ("Of that amount:"), else k itself."""
    if k + 1 < len(sents) and sents[k + 1].paragraph == sents[k].paragraph \
            and text.startswith(("Of", "of", "Among", "Within"), sents[k + 1].start) \
            and _lead_in_re().fullmatch(text, sents[k + 1].start, sents[k + 1].end):
        return k + 1
    return k


@functools.cache
def _part_verb_re() -> re.Pattern:
    verbs = vocab.alternation(vocab.share_cues()["before"], ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{verbs})\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$", re.I)


def parts_of_the_lead(text: str, sents: list, claims: list[Claim]) -> None:
    """Read a later sentence's products, given with a verb of a part ("accounted for") and
    no whole of their own, as parts of the product flow the text leads on: its first figure
    of a product's flow with the world, stated in the body."""
    whole = next((c for c in claims if c.kind == "amount" and c.partner == "WLD" and c.measure in ("exports", "imports")
                  and not c.extra.get("_headline")), None)
    if whole is None or not whole.commodity or whole.basis.get("commodity") != "text" or whole.value is None or whole.scope:
        return
    by_sentence: dict[int, list[Claim]] = {}
    for c in claims:
        if c.sentence > whole.sentence:
            by_sentence.setdefault(c.sentence, []).append(c)
    for k, xs in by_sentence.items():
        first = xs[0]
        if first.kind != "amount" or not _part_verb_re().search(text, max(sents[k].start, first.start - 30), first.start):
            continue
        if any(_OF_AFTER.match(text, x.end) for x in xs):
            continue  # ("accounted for €6bn of the total": a whole of its own, read elsewhere)
        if all(_part_of(x, whole) for x in xs):
            _mark(text, whole, xs)


_OF_AFTER = re.compile(r"\s+of\b")


# the colon that ends a sentence and its line ("according to figures published today:")
_COLON_ENDS_LINE = re.compile(r"[^\n]*?:[ \t]*\n")
# a line of a list of labelled figures: "• Aluminium: £3.2bn"
_BULLET_LINE = re.compile(rf"\s*{LIST_MARKER}[ \t]+[A-Za-z][^\n:]{{0,50}}:[ \t]*[^\n]{{1,40}}(?:\n|$)")


def _part_of(x: Claim, whole: Claim, whole_scope: bool = False) -> bool:
    """Whether x may be a part of the whole: another product (see `_within`)."""
    return bool(x.commodity) and x.commodity != whole.commodity and _within(x, whole, whole_scope)


def _within(x: Claim, whole: Claim, whole_scope: bool = False) -> bool:
    """Whether x is a figure of the whole's flow, pair, period and currency, less than it; of
    no scope (or, with `whole_scope`, of the whole's own scope: "seasonally adjusted" parts
    of a seasonally adjusted whole)."""
    return x.kind == "amount" and (x.scope == whole.scope if whole_scope else not x.scope) \
        and x.value is not None and 0 < x.value < whole.value \
        and (x.measure, x.reporter, x.partner, x.period, x.currency) == (whole.measure, whole.reporter, whole.partner, whole.period, whole.currency)


def _mark(text: str, whole: Claim, parts: list[Claim]) -> None:
    if len(parts) < 2 or len({p.commodity for p in parts}) != len(parts):
        return
    for p in parts:
        p.extra[PART_OF_FIGURE] = whole
    last = parts[-1]
    if _REST_BEFORE.search(text, max(0, last.start - 30), last.start) and not whole.extra.get("_parts"):
        whole.extra["_parts"] = parts  # ("..., with cement making up the remaining $0.2bn": all of it)
