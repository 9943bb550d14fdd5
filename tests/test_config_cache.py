"""The command line notes the pyproject.toml files that hold no [tool.tradecheck] table
(tradecheck/config_cache.py): such a file is not parsed again while it stays the same, and
every other file, or one that changed, is read as usual, its values and its errors too."""
import subprocess
import sys
from pathlib import Path

import pytest

from tradecheck import config
from tradecheck.config_cache import cache_file, cached_configs
from tradecheck.regex_cache import _load


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("TRADECHECK_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


@pytest.fixture
def parses(monkeypatch):
    """The files tomllib parses."""
    import tomllib

    calls = []
    load = tomllib.load
    monkeypatch.setattr(tomllib, "load", lambda f: calls.append(f.name) or load(f))
    return calls


def pyproject(tmp_path, text: str) -> Path:
    p = tmp_path / "project" / "pyproject.toml"
    p.parent.mkdir(exist_ok=True)
    p.write_text(text, encoding="utf-8")
    return p


def test_a_file_without_the_table_is_parsed_once(cache, tmp_path, parses):
    p = pyproject(tmp_path, '[project]\nname = "other"\n')
    with cached_configs():
        first = config.load(p)
    with cached_configs():
        again = config.load(p)
    assert first == again == config.Config() and parses == [str(p)]
    assert str(p.absolute()) in _load(cache_file())


def test_a_file_with_the_table_is_read_every_time(cache, tmp_path, parses):
    p = pyproject(tmp_path, '[tool.tradecheck]\nfail-on = "warning"\n')
    for _ in range(2):
        with cached_configs():
            assert config.load(p).fail_on == "warning"
    assert len(parses) == 2 and not cache_file().exists()


def test_a_changed_file_is_read_again(cache, tmp_path, parses):
    p = pyproject(tmp_path, '[project]\nname = "other"\n')
    with cached_configs():
        config.load(p)
    p.write_text('[tool.tradecheck]\nfail-on = "never"\n', encoding="utf-8")
    with cached_configs():
        assert config.load(p).fail_on == "never"


def test_a_file_that_does_not_parse_still_fails(cache, tmp_path):
    p = pyproject(tmp_path, "[project\n")
    for _ in range(2):
        with cached_configs(), pytest.raises(config.ConfigError, match="not valid TOML"):
            config.load(p)


def test_a_damaged_cache_is_read_as_usual(cache, tmp_path, parses):
    p = pyproject(tmp_path, '[project]\nname = "other"\n')
    with cached_configs():
        config.load(p)
    cache_file().write_bytes(b"\0damaged")
    with cached_configs():
        assert config.load(p) == config.Config()
    assert len(parses) == 2


def test_the_names_are_the_modules_own_after_the_block(cache):
    load = config.load
    with cached_configs():
        assert config.load is not load
    assert config.load is load


def test_the_command_line_notes_the_files(tmp_path):
    p = pyproject(tmp_path, '[project]\nname = "other"\n')
    article = p.parent / "a.txt"
    article.write_text("Exports to Turkey rose to $3.4bn in 2023.\n", encoding="utf-8")
    env = {"TRADECHECK_CACHE": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin",
           "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    for _ in range(2):
        subprocess.run([sys.executable, "-m", "tradecheck", "verify", str(article), "--format", "json",
                        "--reference", "none"], env=env, capture_output=True, check=False)
    assert str(p.absolute()) in _load(tmp_path / "cache" / "configs.marshal")
