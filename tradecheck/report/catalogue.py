"""The catalogue of checks (`tradecheck checks`): a terminal table, JSON with every message
template, CSV, or the Markdown table the README shows."""
from __future__ import annotations

import csv
import json
import textwrap

from ..check.catalogue import CHECKS

COLUMNS = ("id", "title", "description")
DESCRIPTION_WIDTH = 64


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
