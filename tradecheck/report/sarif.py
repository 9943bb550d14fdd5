"""SARIF 2.1.0: one run, a rule per check id, a result per inconsistent finding with the
region of the figure it rests on."""
from __future__ import annotations

import json

from .. import __version__

RULES = {
    "ratio": ("Ratio", "A multiple or a share does not match the figures it relates."),
    "percent_change": ("PercentChange", "A stated change does not match the two figures it compares."),
    "sum": ("Sum", "Exports and imports do not add up to the stated total or balance."),
    "bound": ("Bound", "A part is larger than its whole, or a share is above 100%."),
    "duplicate": ("Duplicate", "One quantity is stated twice with different values."),
    "record": ("Record", "A 'record' is contradicted by a higher figure for an earlier period."),
    "reference": ("Reference", "A figure deviates from reference trade data beyond its rounding and revisions."),
    "suppression": ("Suppression", "An inline suppression gives no reason."),
}
HELP = ("tradecheck reads every trade figure in a draft and checks the figures against each other "
        "and against reference data; the message of each result shows the arithmetic.")


def render(reports, out, quiet: bool = False) -> None:
    from .escape import uri
    from .github import items

    rules = [{"id": cid, "name": name, "shortDescription": {"text": text}, "fullDescription": {"text": text},
              "help": {"text": f"{text} {HELP}"}, "defaultConfiguration": {"level": "error"}}
             for cid, (name, text) in RULES.items()]
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
