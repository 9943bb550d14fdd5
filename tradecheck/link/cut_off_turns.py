"""A sentence left open at the end of a turn in a transcript ("So copper is -") and finished
by a later turn ("More than half. About 56 percent."): the bare percent that finishes it is
what the open sentence's subject is, a share of the whole said just before (the figure has no
"of" of its own, so it would otherwise be read as nothing)."""
from __future__ import annotations

import re

# the open sentence: a copula or "makes up" and then a dash that ends the line
_CUT_OFF = re.compile(r"\b(?:is|are|was|were|makes?\s+up|accounts?\s+for|that's|that\s+is)\s*(?:-|–|—)[^\S\n]*\n", re.I)
# how far before the figure the open sentence may end (a short turn or two between)
_REACH = 160
# the words between the open sentence and the figure: speaker labels and short sentences
# without figures; the figure's own sentence opens with a hedge at most
_BETWEEN = re.compile(r"[^\d$€£¥%]*")
_OWN_OPENING = re.compile(r"(?:[A-Z][\w.]*\s+){0,2}?(?:about|around|roughly|nearly|almost|some|just\s+over|just\s+under|over|under|more\s+than|less\s+than)?\s*$", re.I)


def cut_off_sentence(text: str, sent_start: int, start: int) -> tuple[int, int] | None:
    """The span of the sentence a turn before left open with a dash, when the percent at
    `start` (its sentence opening at `sent_start`) finishes it; else None."""
    lo = max(0, start - _REACH)
    window = text[lo:start]
    if "-\n" not in window and "—\n" not in window and "–\n" not in window and "- \n" not in window:
        return None
    cuts = list(_CUT_OFF.finditer(window))
    if not cuts:
        return None
    between = window[cuts[-1].end():len(window) - (start - sent_start)]
    if not (_BETWEEN.fullmatch(between) and _OWN_OPENING.fullmatch(text, sent_start, start)):
        return None
    end = lo + cuts[-1].start()
    opening = max(text.rfind(". ", 0, end), text.rfind("\n", 0, end), text.rfind(": ", 0, end))
    return opening + 1, end


def completes_cut_off_sentence(text: str, sent_start: int, start: int) -> bool:
    """Whether the percent at `start` finishes a sentence a turn before left open."""
    return cut_off_sentence(text, sent_start, start) is not None
