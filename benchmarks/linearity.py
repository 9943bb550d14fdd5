"""Linearity: time and peak memory of `tradecheck verify` as an article grows.

    python benchmarks/linearity.py                      # the shipped example, 128 KB .. 4 MB
    python benchmarks/linearity.py --inputs all         # also a draft with errors, one line, distinct articles
    python benchmarks/linearity.py --sizes 131072,262144 --nasty

Each input is built by repeating a text to each size and checked by the command line, as
a user runs it (`tradecheck verify FILE --reference none -f json`), in its own process:
wall time and peak resident memory per size, then each time's ratio to the smallest size
beside the ratio of the sizes. "x linear" is the one divided by the other: 1.0 is linear,
and the target is at most 1.5. With `--nasty`, the degenerate texts of tests/test_linear.py
are timed at their size and at twice it, in this process.

The tests hold the same property by counting work (tests/test_linear.py); the seconds are
here because they depend on the machine and on what else it runs.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SIZES = (131_072, 262_144, 524_288, 1_048_576, 4_194_304)


def _repeat(text: str, size: int) -> str:
    return (text * (size // len(text) + 1))[:size]


def _example(name: str) -> str:
    return (ROOT / "data" / "examples" / name).read_text(encoding="utf-8")


INPUTS = {
    "example": ("the shipped example, repeated", lambda: _example("uzbekistan-turkey-2023.txt"), ".txt"),
    "one-line": ("the example on one line, repeated",
                 lambda: _example("uzbekistan-turkey-2023.txt").replace("\n", " "), ".txt"),
    "draft": ("a Markdown draft with errors, repeated", lambda: _example("uzbekistan-turkey-2023-draft.md"), ".md"),
    "articles": ("the test articles, one after another, repeated",
                 lambda: "\n\n".join(p.read_text(encoding="utf-8")
                                     for p in sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.txt"))), ".txt"),
}


def run(path: Path) -> tuple[float, float, int]:
    """Wall seconds, peak resident MB and exit status of one `verify` of `path`."""
    cmd = [sys.executable, "-m", "tradecheck", "verify", str(path), "--reference", "none", "-f", "json"]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    took = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    return took, usage.ru_maxrss / 1024, proc.returncode


def table(name: str, sizes: list[int], folder: Path) -> None:
    title, make, suffix = INPUTS[name]
    text = make()
    print(f"\n{title}\n")
    print("| size | time (s) | peak memory (MB) | time ratio | size ratio | x linear |")
    print("|---:|---:|---:|---:|---:|---:|")
    first = None
    for size in sizes:
        path = folder / f"{name}-{size}{suffix}"
        path.write_text(_repeat(text, size), encoding="utf-8")
        took, peak, status = run(path)
        if status not in (0, 1):
            print(f"| {size // 1024} KB | failed with exit status {status} | | | | |")
            continue
        first = first or (size, took)
        tr, sr = took / first[1], size / first[0]
        print(f"| {size // 1024} KB | {took:.2f} | {peak:.0f} | {tr:.1f} | {sr:.0f} | {tr / sr:.2f} |", flush=True)
        path.unlink()


def nasty() -> None:
    import importlib.util

    import tradecheck

    spec = importlib.util.spec_from_file_location("test_linear", ROOT / "tests" / "test_linear.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    print("\ndegenerate texts, checked in this process (best of 3)\n")
    print("| text | chars | time (s) | twice the text (s) | ratio |")
    print("|---|---:|---:|---:|---:|")
    tradecheck.verify_text("warm up: exports were $5bn in 2023.", reference="none")

    def best(text):
        out = float("inf")
        for _ in range(3):
            t0 = time.perf_counter()
            tradecheck.verify_text(text, reference="none")
            out = min(out, time.perf_counter() - t0)
        return out

    for name, make in mod.INPUTS.items():
        text = make()
        one, two = best(text), best(text + "\n\n" + text)
        print(f"| {name} | {len(text)} | {one:.3f} | {two:.3f} | {two / one:.2f} |", flush=True)

    from tradecheck.markup import plain

    spec = importlib.util.spec_from_file_location("test_markup", ROOT / "tests" / "test_markup.py")
    markup = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(markup)
    print("\nMarkdown and HTML read (best of 3), the tests' texts at ten times their size\n")
    print("| kind | text | chars | time (s) | twice the text (s) | ratio |")
    print("|---|---|---:|---:|---:|---:|")

    def read(text, kind):
        out = float("inf")
        for _ in range(3):
            t0 = time.perf_counter()
            plain(text, kind)
            out = min(out, time.perf_counter() - t0)
        return out

    for kind, texts in (("markdown", markup.NASTY), ("html", markup.HTML)):
        for name, text in texts.items():
            text = text * 10
            one, two = read(text, kind), read(text + "\n\n" + text, kind)
            print(f"| {kind} | {name} | {len(text)} | {one:.3f} | {two:.3f} | {two / one:.2f} |", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--inputs", default="example", help=f"comma-separated: {', '.join(INPUTS)}, or all")
    ap.add_argument("--sizes", default=",".join(map(str, SIZES)), help="bytes, comma-separated")
    ap.add_argument("--nasty", action="store_true", help="also time the degenerate texts of the tests")
    a = ap.parse_args()
    names = list(INPUTS) if a.inputs == "all" else a.inputs.split(",")
    sizes = [int(s) for s in a.sizes.split(",")]
    with tempfile.TemporaryDirectory() as folder:
        for name in names:
            table(name, sizes, Path(folder))
    if a.nasty:
        nasty()


if __name__ == "__main__":
    main()
