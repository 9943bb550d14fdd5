"""Totals over a span of years (link/rates.py): "a combined trade surplus of $357.0bn over
2018-2022" is the sum of the span's yearly figures where the text lists them all, and "an
average of $71.4bn a year" given with it is that total over the number of years. Likewise a
flow over a period is the sum of its flows over the shorter periods the text gives that make
it up with no gap or overlap ("$6.2bn in the first quarter", "$6.1bn in the second", "first-half
exports of $12.3bn"), the whole's period named or carried."""
from __future__ import annotations

from .. import periods as P
from ..model import Claim
from .catalogue import Explanation
from .format import money
from .system import Group, Model, flows_by_period, key_of, stated


def add(model: Model, claims: list[Claim]) -> None:
    _add_period_tiles(model)
    done = set()
    for c in claims:
        if c.kind == "amount" and c.extra.get("cumulative"):
            kt = key_of(c)
            if kt is not None and kt not in done and kt in model.vars:
                done.add(kt)
                _add_years(model, c, kt)
        elif c.kind == "amount" and c.extra.get("_average_total") is not None:
            _add_average(model, c)


def _add_years(model: Model, c: Claim, kt) -> None:
    y1, y2 = c.extra["cumulative"]
    keys = [key_of(c, period=str(y)) for y in range(y1, y2 + 1)]
    if any(k is None or k not in model.vars or not model.amounts.get(model.vars[k]) for k in keys):
        return  # only where every year's figure is stated: the total then checks them all
    it, years = model.vars[kt], [model.vars[k] for k in keys]
    row = ({it: 1.0, **{i: -1.0 for i in years}}, 0.0, 0.0)
    model.add(Group("sum", [], [row], explain=_explain_years(it, years)))


def _explain_years(it: int, years: list[int]):
    def explain(model: Model) -> Explanation:
        w, ps = stated(model, it), [stated(model, i) for i in years]
        if w is None or any(p is None for p in ps):
            return Explanation("parts_not_stated", {})
        v = sum(p.value for p in ps)
        terms = " + ".join(f"{money(p.value, p.currency)} ({p.period})" for p in ps)
        return Explanation("parts", {"parts": terms, "sum": money(v, w.currency), "stated": money(w.value, w.currency)},
                           v, w.value)
    return explain


def _add_average(model: Model, a: Claim) -> None:
    total, n = a.extra["_average_total"], a.extra["yearly_average_of"]["years"]
    kt = key_of(total)
    if kt is None or kt not in model.vars or a.native_low is None or a.native_high is None:
        return
    it = model.vars[kt]
    s = model.s(kt)
    model.add(Group("sum", [a.id], [({it: 1.0}, n * a.native_low / s, n * a.native_high / s)],
                    explain=_explain_average(a, it, n)))


def _explain_average(a: Claim, it: int, n: int):
    def explain(model: Model) -> Explanation:
        w = stated(model, it)
        if w is None:
            return Explanation("parts_not_stated", {})
        avg = w.value / n
        fields = {"total": money(w.value, w.currency), "years": n, "average": money(avg, w.currency),
                  "text": a.text}
        return Explanation("yearly_average", fields, a.value, avg)
    return explain


MAX_PERIODS = 60  # periods of one flow looked at together; past this, left alone


def _add_period_tiles(model: Model) -> None:
    """The flow over a period the text names is the sum of its flows over the longest shorter
    periods it names inside it, where those fill it exactly (the first and second quarters for
    the first half; not January and March for the first quarter, nor two overlapping spans).
    Only periods the text itself names are parts: a carried period is no reading to sum on.
    The whole may be carried where one sentence gives a running total and the month after it
    ("Exports grew 3.1% to MAD 428.64 billion" after a sentence on the first eleven months,
    then "MAD 390.42 billion at the end of October, which means that November alone brought
    in MAD 41.22 billion"): the sentence itself says the two make up the running total to that
    month (not quarters listed apart from a total of another sentence, whose pair or product
    the carrying may have got wrong)."""
    for keys, named in flows_by_period(model):
        if len(keys) < 3 or len(keys) > MAX_PERIODS:
            continue
        spans = [(k, P.parse(k.period)) for k in keys]
        spans = [(k, s) for k, s in spans if s is not None]
        for whole, ws in spans:
            inside = [(k, s) for k, s in spans if k in named and s != ws and P.contains(ws, s)]
            longest = sorted((k, s) for k, s in inside if not any(o != s and P.contains(o, s) for _, o in inside))
            if len(longest) < 2:
                continue
            longest.sort(key=lambda ks: ks[1])
            if longest[0][1][0] != ws[0] or longest[-1][1][1] != ws[1] \
                    or any(b[0] != a[1] + 1 for (_, a), (_, b) in zip(longest, longest[1:])):
                continue  # (a gap, an overlap, or not reaching the ends)
            if whole not in named and not _running_total_and_next_month(model, longest):
                continue
            it, parts = model.vars[whole], [model.vars[k] for k, _ in longest]
            model.add(Group("sum", [], [({it: 1.0, **{i: -1.0 for i in parts}}, 0.0, 0.0)], explain=_explain_years(it, parts)))


def _running_total_and_next_month(model: Model, parts) -> bool:
    """Whether the parts (key, period) are a running total of some months and the one month
    after it, both stated in one sentence ("Exports stood at MAD 390.42 billion at the end of
    October, which means that November alone brought in MAD 41.22 billion")."""
    if len(parts) != 2 or P.months(parts[0][1]) < 2 or P.months(parts[1][1]) != 1:
        return False
    running, month = (model.amounts.get(model.vars[k]) or [] for k, _ in parts)
    return any(a.sentence == b.sentence for a in running for b in month)
