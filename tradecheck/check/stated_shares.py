"""Two shares of one part in one whole, each stated on its own: "Kenya takes 38% of Uganda's
tea exports" in a headline and "Kenya bought 4.1 million kg, or 48 per cent of Uganda's tea
exports" in the body must agree once each figure's rounding is allowed for (the `duplicate`
check, on shares no stated level ties together).

Only a share of a pair's flow in the reporter's flow with the world, both read from their own
words (measure, pair, period and product none of them a guess). A share of a quantity and a
share of money may differ: a share right after a level of a quantity ("4.1 million kg, or
48%") is of the quantity, one right after money of the money, and one with neither beside it
is set against the other only where the text states no money for the series at all (then
both are of the quantity the text gives)."""
from __future__ import annotations

import functools
import re

from ..model import Claim, Finding
from .catalogue import Severity, Status, render
from .format import quantity_label
from .system import QKey
from .volumes import level_pattern

# how far before a share its level may end ("9.2 million kg, or 56 per cent")
_REACH = 40


@functools.cache
def _level_before_re() -> re.Pattern:
    # (a level, then at most a comma and a word or two: "or", "accounting for", "about")
    return re.compile(level_pattern().format(i=0) + r"[^.;\d$€£¥%]{0,24}$", re.I)


_MONEY_BEFORE = re.compile(r"[$€£¥₹]\s?\d[\d,.]*(?:\s*(?:million|billion|bn|mn|m|crore|lakh|trillion))?[^.;\d%]{0,24}$", re.I)


def _basis(text: str, c: Claim) -> str | None:
    """"quantity" or "money" for a share whose level stands right before it, else None."""
    window = text[max(0, c.start - _REACH):c.start]
    if not any(ch.isdigit() for ch in window):
        return None  # (cheap: most shares follow no figure)
    if _MONEY_BEFORE.search(window):
        return "money"
    if _level_before_re().search(window):
        return "quantity"
    return None


def _series(c: Claim) -> tuple:
    return (c.measure, c.reporter, c.partner, c.period, c.commodity, c.scope)


def _read_from_words(c: Claim) -> bool:
    return all(c.basis.get(k) == "text" for k in ("measure", "period", "pair", "commodity"))


def findings(text: str, claims: list[Claim], flagged: set[str]) -> list[Finding]:
    """A duplicate finding for each series of which two stated shares disagree (the first
    pair of them only), unless a finding already holds either share."""
    shares = [c for c in claims if c.kind == "share" and c.factor is not None and c.bound == "eq"
              and c.measure in ("exports", "imports") and c.commodity and c.reporter and c.partner
              and c.partner != "WLD" and c.extra.get("_main_partner") == "WLD" and not c.extra.get("_whole")
              and not c.extra.get("whole") and c.id not in flagged and _read_from_words(c)]
    if len(shares) < 2:
        return []
    out = []
    done = set()
    for k, a in enumerate(shares):
        for b in shares[k + 1:]:
            if _series(a) != _series(b) or _series(a) in done:
                continue
            lo_a, hi_a = a.extra.get("factor_low", a.factor), a.extra.get("factor_high", a.factor)
            lo_b, hi_b = b.extra.get("factor_low", b.factor), b.extra.get("factor_high", b.factor)
            if lo_a <= hi_b and lo_b <= hi_a:
                continue
            ba, bb = _basis(text, a), _basis(text, b)
            if ba and bb and ba != bb:
                continue  # (of a quantity and of money: they may differ)
            if (ba or bb) != "quantity" and (ba is None or bb is None) and ba != bb:
                continue  # (one of money, one unsaid: the unsaid one may be of the quantity)
            if None in (ba, bb) and "quantity" in (ba, bb) and _money_of(claims, a):
                continue  # (the text gives money of the series too: the unsaid share may be of it)
            done.add(_series(a))
            key = QKey(a.measure, a.reporter, a.partner, a.period, a.commodity, "", None, None)
            whole = quantity_label(key._replace(partner="WLD"))
            figures = ", ".join(f"{x.factor * 100:g}% (\"{x.text}\")" for x in (a, b))
            out.append(Finding(id="", check="duplicate", status=Status.INCONSISTENT, severity=Severity.ERROR,
                               claims=[a.id, b.id], spans=[(a.start, a.end), (b.start, b.end)],
                               message=render("duplicate", "shares", False,
                                              {"part": a.partner, "whole": whole, "figures": figures}),
                               expected=None, observed=b.factor * 100))
    return out


def _money_of(claims: list[Claim], s: Claim) -> bool:
    """Whether the text states money of the share's series (its part or its whole)."""
    return any(c.kind == "amount" and c.currency and c.measure == s.measure and c.reporter == s.reporter
               and c.period == s.period and c.commodity == s.commodity and c.partner in (s.partner, "WLD")
               for c in claims)
