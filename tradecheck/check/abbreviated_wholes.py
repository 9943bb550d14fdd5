"""A share of a whole the text named by an abbreviation it defined beside that whole's figure:
"their manufacturer's suggested retail price (MSRP) would have totaled $2.76 billion" then
"Goods from there accounted for $1.64 billion, or 59.4% of the total MSRP". The part is the
amount the share restates ("<amount>, or <share>"), the whole the first amount after the
bracketed abbreviation in its sentence; whatever flow either is read as, the words tie them.

Only an abbreviation defined once beside one figure is a whole: defined twice, or with no
figure after it in its sentence, which level it names is a guess, and nothing is checked."""
from __future__ import annotations

import re

from ..link.cues import HEDGE
from ..model import Claim, Finding
from .other_money import _range, _share_finding

# "(MSRP)": a bracket holding only a capitalised abbreviation
_DEFINED = re.compile(r"\(([A-Z]{2,6})\)")
# the words from an abbreviation to its figure: no other figure, no sentence's end
_TO_FIGURE = re.compile(r"[^\d.;%]{0,60}")
# from the part to its share: "$1.64 billion, or 59.4%"
_PART_TO_SHARE = re.compile(rf"\s*,\s*or\s+{HEDGE}")


def findings(text: str, claims: list[Claim]) -> list[Finding]:
    if "(" not in text:  # (cheap test first: no bracket, no abbreviation defined)
        return []
    amounts = [c for c in claims if c.kind == "amount"]
    wholes: dict[str, Claim | None] = {}
    for m in _DEFINED.finditer(text):
        whole = next((c for c in amounts if c.start >= m.end()), None)
        found = whole if whole is not None and _TO_FIGURE.fullmatch(text, m.end(), whole.start) else None
        name = m.group(1)
        wholes[name] = None if name in wholes else found  # (defined twice: which is meant is a guess)
    wholes = {k: v for k, v in wholes.items() if v is not None}
    if not wholes:
        return []
    of_whole = re.compile(rf"\s+of\s+(?:the\s+)?(?:total\s+)?(?:{'|'.join(map(re.escape, wholes))})\b")
    out = []
    for k, c in enumerate(claims):
        if c.kind != "share" or k == 0 or c.factor is None:
            continue
        mm = of_whole.match(text, c.end)
        part = claims[k - 1]
        if mm is None or part.kind != "amount" or not _PART_TO_SHARE.fullmatch(text, part.end, c.start):
            continue
        whole = wholes[mm.group(0).split()[-1]]
        r_part, r_whole = _range(part), _range(whole)
        lo, hi = c.extra.get("factor_low", c.factor), c.extra.get("factor_high", c.factor)
        if whole is part or part.currency != whole.currency or part.period != whole.period \
                or None in (r_part, r_whole, lo, hi) or lo <= 0:
            continue
        if lo <= r_part[1] / r_whole[0] and r_part[0] / r_whole[1] <= hi:
            continue
        out.append(_share_finding(part, c, whole))
    return out
