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
