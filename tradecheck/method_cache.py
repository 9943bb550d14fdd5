"""Dataclass methods compiled once per machine, for the command line.

`dataclasses` writes the source of each class's `__init__`, `__repr__` and `__eq__` when the
class is defined, and compiles it: two dozen classes load for a one-file `verify`, and
compiling their methods was a tenth of its time. The code of a source text depends only on
the text and the Python build, so the command line keeps the code it compiled in the user
cache (beside the compiled patterns of regex_cache.py) and runs it from there the next time.
A damaged, stale or unwritable cache only means compiling as usual; library use is not
affected.
"""
from __future__ import annotations

import contextlib
import sys
import types
import zlib
from pathlib import Path
from typing import Iterator

from .regex_cache import _LIMIT, _load, _save, bounded


def cache_file() -> Path | None:
    """Where this Python build's compiled methods are kept."""
    try:
        from .userdirs import cache_dir

        build = zlib.crc32(sys.version.encode())
        return cache_dir() / f"methods-{sys.implementation.cache_tag}-{build:08x}.marshal"
    except Exception:  # no cache folder to be had
        return None


def _ours(frame) -> bool:
    """Whether the class is tradecheck's own: the first caller outside `dataclasses` is a
    tradecheck module. Other libraries' classes (those the first run loads to index the
    reference data, say) would only make the file longer to read on every run."""
    while frame is not None and frame.f_globals.get("__name__") == "dataclasses":
        frame = frame.f_back
    return frame is not None and frame.f_globals.get("__name__", "").startswith("tradecheck")


@contextlib.contextmanager
def cached_methods() -> Iterator[None]:
    """Within the block, the methods of new dataclasses come from the cache, and what had
    to be compiled is added to it when the block ends."""
    import dataclasses

    if "exec" in vars(dataclasses):  # someone else's hook, or internals that moved
        yield
        return
    path = cache_file()
    known = _load(path) if path else {}
    fresh: dict = {}
    used: set = set()

    def exec_(source, globals=None, locals=None):
        if isinstance(source, str):
            code = known.get(source)
            if isinstance(code, types.CodeType):
                used.add(source)
            else:
                # as exec compiles a string in `dataclasses`: without the __future__ flags
                # of this module (exec given the string here would take them)
                code = compile(source, "<string>", "exec", dont_inherit=True)
                if _ours(sys._getframe(1)):
                    fresh[source] = code
            source = code
        exec(source, globals, locals)

    # `dataclasses` calls exec by its plain name: a module attribute of that name comes first
    dataclasses.exec = exec_
    try:
        yield
    finally:
        del dataclasses.exec
        if fresh and path is not None:
            _save(path, bounded(known, fresh, used, _LIMIT))
