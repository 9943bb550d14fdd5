"""`sum`: a trade total is exports plus imports, a balance is exports minus imports, for
the same reporter, partner, period, commodity and currency. Missing terms become
unknowns, so "exports above the total" shows up even when imports are never stated."""
from __future__ import annotations

from .format import money
from .system import Group, Model, QKey, stated


def add(model: Model) -> None:
    seen = set()
    for key in list(model.keys):
        if key.measure not in ("trade_total", "balance") or key in seen:
            continue
        seen.add(key)
        views = [(key.reporter, key.partner)]
        if key.measure == "trade_total":
            views.append((key.partner, key.reporter))
        for rep, par in views:
            x = QKey("exports", rep, par, key.period, key.commodity, key.currency, key.source)
            m = QKey("imports", rep, par, key.period, key.commodity, key.currency, key.source)
            if x not in model.vars and m not in model.vars:
                continue
            ix, im, ik = model.var(x), model.var(m), model.vars[key]
            if key.measure == "trade_total":
                rows = [({ik: 1.0, ix: -1.0, im: -1.0}, 0.0, 0.0)]
                model.add(Group("sum", [], rows, explain=_explain(ik, ix, im, "+")))
            else:
                rows = [({ik: 1.0, ix: -1.0, im: 1.0}, 0.0, 0.0)]
                model.add(Group("sum", [], rows, explain=_explain(ik, ix, im, "-")))


def _explain(ik, ix, im, op):
    def explain(model: Model):
        k, x, m = stated(model, ik), stated(model, ix), stated(model, im)
        what = "total" if op == "+" else "balance"
        if x is not None and m is not None:
            v = x.value + m.value if op == "+" else x.value - m.value
            stated_k = f", but the {what} is stated as {money(k.value, k.currency)}" if k is not None else ""
            return (f"exports {money(x.value, x.currency)} {op} imports {money(m.value, m.currency)} = "
                    f"{money(v, x.currency)}{stated_k}"), v, (k.value if k is not None else None)
        known = [f"{n} {money(c.value, c.currency)}" for n, c in (("the " + what, k), ("exports", x), ("imports", m)) if c is not None]
        return (f"{' and '.join(known)} cannot both hold: {what} = exports {op} imports "
                f"would need a negative flow"), None, None
    return explain
