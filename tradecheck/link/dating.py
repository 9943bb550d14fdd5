"""The period of a claim and, for a change, the period it compares with: a date right after
the figure, else the nearest before it, else what the text is talking about."""
from __future__ import annotations

import re

from .. import periods as P
from .context import State
from .cues import FROM_BEFORE


def learn_gap(state: State, period: str, base: str) -> None:
    a, b = P.parse(period), P.parse(base)
    if a and b and a[0] == a[1] and b[0] == b[1] and 0 < a[0] - b[0] < 12:
        state.month_gap = a[0] - b[0]


def period_for(text, sent, m, kind, resolved, ctx, state, prev_claim=None, prev_end=None, last_relation=None):
    """(period, how, base period, how) for a number."""
    per = how = base = base_how = None
    after_limit = m.end + 45
    # A period right after the number ("$5.25bn in 2022", "($33mn)" after "in 2021",
    # "$51.8 billion the year before") binds tightest.
    direct = None
    for pm, p, h in resolved:
        if m.end <= pm.start <= after_limit:
            gap = text[m.end:pm.start]
            if re.fullmatch(r"\s*(?:\)|,)?\s*(?:(?:recorded|registered|reported|seen|posted|a|the|was|were)\s+)*(?:in|during|for|of|at|over)?\s*(?:the\s+)?(?:\()?\s*", gap):
                direct = (pm, p, h)
            break
    before = [(pm, p, h) for pm, p, h in resolved if pm.end <= m.start and not pm.args.get("target")]
    lead_before = text[max(sent.start, m.start - 45):m.start]
    if kind == "amount" and direct is None and FROM_BEFORE.search(lead_before) and re.search(r"\bfrom\s", lead_before[-30:]):
        # "to $3.3bn, from $0.9bn": the earlier level, at the comparison's base period
        rel = last_relation if last_relation is not None else prev_claim
        if rel is not None and rel.base_period and rel.kind != "amount":
            return P.parse(rel.base_period), "context", None, None
        cue = next(((pm, p, h) for pm, p, h in resolved if pm.base_cue and pm.start >= sent.start), None)
        if cue is not None and cue[0].kind not in ("rel", "same"):
            return cue[1], cue[2], None, None
        if prev_claim is not None and prev_claim.period:
            return P.shift(P.parse(prev_claim.period), -12), "guess", None, None
    if kind == "amount" and before and before[-1][0].base_cue and direct is None:
        # "from March 2023, to $41.68bn": a base period does not date the new level
        gap = text[before[-1][0].end:m.start]
        if not (re.search(r"\b(?:when|where|then)\b|\(\s*(?:about|around|some|roughly)?\s*$", gap) or len(gap.strip()) <= 2):
            before = [b for b in before if not b[0].base_cue]
    if kind in ("multiple", "percent_change"):
        main = [(pm, p, h) for pm, p, h in before if not pm.base_cue and pm.kind != "rel" or pm.args.get("w") in ("last year", "this year", "last month")]
        after_main = [(pm, p, h) for pm, p, h in resolved if pm.start >= m.end and not pm.base_cue
                      and (pm.kind != "rel" or pm.args.get("w") in ("last year", "this year", "last month"))
                      and pm.start - m.end < 30 and not re.search(r"[,:;]", text[m.end:pm.start])]
        if after_main and not main:
            per, how = after_main[0][1], after_main[0][2]
        elif main:
            per, how = main[-1][1], main[-1][2]
        elif state.period or ctx.main_period:
            per, how = state.period or ctx.main_period, "context"
        # The base: the first comparison period after the relation, in the same sentence.
        for pm, p, h in resolved:
            if pm.start >= m.end and (pm.base_cue or pm.kind in ("rel", "same")):
                if pm.kind in ("rel", "same") and per is not None:
                    p2, h2 = P.resolve(pm, ctx.published, per, ctx.fiscal_start)
                    if pm.kind == "rel" and pm.args.get("w") in ("last year", "this year", "last month", "this month"):
                        continue
                    if p2 is not None:
                        base, base_how = p2, h2
                        break
                else:
                    base, base_how = p, h
                    break
        if base is None:
            # "since 2021" / "from 2021" may come before the figure too
            for pm, p, h in reversed(before):
                if pm.base_cue:
                    base, base_how = p, h
                    break
        if per is not None and base is not None and P.year_of(base) > P.year_of(per):
            base = None
        return per, how, base, base_how
    if direct is not None:
        pm, p, h = direct
        if pm.kind in ("rel", "same"):
            ref = None
            for q, pp, hh in reversed(before):
                if not q.base_cue:
                    ref = pp
                    break
            ref = ref or state.period or ctx.main_period
            p2, h2 = P.resolve(pm, ctx.published, ref, ctx.fiscal_start)
            if p2 is not None:
                return p2, h2, None, None
        return p, h, None, None
    if before:
        # The nearest period before the number; a comparison base ("than in 2021")
        # still dates a figure that follows it ("... than in 2021 ($33mn)").
        pm, p, h = before[-1]
        if pm.kind in ("rel", "same"):
            ref = state.period or ctx.main_period
            for q, pp, hh in reversed(before[:-1]):
                if not q.base_cue:
                    ref = pp
                    break
            p2, h2 = P.resolve(pm, ctx.published, ref, ctx.fiscal_start)
            if p2 is not None:
                return p2, h2, None, None
        return p, h, None, None
    later = [(pm, p, h) for pm, p, h in resolved if pm.start >= m.end and not pm.base_cue]
    if later and later[0][0].start - m.end < 60 and not re.search(r"[;$€£¥]|\d", text[m.end:later[0][0].start]):
        return later[0][1], later[0][2], None, None
    if state.period:
        return state.period, "context", None, None
    if ctx.main_period:
        return ctx.main_period, "context", None, None
    return None, "guess", None, None


def default_base(per: P.Period, state: "State | None" = None) -> P.Period:
    """Unless the text says otherwise, a change compares with the same period a year
    earlier; a monthly figure in a text that has compared months with the month before
    (a monthly release) compares with the month before."""
    if state is not None and state.month_gap and per[0] == per[1]:
        return P.shift(per, -state.month_gap)
    return P.shift(per, -12)
