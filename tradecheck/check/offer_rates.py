"""The rate of a sale against the lot offered and the part of it sold, in one sentence:
"12,000 bales were offered and 10,800 bales were sold, a clearance rate of 90%" (sold over
offered); "..., a pass-in rate of 10%" (the part left unsold over offered).

Quantities are no claims (see check/volumes.py), so this reads the words alone
(vocab/offer_rates.csv). Only a sentence with exactly one level before the words of an offer
and one before the words of a sale, both of one unit, is checked: with more, which level the
rate is of would be a guess."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..link.cues import HEDGE
from ..model import Finding
from .volumes import PER_CENT, _level, _level_re, _same_unit, _share_figures


@functools.cache
def _words() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for r in vocab.table("offer_rates"):
        out.setdefault(r["role"], []).append(r["phrase"])
    return out


@functools.cache
def _rate_re() -> re.Pattern:
    """The rate's name and its per cent ("a clearance rate of 91.6 percent"), group r the name."""
    words = _words()
    rates = vocab.alternation(words["rate_sold"] + words["rate_unsold"], ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?P<r>{rates})\s+(?:of|was|at|stood\s+at|came\s+to)?\s*{HEDGE}"
                      rf"(?P<p>\d+(?:\.\d+)?)\s*{PER_CENT}", re.I)


@functools.cache
def _role_re(role: str) -> re.Pattern:
    """The words right after a level that make it the lot offered or the part sold."""
    words = vocab.alternation(_words()[role], ignore_case=True, space=r"\s+")
    return re.compile(rf"\s+(?:{words})\b", re.I)


def findings(text: str, sentences) -> list[Finding]:
    out = []
    for sent in sentences:
        low = text[sent.start:sent.end].lower()
        if "rate" not in low or "offer" not in low:
            continue  # (cheap test: no rate of an offer)
        out += _sentence(text, sent)
    return out


def _sentence(text: str, sent) -> list[Finding]:
    rates = list(_rate_re().finditer(text, sent.start, sent.end))
    if len(rates) != 1:
        return []
    rate = rates[0]
    levels = list(_level_re(1).finditer(text, sent.start, rate.start()))
    offered = [o for o in levels if _role_re("offered").match(text, o.end())]
    sold = [o for o in levels if _role_re("sold").match(text, o.end())]
    if len(offered) != 1 or len(sold) != 1 or not _same_unit(offered[0]["u1"], sold[0]["u1"], None):
        return []  # (no one offer and one sale of one unit: which levels the rate is of is a guess)
    o, s = offered[0], sold[0]
    whole, part = _level(o["n1"], o["s1"], o["u1"]), _level(s["n1"], s["s1"], s["u1"])
    if whole is None or part is None or part[0] > whole[0]:
        return []
    part_text = " ".join(filter(None, (s["n1"], s["s1"], s["u1"])))
    if " ".join(rate["r"].lower().split()) in _words()["rate_unsold"]:
        # (the part left unsold: the offer less the sale, each rounded as written)
        part = (whole[0] - part[0], whole[1] + part[1])
        part_text = f"({' '.join(filter(None, (o['n1'], o['s1'], o['u1'])))} - {part_text})"
        if part[0] <= 0:
            return []
    m = {"n0": o["n1"], "s0": o["s1"], "u0": o["u1"], "p": rate["p"]}
    return _share_figures(part, part_text, (s.start("n1"), s.end("u1")), m, rate.span("p"), (o.start("n1"), o.end("u1")))
