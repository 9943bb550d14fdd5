"""`percent_change`: "up 35%", "fell by a fifth", "narrowed 12.2%" against the two figures
they compare; and absolute changes ("an increase of $810bn") against the same two figures."""
from __future__ import annotations

import dataclasses

from ..model import Claim
from .catalogue import Explanation
from .format import money, pct_change
from .growth import add_growth
from .system import Group, Model, key_of, stated


def add(model: Model, claims: list[Claim]) -> None:
    tied = _tied_changes(claims)
    for c in claims:
        if c.kind == "percent_change" and c.measure != "other":
            add_growth(model, c, "percent_change", _describe, unstated=c.id in tied)
            for also in c.extra.get("_also_measures", ()):
                # "imports and exports alike grew by 9 percent": the same change for each
                add_growth(model, dataclasses.replace(c, measure=also), "percent_change", _describe, unstated=True)
        elif c.kind == "amount" and c.extra.get("change_of") and c.extra.get("change_base"):
            _add_absolute(model, c)


def _tied_changes(claims: list[Claim]) -> set[str]:
    """Changes of a flow's whole and parts given together ("two-way trade was up 38%, with
    exports rising 27% and imports jumping 45%"): checked against each other even with no
    level stated, as the whole's change must lie between its parts'. Only within a sentence,
    where the text itself says they are about one pair and one pair of periods."""
    groups: dict[tuple, list[Claim]] = {}
    for c in claims:
        if c.kind == "percent_change" and c.measure in ("exports", "imports", "trade_total") and c.period and c.base_period:
            pair = tuple(sorted((c.reporter or "", c.partner or "")))
            groups.setdefault((c.sentence, pair, c.period, c.base_period, c.commodity), []).append(c)
    out: set[str] = set()
    for cs in groups.values():
        if len({c.measure for c in cs}) >= 2:
            out.update(c.id for c in cs)
    return out


def explain_tied(claims: list[Claim]) -> Explanation | None:
    """The arithmetic of changes of a whole and its parts that cannot all hold: the whole's
    change is a weighted average of its parts', so it lies between them."""
    whole = next((c for c in claims if c.kind == "percent_change" and c.measure == "trade_total"), None)
    parts = {c.measure: c for c in claims if c.kind == "percent_change" and c.measure in ("exports", "imports")}
    if whole is None or len(parts) != 2 or len(claims) != 3:
        return None
    x, m = parts["exports"], parts["imports"]
    lo, hi = sorted((x.factor, m.factor))
    fields = {"whole_text": whole.text, "whole_change": pct_change(whole.factor), "base_period": whole.base_period,
              "period": whole.period, "exports_text": x.text, "exports_change": pct_change(x.factor),
              "imports_text": m.text, "imports_change": pct_change(m.factor), "low": pct_change(lo), "high": pct_change(hi)}
    return Explanation("tied", fields)


def add_directions(model: Model, claims: list[Claim]) -> None:
    """"narrowed to $20.1 billion from $25.0 billion": the words say which way the
    figure moved; the figures must agree (on the size of a balance)."""
    for c in claims:
        base = c.extra.get("_dir_base")
        if c.kind != "amount" or base is None or "_dir" not in c.extra:
            continue
        kn, kb = key_of(c), key_of(base)
        if kn is None or kb is None or kn not in model.vars or kb not in model.vars or kn == kb:
            continue
        direction, span, _ = c.extra["_dir"]
        i_new, i_old = model.vars[kn], model.vars[kb]
        negative = (c.value or 0) < 0 and (base.value or 0) < 0
        if (c.value or 0) * (base.value or 0) < 0:
            continue  # a balance that changed sign: "narrowed" says nothing about the size
        # on magnitudes: up means new >= old; for deficits (negative) the signed order turns
        up = direction > 0
        row = ({i_new: 1.0, i_old: -1.0}, 0.0, None) if (up != negative) else ({i_new: 1.0, i_old: -1.0}, None, 0.0)
        c.extra["_direction_span"] = span
        model.add(Group("percent_change", [c.id, base.id], [row], explain=_explain_direction(c, base)))


def add_comparisons(model: Model, claims: list[Claim]) -> None:
    """"was higher than the $4.11 billion of July 2021": the figure and the level it is
    compared with must stand the way the words say (on the size of a balance)."""
    for c in claims:
        for direction, other, span, word in c.extra.get("_compared", ()):
            kn, ko = key_of(c), key_of(other)
            if kn is None or ko is None or kn not in model.vars or ko not in model.vars or kn == ko:
                continue
            if (c.value or 0) * (other.value or 0) < 0:
                continue  # a surplus against a deficit: "higher" could be either
            i, j = model.vars[kn], model.vars[ko]
            negative = (c.value or 0) < 0
            up = direction > 0
            row = ({i: 1.0, j: -1.0}, 0.0, None) if (up != negative) else ({i: 1.0, j: -1.0}, None, 0.0)
            model.add(Group("percent_change", [c.id, other.id], [row], explain=_explain_comparison(c, other, word, span)))


def _explain_comparison(c: Claim, other: Claim, word: str, span):
    def explain(model: Model) -> Explanation:
        c.extra["_words_span"] = span
        return Explanation("comparison", {"figure": money(c.value, c.currency), "period": c.period, "word": word,
                                          "other": money(other.value, other.currency), "other_period": other.period},
                           expected=other.value, observed=c.value)
    return explain


def _explain_direction(c: Claim, base: Claim):
    def explain(model: Model) -> Explanation:
        direction, _, word = c.extra["_dir"]
        fields = {"word": word, "old": money(base.value, base.currency), "new": money(c.value, c.currency),
                  "moved": "larger" if direction > 0 else "smaller"}
        return Explanation("direction", fields)
    return explain


def _describe(c: Claim, observed: float) -> tuple[str, dict]:
    return "change", {"change": pct_change(observed), "text": c.text, "stated_change": pct_change(c.factor),
                      "bound": c.bound}


def _add_absolute(model: Model, c: Claim) -> None:
    kt = key_of(c, measure=c.extra["change_of"])
    kb = key_of(c, measure=c.extra["change_of"], period=c.extra["change_base"])
    if kb is not None and c.extra.get("base_vintage") and kb.series is None:
        # ("Measured against that originally published number, the gap widened by $6.8
        # billion": from the estimate the revision replaced, link/claims.py)
        kb = kb._replace(series=c.extra["base_vintage"])
    if kt is None or kb is None or (kt not in model.vars and kb not in model.vars):
        return
    it, ib = model.var(kt), model.var(kb)
    s = model.s(kt)
    sign = c.extra.get("change_sign", 1)
    lo, hi = c.native_low, c.native_high
    lo, hi = (lo / s if lo is not None else None), (hi / s if hi is not None else None)
    if sign < 0:
        lo, hi = (-hi if hi is not None else None), (-lo if lo is not None else None)
    model.add(Group("percent_change", [c.id], [({it: 1.0, ib: -1.0}, lo, hi)],
                    explain=_explain_absolute(c, it, ib)))


def _explain_absolute(c: Claim, it: int, ib: int):
    def explain(model: Model) -> Explanation:
        new, old = stated(model, it), stated(model, ib)
        if new is None or old is None:
            return Explanation("absolute_not_stated", {"text": c.text}, c.value)
        diff = new.value - old.value
        fields = {"new": money(new.value, new.currency), "old": money(old.value, old.currency),
                  "difference": money(diff, new.currency), "text": c.text}
        return Explanation("absolute", fields, c.value, diff)
    return explain
