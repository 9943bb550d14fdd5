"""Speed: the whole pipeline's throughput, corpus mode's scaling and memory, a cold start.

    python benchmarks/speed.py                  # the table, as text
    python benchmarks/speed.py --markdown       # the table as README.md shows it
    python benchmarks/speed.py --texts ../shared/corpus ../shared/published --copies 12

Everything is measured in one run on one machine, so the ratios hold where the seconds
vary with what else the machine runs. Three targets:

1. Throughput of the whole pipeline on one core (read, extract, link, normalise, the
   internal checks, the JSON line: what `tradecheck verify DIR --reference none -f json`
   does for each file) in MB/s of news text, article by article: at least 1 MB/s.
   `tradecheck.extract_claims` and `tradecheck.verify_text` (with both DataFrames) in a
   loop over the same articles take at most 1.5x the pipeline's time.
2. Corpus mode (`tradecheck verify DIR --jobs 2`) at least 1.8x one worker, and its peak
   memory flat in the number of files (four times the files, the same memory).
3. A cold start, `tradecheck verify article.txt`, at most 0.35x `python -c "import pandas"`.

The texts are read where they lie (by default ../shared/corpus and ../shared/published,
else data/examples), never copied into the repository; corpus mode checks copies of them
in a temporary folder.
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

# The table's rows: (key, what, target). README.md shows them in this order and with these
# names (tests/test_speed_table.py holds the two together).
ROWS = (
    ("pipeline", "whole pipeline, one core (`verify --reference none`)", "at least 1 MB/s"),
    ("stages", "... of which extract / link / normalise / check / JSON", ""),
    ("extract", "... the extract stage alone", "2 MB/s (an earlier goal)"),
    ("extract_claims", "`extract_claims` in a loop", "at most 1.5x the pipeline's time"),
    ("verify_text", "`verify_text` in a loop, both DataFrames", "at most 1.5x the pipeline's time"),
    ("corpus1", "corpus mode, 1 worker (`--reference none`)", ""),
    ("corpus2", "corpus mode, 2 workers (`--reference none`)", "at least 1.8x one worker"),
    ("corpus1ref", "corpus mode with the reference check, 1 worker", ""),
    ("corpus2ref", "corpus mode with the reference check, 2 workers", "at least 1.8x one worker"),
    ("memory", "corpus mode's peak memory, 4x the files", "flat (1.0x)"),
    ("pandas", "`python -c \"import pandas\"`", "the yardstick"),
    ("cold", "`tradecheck verify article.txt`", "at most 0.35x the pandas import"),
    ("cold_noref", "... `--reference none`", ""),
    ("cold_euro", "... a text in euros (converted at ECB rates)", ""),
    ("first", "... the very first run on a machine", ""),
    ("machine", "the machine during the run", ""),
)

# As on a user's machine: Python caches compiled modules (pip does it for installed
# packages; an editable checkout writes its own on the first run). Some CI images turn the
# cache off, which would charge every run for compiling tradecheck's own source.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
# The commands run the tradecheck of this checkout, whatever else is installed.
ENV["PYTHONPATH"] = os.pathsep.join([str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])


def run_once(cmd: list[str], env: dict) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (the command's and its workers') and peak resident MB (of
    the largest process: the command or one of its workers) of one run."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, _, usage = os.wait4(proc.pid, 0)
    return time.perf_counter() - t0, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def walls(cmds: list[list[str]], repeat: int, env: dict) -> list[tuple[float, float]]:
    """Median wall and CPU times of several commands, run in turn `repeat` times after one
    untimed round (which writes the bytecode and the user caches), so that a slow spell of
    a noisy machine weighs on all of them alike."""
    for cmd in cmds:
        run_once(cmd, env)
    times: list[list[tuple[float, float, float]]] = [[] for _ in cmds]
    for _ in range(repeat):
        for i, cmd in enumerate(cmds):
            times[i].append(run_once(cmd, env))
    return [(statistics.median(t[0] for t in ts), statistics.median(t[1] for t in ts)) for ts in times]


def texts(folders: list[str]) -> list[Path]:
    paths = [p for f in folders for p in sorted(Path(f).glob("*.txt"))]
    return paths or sorted((ROOT / "data" / "examples").glob("*.txt"))


def throughput(paths: list[Path], repeat: int) -> dict:
    """Seconds per pass over the articles (medians of `repeat` passes, taken in turn) for the
    pipeline as corpus mode runs it, for the two API calls, and for each stage."""
    import tradecheck
    from tradecheck import batch
    from tradecheck.api import Result
    from tradecheck.check import run_checks
    from tradecheck.link.claims import link
    from tradecheck.link.sentences import split
    from tradecheck.normalise.claims import normalise
    from tradecheck.read import read_document
    from tradecheck.report import jsonout

    articles = [p.read_text(encoding="utf-8") for p in paths]
    opts = batch.Options(reference="none")

    def pipeline():
        for p in paths:
            jsonout.line(batch.check_one(str(p), opts), True)

    def extract_claims():
        for t in articles:
            tradecheck.extract_claims(t)

    def verify_text():
        for t in articles:
            r = tradecheck.verify_text(t, reference="none")
            r.claims, r.findings

    stages = dict.fromkeys(("extract", "link", "normalise", "check", "json"), 0.0)

    def staged():
        """The pipeline again, each stage timed (linking extracts first: the extract stage
        is timed on its own, and taken off the link's time)."""
        from tradecheck.extract import find_mentions

        for p in paths:
            doc = read_document(str(p))
            t0 = time.perf_counter()
            find_mentions(doc.text)
            t1 = time.perf_counter()
            claims = link(doc)
            t2 = time.perf_counter()
            normalise(claims, doc.published)
            t3 = time.perf_counter()
            findings = run_checks(doc, claims, split(doc.text), None)
            t4 = time.perf_counter()
            jsonout.dumps(Result(doc, claims, findings).to_dict())
            t5 = time.perf_counter()
            for k, dt in zip(stages, (t1 - t0, t2 - t1 - (t1 - t0), t3 - t2, t4 - t3, t5 - t4)):
                stages[k] += dt

    runs = {"pipeline": pipeline, "extract_claims": extract_claims, "verify_text": verify_text}
    for work in runs.values():  # the first pass compiles patterns and loads tables
        work()
    times: dict[str, list[float]] = {k: [] for k in runs}
    for _ in range(repeat):
        for k, work in runs.items():
            t0 = time.perf_counter()
            work()
            times[k].append(time.perf_counter() - t0)
    staged()
    out = {k: statistics.median(v) for k, v in times.items()}
    total = sum(stages.values())
    out["stages"] = {k: v / total for k, v in stages.items()}
    out["extract"] = stages["extract"]
    return out


def corpus_mode(paths: list[Path], copies: int, repeat: int, env: dict) -> dict:
    """(wall s, CPU s, peak MB) of corpus mode over `copies` copies of the articles, with 1
    and 2 workers, without and with the reference check: medians of `repeat` rounds, the
    four runs in turn in each (a run takes long enough for the machine's other work to
    come and go within it). And over a quarter of the copies, for the memory: one worker
    holds everything in one process, so its memory would grow with the files if anything
    of theirs were kept."""
    tc = [sys.executable, "-m", "tradecheck", "verify"]
    out: dict = {}
    work = Path(tempfile.mkdtemp(prefix="tradecheck-speed-"))
    try:
        few, many = work / "few", work / "many"
        few.mkdir()
        many.mkdir()
        for k in range(copies):
            for p in paths:
                shutil.copy(p, many / f"{k}-{p.name}")
                if k < max(1, copies // 4):
                    shutil.copy(p, few / f"{k}-{p.name}")
        out["docs"] = len(list(many.glob("*.txt")))
        out["few"] = len(list(few.glob("*.txt")))
        result = work / "out.jsonl"  # (appended to: removed after each run)
        runs: dict = {(jobs, reference): [] for reference in ("none", None) for jobs in (1, 2)}
        for _ in range(repeat):
            for (jobs, reference), times in runs.items():
                times.append(run_once([*tc, str(many), "-f", "json", "--jobs", str(jobs), "-o", str(result),
                                       *(["--reference", reference] if reference else [])], env))
                result.unlink()
        for key, times in runs.items():
            out[key] = (statistics.median(t[0] for t in times), statistics.median(t[1] for t in times),
                        max(t[2] for t in times))
        for jobs in (1, 2):
            out["few", jobs] = run_once([*tc, str(few), "-f", "json", "--jobs", str(jobs), "-o", str(result),
                                         "--reference", "none"], env)
            result.unlink()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return out


def cold(repeat: int, env: dict, paths: list[Path]) -> dict:
    """A one-file `verify` against the pandas import, in turn (of the shipped example, and of
    the first text among `paths` with figures in euros); then the very first run, with
    empty caches."""
    py = sys.executable
    article = str(ROOT / "data" / "examples" / "uzbekistan-turkey-2023.txt")
    verify = [py, "-m", "tradecheck", "verify", article, "--format", "json"]
    euro = next((p for p in paths if "€" in p.read_text(encoding="utf-8")), None)
    cmds = [[py, "-c", "import pandas"], verify, [*verify, "--reference", "none"]]
    if euro is not None:
        cmds.append([py, "-m", "tradecheck", "verify", str(euro), "--format", "json"])
    base, single, noref, *in_euros = walls(cmds, repeat, env)
    with tempfile.TemporaryDirectory() as empty:
        first = run_once(verify, {**env, "TRADECHECK_CACHE": empty})[0]
    return {"pandas": base, "cold": single, "cold_noref": noref, "first": first,
            "euro": (euro, in_euros[0]) if euro is not None else None}


def measure(a) -> dict[str, str]:
    paths = texts(a.texts)
    size = sum(p.stat().st_size for p in paths)
    load_before = os.getloadavg()[0]
    # Caches of its own (compiled patterns, the reference index), written by the untimed
    # runs: the user cache is shared with every other checkout and version on this machine.
    cache = tempfile.mkdtemp(prefix="tradecheck-speed-cache-")
    env = {**ENV, "TRADECHECK_CACHE": cache}
    try:
        c = cold(a.cold_repeat, env, paths)
        corpus = corpus_mode(paths, a.copies, a.corpus_repeat, env)
    finally:
        shutil.rmtree(cache, ignore_errors=True)
    t = throughput(paths, a.repeat)

    def rate(seconds: float) -> str:
        return f"{size / 1e6 / seconds:.2f} MB/s"

    docs = corpus["docs"]
    row = {
        "pipeline": f"{rate(t['pipeline'])} ({len(paths)} articles, {size / 1e3:.0f} KB, {t['pipeline']:.2f} s a pass)",
        "stages": " / ".join(f"{100 * v:.0f}%" for v in t["stages"].values()),
        "extract": f"{rate(t['extract'])} (one pass)",
        "extract_claims": f"{rate(t['extract_claims'])} ({t['extract_claims'] / t['pipeline']:.2f}x the pipeline's time)",
        "verify_text": f"{rate(t['verify_text'])} ({t['verify_text'] / t['pipeline']:.2f}x)",
        "pandas": f"{c['pandas'][0]:.2f} s ({c['pandas'][1]:.2f} s of CPU)",
        "cold": (f"{c['cold'][0]:.3f} s ({c['cold'][0] / c['pandas'][0]:.2f}x the pandas import; "
                 f"CPU {c['cold'][1]:.3f} s, {c['cold'][1] / c['pandas'][1]:.2f}x)"),
        "cold_noref": f"{c['cold_noref'][0]:.3f} s ({c['cold_noref'][0] / c['pandas'][0]:.2f}x)",
        "cold_euro": (f"{c['euro'][1][0]:.3f} s ({c['euro'][1][0] / c['pandas'][0]:.2f}x; {c['euro'][0].name})"
                      if c["euro"] else "not measured (no text in euros among the texts)"),
        "first": f"{c['first']:.2f} s (it indexes the shipped reference data and keeps its compiled patterns, once)",
    }
    for reference, suffix in (("none", ""), (None, "ref")):
        (one, cpu1, _), (two, cpu2, _) = corpus[1, reference], corpus[2, reference]
        row[f"corpus1{suffix}"] = f"{docs / one:.0f} articles/s ({docs} articles, {one:.1f} s)"
        # how many cores the machine gave the run: short of 2, other work had the rest
        row[f"corpus2{suffix}"] = (f"{docs / two:.0f} articles/s ({two:.1f} s, {one / two:.2f}x one worker; "
                                   f"{cpu2 / two:.2f} cores busy, CPU {cpu2 / cpu1:.2f}x one worker's)")
    row["memory"] = ", ".join(
        f"{n} worker{'s' if n > 1 else ''} {corpus[n, 'none'][2]:.0f} MB for {docs} articles and "
        f"{corpus['few', n][2]:.0f} MB for {corpus['few']} ({corpus[n, 'none'][2] / corpus['few', n][2]:.2f}x)"
        for n in (1, 2))
    row["machine"] = (f"{os.cpu_count()} cores, load average {load_before:.1f} before and "
                      f"{os.getloadavg()[0]:.1f} after")
    return row


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=7, help="timed passes over the articles (the median counts)")
    ap.add_argument("--texts", nargs="+", default=[str(ROOT.parent / "shared" / "corpus"),
                                                   str(ROOT.parent / "shared" / "published")],
                    help="folders of .txt articles to measure on")
    ap.add_argument("--cold-repeat", type=int, default=15,
                    help="timed runs of the one-file check and the pandas import (the median counts)")
    ap.add_argument("--copies", type=int, default=8, help="copies of the articles for the corpus-mode runs")
    ap.add_argument("--corpus-repeat", type=int, default=3, help="rounds of the corpus-mode runs (the median counts)")
    ap.add_argument("--markdown", action="store_true", help="print the table as README.md shows it")
    a = ap.parse_args()
    row = measure(a)
    if a.markdown:
        print("| what | measured | target |\n|---|---|---|")
        for key, what, target in ROWS:
            print(f"| {what} | {row[key]} | {target} |")
        return
    w = max(len(what) for _, what, _ in ROWS)
    for key, what, target in ROWS:
        print(f"{what:<{w}}  {row[key]}" + (f"  [target: {target}]" if target else ""))


if __name__ == "__main__":
    main()
