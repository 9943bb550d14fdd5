"""One constraint system per document.

Every quantity a claim is about (a flow, for a pair, a period, a commodity, in a currency)
is a variable. Amounts bound variables; multiples, percentage changes and shares relate two
of them; totals and balances tie exports and imports together; parts stay below wholes.
Each check module contributes *groups* of linear rows, one group per claim or relation.

Feasibility is a small linear program (GLPK's simplex, through swiglpk). When the system has no
solution, a deletion filter finds an irreducible infeasible subset: the smallest set of
groups that cannot all hold. That set, and only that set, becomes a finding."""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Callable, NamedTuple

from .. import vocab
from ..model import DAILY_AVERAGE, YEARLY_AVERAGE, Claim, is_series_scope
from .catalogue import Explanation
from .format import UNKNOWN_CURRENCY

FLOW_MEASURES = ("exports", "imports", "trade_total", "balance")


class QKey(NamedTuple):
    """What a number measures. `reporter`/`partner` are ISO3 codes or group labels; a
    trade total's pair is stored sorted, since "trade between A and B" has no direction."""
    measure: str
    reporter: str
    partner: str
    period: str
    commodity: str | None
    currency: str
    source: str | None = None
    # the series a figure belongs to, where the text names one: "seasonally adjusted", "CIF"
    # (two series of one flow are two quantities, neither a part of the other)
    series: str | None = None


def key_of(c: Claim, period: str | None = None, measure: str | None = None,
           partner: str | None = None, commodity: str | None | bool = False) -> QKey | None:
    measure = measure or c.measure
    if measure not in FLOW_MEASURES or c.extra.get("per") and c.extra.get("_series") not in (YEARLY_AVERAGE, DAILY_AVERAGE):
        # a rate ("Sh35 billion per month") is no level of the flow (a yearly average over
        # years is one of the averages' series: link/rates.py; so is a flow's daily average,
        # link/stated_per.py)
        return None
    rep = c.reporter or (("group:" + c.extra["reporter_group"]) if c.extra.get("reporter_group") else None)
    par = partner or c.partner or (("group:" + c.extra["partner_group"]) if c.extra.get("partner_group") else None)
    per = period or c.period
    if not rep or not par or not per or (rep == par and rep != "WLD" and not rep.startswith("group:") and rep != "EUU"):
        return None  # (the world's exports to the world are world exports, a group's to itself its internal trade)
    if measure == "trade_total":
        rep, par = sorted((rep, par))
    scope = None if is_series_scope(c.scope) else c.scope
    com = (c.commodity if c.commodity is not None else scope) if commodity is False else commodity
    # (two labels of one group, "chemicals" and "chemical products", are one quantity)
    com = vocab.matching_label(com)
    series = ", ".join(x for x in (c.scope if is_series_scope(c.scope) else c.extra.get("_series"), c.extra.get("valuation"), c.extra.get("vintage"),
                                    c.extra.get("period_part"), c.extra.get("list_item"), c.extra.get("sector_part")) if x)
    return QKey(measure, rep, par, per, com, currency_of(c), c.extra.get("source"), series or None)


def currency_of(c: Claim) -> str:
    """The currency of a claim's quantity: a relation of no stated currency is read in
    dollars (and in each currency of the text by the checks that relate levels); an amount
    whose currency the text leaves unsaid is in none that others are in."""
    return c.currency or (UNKNOWN_CURRENCY if c.kind == "amount" else "USD")



@dataclass
class Group:
    """Rows that stand or fall together: one claim's bounds, or one relation."""
    check: str
    claims: list[str]
    rows: list[tuple[dict[int, float], float | None, float | None]]
    explain: Callable[["Model"], "Explanation"] | None = None  # what its message says, from the catalogue
    removable: bool = True
    relation: bool = True  # False for a plain amount's bounds
    guessed: list[str] = field(default_factory=list)  # why the verdict may rest on a guess
    # for a change: (new variable, old variable, lowest and highest new/old), so that a
    # conflict can say what the change implies beside what the other figures do
    growth: tuple[int, int, float | None, float | None] | None = None
    _lp: list | bool | None = field(default=None, repr=False, compare=False)  # its rows as Rows takes them
    _ties: bool = field(default=False, repr=False, compare=False)  # whether one of those has two variables


class Model:
    def __init__(self, claims: list[Claim]):
        self.claims = {c.id: c for c in claims}
        self.order = {c.id: i for i, c in enumerate(claims)}  # claim id -> place in the text
        self.vars: dict[QKey, int] = {}
        self.keys: list[QKey] = []
        self.scale: dict[str, float] = {}
        self.amounts: dict[int, list[Claim]] = {}
        self.groups: list[Group] = []
        # the scope of every figure of the text ("non-oil"): the whole its parts belong to
        self.scope = next((c.extra["_article_scope"] for c in claims if c.extra.get("_article_scope")), None)
        self.currencies: set[str] = set()  # of the keys, kept as they are added
        self._stated: dict[int, tuple[int, Claim | None]] = {}
        # the figure a message quotes for a quantity given several, where a conflict rests on one
        self.quoted: dict[int, Claim] = {}
        self.memo: dict = {}  # facts derived from the whole model, kept for the checks
        self._set_scales(claims)

    def _set_scales(self, claims):
        # (the trade flows' figures set a currency's scale where it has any: a few small sums
        # of no flow, "a tax-free threshold of US$150 ... or $200", would set it a million
        # times below the flows' billions and leave the solver's tolerance to answer)
        by_cur: dict[str, list[float]] = {}
        flows: dict[str, list[float]] = {}
        for c in claims:
            if c.kind == "amount" and c.value:
                by_cur.setdefault(currency_of(c), []).append(abs(c.value))
                if c.measure != "other":
                    flows.setdefault(currency_of(c), []).append(abs(c.value))
        for cur, vals in by_cur.items():
            vals = sorted(flows.get(cur) or vals)
            self.scale[cur] = vals[len(vals) // 2] or 1.0

    def var(self, key: QKey) -> int:
        if key not in self.vars:
            self.vars[key] = len(self.keys)
            self.keys.append(key)
            self.currencies.add(key.currency)
            if key.measure != "balance":
                # Flows and totals are never negative.
                self.groups.append(Group("bound", [], [({self.vars[key]: 1.0}, 0.0, None)],
                                         removable=False, relation=False))
        return self.vars[key]

    def s(self, key: QKey) -> float:
        return self.scale.get(key.currency, 1.0)

    def add(self, g: Group) -> None:
        self.groups.append(g)


# ---------------------------------------------------------------------------------------
# Solving


def _solve(n: int, rows, objective: dict[int, float] | None = None) -> tuple[str, float | None]:
    """Minimise `objective` (or just look for a point) over free variables subject to
    `lo <= sum(coef * x) <= hi` for each row. Returns the status ("optimal", "infeasible",
    "unbounded", or "error") and the objective value when optimal."""
    return _solve_each(n, rows, [objective])[0]


def _solve_each(n: int, rows, objectives: list[dict[int, float] | None]) -> list[tuple[str, float | None]]:
    """`_solve` of each objective over the same rows: the program is built once (building
    it costs as much as solving it) and each solve starts from the basis a new program
    has, so each answer is the one a program of its own gives.

    GLPK's simplex, through swiglpk: it loads in milliseconds and needs no numpy, which
    matters because a one-file `tradecheck verify` runs this on every call. GLPK aborts the
    process on malformed input rather than raising, so rows are checked here before it
    solves (`_refused`; a bound or coefficient it would refuse is only stored until then)."""
    import math

    # Rows are built in one pass that also notices anything the checks below refuse; only
    # then are they checked row by row, in order, for the verdict (most systems have
    # nothing to refuse, and the row-by-row checks were a third of building a program).
    idx = {i for coefs, _, _ in rows for i in coefs}
    if idx and (min(idx) < 0 or max(idx) >= n):
        return [(_refused(n, rows), None)] * len(objectives)
    out: list[tuple[str, float | None]] = []
    for objective in objectives:
        if objective and not all(math.isfinite(v) and 0 <= i < n for i, v in objective.items()):
            out.append(("error", None))
        else:
            out.append(("", None))  # to be solved
    # Only the variables these rows use become columns: a long document has thousands, and
    # each of its many small systems names a handful.
    used = sorted(idx.union(*(o or () for o in objectives)))
    if not used:
        verdict = _refused(n, rows)
        if verdict:
            return [(verdict, None)] * len(objectives)
        return [("optimal", 0.0) if s == "" else (s, v) for s, v in out]
    col = {i: j for j, i in enumerate(used, 1)}
    g = _glpk()
    g.term_out(g.OFF)
    lp = g.create_prob()
    try:
        g.set_obj_dir(lp, g.MIN)
        g.add_cols(lp, len(used))
        for j in range(1, len(used) + 1):
            g.set_col_bnds(lp, j, g.FR, 0.0, 0.0)
        if rows:
            g.add_rows(lp, len(rows))
        # one pair of index and value arrays for every row (each costs a C allocation), as
        # wide as the widest row can be (a row names each variable once)
        width = len(idx) + 1
        ind, val = g.int_array(width), g.double_array(width)
        set_int, set_double, set_bounds, set_row = g.set_int, g.set_double, g.set_row_bnds, g.set_mat_row
        FR, LO, UP, FX, DB = g.FR, g.LO, g.UP, g.FX, g.DB
        odd = False  # a row the checks would look at: a bound not finite or crossed, no coefficient
        total = 0.0  # every coefficient and bound: not finite when one of them is not
        for r, (coefs, lo, hi) in enumerate(rows, 1):
            if lo is None:
                if hi is None:
                    kind = FR
                else:
                    kind = UP
                    total += hi
            elif hi is None:
                kind = LO
                total += lo
            else:
                kind = FX if lo == hi else DB
                odd = odd or not lo <= hi
                total += lo + hi
            set_bounds(lp, r, kind, lo or 0.0, hi or 0.0)
            if len(coefs) == 1:  # (most rows bound one variable: no loop)
                for i, v in coefs.items():
                    total += v
                    set_int(ind, 1, col[i])
                    set_double(val, 1, v)
                set_row(lp, r, 1, ind, val)
                continue
            if not coefs:
                odd = True
            k = 0
            for i, v in coefs.items():
                k += 1
                total += v
                set_int(ind, k, col[i])
                set_double(val, k, v)
            set_row(lp, r, k, ind, val)
        if odd or not math.isfinite(total):
            verdict = _refused(n, rows)
            if verdict:
                return [(verdict, None)] * len(objectives)
        parm = g.parm()
        previous: dict[int, float] = {}
        for k, objective in enumerate(objectives):
            if out[k][0]:
                continue
            for i in previous:
                g.set_obj_coef(lp, col[i], 0.0)
            for i, v in (objective or {}).items():
                g.set_obj_coef(lp, col[i], v)
            previous = objective or {}
            if k:
                g.std_basis(lp)  # (as a new program starts)
            out[k] = _outcome(g, lp, parm)
        return out
    finally:
        g.delete_prob(lp)


def _refused(n: int, rows) -> str | None:
    """What `_solve_each` answers for rows it does not solve, from the first row it refuses:
    "infeasible" for a row that cannot hold on its own, "error" for a coefficient or bound
    that is not finite or a variable out of range (GLPK aborts the process on malformed
    input rather than raising); None when it refuses none."""
    import math

    finite = math.isfinite
    for coefs, lo, hi in rows:
        if lo is not None and hi is not None and lo > hi:
            return "infeasible"  # one row that cannot hold on its own
        if not coefs and ((lo is not None and lo > 0) or (hi is not None and hi < 0)):
            return "infeasible"  # nor can 0 outside its bounds
        if (not all(map(finite, coefs.values())) or (lo is not None and not finite(lo))
                or (hi is not None and not finite(hi)) or (coefs and (min(coefs) < 0 or max(coefs) >= n))):
            return "error"
    return None


def _outcome(g: "_GLPK", lp, parm) -> tuple[str, float | None]:
    if g.simplex(lp, parm) != 0:
        return "error", None
    status = g.get_status(lp)
    if status == g.OPT:
        return "optimal", g.get_obj_val(lp)
    if status == g.NOFEAS:
        return "infeasible", None
    if status == g.UNBND:
        return "unbounded", None
    return "error", None


class _GLPK(NamedTuple):
    """The GLPK functions and constants `_solve` uses, looked up once."""
    term_out: Callable
    create_prob: Callable
    delete_prob: Callable
    set_obj_dir: Callable
    add_cols: Callable
    add_rows: Callable
    set_col_bnds: Callable
    set_obj_coef: Callable
    set_row_bnds: Callable
    set_mat_row: Callable
    int_array: Callable
    double_array: Callable
    set_int: Callable
    set_double: Callable
    simplex: Callable
    get_status: Callable
    get_obj_val: Callable
    std_basis: Callable
    parm: Callable
    OFF: int
    MIN: int
    FR: int
    LO: int
    UP: int
    DB: int
    FX: int
    OPT: int
    NOFEAS: int
    UNBND: int


@functools.cache
def _glpk() -> _GLPK:
    """swiglpk's functions as its C extension module has them. Its Python layer wraps each
    in a Python function, and sets an array entry through a method: one more call for every
    entry of every row, which was a third of the solver's time. The calls that reach GLPK
    are the same. Should the extension's names move, the Python layer is used."""
    import swiglpk as glp

    @functools.cache  # (the simplex only reads its parameters: one set for every program)
    def parm():
        p = glp.glp_smcp()
        glp.glp_init_smcp(p)
        p.msg_lev = glp.GLP_MSG_OFF
        # Without the presolver GLPK always ends on a basis and names the status; with it,
        # an infeasible model only returns an error code.
        p.presolve = glp.GLP_OFF
        return p

    constants = [glp.GLP_OFF, glp.GLP_MIN, glp.GLP_FR, glp.GLP_LO, glp.GLP_UP, glp.GLP_DB, glp.GLP_FX,
                 glp.GLP_OPT, glp.GLP_NOFEAS, glp.GLP_UNBND]
    names = ("term_out", "create_prob", "delete_prob", "set_obj_dir", "add_cols", "add_rows", "set_col_bnds",
             "set_obj_coef", "set_row_bnds", "set_mat_row")
    try:
        from swiglpk import _swiglpk as c

        return _GLPK(*(getattr(c, "glp_" + name) for name in names), glp.intArray, glp.doubleArray,
                     c.intArray___setitem__, c.doubleArray___setitem__, c.glp_simplex, c.glp_get_status,
                     c.glp_get_obj_val, c.glp_std_basis, parm, *constants)
    except (ImportError, AttributeError):
        return _GLPK(*(getattr(glp, "glp_" + name) for name in names), glp.intArray, glp.doubleArray,
                     type(glp.intArray(1)).__setitem__, type(glp.doubleArray(1)).__setitem__, glp.glp_simplex,
                     glp.glp_get_status, glp.glp_get_obj_val, glp.glp_std_basis, parm, *constants)


class Rows:
    """The rows of some groups as a feasibility test takes them: with a hair of slack, so
    rounding in the figures never reads as a contradiction, and each distinct row once (a
    figure restated, a passage repeated, constrains as once: the linear programs of a long
    text stay as small as what it says, not as long as it is). `impossible` when a row
    cannot hold on its own (a share above 100%)."""

    def __init__(self, groups: list[Group] = (), base: "Rows | None" = None):
        self.rows: dict[tuple, tuple] = dict(base.rows) if base is not None else {}
        self.impossible = base.impossible if base is not None else False
        self.ties = base.ties if base is not None else False  # a row of two variables or more
        for g in groups:
            if self.impossible:
                break
            self.add(g)

    def add(self, g: Group) -> None:
        if g._lp is None:
            g._lp = []
            for coefs, lo, hi in g.rows:
                if not coefs:
                    if (lo is not None and lo > 0) or (hi is not None and hi < 0):
                        g._lp = False
                        break
                    continue
                lo = None if lo is None else lo - 1e-7 * (1 + abs(lo))
                hi = None if hi is None else hi + 1e-7 * (1 + abs(hi))
                g._lp.append(((tuple(coefs.items()), lo, hi), (coefs, lo, hi)))
                g._ties = g._ties or len(coefs) > 1
        if g._lp is False:
            self.impossible = True
            return
        self.ties = self.ties or g._ties
        for key, row in g._lp:
            self.rows.setdefault(key, row)


def feasible(model: Model, groups: list[Group], base: Rows | None = None) -> bool:
    """Whether `groups` (with the rows of `base`) can all hold at once."""
    rows = Rows(groups, base)
    if rows.impossible:
        return False
    n = len(model.keys)
    if n == 0 or not rows.rows:
        return True
    # Rows that each bound one variable need no linear program (a lone figure's part of
    # the system often has nothing else; with a row of two, `_separable` says None)
    if not rows.ties:
        alone = _separable(rows.rows.values())
        if alone is not None:
            return alone
    return all(_status(model, n, part) != "infeasible" for part in _parts(rows.rows))


def _parts(rows: dict[tuple, tuple]) -> list[dict[tuple, tuple]]:
    """`rows` (keyed as `Rows` keys them) in sets that share no variable: each holds or
    not on its own. A search for a conflict tries many systems that differ in one part
    only, and each part is solved once (`_status`)."""
    # each tied variable's part as the list of its variables, one list shared by them all
    # (merging the smaller list into the larger: dictionary look-ups, no function calls)
    part_of: dict[int, list[int]] = {}
    for key in rows:
        coefs = key[0]
        if len(coefs) > 1:  # (a row of one variable joins nothing: most rows are bounds)
            first = coefs[0][0]
            a = part_of.get(first)
            if a is None:
                a = part_of[first] = [first]
            for i, _ in coefs[1:]:
                b = part_of.get(i)
                if b is None:
                    a.append(i)
                    part_of[i] = a
                elif b is not a:
                    if len(b) > len(a):
                        a, b = b, a
                    a.extend(b)
                    for j in b:
                        part_of[j] = a
    # a part is named by its list's first variable (a variable no row ties: by itself)
    get = part_of.get
    parts: dict[int, dict[tuple, tuple]] = {}
    for key, row in rows.items():
        i = key[0][0][0]
        a = get(i)
        parts.setdefault(i if a is None else a[0], {})[key] = row
    return list(parts.values())


def _status(model: Model, n: int, rows: dict[tuple, tuple], slack: bool = True) -> str:
    """The solver's status for a point that meets `rows` (one part of a system), worked
    out once per document. `slack`: whether the rows carry `Rows`' hair of slack (their
    keys, the figures as stated, do not say)."""
    key = ("status", slack, frozenset(rows))
    if key not in model.memo:
        alone = _separable(rows.values())
        if alone is not None:
            model.memo[key] = "optimal" if alone else "infeasible"
        else:
            model.memo[key] = _solve(n, list(rows.values()))[0]
    return model.memo[key]


def _separable(rows) -> bool | None:
    """Whether rows that each bound a single variable can hold: the intersection of each
    variable's intervals. None when a row ties two variables (a linear program's question),
    or when the answer could turn on tolerance: GLPK lets each row miss its bound by a
    hair (1e-7 of it, in the row's own units), so an intersection that is empty only by
    less than ten times that, each row's hair scaled to the variable, is left to the
    solver. The answer given is then always the one the solver gives."""
    for coefs, _, _ in rows:  # (a tie anywhere answers None: looked for first, cheaply)
        if len(coefs) != 1:
            return None
    lows: dict[int, tuple[float, float]] = {}  # variable -> (lowest value, that relaxed)
    highs: dict[int, tuple[float, float]] = {}
    for coefs, lo, hi in rows:
        if len(coefs) != 1:
            return None
        ((i, c),) = coefs.items()
        if not 1e-3 <= abs(c) <= 1e3:
            return None  # (badly scaled rows: where GLPK's own arithmetic may answer otherwise)
        for bound, is_low in ((lo, c > 0), (hi, c < 0)):
            if bound is None:
                continue
            at, hair = bound / c, 1e-6 * (1 + abs(bound)) / abs(c)
            if is_low:
                old = lows.get(i)
                lows[i] = (at, at - hair) if old is None else (max(old[0], at), max(old[1], at - hair))
            else:
                old = highs.get(i)
                highs[i] = (at, at + hair) if old is None else (min(old[0], at), min(old[1], at + hair))
    clear = True
    for i, (lo, lo_relaxed) in lows.items():
        if i not in highs:
            continue
        hi, hi_relaxed = highs[i]
        if lo_relaxed > hi_relaxed:
            return False
        if lo > hi:
            clear = False
    return True if clear else None


def range_parts(groups: list[Group]) -> list[dict[tuple, tuple]]:
    """The parts of `groups`' rows as stated (no slack), as `var_range` takes them: the
    same for every variable a caller asks about."""
    unique: dict[tuple, tuple] = {}
    for g in groups:
        for r in g.rows:
            if r[0]:
                unique.setdefault((tuple(r[0].items()), r[1], r[2]), r)
    return _parts(unique)


def var_range(model: Model, groups: list[Group], i: int,
              parts: list[dict[tuple, tuple]] | None = None) -> tuple[float | None, float | None]:
    """The smallest and largest value variable `i` can take under `groups` (scaled back):
    from the part of the system that holds `i`, once every other part can hold. `parts`:
    `range_parts(groups)`, where the caller keeps it for several variables."""
    n = len(model.keys)
    own: dict[tuple, tuple] = {}
    for part in (range_parts(groups) if parts is None else parts):
        if any(i == j for key in part for j, _ in key[0]):
            own = part
        elif _status(model, n, part, slack=False) != "optimal":
            return None, None  # (no point meets them all, so `i` has no range)
    results = _solve_each(n, list(own.values()), [{i: 1.0}, {i: -1.0}])
    scale = model.s(model.keys[i])
    (_, low), (_, high) = results
    return (low * scale if low is not None else None), (-high * scale if high is not None else None)


def components(model: Model) -> list[list[Group]]:
    """The groups in sets that share no variable (union-find over the variables)."""
    parent = list(range(len(model.keys)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for g in model.groups:
        idx = [i for coefs, _, _ in g.rows for i in coefs]
        for i in idx[1:]:
            a, b = find(idx[0]), find(i)
            if a != b:
                parent[a] = b
    parts: dict[object, list[Group]] = {}
    for k, g in enumerate(model.groups):
        idx = [i for coefs, _, _ in g.rows for i in coefs]
        key = find(idx[0]) if idx else ("alone", k)
        parts.setdefault(key, []).append(g)
    return list(parts.values())


def conflicts(model: Model, limit: int = 8) -> list[list[Group]]:
    """Irreducible infeasible subsets of the model's groups, one after another: find one,
    set it aside, look again."""
    fixed = [g for g in model.groups if not g.removable]
    pool = [g for g in model.groups if g.removable]
    found: list[list[Group]] = []
    while len(found) < limit and not feasible(model, fixed + pool):
        core = _deletion_filter(model, fixed, pool)
        if not core:
            break
        found.append(core)
        # Set aside the claims of this conflict so a second, independent one can show.
        drop = {id(g) for g in core if g.claims}
        if not drop:
            break
        pool = [g for g in pool if id(g) not in drop]
    return found


def _deletion_filter(model: Model, fixed: list[Group], pool: list[Group]) -> list[Group]:
    """An irreducible infeasible subset of `pool` (with `fixed` always in force).

    A deletion filter that drops groups in chunks, halving the chunk when a drop would
    restore feasibility: a conflict of k groups among n is found with about k log n
    linear programs instead of n. Relations are reduced first with every stated figure in
    place, then the figures: of the minimal sets, this finds one whose arithmetic reads
    from the stated figures rather than from figures implied through other relations."""
    # (a conversion at the period's average rate is tried for dropping first: of two
    # conflicts over one figure, the one in the figure's own currency points at it)
    relations = sorted((g for g in pool if g.relation), key=lambda g: not _at_average_rate(g))
    amounts = [g for g in pool if not g.relation]
    relations = _reduce(model, fixed + amounts, relations)
    amounts = _reduce(model, fixed + relations, amounts)
    relations = _reduce(model, fixed + amounts, relations)  # irreducible once figures are fewer
    return relations + amounts


def _at_average_rate(g: Group) -> bool:
    """Whether `g` ties a figure to its restatement in another currency at the period's
    average rate (amounts.add_currency_pairs): an approximate tie, the writer's rate may
    differ by a few per cent, so it is the weakest evidence of a conflict."""
    return g.check == "duplicate" and g.relation and not g.claims


def _reduce(model: Model, keep: list[Group], core: list[Group]) -> list[Group]:
    core = list(core)
    chunk = max(1, len(core) // 2)
    kept = Rows(keep)  # the same in every trial: prepared once
    while core:
        i = 0
        while i < len(core):
            trial = core[:i] + core[i + chunk:]
            if not feasible(model, trial, kept):
                core = trial
            else:
                i += chunk
        if chunk == 1:
            break
        chunk = max(1, chunk // 2)
    return core


def partner_whole(key: QKey) -> QKey | None:
    """The whole one partner's flow is a part of: the flow with the world; for a sub-national
    unit's flow with another unit of its country ("Quebec bought C$56.3 billion of Ontario
    goods"), the unit's flow with the rest of its country; and none for that flow itself
    (the rest of the country is no part of the world the unit trades with abroad); and none
    for a bloc's trade among its members ("intra-EU exports"), which a bloc's flow with the
    world, read as its trade with the rest of the world, leaves out; and none for a unit's
    flow with everywhere outside itself, which holds its flow with the world."""
    from .. import vocab

    if key.reporter is not None and key.reporter == key.partner:
        return None
    if key.partner is not None and key.partner == vocab.unit_outside(key.reporter):
        return None  # (a unit's sales abroad and within its country together: no part of either)
    if not vocab.within_country(key.reporter, key.partner):
        return key._replace(partner="WLD")
    country = vocab.country_of(key.reporter)
    return None if key.partner == country else key._replace(partner=country)


def whole_of(model: Model, key: QKey) -> QKey:
    """The key of the whole flow a part (a commodity) belongs to: the text's scope when it
    has one ("gold" within "non-oil" trade), else the flow without a commodity. The scope's
    goods under another name ("textiles and clothing" in a text on textiles) are no part
    of it: their whole is the flow's."""
    from .. import vocab

    if model.scope and key.commodity not in (None, model.scope) and not vocab.same_goods(key.commodity, model.scope) \
            and not _class_of_goods(key.commodity) and not leaves_a_part_out(key.commodity) and not _taken_whole(key.commodity) \
            and not vocab.wider_goods(key.commodity, model.scope):
        # (a group that holds the scope's goods, "food" in a text on palm oil, is its whole, never its part)
        return key._replace(commodity=model.scope)
    if is_kind_of_services(key.commodity):
        # ("computer services", "travel services": a category of services is a part of the
        # services flow, not of a bare figure, which is often goods alone)
        return key._replace(commodity="services")
    return key._replace(commodity=None)


def leaves_a_part_out(label: str) -> bool:
    """Whether a product label is the flow less some part of it (vocab/exclusion_cues.csv:
    "excluding re-exports" for "domestic exports"; "non-oil"): wider than any one product, so
    never a part of a text's product scope ("Kava made up half of the country's domestic
    exports")."""
    from .. import vocab

    low = label.lower()
    return low.startswith("non-") or any(low.startswith(cue + " ") for cue in vocab.exclusion_cues())


def _taken_whole(label: str) -> bool:
    """Whether a product label names a group taken whole (vocab/wider_group_words.csv: "the
    whole agro-forestry-fishery sector's exports" in a text on wood): wider than the text's
    one product, so never a part of it."""
    from .. import vocab

    return label.split(" ", 1)[0].lower() in vocab.wider_group_words()


def _class_of_goods(label: str) -> bool:
    """Whether a product label is a class of goods (vocab/goods_classes.csv: "rural",
    "capital goods"): wider than any one product, so never a part of a text's product scope
    ("wool ... 27.1 per cent of total rural exports")."""
    from .. import vocab

    words = label.split()
    return words[0] in vocab.goods_classes() and words[1:] in ([], ["goods"])


def is_kind_of_services(label: str | None) -> bool:
    """Whether a product label names a kind of services (vocab/service_kinds.csv):
    "software services", "travel services", or the kind alone ("tourism" in "Kenya's earnings
    from tourism"), not "services" themselves. Not the kind alone where its word names a
    class of goods too (vocab/goods_classes.csv): "India's engineering exports" are goods,
    "engineering services" services."""
    from .. import vocab

    words = (label or "").split()
    return words[-1:] == ["services"] and len(words) == 2 and words[0] in vocab.service_kinds() \
        or len(words) == 1 and words[0] in vocab.service_kinds() and words[0] not in vocab.goods_classes()


def sign_of(model: Model, i: int) -> int:
    """-1 when the stated amounts of variable i are negative (a deficit), else +1."""
    cs = model.amounts.get(i, [])
    kept = model.memo.get(("sign", i))
    if kept is None or kept[0] != len(cs):
        sign = -1 if any(c.value is not None and c.value < 0 for c in cs) else 1
        kept = model.memo[("sign", i)] = (len(cs), sign)
    return kept[1]


def factor_rows(model: Model, i_new: int, i_old: int, lo: float | None, hi: float | None):
    """Rows for new/old in [lo, hi], the linear way: new - hi*old <= 0 <= new - lo*old
    (directions swap when both values are negative, as deficits are)."""
    if model.keys[i_new].measure == "balance":
        # a balance changes by a factor only between figures of one sign, and only a
        # stated figure tells the sign
        signs = {sign_of(model, i) for i in (i_new, i_old) if model.amounts.get(i)}
        if len(signs) != 1:
            return []
    neg = sign_of(model, i_new) < 0 or sign_of(model, i_old) < 0
    rows = []
    if hi is not None:
        rows.append(({i_new: 1.0, i_old: -hi}, None, 0.0) if not neg else ({i_new: 1.0, i_old: -hi}, 0.0, None))
    if lo is not None:
        rows.append(({i_new: 1.0, i_old: -lo}, 0.0, None) if not neg else ({i_new: 1.0, i_old: -lo}, None, 0.0))
    return rows


def currencies(model: Model) -> list[str]:
    return sorted(model.currencies) or ["USD"]


def flows_by_named_period(model: Model) -> list[list[QKey]]:
    """The keys of each flow (exports, imports, trade) grouped across periods, only those
    whose every stated amount has a period the text names: a check between periods on a
    carried period would rest on the carrying."""
    return [[k for k in keys if k in named] for keys, named in flows_by_period(model)]


def flows_by_period(model: Model) -> list[tuple[list[QKey], set[QKey]]]:
    """The keys of each flow (exports, imports, trade) with a stated amount, grouped across
    periods, each group with the set of its keys whose every stated amount has a period the
    text names (the others' periods are carried from sentences before)."""
    by_flow: dict[QKey, list[QKey]] = {}
    named: set[QKey] = set()
    for key in model.keys:
        stated_here = model.amounts.get(model.vars[key])
        if key.measure in ("exports", "imports", "trade_total") and stated_here:
            by_flow.setdefault(key._replace(period=""), []).append(key)
            if all(c.basis.get("period") == "text" for c in stated_here):
                named.add(key)
    return [(keys, named) for keys in by_flow.values() if any(k in named for k in keys)]


def stated(model: Model, i: int) -> Claim | None:
    """The most precise amount stated for variable i ("$14.1bn" over a headline's "$14bn"),
    unless a conflict's message quotes another (`Model.quoted`). Kept per variable: every
    relation on a quantity stated many times asks for it."""
    if i in model.quoted:
        return model.quoted[i]
    cs = model.amounts.get(i)
    if not cs:
        return None
    kept = model._stated.get(i)
    if kept is not None and kept[0] == len(cs):
        return kept[1]
    best = min(cs, key=_width)
    model._stated[i] = (len(cs), best)
    return best


def _width(c: Claim) -> float:
    if c.native_low is None or c.native_high is None:
        return float("inf")
    return c.native_high - c.native_low
