"""A share of money whose part and whole the one sentence states: "Tea earned $1.2 billion,
accounting for 20 percent of the country's farm exports of $6 billion". The part is the money
right before the tie (vocab/quantity_share_ties.csv, "same"), the whole the money right after
the name of the whole, both in one currency as written: the words relate them, so the share is
checked on the two figures alone, whatever the pair, period or product read for the claims
(an undated article leaves its claims no period, and the constraint system then never relates
them). Only where no other finding already holds the share's claim (no second report)."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..link.cues import HEDGE
from ..model import Claim, Finding
from .volumes import PER_CENT, _level, _share_figures


@functools.cache
def _prefix_currencies() -> dict[str, str]:
    """Each token written before an amount (vocab/currencies.csv), lower-cased, and the
    currency it means by default: "US$" and "$" are both dollars, "A$" is not."""
    return {r["token"].lower(): r["codes"][0] for r in vocab.currencies() if r["position"] in ("prefix", "both")}


def _money(i: int) -> str:
    """An amount written with a currency before it and an optional scale word, its groups
    numbered `i` (c: the currency, n: the number, s: the scale)."""
    cur = vocab.alternation(list(_prefix_currencies()), ignore_case=True)
    scale = vocab.alternation(list(vocab.scales()), ignore_case=True)
    return rf"(?<![\w.])(?P<c{i}>{cur})\s?(?P<n{i}>\d[\d,]*(?:\.\d+)?)(?:\s*(?P<s{i}>{scale})\b)?"


@functools.cache
def _share_re() -> re.Pattern:
    """The part's money, a few words with no figure (a period: "last month"), a comma and a
    tie, the share, "of" the whole's name (no figure in it) and "of" the whole's money."""
    ties = vocab.alternation([r["phrase"] for r in vocab.table("quantity_share_ties") if r["where"] == "same"],
                             ignore_case=True, space=r"\s+")
    return re.compile(_money(1) + r"(?P<gap>[^.;,%\d$€£¥()]{0,30}),\s*(?:" + ties + r")\s+" + HEDGE
                      + r"(?P<p>\d+(?:\.\d+)?)\s*" + PER_CENT + r"\s+of\s+(?P<name>[^.;,%\d$€£¥()]{3,60}?)\s+of\s+"
                      + HEDGE + _money(0) + r"(?![\d,.]\d)", re.I)


def _same_currency(a: str, b: str) -> bool:
    codes = _prefix_currencies()
    return codes.get(a.lower()) == codes.get(b.lower()) is not None


def findings(text: str, sentences, claims: list[Claim], covered: set[str]) -> list[Finding]:
    """A ratio finding for each such share its part and whole cannot give."""
    if "%" not in text and "per" not in text.lower():
        return []  # (cheap: no share, nothing to check)
    out = []
    shares = {c.start: c for c in claims if c.kind == "share"}
    for sent in sentences:
        piece = text[sent.start:sent.end]
        if " of " not in piece or not any(ch in piece for ch in "$€£¥₹RUE"):
            continue
        for m in _share_re().finditer(text, sent.start, sent.end):
            if not _same_currency(m["c0"], m["c1"]):
                continue
            claim = shares.get(m.start("p"))
            if claim is not None and claim.id in covered:
                continue  # (a check of the claims already holds it)
            part = _level(m["n1"], m["s1"])
            if part is None:
                continue
            whole = {"n0": m["n0"], "s0": m["s0"], "u0": None, "p": m["p"]}
            out += _share_figures(part, text[m.start("c1"):m.end("s1") if m["s1"] else m.end("n1")],
                                  (m.start("c1"), m.end("n1")), whole, m.span("p"), (m.start("c0"), m.end("n0")))
    return out
