"""The catalogue of checks (`tradecheck checks`): a terminal table, JSON with every message
template, CSV, or the Markdown table the README shows."""
from __future__ import annotations

import csv
import json
import textwrap

from ..check.catalogue import CHECKS

COLUMNS = ("id", "title", "description")
DESCRIPTION_WIDTH = 64
EXPLAIN_WIDTH = 86


def render(fmt: str, out) -> None:
    checks = list(CHECKS.values())
    if fmt == "json":
        json.dump([c.to_dict() for c in checks], out, indent=2, ensure_ascii=False)
        out.write("\n")
    elif fmt == "csv":
        w = csv.writer(out, lineterminator="\n")
        w.writerow(COLUMNS)
        w.writerows((c.id, c.title, c.description) for c in checks)
    elif fmt == "markdown":
        out.write("| id | title | description |\n|---|---|---|\n")
        for c in checks:
            out.write(f"| `{c.id}` | {c.title} | {_markdown_cell(c.description)} |\n")
    else:
        _table(checks, out)


def _markdown_cell(text: str) -> str:
    # "<!--" would start a comment, "|" a new cell
    return text.replace("&", "&amp;").replace("<", "&lt;").replace("|", "&#124;")


def _table(checks, out) -> None:
    """Columns padded to their widest entry, each description wrapped beside its id."""
    w_id = max(len(c.id) for c in checks)
    w_title = max(len(c.title) for c in checks)
    out.write(f"{'id':<{w_id}}  {'title':<{w_title}}  description\n")
    for c in checks:
        lines = textwrap.wrap(c.description, DESCRIPTION_WIDTH)
        out.write(f"{c.id:<{w_id}}  {c.title:<{w_title}}  {lines[0]}\n")
        for line in lines[1:]:
            out.write(f"{'':<{w_id}}  {'':<{w_title}}  {line}\n")


def explain(check_id: str, out) -> None:
    """One check as `tradecheck explain` prints it: its title, what it checks, and its
    example with what the check says about it."""
    c = CHECKS[check_id]
    out.write(f"{c.id}: {c.title}\n\n")
    out.write("".join(f"  {line}\n" for line in textwrap.wrap(c.description, EXPLAIN_WIDTH)))
    if c.example is not None:
        out.write("\nExample:\n\n")
        for line in c.example.text.splitlines():
            out.write("".join(f"  > {part}\n" for part in textwrap.wrap(line, EXPLAIN_WIDTH)) or "  >\n")
        out.write(f"\n  {c.id}: {c.example.message}\n")
        if c.example.suggestion:
            wrong, right = c.example.suggestion
            out.write(f'  suggestion: "{wrong}" -> "{right}"\n')
    out.write(f"\nLeave it out with --disable {c.id}; tradecheck checks --format json gives the templates of its "
              f"{len(c.messages)} message{'s' if len(c.messages) != 1 else ''}.\n")


def listing(out) -> None:
    """`tradecheck explain --list`: each check's id and title, one a line."""
    width = max(len(c.id) for c in CHECKS.values())
    for c in CHECKS.values():
        out.write(f"{c.id:<{width}}  {c.title}\n")
