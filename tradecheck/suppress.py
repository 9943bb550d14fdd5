"""Inline suppression in a draft: `<!-- tradecheck: ignore ratio -- reason -->` silences the
named checks (or `all`) for the next line or paragraph. A suppression without a reason is
itself reported, as a warning: an editor should see why a figure was let through."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

_OPENING = re.compile(r"<!--\s*tradecheck:\s*ignore\b", re.I)
_BLANK_LINE = re.compile(r"\n(?=[ \t]*\n)")  # where a blank line starts, every such place
_SPACE = re.compile(r"[ \t\r\n]*")

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
    """Every suppression comment, in order. Each is found once and its end looked for once
    (a comment never closed ends the search: none after it can close either), so a text of
    many openings takes time in proportion to its length."""
    out = []
    pos = 0
    blanks = None

    def paragraph_end(at: int) -> int:
        nonlocal blanks
        if blanks is None:
            blanks = [m.start() for m in _BLANK_LINE.finditer(text)]
        k = bisect.bisect_left(blanks, at)
        return blanks[k] if k < len(blanks) else len(text)

    while (opening := _OPENING.search(text, pos)) is not None:
        close = text.find("-->", opening.end())
        if close < 0:
            break
        start_at, end = opening.start(), close + 3
        body = text[opening.end():close]
        names, _, reason = body.partition("--")
        checks = tuple(w for w in re.split(r"[\s,]+", names.strip()) if w and w.lower() != "all")
        # the next line or paragraph: up to the first blank line after the comment's line
        start = end
        para_end = paragraph_end(end + 1)
        blank = _SPACE.match(text, end).end()
        if text[end:blank].lstrip(" \t").startswith(("\n", "\r")):
            start = blank
            para_end = paragraph_end(start)
        out.append(Suppression(start_at, end, checks, reason.strip(), (start, para_end)))
        pos = end
    return out


def apply(findings: list[dict], suppressions: list[Suppression]) -> tuple[list[dict], list[dict]]:
    """(kept, suppressed). A finding is suppressed by the first suppression, in the order
    of the text, that names its check (or all) and covers one of its spans."""
    # Covers start and end in the order of the text (each ends at the first blank line
    # after its start), so the first that covers an offset is found by two bisections.
    by_check: dict[str | None, tuple[list[int], list[int], list[int]]] = {}
    for n, s in enumerate(suppressions):
        for key in s.checks or (None,):
            starts, ends, index = by_check.setdefault(key, ([], [], []))
            starts.append(s.covers[0])
            ends.append(s.covers[1])
            index.append(n)
    kept, gone = [], []
    for f in findings:
        first = None
        for key in (f["check"], None):
            if key not in by_check:
                continue
            starts, ends, index = by_check[key]
            for s, _ in f["spans"]:
                last = bisect.bisect_right(starts, s) - 1  # covers that start at or before s
                j = bisect.bisect_right(ends, s, 0, last + 1)  # the first of them still open at s
                if j <= last and (first is None or index[j] < first):
                    first = index[j]
        rule = suppressions[first] if first is not None else None
        if rule is not None and f["status"] != "consistent":
            gone.append(dict(f, suppressed={"reason": rule.reason, "checks": list(rule.checks) or ["all"]}))
        else:
            kept.append(f)
    return kept, gone
