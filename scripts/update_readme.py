"""Regenerate the example output in README.md from real runs.

    python scripts/update_readme.py          # rewrite README.md in place
    python scripts/update_readme.py --check  # exit 1, naming the command, where it differs

Every fenced block of the README marked `console` holds commands after a "$ " prompt, each
followed by what it prints. This script runs each command from the root of the checkout,
as a shell would (globs, pipes), with only the shipped reference data and no colour, and
writes what it printed under it. tests/test_readme.py checks that nothing would change, so
the README shows what the code it documents does."""
from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
BLOCK = re.compile(r"^```console\n(.*?)^```$", re.M | re.S)
PROMPT = "$ "


def commands(text: str) -> list[tuple[str, str]]:
    """(command, the output shown for it) for every command of every console block."""
    found = []
    for block in BLOCK.finditer(text):
        command, shown = None, []
        for line in block.group(1).splitlines(keepends=True):
            if line.startswith(PROMPT):
                if command is not None:
                    found.append((command, "".join(shown)))
                command, shown = line[len(PROMPT):].rstrip("\n"), []
            else:
                shown.append(line)
        if command is not None:
            found.append((command, "".join(shown)))
    return found


def run(command: str) -> str:
    """What `command` prints on stdout, run from the root of the checkout by bash, with
    `tradecheck` the checkout's own, an empty reference store (the shipped data only) and
    no colour."""
    with tempfile.TemporaryDirectory() as tmp:
        bin_dir = Path(tmp) / "bin"
        bin_dir.mkdir()
        tc = bin_dir / "tradecheck"
        tc.write_text(f'#!/bin/sh\nexec {shlex.quote(sys.executable)} -m tradecheck "$@"\n')
        tc.chmod(0o755)
        env = dict(os.environ, PATH=f"{bin_dir}{os.pathsep}{os.environ['PATH']}", NO_COLOR="1",
                   TRADECHECK_STORE=str(Path(tmp) / "store"), TRADECHECK_DB=str(Path(tmp) / "tracker.sqlite"),
                   PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
        out = subprocess.run(["bash", "-c", command], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    if out.returncode not in (0, 1) or not out.stdout:
        raise RuntimeError(f"{command}: exit {out.returncode}: {out.stderr.strip()}")
    return out.stdout


def regenerated(text: str) -> str:
    def block(m: re.Match) -> str:
        body = "".join(f"{PROMPT}{cmd}\n{run(cmd)}" for cmd, _ in commands(m.group(0)))
        return f"```console\n{body}```"
    return BLOCK.sub(block, text)


def main(argv: list[str]) -> int:
    text = README.read_text(encoding="utf-8")
    if "--check" in argv:
        stale = [cmd for cmd, shown in commands(text) if run(cmd) != shown]
        for cmd in stale:
            print(f"README.md: the output of `{cmd}` is not what it prints now", file=sys.stderr)
        return 1 if stale else 0
    new = regenerated(text)
    if new != text:
        README.write_text(new, encoding="utf-8")
        print("README.md: example output regenerated")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
