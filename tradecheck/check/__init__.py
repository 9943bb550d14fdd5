"""Checking: claims become findings (stage 'check' of the design).

Each check id has its own module that adds its rows to one constraint system per document
(`system.py`); a conflict found there is reported with the check id of the relation it
breaks and the arithmetic of that relation. A conflict that rests on a guessed attribution
is reported `unverifiable`, never `inconsistent`."""
from __future__ import annotations

import dataclasses

from ..model import Claim, Document, Finding
from . import amounts, bound, percent_change, ratio, record, sums
from .system import Group, Model, _deletion_filter, components, feasible, var_range
from .format import money
from .readings import reconcile, unit_slip

CHECK_IDS = ("ratio", "percent_change", "sum", "bound", "duplicate", "record", "reference")
# When a conflict involves several relations, the finding is named after the one an editor
# would look at first.
PRIORITY = ("record", "percent_change", "ratio", "sum", "bound", "duplicate")


def run_checks(doc: Document, claims: list[Claim], sentences, store=None, revision: float | None = None) -> list[Finding]:
    """Findings for `claims`: the document's own consistency, then (with a reference
    `store`) every trade claim against reference data."""
    findings = _internal(doc, claims, sentences)
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
        for _ in range(MAX_CONFLICTS):
            if feasible(model, fixed + pool):
                break
            core = _deletion_filter(model, fixed, pool)
            if not core:
                break
            finding = _conflict_finding(model, core, by_id, fixed)
            _removal_first(model, finding, fixed, pool)
            if finding.status == "inconsistent" or _far_apart_duplicate(finding):
                near = _nearby(claims, finding, part)
                _point_at_unit_slip(finding, near, records, by_id)
                if finding.status == "inconsistent":
                    _try_readings(finding, near, records)
            findings.append(finding)
            in_conflict.update(id(g) for g in core)
            drop = _set_aside(model, core, finding)
            pool = [g for g in pool if id(g) not in drop]
        pool = [g for g in pool if id(g) not in in_conflict]
        active = _Active(fixed + pool)
        for g in part:
            context[id(g)] = active
    _consistent_findings(model, by_id, in_conflict, context, findings)
    for f in findings:
        if f.claims and all(by_id[cid].extra.get("source") == "forecast" for cid in f.claims if cid in by_id):
            f.message = "forecasts: " + f.message
    return findings


def _nearby(claims: list[Claim], finding: Finding, part: list[Group]) -> list[Claim]:
    """The claims a conflict's other readings are tried among: those of its part of the
    system and of the paragraphs its own claims stand in. Rebuilding the system of the whole
    text for each reading of each conflict would make long texts take quadratic time."""
    ids = {cid for g in part for cid in g.claims}
    here = {c.paragraph for c in claims if c.id in set(finding.claims)}
    return [c for c in claims if c.id in ids or c.paragraph in here]


def _far_apart_duplicate(f: Finding) -> bool:
    return f.check == "duplicate" and f.status == "unverifiable" and "too far apart" in f.message


def _point_at_unit_slip(finding: Finding, claims: list[Claim], records, by_id) -> None:
    """A figure that fits the others once its million and billion are swapped: say so,
    and put it first. Two statements of one quantity a thousand times apart are a slip,
    not two different things."""
    found = unit_slip(claims, finding.claims, lambda cs: build_model(cs, records))
    if found is None:
        return
    c, k = found
    fits = money(c.value * k, c.currency)
    if finding.check == "duplicate":
        if _far_apart_duplicate(finding):
            finding.status, finding.severity = "inconsistent", "error"
            finding.message = finding.message[:finding.message.index(" (not flagged")]
        finding.message += "; they differ by a factor of a thousand: a slip between million and billion in one of them"
    else:
        finding.message += f"; \"{c.text}\" fits the other figures as {fits}: a slip of {_scale_words(k)}?"
    finding.claims = [c.id] + [i for i in finding.claims if i != c.id]
    first = (c.start, c.end)
    finding.spans = [first] + [sp for sp in finding.spans if tuple(sp) != first]
    finding.extra["unit_slip"] = {"claim": c.id, "factor": k}


def _scale_words(k: float) -> str:
    return "billion for million" if k < 1 else "million for billion"


def _as_forecast(c: Claim) -> Claim:
    """A forecast ("INDEC expects exports of $81bn") is no trade flow that happened (its
    measure is `other`), but forecasts of one outlook must still add up: each is checked as
    the flow it forecasts, from a source of its own, so it meets only other forecasts."""
    of = c.extra.get("_forecast_of")
    if c.measure != "other" or not c.extra.get("_forecast") or of in (None, "other"):
        return c
    return dataclasses.replace(c, measure=of, extra={**c.extra, "source": "forecast"})


def _try_readings(finding: Finding, claims: list[Claim], records) -> None:
    """An error only if no other plausible reading of its claims makes them agree."""
    found = reconcile(claims, finding.claims, lambda cs: build_model(cs, records))
    if found is None:
        return
    c, reading = found
    finding.status, finding.severity = "unverifiable", "warning"
    finding.message += f" (not flagged as an error: consistent if \"{c.text}\" is {reading['why']})"
    finding.extra["reading"] = {"claim": c.id, **reading}


def build_model(claims: list[Claim], records) -> Model:
    """The document's constraint system: every check module adds its rows."""
    model = Model(claims)
    amounts.add(model, claims)
    percent_change.add(model, claims)
    percent_change.add_directions(model, claims)
    ratio.add(model, claims)  # after the changes, which may create the earlier levels a share is of
    sums.add_scopes(model)  # first: it may create the whole that a total is made of
    sums.add(model)
    sums.add_mirror(model)
    sums.add_mirror_balance(model)
    amounts.add_currency_pairs(model)
    amounts.add_writer_rate(model, claims)
    bound.add(model, claims)
    record.add(model, claims, records)
    return model


def _consistent_findings(model: Model, by_id, in_conflict: set[int], context, findings: list[Finding]) -> None:
    """A finding for every relation that holds, with its arithmetic."""
    nothing = _Active([])
    for g in model.groups:
        if g.relation and g.removable and id(g) not in in_conflict and g.explain is not None:
            active = context.get(id(g), nothing)
            if not _stated_figures_active(model, g, active.live):
                continue  # its arithmetic would quote a figure that was set aside
            f = _consistent_finding(model, g, by_id, active)
            if f is not None:
                findings.append(f)


class _Active:
    """The groups of a part in force, and (each worked out once) the claims they rest on
    and the range each quantity can take under them."""

    def __init__(self, groups: list[Group]):
        self.groups = groups
        self._live: set[str] | None = None
        self._ranges: dict[int, tuple[float | None, float | None]] = {}

    @property
    def live(self) -> set[str]:
        if self._live is None:
            self._live = {cid for h in self.groups for cid in h.claims}
        return self._live

    def range(self, model: Model, i: int) -> tuple[float | None, float | None]:
        if i not in self._ranges:
            self._ranges[i] = var_range(model, self.groups, i)
        return self._ranges[i]


def _stated_figures_active(model: Model, g: Group, live: set[str]) -> bool:
    for coefs, _, _ in g.rows:
        for i in coefs:
            for c in model.amounts.get(i, [])[:1]:
                if c.id not in live:
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


def _guesses(claims: list[Claim]) -> list[str]:
    why = []
    for c in claims:
        for fld in ("pair", "period", "measure"):
            if c.basis.get(fld) == "guess":
                why.append(f"the {fld} of \"{c.text}\" was not stated near it")
    return why


MAX_CONFLICTS = 8


def _set_aside(model: Model, core: list[Group], finding: Finding) -> set[int]:
    """The groups to drop before looking for the next conflict. A duplicate that is really
    two different quantities loses only its less certain figure, so the other still takes
    part in the checks; any other conflict is set aside whole."""
    if finding.check == "duplicate" and finding.status == "unverifiable":
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


def _implausible(model: Model, core: list[Group], lead: Group) -> list[str]:
    why = []
    if lead.check == "duplicate":
        cs = [model.claims[cid] for g in core for cid in g.claims if model.claims[cid].kind == "amount"]
        mixed = len({c.currency for c in cs}) > 1
        # figures in different currencies are compared in dollars
        vals = [abs(c.value_usd if mixed else c.value) for c in cs if (c.value_usd if mixed else c.value)]
        if vals and max(vals) > RESTATEMENT_SPREAD * min(vals):
            why.append("the figures are too far apart to be two statements of one quantity, "
                       "so they are probably about different things")
        sentences = [model.claims[cid].sentence for g in core for cid in g.claims]
        if len(sentences) != len(set(sentences)) and not mixed:
            why.append("two different figures in one sentence were read as the same quantity")
    return why


def _conflict_finding(model: Model, core: list[Group], by_id: dict[str, Claim], fixed: list[Group] = ()) -> Finding:
    relations = [g for g in core if g.relation]
    lead = None
    for check in PRIORITY:
        lead = next((g for g in relations if g.check == check), None)
        if lead:
            break
    if lead is None:
        lead = next((g for g in core if g.explain is not None), core[0])
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
    message, expected, observed = lead.explain(model) if lead.explain else ("these figures cannot all hold", None, None)
    others = [g for g in relations if g is not lead and g.explain is not None]
    tied = percent_change.explain_tied([by_id[i] for g in relations for i in g.claims]) \
        if not any(model.amounts.get(i) for g in relations for row in g.rows for i in row[0]) else None
    if tied is not None:
        message = tied
    elif observed is None and lead.growth is not None:
        message = _growth_against_the_rest(model, lead, [g for g in core if g is not lead] + list(fixed)) or message
        if others:
            message += "; this also involves " + "; ".join(g.explain(model)[0] for g in others[:2])
    elif others:
        message += "; this also involves " + "; ".join(g.explain(model)[0] for g in others[:2])
    guesses = _guesses(cs) + _implausible(model, core, lead)
    status, severity = ("unverifiable", "warning") if guesses else ("inconsistent", "error")
    if guesses:
        message += " (not flagged as an error: " + "; ".join(guesses[:2]) + ")"
    return Finding(id="", check=lead.check, status=status, severity=severity, claims=ids,
                   spans=_spans(cs), message=message,
                   expected=expected, observed=observed,
                   extra={"rule": f"{lead.check}: the claims listed cannot all hold together"})


def _growth_against_the_rest(model: Model, lead: Group, rest: list[Group]) -> str | None:
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
    words = f"\"{c.text}\" ({c.period} against {c.base_period})"
    if abs(new_hi - new_lo) <= 0.12 * max(abs(new_hi), 1e-9):
        # the later level is settled by the rest: the change puts the earlier one here
        lo, hi = sorted((new_lo / f_hi, new_hi / f_lo))
        return (f"{words} puts {quantity_label(model.keys[i_old])} at {_span(lo, hi, cur)} "
                f"({_span(new_lo, new_hi, cur)} / {_factors(f_lo, f_hi)}), but the other figures put it at {_span(old_lo, old_hi, cur)}")
    if abs(old_hi - old_lo) <= 0.12 * max(abs(old_hi), 1e-9):
        lo, hi = sorted((old_lo * f_lo, old_hi * f_hi))
        return (f"{words} puts {quantity_label(model.keys[i_new])} at {_span(lo, hi, cur)} "
                f"({_span(old_lo, old_hi, cur)} x {_factors(f_lo, f_hi)}), but the other figures put it at {_span(new_lo, new_hi, cur)}")
    return (f"{words} needs a ratio of {_factors(f_lo, f_hi)} between {quantity_label(model.keys[i_new])} and the "
            f"earlier figure, but the other figures put them at {_span(new_lo, new_hi, cur)} and {_span(old_lo, old_hi, cur)}")


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
    if not g.claims and g.check in ("sum", "bound"):
        # Structural relations are reported only where every term is stated.
        message, expected, observed = g.explain(model)
        if observed is None or expected is None:
            return None
        ids = []
        for coefs, _, _ in g.rows:
            for i in coefs:
                for c in model.amounts.get(i, [])[:1]:
                    ids.append(c.id)
        cs = [by_id[i] for i in ids]
        return Finding(id="", check=g.check, status="consistent", severity="info", claims=ids,
                       spans=[(c.start, c.end) for c in cs], message=_consistent_text(message),
                       expected=expected, observed=observed)
    message, expected, observed = g.explain(model)
    ids = list(g.claims)
    for coefs, _, _ in g.rows:
        for i in coefs:
            for c in model.amounts.get(i, [])[:1]:
                if c.id not in ids:
                    ids.append(c.id)
    if observed is None and g.check not in ("ratio", "percent_change"):
        return None
    if observed is None:
        # One side is not stated: say what the others imply for it.
        implied = _implied(model, g, active)
        if implied is None:
            return None
        message = implied
    else:
        message = _consistent_text(message)
    cs = [by_id[i] for i in ids]
    status = "consistent"
    return Finding(id="", check=g.check, status=status, severity="info", claims=ids,
                   spans=[(c.start, c.end) for c in cs], message=message,
                   expected=expected, observed=observed)


def _consistent_text(message: str) -> str:
    message = message.replace(", but the text gives", ", and the text gives")
    for bad in (", but the total is stated as", ", but the balance is stated as", ", but the whole is stated as"):
        message = message.replace(bad, ", matching the stated")
    return message.replace("exceed the whole", "within the whole").replace("exceeds the whole", "within the whole") + " (consistent)"


def _implied(model: Model, g: Group, active: _Active) -> str | None:
    from .format import quantity_label

    unstated = [i for coefs, _, _ in g.rows for i in coefs if not model.amounts.get(i)]
    if not unstated:
        return None
    i = unstated[0]
    lo, hi = active.range(model, i)
    if lo is None and hi is None:
        return None
    key = model.keys[i]
    by_claim = None
    if g.claims:
        by_claim = model.claims.get(g.claims[0])
    words = f"\"{by_claim.text}\" " if by_claim else ""
    rng = f"between {money(lo, key.currency)} and {money(hi, key.currency)}" if hi is not None else f"at least {money(lo, key.currency)}"
    return f"{words}implies {quantity_label(key)} {rng}, which the other figures allow (consistent)"
