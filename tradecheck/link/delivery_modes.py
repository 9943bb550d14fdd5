"""Services delivered through affiliates abroad: "Exports through commercial presence (mode 3)
... were estimated at US$ 16.7 billion". Such a figure is the sales of a country's affiliates
in other countries (GATS mode 3), another measure than its cross-border exports, so it is no
part or whole of them (vocab/affiliate_delivery_modes.csv names the words). A figure whose
words only count such sales in ("exports, including those through commercial presence,
stood at ...") is still the flow."""
from __future__ import annotations

import functools
import re

from .. import vocab


@functools.cache
def _mode_re() -> re.Pattern:
    modes = vocab.alternation(vocab.affiliate_delivery_modes(), ignore_case=True, space=r"[\s-]+")
    return re.compile(rf"\b(?:through|via|by\s+way\s+of|under)\s+(?:the\s+)?\(?(?:{modes})\b", re.I)


# words that count the mode into (or out of) a wider figure, before it in the clause
_COUNTED_IN = re.compile(r"\b(?:includ\w*|exclud\w*|as\s+well\s+as|plus|besides|other\s+than)\b", re.I)


def through_affiliates(clause: str) -> bool:
    """Whether the words before a figure in its clause say it is delivered through affiliates
    abroad (and do not merely count such sales into a wider figure)."""
    low = clause.lower()
    if "presence" not in low and "mode" not in low and "affiliates" not in low:
        return False  # (cheap: no mode word)
    m = _mode_re().search(clause)
    return m is not None and not _COUNTED_IN.search(clause, 0, m.start())
