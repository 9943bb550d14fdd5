"""The README shows what the code it documents prints: every command of its `console`
blocks is run again and must print exactly the output shown under it
(`python scripts/update_readme.py` rewrites them)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("update_readme", ROOT / "scripts" / "update_readme.py")
update_readme = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(update_readme)

SHOWN = update_readme.commands((ROOT / "README.md").read_text(encoding="utf-8"))


def test_the_readme_shows_the_commands_a_reader_starts_with():
    commands = [c for c, _ in SHOWN]
    assert commands[0] == "tradecheck verify data/examples/uzbekistan-turkey-2023-draft.md"
    assert "tradecheck verify data/examples/*" in commands
    assert all(shown.strip() for _, shown in SHOWN)


@pytest.mark.parametrize("command, shown", SHOWN, ids=[c for c, _ in SHOWN])
def test_each_command_prints_what_the_readme_shows(command, shown):
    assert update_readme.run(command) == shown, f"run python scripts/update_readme.py after changing `{command}`"


def test_a_block_is_read_as_commands_and_their_output():
    text = "x\n```console\n$ tradecheck a\none\ntwo\n$ tradecheck b\nthree\n```\n```sh\n$ not this\n```\n"
    assert update_readme.commands(text) == [("tradecheck a", "one\ntwo\n"), ("tradecheck b", "three\n")]
