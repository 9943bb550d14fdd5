"""A red flag survives every plausible reading.

A conflict found in the constraint system rests on how each figure was read. The linker
records the other readings the words leave room for (link/readings.py: another period
named nearby, the country's total rather than the bilateral flow, a part rather than the
whole, the other sign of a balance). Before a conflict is called an error, each claim in it
is read the other ways, one at a time; if one reading lets the same claims hold together,
the finding is `unverifiable` and names that reading instead."""
from __future__ import annotations

import copy
import math
from typing import Callable

from ..model import Claim
from .system import Model, components, feasible

# At most this many rebuilt systems per conflict: a reading costs one model build and a few
# small linear programs.
MAX_TRIALS = 24


def reconcile(claims: list[Claim], core_ids: list[str], build: Callable[[list[Claim]], Model]) -> tuple[Claim, dict] | None:
    """The first (claim, reading) under which the claims `core_ids` no longer conflict, or
    None when every reading tried leaves the conflict in place."""
    by_id = {c.id: c for c in claims}
    trials = 0
    for cid in core_ids:
        c = by_id.get(cid)
        if c is None:
            continue
        for reading in c.readings:
            if trials >= MAX_TRIALS:
                return None
            trials += 1
            changed = {x.id: _read(x, reading) for x in [c] + _carried_from(claims, c, reading)}
            model = build([changed.get(x.id, x) for x in claims])
            if _holds(model, set(core_ids)) and _still_tied(model, set(changed), set(core_ids)):
                return c, reading
    return None


# the rules by which a claim takes an attribute from the claim before it
CARRIED = ("continues-previous", "restates-previous", "same-as-previous")
FIELD_ATTRIBUTE = {"measure": "measure", "period": "period", "reporter": "pair", "partner": "pair", "commodity": "commodity"}


def _carried_from(claims: list[Claim], c: Claim, reading: dict) -> list[Claim]:
    """The claims right after `c` in its sentence that took the read fields from it ("it
    was $12bn, up 50%": the 50% is of whatever the $12bn is): they are read the same way."""
    attrs = {FIELD_ATTRIBUTE[f] for f in reading if f in FIELD_ATTRIBUTE}
    out = []
    i = next(k for k, x in enumerate(claims) if x.id == c.id)
    for x in claims[i + 1:]:
        if x.sentence != c.sentence or not attrs or any(x.how.get(a) not in CARRIED for a in attrs):
            break
        out.append(x)
    return out


def _read(c: Claim, reading: dict) -> Claim:
    """A copy of the claim read the other way."""
    other = copy.copy(c)
    other.extra = dict(c.extra)
    for field, value in reading.items():
        if field == "why":
            continue
        if field == "value":
            # the other sign: every bound of the figure turns round
            other.value = value
            other.value_usd = -c.value_usd if c.value_usd is not None else None
            other.native_low = -c.native_high if c.native_high is not None else None
            other.native_high = -c.native_low if c.native_low is not None else None
            other.low = -c.high if c.high is not None else None
            other.high = -c.low if c.low is not None else None
        elif field == "extra":
            # (fields of `extra` the reading sets, None for one it drops: a change in money
            # read as a level is no change of anything)
            other.extra = {k: v for k, v in {**other.extra, **value}.items() if v is not None}
        else:
            setattr(other, field, value)
    return other


def _still_tied(model: Model, changed: set[str], ids: set[str]) -> bool:
    """Whether the claims read the other way are still checked against another figure. A reading that moves figures where nothing else constrains them (a flow
    no other figure has) does not reconcile the figures: it only stops comparing them."""
    for part in components(model):
        if not any(set(g.claims) & changed for g in part):
            continue
        if {x for g in part for x in g.claims} - changed:
            return True
    return False


def _holds(model: Model, ids: set[str]) -> bool:
    """Whether the claims `ids`, with the structure that ties them, are consistent in
    `model`: the groups that rest only on those claims, and the structural rows (sums,
    non-negative flows) among them."""
    for part in components(model):
        if not any(set(g.claims) & ids for g in part):
            continue
        chosen = [g for g in part if (not g.claims) or set(g.claims) <= ids]
        if not feasible(model, chosen):
            return False
    return True


# a figure's scale word slipped: millions written as billions, or the other way
UNIT_SLIPS = (1e3, 1e-3)


def unit_slip(claims: list[Claim], core_ids: list[str], build: Callable[[list[Claim]], Model]) -> tuple[Claim, float] | None:
    """The amount of a conflict that fits every other figure once its scale word is moved
    by a thousand ("$1.2 billion" where the others need $1.2 million), and that factor; or
    None. The finding stays an error: a unit slip is a slip, and this points at it."""
    by_id = {c.id: c for c in claims}
    amounts = [by_id[cid] for cid in core_ids if cid in by_id and by_id[cid].kind == "amount" and by_id[cid].value_usd]
    trials = 0
    # the figure furthest from the size of its siblings first, moved towards them: a slip
    # of a thousand makes a figure an outlier
    for c in sorted(amounts, key=lambda c: -abs(_off(c, amounts))):
        off = _off(c, amounts)
        for k in (UNIT_SLIPS if off == 0 else ((1e3,) if off < 0 else (1e-3,))):
            if off != 0 and abs(off + math.log10(k)) >= abs(off):
                continue  # read the other way it would stand further from its siblings
            cid = c.id
            if trials >= MAX_TRIALS:
                return None
            trials += 1
            model = build([_scaled(x, k) if x.id == cid else x for x in claims])
            if _fits_everything(model, cid) and _still_tied(model, {cid}, set(core_ids)):
                return c, k
    return None


def _off(c: Claim, amounts: list[Claim]) -> float:
    """How many powers of ten the figure is from the middle of the others (in dollars)."""
    others = sorted(math.log10(abs(x.value_usd)) for x in amounts if x is not c and x.value_usd)
    if not others:
        return 0.0
    return math.log10(abs(c.value_usd)) - others[len(others) // 2]


def _fits_everything(model: Model, cid: str) -> bool:
    """Whether every figure tied to the claim agrees once it is read the other way: a unit
    slip is named only where the whole of what surrounds the figure then holds."""
    for part in components(model):
        if any(cid in g.claims for g in part) and not feasible(model, part):
            return False
    return True


def _scaled(c: Claim, k: float) -> Claim:
    other = copy.copy(c)
    other.extra = dict(c.extra)
    for f in ("value", "value_usd", "native_low", "native_high", "low", "high"):
        v = getattr(c, f)
        if v is not None:
            setattr(other, f, v * k)
    return other
