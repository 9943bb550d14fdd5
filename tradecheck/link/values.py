"""Values of claims: the currency an amount is in, the factor and direction of a relation."""
from __future__ import annotations

import re

from .. import vocab
from ..extract.mentions import Mention
from ..extract.money import default_currency
from ..model import Claim
from .context import DocContext
from .cues import CHANGE_NOUN_AFTER, OR_BY, change_before_re
from .value_after_volume import verb_said_once_before


def currency_word(word: str, ctx: DocContext) -> str | None:
    """'yuan' -> CNY, 'dollar' -> USD, 'rupee' -> the article's rupee."""
    from ..extract.money import _tokens, default_currency

    w = word.lower().replace("u.s. ", "us ")
    for cand in (w, w + "s", w.rstrip("s")):
        entry = _tokens().get(cand.replace(" ", ""))
        if entry and entry["codes"]:
            return ctx.currency_hint.get(cand.replace(" ", "")) or default_currency(cand.replace(" ", ""), entry["codes"])
    return None


def amount_value(c: Claim, m: Mention, ctx: DocContext, sign: int, before: str) -> None:
    codes = m.attrs.get("codes") or []
    code = ctx.restated_dollars.get(m.start) or ctx.currency_hint.get(m.attrs["token"]) or default_currency(m.attrs["token"], codes)
    c.currency = code
    value = m.value
    hi = m.attrs.get("hi")
    c.extra["scale_unit"] = m.unit
    if hi is not None:
        c.extra["range"] = [value, hi]
    if c.measure == "balance" and (m.attrs.get("sign") or sign) < 0:
        value = -value  # a deficit, or a balance printed with a minus ("-€5.0 bn")
    c.value = value


def _multiple_falls(m: Mention, before: str) -> bool:
    """"1.2 times less than", "decreased by 1.3 times", "down threefold": a number of times
    said of a fall (the Russian-style English of CIS agencies) divides the old figure by N,
    where "three times higher" multiplies it. Words ("halved", "doubled") say new/old
    themselves."""
    if m.attrs.get("word") or not m.value or m.value <= 1:
        return False
    cmp = (m.attrs.get("cmp") or "").lower()
    if cmp:
        return vocab.multiple_comparatives().get(cmp, 1) < 0
    cb = change_before_re().search(before)
    return bool(cb) and vocab.changes().get(cb["w"].lower(), 1) < 0


def _verb_left_out(before: str) -> str | None:
    """"the volume decreased by 9 percent and the value by 10.9 percent", "Volume was down 9%
    and value 12%": the change verb of the percentage before, which the second change leaves
    out (link/claims.py _gapped_change reads it as a change)."""
    from .claims import _GAPPED_AFTER_PERCENT

    if " and " not in before and " while " not in before and " but " not in before and " whereas " not in before:
        return None  # (cheap: no second part)
    gap = _GAPPED_AFTER_PERCENT.search(before)
    cb = change_before_re().search(before, 0, gap.start("pct")) if gap else None
    return cb["w"] if cb else None


def _verb_before_or_by(before: str) -> str | None:
    """"falling to $0.9 billion in 2016, or by 35.7 percent": the change word the
    percentage restates."""
    if not OR_BY.search(before):
        return _change_named_before(before)
    changes = vocab.changes()
    return next((w for w in reversed(re.findall(r"[A-Za-z-]+", before)) if w.lower() in changes), None)


def _change_named_before(before: str) -> str | None:
    """"the decline was sharper at 14.7%", "recorded increases ..., at 14.8%": the change
    word the percentage gives the size of."""
    from .claims import _change_at_re

    mm = _change_at_re().search(before)
    return (mm["w1"] or mm["w2"]) if mm else None


def relation_value(c: Claim, m: Mention, before: str, after: str, kind: str) -> None:
    if m.kind == "multiple":
        c.factor = m.value
        c.extra["unit"] = m.unit
        if _multiple_falls(m, before):
            c.extra["direction"] = -1  # normalise turns N into 1/N, its rounding and bound with it
        elif m.attrs.get("word") and m.value < 1 and "cmp" not in m.attrs:
            # "imports more than halved": a word that shrinks (vocab/multiples.csv, factor
            # under 1) bounds how far the level fell, so new/old is below its factor ("almost
            # halved": above it); the bound turns round as for a fall. A fraction compared
            # ("less than one-third as large as") states new/old itself: its bound stands
            c.bound = {"gt": "lt", "ge": "le", "lt": "gt", "le": "ge"}.get(c.bound, c.bound)
        return
    frac = m.value
    c.extra["unit"] = m.unit if m.unit is not None else 0.0
    if kind == "share":
        c.factor = frac
        return
    if c.extra.get("index"):
        # "104.1% of the level of 2023": the later level over the earlier, as written (no
        # bound turns round: "over 104%" is new/old above 1.04)
        c.factor = frac
        c.extra["direction"] = 1 if frac >= 1 else -1
        return
    cb = change_before_re().search(before)
    ca = CHANGE_NOUN_AFTER.match(after)
    # ("down 4.6 percent in weight and 8.1 percent in value": the verb said once for both)
    word = (cb["w"] if cb else ca["w"] if ca else _verb_before_or_by(before) or verb_said_once_before(before)
            or _verb_left_out(before) or "up").lower()
    if cb:
        off = m.start - len(before) + cb.start("w")
        c.extra["_direction_span"] = [off, off + len(cb["w"])]
    elif ca:
        c.extra["_direction_span"] = [m.end + ca.start("w"), m.end + ca.end("w")]
    direction = vocab.changes().get(word, 1)
    if word in ("less", "lower", "down", "below"):
        direction = -1
    direction = m.attrs.get("sign", direction)  # "+3.9%", "(-33.6%)": the sign as written
    c.factor = 1 + direction * frac
    c.extra["direction"] = direction
    if word in vocab.judged_changes() and "sign" not in m.attrs:
        c.extra["_judged"] = True  # (better or worse: of a deficit, turned round by the caller)
    if m.attrs.get("range"):
        # "6.3-7.4%": read at its middle, both ends kept
        c.extra["factor_range"] = sorted(1 + direction * p for p in m.attrs["range"])
        if c.bound == "eq":
            c.bound = "approx"
    if direction < 0:
        # "fell by more than two-thirds": the bound is on new/old, so it turns round
        c.bound = {"gt": "lt", "ge": "le", "lt": "gt", "le": "ge"}.get(c.bound, c.bound)
