"""Speed: a single verify from the command line, extraction throughput, corpus throughput.

    python benchmarks/speed.py                  # prints a table; medians of --repeat runs
    python benchmarks/speed.py --corpus ../shared/corpus --copies 12

Measured in one run on the same machine, so the ratios hold where the seconds vary:
`tradecheck verify` against `python -c "import pandas"` (the target is 0.5x); extraction in
MB/s of news text on one core, article by article as the tool reads them, for the extract
stage alone (the target is 2 MB/s) and for whole claims (extract, link, normalise), with
quantulum3 on the same articles when it is installed; corpus mode in articles/s with 1 and
2 workers.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


# As on a user's machine: Python caches compiled modules (pip does it for installed
# packages; an editable checkout writes its own on the first run). Some CI images turn the
# cache off, which would charge every run for compiling tradecheck's own source.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run_once(cmd: list[str], env: dict | None = None) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env or ENV)
    return time.perf_counter() - t0


def wall(cmd: list[str], repeat: int, env: dict | None = None, warm: bool = True) -> float:
    """Median wall time of `repeat` runs, after one untimed run that writes the bytecode
    cache and tradecheck's lookup index."""
    if warm:
        run_once(cmd, env)
    return statistics.median(run_once(cmd, env) for _ in range(repeat))


def walls(cmds: list[list[str]], repeat: int) -> list[float]:
    """Median wall times of several commands, run in turn `repeat` times (after one untimed
    round), so that a slow spell of a noisy machine weighs on all of them alike."""
    for cmd in cmds:
        run_once(cmd)
    times: list[list[float]] = [[] for _ in cmds]
    for _ in range(repeat):
        for i, cmd in enumerate(cmds):
            times[i].append(run_once(cmd))
    return [statistics.median(t) for t in times]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=9)
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--copies", type=int, default=12, help="copies of the corpus for the corpus-mode runs")
    a = ap.parse_args()
    py = sys.executable
    tc = [py, "-m", "tradecheck"]
    article = str(ROOT / "data" / "examples" / "uzbekistan-turkey-2023.txt")
    rows = []
    base, single, single_noref = walls([[py, "-c", "import pandas"], [*tc, "verify", article, "--format", "json"],
                                        [*tc, "verify", article, "--format", "json", "--reference", "none"]], a.repeat)
    rows += [("python -c 'import pandas' (s)", f"{base:.2f}"),
             ("tradecheck verify article.txt (s)", f"{single:.2f}  ({single / base:.2f}x pandas import)"),
             ("  ... --reference none (s)", f"{single_noref:.2f}  ({single_noref / base:.2f}x)")]
    # The very first run on a machine also indexes the shipped reference data (once).
    with tempfile.TemporaryDirectory() as cache:
        first = wall([*tc, "verify", article, "--format", "json"], 1, env={**ENV, "TRADECHECK_CACHE": cache}, warm=False)
    rows.append(("  ... first run, empty cache (s)", f"{first:.2f}  (indexes the reference data once)"))

    corpus = sorted(Path(a.corpus).glob("*.txt")) or sorted((ROOT / "data" / "examples").glob("*.txt"))
    articles = [p.read_text(encoding="utf-8") for p in corpus]
    size = sum(len(t.encode()) for t in articles)
    import tradecheck
    from tradecheck.api import extract
    from tradecheck.extract import find_mentions
    from tradecheck.read import make_document

    tradecheck.extract_claims("warm up: exports were $5bn in 2023.")

    def rate(work) -> float:
        """MB/s over the corpus, article by article (as the tool reads them): median of
        --repeat passes."""
        times = []
        for _ in range(a.repeat):
            t0 = time.perf_counter()
            for t in articles:
                work(t)
            times.append(time.perf_counter() - t0)
        return size / 1e6 / statistics.median(times)

    stage = rate(find_mentions)
    from tradecheck.extract import mentions
    from tradecheck.extract.keywords import Index

    def quantities(t):  # what a quantity extractor such as quantulum3 finds, for a like-for-like figure
        dc = mentions.document_uses_decimal_comma(t)
        index = Index(t)  # the keyword pass they share
        (mentions.find_amounts(t, dc, index), mentions.find_percents(t, index), mentions.find_multiples(t, index),
         mentions.find_fractions(t, index))

    numeric = rate(quantities)
    claims = rate(lambda t: extract(make_document(t, published="2024-01-01")))
    one = "\n\n".join(articles) * 4
    whole_times = []
    for _ in range(3):  # the first pass also compiles the patterns the short texts never needed
        t0 = time.perf_counter()
        find_mentions(one)
        whole_times.append(time.perf_counter() - t0)
    whole = len(one.encode()) / 1e6 / statistics.median(whole_times)
    rows += [(f"extraction, one core (MB/s; {len(articles)} articles, {size / 1e3:.0f} KB)",
              f"{stage:.2f}  (the extract stage: amounts, percentages, periods, countries, flows)"),
             ("  ... as one {:.0f} KB document (MB/s)".format(len(one) / 1e3), f"{whole:.2f}"),
             ("  ... quantities alone (MB/s)", f"{numeric:.2f}  (amounts, percentages, multiples, fractions)"),
             ("claims, one core (MB/s)", f"{claims:.2f}  (extract, link and normalise: `tradecheck extract`)")]
    try:
        from quantulum3 import parser as q

        # quantulum3 runs at KB/s: one pass over the articles, each parsed on its own
        t0 = time.perf_counter()
        for t in articles:
            q.parse(t)
        q_rate = size / 1e6 / (time.perf_counter() - t0)
        rows.append(("quantulum3 on the same articles (MB/s)",
                     f"{q_rate:.4f}  (ours: quantities {numeric / q_rate:.0f}x faster, the extract stage "
                     f"{stage / q_rate:.0f}x, claims {claims / q_rate:.0f}x)"))
    except ImportError:
        rows.append(("quantulum3 on the same articles", "not installed"))

    work = Path(tempfile.mkdtemp(prefix="tradecheck-speed-"))
    try:
        for k in range(a.copies):
            for p in corpus:
                shutil.copy(p, work / f"{k}-{p.name}")
        docs = len(list(work.glob("*.txt")))
        for reference in ("none", None):
            rates = []
            for jobs in (1, 2):
                out = work / f"out{jobs}-{reference}.jsonl"
                t = wall([*tc, "verify", str(work), "--format", "json", "--jobs", str(jobs), "-o", str(out),
                          *(["--reference", reference] if reference else [])], 1, warm=False)
                rates.append(docs / t)
                label = f"corpus, {jobs} worker{'s' if jobs > 1 else ''}" + ("" if reference else ", with the reference check")
                gain = f", {rates[1] / rates[0]:.2f}x one worker" if jobs > 1 else ""
                rows.append((f"{label} (articles/s)", f"{docs / t:.1f}  ({docs} articles, {t:.1f} s{gain})"))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    w = max(len(r[0]) for r in rows)
    for k, v in rows:
        print(f"{k:<{w}}  {v}")


if __name__ == "__main__":
    main()
