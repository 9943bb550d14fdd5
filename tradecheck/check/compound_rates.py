"""A compound annual growth rate against the two levels of its span, in a table of key figures:

    | Sales 2023        | US$10.0bn |
    | Sales 2028        | US$12.8bn |
    | CAGR 2023-2028    | 5.1%      |

A row "CAGR Y1-Y2" gives the average yearly change from Y1 to Y2, compounded: the level of
Y2 is the level of Y1 times (1 + r)^(Y2 - Y1). The levels are the rows of one label dated Y1
and Y2 ("Sales 2023", "Sales 2028"); only where exactly one label of the table has both is
anything checked (two series, market and segment, would leave the rate's series a guess).
Each figure is taken to its rounding as written. The figures are market sizes, no trade
flow, so this reads the table's rows alone, like check/table_changes.py."""
from __future__ import annotations

import re

from ..model import Claim, Finding
from .catalogue import Severity, Status, render
from .format import money, pct_change

# "| CAGR 2024-2029 | 5.62% |": the rate's row, its span and its per cent
_RATE_ROW = re.compile(r"(?m)^[ \t]*\|?[ \t]*(?:CAGR|[Cc]ompound\s+annual\s+growth\s+rate)[ \t]*\(?(?P<y1>(?:19|20)\d\d)[ \t]*[-–][ \t]*"
                       r"(?P<y2>(?:19|20)\d\d)\)?[ \t]*\|[ \t]*(?P<p>\d+(?:\.\d+)?)[ \t]*%[ \t]*\|?[ \t]*$")
# "| Revenue 2024 | US$26.34bn |": a level's row, its label and year
_LEVEL_ROW = re.compile(r"(?m)^[ \t]*\|?[ \t]*(?P<label>[A-Za-z][\w ’'-]*?)[ \t]+(?P<y>(?:19|20)\d\d)[ \t]*\|")


def findings(text: str, claims: list[Claim]) -> list[Finding]:
    """A percent_change finding for each CAGR row whose span's two levels the table states."""
    if "CAGR" not in text and "ompound annual" not in text:
        return []
    out = []
    for m in _RATE_ROW.finditer(text):
        y1, y2 = m["y1"], m["y2"]
        if int(y2) <= int(y1):
            continue
        block = _block(text, m.start())
        rows: dict[str, dict[str, Claim]] = {}
        for row in _LEVEL_ROW.finditer(text, *block):
            if row["y"] in (y1, y2):
                line_end = text.find("\n", row.end())
                line_end = len(text) if line_end < 0 else line_end
                level = [c for c in claims if row.end() <= c.start < line_end and c.kind == "amount"]
                if len(level) == 1:
                    rows.setdefault(row["label"].strip().lower(), {})[row["y"]] = level[0]
        series = [r for r in rows.values() if y1 in r and y2 in r]
        if len(series) == 1:
            found = _finding(m, series[0][y1], series[0][y2], int(y2) - int(y1))
            if found is not None:
                out.append(found)
    return out


def _block(text: str, pos: int) -> tuple[int, int]:
    """The lines of table rows ("|" first) around `pos`, no blank line between."""
    start = pos
    while start > 0:
        prev = text.rfind("\n", 0, start - 1) + 1
        if not text[prev:start].lstrip().startswith("|"):
            break
        start = prev
    end = text.find("\n\n", pos)
    return start, len(text) if end < 0 else end


def _finding(m: re.Match, old: Claim, new: Claim, years: int) -> Finding | None:
    if old.currency != new.currency or None in (old.native_low, old.native_high, new.native_low, new.native_high) or old.native_low <= 0:
        return None
    digits = len(m["p"].partition(".")[2])
    half = 0.5 * 10 ** -digits
    r_lo, r_hi = (float(m["p"]) - half) / 100, (float(m["p"]) + half) / 100
    low, high = old.native_low * (1 + r_lo) ** years, old.native_high * (1 + r_hi) ** years
    fits = new.native_low <= high and low <= new.native_high
    ratio = new.value / old.value
    fields = {"new": money(new.value, new.currency), "new_period": new.period or m["y2"],
              "old": money(old.value, old.currency), "old_period": old.period or m["y1"],
              "ratio": f"{ratio:.2f}", "years": years, "change": pct_change(ratio ** (1 / years)),
              "text": m["p"] + "%", "stated_change": pct_change(1 + float(m["p"]) / 100), "bound": "eq"}
    guessed = any(c.basis.get("period") == "guess" for c in (old, new))
    status = Status.CONSISTENT if fits else (Status.UNVERIFIABLE if guessed else Status.INCONSISTENT)
    at = m.start("p")
    return Finding(id="", check="percent_change", status=status,
                   severity=Severity.INFO if fits else (Severity.WARNING if guessed else Severity.ERROR),
                   claims=[old.id, new.id], spans=[(at, m.end("p") + 1), (old.start, old.end), (new.start, new.end)],
                   message=render("percent_change", "yearly_change", fits, fields),
                   expected=old.value * (1 + float(m["p"]) / 100) ** years, observed=new.value)
