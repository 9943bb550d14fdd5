"""`ratio`: multiples ("sixfold", "three times higher", "halved") against the two figures
they compare, and shares ("40% of exports") against their part and whole."""
from __future__ import annotations

import re

from .. import vocab
from ..model import Claim
from .catalogue import Explanation
from .format import money
from .growth import add_growth
from .sums import _OTHERS, _group_key, _term
from .system import Group, Model, factor_rows, key_of, leaves_a_part_out, sign_of, stated, whole_of


def add(model: Model, claims: list[Claim]) -> None:
    for c in claims:
        if c.extra.get("_rate_multiple"):
            _add_rate_multiple(model, c)
    for c in claims:
        if c.kind in ("multiple", "percent_change") and c.extra.get("_flow_multiple"):
            if not c.extra.get("refuted"):  # (a claimant's multiple a fact check refutes: no check reads it)
                _add_flow_multiple(model, c, claims)
        elif c.kind == "multiple" and c.measure != "other":
            add_growth(model, c, "ratio", _describe_multiple)
        elif c.kind == "share" and c.extra.get("_whole") == "a goal":
            continue  # (a share of a target: the target is no flow)
        elif c.kind == "share" and c.extra.get("_whole") == "GDP":
            continue  # (of a whole no flow is: only against another such share, below)
        elif c.kind == "share" and c.measure != "other" and not c.extra.get("whole"):
            _add_share(model, c)
    _add_shares_of_gdp(model, claims)
    _add_shares_of_stated_gdp(model, claims)
    _add_shares_of_turnover(model, claims)


# measure rules that read an amount as a company's turnover level
_TURNOVER_LEVELS = ("flow-word", "company-report-turnover")


def _add_shares_of_turnover(model: Model, claims: list[Claim]) -> None:
    """"Hyundai Motor Co. said its 2024 revenue rose 7.7 percent to 175.23 trillion won. North
    America accounted for 37 percent of the company's revenue, or 64.8 trillion won": a share
    of a company's turnover, restated in money right after it, is that money over the last
    turnover level the text gave before it, where that level is of the share's period and in
    the money's currency (else which level the share is of is a guess, and nothing is checked)."""
    for k, c in enumerate(claims):
        if c.kind != "share" or c.extra.get("_whole") != "turnover" or c.factor is None:
            continue
        part = claims[k + 1] if k + 1 < len(claims) else None
        # (a company's own report reads its sales as its turnover, "company-report-turnover"; a
        # level of an earlier period, "from 1.99 billion", is no whole of this share)
        levels = [w for w in claims[:k] if w.kind == "amount" and w.measure == "other" and w.period == c.period
                  and w.how.get("measure") in _TURNOVER_LEVELS]
        whole = levels[-1] if levels else None
        if part is None or whole is None or part.kind != "amount" or part.sentence != c.sentence \
                or part.start - c.end > 60 or _restates_the_amount_before(claims, k) \
                or part.currency != whole.currency or whole.period != c.period \
                or None in (part.native_low, part.native_high, whole.native_low, whole.native_high):
            continue
        ip, iw = (_turnover_var(model, x, "share:" + c.id if x is part else "WLD") for x in (part, whole))
        lo, hi = c.extra.get("factor_low", c.factor), c.extra.get("factor_high", c.factor)
        model.add(Group("ratio", [c.id], factor_rows(model, ip, iw, lo, hi), explain=_explain_share(c, ip, iw)))


# most characters between an amount and a share that restates it ("R3.2 billion, or 38%")
_RESTATING_GAP = 8


def _restates_the_amount_before(claims: list[Claim], k: int) -> bool:
    """"Export revenue was R3.2 billion, or 38% of group revenue, of which Europe took R1.9
    billion": a share right after an amount restates that amount, so the money after the share
    is another part, not its restatement."""
    prev = claims[k - 1] if k else None
    c = claims[k]
    return prev is not None and prev.kind == "amount" and prev.sentence == c.sentence and 0 <= c.start - prev.end <= _RESTATING_GAP


def _turnover_var(model: Model, c: Claim, side: str, what: str = "turnover") -> int:
    """A variable for a company's turnover, or a country's GDP (no trade flow, so no key of
    the flows'), bound by the amount stated for it."""
    from .system import QKey

    key = QKey(what, c.reporter or "", side, c.period, None, c.currency, None, None)
    fresh = key not in model.vars
    i = model.var(key)
    if fresh:
        sc = model.s(key)
        model.amounts.setdefault(i, []).append(c)
        model.add(Group("duplicate", [c.id], [({i: 1.0}, c.native_low / sc, c.native_high / sc)], relation=False))
    return i


def _add_shares_of_gdp(model: Model, claims: list[Claim]) -> None:
    """"Exports ... totalled £859.6 billion, or 32.0% of GDP. Imports ... £894.8 billion,
    equivalent to 33.3% of GDP": with no GDP among the quantities, two shares of one
    reporter's GDP in one period still tie their two stated flows, exports / imports =
    32.0% / 33.3%. Only flows with the world, and no balance (its sign would flip the
    ratio); each pair once, checked when both flows are stated."""
    shares = [c for c in claims if c.kind == "share" and c.extra.get("_whole") == "GDP" and c.partner == "WLD"
              and c.measure in ("exports", "imports", "trade_total") and c.extra.get("factor_low")]
    for a, b in zip(shares, shares[1:]):
        if (a.reporter, a.period, a.commodity) != (b.reporter, b.period, b.commodity) or a.measure == b.measure or not a.reporter:
            continue
        lo, hi = a.extra["factor_low"] / b.extra["factor_high"], a.extra["factor_high"] / b.extra["factor_low"]
        if key_of(a) is None or key_of(b) is None:
            return
        for ia, ib in _stated_in_each_currency(model, key_of(a), key_of(b)):
            rows = factor_rows(model, ia, ib, lo, hi)
            if rows:
                model.add(Group("ratio", [a.id, b.id], rows, explain=_explain_shares_of_gdp(a, b, ia, ib)))


def _add_shares_of_stated_gdp(model: Model, claims: list[Claim]) -> None:
    """"AMERICA bought $3.1 trillion ..., about 11% of its GDP of $27.4 trillion. It sold
    $2.0 trillion, or 7.3% of GDP": a share of GDP restating the flow just before it is that
    flow over the GDP the text states, where that GDP is one level of the share's reporter,
    period and the flow's currency (else which GDP is a guess, and nothing is checked). A
    balance is left out (its sign would make the share negative)."""
    for k, c in enumerate(claims):
        if c.kind != "share" or c.extra.get("_whole") != "GDP" or c.factor is None or k == 0:
            continue
        part = claims[k - 1]
        if part.kind != "amount" or part.measure not in ("exports", "imports", "trade_total") or part.measure != c.measure \
                or part.sentence != c.sentence or c.start - part.end > 40 or part.partner != "WLD":
            continue
        levels = {(g.value, g.currency): g for g in claims if g.kind == "amount" and g.extra.get("_gdp")
                  and g.reporter == part.reporter and g.period == part.period and g.currency == part.currency}
        ip = model.vars.get(key_of(part)) if key_of(part) else None
        gdp = next(iter(levels.values())) if len(levels) == 1 else None
        if ip is None or gdp is None or None in (gdp.native_low, gdp.native_high):
            continue
        iw = _turnover_var(model, gdp, "WLD", "GDP")
        lo, hi = c.extra.get("factor_low", c.factor), c.extra.get("factor_high", c.factor)
        model.add(Group("ratio", [c.id], factor_rows(model, ip, iw, lo, hi), explain=_explain_share(c, ip, iw)))


def _stated_in_each_currency(model: Model, ka, kb):
    """The variables of two quantities, in each currency of the text, where the text states
    both: a ratio of two levels is checked only between figures the text gives."""
    if ka is None or kb is None:
        return
    for cur in sorted(model.currencies):
        ia, ib = model.vars.get(ka._replace(currency=cur)), model.vars.get(kb._replace(currency=cur))
        if ia is not None and ib is not None and stated(model, ia) is not None and stated(model, ib) is not None:
            yield ia, ib


def _explain_shares_of_gdp(a: Claim, b: Claim, ia: int, ib: int):
    def explain(model: Model) -> Explanation:
        x, y = stated(model, ia), stated(model, ib)
        shares = a.factor / b.factor if a.factor and b.factor else None
        if x is None or y is None or not y.value:
            return Explanation("share_not_stated", {"text": a.text}, shares)
        obs = x.value / y.value
        fields = {"a": money(x.value, x.currency), "a_measure": x.measure, "b": money(y.value, y.currency),
                  "b_measure": y.measure, "ratio": f"{obs:.3f}", "a_text": a.text, "b_text": b.text,
                  "shares": f"{shares:.3f}" if shares else "?"}
        return Explanation("gdp_shares", fields, shares, round(obs, 4))
    return explain


def _add_flow_multiple(model: Model, c: Claim, claims: list[Claim]) -> None:
    """"imports were more than 10 times higher than exports": one flow of the pair over the
    other, same period. Checked only when both levels are stated (the multiple alone pins
    neither, and a flow implied by other figures is not what the sentence set side by side).
    "N times higher" is read as xN, the common reading, and as x(N+1) too: a conflict must
    hold under both."""
    fm = c.extra["_flow_multiple"]
    lo, hi = c.extra.get("factor_low"), c.extra.get("factor_high")
    if hi is not None and c.factor and _HIGHER.match(c.text[c.text.lower().rfind("times") + 5:] if "times" in c.text.lower() else ""):
        hi *= (c.factor + 1) / c.factor
    # (one flow to two partners: "its exports to China were three times its exports to the US",
    # "three times as much as it sold to Japan")
    new_key, old_key = (_side_key(model, c, claims, measure, fm.get(partner))
                        for measure, partner in ((fm["measure"], "partner"), (fm["of"], "of_partner")))
    for i_new, i_old in _stated_in_each_currency(model, new_key, old_key):
        rows = factor_rows(model, i_new, i_old, lo, hi)
        if rows:
            model.add(Group("ratio", [c.id], rows, explain=_explain_flow_multiple(c, i_new, i_old)))


def _side_key(model: Model, c: Claim, claims: list[Claim], measure: str, partner: str | None):
    """One side of a flow multiple: the flow with no product, or, where the text states it
    only with one ("Iran's non-oil exports to China, the UAE and Iraq stood at ... Imports
    from the Emirates were 2.4 times the value of exports to that country"), in that scope."""
    if c.extra["_flow_multiple"].get("commodity"):
        # (both sides one product group's flows: "1.5 times the export value of the group")
        return key_of(c, measure=measure, partner=partner, commodity=c.extra["_flow_multiple"]["commodity"])
    key = key_of(c, measure=measure, partner=partner)
    if key is None or c.commodity is not None or any(stated(model, i) is not None for i in _in_each_currency(model, key)):
        return key
    levels = [a for a in claims if a.kind == "amount" and a.measure == measure and a.reporter == key.reporter
              and a.period == c.period and a.value]
    products = {a.commodity for a in levels}
    # (at least two levels, every one of that product: the text's scope for the flow)
    if len(levels) < 2 or len(products) != 1 or None in products:
        return key
    return key._replace(commodity=products.pop())


def _in_each_currency(model: Model, key):
    return [i for cur in sorted(model.currencies) if (i := model.vars.get(key._replace(currency=cur))) is not None]


# "ten times higher" (read as x10 or x11), not "ten times that of"
_HIGHER = re.compile(r"\s*(?:higher|more|greater|larger|bigger)\b", re.I)


def _explain_flow_multiple(c: Claim, i_new: int, i_old: int):
    def explain(model: Model) -> Explanation:
        new, old = stated(model, i_new), stated(model, i_old)
        obs = new.value / old.value if new is not None and old is not None and old.value else None
        if obs is None:
            return Explanation("share_not_stated", {"text": c.text}, c.factor)
        fields = {"new": money(new.value, new.currency), "new_measure": new.measure, "old": money(old.value, old.currency),
                  "old_measure": old.measure, "ratio": f"{obs:.2f}", "text": c.text, "factor": _factor_text(c),
                  "bound": c.bound}
        return Explanation("flow_multiple", fields, c.factor, round(obs, 4))
    return explain


def _describe_multiple(c: Claim, observed: float) -> tuple[str, dict]:
    return "multiple", {"text": c.text, "factor": _factor_text(c), "bound": c.bound}


def _factor_text(c: Claim) -> str:
    """"x1/1.2" for "1.2 times less" (new/old stored as 1/1.2), "x3" for "three times higher"."""
    if c.extra.get("direction", 1) < 0 and c.factor:
        return f"1/{1 / c.factor:g}"
    return f"{c.factor:g}"


def _whole_key(model: Model, c: Claim, key):
    if c.extra.get("_port_of_country") and key.series == c.scope and c.partner == "WLD" \
            and c.reporter not in (None, "WLD") and c.measure in ("exports", "imports"):
        # ("Imports by port of entry: - Shuaiba Port: 1,416 (20.1 percent)": a port's share,
        # bracketed bare after its figure, is of the country's flow, not of the port's own
        # series; link/ports.py)
        return whole_of(model, key._replace(series=None)) if c.commodity else key._replace(series=None)
    if c.extra.get("_whole") == "recorded trade":
        return key._replace(series=None)  # "30-40 per cent of formal trade": of the recorded flow
    if c.extra.get("_whole_measure"):
        # "..., while re-exports accounted for 26.9 percent of the total" after a share of the
        # trade: of the trade, in the text's scope
        whole = key._replace(measure=c.extra["_whole_measure"])
        if whole.measure == "trade_total" and whole.reporter and whole.partner:
            # (two-way trade's key has its two sides in order, as key_of writes it)
            whole = whole._replace(**dict(zip(("reporter", "partner"), sorted((whole.reporter, whole.partner)))))
        return whole_of(model, whole)
    if c.extra.get("_whole_commodity") and c.extra.get("_whole_reporter") and key.measure in ("exports", "imports"):
        # "Andalusia shipped €2.6 billion of that, or 65 per cent" after Spain's olive oil
        # exports to Italy: of the country's flow of that product with the same partner
        return key._replace(reporter=c.extra["_whole_reporter"], commodity=vocab.matching_label(c.extra["_whole_commodity"]))
    if c.extra.get("_whole_commodity_none"):
        return key._replace(commodity=None)  # "two-thirds of the $536 billion ... — roughly $360 billion": of the figure's whole flow
    if c.extra.get("_whole_commodity"):
        return key._replace(commodity=vocab.matching_label(c.extra["_whole_commodity"]))  # "..., meaning education made up 37 per cent of the total"
    rest = _OTHERS.fullmatch(key.partner)
    if rest is not None:
        # "the rest – €5.9bn, or 59.0 percent of the total – went to other EU countries":
        # a share of the flow with the whole group
        return key._replace(partner=_group_key(rest["group"]))
    if c.extra.get("_whole_partner") and key.measure == "trade_total" and c.reporter and c.partner \
            and c.partner != c.extra["_whole_partner"] and {key.reporter, key.partner} == {c.reporter, c.partner}:
        # (two-way trade's key has its two sides in order: the part's partner is the side
        # the whole's partner takes, "Belarus's share of Russia's trade with the bloc")
        rep, par = sorted((c.reporter, c.extra["_whole_partner"]))
        return key._replace(reporter=rep, partner=par)
    if c.extra.get("_whole_partner"):
        return key._replace(partner=c.extra["_whole_partner"])  # "56.1 per cent of the exports to Africa"
    if c.extra.get("_whole_reporter"):
        # "São Paulo ..., representing 21.2% of the national total": a unit's part of its
        # country's flow (link/units.py); of the country's flow of a product where the whole
        # names one ("81.4 per cent of Canada's $84.6-billion in crude exports")
        rep, par = c.extra["_whole_reporter"], key.partner
        product = key.commodity if c.extra.get("_whole_has_commodity") else None
        return key._replace(commodity=product, **dict(zip(("reporter", "partner"), sorted((rep, par)) if key.measure == "trade_total" else (rep, par))))
    if c.extra.get("_of_group_total") and key.reporter in vocab.bloc_members().get(key.partner, ()):
        # "The UAE led with exports of $48 billion, 53 percent of the Gulf total": a member's
        # flow with its bloc, of the bloc's internal trade; "36 percent of intra-EAC exports":
        # of the internal flow the share names
        named = c.extra["_of_group_total"]
        return key._replace(measure=named if named in ("exports", "imports") else "trade_total", reporter=key.partner)
    if c.extra.get("_of_group_total") and c.extra.get("_whole_group"):
        # "South Africa alone accounted for 65 percent of intra-SADC trade", "44.6 percent of the
        # continent's internal trade": of the internal flow of the group the words name, not
        # of any trade the part's own sides have
        named, group = c.extra["_of_group_total"], "group:" + c.extra["_whole_group"]
        return key._replace(measure=named if named in ("exports", "imports") else "trade_total", reporter=group, partner=group)
    if c.extra.get("_of_world"):
        return key._replace(reporter="WLD", partner="WLD")  # "China's share of world exports"
    if c.extra.get("_of_total_flow") and key.measure in ("exports", "imports"):
        # "a share of 60 percent of total exports", "63.9% of all exports to China"
        return _total_as_stated(model, key._replace(commodity=None, partner=key.partner if c.extra["_of_total_flow"] == "partner" else "WLD"))
    if c.extra.get("_within") and c.commodity:
        # "with Toyota Motor shipping $30 billion, or a third of the total" after Japan's car
        # exports: a company's part of the product's flow named before, not of all exports
        return key._replace(commodity=vocab.matching_label(c.extra["_within"]))
    if c.extra.get("_of_ranking") and key.partner not in (None, "WLD") and key.measure in ("exports", "imports"):
        # "On the import side, Switzerland was the main partner (37.4%, €45.1 billion)": the
        # place's share of the flow it is ranked in, with everyone, of the same product
        return key._replace(partner="WLD")
    world = key._replace(reporter="WLD")
    if key.partner == "WLD" and key.reporter != "WLD" and c.extra.get("_scoped") and world in model.vars:
        # "2. Brazil - $19.2 billion (20.2%)" under the world's iron ore exports: a country's
        # flow with the world is a share of the world's flow of the article's product
        return world
    if c.extra.get("_whole_has_commodity") and (c.partner and c.partner != "WLD" or c.extra.get("partner_group")):
        # "84 per cent of its iron ore exports"; a group of partners' too ("Chile and Peru
        # together accounted for $3.1bn, or 40%, of Bolivia's copper imports")
        return key._replace(partner="WLD")
    if c.commodity and c.extra.get("_whole") == "the total" and key.partner not in (None, "WLD") \
            and model.amounts.get(model.vars.get(key._replace(partner="WLD"))):
        # "Japan's LNG import bill was ¥6.0 trillion ... imports of Australian LNG were ¥2.4
        # trillion, or 40.0% of the total": a product's part of the product's total the text states
        return key._replace(partner="WLD")
    if c.commodity and not c.extra.get("_scoped") and c.commodity != c.extra.get("_article_scope"):
        # (a text whose every figure is non-oil names no part by it: the whole of a partner's
        # share is then the non-oil flow with the world)
        return whole_of(model, key)
    if vocab.within_country(key.reporter, key.partner):
        # "Nearly a third of what Ontario sells outside its borders goes to the rest of
        # Canada": of which of the unit's wholes (its sales abroad, within, or both), only
        # words that name the whole say (_whole_partner, above)
        return None
    if key.partner != "WLD" and c.measure != "trade_total":  # (a group partner too: "51% ... to its neighbours")
        return key._replace(partner="WLD")
    if c.measure == "trade_total" and key.reporter == key.partner and str(key.reporter).startswith("group:"):
        # "Intra-African trade ... represented 14.9 percent of Africa's total trade": the
        # group's trade with itself, of its trade with the world
        return key._replace(reporter=min(key.reporter, "WLD"), partner=max(key.reporter, "WLD"))
    if c.measure == "trade_total" and (internal := _bloc_internal_trade(model, key)) is not None:
        # "total intra-EAC trade declined ... to $5,289 million ... Kenya remained the dominant
        # player, accounting for $2,041 million, or 38.6 per cent of the trade": a member's
        # trade with its own bloc is a part of the bloc's internal trade the text states
        return internal
    if c.measure == "trade_total" and "WLD" not in (key.reporter, key.partner):
        # the part is one partner's trade; the whole is the reporter's trade with the world
        # (a group's too: "China remained ASEAN's largest partner, ... 18.7 per cent of
        # ASEAN's total trade")
        rep = c.reporter or (("group:" + c.extra["reporter_group"]) if c.extra.get("reporter_group") else None)
        if rep:
            return key._replace(reporter=min(rep, "WLD"), partner=max(rep, "WLD"))
    return None


def _bloc_internal_trade(model: Model, key):
    """The key of a bloc's trade with itself, when `key` is a member's trade with that bloc
    and the text states the bloc's internal trade but not its trade with the world (where it
    states both, which one the share is of the words must say)."""
    members = {side: vocab.bloc_members().get(side, ()) for side in (key.reporter, key.partner)}
    bloc = key.partner if key.reporter in members[key.partner] else key.reporter if key.partner in members[key.reporter] else None
    if bloc is None:
        return None
    internal, world = key._replace(reporter=bloc, partner=bloc), key._replace(reporter=min(bloc, "WLD"), partner=max(bloc, "WLD"))
    if not _stated_in_any_currency(model, internal) or _stated_in_any_currency(model, world):
        return None
    return internal


def _stated_in_any_currency(model: Model, key) -> bool:
    return any(stated(model, i) is not None for i in _in_each_currency(model, key))


def _add_share(model: Model, c: Claim) -> None:
    lo, hi = c.extra.get("factor_low"), c.extra.get("factor_high")
    if c.extra.get("_whole") == "several parts":
        if c.extra.get("_parts"):
            _add_share_of_parts(model, c, c.extra["_parts"])
        return  # else the part is several partners or products together, not one quantity
    if c.extra.get("_whole") in (None, "the total") and _add_share_of_the_group(model, c, lo, hi):
        return
    if c.extra.get("_whole") == "the total" and (not c.commodity or c.extra.get("_scoped")) \
            and c.extra.get("_main_partner") != "WLD" and not _OTHERS.fullmatch("group:" + str(c.extra.get("partner_group"))):
        # "a quarter of the total" after a list of partners: which total is not said (the
        # article's own scope, "non-oil" in a text all about non-oil trade, names none)
        return
    if c.extra.get("_whole") == "a sector":
        return  # "36.2 percent of the sector's exports": which part's flow is the whole is a guess
    if _part_unread_within_named_whole(c):
        return
    if (not c.extra.get("_whole") and not c.extra.get("_of_group_total") and not c.extra.get("_whole_partner")
            and c.partner not in (None, "WLD")
            and str(c.extra.get("_main_partner") or "").startswith("group:")):
        # "Iraq ranked second with $10.4 billion (19.4 percent)" in a text on Iran's trade
        # with its neighbours: of their total or of Iran's, the words do not say
        return
    pairs = []
    for cur in sorted(model.currencies):
        # "exports covered 63.2% of imports": the whole is the imports ("the ratio of
        # imports from Morocco to exports to it": the exports)
        over, under = ("imports", "exports") if c.extra.get("_coverage") == "imports" else ("exports", "imports")
        part = key_of(c, measure=over if c.extra.get("_coverage") else None)
        if part is None:
            return
        part = part._replace(currency=cur)
        whole = part._replace(measure=under) if c.extra.get("_coverage") else _whole_key(model, c, part)
        if c.extra.get("_coverage_of_all_imports") and whole is not None:
            whole = whole._replace(commodity=None)  # ("the ratio of non-oil exports to imports": of all imports)
        if c.extra.get("_part_commodity") and c.extra.get("_whole_measure"):
            # "Non-oil exports reached Dh99.6 billion, accounting for 16.5 per cent of total
            # trade": the part is the amount's product, the whole the trade, named apart
            part = part._replace(commodity=vocab.matching_label(c.extra["_part_commodity"]))
        elif c.extra.get("_part_commodity"):
            # "re-exports ..., representing 30.6 percent of non-oil exports": the share names
            # the whole's product, the amount it restates the part's
            whole, part = part, part._replace(commodity=vocab.matching_label(c.extra["_part_commodity"]))
        if whole is not None and whole.commodity is None and part.commodity is not None:
            # "Pharmaceutical exports reached $9bn, or 45% of total exports of $20bn
            # (excluding gold)": of the whole as the text states it, less what it leaves out
            whole = whole._replace(commodity=_remainder_of_stated_whole(model, c) or None)
        if whole is not None and (c.extra.get("_whole") == "the total" or (c.extra.get("_topic_guess") and not c.extra.get("_product_unsure"))) \
                and not c.commodity \
                and _topic_part_of_a_stated_total(model, part, whole):
            # (a bare share in brackets too: "overtaking the United States (US$16.0 billion,
            # 21.4%)" under "IT exports" that also gives "total national exports"; not one of a
            # list already marked unsure of its product, whose check says so)
            continue
        if whole is not None:
            part, whole = _term(model, part), _term(model, whole)
        if whole is None or (part not in model.vars and whole not in model.vars):
            continue
        if part == whole:
            # a share below the whole read with the whole's own key: the part's product or
            # partner went unread, and the figure is no share of itself; and a whole's 100%
            # of itself ("- World: 24,010 (100.0%)") holds whatever its figure
            continue
        pairs.append((part, whole))
    # "1.38 trillion yen ($9.2 billion), or 1.4% of total exports of 100.9 trillion yen": in
    # the currency the text states both part and whole in; a bracketed conversion (at the
    # day's rate) set against a whole converted at the period's average rate is no check
    both = [(part, whole) for part, whole in pairs if part in model.vars and whole in model.vars]
    for part, whole in both or pairs:
        ip, iw = model.var(part), model.var(whole)
        # (a share of a deficit is a ratio of two negative figures, and only a stated
        # figure tells a balance's sign)
        rows = _size_rows(model, ip, iw, lo, hi) if _balance_of_a_flow(model, ip, iw) else factor_rows(model, ip, iw, lo, hi)
        if not rows:
            continue
        model.add(Group("ratio", [c.id], rows, explain=_explain_share(c, ip, iw)))


def _topic_part_of_a_stated_total(model: Model, part, whole) -> bool:
    """"China remained the biggest buyer, taking $17.94 billion, or 64.5 percent of the
    total" in a text on iron and steel exports that also gives the country's total exports:
    a part stated only by figures the text's own product may be of (`_topic_guess`,
    link/headline_products.py) is of that product's total or of all exports, the words do
    not say which. (Where the bare whole too is stated only by such figures, both are the
    text's product: "footwear exports fell to $20.24 billion ... the United States took
    $7.39 billion, or 41.5% of the total".)"""
    parts, wholes = model.amounts.get(model.vars.get(part), ()), model.amounts.get(model.vars.get(whole), ())
    return whole.commodity is None and bool(parts) and all(x.extra.get("_topic_guess") for x in parts) \
        and any(not x.extra.get("_topic_guess") for x in wholes)


def _total_as_stated(model: Model, key):
    """"Exports of goods and services hit $672 billion ... Iron ore earned $124 billion, or
    18.5 per cent of total exports": where the text states the flow's total only as goods
    and services (no bare or goods-only total of that pair and period, in any currency),
    "total exports" is that figure, not a bare total the text never gives."""
    wide = key._replace(commodity="goods and services")
    if not any(stated(model, i) is not None for i in _in_each_currency(model, wide)):
        return key
    if any(stated(model, i) is not None for label in (None, "goods") for i in _in_each_currency(model, key._replace(commodity=label))):
        return key
    return wide


def _remainder_of_stated_whole(model: Model, c: Claim) -> str | None:
    """The scope of the figure stated as a share's whole right after it, where that scope
    leaves a part of the flow out ("of total exports of $20bn (excluding gold)"): "excluding
    gold"; else None."""
    i = model.order.get(c.id)
    after = list(model.claims.values())[i + 1] if i is not None and i + 1 < len(model.claims) else None
    if after is None or after.kind != "amount" or after.sentence != c.sentence or after.how.get("measure") != "whole-of-share" \
            or after.commodity is not None or not after.scope or not leaves_a_part_out(after.scope):
        return None
    return after.scope


def _part_unread_within_named_whole(c: Claim) -> bool:
    """"IT accounted for 40.1% of Ukraine's total services exports": the share names its
    whole's product (services), which the claim carries; its part, a piece of that product
    with the world, went unread ("84 per cent of its iron ore exports" to one partner is the
    partner's part, and "_part_commodity" a part that was read). Which quantity is the part
    is then unknown, and nothing is checked."""
    return bool(c.extra.get("_whole_has_commodity")) and c.partner in (None, "WLD") and not c.extra.get("partner_group") \
        and not c.extra.get("_part_commodity") \
        and not c.extra.get("_of_world") and not c.extra.get("_whole_reporter")


def _balance_of_a_flow(model: Model, ip: int, iw: int) -> bool:
    """"The negative trade balance was USD 4,374.0 million, or 42.9% of turnover": a balance
    as a share of a flow, whose figure is the balance's size."""
    return model.keys[ip].measure == "balance" and model.keys[iw].measure != "balance"


def _size_rows(model: Model, ip: int, iw: int, lo: float | None, hi: float | None):
    """Rows for |balance|/flow in [lo, hi]; only a stated balance tells its sign."""
    if not model.amounts.get(ip):
        return []
    sign = sign_of(model, ip)
    rows = []
    if hi is not None:
        rows.append(({ip: float(sign), iw: -hi}, None, 0.0))
    if lo is not None:
        rows.append(({ip: float(sign), iw: -lo}, 0.0, None))
    return rows


def _whole_of_parts(keys: list):
    """The whole that parts differing in one way only make up: products of one flow, the
    partners of one reporter, or the world's exporters of one product."""
    if keys[0].measure == "trade_total" and len({(k.period, k.commodity) for k in keys}) == 1:
        # (a pair's trade is keyed with its places in order, so one place's trade with
        # several partners may differ in either side: the place they share is the reporter)
        common = set.intersection(*({k.reporter, k.partner} for k in keys))
        if len(common) == 1 and "WLD" not in common:
            rep, par = sorted((next(iter(common)), "WLD"))
            return keys[0]._replace(reporter=rep, partner=par)
    differ = [f for f in ("commodity", "reporter", "partner") if len({getattr(k, f) for k in keys}) > 1]
    if len(differ) != 1 or len({(k.measure, k.period) for k in keys}) != 1:
        return None
    if differ == ["commodity"]:
        return keys[0]._replace(commodity=None)
    if differ == ["partner"]:
        return keys[0]._replace(partner="WLD")
    if keys[0].partner == "WLD":  # exporters of one product to the world: the world's flow
        return keys[0]._replace(reporter="WLD")
    return None


def _add_share_of_the_group(model: Model, c: Claim, lo, hi) -> bool:
    """"Uganda's exports to the East African Community rose to US$ 1,672.4 million ... Kenya
    ..., taking US$ 712.9 million, or 42.6 percent of the total": in a text about a group of
    partners, a member's share is of the reporter's flow with the group when that is the
    only whole of the flow the text states (with its flow with the world stated too, which
    whole is meant is not said). Says whether it added the share."""
    main = str(c.extra.get("_main_partner") or "")
    # (or the places a lead lists as the sources: "imports ... from China and Vietnam")
    members = vocab.bloc_members().get(main) or frozenset(c.extra.get("_main_members") or ())
    if not members or c.partner not in members or c.commodity or lo is None or hi is None:
        return False
    part = key_of(c)
    if part is None:
        return False
    # (in the currency the text states both in: "Rs 1,932 crore, or 80 per cent of the total")
    part = next((part._replace(currency=cur) for cur in sorted(model.currencies)
                 if part._replace(currency=cur) in model.vars and part._replace(currency=cur, partner=main) in model.vars), part)
    whole = part._replace(partner=main)
    if whole not in model.vars or part not in model.vars or part._replace(partner="WLD") in model.vars:
        return False
    ip, iw = model.vars[part], model.vars[whole]
    rows = factor_rows(model, ip, iw, lo, hi)
    if not rows:
        return False
    model.add(Group("ratio", [c.id], rows, explain=_explain_share(c, ip, iw)))
    return True


def _add_share_of_parts(model: Model, c: Claim, parts: list[Claim]) -> None:
    """"Together the two categories made up 59.8 percent of the R8.7 billion total": the
    parts' sum over their whole."""
    lo, hi = c.extra.get("factor_low", c.factor), c.extra.get("factor_high", c.factor)
    keys = [key_of(p) for p in parts]
    if None in keys or lo is None or hi is None or c.measure == "balance":
        return  # (balances of either sign make no sum of parts to share out)
    for cur in sorted(model.currencies):
        ks = [k._replace(currency=cur) for k in keys]
        whole = _whole_of_parts(ks)
        if whole is not None and whole.partner == "WLD" and c.extra.get("_whole_partner"):
            whole = whole._replace(partner=c.extra["_whole_partner"])  # "or 85,2% of total exports to CEFTA"
        if whole is not None and whole.reporter == "WLD" and str(c.extra.get("_whole_reporter", "")).startswith("group:"):
            whole = whole._replace(reporter=c.extra["_whole_reporter"])  # "together 63% of the region's exports"
        if whole is not None and whole.commodity is None and c.extra.get("_whole_commodity"):
            # "Together, the two minerals brought in JD1.9 billion, or 22.6 per cent of the
            # Kingdom's national exports": of the flow the whole's words name, not all of it
            whole = whole._replace(commodity=vocab.matching_label(c.extra["_whole_commodity"]))
        if whole is None or whole in ks or whole not in model.vars or any(k not in model.vars for k in ks):
            continue
        if _whole_of_another_scope_stated(model, whole, ks):
            continue
        ips, iw = [model.vars[k] for k in ks], model.vars[whole]
        low = {i: 1.0 for i in ips} | {iw: -lo}
        high = {i: 1.0 for i in ips} | {iw: -hi}
        model.add(Group("ratio", [c.id], [(high, None, 0.0), (low, 0.0, None)], explain=_explain_parts_share(c, ips, iw)))


def _whole_of_another_scope_stated(model: Model, whole, parts) -> bool:
    """"Global exports of digitally delivered services ... rose to $4,250 billion ... of the
    world's total services exports of $7,827 billion ... Together, the five sold $1,891
    billion, or 44.5% of the global total": parts that name no product, of a whole the text
    states both bare and for a product, are of one of those two, which the words do not say."""
    if whole.commodity is not None:
        return False
    return any(k != whole and k not in parts and k._replace(commodity=None) == whole and model.amounts.get(i)
               for k, i in model.vars.items())


def _explain_parts_share(c: Claim, ips: list[int], iw: int):
    def explain(model: Model) -> Explanation:
        ps, w = [stated(model, i) for i in ips], stated(model, iw)
        if None in ps or w is None or not w.value:
            return Explanation("share_not_stated", {"text": c.text}, c.factor)
        total = sum(p.value for p in ps)
        obs = total / w.value
        fields = {"parts": " + ".join(money(p.value, p.currency) for p in ps), "sum": money(total, w.currency),
                  "whole": money(w.value, w.currency), "share": f"{obs * 100:.1f}%", "text": c.text, "bound": c.bound}
        return Explanation("parts_share", fields, c.factor, round(obs, 4))
    return explain


def _explain_share(c: Claim, ip: int, iw: int):
    def explain(model: Model) -> Explanation:
        p, w = stated(model, ip), stated(model, iw)
        if p is not None and p.value and (w is None or not w.value) and c.factor:
            # the whole is not stated: say what the share makes of it
            from .format import quantity_label

            fields = {"text": c.text, "part": money(p.value, p.currency), "whole": quantity_label(model.keys[iw]),
                      "implied": money(p.value / c.factor, p.currency)}
            return Explanation("share_implies_whole", fields, c.factor)
        if p is None or w is None or not w.value:
            return Explanation("share_not_stated", {"text": c.text}, c.factor)
        obs = p.value / w.value
        if _balance_of_a_flow(model, ip, iw):
            obs = abs(obs)  # (a deficit's size)
        fields = {"part": money(p.value, p.currency), "whole": money(w.value, w.currency), "share": f"{obs * 100:.1f}%",
                  "text": c.text, "bound": c.bound}
        return Explanation("share", fields, c.factor, round(obs, 4))
    return explain


# how far "double" may stray when stated without a qualifier, and with "about"
RATE_MULTIPLE_TOLERANCE = {"eq": 0.05, "approx": 0.10}


def _add_rate_multiple(model: Model, c: Claim) -> None:
    """"15 per cent, more than double the 6.18 per cent growth a year earlier": the growth
    rates themselves compared. Both rates are stated, so the check is arithmetic on the two
    figures (as rounded), a row on no variable that holds or cannot."""
    rm = c.extra["_rate_multiple"]
    a, factor, bound = rm["of"], rm["factor"], rm["bound"]
    rates = []
    for x in (a, c):
        lo, hi = x.extra.get("factor_low", x.factor), x.extra.get("factor_high", x.factor)
        if lo is None or hi is None:
            return
        rates.append((lo - 1, hi - 1))
    (new_lo, new_hi), (old_lo, old_hi) = rates
    if old_lo <= 0 or new_lo <= 0:
        return  # falls compared by a multiple read both ways; left alone
    lo, hi = new_lo / old_hi, new_hi / old_lo
    tol = RATE_MULTIPLE_TOLERANCE.get(bound, 0.05)
    if bound in ("gt", "ge"):
        fits = hi >= factor
    elif bound in ("lt", "le"):
        fits = lo <= factor
    else:
        fits = lo <= factor * (1 + tol) and hi >= factor * (1 - tol)
    row = ({}, 0.0, 0.0) if fits else ({}, 1.0, 1.0)
    model.add(Group("ratio", [a.id, c.id], [row], explain=_explain_rate_multiple(a, c, rm, (lo + hi) / 2)))


def _explain_rate_multiple(a: Claim, c: Claim, rm: dict, observed: float):
    def explain(model: Model) -> Explanation:
        fields = {"rate": a.text, "times": f"{observed:.2f}", "earlier": c.text, "words": rm["words"],
                  "factor": f"{rm['factor']:g}", "bound": rm["bound"]}
        return Explanation("rate_multiple", fields, rm["factor"], round(observed, 4))
    return explain
