"""pyproject.toml files without a [tool.tradecheck] table, known once per machine, for the
command line.

Looking for its configuration, a check walks up from each file and reads every
pyproject.toml on the way (config.for_dir); most belong to some other project and have no
[tool.tradecheck] table. Reading one loads tomllib (which compiles its patterns on import)
and parses the whole file: a few hundredths of a one-file `verify`. Whether a file has the
table depends only on its contents, so the command line notes, in the user cache beside the
compiled patterns (regex_cache.py), each such file with what `os.stat` says of it (size,
times, inode) and takes it as read while that stays the same. A file with the table, one
that does not parse, one that changed: read as usual, so its values or its error come as
they did. A damaged or unwritable cache only means reading as usual; library use (`import
tradecheck`) is not affected.
"""
from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Iterator

from .regex_cache import _load, _save

# More files than a machine's projects hold above the folders it checks; beyond it the
# file starts again from one run's
_LIMIT = 500


def cache_file() -> Path | None:
    try:
        from .userdirs import cache_dir

        return cache_dir() / "configs.marshal"
    except Exception:  # no cache folder to be had
        return None


def _stamp(path: Path) -> tuple[int, int, int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


@contextlib.contextmanager
def cached_configs() -> Iterator[None]:
    """Within the block, `config.load` of a pyproject.toml the cache knows to have no
    [tool.tradecheck] table gives the empty configuration without reading it; the files it
    read and found without one are added to the cache when the block ends."""
    from . import config

    path = cache_file()
    known = _load(path) if path else {}
    fresh: dict = {}
    load = config.load

    def cached_load(file: Path) -> config.Config:
        if file.name != "pyproject.toml":
            return load(file)
        key, stamp = str(Path(file).absolute()), _stamp(file)
        if stamp is not None and known.get(key) == stamp:
            return config.Config()
        cfg = load(file)  # (a file it cannot read or parse raises here, as always)
        if stamp is not None and cfg == config.Config() and _stamp(file) == stamp:
            fresh[key] = stamp
        return cfg

    # for_dir calls `load` by the module's name
    config.load = cached_load
    try:
        yield
    finally:
        config.load = load
        if fresh and path is not None:
            _save(path, {**known, **fresh} if len(known) + len(fresh) <= _LIMIT else fresh)
