"""The command line: every format, every exit status, one-line errors."""
import csv
import io
import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from tradecheck.cli import app

runner = CliRunner()


def run(*args, input=None):
    return runner.invoke(app, list(args), input=input)


def test_verify_table_on_the_example(examples):
    r = run("verify", str(examples / "uzbekistan-turkey-2023.txt"))
    assert r.exit_code == 0
    assert "Claims" in r.stdout and "Findings" in r.stdout
    assert "exports $1.3bn + imports $2.1bn = $3.4bn" in r.stdout


def test_verify_json_follows_the_contract(examples):
    r = run("verify", str(examples / "uzbekistan-turkey-2023.txt"), "--format", "json")
    d = json.loads(r.stdout)
    assert set(d) >= {"document", "claims", "findings", "summary"}
    assert d["document"]["published"] == "2024-02-12"
    for c in d["claims"]:
        assert {"id", "kind", "start", "end", "text", "bound", "period", "measure", "reporter", "partner"} <= set(c)
    for f in d["findings"]:
        assert {"id", "check", "status", "severity", "claims", "spans", "expected", "observed", "message"} <= set(f)


def test_verify_csv_has_both_tables(examples):
    r = run("verify", str(examples / "uzbekistan-turkey-2023.txt"), "--format", "csv")
    claims_part, findings_part = r.stdout.split("\n\n", 1)
    assert list(csv.reader(io.StringIO(claims_part)))[0][:3] == ["document", "id", "kind"]
    assert list(csv.reader(io.StringIO(findings_part)))[0][:3] == ["document", "id", "check"]


def test_extract_json_has_no_findings(examples):
    r = run("extract", str(examples / "uzbekistan-turkey-2023.txt"), "--format", "json")
    assert r.exit_code == 0
    d = json.loads(r.stdout)
    assert "findings" not in d and len(d["claims"]) > 5


def test_inconsistent_draft_exits_1(examples):
    r = run("verify", str(examples / "uzbekistan-turkey-2023-draft.md"))
    assert r.exit_code == 1
    assert "FAIL" in r.stdout


def test_stdin_and_published_option():
    r = run("verify", "-", "--format", "json", "--published", "2024-02-01",
            input="Serbia's trade with China rose 35% last year to $6.3bn from $5.25bn.")
    d = json.loads(r.stdout)
    assert d["document"]["published"] == "2024-02-01"
    assert r.exit_code == 1


@pytest.mark.parametrize("content, message", [
    (None, "no such file"),
    (b"\x00\x01binary", "binary"),
    (b"caf\xe9 $5bn", "not valid UTF-8"),
])
def test_bad_input_is_one_line_and_exit_2(tmp_path, content, message):
    path = tmp_path / "in.txt"
    if content is not None:
        path.write_bytes(content)
    proc = subprocess.run([sys.executable, "-m", "tradecheck", "verify", str(path)], capture_output=True, text=True)
    assert proc.returncode == 2
    assert message in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert "Traceback" not in proc.stderr


def test_a_directory_is_not_a_file(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "tradecheck", "verify", str(tmp_path)], capture_output=True, text=True)
    assert proc.returncode == 2 and "directory" in proc.stderr


def test_bad_published_date_is_exit_2(examples):
    r = run("verify", str(examples / "uzbekistan-turkey-2023.txt"), "--published", "yesterday")
    assert r.exit_code == 2


@pytest.mark.parametrize("raw", [
    "\ufeffSerbia's trade with China was $6.3bn in 2023.".encode("utf-8"),
    "Serbia's trade with China was $6.3bn in 2023.\r\nIt was $5.25bn in 2022.\r\n".encode("utf-8"),
    "Serbia's trade with China was $6.3bn in 2023.".encode("utf-16"),
])
def test_odd_but_valid_text_works(tmp_path, raw):
    path = tmp_path / "odd.txt"
    path.write_bytes(raw)
    proc = subprocess.run([sys.executable, "-m", "tradecheck", "extract", str(path), "--format", "json"],
                          capture_output=True, text=True)
    assert proc.returncode == 0
    d = json.loads(proc.stdout)
    assert d["claims"][0]["text"] == "$6.3bn"


def test_empty_file_says_no_claims(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("   \n")
    proc = subprocess.run([sys.executable, "-m", "tradecheck", "verify", str(path)], capture_output=True, text=True)
    assert proc.returncode == 0 and "no claims found" in proc.stderr


def test_help_has_examples():
    r = run("--help")
    assert "tradecheck verify" in r.stdout
    for cmd in ("extract", "verify"):
        assert "Example" in run(cmd, "--help").stdout


def test_json_has_no_nan_and_is_unchanged_without_one():
    import json
    import math

    from tradecheck.report import jsonout

    plain = {"claims": [{"value": 1.5, "span": (1, 4), "note": "é"}]}
    assert jsonout.dumps(plain) == json.dumps(plain, ensure_ascii=False)
    odd = {"claims": [{"value": math.nan, "hi": [math.inf, 2.0]}]}
    assert json.loads(jsonout.dumps(odd, indent=2)) == {"claims": [{"value": None, "hi": [None, 2.0]}]}


def test_version_is_the_package_version():
    import tomllib
    from pathlib import Path

    project = tomllib.loads((Path(__file__).parent.parent / "pyproject.toml").read_text())["project"]
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.strip() == f"tradecheck {project['version']}"
