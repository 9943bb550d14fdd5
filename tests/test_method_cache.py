"""The command line keeps the compiled methods of dataclasses between runs
(tradecheck/method_cache.py): a class built from the cache behaves exactly like one built
the usual way, and a damaged or unwritable cache only means compiling as usual."""
import builtins
import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tradecheck.method_cache import cache_file, cached_methods


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("TRADECHECK_CACHE", str(tmp_path))
    return tmp_path


# Classes with what tradecheck's records use: defaults, a factory, order, frozen. The cache
# keeps tradecheck's own classes only, so they are defined as a tradecheck module would.
SOURCE = """
from dataclasses import dataclass, field


@dataclass
class Claim:
    id: str
    value: float | None = None
    extra: dict = field(default_factory=dict)


@dataclass(frozen=True, order=True)
class Key:
    measure: str
    period: str = "2023"
"""


def make(module: str = "tradecheck.records_for_a_test"):
    namespace = {"__name__": module}
    exec(SOURCE, namespace)
    return namespace["Claim"], namespace["Key"]


def behaviour(Claim, Key):
    a, b = Claim("c1", 5.0), Claim("c1", 5.0)
    b.extra["x"] = 1
    return (repr(a), a == Claim("c1", 5.0, {}), a == b, a.extra is not Claim("c2").extra,
            repr(Key("exports")), hash(Key("exports")) == hash(Key("exports")), Key("a") < Key("b"),
            str(Claim.__init__.__annotations__), Claim.__init__.__defaults__)


def test_a_cached_class_behaves_like_a_fresh_one(cache):
    usual = behaviour(*make())
    with cached_methods():
        first = behaviour(*make())
    assert cache_file().is_file()
    with cached_methods():
        again = behaviour(*make())
    assert usual == first == again
    with pytest.raises(dataclasses.FrozenInstanceError):
        with cached_methods():
            make()[1]("exports").measure = "imports"


def test_a_second_run_compiles_nothing(cache, monkeypatch):
    with cached_methods():
        make()
    saved = cache_file().read_bytes()
    calls = []
    usual = builtins.compile
    monkeypatch.setattr(builtins, "compile", lambda *a, **k: calls.append(a) or usual(*a, **k))
    with cached_methods():
        make()
    assert calls == [] and cache_file().read_bytes() == saved


def test_other_libraries_classes_are_not_kept(cache):
    from tradecheck.regex_cache import _load

    with cached_methods():
        make("tradecheck.records_for_a_test")
    kept = len(_load(cache_file()))
    with cached_methods():
        usual = behaviour(*make("another_library"))
    assert len(_load(cache_file())) == kept and usual == behaviour(*make())


def test_the_hook_is_gone_after_the_block(cache):
    with cached_methods():
        assert "exec" in vars(dataclasses)
    assert "exec" not in vars(dataclasses)


def test_a_damaged_cache_is_compiled_again_and_replaced(cache):
    with cached_methods():
        make()
    cache_file().write_bytes(b"\x00\x01 not a cache")
    with cached_methods():
        assert behaviour(*make()) == behaviour(*make())
    with cached_methods():  # the file was rewritten whole
        assert behaviour(*make()) == behaviour(*make())


def test_an_unwritable_cache_changes_nothing(tmp_path, monkeypatch):
    (tmp_path / "a-file").write_text("")
    monkeypatch.setenv("TRADECHECK_CACHE", str(tmp_path / "a-file" / "cache"))  # cannot be made
    usual = behaviour(*make())
    with cached_methods():
        assert behaviour(*make()) == usual
    assert not list(tmp_path.glob("**/*.tmp"))


def test_the_command_line_keeps_its_methods(tmp_path):
    env = {**os.environ, "TRADECHECK_CACHE": str(tmp_path)}
    article = Path(__file__).parent.parent / "data" / "examples" / "uzbekistan-turkey-2023.txt"
    cmd = [sys.executable, "-m", "tradecheck", "verify", str(article), "--format", "json", "--reference", "none"]
    first = subprocess.run(cmd, env=env, capture_output=True, text=True)
    files = list(tmp_path.glob("methods-*.marshal"))
    second = subprocess.run(cmd, env=env, capture_output=True, text=True)
    assert len(files) == 1 and first.returncode == second.returncode == 0
    assert first.stdout == second.stdout and '"claims"' in first.stdout
