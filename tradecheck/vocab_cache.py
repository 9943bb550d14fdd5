"""The vocabulary's tables and alternations kept once per machine, for the command line.

Every start reads the vocabulary's CSV tables and writes the alternations of the patterns
built from them (`vocab.table`, `vocab.alternation`): a tenth of a one-file `verify`. A table
depends only on its file, an alternation only on its words and options, and both on the code
of vocab/__init__.py; so the command line keeps them in the user cache (beside the compiled
patterns of regex_cache.py) and reads them back the next time. A table whose file changed,
another version of the vocabulary's code, a damaged or unwritable cache: built as usual.
Library use (`import tradecheck`) is not affected.
"""
from __future__ import annotations

import contextlib
import os
import zlib
from pathlib import Path
from typing import Iterator

from .regex_cache import _load, _save


def cache_file() -> Path | None:
    try:
        from .userdirs import cache_dir

        return cache_dir() / "vocab.marshal"
    except Exception:  # no cache folder to be had
        return None


@contextlib.contextmanager
def cached_vocabulary() -> Iterator[None]:
    """Within the block, `vocab.table` and `vocab.alternation` answer from the cache, and
    what they had to build is added to it when the block ends."""
    from . import vocab

    path, code = cache_file(), None
    try:
        code = zlib.crc32(Path(vocab.__file__).read_bytes())
    except (OSError, TypeError):  # no source to tell versions apart by: nothing kept
        path = None
    kept = _load(path) if path else {}
    if kept.get("code") != code or not isinstance(kept.get("tables"), dict) or not isinstance(kept.get("alternations"), dict):
        kept = {"code": code, "tables": {}, "alternations": {}}
    tables, alternations = kept["tables"], kept["alternations"]
    table, alternation = vocab.table, vocab.alternation
    fresh = []
    stamps: dict[str, tuple[int, int]] = {}  # each file looked at once a run (a table is asked for again and again)

    def cached_table(name: str) -> list[dict[str, str]]:
        stamp = stamps.get(name)
        if stamp is None:
            st = os.stat(os.path.join(vocab.HERE, f"{name}.csv"))  # (the file `table` reads; joined as a str, quicker than a Path)
            stamp = stamps[name] = (st.st_mtime_ns, st.st_size)
        entry = tables.get(name)
        if entry is None or entry[0] != stamp:
            entry = tables[name] = (stamp, table(name))
            fresh.append(name)
        return list(map(dict, entry[1]))  # the caller's own rows, as `table` gives

    def cached_alternation(words, *, ignore_case: bool = False, space: str | None = None, inline: bool = False) -> str:
        # the alternation depends on the set of words, not their order (see vocab.alternation)
        words = frozenset(words)
        key = (words, ignore_case, space, inline)
        out = alternations.get(key)
        if out is None:
            out = alternations[key] = alternation(words, ignore_case=ignore_case, space=space, inline=inline)
            fresh.append(key)
        return out

    # callers use vocab.table and vocab.alternation by the module's names, vocab itself too
    vocab.table, vocab.alternation = cached_table, cached_alternation
    try:
        yield
    finally:
        vocab.table, vocab.alternation = table, alternation
        if fresh and path is not None:
            _save(path, kept)
