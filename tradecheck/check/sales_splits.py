"""A sector's total sales listed ABOVE the two kinds that make them up, its sales at home and
its exports, one "Label: figure" line each:

    Key figures 2024:
    - Total sales: EUR 3,420 million (+4.1%)
    - Exports: EUR 2,310 million
    - Domestic sales: EUR 1,110 million

An association's key figures print them so. What a sector sells is sold at home or abroad, so
the two lines add up to the total (to their rounding); check/balance_sheets.py reads totals
BELOW their parts, and a total above them is read here. The total names sales, turnover or
shipments (vocab/sales_split_totals.csv: not production, which stocks set apart from sales);
the home line is named by a word of home sales (vocab/sector_turnover_cues.csv: "Domestic
sales", "Home market", or that word before the total's noun, "Domestic shipments"); the
export line by a word of exports (vocab/flows.csv). Both must follow the total straight
away, each once, all three in one currency and scale: another line among them (a share, a
region) leaves the list unread, as the kinds it splits into are then unclear.

Prose says the same (`prose_findings`): "total sales reached EUR 5,000 million, of which
exports accounted for EUR 3,500 million. ... Domestic sales came to EUR 1,500 million": the
total, its exports in an "of which" clause of the same sentence, and one sentence that opens
with the home sales, all of one reporter, period and currency."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..link.cues import LIST_MARKER
from ..model import Claim, Finding
from .catalogue import Severity, Status, render
from .table_arithmetic import _is

# a line of a list, "- Exports: EUR 4,190 million (+21%)": its label (no figure), then a
# figure with its currency before and its scale and unit after, then anything (its change)
_LINE = re.compile(rf"[ \t]*{LIST_MARKER}[ \t]+(?P<label>[A-Za-z][^:\d\n]{{0,50}}?)[ \t]*:[ \t]*"
                   r"(?P<fig>(?P<cur>[A-Z]{2,3}\$?[ \t]?|[$€£¥][ \t]?)?(?P<n>\d[\d,]*(?:\.\d+)?)"
                   r"(?:[ \t]*(?P<s>[A-Za-z]+))?)(?P<rest>[^\n]*)")
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?")


def findings(text: str) -> list[Finding]:
    """A sum finding for each total of sales listed above its home sales and its exports that
    the two do not make."""
    low = text.lower()
    if "total" not in low or not any(w in low for w in _home_words()):
        return []  # (no total, or no word of home sales: checked first, cheap)
    lines = [m for line_start, line in _lines(text) if (m := _LINE.fullmatch(text, line_start, line_start + len(line)))]
    out = []
    for k, total in enumerate(lines):
        noun = _total_noun(total["label"])
        if noun is None:
            continue
        home, abroad = [], []
        for m in lines[k + 1:k + 3]:
            if text.count("\n", total.end(), m.start()) != (len(home) + len(abroad) + 1):
                break  # (no longer the next line of the list)
            kind = _kind(m["label"], noun)
            if kind is None:
                break
            (home if kind == "home" else abroad).append(m)
        if len(home) == 1 and len(abroad) == 1:
            f = _judge(total, [abroad[0], home[0]] if abroad[0].start() < home[0].start() else [home[0], abroad[0]])
            if f is not None:
                out.append(f)
    return out


# "total sales by its members reached": the total's noun, a few words before its figure
_PROSE_TOTAL = re.compile(r"\btotal\s+(?P<noun>[a-z]+)\b[^.;:\d]{0,60}$")
# " in 2023, of which exports accounted for": the exports clause between the total and its
# part (after the total's year, if any)
_OF_WHICH = re.compile(r"[^.;]{0,30}?\bof which\s+(?P<label>[a-z]+)\b[^.;\d]{0,30}$")


def prose_findings(text: str, claims: list[Claim]) -> list[Finding]:
    """A sum finding for a total of sales that prose splits into its exports ("of which
    exports") and its home sales (a sentence of its own) when the two do not make it."""
    low = text.lower()
    if "of which" not in low or "total" not in low or not any(w in low for w in _home_words()):
        return []  # (cheap tests first)
    amounts = [c for c in claims if c.kind == "amount" and c.value is not None and c.currency]
    out = []
    for k, total in enumerate(amounts):
        if total.measure != "other":
            continue
        m = _PROSE_TOTAL.search(low, max(0, total.start - 80), total.start)
        if m is None or m["noun"] not in _total_nouns():
            continue
        nxt = amounts[k + 1] if k + 1 < len(amounts) else None
        if nxt is None or nxt.measure != "exports" or nxt.sentence != total.sentence or nxt.commodity \
                or nxt.partner not in (None, "WLD") or (nxt.period, nxt.reporter, nxt.currency) != (total.period, total.reporter, total.currency):
            continue
        clause = _OF_WHICH.match(low, total.end, nxt.start)
        if clause is None or (vocab.flows().get(clause["label"]) or ("",))[0] != "exports":
            continue
        homes = [c for c in amounts if c.measure == "other" and c.sentence != total.sentence
                 and (c.period, c.reporter, c.currency) == (total.period, total.reporter, total.currency)
                 and _opens_with_home_sales(low, c, m["noun"])]
        if len(homes) != 1:
            continue  # (none, or several: which is the year's is unclear)
        f = _judge_claims(text, total, [nxt, homes[0]])
        if f is not None:
            out.append(f)
    return out


def _opens_with_home_sales(low: str, c: Claim, noun: str) -> bool:
    """Whether the claim is the first figure of a sentence that opens with home sales
    ("Domestic sales came to", "Sales on the home market were")."""
    start = max(low.rfind(". ", 0, c.start), low.rfind("\n", 0, c.start)) + 1
    head = " ".join(low[start:c.start].split())
    if any(ch.isdigit() for ch in head) or len(head) > 60:
        return False
    return any(head.startswith(cue) for cue in _home_cues()) or any(head.startswith(f"{w} {noun}") for w in _home_words())


def _judge_claims(text: str, total: Claim, parts: list[Claim]) -> Finding | None:
    nums = [_number_of(c) for c in [total] + parts]
    if None in nums:
        return None
    (whole, we), *ps = nums
    got = sum(v for v, _ in ps)
    if abs(got - whole) <= we + sum(e for _, e in ps) + 1e-9 * max(1.0, whole):
        return None
    fields = {"parts": " + ".join(f"{c.text}" for c in parts), "sum": f"{got / 1e6:,.0f} million",
              "stated": total.text}
    return Finding(id="", check="sum", status=Status.INCONSISTENT, severity=Severity.ERROR, claims=[total.id] + [c.id for c in parts],
                   spans=[(c.start, c.end) for c in [total] + parts],
                   message=render("sum", "parts", False, fields), expected=got, observed=whole)


def _number_of(c: Claim) -> tuple[float, float] | None:
    """The claim's value with half its last written digit, in the claim's own scale."""
    m = _THOUSANDS.search(c.text)
    if m is None or c.value is None:
        return None
    n = _number(m.group())
    if n is None or n[0] == 0:
        return None
    scale = c.value / n[0]
    return c.value, n[1] * scale


def _lines(text: str):
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


def _total_noun(label: str) -> str | None:
    """The noun of a "Total sales" label that home sales and exports make up, or None."""
    if not _is(label, "total"):
        return None
    rest = " ".join(label.lower().split()[1:])
    return rest if rest in _total_nouns() else None


def _kind(label: str, noun: str) -> str | None:
    """"home" for a line of sales at home, "exports" for one of exports, else None."""
    low = " ".join(label.lower().split())
    if low in _home_cues() or any(low in (w, f"{w} {noun}") for w in _home_words()):
        return "home"
    flow = vocab.flows().get(low)
    if low != noun and flow is not None and flow[0] == "exports":
        return "exports"
    return None


def _judge(total: re.Match, parts: list[re.Match]) -> Finding | None:
    rows = [total] + parts
    if len({(_unit(m["cur"]), _unit(m["s"])) for m in rows}) > 1:
        return None  # (another currency or scale: no sum in one unit)
    values = [_number(m["n"]) for m in rows]
    if None in values:
        return None
    (whole, we), *ps = values
    got = sum(v for v, _ in ps)
    if abs(got - whole) <= we + sum(e for _, e in ps) + 1e-9:
        return None
    decimals = max(len(m["n"].split(".")[1]) if "." in m["n"] else 0 for m in parts)
    fields = {"parts": " + ".join(f"{m['fig'].strip()} ({m['label'].strip()})" for m in parts),
              "sum": " ".join(filter(None, (f"{got:,.{decimals}f}", parts[0]["s"]))), "stated": f"{total['fig'].strip()} ({total['label'].strip()})"}
    return Finding(id="", check="sum", status=Status.INCONSISTENT, severity=Severity.ERROR, claims=[],
                   spans=[total.span("fig")] + [m.span("fig") for m in parts],
                   message=render("sum", "parts", False, fields), expected=got, observed=whole)


def _unit(s: str | None) -> str:
    return (s or "").strip().lower()


def _number(n: str) -> tuple[float, float] | None:
    """A figure with commas grouping thousands, and half its last digit; None for another
    writing ("1,5": a decimal comma, which this does not read)."""
    if not _THOUSANDS.fullmatch(n):
        return None
    n = n.replace(",", "")
    return float(n), 0.5 * 10 ** -(len(n.split(".")[1]) if "." in n else 0)


@functools.cache
def _total_nouns() -> frozenset[str]:
    return frozenset(r["word"].lower() for r in vocab.table("sales_split_totals"))


@functools.cache
def _home_cues() -> tuple[str, ...]:
    return tuple(r["phrase"].lower() for r in vocab.table("sector_turnover_cues"))


@functools.cache
def _home_words() -> frozenset[str]:
    """The words that put a sale at home, each cue's first ("domestic", "home", "home-market")."""
    return frozenset(c.split()[0] for c in _home_cues())
