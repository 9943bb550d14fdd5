"""The items of a list of partners under a caption that names no flow ("Breakdown by
country:" then "Russia — $2.41 billion;"), after a sentence that gave two flows side by
side ("Exports to the union countries amounted to $612.5 million, imports — $3.01
billion."): the list breaks down neither of the two the sentence ended on, but the flow the
text leads with (its headline's trade, say), which the caption does not turn from."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..extract import mentions as scan

# the words of an item's line before its figure: a bullet perhaps, a place's name, then a
# dash or a colon ("Russia — ", "- Kazakhstan: ", "2) Belarus – about ")
_ITEM_HEAD = re.compile(r"[ \t]*(?:(?:[-•*]|\d{1,2}[.)])[ \t]+)?[A-Z][^\n:;—–\d$€£¥%()]{0,40}?[ \t]*(?:[:—–]|\s-)[ \t]*"
                        r"(?:(?:about|around|almost|nearly|over|some|more\s+than|less\s+than)[ \t]+)?$")
# a whole item line (for the lines between an item and its caption): the head, a figure, the rest
_ITEM_LINE = re.compile(r"[ \t]*(?:(?:[-•*]|\d{1,2}[.)])[ \t]+)?[A-Z][^\n:;—–\d$€£¥%()]{0,40}?[ \t]*(?:[:—–]|\s-)[ \t]*\S[^\n]*$")
MAX_ITEMS = 40  # lines walked back from an item to its caption


@functools.cache
def _caption_re() -> re.Pattern:
    """"Breakdown by country:", "By partner:", "Structure by countries:": a line of a few
    words that breaks something down by place (vocab/partner_breakdown_nouns.csv)."""
    nouns = vocab.alternation([r["word"] for r in vocab.table("partner_breakdown_nouns")], ignore_case=True)
    return re.compile(rf"[ \t]*(?:[\w-]+[ \t]+){{0,3}}?by[ \t]+(?:{nouns})\b[^:\n\d]{{0,30}}:[ \t]*$", re.I)


def _lines_back(text: str, start: int):
    """The lines before the one that starts at `start`, last first, as (start, end)."""
    end = start - 1
    while end > 0:
        begin = text.rfind("\n", 0, end) + 1
        yield begin, end
        end = begin - 1


def caption_of_item(text: str, pos: int) -> tuple[int, int] | None:
    """The caption line of the partner list whose item's figure starts at `pos`, when the
    words before the figure on its line are an item's (a place's name and a dash or colon)
    and the lines above are more items (or blank) up to a caption that names no flow."""
    start = text.rfind("\n", 0, pos) + 1
    if not _ITEM_HEAD.fullmatch(text, start, pos):
        return None
    for n, (b, e) in enumerate(_lines_back(text, start)):
        if n > MAX_ITEMS:
            return None
        if not text[b:e].strip() or _ITEM_LINE.fullmatch(text, b, e):
            continue
        if _caption_re().fullmatch(text, b, e) and not scan.find_flows(text[b:e]):
            return b, e
        return None
    return None


def flow_of_partner_list(text: str, pos: int) -> tuple[str, tuple[int, int]] | None:
    """The flow a partner list's item (its figure at `pos`) is of, where the prose right
    before its caption gave both exports and imports: the first flow the text names (its
    lead's), with the span of the words that name it."""
    caption = caption_of_item(text, pos)
    if caption is None:
        return None
    prose = next(((b, e) for b, e in _lines_back(text, caption[0]) if text[b:e].strip()), None)
    if prose is None:
        return None
    said = {f.attrs["measure"] for f in scan.find_flows(text[prose[0]:prose[1]])}
    if not {"exports", "imports"} <= said:
        return None
    return _lead_flow(text, prose[0])


@functools.lru_cache(maxsize=8)
def _lead_flow(text: str, until: int) -> tuple[str, tuple[int, int]] | None:
    lead = next((f for f in scan.find_flows(text[:until]) if f.attrs["measure"] in ("exports", "imports", "trade_total")), None)
    return (lead.attrs["measure"], (lead.start, lead.end)) if lead else None
