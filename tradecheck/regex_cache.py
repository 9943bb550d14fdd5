"""Regular expressions compiled once per machine, for the command line.

Python compiles a regular expression with Python code (re._parser, re._compiler), and the
vocabulary's patterns are large: compiling them was about 40% of a one-file `verify`. The
program the regex engine runs depends only on the pattern, its flags and the Python build,
so the command line keeps the programs it compiled in the user cache and hands them
straight to the engine (`_sre.compile`, which checks a program before running it) the next
time. Another Python, a damaged or unwritable cache, or internals that moved: patterns are
compiled the usual way. Library use (`import tradecheck`) is not affected.
"""
from __future__ import annotations

import array
import contextlib
import marshal
import os
import sys
import zlib
from pathlib import Path
from typing import Iterator

# More entries than the command line's patterns (some 1,600 for a one-file check, and more
# as texts of other kinds wake other finders), with room for old versions' leftovers;
# beyond it the file starts again from the patterns of the run that crossed it.
_LIMIT = 4000


def cache_file() -> Path | None:
    """Where this Python build's compiled patterns are kept."""
    try:
        import _sre

        from .userdirs import cache_dir

        build = zlib.crc32(sys.version.encode())
        return cache_dir() / f"regex-{sys.implementation.cache_tag}-{_sre.MAGIC}-{build:08x}.marshal"
    except Exception:  # no cache folder to be had
        return None


def read_checked(path: Path) -> memoryview | None:
    """The payload of a cache file `write_checked` wrote, or None when it is missing or
    damaged (its checksum does not match): a view into the bytes read (which marshal and
    pickle read as they read bytes). A copy of the payload, megabytes of compiled patterns,
    cost a fifth to a third of reading the file, checking it and parsing it."""
    try:
        blob = path.read_bytes()
    except OSError:
        return None
    crc, payload = int.from_bytes(blob[:4], "big"), memoryview(blob)[4:]
    return payload if zlib.crc32(payload) == crc else None


def write_checked(path: Path, payload: bytes) -> None:
    """`payload` with its checksum, written through a temporary file: a run that stops
    half way, or another run writing at the same time, never leaves a half-written cache.
    An unwritable cache is left as it is."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(zlib.crc32(payload).to_bytes(4, "big") + payload)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


def _load(path: Path) -> dict:
    payload = read_checked(path)
    try:
        entries = marshal.loads(payload) if payload is not None else {}
        return entries if isinstance(entries, dict) else {}
    except (ValueError, EOFError, TypeError):
        return {}


def _save(path: Path, entries: dict) -> None:
    try:
        payload = marshal.dumps(entries)
    except ValueError:  # a value marshal cannot write
        return
    write_checked(path, payload)


def bounded(known: dict, fresh: dict, used: set, limit: int) -> dict:
    """What a cache keeps after a run: all it held and the run's new entries; past `limit`,
    the run's entries only, those it took from the cache and its new ones (its new ones
    alone would leave the next run next to nothing to find)."""
    entries = {**known, **fresh}
    if len(entries) > limit:
        entries = {**{k: known[k] for k in used if k in known}, **fresh}
    return entries


def _pack(code: list[int]) -> bytes | list[int]:
    """A program as the cache keeps it: its words as bytes, which the cache file reads back
    as one object, not one int per word (a fifth of a megabyte of them: reading them was
    most of the time the cache saves). Where the engine's words are not C ints, the list."""
    import _sre

    if array.array("I").itemsize != _sre.CODESIZE:
        return code
    return array.array("I", code).tobytes()


def _unpack(code: bytes) -> list[int]:
    return array.array("I", code).tolist()


_RE_MODULES = frozenset({"re", "re._compiler", "re._parser"})
# Modules of the standard library that a one-file check imports, each compiling the same
# literal patterns on import (json's scanner and encoder, tokenize for `inspect`, the field
# names of `dataclasses`, string.Template): kept as tradecheck's own are.
_STDLIB_LITERALS = frozenset({"json.decoder", "json.encoder", "json.scanner", "tokenize", "dataclasses", "string"})


def _ours(frame) -> bool:
    """Whether the pattern comes from tradecheck's own code: the first caller outside `re`
    is a tradecheck module (or one of _STDLIB_LITERALS). Other libraries' patterns are left
    alone: some are built from a set and differ from one process to the next, and would be
    added again on every run."""
    while frame is not None and frame.f_globals.get("__name__") in _RE_MODULES:
        frame = frame.f_back
    if frame is None:
        return False
    name = frame.f_globals.get("__name__", "")
    return name.startswith("tradecheck") or name in _STDLIB_LITERALS


@contextlib.contextmanager
def cached_compiles() -> Iterator[None]:
    """Within the block, `re` compiles tradecheck's string patterns from the cache, and
    what it had to compile is added to the cache when the block ends."""
    try:
        import _sre
        from re import _compiler, _parser

        compile_as_usual = _compiler.compile
        _compiler._code, _parser.parse  # the internals used below
    except (ImportError, AttributeError):
        yield
        return
    path = cache_file()
    known = _load(path) if path else {}
    fresh: dict = {}
    used: set = set()  # what this run took from the cache

    def compile(p, flags=0):
        if not isinstance(p, str) or flags & _compiler.SRE_FLAG_DEBUG:
            return compile_as_usual(p, flags)
        key = (p, flags)
        # a pattern the cache holds is compiled from it whoever asks (its program is the
        # same); only what is not there yet asks whose it is, which walks the stack
        entry = known.get(key)
        if entry is None and not _ours(sys._getframe(1)):
            return compile_as_usual(p, flags)
        if entry is not None:
            used.add(key)
            code = entry[1]
            try:
                compiled = _sre.compile(p, entry[0], _unpack(code) if isinstance(code, bytes) else code, *entry[2:])
            except Exception:  # a program the engine refuses: compile it again
                pass
            else:
                if isinstance(code, list):  # as an earlier version kept it: kept as bytes from now on
                    fresh[key] = (entry[0], _pack(code), *entry[2:])
                return compiled
        try:
            # what re._compiler.compile does, keeping the program
            parsed = _parser.parse(p, flags)
            code = [int(op) for op in _compiler._code(parsed, flags)]  # (named constants, to plain ints)
            names = {name: int(i) for name, i in parsed.state.groupdict.items()}
            index = [None] * parsed.state.groups
            for name, i in names.items():
                index[i] = name
            entry = (int(flags | parsed.state.flags), code, int(parsed.state.groups - 1), names, tuple(index))
            compiled = _sre.compile(p, *entry)
        except Exception:  # a bad pattern raises as usual; internals that moved: as usual
            return compile_as_usual(p, flags)
        fresh[key] = (entry[0], _pack(entry[1]), *entry[2:])
        return compiled

    _compiler.compile = compile
    try:
        yield
    finally:
        _compiler.compile = compile_as_usual
        if fresh and path is not None:
            _save(path, bounded(known, fresh, used, _LIMIT))
