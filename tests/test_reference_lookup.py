"""Fast lookups: the SQLite index of each Parquet file answers exactly what DuckDB answers,
follows the file when it changes, and steps aside when it cannot be built."""
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tradecheck.reference import lookup
from tradecheck.reference.importers import importer
from tradecheck.reference.store import Store

FIX = Path(__file__).parent / "fixtures" / "reference"
PAIRS = [("BLR", "IRN"), ("CHN", "USA"), ("DEU", "FRA")]


def read(fmt, *names):
    return importer(fmt)([str(FIX / n) for n in names], None)


def canon(rows):
    """Rows as comparable tuples (DuckDB's DataFrame has NaN where the index has None)."""
    def clean(v):
        if v is None or (isinstance(v, float) and math.isnan(v)):
            return None
        return float(v) if isinstance(v, float) or type(v).__name__.startswith(("int", "float")) else v
    return sorted(tuple(clean(r[k]) for k in sorted(r)) for r in rows)


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    """One cache for the module: indexing the shipped default takes a second or two."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture
def store(tmp_path, monkeypatch, cache):
    monkeypatch.setenv("TRADECHECK_CACHE", str(cache))
    s = Store(tmp_path / "store")
    s.add(read("baci", "baci_HS17_Y2020_sample.csv", "baci_codes_V2023.csv"), "baci")
    s.add(read("canonical", "canonical_ok.csv"), "canonical")
    return s


def duckdb_answer(store, pairs):
    return store.rows_for_pairs(pairs).to_dict("records")  # the DataFrame path always asks DuckDB


@pytest.mark.parametrize("only", [None, "published", "CEPII BACI", "belstat"])
def test_the_index_and_duckdb_return_the_same_rows(store, only):
    store.only = only
    fast = store.rows_for_pairs(PAIRS, records=True)
    assert fast and canon(fast) == canon(duckdb_answer(store, PAIRS))
    assert lookup.index_path(store.files()[0]).is_file()


def test_products_are_summed_where_a_source_gives_no_total(store):
    rows = [r for r in store.rows_for_pairs([("BLR", "IRN")], records=True)
            if r["source"] == "CEPII BACI" and r["reporter"] == "BLR"]
    assert len(rows) == 1 and rows[0]["value_usd"] == pytest.approx(5123456.0 + 812100.0)
    assert rows[0]["note"].startswith("sum of 2 product lines") and rows[0]["row"] is None


def test_sources_from_the_index_match_duckdb(store):
    fast = store.sources(records=True)
    assert fast == [{k: (int(v) if k in ("rows", "reporters", "pairs") else v) for k, v in r.items()}
                    for r in store.sources().to_dict("records")]
    assert [(r["source"], r["first"], r["last"]) for r in store.spans()] == \
           [(r["source"], r["first"], r["last"]) for r in fast]


def test_the_index_follows_a_changed_file(tmp_path, monkeypatch, cache):
    monkeypatch.setenv("TRADECHECK_CACHE", str(cache))
    df = read("canonical", "canonical_ok.csv")
    path = tmp_path / "mine.parquet"
    df.to_parquet(path)
    store = Store(tmp_path / "store", only=str(path))
    assert {r["value_usd"] for r in store.rows_for_pairs([("BLR", "IRN")], records=True)} == {81e6, 86e6}
    df.loc[0, "value_usd"] = 99e6
    df.to_parquet(path)
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    assert {r["value_usd"] for r in store.rows_for_pairs([("BLR", "IRN")], records=True)} == {99e6, 86e6}


def test_a_thread_keeps_its_connections_until_the_file_changes(store):
    import threading

    f = store.files()[-1]
    first = lookup._connect(f)
    assert lookup._connect(f) is first  # the next article's lookup reuses it
    other = []
    t = threading.Thread(target=lambda: other.append(lookup._connect(f)))
    t.start()
    t.join()
    assert other[0] is not None and other[0] is not first  # one set per thread
    os.utime(f, ns=(f.stat().st_atime_ns, f.stat().st_mtime_ns + 10**9))
    assert lookup._connect(f) is not first


def test_a_damaged_index_is_rebuilt(store):
    before = store.rows_for_pairs(PAIRS, records=True)
    for f in store.files():
        lookup.index_path(f).write_bytes(b"not a database")
    assert canon(store.rows_for_pairs(PAIRS, records=True)) == canon(before)


def test_without_a_usable_cache_duckdb_answers(store, monkeypatch, tmp_path):
    blocker = tmp_path / "a-file-not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("TRADECHECK_CACHE", str(blocker / "cache"))
    assert lookup.lookup_pairs(store.files(), PAIRS) is None
    assert canon(store.rows_for_pairs(PAIRS, records=True)) == canon(duckdb_answer(store, PAIRS))


def test_a_one_file_verify_loads_no_heavy_library(tmp_path, examples):
    """The command line's promise: checking one article needs neither pandas nor numpy nor
    DuckDB once the index exists (the first run builds it)."""
    heavy = ("duckdb", "numpy", "pandas", "pyarrow", "pandera", "matplotlib", "pint", "sdmx")
    script = (
        "import atexit, sys\n"
        f"atexit.register(lambda: print(sorted(m for m in {heavy!r} if m in sys.modules), file=sys.stderr))\n"
        f"sys.argv = ['tradecheck', 'verify', {str(examples / 'uzbekistan-turkey-2023.txt')!r}, '--format', 'json']\n"
        "from tradecheck.cli import main\n"
        "main()\n")
    env = {**os.environ, "TRADECHECK_CACHE": str(tmp_path / "cache"), "TRADECHECK_STORE": str(tmp_path / "store")}
    runs = [subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env)
            for _ in range(2)]
    assert '"findings"' in runs[1].stdout
    assert "duckdb" in runs[0].stderr  # the first run built the index
    assert runs[1].stderr.strip().splitlines()[-1] == "[]"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG rules are worked out only on Linux")
@pytest.mark.parametrize("xdg", [None, "", "/tmp/xdg-somewhere"])
def test_our_user_folders_are_platformdirs_own(monkeypatch, xdg):
    import platformdirs

    from tradecheck.userdirs import user_dir

    for var in ("XDG_DATA_HOME", "XDG_CACHE_HOME"):
        if xdg is None:
            monkeypatch.delenv(var, raising=False)
        else:
            monkeypatch.setenv(var, xdg)
    assert user_dir("data") == Path(platformdirs.user_data_dir("tradecheck"))
    assert user_dir("cache") == Path(platformdirs.user_cache_dir("tradecheck"))
