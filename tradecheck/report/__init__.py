"""Reporting: documents' claims and findings as a terminal table, JSON (Lines), CSV,
GitHub workflow commands, SARIF, JUnit XML or a Markdown summary (stage 'report')."""
from __future__ import annotations

FORMATS = ("table", "json", "csv", "github", "sarif", "junit", "markdown")


def render(fmt: str, reports, out, verify: bool = True, quiet: bool = False, color: bool = False,
           verbose: bool = False) -> None:
    # each format's module is imported when asked for: a run writes one of them, and a
    # one-file check counts every millisecond of its start
    if fmt == "github":
        from . import github

        return github.render(reports, out, quiet)
    if fmt == "sarif":
        from . import sarif

        return sarif.render(reports, out, quiet)
    if fmt == "junit":
        from . import junit

        return junit.render(reports, out, quiet)
    if fmt == "markdown":
        from . import summary

        return summary.render(reports, out, quiet)
    good = [r for r in reports if r.data is not None]
    if fmt == "json":
        from . import jsonout

        if len(reports) == 1 and good:
            return jsonout.render(_shown(good[0], quiet), verify, out)
        for r in reports:  # several documents: JSON Lines, one object each
            out.write(jsonout.line(r, verify, _shown(r, quiet) if r.data is not None else None) + "\n")
        return
    if fmt == "csv":
        from . import csvout

        return csvout.render_many([_shown(r, quiet) for r in good], verify, out)
    from . import table

    view = table.View(color=color, quiet=quiet, verbose=verbose)
    blocks = []
    for r in reports:
        if r.error:
            # reading errors already name the file
            blocks.append(f"{r.error}\n" if r.error.startswith(r.path) else f"{r.path}: {r.error}\n")
            continue
        blocks.append(table.text(r, r.data, verify, view,
                                 extra=[("suppressed", f) for f in r.suppressed] + [("notice", n) for n in r.notices],
                                 failing={id(f) for f in r.failing}))
    out.write("\n".join(b for b in blocks if b))


def _shown(report, quiet: bool) -> dict:
    if not quiet:
        return report.data
    keep = {id(f) for f in report.failing}
    return dict(report.data, findings=[f for f in report.data["findings"] if id(f) in keep])
