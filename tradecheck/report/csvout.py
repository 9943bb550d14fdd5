"""CSV: the claims table, then (for verify) the findings table after a blank line."""
from __future__ import annotations

import csv

from ..model import CLAIM_FIELDS
from .escape import csv_cell

FINDING_COLUMNS = ("id", "check", "status", "severity", "claims", "spans", "expected", "observed", "message")


def render(data: dict, verify: bool, out) -> None:
    render_many([data], verify, out)


def render_many(docs: list[dict], verify: bool, out) -> None:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(("document",) + CLAIM_FIELDS + ("line", "column"))
    for data in docs:
        for c in data["claims"]:
            w.writerow([csv_cell(data["document"]["path"])] + [_cell(c.get(f)) for f in CLAIM_FIELDS + ("line", "column")])
    if verify:
        out.write("\n")
        w.writerow(("document",) + FINDING_COLUMNS + ("line", "column"))
        for data in docs:
            for f in data["findings"]:
                w.writerow([csv_cell(data["document"]["path"])] + [_cell(f.get(k)) for k in FINDING_COLUMNS + ("line", "column")])


def _cell(v):
    if v is None:
        return ""
    if isinstance(v, list):
        return " ".join("-".join(map(str, x)) if isinstance(x, list) else str(x) for x in v)
    return csv_cell(v)  # a spreadsheet runs a cell that starts like a formula
