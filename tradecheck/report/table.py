"""The terminal view: claims with their normalised values, then findings with their
arithmetic. Uses rich when writing to a terminal, plain aligned text otherwise."""
from __future__ import annotations

from ..check.format import money
from .escape import printable


def _value(c: dict) -> str:
    if c["kind"] == "amount":
        v = money(c.get("value"), c.get("currency"))
        if c.get("currency") != "USD" and c.get("value_usd") is not None:
            v += f" (~{money(c['value_usd'])})"
        return v
    f = c.get("factor")
    if f is None:
        return "?"
    if c["kind"] == "share":
        return f"{f * 100:.1f}% share"
    if c["kind"] == "percent_change":
        return f"{(f - 1) * 100:+.1f}%"
    return f"x{f:g}"


def _pair(c: dict) -> str:
    r = c.get("reporter") or c.get("reporter_group") or "?"
    p = c.get("partner") or c.get("partner_group") or "?"
    return f"{r}/{p}"


def _period(c: dict) -> str:
    p = c.get("period") or "?"
    if c.get("base_period"):
        p += f" vs {c['base_period']}"
    return p


COLORS = {"FAIL": "\033[31m", "WARN": "\033[33m", "ok  ": "\033[32m", "??  ": "\033[2m", "SKIP": "\033[2m"}


def render(data: dict, verify: bool, out, color: bool = False, quiet: bool = False,
           extra: list | None = None, failing: set | None = None) -> None:
    doc = data["document"]
    lines = [f"{printable(doc['path'])}  (published {doc.get('published') or 'unknown'}, {doc['chars']} chars)"]
    rows = [("id", "text", "bound", "value", "measure", "pair", "period", "commodity")]
    for c in data["claims"]:
        rows.append((c["id"], printable(c["text"]), c["bound"], _value(c), c["measure"], _pair(c), _period(c),
                     printable(c.get("commodity") or "")))
    widths = [min(max(len(str(r[i])) for r in rows), 40) for i in range(len(rows[0]))]
    if not quiet:
        lines.append("")
        lines.append("Claims")
        for r in rows:
            lines.append("  " + "  ".join(str(x)[:40].ljust(w) for x, w in zip(r, widths)).rstrip())
    if verify:
        lines.append("")
        lines.append("Findings")
        if not data["findings"]:
            lines.append("  (none: no two claims could be compared)")
        for f in data["findings"]:
            mark = {"consistent": "ok  ", "inconsistent": "FAIL" if f["severity"] == "error" else "WARN",
                    "unverifiable": "??  "}[f["status"]]
            where = f"line {f['line']}: " if "line" in f else ""
            base = " (in the baseline)" if f.get("baseline") else ""
            lines.append(f"  {_paint(mark, color)} {f['id']} [{f['check']}] {where}{printable(f['message'])}{base}"
                         f"  (claims {', '.join(f['claims'])})")
        for what, f in extra or []:
            if what == "suppressed" and not quiet:
                lines.append(f"  {_paint('SKIP', color)} {f['id']} [{f['check']}] line {f.get('line', '?')}: suppressed"
                             f" ({f['suppressed']['reason'] or 'no reason given'})")
            elif what == "notice":
                lines.append(f"  {_paint('WARN', color)} line {f['line']}: {f['message']}")
        s = data["summary"]
        lines.append("")
        lines.append(f"{s['claims']} claims: {s['consistent']} consistent, {s['inconsistent']} inconsistent, "
                     f"{s['unverifiable']} unverifiable")
    out.write("\n".join(lines) + "\n")


def _paint(mark: str, color: bool) -> str:
    return f"{COLORS.get(mark, '')}{mark}\033[0m" if color else mark
