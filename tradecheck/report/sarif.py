"""SARIF 2.1.0: one run, a rule per check of the catalogue, a result per inconsistent
finding with the region of the figure it rests on, and where the finding suggests a
correction, a fix that replaces that figure (a code-scanning tool offers it as a change)."""
from __future__ import annotations

import json

from .. import __version__
from ..check.catalogue import CHECKS

HELP = ("tradecheck reads every trade figure in a draft and checks the figures against each other "
        "and against reference data; the message of each result shows the arithmetic.")


def _rules() -> list[dict]:
    """A SARIF rule per check, named in SARIF's PascalCase ("PercentChange")."""
    return [{"id": c.id, "name": "".join(w.capitalize() for w in c.id.split("_")),
             "shortDescription": {"text": c.title}, "fullDescription": {"text": c.description},
             "help": {"text": f"{c.description} {HELP}"}, "defaultConfiguration": {"level": "error"}}
            for c in CHECKS.values()]


def _fixes(finding: dict, claims: list[dict], uri: str) -> list[dict]:
    """The finding's suggested correction as a SARIF fix: the claim's words replaced."""
    fix = finding.get("suggestion")
    c = next((c for c in claims if fix and c["id"] == fix["claim"]), None)
    if c is None:
        return []
    region = {"startLine": c["line"], "startColumn": c["column"], "endLine": c["end_line"], "endColumn": c["end_column"],
              "charOffset": c["start"], "charLength": c["end"] - c["start"]}
    return [{"description": {"text": f'Write "{fix["suggested"]}" for "{fix["text"]}", so that the figures agree'},
             "artifactChanges": [{"artifactLocation": {"uri": uri},
                                  "replacements": [{"deletedRegion": region,
                                                    "insertedContent": {"text": fix["suggested"]}}]}]}]


def render(reports, out, quiet: bool = False) -> None:
    from .escape import uri
    from .github import items

    rules = _rules()
    index = {r["id"]: i for i, r in enumerate(rules)}
    results = []
    for r in reports:
        if r.error:
            continue
        for level, f in items(r):
            if quiet and f not in r.failing:
                continue
            s, e = f["spans"][0]
            results.append({
                "ruleId": f["check"], "ruleIndex": index.get(f["check"], 0), "level": level,
                "message": {"text": f["message"]},
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": uri(r.path)},
                    "region": {"startLine": f["line"], "startColumn": f["column"], "endLine": f["end_line"],
                               "endColumn": f["end_column"], "charOffset": s, "charLength": e - s}}}],
                **({"partialFingerprints": {"tradecheck/v1": f["fingerprint"]}} if f.get("fingerprint") else {}),
                **({"fixes": fixes} if (fixes := _fixes(f, r.data["claims"], uri(r.path))) else {}),
            })
    doc = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "tradecheck", "version": __version__,
                                "informationUri": "https://pypi.org/project/tradecheck/", "rules": rules}},
            "results": results,
            "invocations": [{"executionSuccessful": not any(r.error for r in reports),
                             "toolExecutionNotifications": [
                                 {"level": "error", "message": {"text": r.error}} for r in reports if r.error]}],
        }],
    }
    json.dump(doc, out, indent=2, ensure_ascii=False)
    out.write("\n")
