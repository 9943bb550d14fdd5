"""A product named right before its figure, the figure set off as a detail of it:

- in brackets: "Including engines (21,800 million baht) and parts and accessories (218,300
  million baht), the industry's export earnings totalled ...", "sales of cheese (EUR4.1bn),
  butter (EUR1.2bn) and yoghurt (EUR0.9bn)";
- in an "at" aside after the clause's subject: "Champagne, at EUR4.1bn, generated more than a
  third of wine export revenue", "while cognac, at EUR3.1bn, represented about 70%";
- in a list whose verb is said once: "wines accounted for EUR11.4bn and spirits for EUR4.4bn";
- in a list of items each valued "at" its figure, no comma before it: "travel at ISK 376.1
  billion and passenger transport by air at ISK 146.9 billion".

This module finds the noun phrase; commodities.py decides whether it is a product (no place,
flow or time) and labels it."""
from __future__ import annotations

import functools
import re

from .. import vocab

@functools.cache
def _stop_words() -> frozenset[str]:
    """Words that end the noun phrase going back from the bracket: list links, inclusion
    cues (vocab/inclusion_cues.csv), articles, the prepositions a flow's product follows, and
    the one-word ties between a sentence's subject and the goods it lists
    (vocab/goods_complement_ties.csv: "The main products exported are semi-finished goods
    (1.70 bn USD)": the item is "semi-finished goods", not the subject before "are")."""
    cues = {w for phrase in vocab.inclusion_cues() for w in phrase.lower().split()}
    ties = {phrase.lower() for phrase in vocab.goods_complement_ties() if " " not in phrase}
    return frozenset(cues | ties | {"and", "or", "plus", "with", "of", "besides", "the", "a", "an", "by", "as", "well", "for", "from", "in", "on", "to",
                             "while", "whereas", "but"})


# the bracket that opens on the figure ("(about US$ 2.1 billion"): its words before the figure
_BRACKET_OPENING = re.compile(r"\(\s*(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+)?$", re.I)
# the bracket that opens on a product's change, after its direction ("led by wine (up $40m)")
_CHANGE_BRACKET_OPENING = re.compile(r"\(\s*(?:up|down)\s+$", re.I)
_WORD = re.compile(r"[A-Za-z][\w'’&-]*")


def noun_before_bracket(text: str, start: int, m, change: bool = False) -> str | None:
    """The noun phrase right before the bracket that opens on the figure `m` ("engines" in
    "Including engines (21,800 million baht)", "cheese" in "led by sales of cheese (EUR4.1bn)"),
    from `start` (the clause's start or the last figure's end) on: up to five words back to a
    list's link, a preposition or a punctuation mark, an "and" kept inside the phrase ("parts
    and accessories") when a word follows it. None when the figure is not the first thing in
    its brackets. `change`: the bracket opens on a direction instead ("(up $40m)")."""
    close = text.find(")", m.end, m.end + 40)
    if close == -1 or "(" in text[m.end:close]:
        return None
    bracket = (_CHANGE_BRACKET_OPENING if change else _BRACKET_OPENING).search(text, start, m.start)
    if bracket is None:
        return None
    before = text[start:bracket.start()].rstrip()
    if _FOOTING_LAST.search(before):
        return None  # ("-21% y/y (€10.6bn ...)": a change's footing, no noun)
    if before[-1:].isalpha() and _quantity_last_re().search(before):
        return None  # ("Corn: 4.62 million tons ($1.05 billion)": the quantity's worth; its unit is no product)
    return _phrase_back(before)


@functools.cache
def _quantity_last_re() -> re.Pattern:
    """A figure in physical units ending the words before a bracket ("4.62 million tons")."""
    from .cues import quantity_re

    return re.compile(rf"(?:{quantity_re().pattern})$", re.I)


# a change's footing written with a slash ("y/y", "m/m", "q/q") ending the words before a bracket
_FOOTING_LAST = re.compile(r"(?<![\w/])[A-Za-z]/[A-Za-z]$")


# "Champagne, at EUR4.1bn, generated": the subject, a comma, "at" and the figure, a comma after
_AT_ASIDE = re.compile(r",\s+at\s+(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+)?$", re.I)


@functools.cache
def _with_flow_aside() -> re.Pattern:
    """"Port wine, with exports of EUR377m, represented": the subject, a comma, "with" and a
    flow noun of it (vocab/flows.csv, exports or imports) before the figure; the aside's
    figure is the subject's own flow, as after "at"."""
    nouns = vocab.alternation([p for p, (measure, _) in vocab.flows().items() if measure in ("exports", "imports") and " " not in p],
                              ignore_case=True)
    return re.compile(rf",\s+with\s+(?:{nouns})\s+of\s+(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+)?$", re.I)


# "wines accounted for EUR11.4bn and spirits for EUR4.4bn": the next item, its verb left out
_GAPPED_ITEM = re.compile(r"\s*(?:,\s*|\s+)(?:and\s+|while\s+)?(?P<np>[A-Za-z][\w'’&-]*(?:\s+[\w'’&-]+){0,3}?)\s+for\s+"
                          r"(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+)?$", re.I)


def noun_before_at_aside(text: str, start: int, m) -> str | None:
    """The subject right before an "at" aside that holds the figure `m` ("Champagne" in
    "Champagne, at EUR4.1bn, generated ...", or after "with exports of"): the aside closes with a comma, and the subject
    opens its clause (the sentence, or a "while" or "and" clause)."""
    aside = _AT_ASIDE.search(text, start, m.start)
    if aside is None and text.find(" with ", start, m.start) != -1:  # (cheap test first)
        aside = _with_flow_aside().search(text, start, m.start)
    if aside is None or not re.match(r"\s*,", text[m.end:m.end + 3]):
        return None
    before = text[start:aside.start()].rstrip()
    span = _phrase_span(before)
    # (the subject opens its clause: nothing before it, or a clause's link or mark)
    if span is None or not _CLAUSE_OPENS.search(before, 0, span[0]):
        return None
    return before[span[0]:span[1]]


# "travel at ISK 376.1 billion and passenger transport by air at ...": an item of a list, a
# short noun phrase opening after a list's mark or link, and "at" right before its figure
_AT_ITEM = re.compile(r"(?:^|[,;:]|\b(?:and|while|whereas)\b)\s*(?!(?:and|while|whereas)\b)(?P<np>[A-Za-z][\w'’&-]*(?:\s+[A-Za-z][\w'’&-]*){0,4}?)\s+at\s+"
                      r"(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+)?$", re.I)
# a figure right after "at" (and a hedge), a money sign or code before its digits
_AT_FIGURE_IN = re.compile(r"\sat\s+(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+)?(?:[A-Z]{1,3}\s?)?(?:[^\w\s]\s?)?\d")


def noun_of_at_item(text: str, sent, start: int, m) -> str | None:
    """The item a figure is of in a list of items each "at" its figure ("passenger transport
    by air" in "travel at ISK 376.1 billion and passenger transport by air at ISK 146.9
    billion"), from `start` (the clause's start or the last figure's end) on. Only in a
    sentence with two figures or more after "at": one alone is as often a level's verb
    ("stood at"), which the caller's product test would have to tell apart."""
    if len(_AT_FIGURE_IN.findall(text, sent.start, sent.end)) < 2:
        return None
    item = _AT_ITEM.search(text[start:m.start])
    if item is None or item["np"][-1] in "'’":
        return None  # ("followed by 'Tugs and pusher craft' at": a quoted name is read whole elsewhere)
    if _vintage_verb_re().search(item["np"]):
        return None  # ("the surplus, first published at $2.6 billion, now stands at": when it came out, no item)
    return item["np"]


@functools.cache
def _vintage_verb_re() -> re.Pattern:
    # the words that say when an estimate came out, at the end of the item's words
    # (vocab/vintage_cues.csv: "first published", "originally reported")
    words = vocab.alternation(vocab.vintage_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{words})$", re.I)


_CLAUSE_OPENS = re.compile(r"(?:^|[.;:,]|\b(?:while|whereas|but|and))\s*$", re.I)


def noun_of_gapped_item(text: str, sent_start: int, prev_end: int, m) -> str | None:
    """The next item of a list whose verb is said once ("spirits" in "wines accounted for
    EUR11.4bn and spirits for EUR4.4bn"): a short noun phrase and the verb's "for" again,
    right after the figure before, in a sentence whose verb took "for" before that figure."""
    if prev_end <= sent_start:
        return None
    item = _GAPPED_ITEM.fullmatch(text, prev_end, m.start)
    if item is None or not re.search(r"\bfor\b", text[sent_start:prev_end]):
        return None
    return item["np"]


def _phrase_back(before: str) -> str | None:
    """The noun phrase that ends `before` (see _phrase_span)."""
    span = _phrase_span(before)
    return before[span[0]:span[1]] if span else None


def _phrase_span(before: str) -> tuple[int, int] | None:
    """Where the noun phrase that ends `before` starts and ends: up to five words back to a
    list's link, a preposition or a punctuation mark, an "and" kept inside the phrase ("parts
    and accessories") when a word follows it."""
    words: list[re.Match] = []
    end = len(before)
    while len(words) < 5:
        w = None
        for w in _WORD.finditer(before, 0, end):
            pass
        if w is None or before[w.end():end].strip():
            break  # (a comma, a bracket or a figure between: the phrase has begun)
        if w.group().lower() in _stop_words():
            # "parts and accessories": an "and" between two words of one phrase, when the
            # word before it is no stop word itself and the list's link is further back
            inner = w.group().lower() == "and" and bool(words) and _inner_and(before, w.start())
            if not inner:
                break
        words.insert(0, w)
        end = w.start()
    while words and words[0].group().lower() in _stop_words():
        words.pop(0)
    return (words[0].start(), words[-1].end()) if words else None


def _inner_and(before: str, at: int) -> bool:
    """Whether the "and" at `at` joins two nouns of one phrase ("parts and accessories"):
    one word comes before it, and a link, a cue or a mark of its own before that word
    ("and parts and accessories", "Including parts and accessories", "), parts and
    accessories"), so this "and" is not the list's."""
    head = before[:at].split()
    if not head or head[-1].lower() in _stop_words() or not head[-1].isalpha():
        return False
    return len(head) == 1 or head[-2].lower() in _stop_words() or not head[-2][-1].isalnum()


@functools.cache
def _opens_by_counting_in_re() -> re.Pattern:
    cues = vocab.alternation(vocab.inclusion_cues(), ignore_case=True, space=r"\s+")
    # (a decimal point is no sentence's end: "Counting components (R68.0 billion) and ...")
    return re.compile(rf"\s*(?:{cues})\b(?:[^.;]|\.(?=\d))*\)\s*,\s", re.I)


def parts_counted_in(text: str, sents, claims: list) -> None:
    """"The vehicles were worth 611,300 million baht ... Including engines (21,800 million
    baht) and parts and accessories (218,300 million baht), the auto industry's export
    earnings totalled 851,400 million baht": a total whose sentence opens by counting in
    products, each with its figure in brackets, holds those products and the product of the
    same flow the sentence before gave (what the opener adds them to). They are parts of the
    total's product group (`_part_of_group`), so together they stay within it; whether the
    group holds anything else the words do not say, so nothing is added up."""
    for k, whole in enumerate(claims):
        if whole.kind != "amount" or not whole.commodity or whole.measure not in ("exports", "imports"):
            continue
        sent = sents[whole.sentence]
        opener = _opens_by_counting_in_re().match(text, sent.start, whole.start)
        if opener is None:
            continue
        counted = [c for c in claims[:k] if c.sentence == whole.sentence and c.start < opener.end()
                   and c.how.get("commodity") == "product-before-bracket" and _same_flow(c, whole)]
        if not counted:
            continue
        before = next((c for c in claims[:k] if c.sentence == whole.sentence - 1 and c.kind == "amount" and c.commodity
                       and c.commodity != whole.commodity and _same_flow(c, whole)), None)
        for c in counted + ([before] if before is not None else []):
            c.extra.setdefault("_part_of_group", whole.commodity)


def _same_flow(c, whole) -> bool:
    return c.kind == "amount" and (c.measure, c.reporter, c.partner, c.period, c.currency) == \
        (whole.measure, whole.reporter, whole.partner, whole.period, whole.currency)
