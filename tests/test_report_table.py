"""The terminal report as an editor reads it: claims and findings counted apart, every
check that ran named, each finding quoting its sentence with the figures marked and saying
where it is, the figures without reference data folded into one line, `--quiet` showing
only what fails, colour only where it is wanted, and project files left out of folders."""
from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tradecheck.cli import Color, app, use_color

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "data" / "examples"
DRAFT = str(EXAMPLES / "uzbekistan-turkey-2023-draft.md")
CONSISTENT = str(EXAMPLES / "uzbekistan-turkey-2023.txt")
ESCAPE = "\033["
runner = CliRunner()


def tc(*args: str, env: dict | None = None):
    return runner.invoke(app, list(args), env=env)


def test_the_summary_counts_claims_and_findings_apart_by_status():
    data = json.loads(tc("verify", DRAFT, "--format", "json").stdout)
    s = data["summary"]
    out = tc("verify", DRAFT).stdout
    assert out.rstrip().splitlines()[-1] == (
        f"{s['claims']} claims; {len(data['findings'])} findings: {s['consistent']} consistent, "
        f"{s['inconsistent']} inconsistent, {s['unverifiable']} unverifiable")
    assert out.rstrip().endswith("7 claims; 11 findings: 3 consistent, 2 inconsistent, 6 unverifiable")


def test_every_check_that_ran_is_named_passing_or_not():
    line = next(x for x in tc("verify", DRAFT).stdout.splitlines() if x.startswith("Checks: "))
    assert line == ("Checks: percent_change 1 inconsistent; sum 1 inconsistent, 1 consistent; "
                    "reference 2 consistent, 6 unverifiable; nothing to compare for ratio, bound, duplicate, record")
    # a check left out or a reference not consulted did not run, and is not named
    line = next(x for x in tc("verify", DRAFT, "--reference", "none", "--disable", "record").stdout.splitlines()
                if x.startswith("Checks: "))
    assert "reference" not in line and "record" not in line and "ratio" in line


def test_a_passing_finding_is_listed_beside_the_failing_ones():
    out = tc("verify", DRAFT).stdout
    assert re.search(r"^  FAIL f1 \[sum\] ", out, re.M)
    assert re.search(r"^  ok   f3 \[sum\] .*exports \$1\.3bn \+ imports \$2\.1bn = \$3\.4bn", out, re.M)


def test_a_finding_quotes_its_sentence_with_the_figures_in_brackets_and_says_where_it_is():
    data = json.loads(tc("verify", DRAFT, "--format", "json").stdout)
    f1 = next(f for f in data["findings"] if f["id"] == "f1")
    lines = tc("verify", DRAFT).stdout.splitlines()
    i = next(i for i, x in enumerate(lines) if x.startswith("  FAIL f1 "))
    assert f"line {f1['line']}, column {f1['column']}: " in lines[i]
    assert lines[i + 1].strip() == ("Uzbek exports to Turkey reached [$1.3bn], while imports from Turkey came to "
                                    "[$2.1bn], leaving Tashkent with a deficit of [$1.8bn].")


def test_a_long_sentence_is_quoted_around_its_figures():
    words = "The ministry, in a statement that ran to many pages and covered every sector at length, " * 4
    text = f"{words}said Uzbek exports to Turkey were $1.3bn in 2023 and imports from Turkey $2.1bn, a deficit of $1.8bn."
    r = runner.invoke(app, ["verify", "-", "--reference", "none"], input=text)
    quote = r.stdout.splitlines()[r.stdout.splitlines().index(
        next(x for x in r.stdout.splitlines() if x.startswith("  FAIL"))) + 1].strip()
    assert quote.startswith("...") and quote.endswith("[$1.8bn].") and len(quote) < len(text)
    assert quote[3:].split()[0] in text.split()  # cut at a space, not inside a word


def test_figures_without_reference_data_fold_into_one_line_naming_the_coverage_once():
    out = tc("verify", DRAFT).stdout
    folded = [x for x in out.splitlines() if "no reference data" in x]
    assert folded == ["  ??   6 figures have no reference data (IMF DOTS 2000-2020; published 2020-2024); "
                      "--verbose lists them"]
    assert "no reference figure for" not in out
    verbose = tc("verify", DRAFT, "--verbose").stdout
    assert len(re.findall(r"^  \?\?   f\d+ \[reference\] .*no reference figure for", verbose, re.M)) == 6
    assert "--verbose lists them" not in verbose


def test_a_suggested_correction_is_shown_under_its_finding():
    out = tc("verify", DRAFT).stdout
    assert '       suggestion: "31%" -> "13.3%"' in out.splitlines()
    assert '       suggestion: "$1.8bn" -> "$0.8bn"' in out.splitlines()


def test_quiet_prints_only_what_fails():
    r = tc("verify", DRAFT, "--quiet")
    assert r.exit_code == 1
    marks = re.findall(r"^  (\S+) f\d+ ", r.stdout, re.M)
    assert marks == ["FAIL", "FAIL"]
    assert "Claims" not in r.stdout and "Checks:" not in r.stdout and "no reference data" not in r.stdout
    # a file where nothing fails prints nothing at all
    r = tc("verify", CONSISTENT, "--quiet")
    assert r.exit_code == 0 and r.stdout == ""


def test_colour_is_used_only_when_asked_for_or_on_a_terminal_without_no_color():
    plain = tc("verify", DRAFT).stdout  # not a terminal
    assert ESCAPE not in plain
    coloured = tc("verify", DRAFT, "--color", "always").stdout
    assert "\033[1m\033[31m$1.8bn\033[0m" in coloured  # a failing figure: bold and red, no brackets
    assert "[$1.8bn]" not in coloured
    assert re.sub(r"\033\[[0-9;]*m", "", coloured).replace("[", "").replace("]", "") == \
        plain.replace("[", "").replace("]", "")
    assert ESCAPE not in tc("verify", DRAFT, "--color", "never").stdout


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("choice, env, expected", [
    (Color.auto, {}, True),
    (Color.auto, {"NO_COLOR": "1"}, False),
    (Color.auto, {"NO_COLOR": ""}, True),  # no-color.org: set to something, not merely present
    (Color.auto, {"TERM": "dumb"}, False),
    (Color.always, {"NO_COLOR": "1"}, True),  # an explicit choice wins
    (Color.never, {}, False),
])
def test_use_color_follows_no_color_and_the_flag(monkeypatch, choice, env, expected):
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    assert use_color(choice, Terminal()) is expected
    assert use_color(Color.auto, io.StringIO()) is False  # not a terminal


def test_no_color_through_a_pipe_shows_no_escape_codes():
    r = subprocess.run(f"NO_COLOR=1 {sys.executable} -m tradecheck verify {DRAFT} | cat -v", shell=True,
                       capture_output=True, text=True, cwd=ROOT)
    assert "FAIL f1" in r.stdout and "^[" not in r.stdout


@pytest.fixture
def drafts(tmp_path):
    d = tmp_path / "drafts"
    d.mkdir()
    (d / "story.md").write_text((EXAMPLES / "uzbekistan-turkey-2023-draft.md").read_text(encoding="utf-8"))
    for name in ("README.md", "CHANGELOG.md", "LICENSE", "licence.txt"):
        # each with figures a checker would otherwise read
        (d / name).write_text("Trade between Belarus and Iran was $100mn in 2022, up 50% from $33mn in 2021.\n")
    return d


def test_verify_of_a_folder_leaves_readme_changelog_and_license_out(drafts):
    out = tc("verify", str(drafts), "--format", "json", "--reference", "none").stdout
    assert json.loads(out)["document"]["path"] == str(drafts / "story.md")  # one document: one object
    everything = tc("verify", str(drafts), "--all-files", "--format", "json", "--reference", "none").stdout
    assert {Path(json.loads(x)["document"]["path"]).name for x in everything.splitlines()} == {
        "story.md", "README.md", "CHANGELOG.md", "licence.txt"}  # LICENSE has no article's suffix


def test_a_readme_named_alone_is_skipped_with_a_way_to_read_it(drafts):
    r = tc("verify", str(drafts / "README.md"))
    assert r.exit_code == 2 and "--all-files" in r.stderr


def test_track_add_leaves_project_files_out(drafts, tmp_path):
    db = str(tmp_path / "t.sqlite")
    r = tc("track", "add", *[str(p) for p in sorted(drafts.iterdir())], "--db", db, "--reference", "none")
    assert r.exit_code == 0, r.stderr
    assert [Path(x.split(":")[0]).name for x in r.stdout.splitlines()] == ["story.md"]
