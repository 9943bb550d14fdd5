"""`ratio`: multiples ("sixfold", "three times higher", "halved") against the two figures
they compare, and shares ("40% of exports") against their part and whole."""
from __future__ import annotations

from ..model import Claim
from .format import money
from .growth import add_growth
from .sums import _term
from .system import Group, Model, key_of, stated


def add(model: Model, claims: list[Claim]) -> None:
    for c in claims:
        if c.kind == "multiple" and c.measure != "other":
            add_growth(model, c, "ratio", _describe_multiple)
        elif c.kind == "share" and c.measure != "other" and not c.extra.get("whole"):
            _add_share(model, c)


def _describe_multiple(c: Claim, observed: float) -> str:
    return f"stated as \"{c.text}\" (x{c.factor:g}, {c.bound})"


def _whole_key(c: Claim, key):
    if c.extra.get("_whole_has_commodity") and c.partner and c.partner != "WLD":
        return key._replace(partner="WLD")  # "84 per cent of its iron ore exports"
    if c.commodity and not c.extra.get("_scoped"):
        return key._replace(commodity=None)
    if c.partner and c.partner != "WLD" and c.measure != "trade_total":
        return key._replace(partner="WLD")
    if c.measure == "trade_total" and "WLD" not in (key.reporter, key.partner):
        # the part is one partner's trade; the whole is the reporter's trade with the world
        rep = c.reporter
        if rep:
            return key._replace(reporter=min(rep, "WLD"), partner=max(rep, "WLD"))
    return None


def _add_share(model: Model, c: Claim) -> None:
    lo, hi = c.extra.get("factor_low"), c.extra.get("factor_high")
    if c.extra.get("_whole") == "several parts":
        return  # the part is several partners or products together, not one quantity
    if c.extra.get("_whole") == "the total" and not c.commodity and c.extra.get("_main_partner") != "WLD":
        return  # "a quarter of the total" after a list of partners: which total is not said
    for cur in sorted(model.currencies):
        part = key_of(c)
        if part is None:
            return
        part = part._replace(currency=cur)
        whole = _whole_key(c, part)
        if whole is not None:
            part, whole = _term(model, part), _term(model, whole)
        if whole is None or (part not in model.vars and whole not in model.vars):
            continue
        ip, iw = model.var(part), model.var(whole)
        rows = []
        if hi is not None:
            rows.append(({ip: 1.0, iw: -hi}, None, 0.0))
        if lo is not None:
            rows.append(({ip: 1.0, iw: -lo}, 0.0, None))
        model.add(Group("ratio", [c.id], rows, explain=_explain_share(c, ip, iw)))


def _explain_share(c: Claim, ip: int, iw: int):
    def explain(model: Model):
        p, w = stated(model, ip), stated(model, iw)
        if p is not None and w is not None and w.value:
            obs = p.value / w.value
            return (f"{money(p.value, p.currency)} / {money(w.value, w.currency)} = {obs * 100:.1f}%, "
                    f"stated as {c.text} ({c.bound})"), c.factor, round(obs, 4)
        return f"the share \"{c.text}\" does not fit the stated part and whole", c.factor, None
    return explain
