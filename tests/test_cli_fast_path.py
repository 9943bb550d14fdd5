"""A plain `tradecheck verify` runs without typer (tradecheck/clirun.py); every command
line must print what typer's path prints. `--color auto` (the default) is an option the
fast path leaves to typer, so adding it forces typer's path on the same command."""
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = str(ROOT / "data" / "examples" / "uzbekistan-turkey-2023.txt")
DRAFT = str(ROOT / "data" / "examples" / "uzbekistan-turkey-2023-draft.md")


def tradecheck(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "tradecheck", *args], capture_output=True, text=True, env=env, cwd=ROOT)


@pytest.mark.parametrize("args", [
    ("verify", EXAMPLE),
    ("verify", EXAMPLE, "-f", "json", "--reference", "none"),
    ("verify", EXAMPLE, DRAFT, "--format", "github"),
    ("verify", "no-such-file.txt"),
    ("verify", EXAMPLE, "--reference", "no-such-source"),
    ("verify", EXAMPLE, "--format", "yaml"),
])
def test_fast_path_prints_what_typer_prints(args):
    fast, typer = tradecheck(*args), tradecheck(*args, "--color", "auto")
    assert (fast.returncode, fast.stdout) == (typer.returncode, typer.stdout)
    assert _timeless(fast.stderr) == _timeless(typer.stderr)


def _timeless(messages: str) -> str:
    return re.sub(r"in [0-9.]+ s\b", "in N s", messages)  # (the closing summary's seconds)


def test_fast_path_writes_the_output_file_as_typer_does(tmp_path):
    for name, extra in (("fast.jsonl", ()), ("typer.jsonl", ("--color", "auto"))):
        r = tradecheck("verify", EXAMPLE, DRAFT, "-f", "json", "-o", str(tmp_path / name), *extra)
        assert r.returncode in (0, 1)
    fast, typer = (tmp_path / "fast.jsonl").read_text(), (tmp_path / "typer.jsonl").read_text()
    assert fast == typer and fast.count("\n") == 2


def test_a_plain_verify_does_not_load_typer():
    code = ("import atexit, sys\n"
            "atexit.register(lambda: print('typer loaded:', 'typer' in sys.modules, file=sys.stderr))\n"
            f"sys.argv = ['tradecheck', 'verify', {EXAMPLE!r}, '-f', 'json', '--reference', 'none']\n"
            "from tradecheck.__main__ import run\n"
            "run()\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT)
    assert r.returncode in (0, 1) and "typer loaded: False" in r.stderr
