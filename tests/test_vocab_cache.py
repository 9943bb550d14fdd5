"""The command line keeps the vocabulary's tables and alternations between runs
(tradecheck/vocab_cache.py): what comes from the cache is exactly what the vocabulary
builds, a table whose file changed is read again, and a damaged cache is built again."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tradecheck import vocab
from tradecheck.vocab_cache import cache_file, cached_vocabulary

CALLS = [
    (("aliases",), {}),
    (("tonne", "tonnes", "ton", "Ton"), {"ignore_case": True, "space": r"\s+"}),
    (("USD", "usd", "U.S. dollars"), {"ignore_case": True, "inline": True}),
    (("lakh crore", "lakh", "crore"), {"space": r"[\s-]?"}),
]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("TRADECHECK_CACHE", str(tmp_path))
    return tmp_path


def built():
    return ([vocab.alternation(words, **kw) for words, kw in CALLS]
            + [vocab.alternation(vocab.physical_units(), ignore_case=True, space=r"\s+")]
            + [vocab.table(name) for name in ("countries", "scales", "qualifiers")])


def test_the_cache_gives_what_the_vocabulary_builds(cache):
    usual = built()
    with cached_vocabulary():
        first = built()
    assert cache_file().is_file()
    with cached_vocabulary():
        again = built()
    assert usual == first == again


def test_words_in_another_order_or_repeated_are_the_same_alternation(cache):
    with cached_vocabulary():
        a = vocab.alternation(["ton", "tonne", "tonnes"], ignore_case=True)
        b = vocab.alternation(iter(["tonnes", "ton", "tonne", "ton"]), ignore_case=True)
    assert a == b == vocab.alternation(["tonnes", "tonne", "ton"], ignore_case=True)


def test_a_second_run_builds_nothing(cache, monkeypatch):
    with cached_vocabulary():
        first = built()
    saved = cache_file().read_bytes()
    calls = []
    table, alternation = vocab.table, vocab.alternation
    monkeypatch.setattr(vocab, "table", lambda *a, **k: calls.append(a) or table(*a, **k))
    monkeypatch.setattr(vocab, "alternation", lambda *a, **k: calls.append(a) or alternation(*a, **k))
    with cached_vocabulary():
        assert built() == first
    assert calls == [] and cache_file().read_bytes() == saved


def test_a_changed_table_is_read_again(cache, tmp_path, monkeypatch):
    here = tmp_path / "vocab"
    shutil.copytree(vocab.HERE, here, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    monkeypatch.setattr(vocab, "HERE", here)
    with cached_vocabulary():
        before = vocab.table("hedges")
    with open(here / "hedges.csv", "a", encoding="utf-8") as f:
        f.write("roughly about\n")
    with cached_vocabulary():
        after = vocab.table("hedges")
    assert after == vocab.table("hedges") and len(after) == len(before) + 1


def test_rows_from_the_cache_are_the_callers_own(cache):
    with cached_vocabulary():
        vocab.table("scales")[0]["word"] = "changed"
        assert vocab.table("scales")[0]["word"] != "changed"


def test_a_damaged_cache_is_built_again(cache):
    with cached_vocabulary():
        built()
    cache_file().write_bytes(b"\x00\x01 not a cache")
    with cached_vocabulary():
        assert built() == built()
    with cached_vocabulary():  # rewritten whole
        assert built() == built()


def test_the_names_are_the_vocabularys_own_after_the_block(cache):
    table, alternation = vocab.table, vocab.alternation
    with cached_vocabulary():
        assert vocab.table is not table
    assert (vocab.table, vocab.alternation) == (table, alternation)


def test_the_command_line_keeps_its_vocabulary(tmp_path):
    env = {**os.environ, "TRADECHECK_CACHE": str(tmp_path)}
    article = Path(__file__).parent.parent / "data" / "examples" / "uzbekistan-turkey-2023.txt"
    cmd = [sys.executable, "-m", "tradecheck", "verify", str(article), "--format", "json", "--reference", "none"]
    first = subprocess.run(cmd, env=env, capture_output=True, text=True)
    assert (tmp_path / "vocab.marshal").is_file()
    second = subprocess.run(cmd, env=env, capture_output=True, text=True)
    assert first.returncode == second.returncode == 0
    assert first.stdout == second.stdout and '"claims"' in first.stdout
