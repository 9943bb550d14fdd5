"""GitHub workflow commands: one annotation per failing or doubtful finding, on the exact
line and columns of the figure it rests on."""
from __future__ import annotations


def _escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_prop(s: str) -> str:
    return _escape_data(s).replace(":", "%3A").replace(",", "%2C")


def items(report):
    """(level, finding) for what an annotation should show: inconsistent findings and
    notices (reasonless suppressions); consistent and unverifiable ones are not annotated."""
    if report.data is None:
        return
    for f in report.data["findings"]:
        if f["status"] != "inconsistent" or f.get("baseline"):
            continue
        yield ("error" if f["severity"] == "error" else "warning"), f
    for n in report.notices:
        yield "warning", n


def render(reports, out, quiet: bool = False) -> None:
    for r in reports:
        if r.error:
            out.write(f"::error file={_escape_prop(r.path)},title={_escape_prop('tradecheck: unreadable')}::{_escape_data(r.error)}\n")
            continue
        for level, f in items(r):
            if quiet and f not in r.failing:
                continue
            props = (f"file={_escape_prop(r.path)},line={f['line']},col={f['column']},"
                     f"endLine={f['end_line']},endColumn={f['end_column']},"
                     f"title={_escape_prop('tradecheck ' + f['check'])}")
            out.write(f"::{level} {props}::{_escape_data(f['message'])}\n")
