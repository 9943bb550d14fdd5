"""A mirror gap against the two counts it is the difference of: "China's customs data show
exports of these items to India at US$ 13.9 billion ..., while Indian records ... show
imports of US$ 11.2 billion from China, a gap of US$ 2.7 billion". One country's exports to
another and that other's imports from it are two counts of one flow, kept by two countries
(link/flow_gaps.mirror_gaps reads the gap and finds them); the gap is the larger less the
smaller, whichever side records more. Such a gap is no balance, so it never enters the
constraint system: it is checked here, on its own figures, allowing for their rounding."""
from __future__ import annotations

from ..link.flow_gaps import gap_share_owner, mirror_operands
from ..model import Claim, Finding
from .catalogue import Severity, Status, render
from .format import money


def findings(text: str, claims: list[Claim]) -> list[Finding]:
    out = []
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
