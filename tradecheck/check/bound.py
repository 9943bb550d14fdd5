"""`bound`: a part never exceeds its whole. A commodity's flow stays below the whole flow,
one partner's below the world, parts listed together below their whole together, and a
bloc's members' flows below the flow with the bloc."""
from __future__ import annotations

from .. import periods as P
from ..model import Claim
from .catalogue import Explanation
from .format import money
from .system import Group, Model, QKey, flows_by_named_period, key_of, partner_whole, stated, whole_of

# Partners that overlap others (the EU contains Germany) are left out of sums of partners.
OVERLAPPING = {"EUU", "WLD"}
# how a partner's trade total is read when the text ranks it ("the largest partner at", "followed by")
RANKED_MEASURES = ("ranked-by-one-flow", "ranked-after")


def add(model: Model, claims: list[Claim]) -> None:
    # parts their own sentence puts within another group ("food exports ..., led by rice, which
    # fetched"): that group bounds them (_add_parts_within_parts), not the text's product scope
    within_a_group = {key_of(c) for c in claims if c.extra.get("_within") and c.extra["_within"] != model.scope}
    beside = _added_beside_the_topic(claims)
    for key in list(model.keys):
        whole = None
        if key.commodity == "goods and services":
            continue  # a whole, not a part
        if key.commodity is not None:
            whole = whole_of(model, key)
        elif key.measure in ("exports", "imports") and key.partner != "WLD":
            whole = partner_whole(key)
        if whole is None or whole not in model.vars or key.measure == "balance":
            continue
        if model.scope and whole.commodity == model.scope and key in within_a_group:
            continue
        if _whole_is_a_topic_guess(model, key, whole) or (key, whole) in beside:
            continue
        ip, iw = model.vars[key], model.vars[whole]
        model.add(Group("bound", [], [({iw: 1.0, ip: -1.0}, 0.0, None)], explain=_explain([ip], iw)))
    _add_tied_parts(model)
    _add_listed_parts(model, claims, beside)
    _add_different_goods(model)
    _add_parts_within_parts(model, claims)
    _add_parts_of_a_group(model, claims)
    _add_parts_of_a_figure(model, claims)
    _add_members_of_bloc(model)
    _add_period_parts(model)
    _add_shares_of_one_whole(model, claims)
    _add_shares_together(model, claims)
    for c in claims:
        if c.kind == "share" and c.factor is not None and c.factor > 1 and c.extra.get("_whole") not in ("GDP", "a goal", "recorded trade") \
                and not c.extra.get("_coverage"):
            # (a share of GDP may pass 100%: Singapore's exports are more than its GDP; and a
            # result may pass its goal: "130 percent of its annual target"; and the coverage
            # rate, exports over imports, passes 100% with every surplus: "the coverage rate
            # of imports by exports came to 120%", checked as a ratio in check/ratio.py)
            # no part is more than its whole: the share alone cannot hold
            model.add(Group("bound", [c.id], [({}, 1.0, None)], explain=_explain_share(c)))


def _whole_is_a_topic_guess(model: Model, part: QKey, whole: QKey) -> bool:
    """Whether the bare whole of a named product's figure is stated only by figures of a
    text on another product's flow, which may be that product's (link/headline_products.py):
    then "crude oil exports" are no part of them that we know."""
    if part.commodity is None or whole.commodity is not None:
        return False
    stated_as = model.amounts.get(model.vars[whole])
    if not stated_as:
        stated_as = _levels_its_changes_start_from(model, whole)
        words = set(part.commodity.lower().split())
        if any(set((c.extra.get("_topic_guess") or "-").lower().split()) <= words for c in stated_as):
            return False  # ("crude oil" revenue under a text on oil: a kind of its own product)
    topics = {c.extra.get("_topic_guess") for c in stated_as}
    return bool(stated_as) and None not in topics and part.commodity not in topics


def _levels_its_changes_start_from(model: Model, whole: QKey) -> list[Claim]:
    """The stated levels that a bare flow no amount states is known from, by its changes
    ("Against the 2021 high of $1.1 billion, last year's total was 13.6% lower"): it is as
    much a guess of the text's product as they are (all of them, or none)."""
    levels: list[Claim] = []
    for c in model.claims.values():
        if c.kind != "percent_change" or c.commodity is not None or not c.base_period \
                or (c.measure, c.reporter, c.partner, c.period) != (whole.measure, whole.reporter, whole.partner, whole.period):
            continue
        base = model.vars.get(whole._replace(period=c.base_period))
        stated = model.amounts.get(base) if base is not None else None
        if not stated:
            return []  # (a change from no stated level: the whole is no guess we know of)
        levels += stated
    return levels


def _add_tied_parts(model: Model) -> None:
    """"education-related travel services": the part of one flow tied to a product the text
    gives a figure of ("education" exports) stays within that product's flow too
    (vocab/tied_part_suffixes.csv), besides the whole its own words name."""
    from .. import vocab

    for key in list(model.keys):
        if key.commodity is None or "-" not in key.commodity:
            continue
        head, _, rest = key.commodity.partition(" ")
        product, _, suffix = head.rpartition("-")
        if not rest or not product or suffix.lower() not in vocab.tied_part_suffixes():
            continue
        whole = key._replace(commodity=product.lower())
        if whole not in model.vars or key not in model.vars:
            continue
        ip, iw = model.vars[key], model.vars[whole]
        model.add(Group("bound", [], [({iw: 1.0, ip: -1.0}, 0.0, None)], explain=_explain([ip], iw)))


def _add_shares_of_one_whole(model: Model, claims: list[Claim]) -> None:
    """Shares that different partners take of one whole ("China took 82% of its exports,
    Uruguay 9%, Paraguay 9%") add up to at most all of it. Only countries: groups overlap
    them, and products can nest inside each other."""
    from .ratio import _whole_key

    by_whole: dict = {}
    for c in claims:
        if c.kind != "share" or c.measure == "other" or c.extra.get("_whole") or c.extra.get("_coverage"):
            continue
        part = key_of(c)
        if part is None or part.partner in OVERLAPPING or part.partner.startswith("group:") or part.commodity is not None:
            continue
        whole = _whole_key(model, c, part)
        if whole is None or whole.partner != "WLD":
            continue
        lo = c.extra.get("factor_low", c.factor)
        if lo is None:
            continue
        shares = by_whole.setdefault(whole, {})
        # ("Uruguay and Paraguay taking 9% each": the figure is each one's share)
        for partner in c.extra.get("_each_partners") or [part.partner]:
            if partner not in OVERLAPPING:
                shares.setdefault(partner, (c, lo))  # a partner's share stated twice counts once
    for whole, shares in by_whole.items():
        if len(shares) < 2:
            continue
        total = sum(lo for _, lo in shares.values())
        if total > 1.0:
            parts = [(c, partner) for partner, (c, _) in shares.items()]
            ids = list(dict.fromkeys(c.id for c, _ in parts))
            model.add(Group("bound", ids, [({}, 1.0, 1.0)], explain=_explain_share_sum(parts, whole)))


def _add_shares_together(model: Model, claims: list[Claim]) -> None:
    """"Together the three supplied 66%" after each one's share (39%, 14% and 13%): the share
    the places take together is the sum of theirs, within the rounding of each figure."""
    for c in claims:
        parts = c.extra.get("_share_parts")
        lo, hi = c.extra.get("factor_low", c.factor), c.extra.get("factor_high", c.factor)
        if not parts or lo is None or hi is None:
            continue
        low = sum(p.extra.get("factor_low", p.factor) for p in parts)
        high = sum(p.extra.get("factor_high", p.factor) for p in parts)
        if high < lo - 1e-9 or low > hi + 1e-9:
            # (no quantity to solve for: the stated shares alone cannot hold)
            model.add(Group("bound", [p.id for p in parts] + [c.id], [({}, 1.0, 1.0)], explain=_explain_shares_together(c, parts)))


def _explain_shares_together(c: Claim, parts: list[Claim]):
    def explain(model: Model) -> Explanation:
        total = sum(p.factor for p in parts)
        fields = {"shares": " + ".join(p.text for p in parts), "total": f"{total * 100:.1f}%", "text": c.text}
        return Explanation("shares_together", fields, c.factor, round(total, 4))
    return explain


def _explain_share_sum(parts: list[tuple[Claim, str]], whole):
    def explain(model: Model) -> Explanation:
        from .format import MEASURES

        total = sum(c.factor for c, _ in parts)
        fields = {"shares": " + ".join(f"{c.text} ({partner})" for c, partner in parts), "reporter": whole.reporter,
                  "flow": MEASURES.get(whole.measure, whole.measure), "period": whole.period,
                  "total": f"{total * 100:.1f}%"}
        return Explanation("shares_of_one_whole", fields, 1.0, round(total, 4))
    return explain


def _explain_share(c: Claim):
    def explain(model: Model) -> Explanation:
        return Explanation("share_above_whole", {"share": f"{c.factor * 100:g}%", "text": c.text}, 1.0, c.factor)
    return explain


def _added_beside_the_topic(claims: list[Claim]) -> set[tuple[QKey, QKey]]:
    """The (part, whole) pairs that "Together with nickel matte, whose exports were worth
    US$3.81 billion, ... intermediates totaled US$6.90 billion" rules out in a text on MHP
    (link/added_totals.py, `_added_to_the_topic`): the product added and the total are beside
    the text's product, no parts of the bare flow its figures stand in."""
    out = set()
    for c in claims:
        if not c.extra.get("_added_to_the_topic"):
            continue
        topic, added = (key_of(p) for p in c.extra["_parts"])
        whole = topic._replace(commodity=None) if topic is not None else None
        out.update((k, whole) for k in (key_of(c), added) if k is not None and whole is not None)
    return out


def _add_listed_parts(model: Model, claims: list[Claim], beside: set[tuple[QKey, QKey]] = frozenset()) -> None:
    """Parts named in one sentence ("agricultural products $2.9bn, metals $1.1bn and timber
    $0.6bn") add up to at most their whole."""
    groups: dict[tuple, list[int]] = {}
    listed: set[tuple] = set()
    for c in claims:
        if c.kind != "amount" or c.measure not in ("exports", "imports", "trade_total") or c.extra.get("_within"):
            continue  # (a part of a part, a company's within its product, adds up with no other)
        if c.extra.get("_part_of_group") and c.extra.get("_breakdown"):
            continue  # (a part of the group figure before its cue: bounded by that figure, _add_parts_of_a_group)
        if c.extra.get("_parts") and c.commodity is not None and (all(p.sentence == c.sentence for p in c.extra["_parts"])
                                                                   or c.how.get("commodity") == "added-to-the-figure-before"):
            # ("..., so the three together brought in $4.29bn", "Along with $1bn of zinc, that
            # puts $7bn ...": the sum of parts listed beside it, no part of its own)
            continue
        key = key_of(c)
        if key is None:
            continue
        if key.commodity == "goods and services":
            continue  # a whole, not a part
        if key.commodity is not None:
            whole = whole_of(model, key)
            tag = ("commodity", c.sentence, c.extra.get("_breakdown", 0), whole)
        elif key.partner not in OVERLAPPING and not key.partner.startswith("group:") and key.measure != "trade_total":
            whole = partner_whole(key)
            if whole is None:
                continue  # (a unit's flow with the rest of its country: no partner's part)
            tag = ("partner", whole)
        elif key.measure == "trade_total" and c.reporter not in (None, "WLD") and c.partner not in OVERLAPPING | {None} \
                and not c.partner.startswith("group:") and c.how.get("measure") in RANKED_MEASURES:
            # "Malaysia remained the largest border partner at 141.2 billion baht, followed by
            # Cambodia at 127.6 billion ...": partners ranked by their trade with the reporter
            # (a trade total's pair is sorted: the whole is the reporter's with the world)
            whole = key._replace(reporter=min(c.reporter, "WLD"), partner=max(c.reporter, "WLD"))
            tag = ("partner", whole)
        else:
            continue
        if key.commodity is not None and key.partner not in OVERLAPPING and not key.partner.startswith("group:") \
                and key.measure != "trade_total":
            _list_product_by_partner(model, key, groups, listed)
        if whole not in model.vars or (key, whole) in beside:
            continue
        i = model.vars[key]
        if (tag, i) not in listed:
            listed.add((tag, i))
            groups.setdefault(tag, []).append(i)
    for tag, parts in groups.items():
        if tag[0] == "commodity":
            parts = _without_nested_goods(model, _without_overlapping_remainders(model, parts))
        if len(parts) < 2:
            continue
        whole = tag[-1]
        iw = model.vars[whole]
        row = {iw: 1.0}
        for i in parts:
            row[i] = row.get(i, 0.0) - 1.0
        model.add(Group("bound", [], [(row, 0.0, None)], explain=_explain(parts, iw)))


def _without_overlapping_remainders(model: Model, parts: list[int]) -> list[int]:
    """Parts listed together, less a total that leaves a part out (vocab/exclusion_cues.csv:
    "total exports excluding gold") listed beside goods it may contain: "Pharmaceutical
    exports reached $9bn, 45% of total exports of $20bn (excluding gold)" names the
    pharmaceuticals within that total, not beside it. Beside only what it leaves out ("gold
    $5bn, exports excluding gold $3bn") it stays a part. (A class named "non-" is listed as
    one class beside others: "traditional exports $4.2bn, non-traditional $1.4bn".)"""
    from .. import vocab

    labels = {i: model.keys[i].commodity or "" for i in parts}
    keep = []
    for i in parts:
        left_out = _left_out(labels[i], vocab.exclusion_cues())
        if left_out is not None and any(j != i and not _is_left_out(labels[j], left_out) for j in parts):
            continue
        keep.append(i)
    return keep


def _without_nested_goods(model: Model, parts: list[int]) -> list[int]:
    """Parts listed together, less those whose goods another listed part holds (vocab/
    commodities.csv HS codes): "electronics exports rose to $29bn, with smartphones making up
    $16bn" names the phones within the electronics, not beside them."""
    from .. import vocab

    labels = {i: model.keys[i].commodity or "" for i in parts}
    return [i for i in parts if not any(j != i and vocab.wider_goods(labels[j], labels[i]) for j in parts)]


def _left_out(label: str, cues: list[str]) -> str | None:
    """What a total-less-a-part label leaves out ("excluding gold": gold), or None."""
    low = label.lower()
    cue = next((c for c in cues if low.startswith(c.lower() + " ")), None)
    return low[len(cue) + 1:] if cue else None


def _is_left_out(label: str, left_out: str) -> bool:
    from .. import vocab

    low = label.lower()
    return low == left_out or low in left_out.split(" and ") or vocab.same_goods(label, left_out)


def _list_product_by_partner(model: Model, key: QKey, groups: dict, listed: set) -> None:
    """"gas sales reached $1.2bn, of which $1.0bn went to Brazil and $0.2bn to Argentina": one
    product's flow with each partner, together within the product's flow with the world."""
    whole = partner_whole(key)
    if whole is None or whole == key or whole not in model.vars:
        return
    tag, i = ("product-partner", whole), model.vars[key]
    if (tag, i) not in listed:
        listed.add((tag, i))
        groups.setdefault(tag, []).append(i)


def _add_different_goods(model: Model) -> None:
    """Product groups that share no goods ("iron and steel" and "coal": HS chapter 72 and
    heading 2701, per vocab/commodities.csv) add up to at most their whole, wherever the
    text names them. Groups whose goods may overlap ("steel" and "iron and steel") are
    never added together: of those, the first named is kept."""
    from .. import vocab

    by_whole: dict[QKey, list[int]] = {}
    for key, i in list(model.vars.items()):
        if key.commodity is None or key.measure not in ("exports", "imports", "trade_total") \
                or key.commodity not in vocab.hs_codes():
            continue
        whole = whole_of(model, key)
        if whole not in model.vars:
            whole = _group_holding(model, key)
        if whole is None or whole == key or whole not in model.vars:
            continue
        parts = by_whole.setdefault(whole, [])
        if all(vocab.different_goods(key.commodity, model.keys[j].commodity) for j in parts):
            parts.append(i)
    _bound_by_their_whole(model, by_whole)


def _group_holding(model: Model, key: QKey) -> QKey | None:
    """"The horticulture sector generated USD 279.5 million ... Cut flowers ... USD 227.4
    million. Vegetables brought in USD 29.3 million, fruits USD 14.8 million": where the text
    gives no whole flow, the figure of a product group known to hold the part's goods (HS
    chapters 06, 07 and 08 hold cut flowers, vegetables and fruit) is the whole it counts in;
    the narrowest such group, None if the text gives none."""
    from .. import vocab

    groups = [k for k in model.vars if k.commodity not in (None, key.commodity) and k == key._replace(commodity=k.commodity)
              and vocab.wider_goods(k.commodity, key.commodity)]
    narrowest = [g for g in groups if not any(vocab.wider_goods(g.commodity, h.commodity) for h in groups)]
    return narrowest[0] if len(narrowest) == 1 else None


def _bound_by_their_whole(model: Model, by_whole: dict) -> None:
    """Two or more parts together stay within their whole (one bound per whole)."""
    for whole, parts in by_whole.items():
        if len(parts) < 2:
            continue
        iw = model.vars[whole]
        row = {iw: 1.0}
        for i in parts:
            row[i] = -1.0
        model.add(Group("bound", [], [(row, 0.0, None)], explain=_explain(parts, iw)))


def _add_parts_within_parts(model: Model, claims: list[Claim]) -> None:
    """"A$11.8 billion of the services figure": a part of a part stays within it."""
    for c in claims:
        if not c.extra.get("_within"):
            continue
        part = key_of(c)
        whole = part._replace(commodity=c.extra["_within"]) if part is not None else None
        if whole is None or whole == part or part not in model.vars or whole not in model.vars or whole == whole_of(model, part):
            continue  # (the part's own whole is bounded already: "tourism" within services, in add)
        ip, iw = model.vars[part], model.vars[whole]
        model.add(Group("bound", [], [({iw: 1.0, ip: -1.0}, 0.0, None)], explain=_explain([ip], iw)))


def _add_parts_of_a_group(model: Model, claims: list[Claim]) -> None:
    """"$12.37 billion ... Of the total, petroleum products accounted for $5.67bn, crude oil
    for $3.81bn ...": the parts a sentence breaks a product group's figure into add up to at
    most that figure (link/breakdowns.py)."""
    groups: dict[QKey, list[int]] = {}
    for c in claims:
        group = c.extra.get("_part_of_group")
        part = key_of(c) if group else None
        if part is None or part not in model.vars:
            continue
        whole = part._replace(commodity=group)
        if whole in model.vars and model.vars[part] not in groups.setdefault(whole, []):
            groups[whole].append(model.vars[part])
    _bound_by_their_whole(model, groups)


def _add_parts_of_a_figure(model: Model, claims: list[Claim]) -> None:
    """"Imports of goods in the scope of CBAM were worth EUR 90bn. Steel accounted for EUR 50bn
    of that, aluminium for ...", or a figure over a list of "• Label: figure" lines: the parts
    the text gives of that one figure add up to at most it (link/figure_breakdowns.py)."""
    from ..link.figure_breakdowns import PART_OF_FIGURE

    groups: dict[QKey, list[int]] = {}
    for c in claims:
        whole = c.extra.get(PART_OF_FIGURE)
        part, wk = (key_of(c), key_of(whole)) if whole is not None else (None, None)
        if part is None or wk is None or part == wk or part not in model.vars or wk not in model.vars:
            continue
        if model.vars[part] not in groups.setdefault(wk, []):
            groups[wk].append(model.vars[part])
    _bound_by_their_whole(model, groups)


def _add_members_of_bloc(model: Model) -> None:
    """A bloc's members' flows add up to at most the flow with the bloc: one country's
    trade with Vietnam, Malaysia and Indonesia stays within its trade with ASEAN; and what
    the members export to (or import from) the rest of the bloc stays within the bloc's
    internal trade ("Trade among GCC states reached $91.3 billion. The UAE led with exports
    of $48 billion ..."), which is each member's exports to the others, or their exports and
    imports together. Only blocs whose members vocab lists; and so for a region whose
    members no reading leaves out ("trade with Central Asian countries amounted to $861
    million ... Kazakhstan $412.5 million ...": vocab/region_members.csv)."""
    from .. import vocab

    members = {**vocab.bloc_members(), **vocab.region_members()}
    groups: dict = {}
    for key, i in model.vars.items():
        if key.commodity is not None or key.measure not in ("exports", "imports", "trade_total") or not model.amounts.get(i):
            continue
        for whole in _blocs_containing(key, members):
            if whole in model.vars:
                groups.setdefault(whole, []).append(i)
    for whole, parts in groups.items():
        iw = model.vars[whole]
        row = {iw: 1.0}
        for i in parts:
            row[i] = -1.0
        model.add(Group("bound", [], [(row, 0.0, None)], explain=_explain(parts, iw)))


def _blocs_containing(key, members: dict) -> list:
    """The keys of the flows with a bloc that the flow `key` is part of."""
    out = []
    for bloc, inside in members.items():
        if key.measure != "trade_total" and key.reporter in inside and key.partner == bloc:
            out.append(key._replace(measure="trade_total", reporter=bloc))  # a member with the rest
        elif key.measure != "trade_total" and key.partner in inside and key.reporter not in (bloc, key.partner):
            out.append(key._replace(partner=bloc))  # a country with one member
        elif key.measure == "trade_total":
            sides = (key.reporter, key.partner)
            for member, other in (sides, sides[::-1]):
                if member in inside and other not in (bloc, member) and not other.startswith("group:"):
                    out.append(key._replace(reporter=min(other, bloc), partner=max(other, bloc)))
    return out


MAX_PERIODS = 200  # periods of one flow compared pairwise; past this, left alone


def _add_period_parts(model: Model) -> None:
    """A flow over part of a period stays below the flow over the whole period: January to
    September's trade is no more than the year's. Each part is tied to the shortest period
    the text gives that holds it."""
    for keys in flows_by_named_period(model):
        if len(keys) < 2 or len(keys) > MAX_PERIODS:
            continue
        spans = [(k, P.parse(k.period)) for k in keys]
        for part, ps in spans:
            if ps is None:
                continue
            holders = [(k, pw) for k, pw in spans if pw is not None and k != part and P.contains(pw, ps) and pw != ps]
            if not holders:
                continue
            whole, _ = min(holders, key=lambda kp: P.months(kp[1]))
            ip, iw = model.vars[part], model.vars[whole]
            model.add(Group("bound", [], [({iw: 1.0, ip: -1.0}, 0.0, None)], explain=_explain_period_part(ip, iw)))


def _explain_period_part(ip: int, iw: int):
    def explain(model: Model) -> Explanation:
        # both periods are stated: only stated periods are compared
        p, w = stated(model, ip), stated(model, iw)
        fields = {"part": money(p.value, p.currency), "part_period": p.period,
                  "whole": money(w.value, w.currency), "whole_period": w.period}
        return Explanation("period_part", fields, w.value, p.value)
    return explain


def _explain(parts: list[int], iw: int):
    def explain(model: Model) -> Explanation:
        ps = [stated(model, i) for i in parts]
        w = stated(model, iw)
        if w is None or any(p is None for p in ps):
            return Explanation("part_not_stated", {})
        total = sum(p.value for p in ps)
        whole = money(w.value, w.currency)
        if len(ps) == 1:
            return Explanation("part", {"part": money(ps[0].value, ps[0].currency), "whole": whole}, w.value, total)
        terms = " + ".join(money(p.value, p.currency) for p in ps)
        return Explanation("parts", {"parts": terms, "sum": money(total, w.currency), "whole": whole}, w.value, total)
    return explain
