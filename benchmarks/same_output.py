"""Same output: does a change leave what tradecheck prints untouched, byte for byte?

    python benchmarks/same_output.py --base /path/to/main --out /tmp/same
    python benchmarks/same_output.py --base-commit main --out /tmp/same     # a commit's tree

Runs `tradecheck verify FILE --format json --reference all` and `tradecheck extract FILE
--format json` on every .txt and .md of the text folders (by default ../shared/corpus and
../shared/published), once with the code of `--base` and once with this checkout's, and
compares standard output, standard error and exit status of every run. Speed work must keep
them identical; a finding that moves is a change of behaviour, however small.

Corpus mode too: `tradecheck verify FOLDER --format json --reference all --jobs 2` on each
folder, its JSON Lines and its messages (the seconds of the closing summary line aside).

And the Python API: the DataFrames of `verify_text(text)` (claims, findings, and the
finding_claims join where the API has it) and of `extract_claims(text)` for every text,
equal in values, dtypes and None against NaN.

Each side runs in its own process per file, as a user runs it, with a cache folder of its
own (compiled patterns, the reference index) kept under --out, so that only the first run
pays for building them. The base's outputs are kept too and reused while its code is the
same (`--base-commit` names a commit; a folder is reused as long as --out holds its run)."""
from __future__ import annotations

import argparse
import concurrent.futures as cf
import os
import re
import subprocess
import sys
import tarfile
import io
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COMMANDS = {
    "verify": ["verify", "--format", "json", "--reference", "all"],
    "extract": ["extract", "--format", "json"],
}
CORPUS_MODE = ["--format", "json", "--reference", "all", "--jobs", "2"]


def texts(folders: list[str]) -> list[Path]:
    return [p.resolve() for f in folders for p in sorted(Path(f).iterdir()) if p.suffix in (".txt", ".md")]


def run_side(code: Path, paths: list[Path], out: Path, jobs: int) -> None:
    """Every command on every file with the tradecheck of `code`; stdout, stderr and the
    exit status of each in `out`."""
    cache = out / "cache"
    cache.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "PYTHONPATH": str(code), "TRADECHECK_CACHE": str(cache)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)

    def one(job):
        name, args, path = job
        cmd = [sys.executable, "-m", "tradecheck", args[0], str(path), *args[1:]]
        # from a folder of neither checkout: nothing found beside the working directory differs
        p = subprocess.run(cmd, capture_output=True, env=env, cwd=out)
        stem = out / f"{path.parent.name}--{path.name}.{name}"
        stem.with_suffix(stem.suffix + ".out").write_bytes(p.stdout)
        stem.with_suffix(stem.suffix + ".err").write_bytes(p.stderr)
        stem.with_suffix(stem.suffix + ".rc").write_text(f"{p.returncode}\n")

    # one untimed run first, alone: it builds the cache that the parallel runs then share
    first = ("verify", COMMANDS["verify"], paths[0])
    one(first)
    jobs_list = [(n, a, p) for p in paths for n, a in COMMANDS.items()]
    with cf.ThreadPoolExecutor(jobs) as pool:
        list(pool.map(one, jobs_list))
    for folder in sorted({p.parent for p in paths}):
        cmd = [sys.executable, "-m", "tradecheck", "verify", str(folder), *CORPUS_MODE]
        p = subprocess.run(cmd, capture_output=True, env=env, cwd=out)
        stem = out / f"{folder.name}--corpus-mode"
        stem.with_suffix(".out").write_bytes(p.stdout)
        stem.with_suffix(".err").write_bytes(re.sub(rb" in [0-9.]+ s\n", b" in (seconds) s\n", p.stderr))
        stem.with_suffix(".rc").write_text(f"{p.returncode}\n")


# Run with each side's code: every text's frames from the API, pickled.
_FRAMES = """
import pickle, sys
import tradecheck
out = []
for path in sys.argv[2:]:
    text = open(path, encoding="utf-8").read()
    r = tradecheck.verify_text(text)
    joins = [r.finding_claims] if hasattr(type(r), "finding_claims") else []  # (where the API has it)
    out.append((path, r.claims, r.findings, tradecheck.extract_claims(text), *joins))
with open(sys.argv[1], "wb") as f:
    pickle.dump(out, f)
"""


def api_frames(code: Path, paths: list[Path], out: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(code), "TRADECHECK_CACHE": str(out / "cache")}
    subprocess.run([sys.executable, "-c", _FRAMES, str(out / "frames.pickle"), *map(str, paths)], env=env,
                   cwd=out, check=True)


def compare_frames(a: Path, b: Path) -> tuple[list[str], int]:
    """Where the API's frames differ (values, dtypes, or None where the other has NaN), and
    how many were compared."""
    import pickle

    from pandas.testing import assert_frame_equal

    with open(a / "frames.pickle", "rb") as f, open(b / "frames.pickle", "rb") as g:
        mine, theirs = pickle.load(f), pickle.load(g)
    differ, compared = [], 0
    for (path, *x), (_, *y) in zip(mine, theirs):
        if len(x) != len(y):
            differ.append(f"{Path(path).name}: another set of frames")
        for what, p, q in zip(("claims", "findings", "extract_claims", "finding_claims"), x, y):
            compared += 1
            try:
                assert_frame_equal(p, q, check_exact=True)
                assert [repr(d) for d in p.dtypes] == [repr(d) for d in q.dtypes]
                assert p.map(repr).equals(q.map(repr)) and type(p.index) is type(q.index)
            except AssertionError:
                differ.append(f"{Path(path).name}: {what} frame")
    return (differ if len(mine) == len(theirs) else [*differ, "a different number of texts"]), compared


def export(commit: str, dest: Path) -> Path:
    """The tree of `commit` (of this repository) in `dest`, without touching any worktree."""
    sha = subprocess.run(["git", "-C", str(ROOT), "rev-parse", commit], capture_output=True, text=True,
                         check=True).stdout.strip()
    tree = dest / f"tree-{sha[:12]}"
    if not tree.exists():
        # the package and the data it reads from the checkout (vocabulary, shipped reference data)
        tar = subprocess.run(["git", "-C", str(ROOT), "archive", sha, "tradecheck", "data"], capture_output=True,
                             check=True).stdout
        with tarfile.open(fileobj=io.BytesIO(tar)) as t:
            t.extractall(tree, filter="data")
    return tree


def compare(a: Path, b: Path) -> list[str]:
    names = sorted({p.name for p in a.glob("*--*")} | {p.name for p in b.glob("*--*")})
    return [n for n in names if not (a / n).exists() or not (b / n).exists()
            or (a / n).read_bytes() != (b / n).read_bytes()]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    where = ap.add_mutually_exclusive_group(required=True)
    where.add_argument("--base", help="a checkout whose tradecheck/ is the behaviour to keep")
    where.add_argument("--base-commit", help="a commit of this repository whose behaviour to keep")
    ap.add_argument("--new", default=str(ROOT), help="the checkout to compare (default: this one)")
    ap.add_argument("--out", required=True, help="folder for both sides' outputs and caches")
    ap.add_argument("--texts", nargs="+", default=[str(ROOT.parent / "shared" / "corpus"),
                                                   str(ROOT.parent / "shared" / "published")])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--fresh", action="store_true", help="run the base again even if its outputs are kept")
    a = ap.parse_args()
    out = Path(a.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    paths = texts(a.texts)
    base = export(a.base_commit, out) if a.base_commit else Path(a.base).resolve()
    base_out = out / f"base-{base.name}"
    if a.fresh or not (base_out / "done").exists():
        run_side(base, paths, base_out, a.jobs)
        api_frames(base, paths, base_out)
        (base_out / "done").write_text("")
    new_out = out / "new"
    for p in new_out.glob("*--*"):
        p.unlink()
    run_side(Path(a.new).resolve(), paths, new_out, a.jobs)
    api_frames(Path(a.new).resolve(), paths, new_out)
    frames_differ, frames = compare_frames(base_out, new_out)
    differ = compare(base_out, new_out) + frames_differ
    folders = len({p.parent for p in paths})
    runs = len(paths) * len(COMMANDS) + folders
    what = (f"{runs} runs: {len(COMMANDS)} commands on each of {len(paths)} files, corpus mode on {folders} folders; "
            f"{frames} DataFrames of the API")
    if differ:
        print(f"DIFFERENT: {len(differ)} of {runs * 3 + frames} outputs ({what})")
        for n in differ[:40]:
            print(f"  {n}: diff {base_out / n} {new_out / n}")
        return 1
    print(f"IDENTICAL: stdout, stderr and exit status of {what} (base {base}, new {Path(a.new).resolve()})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
