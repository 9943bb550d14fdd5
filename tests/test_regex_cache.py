"""The command line keeps compiled patterns between runs (tradecheck/regex_cache.py): a
pattern from the cache matches exactly as one compiled the usual way, and a damaged,
stale or unwritable cache only means compiling as usual."""
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tradecheck.extract import keywords
from tradecheck.regex_cache import cache_file, cached_compiles

TEXT = (Path(__file__).parent.parent / "data" / "examples" / "uzbekistan-turkey-2023.txt").read_text()
SOURCES = [(kp.source, kp.flags) for kp in keywords.keyed_patterns()] + [(r"(?P<y>(?:19|20)\d\d)\b", re.I)]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("TRADECHECK_CACHE", str(tmp_path))
    re.purge()
    yield tmp_path
    re.purge()


def compiled(sources):
    """The patterns as tradecheck's own code compiles them (the cache keeps only those)."""
    re.purge()  # `re` keeps its own cache within a process
    return [keywords.Keyed("test", src, frozenset(), flags).pattern for src, flags in sources]


def behaviour(patterns):
    return [(p.pattern, p.flags, p.groups, p.groupindex,
             [(m.span(), m.groupdict()) for m in p.finditer(TEXT)]) for p in patterns]


def test_a_cached_pattern_matches_like_a_freshly_compiled_one(cache):
    usual = behaviour(compiled(SOURCES))
    with cached_compiles():
        first = behaviour(compiled(SOURCES))
    assert cache_file().is_file()
    with cached_compiles():
        again = behaviour(compiled(SOURCES))
    assert usual == first == again


def test_a_second_run_compiles_nothing(cache, monkeypatch):
    with cached_compiles():
        compiled(SOURCES)
    saved = cache_file().read_bytes()
    from re import _compiler

    calls = []
    code = _compiler._code
    monkeypatch.setattr(_compiler, "_code", lambda *a: calls.append(a) or code(*a))
    with cached_compiles():
        compiled(SOURCES)
    assert calls == [] and cache_file().read_bytes() == saved


def test_other_libraries_patterns_are_not_kept(cache):
    with cached_compiles():
        compiled(SOURCES[:1])
        re.purge()
        re.compile("(?P<mine>only the test module compiles this)")
    from tradecheck.regex_cache import _load

    kept = {p for p, _ in _load(cache_file())}
    assert SOURCES[0][0] in kept and "(?P<mine>only the test module compiles this)" not in kept


def test_a_damaged_cache_is_compiled_again_and_replaced(cache):
    with cached_compiles():
        compiled(SOURCES[:3])
    cache_file().write_bytes(b"\x00\x01 not a cache")
    with cached_compiles():
        assert behaviour(compiled(SOURCES[:3])) == behaviour([re.compile(s, f) for s, f in SOURCES[:3]])
    with cached_compiles():  # the file was rewritten whole
        assert behaviour(compiled(SOURCES[:3])) == behaviour([re.compile(s, f) for s, f in SOURCES[:3]])


def test_a_program_the_engine_refuses_is_compiled_again(cache):
    import marshal
    import zlib

    payload = marshal.dumps({("ab+c", 0): (32, [1, 2, 3], 0, {}, (None,))})  # not a valid program
    cache_file().parent.mkdir(parents=True, exist_ok=True)
    cache_file().write_bytes(zlib.crc32(payload).to_bytes(4, "big") + payload)
    with cached_compiles():
        assert compiled([("ab+c", 0)])[0].fullmatch("abbbc")


def test_a_bad_pattern_still_raises(cache):
    with cached_compiles():
        with pytest.raises(re.error):
            compiled([("(unclosed", 0)])


def test_an_unwritable_cache_changes_nothing(tmp_path, monkeypatch):
    (tmp_path / "a-file").write_text("")
    monkeypatch.setenv("TRADECHECK_CACHE", str(tmp_path / "a-file" / "cache"))  # cannot be made
    with cached_compiles():
        assert behaviour(compiled(SOURCES[:2])) == behaviour([re.compile(s, f) for s, f in SOURCES[:2]])
    assert not list(tmp_path.glob("**/*.tmp"))


def test_the_command_line_keeps_its_patterns(tmp_path):
    env = {**os.environ, "TRADECHECK_CACHE": str(tmp_path)}
    article = Path(__file__).parent.parent / "data" / "examples" / "uzbekistan-turkey-2023.txt"
    cmd = [sys.executable, "-m", "tradecheck", "verify", str(article), "--format", "json", "--reference", "none"]
    first = subprocess.run(cmd, env=env, capture_output=True, text=True)
    files = list(tmp_path.glob("regex-*.marshal"))
    second = subprocess.run(cmd, env=env, capture_output=True, text=True)
    assert len(files) == 1 and first.returncode == second.returncode == 0
    assert first.stdout == second.stdout and '"claims"' in first.stdout


def test_programs_an_earlier_version_kept_as_ints_are_kept_as_bytes_once_used(cache):
    from tradecheck.regex_cache import _load, _save, _unpack

    with cached_compiles():
        compiled(SOURCES[:3])
    as_ints = {k: (e[0], _unpack(e[1]), *e[2:]) for k, e in _load(cache_file()).items()}
    _save(cache_file(), as_ints)
    with cached_compiles():
        assert behaviour(compiled(SOURCES[:3])) == behaviour([re.compile(s, f) for s, f in SOURCES[:3]])
    assert all(isinstance(e[1], bytes) for e in _load(cache_file()).values())


def test_a_full_cache_keeps_the_patterns_of_the_run_that_filled_it(cache, monkeypatch):
    import tradecheck.regex_cache as regex_cache

    monkeypatch.setattr(regex_cache, "_LIMIT", 3)
    with cached_compiles():
        compiled(SOURCES[:3])  # the cache is full
    with cached_compiles():
        compiled(SOURCES[:2] + SOURCES[3:4])  # two patterns from it and a new one: past the limit
    kept = set(regex_cache._load(cache_file()))
    # the pattern this run did not use is dropped; those it used stay beside the new one
    assert kept == {SOURCES[0], SOURCES[1], SOURCES[3]}
