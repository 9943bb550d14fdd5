"""Trade a measure covers, as a share of the flow it is part of.

"The tariffs cover about $250 billion of imports from China, or 46% of the total", after
"the United States imported $539.5 billion of goods from China": the covered trade is read
as other money (link/measures.py covered_by_a_measure: no flow of a period), so the model
never relates it to the flow. But its share "of the total" is of that flow, the one its own
"of imports" names, whose level the paragraph gave just before: the two figures give it.
Only where the words tie all three (a coverage verb of vocab/coverage_cues.csv before the
figure, "of <flow>" after it, ", or P% of the total") and one level of that flow, pair and
currency stands before it in its paragraph is anything flagged."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..link.cues import HEDGE
from ..model import Claim, Finding
from .other_money import _range, _share_finding


@functools.cache
def _covered_res() -> tuple[re.Pattern, re.Pattern]:
    verb = vocab.alternation(vocab.coverage_cues("verb"), ignore_case=True, space=r"\s+")
    flows = vocab.alternation([w for w, (measure, _) in vocab.flows().items() if measure in ("exports", "imports") and w == measure],
                              ignore_case=True)
    before = re.compile(rf"\b(?:{verb})\s+{HEDGE}$", re.I)
    # "$250 billion" | " of imports from China, or " | "46%" (no figure, no clause's end between)
    between = re.compile(rf"\s+(?:worth\s+)?of\s+(?P<flow>{flows})\b[^.;%\d$€£¥]{{0,40}}?,\s+or\s+{HEDGE}$", re.I)
    return before, between


def findings(text: str, claims: list[Claim]) -> list[Finding]:
    """An inconsistent finding for each covered trade's share of its flow that the flow's level
    before it cannot give."""
    if " of the total" not in text:  # (cheap literal first)
        return []
    before_re, between_re = _covered_res()
    ordered = sorted(claims, key=lambda c: c.start)
    out = []
    for k in range(1, len(ordered)):
        c, part = ordered[k], ordered[k - 1]
        if c.kind != "share" or c.extra.get("_whole") != "the total" or c.factor is None or part.kind != "amount" \
                or part.measure != "other" or part.sentence != c.sentence or _range(part) is None:
            continue
        tie = between_re.fullmatch(text, part.end, c.start)
        if tie is None or not before_re.search(text, max(0, part.start - 60), part.start):
            continue
        measure = vocab.flows()[tie["flow"].lower()][0]
        wholes = [w for w in ordered[:k - 1] if w.kind == "amount" and w.paragraph == part.paragraph and w.measure == measure
                  and (w.reporter, w.partner, w.currency) == (part.reporter, part.partner, part.currency)
                  and not w.extra.get("_forecast") and _range(w) is not None]
        if not wholes:
            continue
        whole = wholes[-1]  # (the nearest level of that flow before it)
        (p_lo, p_hi), (w_lo, w_hi) = _range(part), _range(whole)
        low, high = c.extra.get("factor_low", c.factor), c.extra.get("factor_high", c.factor)
        if p_lo / w_hi <= high and low <= p_hi / w_lo:
            continue
        out.append(_share_finding(part, c, whole))
    return out
