"""A mirror gap against the two counts it is the difference of: "China's customs data show
exports of these items to India at US$ 13.9 billion ..., while Indian records ... show
imports of US$ 11.2 billion from China, a gap of US$ 2.7 billion". One country's exports to
another and that other's imports from it are two counts of one flow, kept by two countries
(link/flow_gaps.mirror_gaps reads the gap and finds them); the gap is the larger less the
smaller, whichever side records more. Such a gap is no balance, so it never enters the
constraint system: it is checked here, on its own figures, allowing for their rounding. So is a
gap between two prices per one unit ("averaged US$38.46 a barrel ..., against US$64.77 for
West Texas Intermediate, a gap of US$26.31"; link/flow_gaps.price_operands finds them)."""
from __future__ import annotations

import re

from ..link.flow_gaps import gap_share_owner, mirror_operands
from ..model import Claim, Finding
from .amounts import gap_fits
from .catalogue import Severity, Status, render
from .format import money, price

# a difference this large is written as money is ("$1.2bn"), not to its cents
_LARGE_MONEY = 10_000


def findings(text: str, claims: list[Claim]) -> list[Finding]:
    out = _price_gaps(claims)
    for i, g in enumerate(claims):
        if not g.extra.get("_mirror_gap") or g.native_low is None or g.native_high is None:
            continue
        pair = mirror_operands(claims, i)
        if pair is None:
            continue
        x, m = pair
        if None in (x.native_low, x.native_high, m.native_low, m.native_high):
            continue
        lo, hi = x.native_low - m.native_high, x.native_high - m.native_low  # exports less imports
        # the gap is said without a sign (or signed either way): compare magnitudes
        small = 0.0 if lo <= 0 <= hi else min(abs(lo), abs(hi))
        large = max(abs(lo), abs(hi))
        glo, ghi = sorted((abs(g.native_low), abs(g.native_high)))
        fits = glo <= large and small <= ghi
        diff = (x.value or 0) - (m.value or 0)
        fields = {"exporter": x.reporter, "exports": money(x.value, x.currency), "importer": m.reporter,
                  "imports": money(m.value, m.currency), "difference": money(abs(diff), g.currency),
                  "stated": money(abs(g.value), g.currency)}
        out.append(Finding(id="", check="sum", status=Status.CONSISTENT if fits else Status.INCONSISTENT,
                           severity=Severity.INFO if fits else Severity.ERROR, claims=[g.id, x.id, m.id],
                           spans=[(c.start, c.end) for c in (g, x, m)],
                           message=render("sum", "mirror_gap", fits, fields), expected=abs(diff), observed=abs(g.value)))
        share = claims[i + 1] if i + 1 < len(claims) else None
        if share is not None and share.extra.get("_mirror_gap_share"):
            f = _share_finding(text, g, share, x, m)
            if f is not None:
                out.append(f)
    return out


def _share_finding(text: str, g: Claim, share: Claim, x: Claim, m: Claim) -> Finding | None:
    """"a gap of US$ 2.7 billion, or about 19% of the value reported by China": the gap over
    that country's count, against the share."""
    owner = gap_share_owner(text, share)
    whole = x if x.reporter == owner else (m if m.reporter == owner else None)
    lo, hi = share.extra.get("factor_low", share.factor), share.extra.get("factor_high", share.factor)
    if whole is None or None in (lo, hi, whole.value) or not whole.native_low or whole.native_low <= 0:
        return None
    glo, ghi = sorted((abs(g.native_low), abs(g.native_high)))
    rlo, rhi = glo / whole.native_high, ghi / whole.native_low
    fits = rlo <= hi and lo <= rhi
    ratio = abs(g.value) / whole.value
    fields = {"gap": money(abs(g.value), g.currency), "owner": whole.reporter, "whole": money(whole.value, whole.currency),
              "ratio": f"{ratio * 100:.1f}%", "text": share.text}
    return Finding(id="", check="ratio", status=Status.CONSISTENT if fits else Status.INCONSISTENT,
                   severity=Severity.INFO if fits else Severity.ERROR, claims=[share.id, g.id, whole.id],
                   spans=[(c.start, c.end) for c in (share, g, whole)],
                   message=render("ratio", "mirror_gap_share", fits, fields), expected=round(ratio * 100, 1),
                   observed=round((share.factor or 0) * 100, 1))


def _price_gaps(claims: list[Claim]) -> list[Finding]:
    """Each gap between two prices against the larger price less the smaller (the gap is said
    without a sign, whichever price is the higher), allowing for the figures' rounding."""
    out = []
    by_start = {c.start: c for c in claims}
    for g in claims:
        starts = g.extra.get("_price_gap")
        if not starts or g.native_low is None or g.native_high is None:
            continue
        a, b = by_start.get(starts[0]), by_start.get(starts[1])
        if a is None or b is None or None in (a.native_low, a.native_high, b.native_low, b.native_high):
            continue
        fits = gap_fits(a, b, g)
        diff = abs((a.value or 0) - (b.value or 0))
        fields = {"one": a.text, "other": b.text, "difference": _written_like(diff, g), "stated": g.text}
        out.append(Finding(id="", check="sum", status=Status.CONSISTENT if fits else Status.INCONSISTENT,
                           severity=Severity.INFO if fits else Severity.ERROR, claims=[g.id, a.id, b.id],
                           spans=[(c.start, c.end) for c in (g, a, b)],
                           message=render("sum", "price_gap", fits, fields), expected=diff, observed=abs(g.value or 0)))
    return out


# a price's cents: the digits after its decimal point
_DECIMALS = re.compile(r"\.(\d+)")


def _written_like(value: float, gap: Claim) -> str:
    """The prices' difference written as the stated gap is: to its cents where it is a
    price ("US$26.31" -> "$26.31"), in millions or billions where it is large."""
    if value >= _LARGE_MONEY:
        return money(value, gap.currency)
    cents = _DECIMALS.search(gap.text)
    return price(value, gap.currency, len(cents[1]) if cents else 0)
