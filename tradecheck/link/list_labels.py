"""A figure on a numbered or bulleted line right after the line's label and a dash or colon:

    1. Passenger cars – $8.1 billion
    2. Auto parts and accessories – $6.5 billion
    - Frozen fish: $1.2 billion
    - Other nuts (pecans, hazelnuts): $17 million

Each line is one item of a list; its label is the item's own name, the whole noun phrase
before the dash ("auto parts and accessories"), not a product word somewhere inside it
("cars" in "Passenger cars" would make two lines of cars the same figure, and "Auto parts"
no product at all). The label names a product only when nothing in it names a place, a
flow, a period or all goods (`unknown_product`): "1. Canada – $21 billion" stays a partner's
line, "- 2023: $5bn" a year's.

A bracket of examples after a label of the rest of a group ("Other nuts (pecans, hazelnuts):")
only lists what the rest holds; the label is still the words before it (a bracket after
another label, "Traditional (coffee and sugar):", may be its members or its other name, read
elsewhere), unless it names a kind and its negation, "Footwear (leather and non-leather):", which
leaves the label whole.)"""
from __future__ import annotations

import functools
import re

from .. import vocab
from .cues import HEDGE, LIST_MARKER

# the list marker, the label (no figure, no sentence punctuation), a spaced dash or a colon,
# then at most a hedge (vocab/hedges) before the figure
_ITEM = re.compile(rf"[ \t]*{LIST_MARKER}[ \t]+(?P<label>[A-Za-z][^\n\d.;:!?$€£¥%()–—]{{1,70}}?)[ \t]*(?P<examples>\([^()\n\d$€£¥%]{{1,60}}\)[ \t]*)?(?:[ \t][-–—][ \t]|:)[ \t]*"
                   rf"{HEDGE}$", re.I)

# a bracket that qualifies a label by a kind and its negation, so covers every kind of it:
# "Footwear (leather and non-leather):", "Fish (frozen or non-frozen):"
EVERY_KIND_BRACKET = r"\(\s*(?P<kind>[a-z]+)\s+(?:and|or|&|\+)\s+non[- ]?(?P=kind)\s*\)"
_EVERY_KIND = re.compile(EVERY_KIND_BRACKET, re.I)

# a label of the rest of a group: "Other tree nuts", "All other grains"
_REST = re.compile(r"(?:all\s+)?others?\s+\w", re.I)


def list_item_label(text: str, pos: int) -> tuple[int, int] | None:
    """The span of the label of the list line whose first figure starts at `pos`, or None
    when `pos` does not follow a list marker, a label and its dash or colon."""
    ls = text.rfind("\n", 0, pos) + 1
    if pos - ls > 90 or pos == ls:
        return None  # (cheap: a label is short)
    mm = _ITEM.match(text, ls, pos)
    if mm is None or (mm["examples"] and not _REST.match(mm["label"]) and not _EVERY_KIND.fullmatch(mm["examples"].rstrip())):
        return None
    return mm.start("label"), mm.end("label")


# Figure-first lines of a box of key figures, the label after the figure:
#
#     **C$7.9 billion** - canola seed
#     🚗 €28.3 bn - cars and car parts shipped to the US
#     • NZ$3.5 billion - butter
#
# The label after the dash or colon is the figure's subject (its product, flow or unit); the
# line is no sentence of prose, so without it the figure takes whatever the line above named.

# what may open the line before the figure: a bullet or an emoji (a sign or two, no word),
# then the bold marks
_FIGURE_FIRST_LEAD = re.compile(r"[ \t]*(?:[^\w\s*$€£¥(]{1,3}[ \t]+)?(?:\*\*)?")
# after the figure: its bold's close, a spaced dash or a colon, then the label to the line's end
_LABEL_AFTER = re.compile(r"(?:\*\*)?(?:[ \t]+[-–—][ \t]+|:[ \t]+)(?P<label>[A-Za-z][^\n]{1,200})")
# a whole line of the kind, its figure any ("$355.5 billion - value of ...", a currency's code
# spaced before it: "NOK 8.2 billion - ...")
_FIGURE_FIRST_LINE = re.compile(rf"{_FIGURE_FIRST_LEAD.pattern}(?:[A-Z]{{3}}[ \t])?[^\s\d]{{0,4}}\d[\d.,]*(?:[ \t]?[A-Za-z]{{1,9}})?"
                                rf"{_LABEL_AFTER.pattern}")


def label_after_figure(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the label after the figure at `start`..`end`, when the figure opens a line
    of its own (past a bullet or emoji and bold marks) and a spaced dash or a colon follows it."""
    ls = text.rfind("\n", 0, start) + 1
    if start - ls > 8 or not _FIGURE_FIRST_LEAD.fullmatch(text, ls, start):
        return None  # (cheap: the figure opens its line)
    mm = _LABEL_AFTER.match(text, end)
    return mm.span("label") if mm else None


@functools.cache
def _value_of_re() -> re.Pattern:
    # "total value of", "the value of": the label's words for the figure itself (vocab/value_words.csv)
    # ("export value of salmon": a flow word before the value word is the figure's flow, no product)
    words = vocab.alternation(vocab.value_words(), ignore_case=True)
    return re.compile(rf"(?:the\s+)?(?:total\s+)?(?:(?:export|import)s?\s+)?(?:{words})\s+of\s+", re.I)



# where the label's noun phrase ends: a preposition, or a participle before one ("shipped to
# the US", "fed to dairy cattle"); the words after say where or when, not what
_PHRASE_END = re.compile(r"\s+(?:(?:to|from|in|into|for|by|with|at|during|over|since|on|through|via|abroad|overseas)\b"
                         r"|[a-z]+ed\s+(?:to|from|in|abroad|overseas|by|for)\b)")
# "canola seed, oil and meal": a list of products after the first, up to its "and"
_LIST_ON = re.compile(r",\s+[\w'’-]+(?:\s+[\w'’-]+)?,?\s+(?:and|&)\s+")
# a trailing flow word ("dairy exports": dairy)
_FLOW_TAIL = re.compile(r"\s+(?:exports|imports|shipments|sales)$", re.I)


def label_noun_phrase(label: str) -> tuple[str, str]:
    """The noun phrase a figure-first label opens with, as written and less a trailing flow
    word: "copper exports (mining, ...), 53.5% of the total" is ("copper exports", "copper")."""
    np = label.split("(", 1)[0]
    vo = _value_of_re().match(np)
    if vo:
        np = np[vo.end():]  # ("value of dairy exports": the figure is the value, of dairy)
    comma = np.find(",")
    if comma >= 0:
        listed = _LIST_ON.match(np, comma)  # ("computers, electronics and components, the biggest")
        cut = np.find(",", listed.end()) if listed else comma
        np = np[:cut] if cut >= 0 else np
    end = _PHRASE_END.search(np)
    np = (np[:end.start()] if end else np).strip()
    return np, _FLOW_TAIL.sub("", np).strip()


def head_of_figure_box(text: str, pos: int) -> tuple[int, int] | None:
    """The span of the label of the first line of the box of figure-first lines the line at
    `pos` stands in (blank lines between allowed), when that is another line; else None."""
    ls = text.rfind("\n", 0, pos) + 1
    head = None
    for _ in range(30):
        pe = ls - 1
        while pe > 0 and text[pe - 1] in " \t\n":
            pe -= 1  # (past blank lines)
        if pe <= 0:
            break
        ps = text.rfind("\n", 0, pe) + 1
        mm = _FIGURE_FIRST_LINE.fullmatch(text, ps, pe)
        if mm is None:
            break
        head, ls = mm.span("label"), ps
    return head


def figure_first_label_at(text: str, pos: int) -> tuple[int, int] | None:
    """The span of the label of the figure-first line `pos` stands on, when `pos` is inside
    that label ("... - canola oil, about 35% of the total": the share is the label's); else None."""
    ls = text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    mm = _FIGURE_FIRST_LINE.fullmatch(text, ls, len(text) if le < 0 else le)
    return mm.span("label") if mm and mm.start("label") < pos else None
