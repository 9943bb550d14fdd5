"""Inline suppression in a draft: `<!-- tradecheck: ignore ratio -- reason -->` silences the
named checks (or `all`) for the next line or paragraph. A suppression without a reason is
itself reported, as a warning: an editor should see why a figure was let through."""
from __future__ import annotations

import re
from dataclasses import dataclass

_COMMENT = re.compile(r"<!--\s*tradecheck:\s*ignore\b(?P<body>.*?)-->", re.S | re.I)


@dataclass
class Suppression:
    start: int  # the comment
    end: int
    checks: tuple[str, ...]  # empty: all
    reason: str
    covers: tuple[int, int]  # the next paragraph

    def applies(self, finding: dict) -> bool:
        if self.checks and finding["check"] not in self.checks:
            return False
        a, b = self.covers
        return any(a <= s < b for s, _ in finding["spans"])


def parse(text: str) -> list[Suppression]:
    out = []
    for m in _COMMENT.finditer(text):
        body = m.group("body")
        names, _, reason = body.partition("--")
        checks = tuple(w for w in re.split(r"[\s,]+", names.strip()) if w and w.lower() != "all")
        nxt = re.search(r"\n[ \t]*\n", text[m.end() + 1:])
        # the next line or paragraph: up to the first blank line after the comment's line
        start = m.end()
        para_end = m.end() + 1 + nxt.start() if nxt else len(text)
        if text[m.end():].lstrip(" \t").startswith(("\n", "\r")):
            after = text[m.end():]
            skip = len(after) - len(after.lstrip(" \t\r\n"))
            start = m.end() + skip
            nxt = re.search(r"\n[ \t]*\n", text[start:])
            para_end = start + nxt.start() if nxt else len(text)
        out.append(Suppression(m.start(), m.end(), checks, reason.strip(), (start, para_end)))
    return out


def apply(findings: list[dict], suppressions: list[Suppression]) -> tuple[list[dict], list[dict]]:
    """(kept, suppressed)."""
    kept, gone = [], []
    for f in findings:
        rule = next((s for s in suppressions if s.applies(f)), None)
        if rule is not None and f["status"] != "consistent":
            gone.append(dict(f, suppressed={"reason": rule.reason, "checks": list(rule.checks) or ["all"]}))
        else:
            kept.append(f)
    return kept, gone
