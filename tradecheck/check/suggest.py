"""Suggested corrections, as linters offer fixes: for an inconsistent finding, what its
first claim (the likeliest slip) would have to say for the finding's figures to hold
together, written the way the writer wrote it ("31%" -> "13.3%", "$1.8bn" -> "$0.8bn").

Only the number changes: the words around it ("a deficit of", "more than") stay. Where
that is not enough (the figure would change sign or direction, a figure written in words,
a bound such as "more than"), no correction is offered."""
from __future__ import annotations

import math
import re

from ..model import Claim, Finding
from .system import Group, Model, var_range

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
# Most decimals a correction adds beyond the writer's own before giving up
EXTRA_DECIMALS = 2
# Scale words in the forms writers use, each family from the smallest: a unit slip moves
# a figure one step along its family ("$19.5 million" -> "$19.5 billion")
_SCALES = (("mn", "bn", "trn"), ("million", "billion", "trillion"), ("m", "bn", "tn"))
_SCALE_WORD = re.compile(r"(?i)(?<![A-Za-z])(trillion|billion|million|trn|tn|bn|mn|m)(?![A-Za-z])")
# A year's trade between two countries stays below this, and a country's with the world
# below the second: a correction that would pass them is no correction
MOST_USD = {"pair": 1e12, "world": 5e12}


def suggestion(model: Model, finding: Finding, core: list[Group], fixed: list[Group],
               lead_claims: list[str]) -> dict | None:
    """{"claim", "text", "suggested"} for `finding` (inconsistent, claims likeliest slip
    first), or None when no rewrite of its first claim's number would do."""
    c = model.claims.get(finding.claims[0]) if finding.claims else None
    if c is None or not _NUMBER.search(c.text) or c.extra.get("range"):
        return None
    slip = finding.extra.get("unit_slip")
    if slip and slip["claim"] == c.id:
        text = _rescaled(c, slip["factor"])
    elif c.kind == "amount":
        text = _amount(model, c, [g for g in core if c.id not in g.claims] + fixed)
    elif (c.kind in ("percent_change", "share") and finding.check in ("percent_change", "ratio")
          and c.id in lead_claims and finding.observed is not None):
        text = _percent(c, finding.observed)  # the arithmetic of the finding is this claim's
    else:
        text = None
    if text is None or text == c.text:
        return None
    return {"claim": c.id, "text": c.text, "suggested": text}


def _amount(model: Model, c: Claim, others: list[Group]) -> str | None:
    """The amount the other figures allow, at the writer's precision (or finer, until it
    falls within what they allow)."""
    if c.bound not in ("eq", "approx") or c.value is None:
        return None
    i = next((i for i, cs in model.amounts.items() if any(x.id == c.id for x in cs)), None)
    if i is None:
        return None
    lo, hi = var_range(model, others, i)
    if lo is None or hi is None or (lo < 0) != (c.value < 0) or (hi < 0) != (c.value < 0):
        return None  # left open, or of the other sign: the words would have to change too
    m = _NUMBER.search(c.text)
    written = float(m.group(0).replace(",", ""))
    if not written:
        return None
    scale = abs(c.value) / written
    low, high = sorted((abs(lo) / scale, abs(hi) / scale))
    decimals = len(m.group(0).split(".")[1]) if "." in m.group(0) else 0
    for d in range(decimals, decimals + EXTRA_DECIMALS + 1):
        x = round((low + high) / 2, d)
        if low <= x <= high:
            number = f"{x:,.{d}f}" if "," in m.group(0) else f"{x:.{d}f}"
            return c.text[:m.start()] + number + c.text[m.end():]
    return None


def _percent(c: Claim, implied: float) -> str | None:
    """A change or a share as the figures have it, to one decimal ("13.3%"); a change keeps
    its direction ("fell 20%" stays a fall)."""
    if c.factor is None:
        return None
    if c.kind == "share" or c.extra.get("index"):
        number = implied * 100  # (an index is new/old itself: "110.0%" -> "125.0%")
    elif c.factor >= 1:
        number = (implied - 1) * 100
    else:
        number = (1 - implied) * 100
    if number < 0:
        return None  # the change went the other way: "rose" would have to become "fell"
    m = _NUMBER.search(c.text)
    if abs(number - float(m.group(0).replace(",", ""))) < 0.05:
        return None
    return c.text[:m.start()] + f"{number:.1f}" + c.text[m.end():]


def _rescaled(c: Claim, factor: float) -> str | None:
    """The figure with its scale word a thousand times larger or smaller, as the unit slip
    the finding names has it ("$19.5 million" -> "$19.5 billion")."""
    m = _SCALE_WORD.search(c.text)
    if m is None or c.value_usd is None:
        return None
    world = "WLD" in (c.reporter, c.partner)
    if abs(c.value_usd * factor) >= MOST_USD["world" if world else "pair"]:
        return None
    word = m.group(0)
    steps = round(math.log10(factor) / 3)
    for family in _SCALES:
        if word.lower() in family:
            i = family.index(word.lower()) + steps
            if not 0 <= i < len(family):
                return None
            new = family[i]
            return c.text[:m.start()] + (new.capitalize() if word[0].isupper() else new) + c.text[m.end():]
    return None
