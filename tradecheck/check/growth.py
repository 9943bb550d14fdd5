"""Shared by `ratio` and `percent_change`: a relation says new/old lies in an interval, for
the same quantity at two periods."""
from __future__ import annotations

from ..model import Claim
from ..periods import whole_years_apart
from .catalogue import Explanation
from .format import money, pct_change, ratio
from .system import Group, Model, currencies, factor_rows, key_of, stated


POSITIVE = 1e-3  # in the currency's scale (about the size of its figures)
# characters within which a level in another currency restates the change's new level
_CONVERSION_NEAR = 80


def add_growth(model: Model, c: Claim, check: str, describe, unstated: bool = False) -> None:
    """`describe(c, new/old)`: the variant of `check`'s message and the fields it adds to
    the arithmetic of the two levels. `unstated`: add the relation even when neither level
    is stated (its flow's parts and whole tie it to the others: "trade up 38%, with exports
    rising 27% and imports 45%")."""
    if not c.period or not c.base_period or c.period == c.base_period:
        return
    lo, hi = c.extra.get("factor_low"), c.extra.get("factor_high")
    years = _years(c)
    if c.extra.get("yearly_rate"):
        if years is None:
            return
        # an average yearly rate compounds: over n years the levels' ratio is (1+r)^n
        lo, hi = (lo ** years if lo is not None else None), (hi ** years if hi is not None else None)
    wanted = c.extra.get("currency") or _currency_of_restatement(model, c)
    added, both, base_stated = [], [], []
    for cur in currencies(model):
        if wanted and cur != wanted:
            continue
        kt = key_of(c, period=c.period)
        kb = key_of(c, period=c.base_period)
        if kt is None or kb is None:
            return
        kt, kb = kt._replace(currency=cur), kb._replace(currency=cur)
        if kt not in model.vars and kb not in model.vars and not (unstated and cur == (wanted or "USD")) \
                and not _flows_stated(model, c, cur):
            continue
        if c.extra.get("yearly_rate") and not (_stated(model, kt) and _stated(model, kb)):
            continue  # a yearly rate says nothing checkable of one end alone
        it, ib = model.var(kt), model.var(kb)
        if unstated and kb.measure != "balance":
            # a flow that changed by a percentage was not zero: without this, all-zero
            # levels would satisfy any set of changes
            model.add(Group("bound", [], [({ib: 1.0}, POSITIVE, None)], removable=False, relation=False))
        model.add(Group(check, [c.id], factor_rows(model, it, ib, lo, hi),
                        explain=_explain(c, it, ib, describe, years if c.extra.get("yearly_rate") else None),
                        growth=(it, ib, lo, hi)))
        added.append(cur)
        if model.amounts.get(ib) or not any(abs(o.start - c.start) < _CONVERSION_NEAR for o in model.amounts.get(it, [])):
            base_stated.append(cur)  # (or no conversion of the new level right by the change)
            if model.amounts.get(it) and model.amounts.get(ib):
                both.append(cur)
    if len(added) > 1 and both and not wanted and len(base_stated) > 1:
        # (where only one currency states the base level, "$3.7bn, or about 6.3bn manats,
        # 9% less than in 2024 ($4.1bn)", the other's figure, right by the change, is a
        # conversion of the new level alone: the change is read on the levels of both ends)
        # the same change set on the flow in each currency, where one currency states both
        # its levels (and so a change of its own): the change may be the other currency's
        model.memo.setdefault("currency_unstated", {})[c.id] = added


def _currency_of_restatement(model: Model, c: Claim) -> str | None:
    """The currency of a change that states none ("Türkiye's exports rise 4.1%" in a
    headline) where the text restates it with one ("exports rose 4.1% ... to $22.6 billion"):
    in a text with levels in two currencies, it is the restatement's change, never one of
    the other currency's levels."""
    if len(model.currencies) < 2:
        return None
    own = key_of(c)
    if own is None:
        return None
    found = {o.extra["currency"] for o in model.claims.values()
             if o is not c and o.kind == c.kind and o.extra.get("currency") and o.factor == c.factor
             and o.base_period == c.base_period and (k := key_of(o)) is not None
             and k._replace(currency="") == own._replace(currency="")}
    return found.pop() if len(found) == 1 else None


def _years(c: Claim) -> int | None:
    """The number of years from a change's base period to its period, where both are years
    (calendar or fiscal, of the same months)."""
    return whole_years_apart(c.base_period, c.period)


def _stated(model: Model, k) -> bool:
    return k in model.vars and bool(model.amounts.get(model.vars[k]))


def _flows_stated(model: Model, c: Claim, cur: str) -> bool:
    """Whether a change of trade has both flows at both its periods ("trade more than tripled
    from 2000 to 2008: exports reached 78 billion euro in 2008, against 26 bn in 2000, while
    imports increased to 248 bn, up from 75 bn"): the totals they make are tied to it."""
    if c.measure != "trade_total":
        return False
    keys = [key_of(c, period=per, measure=m) for per in (c.period, c.base_period) for m in ("exports", "imports")]
    return all(k is not None and k._replace(currency=cur) in model.vars for k in keys)


def _explain(c: Claim, it: int, ib: int, describe, years: int | None = None):
    """`years`: a yearly rate's span, over which the levels' ratio is compounded."""
    def explain(model: Model) -> Explanation:
        new, old = stated(model, it), stated(model, ib)
        if new is None or old is None or not old.value:
            fields = {"text": c.text, "period": c.period, "base_period": c.base_period,
                      "side": "an earlier" if old is None else "a later"}
            return Explanation("level_not_stated", fields, c.factor)
        obs = new.value / old.value
        fields = {"new": money(new.value, new.currency), "new_period": new.period,
                  "old": money(old.value, old.currency), "old_period": old.period, "ratio": ratio(obs)}
        if years is not None and obs > 0:
            yearly = obs ** (1 / years)
            words = {"years": years, "change": pct_change(yearly), "text": c.text, "stated_change": pct_change(c.factor),
                     "bound": c.bound}
            return Explanation("yearly_change", {**fields, **words}, c.factor, round(yearly, 4))
        variant, words = describe(c, obs)
        return Explanation(variant, {**fields, **words}, c.factor, round(obs, 4))
    return explain
