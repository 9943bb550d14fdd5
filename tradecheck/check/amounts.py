"""Stated amounts: each bounds the quantity it is about. Two amounts on one quantity are
the `duplicate` check: they must overlap once their rounding is allowed for."""
from __future__ import annotations

from ..model import Claim
from .format import money, quantity_label
from .system import Group, Model, key_of


def add(model: Model, claims: list[Claim]) -> None:
    for c in claims:
        if c.kind != "amount" or c.native_low is None and c.native_high is None:
            continue
        key = key_of(c)
        if key is None:
            continue
        i = model.var(key)
        s = model.s(key)
        lo = c.native_low / s if c.native_low is not None else None
        hi = c.native_high / s if c.native_high is not None else None
        model.amounts.setdefault(i, []).append(c)
        model.add(Group("duplicate", [c.id], [({i: 1.0}, lo, hi)], relation=False,
                        explain=_explain_duplicate(i)))


def _explain_duplicate(i: int):
    def explain(model: Model):
        cs = model.amounts.get(i, [])
        label = quantity_label(model.keys[i])
        vals = ", ".join(f"{money(c.value, c.currency)} (\"{c.text}\")" for c in cs)
        return f"{label} is given as {vals}: the figures do not agree even allowing for rounding", None, None
    return explain


# Period-average rates differ from the rate a writer used by a few per cent.
FX_TOLERANCE = 0.04


def add_currency_pairs(model: Model) -> None:
    """The same quantity given in two currencies ("C$56.1 billion ... roughly US$41.6
    billion") must agree at the period's average rate, within FX_TOLERANCE."""
    by_rest: dict = {}
    for key, i in model.vars.items():
        if model.amounts.get(i):
            by_rest.setdefault(key._replace(currency=""), []).append(i)
    for rest, idx in by_rest.items():
        if len(idx) < 2:
            continue
        usd = [i for i in idx if model.keys[i].currency == "USD"]
        for i in idx:
            if model.keys[i].currency == "USD" or not usd:
                continue
            c = model.amounts[i][0]
            fx = c.extra.get("fx")
            if not fx:
                continue
            rate = fx["usd_per_unit"]
            j = usd[0]
            k = rate * model.s(model.keys[i]) / model.s(model.keys[j])
            hi, lo = k * (1 + FX_TOLERANCE), k * (1 - FX_TOLERANCE)
            if (c.value or 0) < 0:
                hi, lo = lo, hi  # a deficit: the larger factor gives the smaller (more negative) value
            rows = [({j: 1.0, i: -hi}, None, 0.0), ({j: 1.0, i: -lo}, 0.0, None)]
            model.add(Group("duplicate", [], rows, explain=_explain_fx(i, j, rate)))


def _explain_fx(i: int, j: int, rate: float):
    def explain(model: Model):
        a, b = model.amounts[i][0], model.amounts[j][0]
        conv = a.value * rate
        return (f"{money(a.value, a.currency)} at the period's average rate ({rate:.4g} USD per {a.currency}) "
                f"is about {money(conv)}, but the text gives {money(b.value)}"), conv, b.value
    return explain
