"""The domain vocabulary, read from the CSV tables beside this file.

Every word tradecheck understands (currency signs, scale words, qualifiers, flow words,
period words, country aliases) is a row in one of these tables, so adding a word is a
data change. Code elsewhere asks this module for the tables and the regex alternations
compiled from them; nothing else opens the files.
"""
from __future__ import annotations

import csv
import functools
import re
from pathlib import Path

HERE = Path(__file__).parent


def table(name: str) -> list[dict[str, str]]:
    """Rows of `name.csv` as dicts; lines starting with '#' are comments."""
    with open(HERE / f"{name}.csv", encoding="utf-8", newline="") as f:
        lines = [line for line in f if not line.startswith("#")]
    return [dict(row) for row in csv.DictReader(lines)]


def alternation(words, *, boundary: bool = True, flags_ci: bool = False) -> str:
    """A regex alternation of literal words, longest first so "lakh crore" beats "lakh"."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    body = "|".join(re.escape(w) for w in ordered)
    return f"(?:{body})"


@functools.cache
def scales() -> dict[str, float]:
    return {r["word"].lower(): float(r["multiplier"]) for r in table("scales")}


@functools.cache
def currencies() -> list[dict]:
    rows = []
    for r in table("currencies"):
        rows.append({"token": r["token"], "position": r["position"], "codes": r["codes"].split("|")})
    return rows


@functools.cache
def country_currency() -> dict[str, str]:
    return {r["iso3"]: r["currency"] for r in table("country_currency")}


@functools.cache
def qualifiers() -> dict[str, str]:
    return {r["phrase"].lower(): r["bound"] for r in table("qualifiers")}


@functools.cache
def multiples() -> dict[str, float]:
    return {r["word"].lower(): float(r["factor"]) for r in table("multiples")}


@functools.cache
def number_words() -> dict[str, float]:
    return {r["word"].lower(): float(r["value"]) for r in table("numbers")}


@functools.cache
def fractions() -> dict[str, float]:
    return {r["phrase"].lower(): float(r["value"]) for r in table("fractions")}


@functools.cache
def flows() -> dict[str, tuple[str, int]]:
    out = {}
    for r in table("flows"):
        out[r["phrase"]] = (r["measure"], int(r["sign"]) if r["sign"] else 0)
    return out


@functools.cache
def changes() -> dict[str, int]:
    return {r["word"].lower(): int(r["direction"]) for r in table("changes")}


@functools.cache
def share_cues() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {"before": [], "after": []}
    for r in table("share_cues"):
        out[r["where"]].append(r["phrase"].lower())
    return out


@functools.cache
def months() -> dict[str, int]:
    return {r["word"].lower(): int(r["month"]) for r in table("months")}


@functools.cache
def sources() -> list[str]:
    return [r["phrase"].lower() for r in table("sources")]


@functools.cache
def countries() -> dict[str, tuple[str | None, str, str]]:
    """alias -> (iso3 or None, kind, label). pycountry's names first, our aliases on top."""
    out: dict[str, tuple[str | None, str, str]] = {}
    try:
        import pycountry

        for c in pycountry.countries:
            for name in {c.name, getattr(c, "common_name", c.name)}:
                if "," not in name and "(" not in name:
                    out[name] = (c.alpha_3, "name", name)
    except ImportError:  # pycountry is a dependency; the alias table alone still works
        pass
    for r in table("countries"):
        iso = r["iso3"] or None
        kind, _, label = r["kind"].partition(":")
        # "group:ASEAN" names the canonical label of a group's other names
        out[r["alias"]] = (iso, kind, label or r["alias"])
    return out


@functools.cache
def commodities() -> list[str]:
    return [r["phrase"] for r in table("commodities")]


@functools.cache
def fiscal_years() -> dict[str, int]:
    return {r["iso3"]: int(r["start_month"]) for r in table("fiscal_years")}
