"""`sum`: a trade total is exports plus imports, a balance is exports minus imports, for
the same reporter, partner, period, commodity and currency. Missing terms become
unknowns, so "exports above the total" shows up even when imports are never stated."""
from __future__ import annotations

import functools
import re

from .catalogue import Explanation
from .format import money
from .system import Group, Model, QKey, stated


def add(model: Model) -> None:
    seen = set()
    for key in list(model.keys):
        if key.measure not in ("trade_total", "balance") or key in seen or key.reporter == key.partner:
            continue  # (world trade is counted once, as world exports: no sum of its sides)
        seen.add(key)
        views = [(key.reporter, key.partner)]
        if key.measure == "trade_total":
            views.append((key.partner, key.reporter))
        # "The deficit increased to $54.9 billion ... a goods deficit of $72.8 billion": a bare
        # total beside the same total of goods alone is not the goods one (goods and
        # services, in a release of both), so goods flows are not its terms
        term = _term if key.commodity is not None or key._replace(commodity="goods") not in model.vars else _own_term
        for rep, par in views:
            xs, ms = _valuations_of_terms(key)
            x = term(model, key._replace(measure="exports", reporter=rep, partner=par, series=xs))
            if key.measure == "trade_total":
                x = _national_exports(model, x) or x
            m = term(model, key._replace(measure="imports", reporter=rep, partner=par, series=ms))
            x, m = _valued_term(model, x), _valued_term(model, m)
            if key.measure == "balance":
                x, m = _account_term(model, key, x), _account_term(model, key, m)
            if x not in model.vars and m not in model.vars:
                continue
            ix, im, ik = model.var(x), model.var(m), model.vars[key]
            if key.measure == "trade_total":
                rows = [({ik: 1.0, ix: -1.0, im: -1.0}, 0.0, 0.0)]
                model.add(Group("sum", [], rows, explain=_explain(ik, ix, im, "+")))
            else:
                rows = [({ik: 1.0, ix: -1.0, im: 1.0}, 0.0, 0.0)]
                model.add(Group("sum", [], rows, explain=_explain(ik, ix, im, "-")))


def _account_term(model: Model, key: QKey, term: QKey) -> QKey:
    """A balance's term as the text gives it: where no figure of that flow bears the balance's
    product but the balance's own sentence set it against a flow of a narrower group of it
    ("imports of grains ..., while exports of grains and grain products ..., leaving a
    deficit of": link/balance_products.py, extra "_account_flows"), that flow's figure."""
    if term in model.vars:
        return term
    for c in model.amounts.get(model.vars[key], []):
        label = c.extra.get("_account_flows", {}).get(term.measure)
        if label and term._replace(commodity=label) in model.vars:
            return term._replace(commodity=label)
    return term


def _valuations_of_terms(key: QKey) -> tuple[str | None, str | None]:
    """The series of a sum's exports and imports: the total's own, but for a balance of
    exports valued FOB and imports valued CIF ("the FOB/CIF trade deficit"), whose terms are
    at those valuations."""
    series = key.series
    if key.measure != "balance" or not series or "FOB/CIF" not in series:
        return series, series
    return series.replace("FOB/CIF", "FOB"), series.replace("FOB/CIF", "CIF")


VALUATIONS = ("FOB", "CIF")


def _valued_term(model: Model, key: QKey) -> QKey:
    """"a surplus of USD 2,325 million ... total exports reached USD 32,658 million FOB, while
    imports totaled USD 30,333 million FOB": a term of a total that names no valuation, where
    the text states that flow at one valuation only and never bare (a bare flow only a share's
    whole implies is none stated), is the flow at that valuation: the tag says how the flow
    was valued, no other series the total leaves out."""
    if key.series is not None or key in model.vars and model.amounts.get(model.vars[key]):
        return key
    valued = [k for k in (key._replace(series=v) for v in VALUATIONS) if k in model.vars and model.amounts.get(model.vars[k])]
    return valued[0] if len(valued) == 1 else key


def _term(model: Model, key: QKey) -> QKey:
    """A term of a sum as the text gives it. Where an article labels some figures "goods"
    and leaves others bare, a bare figure beside goods figures is a goods figure too; and
    a balance "in goods and services" is the difference of the bare flows, unless the text
    gives goods or services apart."""
    if key in model.vars:
        return key
    if key.commodity == "goods and services":
        bare = key._replace(commodity=None)
        # (goods or services given apart: a bare figure may be goods alone, as releases that
        # give services after "exports" write it, so it is no goods-and-services total)
        parts = any(k.commodity in ("goods", "services") and k.period == key.period and {k.reporter, k.partner} == {key.reporter, key.partner}
                    for k in model.vars)
        return bare if bare in model.vars and not parts else key
    if key.commodity not in (None, "goods"):
        return key
    if _services_apart(model):
        return key  # where services are given apart, a bare figure may be goods and services
    other = key._replace(commodity="goods" if key.commodity is None else None)
    return other if other in model.vars else key


def _own_term(model: Model, key: QKey) -> QKey:
    """A term of a sum as the total's own scope names it, no other borrowed."""
    return key


def _national_exports(model: Model, key: QKey) -> QKey | None:
    """"Jordan's national exports to Iraq rose to JD412 million ... Imports from Iraq stood at
    JD58 million, bringing the volume of trade between the two to JD470 million": where the
    text gives a pair's exports only without re-exports, and no re-exports of its own, those
    are the exports its total counts (a balance is left alone: offices net total exports)."""
    if key.measure != "exports" or key in model.vars:
        return None
    label = "excluding re-exports" if key.commodity is None else key.commodity + ", excluding re-exports"
    national = key._replace(commodity=label)
    if national not in model.vars or key._replace(commodity="re-exports") in model.vars:
        return None
    return national


def _services_apart(model: Model) -> bool:
    """Whether some stated figure is of services, or of goods and services. Asked for every
    term of every sum and share, so it is worked out once per set of stated figures."""
    kept = model.memo.get("services_apart")
    if kept is None or kept[0] != len(model.amounts):
        found = any(model.keys[i].commodity in ("services", "goods and services") for i, cs in model.amounts.items() if cs)
        kept = model.memo["services_apart"] = (len(model.amounts), found)
    return kept[1]


def _whole_restates_goods_change(model: Model, goods: QKey, whole: QKey) -> bool:
    """Whether the bare flow changed by the very percentage the goods flow did, in the same
    period ("Canada's merchandise exports rose 2.2% in January ... Total exports rose 2.2% to
    $62.37 billion"): a release on goods restating its goods figure as the "total", as likely
    as goods and services together, so no sum of goods and services is set on it (nor on the
    levels the change runs from)."""
    def changes(key: QKey) -> set[tuple]:
        return {(round(c.factor, 6), c.period, c.base_period) for c in model.claims.values()
                if c.kind == "percent_change" and c.factor and key.period in (c.period, c.base_period) and c.measure == key.measure
                and c.commodity == key.commodity and c.reporter == key.reporter and c.partner == key.partner}
    if whole.commodity is not None:
        return False
    return bool(changes(goods) & changes(whole))


def add_mirror_balance(model: Model) -> None:
    """"Russia's surplus with China" from China's own figures: A's balance with B is B's
    imports from A less B's exports to A, when only B's side is given."""
    for key in list(model.keys):
        if key.measure != "balance":
            continue
        a, b = key.reporter, key.partner
        own = [key._replace(measure=m, reporter=a, partner=b) for m in ("exports", "imports")]
        if any(k in model.vars for k in own):
            continue
        x = key._replace(measure="exports", reporter=b, partner=a)
        m = key._replace(measure="imports", reporter=b, partner=a)
        if x in model.vars and m in model.vars:
            ik, ix, im = model.vars[key], model.vars[x], model.vars[m]
            model.add(Group("sum", [], [({ik: 1.0, ix: 1.0, im: -1.0}, 0.0, 0.0)],
                            explain=_explain_mirror_balance(ik, ix, im)))


def _explain_mirror_balance(ik, ix, im):
    def explain(model: Model) -> Explanation:
        k, x, m = stated(model, ik), stated(model, ix), stated(model, im)
        if x is None or m is None:
            return Explanation("mirror_flows_not_stated", {})
        v = m.value - x.value
        fields = {"imports": money(m.value, m.currency), "exports": money(x.value, x.currency),
                  "difference": money(v, m.currency)}
        if k is None:
            return Explanation("mirror_balance_not_stated", fields, v)
        return Explanation("mirror_balance", {**fields, "stated": money(k.value, k.currency)}, v, k.value)
    return explain


def add_balance_of_exports_each_way(model: Model) -> None:
    """"Kenya shipped $1.12 billion to Uganda ... Uganda, in turn, sold $710 million of goods to
    Kenya, leaving Nairobi with a surplus of $480 million": a balance the sentence draws from
    the partner's exports (link/exports_each_way.py) is the reporter's exports to the partner
    less the partner's exports to it, where neither side's imports are given."""
    for key in list(model.keys):
        if key.measure != "balance" or key not in model.vars:
            continue
        if not any(c.extra.get("_of_exports_each_way") for c in model.amounts.get(model.vars[key], [])):
            continue
        a, b = key.reporter, key.partner
        if any(model.amounts.get(model.vars.get(key._replace(measure="imports", reporter=r, partner=p), -1)) for r, p in ((a, b), (b, a))):
            continue  # (an imports figure given: the balance is checked against it)
        own, mirror = key._replace(measure="exports"), key._replace(measure="exports", reporter=b, partner=a)
        if own in model.vars and mirror in model.vars:
            ik, io, im = model.vars[key], model.vars[own], model.vars[mirror]
            model.add(Group("sum", [], [({ik: 1.0, io: -1.0, im: 1.0}, 0.0, 0.0)], explain=_explain_exports_each_way(ik, io, im)))


def _explain_exports_each_way(ik, io, im):
    def explain(model: Model) -> Explanation:
        k, o, m = stated(model, ik), stated(model, io), stated(model, im)
        if k is None or o is None or m is None:
            return Explanation("mirror_flows_not_stated", {})
        v = o.value - m.value
        fields = {"exports": money(o.value, o.currency), "partner_exports": money(m.value, m.currency),
                  "difference": money(v, o.currency)}
        return Explanation("exports_each_way", {**fields, "stated": money(k.value, k.currency)}, v, k.value)
    return explain


def add_mirror(model: Model) -> None:
    """An article that gives both sides' exports ("Russian deliveries to India", "Indian
    exports to Russia") gives the two flows of the pair: they add up to its trade."""
    for key in list(model.keys):
        if key.measure != "trade_total":
            continue
        a, b = key.reporter, key.partner
        if a == b:
            continue  # (a bloc's exports to itself and its imports from itself are two records of one
            # set of flows, valued and dated apart at each border: its internal trade is no sum of them)
        for measure in ("exports", "imports"):
            one = key._replace(measure=measure, reporter=a, partner=b)
            two = key._replace(measure=measure, reporter=b, partner=a)
            if one in model.vars and two in model.vars:
                ik, i1, i2 = model.vars[key], model.vars[one], model.vars[two]
                model.add(Group("sum", [], [({ik: 1.0, i1: -1.0, i2: -1.0}, 0.0, 0.0)],
                                explain=_explain_two(ik, i1, i2, measure)))


def add_scopes(model: Model) -> None:
    """Scopes that make a whole: goods plus services; the parts named in "excluding energy
    and gold" plus what is left."""
    _two_way_flows(model)
    _accounts_beside_trade(model)
    _account_parts(model)
    for key in list(model.keys):
        whole = key._replace(commodity=None)
        if key._replace(commodity="goods and services") in model.vars:
            whole = key._replace(commodity="goods and services")
        if key.commodity == "goods":
            services = key._replace(commodity="services")
            # (a headline's bare "exports rise to $33.57 bn" is the body's merchandise
            # exports as often as goods and services together: no whole on its own)
            stated_whole = model.amounts.get(model.vars[whole], []) if whole in model.vars else []
            if services in model.vars and whole in model.vars and not (
                    stated_whole and all(c.extra.get("_headline") for c in stated_whole)) \
                    and not _whole_restates_goods_change(model, key, whole):
                ig, isv, iw = model.vars[key], model.vars[services], model.vars[whole]
                rows = [({iw: 1.0, ig: -1.0, isv: -1.0}, 0.0, 0.0)]
                model.add(Group("sum", [], rows, explain=_explain_parts(iw, [ig, isv])))
        elif key.commodity and key.commodity.endswith("excluding re-exports") and key.measure == "exports":
            # "Non-oil exports reached AED256.8 billion, re-exports AED385.3 billion": together
            # they are the exports that the total counts
            base = key.commodity[: -len("excluding re-exports")].rstrip(", ") or None
            reex = key._replace(commodity="re-exports")
            rest = _complement_of(model, key._replace(commodity=base), whole) \
                if base and base.startswith("non-") and key._replace(commodity=base) not in model.vars else None
            if reex in model.vars and rest is not None and model.amounts.get(model.vars[whole]):
                # "Oil and gas exports accounted for RO7.02 billion of the total. Non-oil exports
                # grew to RO2.97 billion ..., and re-exports reached RO950 million": the three
                # make the whole, where the text states it and no non-oil total of its own
                ix, ir, io, iw = model.vars[key], model.vars[reex], model.vars[rest], model.vars[whole]
                model.add(Group("sum", [], [({iw: 1.0, ix: -1.0, ir: -1.0, io: -1.0}, 0.0, 0.0)],
                                explain=_explain_parts(iw, [io, ix, ir])))
            elif reex in model.vars and not _third_part_beside(model, key, reex):
                ix, ir, iw = model.vars[key], model.vars[reex], model.var(key._replace(commodity=base))
                model.add(Group("sum", [], [({iw: 1.0, ix: -1.0, ir: -1.0}, 0.0, 0.0)],
                                explain=_explain_parts(iw, [ix, ir])))
        elif key.commodity and key.commodity.startswith("non-") and not model.scope:
            # ("manufacturing exports reached $49.9bn: automotive products $16.4bn and
            # non-automotive manufactures $33.5bn": the two make the part they are within)
            whole = _stated_within(model, key) or _scope_named_last(model, key) or whole
            rest = _complement_of(model, key, whole)
            if rest is None:
                rest, whole = _complement_within_product(model, key)
            if rest is not None:
                ix, ir, iw = model.vars[key], model.vars[rest], model.vars[whole]
                model.add(Group("sum", [], [({iw: 1.0, ix: -1.0, ir: -1.0}, 0.0, 0.0)],
                                explain=_explain_parts(iw, [ir, ix])))
        elif key.commodity and key.commodity.startswith("excluding "):
            names = [n.strip() for n in re.split(r",|\band\b", key.commodity[len("excluding "):]) if n.strip()]
            parts = [key._replace(commodity=n) for n in names]
            if names and key.measure == "balance" and whole in model.vars and not all(p in model.vars for p in parts):
                _balance_less_parts_by_flows(model, key, whole, parts)
            elif names and all(p in model.vars for p in parts) and whole in model.vars:
                ix, iw = model.vars[key], model.vars[whole]
                row = {iw: 1.0, ix: -1.0}
                for p in parts:
                    row[model.vars[p]] = row.get(model.vars[p], 0.0) - 1.0
                model.add(Group("sum", [], [(row, 0.0, 0.0)],
                                explain=_explain_parts(iw, [ix] + [model.vars[p] for p in parts])))


def _balance_less_parts_by_flows(model: Model, key, whole, parts) -> None:
    """"Gold imports alone amounted to $1,560 million. Excluding gold, the deficit would have
    been $1,339 million": a balance less some products whose own balance the text leaves
    unsaid is the whole balance less each product's exports and plus its imports. Each
    product needs a flow the text gives; the other side, unsaid, is a flow of its own (never
    negative), so the check then bounds the balance left (at most the whole plus the imports
    left out) instead of fixing it."""
    flows = []
    for p in parts:
        sides = [p._replace(measure=m) for m in ("exports", "imports")]
        if not any(s in model.vars for s in sides):
            return  # (a product of no figure: nothing to take out)
        flows.append(sides)
    ib, iw = model.vars[key], model.vars[whole]
    row = {iw: 1.0, ib: -1.0}
    terms = []
    for exports, imports in flows:
        ix, im = model.var(exports), model.var(imports)
        row[ix] = row.get(ix, 0.0) - 1.0
        row[im] = row.get(im, 0.0) + 1.0
        terms += [ix, im]
    model.add(Group("sum", [], [(row, 0.0, 0.0)], explain=_explain_balance_less_parts(iw, ib, terms)))


def _explain_balance_less_parts(iw, ib, terms):
    """The message of `_balance_less_parts_by_flows`: the whole balance, less the exports and
    plus the imports of each product left out, against the balance stated without them."""
    def explain(model: Model) -> Explanation:
        w, b = stated(model, iw), stated(model, ib)
        if w is None or b is None:
            return Explanation("parts_not_stated", {})
        value, words = w.value, [money(w.value, w.currency) + " (the balance)"]
        unsaid = []
        for i in terms:
            key, c = model.keys[i], stated(model, i)
            sign = -1.0 if key.measure == "exports" else 1.0
            if c is None:
                unsaid.append(f"{key.commodity} {key.measure}")
                continue
            value += sign * c.value
            words.append(f"{'-' if sign < 0 else '+'} {money(c.value, c.currency)} ({key.commodity} {key.measure})")
        fields = {"terms": " ".join(words), "value": money(value, w.currency), "stated": money(b.value, b.currency),
                  "scope": model.keys[ib].commodity}
        if unsaid:
            # (an unsaid side, never negative, bounds the balance left: exports left out would
            # raise it above the figure worked out, imports lower it below)
            limit = "the most" if all(u.endswith("exports") for u in unsaid) else \
                "the least" if all(u.endswith("imports") for u in unsaid) else "a bound of"
            return Explanation("balance_less_parts_bound", {**fields, "unsaid": ", ".join(unsaid), "limit": limit})
        return Explanation("balance_less_parts", fields, value, b.value)
    return explain


def _third_part_beside(model: Model, domestic, reex) -> bool:
    """Whether the sentence that gives the exports without re-exports and the re-exports also
    gives a third part of the same exports ("of which domestic exports were Rs 14,203
    million, ship's stores and bunkers Rs 3,981 million, and re-exports Rs 7,430 million"):
    then "domestic" is one of three parts, not all the exports but re-exports, and the two
    alone make no whole."""
    sentences = {c.sentence for c in model.amounts.get(model.vars[domestic], [])} \
        & {c.sentence for c in model.amounts.get(model.vars[reex], [])}
    for key, i in model.vars.items():
        if key in (domestic, reex) or key._replace(commodity=None) != domestic._replace(commodity=None) or key.commodity is None:
            continue
        if any(c.sentence in sentences for c in model.amounts.get(i, [])):
            return True
    return False


def _complement_of(model: Model, key, whole):
    """"oil exports $2.31bn and non-oil exports $52.31bn": the group a "non-X" scope leaves
    out, which with it makes the whole (None where the text gives none, or no whole; not in a
    text whose unlabelled figures are themselves a scope, checked by the caller; nor for a
    class of goods: "rural" and "non-rural goods" leave out a third class, non-monetary gold,
    in the classification they come from). The group may be named in other words than the
    scope's own (vocab/complement_parts.csv: "oil and gas" beside "non-oil")."""
    from .. import vocab

    # ("the non-oil and gas sector" leaves out the oil and gas, as "non-oil and gas" does)
    named = key.commodity[len("non-"):].removesuffix(" sector")
    # ("non-oil-and-gas" leaves out the "oil and gas", or "the oil and gas sector")
    spelled = [named] + ([named.replace("-", " ")] if "-" in named else []) + vocab.complement_parts().get(key.commodity, [])
    # ("non-energy goods" beside "energy": a noun for goods in general adds nothing to the
    # group left out, vocab/goods_nouns.csv)
    head, _, last = named.rpartition(" ")
    if head and last.lower() in vocab.goods_nouns():
        spelled.append(head)
    rest = next((r for r in [key._replace(commodity=n) for n in spelled + [n + " sector" for n in spelled]]
                 if r in model.vars), None)
    # (nor where the text gives an "other" part of the same flow: "Traditional exports
    # ..., Non-traditional exports ..., with other exports making up the remaining $25
    # million" names a third class; in any period the text gives it for: "other exports US$
    # 83 million" in 2009 makes 2008's classes three too)
    third = _other_part_in_any_period(model, key)
    # (nor where the sentence giving them says a rest exists without its figure: "; the
    # remainder corresponds to fuel and ship repairs")
    from ..link.remainders import UNQUANTIFIED_REST
    if rest is not None and any(c.extra.get(UNQUANTIFIED_REST) for k in (key, rest) if k in model.vars for c in model.amounts.get(model.vars[k], [])):
        return None
    if rest is None or third or _class_of_goods(rest.commodity) or whole not in model.vars or whole == key._replace(commodity="goods and services"):
        return None
    return rest


def _other_part_in_any_period(model: Model, key) -> bool:
    """Whether the text gives an "other" part of the key's flow and pair, in any period."""
    other = key._replace(commodity="other", period=None)
    return any(k._replace(period=None) == other for k in model.vars)


def _stated_within(model: Model, key):
    """The key of the part a "non-X" figure is said to be within (`_within`, link/claims.py),
    where the text gives it; else None."""
    within = next((c.extra["_within"] for c in model.amounts.get(model.vars[key], []) if c.extra.get("_within")), None)
    return key._replace(commodity=within) if within and key._replace(commodity=within) in model.vars else None


def _scope_named_last(model: Model, key):
    """The key of the scope a "non-X Y" figure's last word names, where the vocabulary knows
    "Y exports" as a scope of the flow (vocab/commodities.csv: "domestic exports" is the
    exports excluding re-exports) and the text gives it: "non-oil domestic exports" and "oil
    domestic exports" split the domestic exports, not all the exports beside re-exports.
    Else None."""
    from .. import vocab

    last = key.commodity.rpartition(" ")[2]
    if last == key.commodity or not key.measure:
        return None
    label = vocab.commodity_labels().get(f"{last} {key.measure}".lower())
    scope = key._replace(commodity=label) if label else None
    return scope if scope is not None and scope in model.vars else None


def _complement_within_product(model: Model, key):
    """"Basmati rice accounted for ₹31,240 crore of this, while non-basmati varieties fetched
    ₹24,560 crore": a "non-X" scope (its kinds, vocab/kind_nouns.csv, no product of their own)
    beside "X Y", a kind of a product Y the text also gives: together they make Y. Returns
    (the "X Y" key, the Y key), or (None, None)."""
    from .. import vocab

    words = key.commodity[len("non-"):].split()
    if len(words) > 1 and words[-1] in vocab.kind_nouns():
        words = words[:-1]
    if len(words) != 1:
        return None, None
    named = words[0] + " "
    found = [k for k in model.vars if k.commodity and k.commodity.startswith(named) and k._replace(commodity=None) == key._replace(commodity=None)]
    if len(found) != 1:
        return None, None
    rest = found[0]
    whole = key._replace(commodity=rest.commodity[len(named):])
    if whole not in model.vars or key._replace(commodity="other") in model.vars or _class_of_goods(rest.commodity):
        return None, None
    return rest, whole


def _accounts_beside_trade(model: Model) -> None:
    """"The trade surplus widened to R165.7 billion ... The shortfall on the services, income
    and current transfer account widened to R219.3 billion": the trade balance and the rest
    of the current account (vocab/accounts.csv, beside_trade) make up the current account,
    where all three are stated."""
    from .. import vocab

    for key in list(model.keys):
        whole = vocab.accounts_beside_trade().get(key.commodity or "") if key.measure == "balance" else None
        if whole is None:
            continue
        trade, total = _term(model, key._replace(commodity=None)), key._replace(commodity=whole)
        if trade in model.vars and total in model.vars:
            ir, it, iw = model.vars[key], model.vars[trade], model.vars[total]
            model.add(Group("sum", [], [({iw: 1.0, it: -1.0, ir: -1.0}, 0.0, 0.0)],
                            explain=_explain_parts(iw, [it, ir])))


_BOP_BASIS = "BOP basis"


def _account_parts(model: Model) -> None:
    """"A goods surplus of $92bn ... a services deficit of $39bn and a primary income deficit
    of $85bn ... secondary income added $3bn" beside "a current account deficit of $29bn":
    the balances of an account's parts (vocab/account_parts.csv) add up to its balance, where
    every part is stated for the same pair, period and currency (a missing one is no
    unknown: releases often give only some). A bare balance stands for the goods one only
    where no goods balance is stated and services are stated apart (so it is no goods and
    services balance)."""
    from .. import vocab

    for key in list(model.keys):
        parts = vocab.account_parts().get(key.commodity or "") if key.measure == "balance" else None
        if not parts:
            continue
        terms = []
        for part in parts:
            # (a balance "on a balance-of-payments basis" is on the basis of the whole's own
            # accounts, not another series of them)
            found = [t for c in ((part, None) if part == "goods" else (part,)) for t in
                     (key._replace(commodity=c), key._replace(commodity=c, series=_BOP_BASIS)) if t in model.vars]
            if not found:
                break
            terms.append(model.vars[found[0]])
        else:
            iw = model.vars[key]
            model.add(Group("sum", [], [({iw: 1.0, **{i: -1.0 for i in terms}}, 0.0, 0.0)],
                            explain=_explain_parts(iw, terms)))


# the partner of a figure for a group's members but those named: "EUU other than DEU"
_OTHERS = re.compile(r"group:(?P<group>.+?) other than (?P<named>[A-Z]{3}(?:\+[A-Z]{3})*)")
# every place but those named: "other than EUU" ("non-EU countries"), the rest of the world
_ALL_BUT = re.compile(r"group:other than (?P<named>[A-Z]{3}(?:\+[A-Z]{3})*)")


def _two_way_flows(model: Model) -> None:
    """"Two-way goods and services trade: A$26.5 billion" over bullets for goods exports,
    goods imports, services exports and services imports: the exports and the imports the
    total adds up are each goods plus services, though the text states neither whole (made
    here, so that the goods-plus-services sums below and the total's sum tie them)."""
    for key in list(model.keys):
        if key.measure != "trade_total" or key.commodity != "goods and services":
            continue
        for rep, par in ((key.reporter, key.partner), (key.partner, key.reporter)):
            flows = [key._replace(measure=f, reporter=rep, partner=par) for f in ("exports", "imports")]
            if all(f._replace(commodity=c) in model.vars for f in flows for c in ("goods", "services")):
                for f in flows:
                    model.var(f._replace(commodity=key.commodity))


def add_partner_rest(model: Model) -> None:
    """"Exports to Germany were €4.1bn; the rest – €5.9bn – went to other EU countries": the
    places named and the rest of their group make up the flow with the group ("imports from
    the EU ... and from non-EU countries": with the world)."""
    for key in list(model.keys):
        mm = _OTHERS.fullmatch(key.partner) or _ALL_BUT.fullmatch(key.partner)
        if mm is None:
            continue
        whole = key._replace(partner=_group_key(mm["group"]) if mm.re is _OTHERS else "WLD")
        parts = [key._replace(partner=iso) for iso in mm["named"].split("+")]
        if whole not in model.vars and key.commodity is None:
            # ("Britain's trade deficit in goods widened to £2.2bn ... The deficit with the rest
            # of the European Union was £0.9bn and the gap with countries outside the EU
            # £1.3bn": places named with no product split the flow the text gives in goods)
            whole = whole._replace(commodity="goods")
        if whole not in model.vars or any(p not in model.vars for p in parts):
            continue
        iw, ir = model.vars[whole], model.vars[key]
        row = {iw: 1.0, ir: -1.0}
        for p in parts:
            row[model.vars[p]] = row.get(model.vars[p], 0.0) - 1.0
        model.add(Group("sum", [], [(row, 0.0, 0.0)],
                        explain=_explain_parts(iw, [model.vars[p] for p in parts] + [ir], label="partner")))


def add_unit_outside(model: Model) -> None:
    """"Exports to the rest of the UK were £45.4 billion ... Total exports (international plus
    rest of UK) were £65.7 billion": a sub-national unit's flow with everywhere outside itself
    (vocab.unit_outside) is its flow with other countries plus its flow with the rest of its
    own country, where the text gives both."""
    from .. import vocab

    for key in list(model.keys):
        if key.partner is None or key.partner != vocab.unit_outside(key.reporter):
            continue
        parts = [key._replace(partner="WLD"), key._replace(partner=vocab.country_of(key.reporter))]
        if any(p not in model.vars for p in parts):
            continue
        iw, ia, ih = model.vars[key], model.vars[parts[0]], model.vars[parts[1]]
        model.add(Group("sum", [], [({iw: 1.0, ia: -1.0, ih: -1.0}, 0.0, 0.0)],
                        explain=_explain_parts(iw, [ia, ih], label="partner")))


def add_group_partitions(model: Model) -> None:
    """"Exports to EU countries: €585bn, of which €369bn to the euro area and €216bn to EU
    countries outside it": a reporter's flow with a group is the sum of its flows with the
    groups that split it by definition (vocab/group_partitions.csv), where the text gives each."""
    from .. import vocab

    splits = vocab.group_partitions()
    for key in list(model.keys):
        parts = splits.get(key.partner.removeprefix("group:")) if key.partner else None
        if not parts:
            continue
        keys = [key._replace(partner=_group_key(p)) for p in parts]
        if any(k not in model.vars for k in keys):
            continue
        iw = model.vars[key]
        row = {iw: 1.0}
        for k in keys:
            row[model.vars[k]] = -1.0
        model.add(Group("sum", [], [(row, 0.0, 0.0)],
                        explain=_explain_parts(iw, [model.vars[k] for k in keys], label="partner")))


# the partner of a figure for several places taken together: "group:KHM+MYS+THA+VNM"
_LISTED = re.compile(r"group:(?P<named>[A-Z]{3}(?:\+[A-Z]{3})+)")


def add_listed_partners(model: Model) -> None:
    """"imported $11.9 billion of solar cells from Cambodia, Malaysia, Thailand and
    Vietnam ... Vietnam supplied $3.8 billion, Thailand $3.6 billion, ...": the flow with
    places named together is the sum of the flows with each, where the text gives each."""
    for key in list(model.keys):
        mm = _LISTED.fullmatch(key.partner or "")
        if mm is None:
            continue
        parts = [key._replace(partner=iso) for iso in mm["named"].split("+")]
        if any(p not in model.vars for p in parts):
            continue
        iw = model.vars[key]
        row = {iw: 1.0}
        for p in parts:
            row[model.vars[p]] = row.get(model.vars[p], 0.0) - 1.0
        model.add(Group("sum", [], [(row, 0.0, 0.0)],
                        explain=_explain_parts(iw, [model.vars[p] for p in parts], label="partner")))


def add_members_of_a_bloc(model: Model) -> None:
    """"Hong Kong's total exports to ASEAN reached HK$272.1 billion" over a list "- Vietnam:
    82.6 - Singapore: 71.4 ... - Cambodia, Myanmar, Laos and Brunei: 3.6": flows with places,
    one each or several named together, that between them give every member of a bloc once
    (vocab/blocs.csv) make up the flow with the bloc; not for a member's flow with its own bloc.
    Places overlapping, or a member left out: no sum (which figures split the bloc is unsaid)."""
    from .. import vocab

    blocs = vocab.bloc_members()
    places_by_side: dict[tuple, list[tuple[QKey, frozenset[str]]]] = {}
    wholes = []
    for key in model.keys:
        for own, side in _sides(key):
            if side in blocs:
                wholes.append((key, own, blocs[side]))
            elif places := _places_of(side, blocs):
                places_by_side.setdefault(_without_side(key, own), []).append((key, places))
    for whole, own, members in wholes:
        if own in members:
            continue  # (a member's flow with its own bloc: a column of members is likelier their flows with it)
        parts = [(k, p) for k, p in places_by_side.get(_without_side(whole, own), ()) if p <= members]
        if len(parts) < 2 or sum(len(p) for _, p in parts) != len(members) or frozenset().union(*(p for _, p in parts)) != members:
            continue
        iw, ips = model.vars[whole], [model.vars[k] for k, _ in parts]
        row = {iw: 1.0}
        for i in ips:
            row[i] = row.get(i, 0.0) - 1.0
        model.add(Group("sum", [], [(row, 0.0, 0.0)], explain=_explain_parts(iw, ips, label="partner")))


def add_units_of_a_country(model: Model) -> None:
    """"Flanders accounted for 81.6% of Belgium's total exports of €268.9 billion. Wallonia
    exported goods worth €38.6 billion and the Brussels-Capital Region €10.9 billion" after
    Flanders' €219.4bn: where a text gives the figure of every unit a country's statistics
    split it into (vocab/country_divisions.csv), of one flow, partner, period and product,
    the units add up to the country's figure. Some units left out: no sum (the rest is unsaid)."""
    from .. import vocab

    divisions = vocab.country_divisions()
    for key in list(model.keys):
        units = divisions.get(key.reporter)
        if not units:
            continue
        parts = [key._replace(reporter=unit) for unit in sorted(units)]
        if any(p not in model.vars for p in parts):
            continue
        iw, ips = model.vars[key], [model.vars[p] for p in parts]
        row = {iw: 1.0}
        for i in ips:
            row[i] = -1.0
        model.add(Group("sum", [], [(row, 0.0, 0.0)], explain=_explain_parts(iw, ips, label="reporter")))


def _sides(key: QKey) -> list[tuple[str, str]]:
    """(own side, other side) of a flow's pair: the reporter and the partner, and for a total
    of trade (whose pair is kept in either order) the other way round too."""
    pairs = [(key.reporter, key.partner)]
    return pairs + [(key.partner, key.reporter)] if key.measure == "trade_total" else pairs


def _without_side(key: QKey, own: str) -> tuple:
    """A flow's key less its other side: what a bloc's flow and its members' flows share."""
    return (key.measure, own, key.period, key.commodity, key.currency, key.source, key.series)


def _places_of(side: str, blocs) -> frozenset[str] | None:
    """The countries a pair's side names: one ("VNM") or several together
    ("group:BRN+KHM+LAO+MMR"); None for the world, a bloc or a group with no code."""
    if side and len(side) == 3 and side.isupper() and side != "WLD" and side not in blocs:
        return frozenset((side,))
    mm = _LISTED.fullmatch(side or "")
    return frozenset(mm["named"].split("+")) if mm else None


def add_joint_parts(model: Model) -> None:
    """"Together, the three commodities accounted for US$9,979.7 million": the figure the
    parts take together is their sum (the parts the linker found, `_parts`)."""
    from .system import key_of

    for c in model.claims.values():
        parts = c.extra.get("_parts") if c.kind == "amount" else None
        key = key_of(c) if parts else None
        if key is None or key not in model.vars:
            continue
        keys = [key_of(p) for p in parts]
        if any(k is None or k.currency != key.currency or k not in model.vars or k == key for k in keys):
            continue
        iw, ips = model.vars[key], [model.vars[k] for k in keys]
        row = {iw: 1.0}
        for i in ips:
            row[i] = row.get(i, 0.0) - 1.0
        label = ("partner" if len({k.partner for k in keys}) > 1 else "reporter" if len({k.reporter for k in keys}) > 1
                 else "measure" if len({k.measure for k in keys}) > 1 else "period" if len({k.period for k in keys}) > 1
                 else "commodity")
        model.add(Group("sum", [], [(row, 0.0, 0.0)], explain=_explain_parts(iw, ips, label=label)))


def add_rest_of_parts(model: Model) -> None:
    """"Computer services formed the bulk of the total at $138.6 billion, or 83.8 per cent,
    while ITeS and BPO services accounted for the remaining $26.8 billion": the parts named
    before the rest (link/breakdowns.py, `_rest_after`) and the rest make up the whole that a
    share of those parts names (`_whole_commodity`); with no such share, which whole is left
    is not said, and nothing is added up."""
    from ..link.breakdowns import REST_OF_PRODUCT
    from .system import key_of

    for c in model.claims.values():
        starts = c.extra.get("_rest_after")
        if not starts:
            continue
        named = [p for p in model.claims.values() if p.kind == "amount" and p.start in starts]
        # (or the product the rest's own words named, "other iron and steel products for the
        # remaining $1.00 billion", after that product's whole: link/breakdowns.py)
        whole_label = next((s.extra["_whole_commodity"] for s in model.claims.values() if s.kind == "share" and s.extra.get("_whole_commodity")
                            and any(s.sentence == p.sentence and s.commodity == p.commodity and 0 < s.start - p.end < 30 for p in named)),
                           c.extra.get(REST_OF_PRODUCT))
        key = key_of(c) if whole_label else None
        if key is None or key not in model.vars:
            continue
        keys = [key_of(p) for p in named]
        whole = key._replace(commodity=whole_label)
        if whole not in model.vars or any(k is None or k not in model.vars or k in (key, whole) for k in keys):
            continue
        if len(set(keys)) != len(keys):
            continue  # (two parts read as one product, "stainless steel" and "semi-finished products": which is which is lost)
        iw, ips = model.vars[whole], [model.vars[k] for k in keys] + [model.vars[key]]
        row = {iw: 1.0}
        for i in ips:
            row[i] = row.get(i, 0.0) - 1.0
        model.add(Group("sum", [c.id], [(row, 0.0, 0.0)], explain=_explain_parts(iw, ips)))


def add_sectors_and_their_rest(model: Model) -> None:
    """"By sector, manufacturing remained the largest exporter, with US$ 170.9 billion ... The
    extractive industry ... exported US$ 86.1 billion, and agriculture, US$ 81.2 billion. Other
    products added US$ 1.4 billion": the sectors a paragraph names (vocab/sector_words.csv) and
    the other products that close it share out the whole flow, so they add up to it. Every
    figure of the flow's period and pair since the paragraph began is a part; a part within
    another, or two read as one product, and no part is summed. So do the products a paragraph
    names one by one and the rest that closes it by a label for all the others ("Gold earned
    $830.1 million, cocoa $818.4 million ... while other exports, including ..., brought in
    $648.1 million": vocab/rest_item_labels.csv), the whole stated before."""
    from .system import key_of

    amounts = [c for c in model.claims.values() if c.kind == "amount"]
    for rest in amounts:
        residual = rest.how.get("commodity") == "residual-group"
        if not residual and (rest.commodity or "").lower() not in _rest_labels() or rest.measure not in ("exports", "imports"):
            continue
        same = (rest.measure, rest.reporter, rest.partner, rest.period, rest.currency)
        named = [p for p in amounts if p.paragraph == rest.paragraph and p.start < rest.start
                 and (p.measure, p.reporter, p.partner, p.period, p.currency) == same]
        if len(named) < 2 or residual and not any(p.how.get("commodity") == "sector-flow" for p in named) \
                or any(not p.commodity or p.extra.get("_within") for p in named):
            continue
        if not residual and (any(p.extra.get("_breakdown") for p in named)
                             or any(p.paragraph < rest.paragraph and p.commodity for p in amounts
                                    if (p.measure, p.reporter, p.partner, p.period, p.currency) == same)
                             or any(p.paragraph == rest.paragraph and p.start < rest.start and p not in named for p in amounts)):
            # (a part of one of the parts, "of which mining products accounted for"; a product
            # given in a paragraph before, "Log export receipts were SI$1,654 million"; or money
            # in the paragraph read otherwise, "and crude oil US$1,345.4 million": the
            # paragraph's products are then not surely all the parts the rest closes)
            continue
        keys = [key_of(p) for p in named + [rest]]
        whole = keys[-1]._replace(commodity=None) if keys[-1] is not None else None
        if whole not in model.vars or not model.amounts.get(model.vars[whole]) \
                or any(k is None or k not in model.vars for k in keys) or len(set(keys)) != len(keys):
            continue
        iw, ips = model.vars[whole], [model.vars[k] for k in keys]
        row = {iw: 1.0}
        for i in ips:
            row[i] = -1.0
        model.add(Group("sum", [rest.id], [(row, 0.0, 0.0)], explain=_explain_parts(iw, ips)))


@functools.cache
def _rest_labels() -> frozenset[str]:
    """Labels for all the parts a list leaves out ("other", "others": vocab/rest_item_labels.csv)."""
    from .. import vocab

    return frozenset(r["label"].lower() for r in vocab.table("rest_item_labels"))


def add_rest_of_a_named_total(model: Model) -> None:
    """"... (total 2) CHF 31.0 billion ... "total 1" CHF 22.4 billion. Precious metals
    accounted for the remaining CHF 8.6 billion": the wider named total is the plain one and
    the rest together (link/series_totals.py)."""
    from ..link.series_totals import REST_OF_WIDER
    from .system import key_of

    by_start = {c.start: c for c in model.claims.values() if c.kind == "amount"}
    for c in model.claims.values():
        starts = c.extra.get(REST_OF_WIDER)
        if not starts:
            continue
        stated = [by_start.get(x) for x in starts]
        keys = [key_of(x) if x is not None else None for x in stated] + [key_of(c)]
        if any(k is None or k not in model.vars for k in keys) or len(set(keys)) != 3:
            continue
        iw, ip, ir = (model.vars[k] for k in keys)
        model.add(Group("sum", [c.id], [({iw: 1.0, ip: -1.0, ir: -1.0}, 0.0, 0.0)], explain=_explain_parts(iw, [ip, ir])))


def add_remainder_of_partners(model: Model) -> None:
    """"Trade with the socialist countries came to 82.2 billion roubles ... The remainder of
    turnover was divided between the developed capitalist countries, with 37.3 billion
    roubles, and the developing countries, with 13.0 billion roubles": the partners' figures
    named since the whole and those the rest is split into make up the whole
    (link/remainders.py)."""
    from ..link.remainders import REMAINDER_OF
    from .system import key_of

    by_start = {c.start: c for c in model.claims.values() if c.kind == "amount"}
    splits: dict[tuple, list] = {}
    for c in model.claims.values():
        if c.extra.get(REMAINDER_OF):
            whole, named = c.extra[REMAINDER_OF]
            splits.setdefault((whole, tuple(named)), []).append(c)
    for (whole, named), rest in splits.items():
        stated = [by_start.get(whole)] + [by_start.get(n) for n in named] + rest
        keys = [key_of(x) if x is not None else None for x in stated]
        if any(k is None or k not in model.vars for k in keys) or len(set(keys)) != len(keys):
            continue
        iw, ips = model.vars[keys[0]], [model.vars[k] for k in keys[1:]]
        row = {iw: 1.0}
        for i in ips:
            row[i] = row.get(i, 0.0) - 1.0
        model.add(Group("sum", [c.id for c in rest], [(row, 0.0, 0.0)], explain=_explain_parts(iw, ips)))


def add_kinds_of_product(model: Model) -> None:
    """"readymade garments fetched $36.15 billion ... Knitwear brought in $19.28 billion and
    woven garments $16.87 billion": product groups whose Harmonized System codes (vocab/
    commodities.csv) share none and together are exactly the codes of a group the text gives
    (HS 61 and 62 are garments, 61 62) are that group's kinds, their sum its figure. Only
    whole codes of the group count as kinds; a narrower item (a heading within a chapter)
    is a part of a kind, not one."""
    from .. import vocab

    codes = {}  # (a whole may be two groups joined by "and": their codes together, vocab.group_codes)
    by_rest: dict = {}
    for key, i in model.vars.items():
        if key.measure in ("exports", "imports") and model.amounts.get(i) and (found := vocab.group_codes(key.commodity)):
            codes[key.commodity] = found
            by_rest.setdefault(key._replace(commodity=None), []).append(key)
    for keys in by_rest.values():
        if len(keys) < 3:
            continue  # (a whole and two kinds at least; cheap)
        for whole in keys:
            kinds = [k for k in keys if k != whole and codes[k.commodity] < codes[whole.commodity]]
            if len(kinds) < 2 or any(not vocab.different_goods(a.commodity, b.commodity) for a in kinds for b in kinds if a != b):
                continue
            if frozenset().union(*(codes[k.commodity] for k in kinds)) != codes[whole.commodity]:
                continue
            iw, ips = model.vars[whole], [model.vars[k] for k in kinds]
            row = {iw: 1.0}
            for i in ips:
                row[i] = -1.0
            model.add(Group("sum", [], [(row, 0.0, 0.0)], explain=_explain_parts(iw, ips)))


def add_complementary_kinds(model: Model) -> None:
    """"Finished steel exports were $9bn ... semi-finished steel exports $2bn. Total steel exports
    were $11bn": two kinds of a product that between them make all of it (a pair of vocab/
    complementary_kinds.csv), each given beside the product itself for the same flow, reporter,
    partner and period, add up to it."""
    pairs = _complementary_pairs()
    if not pairs:
        return
    for key, iw in list(model.vars.items()):
        if not key.commodity or key.measure not in ("exports", "imports") or not model.amounts.get(iw):
            continue
        for kind, complement in pairs:
            ka = key._replace(commodity=f"{kind} {key.commodity}")
            kb = key._replace(commodity=f"{complement} {key.commodity}")
            if ka in model.vars and kb in model.vars:
                ia, ib = model.vars[ka], model.vars[kb]
                if model.amounts.get(ia) and model.amounts.get(ib):
                    model.add(Group("sum", [], [({iw: 1.0, ia: -1.0, ib: -1.0}, 0.0, 0.0)], explain=_explain_parts(iw, [ia, ib])))


@functools.cache
def _complementary_pairs() -> tuple[tuple[str, str], ...]:
    from .. import vocab

    return tuple((r["kind"].lower(), r["complement"].lower()) for r in vocab.table("complementary_kinds"))


def _group_key(label: str) -> str:
    """The key of a group a label names: its code where it has one ("EUU"), else the label."""
    return label if label in _coded_groups() else "group:" + label


@functools.cache
def _coded_groups() -> frozenset[str]:
    from .. import vocab

    return frozenset(iso for iso, kind, _ in vocab.countries().values() if iso and kind in ("name", "short", "group"))


def _class_of_goods(label: str) -> bool:
    """Whether a product label is a class of goods ("rural goods", "capital goods")."""
    from .. import vocab

    words = label.split()
    return len(words) >= 2 and words[-1] == "goods" and words[0] in vocab.goods_classes()


def _explain_two(ik, i1, i2, measure):
    def explain(model: Model) -> Explanation:
        k, a, b = stated(model, ik), stated(model, i1), stated(model, i2)
        if a is None or b is None:
            return Explanation("two_sides_not_stated", {})
        v = a.value + b.value
        fields = {"flow": measure, "one": money(a.value, a.currency), "other": money(b.value, b.currency),
                  "sum": money(v, a.currency)}
        if k is None:
            return Explanation("two_sides_total_not_stated", fields, v)
        return Explanation("two_sides", {**fields, "stated": money(k.value, k.currency)}, v, k.value)
    return explain


def _explain_parts(iw, parts, label: str = "commodity"):
    def explain(model: Model) -> Explanation:
        w = stated(model, iw)
        ps = [stated(model, i) for i in parts]
        if w is None or any(p is None for p in ps):
            return Explanation("parts_not_stated", {})
        v = sum(p.value for p in ps)
        terms = " + ".join(f"{money(p.value, p.currency)} ({_part_name(model.keys[i], label)})" for p, i in zip(ps, parts))
        return Explanation("parts", {"parts": terms, "sum": money(v, w.currency), "stated": money(w.value, w.currency)},
                           v, w.value)
    return explain


def _explain(ik, ix, im, op):
    def explain(model: Model) -> Explanation:
        k, x, m = stated(model, ik), stated(model, ix), stated(model, im)
        what = "total" if op == "+" else "balance"
        if x is None or m is None:
            known = [f"{n} {money(c.value, c.currency)}" for n, c in (("the " + what, k), ("exports", x), ("imports", m))
                     if c is not None]
            if k is not None and (x is None) != (m is None):
                # the flow not stated, from the two that are: total = x + m, balance = x - m
                other = x if m is None else m
                missing = (k.value - other.value if op == "+" else
                           (other.value - k.value if m is None else k.value + other.value))
                if missing >= 0:
                    return Explanation(f"{what}_implies", {"known": " and ".join(known),
                                                           "missing": "imports" if m is None else "exports",
                                                           "value": money(missing, k.currency)})
            return Explanation(f"{what}_negative_flow", {"known": " and ".join(known)})
        v = x.value + m.value if op == "+" else x.value - m.value
        fields = {"exports": money(x.value, x.currency), "imports": money(m.value, m.currency),
                  "sum" if op == "+" else "difference": money(v, x.currency)}
        if k is None:
            return Explanation(f"{what}_not_stated", fields, v)
        return Explanation(what, {**fields, "stated": money(k.value, k.currency)}, v, k.value)
    return explain


def _part_name(key: QKey, label: str) -> str:
    """How a part is named in a message: its product, its partner ("other than DEU"), its
    reporter (the places ranked by their exports to the world), or its flow (the exports and
    imports a total adds up)."""
    if label == "measure":
        return key.measure
    if label == "period":
        return key.period  # (the months of a year a colon lists: "US$84.3 million in March, ...")
    if label == "reporter":
        return key.reporter[len("group:"):] if key.reporter.startswith("group:") else key.reporter
    if label != "partner":
        return str(key.commodity) if key.commodity is not None else "trade"  # (the bare trade balance beside an account)
    return key.partner[len("group:"):] if key.partner.startswith("group:") else key.partner
