"""Every mistake a user can make on the command line ends in one line on stderr and exit
status 2: never a traceback, never an "internal error", never a hang. The table walks the
cases an independent probe of the tool found (issue 15, finding 8, and the FIFO and --jobs
of finding 5), each set up for real: folders, databases, configuration files, a full disk
(a limit on file sizes stands in for it), a named pipe nothing writes to."""
from __future__ import annotations

import os
import resource
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

GOOD = "Serbia's trade with China rose 20% in 2023 to $6.3bn, compared with $5.25bn in 2022.\n"
ROOT = os.name == "posix" and os.geteuid() == 0  # permissions do not bind root


def article(tmp: Path, name: str = "a.txt") -> str:
    p = tmp / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(GOOD)
    return str(p)


def config(tmp: Path, content: bytes) -> str:
    (tmp / "proj").mkdir()
    (tmp / "proj" / "pyproject.toml").write_bytes(content)
    return article(tmp / "proj")


def database(tmp: Path, sql: str) -> str:
    con = sqlite3.connect(tmp / "other.sqlite")
    con.executescript(sql)
    con.close()
    return str(tmp / "other.sqlite")


def fifo(tmp: Path) -> str:
    os.mkfifo(tmp / "pipe.txt")
    return str(tmp / "pipe.txt")


def locked(tmp: Path) -> str:
    path = article(tmp / "locked")
    (tmp / "locked").chmod(0)
    return path


def deep(tmp: Path) -> str:
    (tmp / "baseline.json").write_text("[" * 100_000 + "]" * 100_000)
    return str(tmp / "baseline.json")


# (what, arguments built in a temporary folder, words the message must hold, needs: "user" or a file-size limit)
CASES = [
    ("-o names a folder", lambda t: ["verify", article(t), "-o", str(t)], "is a folder", None),
    ("-o in a missing folder", lambda t: ["verify", article(t), "-o", str(t / "no" / "out.jsonl")], "no such folder", None),
    ("--update-baseline into a missing folder",
     lambda t: ["verify", article(t), "--baseline", str(t / "no" / "b.json"), "--update-baseline"], "no such folder", None),
    ("--resume on foreign JSON",
     lambda t: ["verify", article(t), "-o", str((t / "x.jsonl").write_text('{"a": 1}\n') and t / "x.jsonl"), "--resume"],
     "not tradecheck's output", None),
    ("--db under a parent that is a file",
     lambda t: ["track", "add", article(t), "--db", str(Path(article(t, "f.txt")) / "t.sqlite"), "--reference", "none"],
     "folder", None),
    ("--db under an unwritable parent",
     lambda t: ["track", "add", article(t), "--db", str((t / "ro").mkdir(mode=0o500) or t / "ro" / "t.sqlite"),
                "--reference", "none"], "t.sqlite", "user"),
    ("a file inside a folder that cannot be entered", lambda t: ["verify", locked(t)], "cannot read", "user"),
    ("plot -o into a missing folder", lambda t: ["plot", "--article", article(t), "-o", str(t / "no" / "x.png")],
     "no such folder", None),
    ("a full disk under track add",
     lambda t: ["track", "add", article(t), "--db", str(t / "t.sqlite"), "--reference", "none"], "disk", 20_000),
    ("import into a full store",
     lambda t: ["reference", "import", "canonical", str(Path(__file__).parent / "fixtures" / "reference" / "canonical_ok.csv"),
                "--store", str(t / "store")], "the store is as it was", 2_000),
    ("import into a read-only store",
     lambda t: ["reference", "import", "canonical", str(Path(__file__).parent / "fixtures" / "reference" / "canonical_ok.csv"),
                "--store", str((t / "store").mkdir(mode=0o500) or t / "store")], "the store is as it was", "user"),
    ("--published 2023-W01-1", lambda t: ["verify", article(t), "--published", "2023-W01-1"], "YYYY-MM-DD", None),
    ("--max-bytes 10^24", lambda t: ["verify", article(t), "--max-bytes", str(10 ** 24)], "--max-bytes", None),
    ("config tool = 5", lambda t: ["verify", config(t, b"tool = 5\n")], "[tool] must be a table", None),
    ("a pyproject.toml that is not UTF-8",
     lambda t: ["verify", config(t, b'[tool.tradecheck]\nfail-on = "error"\n# \xff\xfe\n')], "not valid TOML", None),
    ("config reference = nosuch.csv",
     lambda t: ["verify", config(t, b'[tool.tradecheck]\nreference = "nosuch.csv"\n')], "no such file", None),
    ("a baseline nested 100,000 deep", lambda t: ["verify", article(t), "--baseline", deep(t)], "nested too deeply", None),
    ("a schema_version that is no number",
     lambda t: ["track", "list", "--db", database(t, "CREATE TABLE meta (key TEXT, value TEXT); "
                                                      "INSERT INTO meta VALUES ('schema_version', 'x');")],
     "not a tradecheck tracker", None),
    ("an unrelated SQLite file as --db",
     lambda t: ["track", "add", article(t), "--reference", "none", "--db", database(t, "CREATE TABLE users (n TEXT);")],
     "not a tradecheck tracker", None),
    ("reference show --flow bogus", lambda t: ["reference", "show", "BLR", "IRN", "--flow", "bogus"], "--flow bogus", None),
    ("track show --measure bogus",
     lambda t: ["track", "show", "BLR", "IRN", "--measure", "bogus", "--db", str(t / "t.sqlite")], "--measure bogus", None),
    ("plot --measure bogus", lambda t: ["plot", "BLR", "IRN", "--measure", "bogus", "-o", str(t / "x.png")],
     "--measure bogus", None),
    ("--jobs 100000", lambda t: ["verify", article(t), article(t, "b.txt"), "--jobs", "100000"], "--jobs", None),
    ("--jobs 0", lambda t: ["verify", article(t), "--jobs", "0"], "--jobs", None),
    ("an unknown option", lambda t: ["verify", article(t), "--frobnicate"], "--frobnicate", None),
    ("a named pipe nothing writes to", lambda t: ["verify", fifo(t)], "named pipe", None),
]


@pytest.mark.parametrize("what, make, words, needs", CASES, ids=[c[0] for c in CASES])
def test_a_user_error_is_one_line_and_exit_2(tmp_path, what, make, words, needs):
    if needs == "user" and ROOT:
        pytest.skip("file permissions do not bind root")
    args = make(tmp_path)
    limit = needs if isinstance(needs, int) else None

    def small_files():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    # (no bytecode written: under the file-size limit Python could leave a module's compiled
    # file cut short in the checkout, which every later import of it would then fail on)
    env = dict(os.environ, TRADECHECK_PIPE_WAIT="1", TRADECHECK_STORE=str(tmp_path / "default-store"),
               PYTHONDONTWRITEBYTECODE="1")
    try:
        r = subprocess.run([sys.executable, "-m", "tradecheck", *args], capture_output=True, text=True, env=env,
                           timeout=120, preexec_fn=small_files if limit else None)
    finally:
        for p in tmp_path.rglob("*"):  # let pytest clean up what was locked
            if p.is_dir():
                p.chmod(0o700)
    err = r.stderr.strip()
    assert r.returncode == 2, (r.returncode, err)
    assert len(err.splitlines()) == 1 and "Traceback" not in err and "internal error" not in err, err
    assert words in err, err


# Point by point, what the command line refuses rather than quietly doing nothing: each a
# one-line error naming the valid choices, exit 2 (issue 16).
REFUSALS = [
    ("an unknown reference source", lambda t: ["verify", article(t), "--reference", "bogus"],
     ["'bogus'", "IMF DOTS", "published", "none"]),
    ("an unknown reference source under track add",
     lambda t: ["track", "add", article(t), "--reference", "bogus", "--db", str(t / "t.sqlite")], ["'bogus'", "IMF DOTS"]),
    ("plot of two codes that are no countries", lambda t: ["plot", "XXX", "YYY", "-o", str(t / "x.png")],
     ["XXX", "ISO 3166 alpha-3"]),
    ("reference show of an unknown country", lambda t: ["reference", "show", "BLR", "ZZZ"], ["ZZZ", "alpha-3"]),
    ("track show of an unknown country", lambda t: ["track", "show", "QQQ", "IRN", "--db", str(t / "t.sqlite")],
     ["QQQ", "alpha-3"]),
    ("plot of a pair with nothing to plot", lambda t: ["plot", "PRK", "VAT", "-o", str(t / "x.png"), "--db", str(t / "t.sqlite")],
     ["nothing to plot for PRK-VAT"]),
    ("plot --article of a text without trade figures",
     lambda t: ["plot", "--article", str((t / "n.txt").write_text("Nothing here.\n") and t / "n.txt"), "-o", str(t / "x.png")],
     ["no trade claims"]),
    ("reference list --format junit", lambda t: ["reference", "list", "--format", "junit"], ["'junit'", "'table', 'json', 'csv'"]),
    ("extract --format sarif", lambda t: ["extract", article(t), "--format", "sarif"], ["'sarif'", "'csv'"]),
    ("track list --format markdown", lambda t: ["track", "list", "--format", "markdown", "--db", str(t / "t.sqlite")],
     ["'markdown'", "'table', 'json', 'csv'"]),
    ("checks --format github", lambda t: ["checks", "--format", "github"], ["'github'", "'markdown'"]),
    ("an unknown reference source in the configuration",
     lambda t: ["verify", config(t, b'[tool.tradecheck]\nreference = "bogus"\n')], ["'bogus'", "pyproject.toml", "IMF DOTS"]),
    ("verify --color sometimes", lambda t: ["verify", article(t), "--color", "sometimes"], ["'auto', 'always', 'never'"]),
    ("explain of a check there is not", lambda t: ["explain", "ratios"], ["'ratios'", "percent_change"]),
]


@pytest.mark.parametrize("what, make, words", REFUSALS, ids=[c[0] for c in REFUSALS])
def test_a_choice_that_is_not_there_is_refused_naming_the_choices(tmp_path, what, make, words):
    env = dict(os.environ, TRADECHECK_STORE=str(tmp_path / "default-store"))
    r = subprocess.run([sys.executable, "-m", "tradecheck", *make(tmp_path)], capture_output=True, text=True, env=env,
                       timeout=120)
    err = r.stderr.strip()
    assert r.returncode == 2, (r.returncode, err)
    assert len(err.splitlines()) == 1 and "Traceback" not in err, err
    # a document that cannot be checked is named in the report too; nothing else is printed
    assert r.stdout in ("", f"{err.removeprefix('tradecheck: ')}\n"), r.stdout
    for w in words:
        assert w in err, err
    assert not (tmp_path / "x.png").exists()
