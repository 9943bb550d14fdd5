"""Reference store at BACI scale: import throughput and per-claim lookup latency.

Builds a synthetic BACI release (t,i,j,k,v,q; random but BACI-shaped: 220 countries,
HS6 products, 25 years) of --rows rows (default 50 million) as CSV, imports it with the
BACI importer into a fresh store, then checks --claims claims against the store and times
each lookup (after building the SQLite lookup index once, which is timed on its own).
Prints one table; nothing is kept unless --keep.

    python benchmarks/reference_store.py                 # 50M rows (about 10 minutes, 3 GB of scratch disk)
    python benchmarks/reference_store.py --rows 5000000  # a quick run
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tradecheck.model import Claim  # noqa: E402
from tradecheck.check.reference import reference_findings  # noqa: E402
from tradecheck.reference.importers import baci  # noqa: E402
from tradecheck.reference.store import Store  # noqa: E402


def make_release(folder: Path, rows: int, seed: int = 7) -> tuple[Path, Path, list[tuple[int, str]]]:
    import duckdb
    import pycountry

    countries = sorted((int(c.numeric), c.alpha_3) for c in pycountry.countries)[:220]
    codes = folder / "country_codes_V202401.csv"
    with open(codes, "w") as f:
        f.write("country_code,country_name,country_iso2,country_iso3\n")
        for num, iso in countries:
            f.write(f"{num},{iso},{iso[:2]},{iso}\n")
    flows = folder / "BACI_HS17_synthetic.csv"
    n = len(countries)
    con = duckdb.connect(":memory:")
    con.execute("CREATE TABLE cc AS SELECT * FROM (VALUES " + ",".join(f"({i},{num})" for i, (num, _) in enumerate(countries)) + ") t(idx, num)")
    con.execute(f"SELECT setseed({seed / 100})")
    con.execute(f"""
        COPY (
          SELECT 2000 + (r % 25) AS t, a.num AS i, b.num AS j,
                 lpad(CAST(10000 + (hash(r * 7) % 990000) AS VARCHAR), 6, '0') AS k,
                 round(random() * 5000, 3) AS v, round(random() * 100, 3) AS q
          FROM range({rows}) s(r)
          JOIN cc a ON a.idx = (hash(r) % {n})
          JOIN cc b ON b.idx = ((hash(r) % {n}) + 1 + hash(r * 31) % ({n} - 1)) % {n}
        ) TO '{flows}' (HEADER, DELIMITER ',')""")
    return flows, codes, countries


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=50_000_000)
    ap.add_argument("--claims", type=int, default=200)
    ap.add_argument("--dir", default=None, help="scratch folder (default: a temporary one)")
    ap.add_argument("--keep", action="store_true")
    a = ap.parse_args()
    work = Path(a.dir or tempfile.mkdtemp(prefix="tradecheck-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        t0 = time.perf_counter()
        flows, codes, countries = make_release(work, a.rows)
        t1 = time.perf_counter()
        store = Store(work / "store")
        target, n = baci.import_into(store, [str(flows), str(codes)], "synthetic")
        t2 = time.perf_counter()
        # Lookups read an SQLite index of each store file, built on first use: time that
        # once, here, and keep it out of the user's own cache.
        os.environ["TRADECHECK_CACHE"] = str(work / "cache")
        from tradecheck.reference.lookup import lookup_pairs

        t3 = time.perf_counter()
        lookup_pairs(store.files(), [("USA", "CHN")])
        t4 = time.perf_counter()
        rng = random.Random(1)
        isos = [iso for _, iso in countries]
        times = []
        for k in range(a.claims):
            x, y = rng.sample(isos, 2)
            c = Claim(id=f"c{k}", kind="amount", start=0, end=5, text="$1bn", measure="exports",
                      reporter=x, partner=y, period=str(rng.randint(2000, 2024)), value=1e9,
                      value_usd=1e9, low=0.95e9, high=1.05e9, currency="USD")
            c.how = {"pair": "text", "period": "text", "measure": "text"}
            s = time.perf_counter()
            reference_findings([c], {}, store)
            times.append((time.perf_counter() - s) * 1000)
        times.sort()
        size = target.stat().st_size / 1e6
        print(f"{'rows':<32}{n:>16,}")
        print(f"{'synthetic CSV written (s)':<32}{t1 - t0:>16.1f}")
        print(f"{'import (s)':<32}{t2 - t1:>16.1f}")
        print(f"{'import throughput (rows/s)':<32}{n / (t2 - t1):>16,.0f}")
        print(f"{'store file (MB)':<32}{size:>16.0f}")
        print(f"{'lookup index, built once (s)':<32}{t4 - t3:>16.1f}")
        print(f"{'lookup per claim, median (ms)':<32}{statistics.median(times):>16.1f}")
        print(f"{'lookup per claim, p95 (ms)':<32}{times[int(0.95 * (len(times) - 1))]:>16.1f}")
    finally:
        if not a.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
