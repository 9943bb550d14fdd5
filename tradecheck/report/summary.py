"""A Markdown summary a bot can post on a pull request. File names and messages (which
quote documents and imported source names) are code spans: links, HTML and @mentions in
them are shown, not followed."""
from __future__ import annotations

from .escape import md_code


def render(reports, out, quiet: bool = False) -> None:
    failing = sum(len(r.failing) for r in reports)
    head = "no figure fails" if not failing else f"{failing} finding{'s' if failing != 1 else ''} fail"
    out.write(f"## tradecheck: {head}\n\n")
    out.write("| file | claims | consistent | inconsistent | unverifiable | failing |\n|---|---:|---:|---:|---:|---:|\n")
    for r in reports:
        if r.error:
            out.write(f"| {md_code(r.path, cell=True)} | unreadable: {md_code(r.error, cell=True)} | | | | |\n")
            continue
        s = r.data["summary"]
        out.write(f"| {md_code(r.path, cell=True)} | {s['claims']} | {s['consistent']} | {s['inconsistent']} | "
                  f"{s['unverifiable']} | {len(r.failing)} |\n")
    listed = [(r, f) for r in reports for f in (r.failing if quiet else
                                               [f for f in (r.data or {}).get("findings", []) if f["status"] == "inconsistent"] + r.notices)]
    if listed:
        out.write("\n")
        for r, f in listed:
            mark = "❌" if f in r.failing else "⚠️"
            where = md_code(f"{r.path}:{f['line']}")
            fix = f.get("suggestion")
            then = f"; suggestion: {md_code(fix['text'])} → {md_code(fix['suggested'])}" if fix else ""
            out.write(f"- {mark} {where} **{f['check']}**: {md_code(f['message'])}{then}\n")
