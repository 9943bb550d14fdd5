"""The command line's own documentation: every command has help with examples, and every
example runs as written from the root of the checkout; shell completion for bash, zsh and
fish completes commands, formats and check ids; `explain` prints the catalogue's words."""
from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import typer

from tradecheck.check.catalogue import CHECKS
from tradecheck.cli import app

ROOT = Path(__file__).resolve().parents[1]
# Examples that cannot run in a test, and why: each is still parsed as a command line
NOT_RUN = {
    "serve": "it serves until stopped",
    "reference fetch": "it needs the network and a UN Comtrade key",
    "completion": "it writes into the user's shell configuration",
}


def commands(group, path: tuple[str, ...] = ()):
    """(name, command) of every command under a click group, "reference list" and all."""
    for name, cmd in group.commands.items():
        if hasattr(cmd, "commands"):  # a group (typer carries its own copy of click)
            yield from commands(cmd, path + (name,))
        else:
            yield " ".join(path + (name,)), cmd


ROOT_COMMAND = typer.main.get_command(app)
COMMANDS = dict(commands(ROOT_COMMAND))


def examples(help_text: str) -> list[str]:
    """The command lines under "Example:"/"Examples:" in a help text."""
    found, inside = [], False
    for line in help_text.splitlines():
        if line.strip() in ("Example:", "Examples:"):
            inside = True
        elif inside and line.startswith("  ") and line.strip():
            found.append(line.strip())
        else:
            inside = False
    return found


ALL_EXAMPLES = [(name, ex) for name, cmd in COMMANDS.items() for ex in examples(cmd.help or "")]
ALL_EXAMPLES += [("", ex) for ex in examples(ROOT_COMMAND.help or "")]


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_has_help_and_an_example(name):
    cmd = COMMANDS[name]
    assert cmd.help and len(cmd.help.split()) > 5, name
    own = examples(cmd.help)
    assert own, f"tradecheck {name} --help shows no example"
    assert all(e.startswith(f"tradecheck {name}") for e in own), own


@pytest.fixture(scope="module")
def workdir(tmp_path_factory):
    """A folder like the checkout's root (its data/ beside whatever the examples write),
    with a tracker and a reference store of its own, and `tradecheck` on PATH."""
    d = tmp_path_factory.mktemp("examples")
    (d / "data").symlink_to(ROOT / "data")
    bin_dir = d / "bin"
    bin_dir.mkdir()
    tc = bin_dir / "tradecheck"
    tc.write_text(f'#!/bin/sh\nexec {shlex.quote(sys.executable)} -m tradecheck "$@"\n')
    tc.chmod(0o755)
    env = dict(os.environ, PATH=f"{bin_dir}{os.pathsep}{os.environ['PATH']}", TRADECHECK_DB=str(d / "tracker.sqlite"),
               TRADECHECK_STORE=str(d / "store"), PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
               NO_COLOR="1")
    # the tracker's examples read what `track add` stored
    subprocess.run(["tradecheck", "track", "add", "data/examples/uzbekistan-turkey-2023.txt",
                    "data/examples/uzbekistan-turkey-2023-ankara.txt"], cwd=d, env=env, check=True, capture_output=True)
    return d, env


@pytest.mark.parametrize("name, example", ALL_EXAMPLES, ids=[e for _, e in ALL_EXAMPLES])
def test_every_example_in_the_help_runs_as_written(workdir, name, example):
    d, env = workdir
    if name in NOT_RUN:
        # parsed as the command line would be, not run
        args = shlex.split(example.split(">")[0])[1:]
        ROOT_COMMAND.make_context("tradecheck", args, resilient_parsing=False)
        return
    r = subprocess.run(["bash", "-c", example], cwd=d, env=env, capture_output=True, text=True, timeout=300)
    assert r.returncode in (0, 1), (example, r.returncode, r.stderr)  # 1: the example shows a failing finding
    assert "Traceback" not in r.stderr and "Error" not in r.stderr, r.stderr
    assert r.stdout.strip(), example


def test_the_help_names_commands_as_typed_also_under_python_m():
    r = subprocess.run([sys.executable, "-m", "tradecheck", "verify", "--help"], capture_output=True, text=True,
                       cwd=ROOT)
    assert r.stdout.startswith("Usage: tradecheck verify ")


def test_examples_are_not_rewrapped_so_each_stays_one_line_to_copy():
    r = subprocess.run([sys.executable, "-m", "tradecheck", "--help"], capture_output=True, text=True, cwd=ROOT,
                       env=dict(os.environ, COLUMNS="60"))
    assert "    cat data/examples/uzbekistan-turkey-2023-draft.md | tradecheck verify - --published 2024-02-12\n" in r.stdout


def complete(shell: str, words: str) -> list[str]:
    """What the completion script of `shell` receives for the command line `words` typed
    so far: the same environment variables each shell's script sets."""
    env = dict(os.environ, _TRADECHECK_COMPLETE=f"complete_{shell}")
    if shell == "bash":
        parts = words.split(" ")
        env.update(COMP_WORDS=words, COMP_CWORD=str(len(parts) - 1))
    else:
        env.update(_TYPER_COMPLETE_ARGS=words)
        if shell == "fish":
            env["_TYPER_COMPLETE_FISH_ACTION"] = "get-args"
    r = subprocess.run([sys.executable, "-m", "tradecheck"], env=env, capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    return re.findall(r"[a-z_]+", r.stdout)


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
@pytest.mark.parametrize("words, expected", [
    ("tradecheck ver", {"verify"}),
    ("tradecheck verify --format j", {"json", "junit"}),
    ("tradecheck explain s", {"sum", "suppression"}),
    ("tradecheck verify --disable re", {"record", "reference"}),
    ("tradecheck reference list --format j", {"json"}),
])
def test_shell_completion_completes_commands_choices_and_check_ids(shell, words, expected):
    got = set(complete(shell, words))
    assert expected <= got, got
    if words.endswith("j") and "reference" in words:
        assert "junit" not in got  # a format the command does not support is not offered


@pytest.mark.parametrize("shell, marker", [("bash", "complete -o default -F _tradecheck_completion tradecheck"),
                                           ("zsh", "#compdef tradecheck"),
                                           ("fish", "complete --command tradecheck")])
def test_completion_prints_the_script_for_each_shell(shell, marker):
    r = subprocess.run([sys.executable, "-m", "tradecheck", "completion", shell], capture_output=True, text=True,
                       cwd=ROOT)
    assert r.returncode == 0 and marker in r.stdout and "_TRADECHECK_COMPLETE" in r.stdout


def test_the_bash_script_completes_in_bash(workdir):
    d, env = workdir
    script = ('source <(tradecheck completion bash); COMP_WORDS=(tradecheck explain du); COMP_CWORD=2; '
              '_tradecheck_completion tradecheck; echo "${COMPREPLY[@]}"')
    r = subprocess.run(["bash", "-c", script], cwd=d, env=env, capture_output=True, text=True, timeout=60)
    assert r.stdout.split() == ["duplicate"], (r.stdout, r.stderr)


@pytest.mark.parametrize("check", list(CHECKS))
def test_explain_prints_the_catalogue_entry_and_its_example(check):
    r = subprocess.run([sys.executable, "-m", "tradecheck", "explain", check], capture_output=True, text=True, cwd=ROOT)
    c = CHECKS[check]
    assert r.returncode == 0
    assert r.stdout.startswith(f"{check}: {c.title}\n")
    assert " ".join(c.description.split()) in " ".join(r.stdout.split())
    assert f"{check}: {c.example.message}" in r.stdout
    if c.example.suggestion:
        assert f'suggestion: "{c.example.suggestion[0]}" -> "{c.example.suggestion[1]}"' in r.stdout


def test_explain_list_names_every_check_once():
    r = subprocess.run([sys.executable, "-m", "tradecheck", "explain", "--list"], capture_output=True, text=True, cwd=ROOT)
    assert [line.split()[0] for line in r.stdout.splitlines()] == list(CHECKS)
