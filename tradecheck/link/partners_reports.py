"""Shares of the flow a country's partners report with it (mirror data): "partners reported
exports to Syria of about $4.9 billion ... Türkiye was the largest supplier at about $2.1
billion, or 43% of the partners' reported exports". The whole, "the partners' exports", is
the world's exports to the country as its partners count them; the part is one partner's
exports to it (which the country would count as its imports from that partner), so the
share and its money take that pair and flow, the partner reporting, and the whole is the
world's flow with the country."""
from __future__ import annotations

import re

from ..model import Claim

# ", or 43% of the partners' reported exports": the whole a share names after it
_OF_PARTNERS_FLOW = re.compile(r"\s*,?\s*of\s+(?:the\s+|their\s+|its\s+)?(?:trading\s+)?partners['’]\s+"
                               r"(?:(?:reported|recorded|declared|total|combined|own)\s+)*(?P<f>exports|imports)\b", re.I)
_OTHER = {"exports": "imports", "imports": "exports"}


def shares_of_the_partners_reports(text: str, claims: list[Claim]) -> None:
    if "partners" not in text:
        return  # (cheap: most texts name no partners' counts)
    for k, share in enumerate(claims):
        if k == 0 or share.kind != "share":
            continue
        m = _OF_PARTNERS_FLOW.match(text, share.end)
        part = claims[k - 1]
        if m is None or part.kind != "amount" or part.sentence != share.sentence:
            continue
        flow = m["f"].lower()
        # (the partners' own count the text gave before: the world's flow with one country)
        whole = next((c for c in reversed(claims[:k - 1]) if c.kind == "amount" and c.reporter == "WLD"
                      and c.measure == flow and c.partner not in (None, "WLD")), None)
        if whole is None:
            continue
        country = whole.partner
        if part.reporter == country and part.measure == _OTHER[flow] and part.partner not in (None, "WLD", country):
            partner = part.partner  # (read as the country's count: "the largest supplier" of its imports)
        elif part.partner == country and part.measure == flow and part.reporter not in (None, "WLD"):
            partner = part.reporter
        else:
            continue  # (the part's pair is not one partner's with that country: the words are not read)
        for c in (part, share):
            c.reporter, c.partner, c.measure = partner, country, flow
            for key in ("reporter_group", "partner_group"):
                c.extra.pop(key, None)
            c.how["pair"] = c.how["measure"] = "partners-reported-whole"
            c.basis["pair"] = c.basis["measure"] = "text"
        share.extra["_whole_reporter"] = "WLD"
