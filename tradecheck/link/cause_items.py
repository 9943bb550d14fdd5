"""A change in brackets after what a cause cue names: "exports rose 27% to $14bn, driven by
the construction segment (+34.5%) and wiring (+18.9%)". The cue (vocab/cause_cues.csv) says
what follows is a part of the flow, and each bracketed change is the change of the words
right before its bracket, not of the flow the sentence opened with."""
from __future__ import annotations

import functools
import re

from .. import vocab

# a bracket opened right before the figure: "wiring (", "the construction segment ( +"
_OPEN_BRACKET = re.compile(r"\(\s*[+−-]?\s*$")
# what ends the words of one item, going back from its bracket: a comma, a bracket (the
# item before, "(+34.5%) and"), or a joining word; the cue itself ends the first
_ITEM_END = re.compile(r"[,;()]|\band\b|\bas\s+well\s+as\b", re.I)
# an item's words: a few words with no figure, any article dropped
_ITEM = re.compile(r"(?:(?:the|its|their)\s+)?(?P<item>[A-Za-z][A-Za-z'’ -]{0,60})", re.I)


@functools.cache
def _cause_re() -> re.Pattern:
    cues = vocab.alternation(vocab.cause_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{cues})\s+", re.I)


def cause_item_before(text: str, sent_start: int, start: int) -> str | None:
    """The item a bracketed change at `start` belongs to, when a cause cue earlier in its
    sentence opens the list it stands in; None otherwise."""
    if "(" not in text[max(sent_start, start - 3):start]:
        return None  # (checked first: cheap)
    head = text[sent_start:start]
    bracket = _OPEN_BRACKET.search(head)
    if bracket is None:
        return None
    cue = None
    for cue in _cause_re().finditer(head):
        pass
    if cue is None or ";" in head[cue.end():]:
        return None
    words = head[cue.end():bracket.start()]
    item = _ITEM.fullmatch(_ITEM_END.split(words)[-1].strip())
    if item is None or len(item["item"].split()) > 5:
        return None
    return item["item"].strip()
