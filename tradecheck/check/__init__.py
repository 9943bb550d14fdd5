"""Checking: claims become findings (stage 'check' of the design).

Each check id has its own module that adds its rows to one constraint system per document
(`system.py`); a conflict found there is reported with the check id of the relation it
breaks and the arithmetic of that relation, in words from the catalogue (`catalogue.py`).
A conflict that rests on a guessed attribution is reported `unverifiable`, never
`inconsistent`."""
from __future__ import annotations

import contextlib
import dataclasses

from ..model import Claim, Document, Finding
from . import (abbreviated_wholes, amounts, covered_trade, daily_averages, attainment, balance_sheets, bound, compound_rates, cumulative, unit_rates, mirror_gaps, other_money, point_revisions, percent_change,
               levels_before, named_wholes, period_parts, quantity_balances, quantity_change_amounts, quantity_parts, ratio, record, share_lists, row_changes_after_table, restated_change, sales_splits, stated_shares, sums, table_arithmetic, table_changes, rate_columns, volumes, index_levels)
from . import money_shares, nested_list_parts, offer_rates, table_row_levels, worked_changes
from . import revision_sizes
from .catalogue import CHECKS, Explanation, Severity, Status, note, render
from .system import (Group, Model, _deletion_filter, components, currency_of, feasible, range_parts, stated,
                     var_range)
from .format import money
from .readings import reconcile, unit_slip
from .suggest import suggestion

# When a conflict involves several relations, the finding is named after the one an editor
# would look at first.
PRIORITY = ("record", "percent_change", "ratio", "sum", "bound", "duplicate")
# Why a conflict may be no error: a note of the catalogue and the fields that fill it.
Doubt = tuple[str, dict]


def run_checks(doc: Document, claims: list[Claim], sentences, store=None, revision: float | None = None) -> list[Finding]:
    """Findings for `claims`: the document's own consistency, then (with a reference
    `store`) every trade claim against reference data."""
    findings = _internal(doc, claims, sentences)
    # (changes of a physical quantity between levels the same sentence gives: no claims)
    in_volumes = volumes.findings(doc.text, sentences)
    # (changes and shares of a quantity named by a noun, its levels in the sentences before)
    in_volumes += levels_before.findings(doc.text, sentences)
    # (a change of a quantity stated as an amount between its two levels: "down 0.3 Mt from 2.4 Mt")
    in_volumes += quantity_change_amounts.findings(doc.text, sentences)
    # (a level over a month or a year restated as its daily average: "58.6 million barrels in July, an average of 1.89 million bpd")
    in_volumes += daily_averages.findings(doc.text, sentences)
    findings += in_volumes
    # (changes of an index between levels the text gives: "stood at 104.6, up from 102.2")
    findings += index_levels.findings(doc.text, sentences, claims)
    # (parts of a physical quantity listed against its whole: together never more than it)
    findings += quantity_parts.findings(doc.text, sentences)
    # (a share "of the total" volumes.py already found wrong against the one whole before it
    # is not reported a second time against another)
    flagged = {s for f in in_volumes for s in f.spans}
    findings += [f for f in quantity_parts.share_findings(doc.text, sentences) if f.spans[1] not in flagged]
    # (a clearance or pass-in rate against the lot offered and the part of it sold)
    findings += offer_rates.findings(doc.text, sentences)
    # (a list of shares ending with "and other, N%" names every part: together 100%)
    findings += share_lists.findings(doc.text, sentences)
    findings += named_wholes.findings(doc.text, sentences)
    # (rows of a small table of one quantity against the prose total just before it)
    findings += table_row_levels.findings(doc.text, sentences)
    # (levels of a quantity over months against the level of the longer period they make up)
    findings += period_parts.findings(doc.text, sentences, doc.published)
    # (a net flow, a supply, a market's deficit or a quota's fill against its levels)
    findings += quantity_balances.findings(doc.text, sentences, doc.published)
    # (index rows and subtotal rows of a table pasted as text: its figures are no claims)
    findings += table_arithmetic.findings(doc.text)
    # (a table's change column against the two level columns before it)
    findings += table_changes.findings(doc.text)
    # (a table's rate-of-use column against the two level columns before it)
    findings += rate_columns.findings(doc.text)
    # (bullets indented under a bullet: its parts, which cannot exceed it)
    findings += nested_list_parts.findings(doc.text)
    # (a change the prose right after a table states for one of its rows)
    findings += row_changes_after_table.findings(doc.text, claims)
    # (a table's CAGR row against the levels of its span's two years)
    findings += compound_rates.findings(doc.text, claims)
    # (a percentage change worked out on its own figures: "(7.5 - 6.0) / 6.0 x 100 = 25%")
    findings += worked_changes.findings(doc.text)
    # (the totals of a one-column balance: supply and use)
    findings += balance_sheets.findings(doc.text)
    # (a total of sales listed above its home sales and its exports)
    findings += sales_splits.findings(doc.text)
    findings += sales_splits.prose_findings(doc.text, claims)
    # (changes and shares of money that is no trade flow, tied to levels the text states)
    findings += other_money.findings(doc.text, sentences, claims)
    # (a share of the trade a measure covers, of the flow whose level the paragraph gave)
    findings += covered_trade.findings(doc.text, claims)
    # (a share of a whole named by the abbreviation the text defined beside its figure)
    findings += abbreviated_wholes.findings(doc.text, claims)
    # (a gap between two countries' counts of one flow, against the two counts)
    findings += mirror_gaps.findings(doc.text, claims)
    # (the size of a revision against the revised level and the estimate it replaced)
    findings += revision_sizes.findings(claims)
    # (two shares of one part in one whole, stated apart: no level ties them in the model)
    findings += stated_shares.findings(doc.text, claims, {i for f in findings if f.status == Status.INCONSISTENT for i in f.claims})
    # (a share of money whose part and whole its sentence states: checked on the two figures)
    findings += money_shares.findings(doc.text, sentences, claims, {i for f in findings for i in f.claims})
    # (a result against its goal: percent of the goal, excess over it)
    findings += attainment.findings(doc.text, sentences, claims)
    # (a rate per day, per second, per household or per tonne against the level it divides,
    # or over the count of days its sentence spreads the level over)
    findings += unit_rates.findings(doc.text, sentences, claims)
    # (a rate revised, and the revision's size in percentage points: no claims)
    findings += point_revisions.findings(doc.text, sentences)
    # (a change said in percent and in money beside the level it starts from: goals too)
    findings += restated_change.findings(doc.text, sentences, claims)
    if store is not None:
        from .reference import reference_findings

        from .reference import REVISION

        findings += reference_findings(claims, record.marked(doc.text, sentences, claims), store,
                                       REVISION if revision is None else revision)
    for i, f in enumerate(findings, 1):
        f.id = f"f{i}"
    return findings


def _internal(doc: Document, claims: list[Claim], sentences) -> list[Finding]:
    records = record.marked(doc.text, sentences, claims)
    claims = [_as_forecast(c) for c in claims]
    model = build_model(claims, records)
    findings: list[Finding] = []
    by_id = {c.id: c for c in claims}
    in_conflict: set[int] = set()
    # Quantities that no relation links are independent systems: each is solved on its
    # own, which keeps a long document's checks in time proportional to its length.
    # Each group's part, as it stands once its conflicts are set aside: the groups still
    # in force and the claims they rest on, shared by every group of the part.
    context: dict[int, _Active] = {}
    for part in components(model):
        fixed = [g for g in part if not g.removable]
        pool = [g for g in part if g.removable]
        settled = False  # whether the figures left agree once the conflicts found are set aside
        for _ in range(MAX_CONFLICTS):
            if feasible(model, fixed + pool):
                settled = True
                break
            core = _deletion_filter(model, fixed, pool)
            if not core:
                break
            finding, doubts = _conflict_finding(model, core, by_id, fixed)
            _removal_first(model, finding, fixed, pool)
            _judge(finding, doubts, _nearby(claims, finding, part), records, by_id)
            lead = finding.extra.pop("_lead")
            if finding.status == Status.INCONSISTENT:  # a doubtful finding gets no correction
                fix = suggestion(model, finding, core, fixed, lead)
                if fix is not None:
                    finding.extra["suggestion"] = fix
            findings.append(finding)
            in_conflict.update(id(g) for g in core)
            drop = _set_aside(model, core, finding)
            pool = [g for g in pool if id(g) not in drop]
        pool = [g for g in pool if id(g) not in in_conflict]
        if not settled:
            # (more conflicts than are looked for, or one no deletion isolates: the figures
            # left still disagree somewhere, so no relation among them is said to hold)
            in_conflict.update(id(g) for g in pool)
        active = _Active(fixed + pool)
        for g in part:
            context[id(g)] = active
    _consistent_findings(model, by_id, in_conflict, context, findings)
    for f in findings:
        if f.claims and all(by_id[cid].extra.get("source") == "forecast" for cid in f.claims if cid in by_id):
            f.message = note("forecasts", {"message": f.message})
    return findings


def _nearby(claims: list[Claim], finding: Finding, part: list[Group]) -> list[Claim]:
    """The claims a conflict's other readings are tried among: those of its part of the
    system and of the paragraphs its own claims stand in. Rebuilding the system of the whole
    text for each reading of each conflict would make long texts take quadratic time."""
    ids = {cid for g in part for cid in g.claims}
    here = {c.paragraph for c in claims if c.id in set(finding.claims)}
    return [c for c in claims if c.id in ids or c.paragraph in here]


def _judge(finding: Finding, doubts: list[Doubt], claims: list[Claim], records, by_id) -> None:
    """A conflict is an error unless it may rest on a guess or a misreading (`doubts`, of
    which the message names the first two) or another reading of its figures resolves it.
    Where it may be an error, a unit slip is pointed at."""
    far_apart = finding.check == "duplicate" and any(name == "too_far_apart" for name, _ in doubts[:2])
    if not doubts or far_apart:
        if _point_at_unit_slip(finding, claims, records, by_id) and far_apart:
            doubts = []  # one quantity stated a thousand times apart: a slip, not two things
    if doubts:
        finding.status, finding.severity = Status.UNVERIFIABLE, Severity.WARNING
        finding.message += note("not_flagged", {"reasons": "; ".join(note(name, fields) for name, fields in doubts[:2])})
    else:
        _try_readings(finding, claims, records)


def _scale_name(value: float) -> str:
    """The scale word of a figure's size: "million" for $3.5mn, "billion" for $3.5bn."""
    size = abs(value or 0)
    for limit, name in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"), (1e3, "thousand")):
        if size >= limit:
            return name
    return "units"


def _point_at_unit_slip(finding: Finding, claims: list[Claim], records, by_id) -> bool:
    """A figure that fits the others once its million and billion are swapped: say so,
    and put it first. Two statements of one quantity a thousand times apart are a slip,
    not two different things."""
    found = unit_slip(claims, finding.claims, lambda cs: build_model(cs, records))
    if found is None:
        return False
    c, k = found
    if finding.check == "duplicate":
        finding.message += note("thousandfold")
    else:
        finding.message += note("scale_slip", {"text": c.text, "fits": money(c.value * k, c.currency),
                                               "written": _scale_name(c.value), "meant": _scale_name(c.value * k)})
    finding.claims = [c.id] + [i for i in finding.claims if i != c.id]
    first = (c.start, c.end)
    finding.spans = [first] + [sp for sp in finding.spans if tuple(sp) != first]
    finding.extra["unit_slip"] = {"claim": c.id, "factor": k}
    return True


def _as_forecast(c: Claim) -> Claim:
    """A forecast ("INDEC expects exports of $81bn") is no trade flow that happened (its
    measure is `other`), but forecasts of one outlook must still add up: each is checked as
    the flow it forecasts, from a source of its own, so it meets only other forecasts."""
    of = c.extra.get("_forecast_of")
    if c.measure != "other" or not c.extra.get("_forecast") or of in (None, "other"):
        return c
    if c.extra.get("change_of"):
        # ("a deficit of $69.8 billion, down $9.6 billion": a foreseen change in money stays
        # a change, of the forecast's levels)
        return dataclasses.replace(c, extra={**c.extra, "source": "forecast"})
    return dataclasses.replace(c, measure=of, extra={**c.extra, "source": "forecast"})


def _try_readings(finding: Finding, claims: list[Claim], records) -> None:
    """An error only if no other plausible reading of its claims makes them agree."""
    found = reconcile(claims, finding.claims, lambda cs: build_model(cs, records))
    if found is None:
        return
    c, reading = found
    finding.status, finding.severity = Status.UNVERIFIABLE, Severity.WARNING
    finding.message += note("reading", {"text": c.text, "why": reading["why"]})
    finding.extra["reading"] = {"claim": c.id, **reading}


def build_model(claims: list[Claim], records) -> Model:
    """The document's constraint system: every check module adds its rows."""
    model = Model(claims)
    amounts.add(model, claims)
    percent_change.add(model, claims)
    percent_change.add_directions(model, claims)
    percent_change.add_comparisons(model, claims)
    ratio.add(model, claims)  # after the changes, which may create the earlier levels a share is of
    sums.add_scopes(model)  # first: it may create the whole that a total is made of
    sums.add_partner_rest(model)
    sums.add_unit_outside(model)
    sums.add_group_partitions(model)
    sums.add_listed_partners(model)
    sums.add_members_of_a_bloc(model)
    sums.add_units_of_a_country(model)
    sums.add_joint_parts(model)
    sums.add_rest_of_parts(model)
    sums.add_sectors_and_their_rest(model)
    sums.add_rest_of_a_named_total(model)
    sums.add_remainder_of_partners(model)
    sums.add_kinds_of_product(model)
    sums.add_complementary_kinds(model)
    sums.add(model)
    sums.add_mirror(model)
    sums.add_mirror_balance(model)
    sums.add_balance_of_exports_each_way(model)
    cumulative.add(model, claims)
    amounts.add_currency_pairs(model)
    amounts.add_writer_rate(model, claims)
    bound.add(model, claims)
    record.add(model, claims, records)
    return model


def _consistent_findings(model: Model, by_id, in_conflict: set[int], context, findings: list[Finding]) -> None:
    """A finding for every relation that holds, with its arithmetic."""
    nothing = _Active([])
    own: dict[str, Group] = {}  # a stated figure's own bounds, by claim id
    fixed: dict[int, list[Group]] = {}  # the bounds no conflict sets aside, by variable
    for g in model.groups:
        if not g.relation and len(g.claims) == 1:
            own.setdefault(g.claims[0], g)
        elif not g.removable:
            for coefs, _, _ in g.rows:
                for i in coefs:
                    fixed.setdefault(i, []).append(g)
    disagree: dict[int, bool] = {}  # by variable, each worked out once

    def disagrees(i: int) -> bool:
        if i not in disagree:
            disagree[i] = _figures_disagree(model, i)
        return disagree[i]

    for g in model.groups:
        if g.relation and g.removable and id(g) not in in_conflict and g.explain is not None:
            if any(disagrees(i) for coefs, _, _ in g.rows for i in coefs):
                # which of the figures the relation holds with is not known, and its message
                # would quote one of them: no verdict rather than arithmetic on another figure
                continue
            active = context.get(id(g), nothing)
            if not _stated_figures_active(model, g, active, own):
                # A figure it quotes was set aside for a conflict with other figures: the
                # relation is still checked, on its own figures, so that a total which
                # agrees with its parts is reported beside the balance that does not.
                active = _on_its_own(model, g, own, fixed)
                if active is None:
                    continue
            f = _consistent_finding(model, g, by_id, active)
            if f is not None:
                findings.append(f)


def _figures_disagree(model: Model, i: int) -> bool:
    """Whether the amounts stated for quantity i cannot all be one figure, even allowing
    for rounding (figures of different things read as one quantity)."""
    cs = [c for c in model.amounts.get(i, []) if c.native_low is not None and c.native_high is not None]
    return len(cs) > 1 and max(c.native_low for c in cs) > min(c.native_high for c in cs)


def _on_its_own(model: Model, g: Group, own: dict[str, Group], fixed: dict[int, list[Group]]) -> "_Active | None":
    """`g` with the figures it quotes and the fixed bounds on its quantities, when they
    hold together; None when they do not."""
    groups = [g]
    for coefs, _, _ in g.rows:
        for i in coefs:
            groups += [own[c.id] for c in model.amounts.get(i, [])[:1] if c.id in own]
            groups += fixed.get(i, [])
    groups = list({id(h): h for h in groups}.values())
    return _Active(groups) if feasible(model, groups) else None


class _Active:
    """The groups of a part in force, and (each worked out once) the claims they rest on
    and the range each quantity can take under them."""

    def __init__(self, groups: list[Group]):
        self.groups = groups
        self._live: set[str] | None = None
        self._ids: set[int] | None = None
        self._ranges: dict[int, tuple[float | None, float | None]] = {}
        self._parts: list | None = None  # the groups' parts, for `range` (the same for every variable)

    @property
    def ids(self) -> set[int]:
        if self._ids is None:
            self._ids = {id(h) for h in self.groups}
        return self._ids

    @property
    def live(self) -> set[str]:
        if self._live is None:
            self._live = {cid for h in self.groups for cid in h.claims}
        return self._live

    def range(self, model: Model, i: int) -> tuple[float | None, float | None]:
        if i not in self._ranges:
            if self._parts is None:
                self._parts = range_parts(self.groups)
            self._ranges[i] = var_range(model, self.groups, i, self._parts)
        return self._ranges[i]


def _stated_figures_active(model: Model, g: Group, active: _Active, own: dict[str, Group]) -> bool:
    """Whether each figure `g` quotes is still in force: named by a group in force, and its
    own bounds not set aside (a figure a conflict set aside may still be named by another
    relation; a verdict on it must not say "matching" of arithmetic that does not match)."""
    for coefs, _, _ in g.rows:
        for i in coefs:
            for c in model.amounts.get(i, [])[:1]:
                if c.id not in active.live or (c.id in own and id(own[c.id]) not in active.ids):
                    return False
    return True


def _spans(cs: list[Claim]) -> list[tuple[int, int]]:
    """The claims' own spans, then the words that set a sign or a direction ("deficit",
    "narrowed"), which a finding rests on as much as on the figures."""
    spans = [(c.start, c.end) for c in cs]
    for c in cs:
        for k in ("_sign_span", "_direction_span", "_words_span"):
            if c.extra.get(k):
                spans.append(tuple(c.extra[k]))
    return spans


def _claims_of(model: Model, core: list[Group]) -> list[str]:
    ids: list[str] = []
    for g in core:
        for cid in g.claims:
            if cid not in ids:
                ids.append(cid)
    return sorted(ids, key=model.order.__getitem__)


def _self_contained_change(model: Model, cs: list[Claim]) -> bool:
    """"Non-oil trade stood at $50.5bn in 2022-23, up 5.9% from $42.7bn the previous year": a
    change and the two levels it runs between, one after another in one sentence and read as
    one flow of one pair, hold together or not whatever that pair is; a guessed pair leaves
    the arithmetic among them as it is. So does a multiple with its two levels ("lobster alone
    accounting for $338 million — nearly three times the $118 million the Island shipped in
    2010")."""
    if len(cs) != 3 or sorted(c.kind for c in cs)[:2] != ["amount", "amount"] \
            or sorted(c.kind for c in cs)[2] not in ("percent_change", "multiple"):
        return False
    order = sorted(model.order[c.id] for c in cs)
    return order[-1] - order[0] == 2 and len({c.sentence for c in cs}) == 1 \
        and len({(c.reporter, c.partner, c.measure, c.commodity, c.scope) for c in cs}) == 1


def _self_contained_sum(model: Model, cs: list[Claim]) -> bool:
    """"Movement through the zone reached $24.8bn in 2023. Re-exports totaled $13.9bn, while
    imports into it amounted to $11.9bn": a total and its two flows, the flows side by side in
    one sentence right after (or in) the total's, all three read as one guessed pair and
    period, hold together or not whatever that pair is; a guessed pair leaves the arithmetic
    among them as it is (as for a self-contained change)."""
    if len(cs) != 3 or any(c.kind != "amount" for c in cs):
        return False
    totals = [c for c in cs if c.measure == "trade_total"]
    parts = sorted((c for c in cs if c.measure in ("exports", "imports")), key=lambda c: model.order[c.id])
    if len(totals) != 1 or len(parts) != 2 or {c.measure for c in parts} != {"exports", "imports"}:
        return False
    total = totals[0]
    return (parts[0].sentence == parts[1].sentence and 0 <= parts[0].sentence - total.sentence <= 1
            and model.order[parts[1].id] - model.order[parts[0].id] == 1
            and len({(c.reporter, c.partner, c.period, c.scope) for c in cs}) == 1)


def _one_stated_period(claims: list[Claim]) -> bool:
    """"Wool exports were A$3.5bn in the 2022/23 season, with China taking A$2.7bn or 76%":
    figures of one sentence dated by the same phrase in it hold together or not whatever
    months that phrase is guessed to cover; so do figures after it that the text dates by that
    season ("Saudi Arabia took $259 million, or 36%", link/dating.discourse)."""
    if len(claims) > 1 and "_sub_period" in claims[0].extra and len({c.extra.get("_sub_period") for c in claims}) == 1:
        return True  # (one sales cycle's figures: whatever months it spans, link/sub_periods.py)
    return len(claims) > 1 and len({(c.extra.get("_season_sentence", c.sentence), c.period) for c in claims}) == 1 \
        and all(c.how.get("period") in ("after-figure", "before-figure")
                or (c.how.get("period") == "discourse" and "_season_sentence" in c.extra) for c in claims)


def _one_list(claims: list[Claim]) -> bool:
    """Whether the claims are all figures of one market list whose product is unsure
    (link/unsaid_list_product.py): whichever product it is of, they hold together or not."""
    lists = {c.extra.get("_unsure_list") for c in claims}
    return len(lists) == 1 and None not in lists


def _change_told_two_ways(claims: list[Claim]) -> bool:
    """"Exports of gold rose $1,326 million, or 53 per cent, to $3,828 million": a change in
    money and the same change in per cent, each on one base, and the level they lead to, all
    in one sentence, hold together or not whatever period that base is."""
    if len(claims) != 3 or len({c.sentence for c in claims}) != 1:
        return False
    rate = next((c for c in claims if c.kind == "percent_change"), None)
    money = next((c for c in claims if c.kind == "amount" and c.extra.get("change_of")), None)
    level = next((c for c in claims if c.kind == "amount" and not c.extra.get("change_of")), None)
    return None not in (rate, money, level) and rate.base_period is not None \
        and money.extra.get("change_base") == rate.base_period and level.period == rate.period \
        and len({(c.reporter, c.partner, c.commodity) for c in claims}) == 1


def _guesses(claims: list[Claim], pair_matters: bool = True) -> list[Doubt]:
    period_matters = not _one_stated_period(claims)
    return [("guessed", {"attribute": fld, "text": c.text})
            for c in claims for fld in ("pair", "period", "measure") if c.basis.get(fld) == "guess"
            and (pair_matters or fld != "pair") and (period_matters or fld != "period")] + [
        # a forecast's change is rarely against the year before: only a stated base counts
        ("guessed", {"attribute": "base_period", "text": c.text})
        for c in claims if c.extra.get("source") == "forecast" and c.base_period and c.basis.get("base_period") != "text"] + [
        # "Excluding diamonds, exports were $1.2bn; imports were $7.9bn": whether the opener
        # leaves diamonds out of the other clause's figures too, the words do not say
        ("scope_unsure", {"text": c.text, "what": c.extra["_scope_unsure"]})
        for c in claims if c.extra.get("_scope_unsure")] + [
        # "Exports by market:" in a text about one product: that product's or all goods'
        # (a conflict among the list's own items alone holds whichever it is)
        ("product_unsure", {"text": c.text, "what": c.extra["_product_unsure"]})
        for c in claims if c.extra.get("_product_unsure") and not _one_list(claims)] + [
        # "Peru nearly doubled its quinoa exports" in a text that gives them in tonnes too:
        # of the volume or of the value, the sentence does not say (link/volume_or_value.py)
        ("volume_unsure", {"text": c.text})
        for c in claims if c.extra.get("_volume_unsure")] + [
        # "- Deficit 2023: €100 billion" summing up a body that gave goods and services apart:
        # goods alone or goods and services, the list line does not say (link/summary_items.py)
        ("services_unsure", {"text": c.text})
        for c in claims if c.extra.get("_services_unsure")] + [
        # a month's change with no base said, in a text that also compares months with the
        # month before: on the month before or on the year before (link/claims._footing_unsaid)
        ("guessed", {"attribute": "base_period", "text": c.text})
        for c in claims if c.extra.get("_footing_unsaid") and not _change_told_two_ways(claims)]


def _currency_unstated(model: Model, claims: list[Claim]) -> list[Doubt]:
    """A change whose currency the text leaves to be understood, set on a flow it gives in
    several currencies (see growth.add_growth)."""
    unstated = model.memo.get("currency_unstated", {})
    return [("currency_unstated", {"text": c.text, "currencies": " and ".join(unstated[c.id])})
            for c in claims if c.id in unstated and not _fails_in_dollars_too(c, claims, unstated[c.id])]


def _fails_in_dollars_too(c: Claim, claims: list[Claim], currencies: list[str]) -> bool:
    """Whether a change that names no currency, on a flow the text gives in its own currency
    and in dollars, fails in dollars too: its two levels of the conflict, both in the other
    currency, taken to dollars at each period's rate ("the surplus more than tripled ...
    rose to NOK 1,552.8bn ($158bn) from NOK 545.4bn": 2.85 in kroner, 2.56 in dollars), give
    a ratio outside the change's bounds. Then no reading of its currency saves it."""
    if c.kind not in ("multiple", "percent_change") or "USD" not in currencies or len(currencies) != 2:
        return False
    native = next(cur for cur in currencies if cur != "USD")
    levels = {}
    for o in claims:
        if o.kind == "amount" and o.currency == native and o.measure == c.measure and o.low and o.high \
                and o.period in (c.period, c.base_period):
            levels.setdefault(o.period, o)
    new, old = levels.get(c.period), levels.get(c.base_period)
    if new is None or old is None or c.period == c.base_period or old.low <= 0 or new.low <= 0:
        return False
    lo, hi = c.extra.get("factor_low"), c.extra.get("factor_high")
    least, most = new.low / old.high, new.high / old.low
    return (lo is not None and most < lo) or (hi is not None and least > hi)


MAX_CONFLICTS = 8


def _set_aside(model: Model, core: list[Group], finding: Finding) -> set[int]:
    """The groups to drop before looking for the next conflict. A duplicate that is really
    two different quantities loses only its less certain figure, so the other still takes
    part in the checks; any other conflict is set aside whole."""
    if finding.check == "duplicate" and finding.status == Status.UNVERIFIABLE:
        amounts = [g for g in core if g.claims and not g.relation]
        if len(amounts) >= 2:
            def certainty(g):
                c = model.claims[g.claims[0]]
                return (sum(c.basis.get(f) == "text" for f in ("period", "pair", "measure")), -model.order[c.id])
            return {id(min(amounts, key=certainty))}
    return {id(g) for g in core if g.claims}


# Two statements of one quantity differ by rounding or by a slip of a digit; figures a
# factor of two apart are almost always about different things that were read as one.
RESTATEMENT_SPREAD = 2.0


def _implausible(model: Model, core: list[Group], lead: Group) -> list[Doubt]:
    why = []
    if lead.check == "duplicate":
        cs = [model.claims[cid] for g in core for cid in g.claims if model.claims[cid].kind == "amount"]
        mixed = len({c.currency for c in cs}) > 1
        # figures in different currencies are compared in dollars
        vals = [abs(c.value_usd if mixed else c.value) for c in cs if (c.value_usd if mixed else c.value)]
        if vals and max(vals) > RESTATEMENT_SPREAD * min(vals):
            why.append(("too_far_apart", {}))
        sentences = [model.claims[cid].sentence for g in core for cid in g.claims]
        if len(sentences) != len(set(sentences)) and not mixed:
            why.append(("one_sentence", {}))
        if any(c.extra.get("_revision") for c in cs):
            why.append(("revision", {}))
    elif any(_misread_in_its_sentence(model, g) for g in core if not g.relation):
        # "imports rose from €31.0bn to €50.7bn", both read as one year's: whichever of the
        # two the conflict uses, its period is misread
        why.append(("one_change", {}))
    why += [("guessed", {"attribute": "currency", "text": c.text}) for c in _changes_in_another_currency(model, core)]
    return why


def _changes_in_another_currency(model: Model, core: list[Group]) -> list[Claim]:
    """Changes of no stated currency that the conflict reads in a currency other than the
    text's own (the one most of its amounts are in): "China's trade rose 5.8 percent" in a
    text in yuan, beside "in dollar terms, exports climbed 2.7 percent", is a change in
    yuan, and read in dollars it is a guess."""
    if len(model.currencies) < 2:
        return []
    counts: dict[str, int] = {}
    for c in sorted(model.claims.values(), key=lambda c: model.order[c.id]):
        if c.kind == "amount" and c.value and c.measure != "other":
            counts[currency_of(c)] = counts.get(currency_of(c), 0) + 1
    own = max(counts, key=counts.get) if counts else "USD"  # (the first named wins a tie)
    out = []
    for g in core:
        for cid in g.claims:
            c = model.claims[cid]
            if c.kind in ("percent_change", "multiple") and not c.extra.get("currency") and c not in out \
                    and any(model.keys[i].currency != own for row in g.rows for i in row[0]):
                out.append(c)
    return out


def _misread_in_its_sentence(model: Model, g: Group) -> bool:
    """Whether a stated figure of `g` is read as the same quantity as the other level of
    its change, which it does not equal: the two periods were taken for one, so the reading
    of either is in doubt."""
    if len(g.claims) != 1 or not g.rows or len(g.rows[0][0]) != 1:
        return False
    (i,) = g.rows[0][0]
    c = model.claims.get(g.claims[0])
    if c is None or c.native_low is None or c.native_high is None:
        return False
    return any(o is not c and _levels_of_one_change(c, o) and o.currency == c.currency
               and o.native_low is not None and o.native_high is not None
               and (o.native_low > c.native_high or o.native_high < c.native_low)
               for o in model.amounts.get(i, []))


def _levels_of_one_change(a: Claim, b: Claim) -> bool:
    """Whether `a` and `b` are the two levels of one change ("rose from €31.0bn to €50.7bn"),
    which are of two periods."""
    return any(x.extra.get(k) is y for x, y in ((a, b), (b, a)) for k in ("_later_of", "_earlier_of"))


def _conflict_finding(model: Model, core: list[Group], by_id: dict[str, Claim],
                      fixed: list[Group] = ()) -> tuple[Finding, list[Doubt]]:
    """The finding for a conflict, as an error, and the doubts that may make it none."""
    relations = [g for g in core if g.relation]
    with _quoting(model, core):
        return _conflict_finding_quoted(model, core, by_id, fixed, relations)


@contextlib.contextmanager
def _quoting(model: Model, core: list[Group]):
    """Within the block, a quantity the text gives several figures for is quoted by the one
    the conflict rests on, not by its most precise one: the arithmetic a message shows is
    the arithmetic that failed."""
    for g in core:
        if not g.relation and len(g.claims) == 1 and g.rows and len(g.rows[0][0]) == 1:
            (i,) = g.rows[0][0]
            c = model.claims.get(g.claims[0])
            if c is not None and c in model.amounts.get(i, []):
                model.quoted[i] = c
    try:
        yield
    finally:
        model.quoted.clear()


def _conflict_finding_quoted(model: Model, core: list[Group], by_id: dict[str, Claim], fixed, relations):
    ranked = sorted((g for g in relations if g.check in PRIORITY), key=lambda g: PRIORITY.index(g.check))
    # a relation whose own figures agree would be written as failing with figures that match
    # ("$6.73bn + $11.61bn = $18.34bn, but the total is stated as $18.34bn"): one that fails
    # on its own figures leads, the others are said to hold after it
    lead = next((g for g in ranked if g.explain is not None and not _described(model, g)[0]), None) \
        or (ranked[0] if ranked else None)
    if lead is None:
        lead = next(g for g in core if g.explain is not None)
    # Amount bounds in the core are where the figures come from; a relation's own claim
    # (the multiple, the share) joins them.
    ids = _claims_of(model, core)
    # The figure an editor would most likely correct comes first: the relation's own words
    # ("60%", "tripled"), else the total or balance the parts are summed against.
    first = list(lead.claims)
    if not first and lead.rows and lead.rows[0][0]:
        head = next(iter(lead.rows[0][0]))
        first = [c.id for c in model.amounts.get(head, [])[:1] if c.id in ids]
    ids = first + [i for i in ids if i not in first]
    ids = _likely_slip_first(model, ids, by_id)
    cs = [by_id[i] for i in ids]
    said = lead.explain(model)
    message = render(lead.check, said.variant, False, said.fields)
    others = [g for g in relations if g is not lead and g.explain is not None]
    tied = percent_change.explain_tied([by_id[i] for g in relations for i in g.claims]) \
        if not any(model.amounts.get(i) for g in relations for row in g.rows for i in row[0]) else None
    if tied is not None:
        message = render("percent_change", tied.variant, False, tied.fields)
    else:
        if said.observed is None and lead.growth is not None:
            against = _growth_against_the_rest(model, lead, [g for g in core if g is not lead] + list(fixed))
            if against is not None:
                message = render(lead.check, against.variant, False, against.fields)
        if others:
            # the relations that fail on their own figures first; one that holds is said to
            # hold ("..., matching the stated $71.88trn"), not written as a failure
            described = sorted((_described(model, g) for g in others), key=lambda d: d[0])
            message += note("also", {"others": "; ".join(text for _, text in described[:2])})
    finding = Finding(id="", check=lead.check, status=Status.INCONSISTENT, severity=Severity.ERROR, claims=ids,
                      spans=_spans(cs), message=message, expected=said.expected, observed=said.observed,
                      extra={"rule": f"{lead.check}: the claims listed cannot all hold together",
                             "_lead": list(lead.claims)})  # whose arithmetic `observed` is
    self_contained = ((lead.check in ("percent_change", "ratio") and _self_contained_change(model, cs))
                      or (lead.check == "sum" and _self_contained_sum(model, cs)))
    doubts = _guesses(cs, not self_contained) + _implausible(model, core, lead)
    return finding, doubts + [d for d in _currency_unstated(model, cs)
                              if ("guessed", {"attribute": "currency", "text": d[1]["text"]}) not in doubts]


def _described(model: Model, g: Group) -> tuple[bool, str]:
    """(holds, message) for a relation of a conflict, judged on the figures stated for its
    own quantities (the ones its message quotes)."""
    said = g.explain(model)
    own = {i for row in g.rows for i in row[0]}
    quoted = {c.id for c in (stated(model, i) for i in own) if c is not None}
    figures = [x for x in model.groups if not x.relation and x.claims and x.claims[0] in quoted
               and all(i in own for row in x.rows for i in row[0])]
    holds = feasible(model, figures + [g]) and CHECKS[g.check].messages[said.variant].passed is not None
    text = render(g.check, said.variant, holds, said.fields)
    return holds, text.removesuffix(" (consistent)")


def _growth_against_the_rest(model: Model, lead: Group, rest: list[Group]) -> Explanation | None:
    """"11.6 percent" puts 2022-Q2 imports at $4.92bn ($4.35bn / 1.116... ), but the other
    figures put them between $4.40bn and $4.45bn": a change whose levels are not both
    stated, set against what the rest of the conflict implies for them."""
    from .format import quantity_label

    i_new, i_old, f_lo, f_hi = lead.growth
    c = model.claims.get(lead.claims[0]) if lead.claims else None
    if c is None or f_lo is None or f_hi is None or f_lo <= 0:
        return None
    new_lo, new_hi = var_range(model, rest, i_new)
    old_lo, old_hi = var_range(model, rest, i_old)
    if None in (new_lo, new_hi, old_lo, old_hi):
        return None
    cur = model.keys[i_old].currency
    words = {"text": c.text, "period": c.period, "base_period": c.base_period, "factors": _factors(f_lo, f_hi)}
    if abs(new_hi - new_lo) <= 0.12 * max(abs(new_hi), 1e-9):
        # the later level is settled by the rest: the change puts the earlier one here
        lo, hi = sorted((new_lo / f_hi, new_hi / f_lo))
        return Explanation("puts_earlier", {**words, "quantity": quantity_label(model.keys[i_old]),
                                            "implied": _span(lo, hi, cur), "level": _span(new_lo, new_hi, cur),
                                            "others": _span(old_lo, old_hi, cur)})
    if abs(old_hi - old_lo) <= 0.12 * max(abs(old_hi), 1e-9):
        lo, hi = sorted((old_lo * f_lo, old_hi * f_hi))
        return Explanation("puts_later", {**words, "quantity": quantity_label(model.keys[i_new]),
                                          "implied": _span(lo, hi, cur), "level": _span(old_lo, old_hi, cur),
                                          "others": _span(new_lo, new_hi, cur)})
    return Explanation("needs_ratio", {**words, "quantity": quantity_label(model.keys[i_new]),
                                       "later": _span(new_lo, new_hi, cur), "earlier": _span(old_lo, old_hi, cur)})


def _span(lo: float, hi: float, cur: str) -> str:
    if abs(hi - lo) <= 0.005 * max(abs(hi), 1e-9):
        return money((lo + hi) / 2, cur)
    return f"{money(lo, cur)} to {money(hi, cur)}"


def _factors(lo: float, hi: float) -> str:
    return f"{lo:.4g}" if abs(hi - lo) < 1e-9 else f"{lo:.4g}-{hi:.4g}"


MAX_REMOVAL_TRIALS = 8


def _removal_first(model: Model, finding: Finding, fixed: list[Group], pool: list[Group]) -> None:
    """Of the claims in a conflict, those whose removal alone makes every figure around
    them agree come first: the others are confirmed by some other figure. (Within the
    conflict itself any one removal would do; the figures outside it decide.)"""
    ids = finding.claims
    if len(ids) < 2:
        return
    alone = []
    for cid in ids[:MAX_REMOVAL_TRIALS]:
        rest = [g for g in pool if cid not in g.claims]
        alone.append(cid if feasible(model, fixed + rest) else None)
    first = [cid for cid in alone if cid]
    if not first or len(first) == len(ids):
        return
    order = first + [cid for cid in ids if cid not in first]
    spans = {cid: (model.claims[cid].start, model.claims[cid].end) for cid in ids}
    head = [spans[cid] for cid in order]
    finding.claims = order
    finding.spans = head + [sp for sp in finding.spans if tuple(sp) not in set(head)]


def _likely_slip_first(model: Model, ids: list[str], by_id: dict[str, Claim]) -> list[str]:
    """The claims of a conflict, the likeliest slip first. A figure the text states again
    elsewhere in agreement (the body's "$89 billion" beside the headline's) is rarely the
    wrong one, so such figures go last; otherwise the order stays: the relation's own words,
    then the figures it relates, in the order of the text."""
    def restated(cid: str) -> bool:
        c = by_id[cid]
        if c.kind == "amount":
            return any(len(cs) > 1 and any(x.id == cid for x in cs) and
                       all(abs((x.value or 0) - (c.value or 0)) <= max(abs(c.value or 0), 1) * 0.01 for x in cs)
                       for cs in model.amounts.values())
        twins = [x for x in model.claims.values() if x.id != cid and x.kind == c.kind and x.measure == c.measure
                 and x.period == c.period and x.factor is not None and c.factor is not None
                 and abs(x.factor - c.factor) <= 0.01 * abs(c.factor)]
        return bool(twins)
    return sorted(ids, key=lambda cid: (restated(cid), ids.index(cid)))


def _consistent_finding(model: Model, g: Group, by_id, active: _Active) -> Finding | None:
    opposite = _opposite_signs(model, g)
    if opposite is not None:
        return opposite
    said = g.explain(model)
    if said.observed is None:
        # One side is not stated: a change or a share says what the other figures imply
        # for it; other relations are reported only where every term is stated.
        implied = _implied(model, g, active) if g.check in ("ratio", "percent_change") else None
        if implied is None:
            return None
        said = dataclasses.replace(implied, expected=said.expected)
    elif CHECKS[g.check].messages[said.variant].passed is None:
        return None  # a relation that can never hold (a share above 100%)
    ids = list(g.claims)
    for coefs, _, _ in g.rows:
        for i in coefs:
            for c in model.amounts.get(i, [])[:1]:
                if c.id not in ids:
                    ids.append(c.id)
    cs = [by_id[i] for i in ids]
    return Finding(id="", check=g.check, status=Status.CONSISTENT, severity=Severity.INFO, claims=ids,
                   spans=[(c.start, c.end) for c in cs], message=render(g.check, said.variant, True, said.fields),
                   expected=said.expected, observed=said.observed)


def _opposite_signs(model: Model, g: Group) -> Finding | None:
    """A change stated between two balances of opposite signs (a deficit against a surplus,
    or a level read with a sign it may not have): no factor relates them, so the relation
    has no rows and would pass whatever the figures; no verdict, with the reason."""
    if g.check != "percent_change" or g.growth is None or g.rows:
        return None
    new, old = stated(model, g.growth[0]), stated(model, g.growth[1])
    if new is None or old is None or not new.value or not old.value or (new.value > 0) == (old.value > 0):
        return None
    c = model.claims[g.claims[0]]
    fields = {"text": c.text, "period": c.period, "base_period": c.base_period,
              "new": money(new.value, new.currency), "old": money(old.value, old.currency)}
    cs = [c, new, old]
    return Finding(id="", check=g.check, status=Status.UNVERIFIABLE, severity=Severity.INFO, claims=[x.id for x in cs],
                   spans=[(x.start, x.end) for x in cs], message=render(g.check, "opposite_signs", False, fields))


def _implied(model: Model, g: Group, active: _Active) -> Explanation | None:
    from .format import quantity_label

    unstated = [i for coefs, _, _ in g.rows for i in coefs if not model.amounts.get(i)]
    if not unstated:
        return None
    i = unstated[0]
    lo, hi = active.range(model, i)
    if lo is None and hi is None:
        return None
    key = model.keys[i]
    # every change and share is a claim of the text: its words are what implies the level
    fields = {"text": model.claims[g.claims[0]].text, "quantity": quantity_label(key), "low": money(lo, key.currency)}
    if hi is None:
        return Explanation("implied_at_least", fields)
    return Explanation("implied_between", {**fields, "high": money(hi, key.currency)})
