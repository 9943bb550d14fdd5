"""Shared by `ratio` and `percent_change`: a relation says new/old lies in an interval, for
the same quantity at two periods."""
from __future__ import annotations

from ..model import Claim
from .format import money, ratio
from .system import Group, Model, factor_rows, key_of, stated


def add_growth(model: Model, c: Claim, check: str, describe) -> None:
    if not c.period or not c.base_period or c.period == c.base_period:
        return
    lo, hi = c.extra.get("factor_low"), c.extra.get("factor_high")
    wanted = c.extra.get("currency")
    for cur in sorted(model.currencies):
        if wanted and cur != wanted:
            continue
        kt = key_of(c, period=c.period)
        kb = key_of(c, period=c.base_period)
        if kt is None or kb is None:
            return
        kt, kb = kt._replace(currency=cur), kb._replace(currency=cur)
        if kt not in model.vars and kb not in model.vars:
            continue
        it, ib = model.var(kt), model.var(kb)
        model.add(Group(check, [c.id], factor_rows(model, it, ib, lo, hi),
                        explain=_explain(c, it, ib, describe)))


def _explain(c: Claim, it: int, ib: int, describe):
    def explain(model: Model):
        new, old = stated(model, it), stated(model, ib)
        if new is not None and old is not None and old.value:
            obs = new.value / old.value
            arith = (f"{money(new.value, new.currency)} ({new.period}) / {money(old.value, old.currency)} "
                     f"({old.period}) = {ratio(obs)}")
            return f"{arith}, {describe(c, obs)}", c.factor, round(obs, 4)
        side = "an earlier" if old is None else "a later"
        return (f"\"{c.text}\" ({c.period} against {c.base_period}) implies {side} figure that "
                f"the other stated figures do not allow"), c.factor, None
    return explain
