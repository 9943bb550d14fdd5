"""The terminal view: claims with their normalised values, then findings with their
arithmetic, each quoting its sentence with the figures marked (bold and coloured on a
terminal that shows colour, in [brackets] otherwise) and saying where it is. Figures the
reference data does not cover are folded into one line per document unless asked for."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..check.format import money
from .escape import printable


@dataclass(frozen=True)
class View:
    """How a table is shown: in colour, only what fails (`quiet`), or every finding
    without folding (`verbose`)."""
    color: bool = False
    quiet: bool = False
    verbose: bool = False


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
    r = c.get("reporter") or c.get("reporter_unit") or c.get("reporter_group") or "?"
    p = c.get("partner") or c.get("partner_unit") or c.get("partner_group") or "?"
    return f"{r}/{p}"


def _period(c: dict) -> str:
    p = c.get("period") or "?"
    if c.get("base_period"):
        p += f" vs {c['base_period']}"
    return p


STATUSES = ("inconsistent", "consistent", "unverifiable")  # in the order a reader wants them
MARKS = {"consistent": "ok  ", "unverifiable": "??  "}
COLORS = {"FAIL": "\033[31m", "WARN": "\033[33m", "ok  ": "\033[32m", "??  ": "\033[2m", "SKIP": "\033[2m"}
BOLD, RESET = "\033[1m", "\033[0m"
INDENT = " " * 7  # under the finding's id, past its mark
# A quoted sentence longer than this is cut to the words around its figures
LONG_QUOTE = 240
CONTEXT = 80


def plural(n: int, word: str, words: str | None = None) -> str:
    """ "1 claim", "2 claims", "0 claims"."""
    return f"{n} {word if n == 1 else (words or word + 's')}"


def summary_line(summary: dict, findings: int) -> str:
    """Claims and findings counted apart: "12 claims; 9 findings: 6 consistent, 1
    inconsistent, 2 unverifiable"."""
    return (f"{plural(summary['claims'], 'claim')}; {plural(findings, 'finding')}: {summary['consistent']} consistent, "
            f"{summary['inconsistent']} inconsistent, {summary['unverifiable']} unverifiable")


def checks_line(checks: list[str], findings: list[dict]) -> str:
    """Every check that ran, with its findings counted by status, and those that found
    nothing to compare named together: a check that passes silently is not mistaken for
    one that did not run."""
    said, idle = [], []
    for check in checks:
        counts = {s: sum(1 for f in findings if f["check"] == check and f["status"] == s) for s in STATUSES}
        if any(counts.values()):
            said.append(f"{check} " + ", ".join(f"{n} {s}" for s, n in counts.items() if n))
        else:
            idle.append(check)
    if idle:
        said.append(f"nothing to compare for {', '.join(idle)}")
    return "Checks: " + "; ".join(said)


def text(report, data: dict, verify: bool, view: View = View(), extra: list | None = None,
         failing: set | None = None) -> str:
    """One document's table; with `view.quiet`, only what fails, and nothing at all for
    a document where nothing does."""
    failing = failing or set()
    doc = data["document"]
    findings = data["findings"] if verify else []
    if view.quiet:
        findings = [f for f in findings if id(f) in failing]
        notices = [f for what, f in extra or [] if what == "notice" and id(f) in failing]
        if not findings and not notices:
            return ""
    lines = [f"{printable(doc['path'])}  (published {doc.get('published') or 'unknown'}, {doc['chars']} chars)"]
    if not view.quiet:
        lines += ["", "Claims"] + _claims_table(data["claims"])
    if not verify:
        return "\n".join(lines) + "\n"
    quote = _Quoter(report, data["claims"], view.color)
    folded = [] if view.verbose else [f for f in findings if f.get("reason") == "no_reference"]
    lines += ["", "Findings"] if not view.quiet else []
    if not findings and not view.quiet:
        lines.append("  (none: no two claims could be compared)")
    fold = {id(f) for f in folded}
    for f in findings:
        if id(f) not in fold:
            lines += _finding(f, quote, view.color)
    if folded:
        n = len(folded)
        lines.append(f"  {_paint('??  ', view.color)} {plural(n, 'figure')} {'has' if n == 1 else 'have'} no reference data "
                     f"({printable(folded[0].get('coverage', 'the reference store'))}); --verbose lists them")
    for what, f in extra or []:
        if what == "suppressed" and not view.quiet:
            lines.append(f"  {_paint('SKIP', view.color)} {f['id']} [{f['check']}] line {f.get('line', '?')}: suppressed"
                         f" ({printable(f['suppressed']['reason'] or 'no reason given')})")
        elif what == "notice" and (not view.quiet or id(f) in failing):
            lines.append(f"  {_paint('WARN', view.color)} line {f['line']}, column {f['column']}: {f['message']}")
    if not view.quiet:
        lines += [""] + ([checks_line(report.checks, data["findings"])] if report.checks else [])
        lines.append(summary_line(data["summary"], len(data["findings"])))
    return "\n".join(lines) + "\n"


def _claims_table(claims: list[dict]) -> list[str]:
    rows = [("id", "text", "bound", "value", "measure", "pair", "period", "commodity")]
    for c in claims:
        rows.append((c["id"], printable(c["text"]), c["bound"], _value(c), c["measure"], _pair(c), _period(c),
                     printable(c.get("commodity") or "")))
    widths = [min(max(len(str(r[i])) for r in rows), 40) for i in range(len(rows[0]))]
    return ["  " + "  ".join(str(x)[:40].ljust(w) for x, w in zip(r, widths)).rstrip() for r in rows]


def _finding(f: dict, quote: "_Quoter", color: bool) -> list[str]:
    mark = MARKS.get(f["status"]) or ("FAIL" if f["severity"] == "error" else "WARN")
    where = f"line {f['line']}, column {f['column']}: " if "line" in f else ""
    base = " (in the baseline)" if f.get("baseline") else ""
    out = [f"  {_paint(mark, color)} {f['id']} [{f['check']}] {where}{printable(f['message'])}{base}"]
    said = quote(f, COLORS.get(mark, ""))
    if said:
        out.append(f"{INDENT}{said}")
    fix = f.get("suggestion")
    if fix:
        out.append(f'{INDENT}suggestion: "{printable(fix["text"])}" -> "{printable(fix["suggested"])}"')
    return out


class _Quoter:
    """The sentences a finding's claims stand in, its figures marked."""

    def __init__(self, report, claims: list[dict], color: bool):
        self.text = report.text
        self.spans = report.sentences
        self.starts = [s for s, _ in self.spans]
        self.claims = {c["id"]: (c["start"], c["end"]) for c in claims}
        self.color = color

    def __call__(self, f: dict, paint: str) -> str:
        marks = sorted(self.claims[cid] for cid in f["claims"] if cid in self.claims)
        if not marks or not self.spans:
            return ""
        sentences: dict[int, list[tuple[int, int]]] = {}
        for s, e in marks:
            i = bisect.bisect_right(self.starts, s) - 1
            if i >= 0 and s < self.spans[i][1]:
                sentences.setdefault(i, []).append((s, e))
        return " ... ".join(self._one(self.spans[i], inside, paint) for i, inside in sorted(sentences.items()))

    def _one(self, sentence: tuple[int, int], marks: list[tuple[int, int]], paint: str) -> str:
        start, end = sentence
        cut_start, cut_end = start, end
        if end - start > LONG_QUOTE:
            cut_start, cut_end = max(start, marks[0][0] - CONTEXT), min(end, marks[-1][1] + CONTEXT)
            # at a space, so that the quote starts and ends with whole words
            while start < cut_start < marks[0][0] and not self.text[cut_start - 1].isspace():
                cut_start += 1
            while marks[-1][1] < cut_end < end and not self.text[cut_end].isspace():
                cut_end -= 1
        pieces, pos = [], cut_start
        for s, e in marks:
            if s < pos:
                continue
            pieces.append(_words(self.text[pos:s]))
            figure = printable(self.text[s:e])
            pieces.append(f"{BOLD}{paint}{figure}{RESET}" if self.color else f"[{figure}]")
            pos = e
        pieces.append(_words(self.text[pos:cut_end]))
        said = "".join(pieces).strip()
        return ("..." if cut_start > start else "") + said + ("..." if cut_end < end else "")


def _words(s: str) -> str:
    # markup masked to spaces and line breaks inside a sentence read as one space
    return re.sub(r"\s+", " ", printable(s.replace("\n", " ").replace("\r", " ")))


def _paint(mark: str, color: bool) -> str:
    return f"{COLORS.get(mark, '')}{mark}{RESET}" if color else mark
