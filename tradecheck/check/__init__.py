"""Checking: claims become findings (stage 'check' of the design).

Each check id has its own module that adds its rows to one constraint system per document
(`system.py`); a conflict found there is reported with the check id of the relation it
breaks and the arithmetic of that relation. A conflict that rests on a guessed attribution
is reported `unverifiable`, never `inconsistent`."""
from __future__ import annotations

from ..model import Claim, Document, Finding
from . import amounts, bound, percent_change, ratio, record, sums
from .system import Group, Model, _deletion_filter, components, feasible, var_range
from .format import money

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
    model = Model(claims)
    amounts.add(model, claims)
    records = record.marked(doc.text, sentences, claims)
    ratio.add(model, claims)
    percent_change.add(model, claims)
    percent_change.add_directions(model, claims)
    sums.add_scopes(model)  # first: it may create the whole that a total is made of
    sums.add(model)
    sums.add_mirror(model)
    sums.add_mirror_balance(model)
    amounts.add_currency_pairs(model)
    bound.add(model, claims)
    record.add(model, claims, records)
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
            finding = _conflict_finding(model, core, by_id)
            findings.append(finding)
            in_conflict.update(id(g) for g in core)
            drop = _set_aside(model, core, finding)
            pool = [g for g in pool if id(g) not in drop]
        pool = [g for g in pool if id(g) not in in_conflict]
        active = _Active(fixed + pool)
        for g in part:
            context[id(g)] = active
    nothing = _Active([])
    for g in model.groups:
        if g.relation and g.removable and id(g) not in in_conflict and g.explain is not None:
            active = context.get(id(g), nothing)
            if not _stated_figures_active(model, g, active.live):
                continue  # its arithmetic would quote a figure that was set aside
            f = _consistent_finding(model, g, by_id, active)
            if f is not None:
                findings.append(f)
    return findings


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
        for k in ("_sign_span", "_direction_span"):
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
            if c.how.get(fld) == "guess":
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
                return (sum(c.how.get(f) == "text" for f in ("period", "pair", "measure")), -model.order[c.id])
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


def _conflict_finding(model: Model, core: list[Group], by_id: dict[str, Claim]) -> Finding:
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
    cs = [by_id[i] for i in ids]
    message, expected, observed = lead.explain(model) if lead.explain else ("these figures cannot all hold", None, None)
    others = [g for g in relations if g is not lead and g.explain is not None]
    if others:
        message += "; this also involves " + "; ".join(g.explain(model)[0] for g in others[:2])
    guesses = _guesses(cs) + _implausible(model, core, lead)
    status, severity = ("unverifiable", "warning") if guesses else ("inconsistent", "error")
    if guesses:
        message += " (not flagged as an error: " + "; ".join(guesses[:2]) + ")"
    return Finding(id="", check=lead.check, status=status, severity=severity, claims=ids,
                   spans=_spans(cs), message=message,
                   expected=expected, observed=observed,
                   extra={"rule": f"{lead.check}: the claims listed cannot all hold together"})


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
