"""`bound`: a part never exceeds its whole. A commodity's flow stays below the whole flow,
one partner's below the world, and parts listed together below their whole together."""
from __future__ import annotations

from ..model import Claim
from .format import money
from .system import Group, Model, key_of, stated

# Partners that overlap others (the EU contains Germany) are left out of sums of partners.
OVERLAPPING = {"EUU", "WLD"}


def add(model: Model, claims: list[Claim]) -> None:
    for key in list(model.keys):
        whole = None
        if key.commodity == "goods and services":
            continue  # a whole, not a part
        if key.commodity is not None:
            whole = key._replace(commodity=None)
        elif key.measure in ("exports", "imports") and key.partner != "WLD":
            whole = key._replace(partner="WLD")
        if whole is None or whole not in model.vars or key.measure == "balance":
            continue
        ip, iw = model.vars[key], model.vars[whole]
        model.add(Group("bound", [], [({iw: 1.0, ip: -1.0}, 0.0, None)], explain=_explain([ip], iw)))
    _add_listed_parts(model, claims)
    for c in claims:
        if c.kind == "share" and c.factor is not None and c.factor > 1:
            # no part is more than its whole: the share alone cannot hold
            model.add(Group("bound", [c.id], [({}, 1.0, None)], explain=_explain_share(c)))


def _explain_share(c: Claim):
    def explain(model: Model):
        return f"a share of {c.factor * 100:g}% (\"{c.text}\") is more than the whole", 1.0, c.factor
    return explain


def _add_listed_parts(model: Model, claims: list[Claim]) -> None:
    """Parts named in one sentence ("agricultural products $2.9bn, metals $1.1bn and timber
    $0.6bn") add up to at most their whole."""
    groups: dict[tuple, list[int]] = {}
    listed: set[tuple] = set()
    for c in claims:
        if c.kind != "amount" or c.measure not in ("exports", "imports", "trade_total"):
            continue
        key = key_of(c)
        if key is None:
            continue
        if key.commodity == "goods and services":
            continue  # a whole, not a part
        if key.commodity is not None:
            whole = key._replace(commodity=None)
            tag = ("commodity", c.sentence, whole)
        elif key.partner not in OVERLAPPING and not key.partner.startswith("group:") and key.measure != "trade_total":
            whole = key._replace(partner="WLD")
            tag = ("partner", whole)
        else:
            continue
        if whole not in model.vars:
            continue
        i = model.vars[key]
        if (tag, i) not in listed:
            listed.add((tag, i))
            groups.setdefault(tag, []).append(i)
    for tag, parts in groups.items():
        if len(parts) < 2:
            continue
        whole = tag[-1]
        iw = model.vars[whole]
        row = {iw: 1.0}
        for i in parts:
            row[i] = row.get(i, 0.0) - 1.0
        model.add(Group("bound", [], [(row, 0.0, None)], explain=_explain(parts, iw)))


def _explain(parts: list[int], iw: int):
    def explain(model: Model):
        ps = [stated(model, i) for i in parts]
        w = stated(model, iw)
        if w is not None and all(p is not None for p in ps):
            total = sum(p.value for p in ps)
            terms = " + ".join(money(p.value, p.currency) for p in ps)
            lhs = f"{terms} = {money(total, w.currency)}" if len(ps) > 1 else terms
            return f"the part{'s' if len(ps) > 1 else ''} {lhs} exceed{'' if len(ps) > 1 else 's'} the whole {money(w.value, w.currency)}", w.value, total
        return "a part exceeds its whole", None, None
    return explain
