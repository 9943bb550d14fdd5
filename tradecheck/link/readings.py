"""Other plausible readings of a claim.

The rules pick one reading of each figure; where the words leave room for another (a
period carried from earlier sentences while the sentence names a different one, a flow read
from the discourse, a pair the clause does not name, a figure that may be a part of the
flow rather than all of it), the linker records it here. The checks then raise an error only
when no such reading makes the figures agree (check/readings.py), and say which reading
would.

Each reading is a dict: the fields it changes (`period`, `base_period`, `measure`,
`reporter`, `partner`, `commodity`, `value`) and `why`, a phrase an editor reads after
"consistent if <figure> is ...". Readings come only from the words around the figure and
the discourse, never from the figures' arithmetic."""
from __future__ import annotations

from .. import periods as P
from .rules import Decision  # noqa: F401  (the rules' vocabulary, for readers of this module)
from .site import Site

# A reading of the whole flow as a part of it: a label no other figure has.
PART = "a part of the flow"
MAX_READINGS = 4


def alternatives(s: Site) -> list[dict]:
    """The other readings of the claim at `s`, most plausible first."""
    c = s.claim
    out: list[dict] = []
    if c.measure == "other" and not c.extra.get("change_of"):
        return out
    import os
    kinds = os.environ.get("TC_READINGS", "").split(",")
    if "periods" in kinds: out += _periods(s)
    if "base" in kinds: out += _base_periods(s)
    if "measures" in kinds: out += _measures(s)
    if "pairs" in kinds: out += _pairs(s)
    if "parts" in kinds: out += _parts(s)
    if "signs" in kinds: out += _signs(s)
    seen, unique = set(), []
    for r in out:
        key = tuple(sorted((k, str(v)) for k, v in r.items() if k != "why"))
        if key not in seen:
            seen.add(key)
            unique.append(r)
    return unique[:MAX_READINGS]


def _periods(s: Site) -> list[dict]:
    """A period carried from the discourse, or the nearest of several in the sentence, may
    be another period the text names nearby."""
    c = s.claim
    if c.basis.get("period") == "text" and c.how.get("period") in ("after-figure", "target-year", "comparison-year-before",
                                                                     "span-end", "after-change"):
        return []
    here = c.period
    cands = []
    for pm, per, how in s.resolved:
        if pm.base_cue or pm.args.get("target") or per is None or (pm.start, pm.end) in s.used_as_base:
            continue
        cands.append((per, f"about {pm.text}"))
    for per, why in ((s.state.period, "about the period of the sentences before"),
                     (s.ctx.main_period, "about the article's main period"),
                     (s.state.last_month, "about the month named last")):
        if per is not None:
            cands.append((per, why))
    out = []
    for per, why in cands:
        f = P.fmt(per)
        if f and f != here and all(r["period"] != f for r in out):
            out.append({"period": f, "why": f"{why} ({f})"})
    return out[:2]


def _base_periods(s: Site) -> list[dict]:
    """A change whose base the text does not state compares with a year earlier, or, in a
    text about single months, with the month before."""
    c = s.claim
    if c.kind not in ("percent_change", "multiple") or c.basis.get("base_period") == "text" or not c.period:
        return []
    per = P.parse(c.period)
    if per is None or per[0] != per[1]:
        return []
    year, month = P.fmt(P.shift(per, -12)), P.fmt(P.shift(per, -1))
    alt = month if c.base_period == year else year
    return [{"base_period": alt, "why": f"against {alt}"}]


def _measures(s: Site) -> list[dict]:
    """A flow carried from earlier sentences may be another flow the sentence names."""
    c = s.claim
    if c.basis.get("measure") == "text" and c.how.get("measure") != "discourse":
        return []
    names = {f.attrs["measure"] for f in s.ms["flow"] if f.attrs["measure"] not in ("other", c.measure)}
    return [{"measure": m, "why": f"a figure of {m.replace('_', ' ')}"} for m in sorted(names)][:1]


def _pairs(s: Site) -> list[dict]:
    """A pair the clause does not name may be the country's total with the world, or the
    same flow counted by the partner."""
    c = s.claim
    if c.basis.get("pair") == "text" or c.reporter is None:
        return []
    out = []
    if c.partner not in (None, "WLD"):
        out.append({"partner": "WLD", "why": f"{c.reporter}'s total with the world"})
    elif c.partner == "WLD" and s.ctx.main_partner not in (None, "WLD") and not s.ctx.main_partner.startswith("group:") \
            and s.ctx.main_partner != c.reporter:
        out.append({"partner": s.ctx.main_partner, "why": f"{c.reporter}'s trade with {s.ctx.main_partner}"})
    return out


def _parts(s: Site) -> list[dict]:
    """A figure read as the whole flow may be about a part of it where its sentence names
    parts (products, ports, lists of figures in brackets)."""
    c = s.claim
    if c.commodity is not None and c.how.get("commodity") not in ("same-flow-carried", "goods-or-services-carried",
                                                                  "same-as-previous", "article-scope"):
        return []
    if c.commodity is None and not (s.ms["commodity"] or "(" in s.text[s.sent.start:s.sent.end]):
        return []
    if c.commodity is not None:
        return [{"commodity": None, "why": "about the whole flow, not its part"}]
    return [{"commodity": PART, "why": "about a part of the flow the sentence names"}]


def _signs(s: Site) -> list[dict]:
    """A balance whose sign no word gives may be of the other sign."""
    c = s.claim
    if c.kind != "amount" or c.measure != "balance" or c.value is None or c.extra.get("_sign_span"):
        return []
    return [{"value": -c.value, "why": "a surplus" if c.value < 0 else "a deficit"}]
