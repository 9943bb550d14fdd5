"""A figure in a relative clause on a sector: "Roses remain the mainstay of the floriculture
sector, which earned a total of $1.2 billion last year." The "which" clause after a sector's
name (a word of vocab/group_heads.csv: "sector", "industry") is about that sector, not about
the main clause's subject (the roses), whose own figure the text may give elsewhere."""
from __future__ import annotations

import functools
import re

from .. import vocab
from .cues import HEDGE


@functools.cache
def _sector_which_re() -> re.Pattern:
    heads = vocab.alternation(vocab.group_heads(), ignore_case=True)
    verbs = vocab.alternation(set(vocab.level_verbs()) | set(vocab.changes()) | {r["word"] for r in vocab.table("value_verbs")},
                              ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:the\s+|its\s+|their\s+)(?P<np>[A-Za-z][\w'’&-]*(?:\s+[\w'’&-]+){{0,2}}?)\s+(?:{heads})\s*,\s+"
                      rf"(?:which|that)\s+(?:also\s+)?(?:{verbs})(?:\s+(?:to|at|of))?(?:\s+(?:a\s+)?total(?:\s+of)?)?\s+{HEDGE}$", re.I)


def sector_of_relative_clause(text: str, start: int, end: int) -> str | None:
    """The sector's words whose relative clause gives the figure at `end`, or None."""
    if ", which " not in text[start:end] and ", that " not in text[start:end]:
        return None  # (cheap: most figures are in no relative clause)
    mm = _sector_which_re().search(text, start, end)
    return mm["np"] if mm else None
