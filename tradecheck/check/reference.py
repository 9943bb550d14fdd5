"""`reference`: every trade claim against reference data, from the reporter's own figure
and from the partner's mirror figure (A's exports to B against B's imports from A, less the
CIF/FOB margin); `record` claims against the reference history.

A deviation beyond tolerance is an error when the reference is an exact official figure
that its sources agree on, a warning when it is approximate (a published figure quoted in
the news, an IMF estimate) or when the sources disagree with each other. A reference
figure published as a bound ("exceeded $113mn", its note quoting the word) is compared as
that bound. A claim whose pair, period or measure was guessed, or for which no reference
exists, is `unverifiable` with the reason (`reason`: not_checked, no_reference, no_history)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .. import periods as P
from ..model import Claim, Finding
from .catalogue import Severity, Status, note, render
from .format import money

# The IMF's standard CIF/FOB factor: imports CIF are about 6% above the partner's exports FOB.
CIF_FOB = 1.06
# Allowance for revisions between releases, on top of the claim's own rounding.
REVISION = 0.03
# The CIF/FOB margin varies by route: a mirror figure is compared within this band.
MIRROR_BAND = 0.06


@dataclass
class Candidate:
    value: float
    how: str  # "reporter", "mirror", "published", "both exporters"
    rows: list[dict] = field(default_factory=list)
    approximate: bool = False
    # "gt" when the reference itself is a lower bound ("exceeded $113mn"), "lt" an upper one
    bound: str = "eq"

    @property
    def sources(self) -> list[str]:
        return sorted({_source_name(r["source"]) for r in self.rows})

    def band(self, revision: float) -> tuple[float, float]:
        extra = MIRROR_BAND if self.how in ("mirror", "both exporters") else 0.0
        tol = revision + extra + (0.05 if self.approximate else 0.0)
        lo, hi = self.value - abs(self.value) * tol, self.value + abs(self.value) * tol
        if self.bound in ("gt", "ge"):
            hi = float("inf")
        elif self.bound in ("lt", "le"):
            lo = float("-inf")
        return lo, hi

    def text(self) -> str:
        """The reference figure as a message quotes it: "more than $113mn" for a bound."""
        return f"{BOUND_WORDS.get(self.bound, '')}{money(self.value)}"


BOUND_WORDS = {"gt": "more than ", "ge": "at least ", "lt": "less than ", "le": "at most "}
# Words a published figure's note may use for its bound besides the qualifier it quotes
_BOUND_PHRASES = {"lower bound": "gt", "upper bound": "lt"}
_QUOTED = re.compile(r"['\"‘“]([^'\"‘’“”]{1,40})['\"’”]")


def stated_bound(row: dict) -> str:
    """The bound a reference figure was published with, from the qualifier its note quotes
    ("lower bound ('exceeded')", "'about'"): figures quoted from the news are often
    bounds, which must not be compared as exact values. "eq" when the note says none."""
    note = row.get("note")
    if not isinstance(note, str) or not note:
        return "eq"
    from .. import vocab

    words = vocab.qualifiers()
    for m in _QUOTED.finditer(note):
        b = words.get(m.group(1).strip().lower())
        if b:
            return b
    low = note.lower()
    return next((b for phrase, b in _BOUND_PHRASES.items() if phrase in low), "eq")


def _joint_bound(signed_rows: list[tuple[float, dict]]) -> str:
    """The bound of a sum of reference rows, each with its sign in the sum: a lower bound
    added stays a lower bound, subtracted it becomes an upper one; bounds that pull both
    ways leave the sum approximate."""
    flip = {"gt": "lt", "ge": "le", "lt": "gt", "le": "ge"}
    found = set()
    for sign, r in signed_rows:
        b = stated_bound(r)
        if b in flip:
            found.add(b if sign > 0 else flip[b])
    if not found:
        return "eq"
    if found <= {"gt", "ge"}:
        return "gt"
    if found <= {"lt", "le"}:
        return "lt"
    return "approx"


def reference_findings(claims: list[Claim], records: dict[str, str], store, revision: float = REVISION) -> list[Finding]:
    wanted = [c for c in claims if c.kind == "amount" and c.measure in ("exports", "imports", "trade_total", "balance")]
    if not wanted:
        return []
    pairs = {(c.reporter, c.partner) for c in wanted if c.reporter and c.partner}
    rows = store.rows_for_pairs(pairs, records=True) if pairs else []
    index: dict[tuple, list[dict]] = {}
    for r in rows:
        index.setdefault((r["reporter"], r["partner"], r["flow"], r["period"]), []).append(r)
    described = _Lazy(lambda: _describe_store(store))
    out = []
    for c in wanted:
        out.append(_one(c, index, revision, described))
        if c.id in records:
            out.append(_record(c, index, revision, records[c.id]))
    return [f for f in out if f is not None]


class _Lazy:
    """A description of the store, computed only if a message needs it (it scans every file)."""

    def __init__(self, make):
        self.make, self.value = make, None

    def __str__(self) -> str:
        if self.value is None:
            self.value = self.make()
        return self.value


def _describe_store(store) -> str:
    """Each source's years, once per source however many versions of it were imported."""
    try:
        rows = store.spans()
    except Exception:  # a store that cannot be read is reported per claim, not here
        return "the reference store"
    years: dict[str, tuple[str, str]] = {}
    for r in rows:
        first, last = years.get(r["source"], (r["first"], r["last"]))
        years[r["source"]] = (min(first, r["first"]), max(last, r["last"]))
    parts = [f"{name} {first}-{last}" for name, (first, last) in years.items()]
    return "; ".join(parts) if parts else "an empty reference store"


def _why_not(c: Claim) -> str | None:
    if c.commodity:
        return f"the figure is about {c.commodity}; the reference holds totals"
    if not c.reporter or not c.partner:
        return "its pair of countries is not known (a group without a code, or not stated)"
    if not c.period:
        return "its period is not known"
    if c.value_usd is None:
        return c.extra.get("value_usd_note") or "it has no US-dollar value"
    for fld in ("pair", "period", "measure"):
        if c.basis.get(fld) == "guess":
            return f"its {fld} was not stated near it, so the comparison would rest on a guess"
    if c.extra.get("source"):
        return None
    return None


def _rows(index, a, b, flow, period):
    return [r for r in index.get((a, b, flow, period), []) if r["commodity"] == "TOTAL"]


def _by_source(rows):
    out: dict[str, list[dict]] = {}
    for r in rows:
        out.setdefault(r["source"], []).append(r)
    return out


def _sum_same_source(xs, ms, sign=1.0, scale_m=1.0):
    """Pairs of rows from one source combined: (x + sign * scale * m, the rows, their bound)."""
    out = []
    mx, mm = _by_source(xs), _by_source(ms)
    for src in sorted(set(mx) & set(mm)):
        x, m = mx[src][0], mm[src][0]
        out.append((x["value_usd"] + sign * scale_m * m["value_usd"], [x, m], _joint_bound([(1.0, x), (sign, m)])))
    return out


def candidates(c: Claim, index) -> list[Candidate]:
    a, b, per = c.reporter, c.partner, c.period
    out: list[Candidate] = []

    def approx(rows, bound="eq"):
        return bound == "approx" or any(r.get("approximate") or r.get("estimated") or stated_bound(r) == "approx"
                                        for r in rows)

    def one(value, how, r):
        b = stated_bound(r)
        return Candidate(value, how, [r], approx([r], b), b if b != "approx" else "eq")

    def joint(value, how, rows, b):
        return Candidate(value, how, rows, approx(rows, b), b if b != "approx" else "eq")

    if c.measure in ("exports", "imports"):
        other = "imports" if c.measure == "exports" else "exports"
        for r in _rows(index, a, b, c.measure, per):
            out.append(one(r["value_usd"], "published" if r["source"].startswith("published:") else "reporter", r))
        for r in _rows(index, b, a, other, per):
            # the partner's mirror figure, brought to the claim's valuation
            v = r["value_usd"] / CIF_FOB if c.measure == "exports" else r["value_usd"] * CIF_FOB
            out.append(one(v, "mirror", r))
    elif c.measure == "trade_total":
        for x, y in ((a, b), (b, a)):
            for r in _rows(index, x, y, "total", per):
                out.append(one(r["value_usd"], "published" if r["source"].startswith("published:") else "reporter", r))
            for v, rs, bd in _sum_same_source(_rows(index, x, y, "exports", per), _rows(index, x, y, "imports", per)):
                out.append(joint(v, "reporter", rs, bd))
        for v, rs, bd in _sum_same_source(_rows(index, a, b, "exports", per), _rows(index, b, a, "exports", per)):
            out.append(joint(v, "both exporters", rs, bd))
    elif c.measure == "balance":
        for v, rs, bd in _sum_same_source(_rows(index, a, b, "exports", per), _rows(index, a, b, "imports", per), -1.0):
            out.append(joint(v, "reporter", rs, bd))
        for v, rs, bd in _sum_same_source(_rows(index, a, b, "exports", per), _rows(index, b, a, "exports", per),
                                          -1.0, CIF_FOB):
            out.append(joint(v, "both exporters", rs, bd))
    return out


def _one(c: Claim, index, revision: float, described: str) -> Finding:
    why = _why_not(c)
    if why is not None:
        return _finding(c, Status.UNVERIFIABLE, Severity.INFO, "not_checked", {"text": c.text, "why": why},
                        extra={"reason": "not_checked"})
    cands = candidates(c, index)
    if not cands:
        # the store's coverage, named once where these findings are folded into one line
        return _finding(c, Status.UNVERIFIABLE, Severity.INFO, "no_reference",
                        {"text": c.text, "what": _what(c), "store": str(described)},
                        extra={"reason": "no_reference", "coverage": str(described)})
    lo, hi = c.low, c.high
    mid = c.value_usd
    matches = []
    for k in cands:
        rlo, rhi = k.band(revision)
        if (hi is None or rlo <= hi) and (lo is None or rhi >= lo):
            matches.append(k)
    listing = "; ".join(_cite(k) for k in cands[:6])
    best = min(cands, key=lambda k: abs((mid or 0) - k.value))
    dev = (mid - best.value) / best.value * 100 if best.value and mid is not None else None
    extra = {"reference": [_row(r) for k in cands for r in k.rows][:12],
             "deviation_pct": round(dev, 2) if dev is not None else None}
    if matches:
        m = min(matches, key=lambda k: abs((mid or 0) - k.value))
        mdev = (mid - m.value) / m.value * 100 if m.value and mid is not None else None
        extra["matched"] = m.how
        extra["deviation_pct"] = round(mdev, 2) if mdev is not None else None
        fields = {"text": c.text, "what": _what(c), "how": m.how, "reference": m.text(),
                  "sources": ", ".join(m.sources), "listing": listing}
        if mdev is None:
            return _finding(c, Status.CONSISTENT, Severity.INFO, "zero_reference", fields, m.value, mid, extra)
        return _finding(c, Status.CONSISTENT, Severity.INFO, "value", {**fields, "deviation": f"{mdev:+.1f}%"},
                        m.value, mid, extra)
    values = [k.value for k in cands]
    disagree = max(values) > min(values) * (1 + 2 * revision + 0.02)
    exact = any(not k.approximate and k.how in ("reporter", "mirror", "both exporters") for k in cands)
    severity = Severity.ERROR if exact and not disagree else Severity.WARNING
    caveat = "" if severity == Severity.ERROR else note("sources_disagree" if disagree else "approximate_reference")
    fields = {"text": c.text, "what": _what(c), "reference": best.text(), "how": best.how,
              "sources": ", ".join(best.sources), "revision": f"{revision:.0%}", "caveat": caveat, "listing": listing}
    if dev is None:
        return _finding(c, Status.INCONSISTENT, severity, "zero_reference", fields, best.value, mid, extra)
    return _finding(c, Status.INCONSISTENT, severity, "value", {**fields, "deviation": f"{dev:+.1f}%"},
                    best.value, mid, extra)


def _record(c: Claim, index, revision: float, word: str) -> Finding | None:
    if _why_not(c) is not None:
        return None
    per = P.parse(c.period)
    if per is None or per[1] - per[0] != 11:
        return None
    year = per[0] // 12
    history = []
    for y in range(year - 25, year):
        earlier = Claim(id=c.id, kind="amount", start=c.start, end=c.end, text=c.text, measure=c.measure,
                        reporter=c.reporter, partner=c.partner, period=str(y))
        for k in candidates(earlier, index):
            if k.how != "mirror":
                history.append((y, k))
    if not history:
        return _finding(c, Status.UNVERIFIABLE, Severity.INFO, "no_history",
                        {"word": word, "text": c.text, "what": _what(c)}, extra={"reason": "no_history"}, rule="record")
    y, top = max(history, key=lambda t: t[1].value)
    limit = c.high if c.high is not None else c.value_usd
    lo, hi = top.band(revision)
    extra = {"reference": [dict(_row(r), period=str(y)) for r in top.rows]}
    # Across sources, coverage differs: only a source that also reports the claim's year
    # can show that year was no record.
    same_source = any(set(k.sources) & set(top.sources) for k in candidates(c, index))
    fields = {"word": word, "text": c.text, "sources": ", ".join(top.sources), "reference": top.text(),
              "year": str(y)}
    if limit is not None and lo > limit:
        severity = Severity.ERROR if (same_source and not top.approximate) else Severity.WARNING
        return _finding(c, Status.INCONSISTENT, severity, "record", {**fields, "what": _what(c)},
                        top.value, c.value_usd, extra, rule="record")
    return _finding(c, Status.CONSISTENT, Severity.INFO, "record", fields, top.value, c.value_usd, extra, rule="record")


def _source_name(source: str) -> str:
    return source[len("published: "):] + " (as published)" if source.startswith("published: ") else source


def _what(c: Claim) -> str:
    m = {"exports": f"{c.reporter} exports to {c.partner}", "imports": f"{c.reporter} imports from {c.partner}",
         "trade_total": f"{c.reporter}-{c.partner} trade", "balance": f"{c.reporter} balance with {c.partner}"}
    return f"{m[c.measure]}, {c.period}"


def _cite(k: Candidate) -> str:
    return f"{', '.join(k.sources)} {k.text()} ({k.how})"


def _row(r: dict) -> dict:
    return {"source": r["source"], "source_version": r["source_version"], "period": r["period"],
            "reporter": r["reporter"], "partner": r["partner"], "flow": r["flow"],
            "value_usd": float(r["value_usd"]), "file": str(r.get("file", "")).rsplit("/", 1)[-1],
            "row": int(r["row"]) if r.get("row") == r.get("row") and r.get("row") is not None else None,
            **({"url": r["url"]} if isinstance(r.get("url"), str) and r.get("url") else {})}


def _finding(c: Claim, status: Status, severity: Severity, variant: str, fields: dict, expected=None, observed=None,
             extra=None, rule="value") -> Finding:
    # A record checked against history is a check against reference data: it carries the
    # check id `reference` (rule "record"), apart from the text's own `record` check.
    message = render("reference", variant, status == Status.CONSISTENT, fields)
    return Finding(id="", check="reference", status=status, severity=severity, claims=[c.id],
                   spans=[(c.start, c.end)], message=message, expected=expected, observed=observed,
                   extra={"rule": rule, **(extra or {})})
