"""Exports and imports of the national accounts: goods and services, not the customs series.

"Exports totalled 1,058 trillion won, or 42.4 percent of GDP" and, later, "total goods
exports of $632.2 billion" (customs): the flow a sentence measures against the output of the
economy is the expenditure side of GDP, goods and services together; a text that also gives
a flow it calls goods gives two series, which must not be read as one figure restated.
So does a text that gives services exports apart ("counted as services exports, 5.3
trillion"): the bare flow measured against GDP is still the goods-and-services one, not
goods alone as a release that writes goods as bare "exports" beside services would mean.
"""
from __future__ import annotations

import re

from ..model import Claim

# what ties a flow to the national accounts in its own sentence ("42.4 percent of GDP",
# "against nominal GDP", "in the national accounts", "real exports")
_NATIONAL_ACCOUNTS = re.compile(r"\b(?:GDP|gross\s+domestic\s+product|national\s+accounts|real\s+(?:exports|imports))\b", re.I)
# the text names goods and services together somewhere ...
_GOODS_AND_SERVICES = re.compile(r"\bgoods\s+and\s+services\b", re.I)
# ... and a flow of goods alone ("goods exports", "exports of goods" not followed by "and services")
_GOODS_ALONE = re.compile(r"\bgoods\s+(?:exports|imports|shipments)\b|\b(?:exports|imports)\s+of\s+goods\b(?!\s+and\s+services)", re.I)


def national_accounts_flows(text: str, claims: list[Claim], sents) -> None:
    """Mark as goods and services a bare export or import amount (no product, no scope) whose
    sentence measures it against GDP, in a text that speaks of goods and services and also
    gives a flow of goods alone or of services alone: the series are kept apart, never
    checked as one, and a goods-and-services balance is set against the national flows."""
    if "goods" not in text or not _GOODS_AND_SERVICES.search(text):
        return  # (cheap: most texts give one series)
    if not _GOODS_ALONE.search(text) and not any(c.kind == "amount" and c.commodity == "services" for c in claims):
        return
    for c in claims:
        if c.kind != "amount" or c.measure not in ("exports", "imports") or c.commodity or c.scope:
            continue
        sent = sents[c.sentence]
        words = text[sent.start:sent.end]
        if _NATIONAL_ACCOUNTS.search(words) and not _GOODS_ALONE.search(words):
            c.scope = "goods and services"
