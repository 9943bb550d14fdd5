"""Stated amounts: each bounds the quantity it is about. Two amounts on one quantity are
the `duplicate` check: they must overlap once their rounding is allowed for."""
from __future__ import annotations

from ..model import Claim
from .catalogue import Explanation
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
    def explain(model: Model) -> Explanation:
        figures = ", ".join(f"{money(c.value, c.currency)} (\"{c.text}\")" for c in model.amounts.get(i, []))
        return Explanation("restatements", {"quantity": quantity_label(model.keys[i]), "figures": figures})
    return explain


# Period-average rates differ from the rate a writer used by a few per cent.
FX_TOLERANCE = 0.04
# A figure converted in brackets right after it ("NZ$5.60 billion (US$3.28 billion)") is
# converted at the rate of the day the text was written, which may stray further from the
# average over the period the figure is about.
DAY_RATE_TOLERANCE = 0.08


def add_currency_pairs(model: Model) -> None:
    """The same quantity given in two currencies ("C$56.1 billion ... roughly US$41.6
    billion") must agree at the period's average rate, within FX_TOLERANCE."""
    # (a hedged figure converted in brackets, "about 480 billion yuan ($74 billion)", is the
    # writer's conversion too, made at the rate of the day)
    converted = {(a.id, b.id) for a, b, *_ in _conversions(sorted(model.claims.values(), key=lambda c: model.order[c.id]), exact=False)}
    stated = _stated_rates(model)
    equated = _equated_rates(model)
    by_rest: dict = {}
    implied: dict = {}
    for key, i in model.vars.items():
        if model.amounts.get(i):
            by_rest.setdefault(key._replace(currency=""), []).append(i)
        elif key.currency == "USD":
            implied[key._replace(currency="")] = i
    for rest, idx in by_rest.items():
        usd = [i for i in idx if model.keys[i].currency == "USD"]
        if not usd and rest in implied and len(idx) == 1:
            # ("China-US trade rose to 1.24 trillion dollars, 13.6 percent of the country's
            # total" beside a total stated in yuan: the total the share puts in dollars is the
            # yuan total converted, no quantity of its own)
            usd = [implied[rest]]
            idx = idx + usd
        if len(idx) < 2:
            continue
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
            of_the_day = _converted_in_brackets(model, i, j, converted)
            if model.keys[i].measure == "balance" and not of_the_day:
                continue  # a balance restated in another currency: see _BALANCE_NOTE
            tol = DAY_RATE_TOLERANCE if of_the_day else FX_TOLERANCE
            b = (model.amounts.get(j) or [None])[0]
            if of_the_day and c.currency in equated:
                # "1.77 billion euro ($2.0 billion) ... (1 euro = $1.1293)": the writer says the
                # rate of the conversion, which must then fit it, not the period's average
                rate = equated[c.currency]
                k = rate * model.s(model.keys[i]) / model.s(model.keys[j])
                _add_fx_rows(model, i, j, k, FX_TOLERANCE, c, _explain_fx(i, j, rate, stated=True))
                continue
            for written in (fx.get("usd_per_unit_published"), fx.get("usd_per_unit_published_month"), stated.get(c.currency)):
                if of_the_day and written and b is not None and c.value and b.value is not None \
                        and abs(b.value - c.value * written) <= FX_TOLERANCE * abs(c.value * written):
                    # "In 2022, Japan exported ... JPY 87.1 billion (USD 582 million)", written in
                    # late 2023: a bracketed conversion that fits the rate of the month the text was
                    # written in was made at it, not at the average of the figure's own year; so
                    # does one that fits the rate the text itself states for the currency
                    k = written * model.s(model.keys[i]) / model.s(model.keys[j])
                    break
            _add_fx_rows(model, i, j, k, tol, c, _explain_fx(i, j, rate, of_the_day))


def _add_fx_rows(model: Model, i: int, j: int, k: float, tol: float, c: Claim, explain) -> None:
    """Quantity `j` (dollars) within `tol` of `k` times quantity `i` (its figure `c`)."""
    hi, lo = k * (1 + tol), k * (1 - tol)
    if (c.value or 0) < 0:
        hi, lo = lo, hi  # a deficit: the larger factor gives the smaller (more negative) value
    rows = [({j: 1.0, i: -hi}, None, 0.0), ({j: 1.0, i: -lo}, 0.0, None)]
    model.add(Group("duplicate", [], rows, explain=explain))


def _stated_rates(model: Model) -> dict[str, float]:
    """USD per unit of each currency whose price the text states ("The New Zealand dollar was
    little changed at $0.5730": link/measures.py market_subject marks such a price)."""
    out: dict[str, float] = {}
    for c in model.claims.values():
        code = c.extra.get("usd_rate_of")
        if code and c.value and 0 < c.value < 1000:
            out.setdefault(code, c.value)
    return out


def _equated_rates(model: Model) -> dict[str, float]:
    """USD per unit of each currency whose rate the text gives as an equation, a wire's
    note of the rate it converted at ("(1 euro = $1.1293)": extract/mentions.py
    _rate_equations, kept on the figures of that currency by link/claims.py)."""
    return {c.currency: c.extra["_stated_usd_rate"] for c in model.claims.values()
            if c.extra.get("_stated_usd_rate") and c.currency}


# _BALANCE_NOTE: a balance is a small difference of two large flows, and each flow may be
# converted at its own rate (exports and imports are converted at the rates of their own
# transactions): a rate gap of 1% between them moves the balance by tens of per cent. A
# balance given in two currencies ("a surplus of $1.1 billion ... 29.7 billion baht") is
# therefore not checked by converting one into the other at the period's average rate; each
# still meets its own currency's flows. A balance converted in brackets right after it is the
# writer's own conversion of that one figure, and is still checked.


def _converted_in_brackets(model: Model, i: int, j: int, converted: set) -> bool:
    """Whether a figure of quantity `i` is restated right after it as one of `j`, or the
    other way round: the writer's own conversion."""
    ids_i = {c.id for c in model.amounts.get(i, [])}
    ids_j = {c.id for c in model.amounts.get(j, [])}
    return any((a in ids_i and b in ids_j) or (a in ids_j and b in ids_i) for a, b in converted)


def _explain_fx(i: int, j: int, rate: float, of_the_day: bool = False, stated: bool = False):
    def explain(model: Model) -> Explanation:
        a, b = model.amounts[i][0], (model.amounts.get(j) or [None])[0]
        conv = a.value * rate
        if b is None:
            # (the dollar figure only the other claims imply: a share of it stated in dollars)
            fields = {"figure": money(a.value, a.currency), "rate": f"{rate:.4g}", "currency": a.currency,
                      "converted": money(conv), "stated": "another dollar figure through its other claims"}
            return Explanation("period_rate", fields, conv, None)
        fields = {"figure": money(a.value, a.currency), "rate": f"{rate:.4g}", "currency": a.currency,
                  "converted": money(conv), "stated": money(b.value)}
        if stated:
            return Explanation("stated_rate", fields, conv, b.value)
        # (a conversion of the day further than a few per cent from the average says so)
        near = abs(b.value - conv) <= FX_TOLERANCE * abs(conv)
        return Explanation("period_rate" if near or not of_the_day else "day_rate", fields, conv, b.value)
    return explain


# the writer's own rate: how far one conversion may stray from the one the others share
RATE_TOLERANCE = 0.005


def add_writer_rate(model: Model, claims: list[Claim]) -> None:
    """A text that converts several figures ("779 million NZ dollars (531.04 million U.S.
    dollars)") converts them all at one rate, its writer's. Each conversion must fit the
    rate the others agree on (within their rounding), when at least two others agree. The
    rate is one period's: a release that converts each year's figures converts them at that
    year's rate ("USD 437.06 billion (Rs 36,18,857 crore) as against USD 451.07 billion (Rs
    36,26,603 crore)" the year before), so only conversions of one period are compared."""
    pairs = _conversions(claims)
    for cur_pair, period in {(p[2], p[0].period) for p in pairs}:
        same = [p for p in pairs if p[2] == cur_pair and p[0].period == period]
        if len(same) < 3:
            continue
        for k, (a, b, _, lo, hi) in enumerate(same):
            others = [p for j, p in enumerate(same) if j != k]
            lo_o, hi_o = max(p[3] for p in others), min(p[4] for p in others)
            if lo_o > hi_o:
                continue  # the others were not converted at one rate either
            lo_o, hi_o = lo_o * (1 - RATE_TOLERANCE), hi_o * (1 + RATE_TOLERANCE)
            fits = hi >= lo_o and lo <= hi_o
            # a row on no variable: it holds (0 within [0, 0]) or cannot (0 within [1, 1])
            row = ({}, 0.0, 0.0) if fits else ({}, 1.0, 1.0)
            model.add(Group("duplicate", [b.id, a.id], [row],
                            explain=_explain_rate(a, b, (lo + hi) / 2, (lo_o + hi_o) / 2, len(others))))


def _conversions(claims: list[Claim], exact: bool = True) -> list[tuple]:
    """(figure, its conversion, (currency, currency), lowest rate, highest rate) for every
    figure restated right after in another currency; with `exact`, only of figures stated
    without a hedge (whose rates pin the writer's down)."""
    out = []
    for a, b in zip(claims, claims[1:]):
        if a.kind != "amount" or b.kind != "amount" or not a.currency or not b.currency or a.currency == b.currency:
            continue
        if "restates-previous" not in (b.how.get("measure"), b.how.get("period")) or b.sentence != a.sentence:
            continue
        if None in (a.native_low, a.native_high, b.native_low, b.native_high) or exact and (a.bound != "eq" or b.bound != "eq"):
            continue
        if min(abs(a.native_low), abs(a.native_high)) == 0:
            continue
        rates = sorted((b.native_low / a.native_low, b.native_high / a.native_high,
                        b.native_low / a.native_high, b.native_high / a.native_low))
        out.append((a, b, (a.currency, b.currency), rates[0], rates[-1]))
    return out


def _explain_rate(a: Claim, b: Claim, rate: float, writer: float, n: int):
    def explain(model: Model) -> Explanation:
        fields = {"conversion": b.text, "figure": a.text, "rate": f"{rate:.4g}", "to_currency": b.currency,
                  "from_currency": a.currency, "others": str(n), "writer": f"{writer:.4g}"}
        return Explanation("writer_rate", fields, writer, rate)
    return explain


def gap_fits(a: Claim, b: Claim, stated: Claim) -> bool:
    """Whether `stated`, a gap said without a sign ("a gap of $2.1 billion", "revised up $13.5
    billion"), can be the distance between the amounts `a` and `b`, once the rounding of all
    three is allowed for (their native bounds)."""
    lo, hi = a.native_low - b.native_high, a.native_high - b.native_low
    small = 0.0 if lo <= 0 <= hi else min(abs(lo), abs(hi))
    large = max(abs(lo), abs(hi))
    slo, shi = sorted((abs(stated.native_low), abs(stated.native_high)))
    return slo <= large and small <= shi
