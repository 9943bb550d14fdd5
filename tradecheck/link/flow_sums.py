"""A sum set after two flows' figures as an appositive: "banned exports to the country worth
€40 billion and imports from it worth €60 billion, measured at 2021 values, a total of €100
billion". The figure after ", a total of" (the "total" words of vocab/colon_total_cues.csv)
adds up the two flows before it (total trade), not a second figure for the last flow named;
so check/sums.py sets it against exports + imports."""
from __future__ import annotations

import functools
import re

from .. import vocab
from .cues import HEDGE
from .rules import Decision, rule


@functools.cache
def _total_appositive_re() -> re.Pattern:
    """", a total of " (", for a combined ", ", making a total of ") right before the figure."""
    words = vocab.alternation([r["phrase"] for r in vocab.table("colon_total_cues") if r["role"] == "total"],
                              ignore_case=True, space=r"\s+")
    return re.compile(rf",\s*(?:for\s+|making\s+|or\s+)?(?:{words})\s+(?:of\s+)?{HEDGE}$", re.I)


@rule("measure", "sum-of-two-flows", "text")
def sum_of_two_flows(s):
    """", a total of €100 billion" after a figure of exports and one of imports in the same
    sentence, with no flow word between the last of them and the sum: both flows together."""
    if s.kind != "amount" or s.prev is None or "total" not in s.gap and "combined" not in s.gap:
        return None  # (cheap: the words checked first)
    if s.prev.measure not in ("exports", "imports"):
        return None
    mm = _total_appositive_re().search(s.text, s.prev_end, s.m.start)
    if mm is None:
        return None
    if any(s.prev_end <= f.start < s.m.start for f in s.ms["flow"]):
        return None  # ("a total of €9bn of imports": the sum's own flow)
    named = {f.attrs["measure"] for f in s.ms["flow"] if s.sent.start <= f.start < s.prev_end}
    if not {"exports", "imports"} <= named:
        return None  # (one flow's parts: the sum is of that flow, read by the other rules)
    return Decision(("trade_total", None, 0), (mm.start(), mm.end()))
