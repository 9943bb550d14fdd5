"""`percent_change` of an index between the two levels a sentence gives of it: "The export
price index stood at 112.4 (2015 = 100) in June, 1.2% above its level of May (111.1)", or,
with the change said just before, "Export prices fell 2.5% in the June quarter. The export
price index was 1,170, down from 1,200 in the March quarter (June 2002 quarter = 1,000)".

Index levels are no claims (a number with no currency or unit, beside a base that is no
level: "2015 = 100"), so the constraint system never sees them; but where both levels and
the change between them are given, the change can be checked on its own. A change said in an
earlier sentence is taken only where its words name the index's series ("export prices" for
"the index of export prices") and its periods agree with the levels' (the earlier level's
period is the change's base, or, where the change left its base unsaid, the period right
before or a year before its own). The words are in vocab/index_level_ties.csv."""
from __future__ import annotations

import functools
import re

from .. import periods as P
from .. import vocab
from ..model import Claim, Finding
from ..normalise.intervals import half_last_digit
from .catalogue import Severity, Status, render

# a number with no unit: "1,352", "104.6" (no year alone: "2023")
_NUMBER = r"(?<![\w$€£¥.,])(?!(?:19|20)\d\d(?![\d.,]\d))\d{1,3}(?:,\d{3})*(?:\.\d+)?(?![\d\w%])(?!\s*(?:%|per\s*cent|percent|million|billion|trillion|bn|mn|m\b|tn|points?\b))"
# an index's base, in brackets: "(2021 = 100)", "(2020 average = 100)", "(June 1957 quarter = 1,000)"
_BASE = re.compile(r"\(\s*[^()=]{0,40}?=\s*1(?:00|,?000)(?:\.0)?\s*\)")
# the end of a level: a bracket, a clause mark, a period or another tie after it
_LEVEL_END = r"(?=\s*(?:[(,;:]|\.(?!\d)|$)|\s+(?:in|on|at|for|up|down|compared|against|from|versus|a|the|its)\b)"
_PERCENT = r"(?P<p>\d+(?:\.\d+)?)\s*(?P<pct>%|per\s*cent|percent)"
_MONTHS = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
# a period said of a level: "in September", "in the March 2023 quarter", "of March 2023"
_PERIOD_WORDS = re.compile(rf"\s*(?:in|of|for)\s+(?:the\s+)?{_MONTHS}(?:\s+(?P<year>(?:19|20)\d\d))?(?P<quarter>\s+quarter)?\b")


def _ties(kind: str) -> str:
    words = [r["phrase"] for r in vocab.table("index_level_ties") if r["kind"] == kind]
    return vocab.alternation(words, ignore_case=True, space=r"\s+")


@functools.cache
def _levels_re() -> re.Pattern:
    """The index's level, words that date it, then the earlier level: "stood at 113.5 in March
    2024, compared with 127.7 in March 2023", "was 1,352, up from 1,235 in the March 2023 quarter",
    "rose to 131.0 index points, from 125.4" (the unit of a level, said after it)."""
    unit = rf"(?:\s+(?:{_ties('unit')}))?"
    return re.compile(rf"\b(?:{_ties('new')})\s+(?P<new>{_NUMBER}){unit}{_LEVEL_END}(?P<mid>[^.;%\d$€£¥()]{{0,30}}?(?:(?:19|20)\d\d[^.;%\d$€£¥()]{{0,10}}?)?),?\s*"
                      rf"(?:{_ties('old')})\s+(?P<old>{_NUMBER}){unit}{_LEVEL_END}", re.I)


@functools.cache
def _level_above_re() -> re.Pattern:
    """The index's level, then its change against an earlier level given in brackets: "stood at
    114.1 in March 2024, 0.4% above its level of March 2023 (113.6)"."""
    return re.compile(rf"\b(?:{_ties('new')})\s+(?P<new>{_NUMBER}){_LEVEL_END}[^.;%\d$€£¥()]{{0,30}}?(?:(?:19|20)\d\d)?\s*,\s*"
                      rf"{_PERCENT}\s+(?P<d>{_ties('up')}|{_ties('down')})\s+(?:its|the)\s+level\s+(?:of|in)\s+[^().;%]{{0,30}}?\(\s*(?P<old>{_NUMBER})\s*\)", re.I)


# the series an index names: "the BOJ's real export index" (words before "index"), "the index
# of import prices" (words after it)
_BEFORE_INDEX = re.compile(r"(?P<words>(?:[A-Za-z-]+\s+){1,4})index\b", re.I)
_AFTER_INDEX = re.compile(r"\bindex\s+of\s+(?P<words>(?:[A-Za-z-]+\s*){1,4})", re.I)
_NOT_SERIES = {"the", "a", "an", "its", "their", "this", "that", "of", "and", "for", "s"}


def _series_words(subject: str) -> list[str]:
    """The words naming the index's series in `subject` (the sentence up to its level)."""
    words: list[str] = []
    for m in _AFTER_INDEX.finditer(subject):
        words = m["words"].split()
    if not words:
        for m in _BEFORE_INDEX.finditer(subject):
            words = m["words"].split()
        # ("the BOJ's real export index": no agency's initials)
        words = [w for w in words if not (w.isupper() and len(w) > 1)]
    out = []
    for w in words:
        w = w.lower().strip("-")
        if w in ("stood", "was", "were", "is", "rose", "fell"):
            break
        if w not in _NOT_SERIES and len(w) > 2:
            out.append(w)
    return out


def _names_series(words: list[str], clause: str) -> bool:
    """Whether `clause` names every word of the series (a plural or singular alike)."""
    said = {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z]+", clause)}
    return bool(words) and all(w.rstrip("s") in said for w in words)


def _named_period(text: str, pos: int, end: int) -> tuple[int, int | None, bool] | None:
    """The month (0-11), year (or None) and whether a quarter, of a period said right at `pos`."""
    m = _PERIOD_WORDS.match(text, pos, end)
    if m is None:
        return None
    month = next((n for w, n in vocab.months().items() if w == m["month"].lower().rstrip(".")), None)
    if month is None:
        return None
    return month - 1, int(m["year"]) if m["year"] else None, bool(m["quarter"])


def _is_period(named: tuple[int, int | None, bool] | None, per) -> bool:
    """Whether a named period is `per` (a parsed period)."""
    if named is None or per is None:
        return False
    month, year, quarter = named
    length = per[1] - per[0] + 1
    return per[1] % 12 == month and (year is None or year == per[1] // 12) and length == (3 if quarter else 1)


def _level(n: str) -> tuple[float, float]:
    """A level and its rounding."""
    return float(n.replace(",", "")), half_last_digit(n)


def _allows(new, old, lo_factor: float, hi_factor: float) -> bool:
    lo, hi = (new[0] - new[1]) / (old[0] + old[1]), (new[0] + new[1]) / (old[0] - old[1])
    return lo_factor <= hi and lo <= hi_factor


def _finding(new: str, new_span, old: str, old_span, pct_text: str, pct_span, factor: float, lo: float, hi: float,
             claims: list[str]) -> Finding | None:
    a, b = _level(new), _level(old)
    if b[0] - b[1] <= 0 or _allows(a, b, lo, hi):
        return None
    actual = (a[0] / b[0] - 1) * 100
    fields = {"new": f"the index at {new}", "old": old, "change": f"{actual:+.1f}%", "text": pct_text,
              "stated_change": f"{(factor - 1) * 100:+.1f}%"}
    return Finding(id="", check="percent_change", status=Status.INCONSISTENT, severity=Severity.ERROR, claims=claims,
                   spans=[new_span, pct_span, old_span],
                   message=render("percent_change", "quantity_change", False, fields), expected=round(actual, 1),
                   observed=round((factor - 1) * 100, 1))


def findings(text: str, sentences, claims: list[Claim]) -> list[Finding]:
    """An inconsistent finding for each change of an index its two levels cannot give."""
    if "index" not in text and "= 100" not in text and "= 1,000" not in text:
        return []  # (checked first: cheap)
    out = []
    sentences = list(sentences)
    for i, sent in enumerate(sentences):
        part = text[sent.start:sent.end]
        if "index" not in part.lower() and not _BASE.search(part):
            continue
        # (the base, "(2021 = 100)", blanked out: its number is no level)
        blank = _BASE.sub(lambda m: " " * len(m.group(0)), part)
        work = text[:sent.start] + blank + text[sent.end:]
        for m in _level_above_re().finditer(work, sent.start, sent.end):
            up = m["d"].lower().split()[0] in ("above", "higher", "up")
            p = float(m["p"])
            e = half_last_digit(m["p"])
            sign = 1 if up else -1
            lo, hi = sorted((1 + sign * (p - e) / 100, 1 + sign * (p + e) / 100))
            f = _finding(m["new"], m.span("new"), m["old"], m.span("old"), text[m.start("p"):m.end("pct")],
                         (m.start("p"), m.end("pct")), 1 + sign * p / 100, lo, hi, [])
            if f is not None:
                out.append(f)
        for m in _levels_re().finditer(work, sent.start, sent.end):
            f = _earlier_change(text, work, sentences, i, m, claims)
            if f is not None:
                out.append(f)
    if "index," in text.lower():
        out += _table_findings(text, sentences, claims)
    return out


# a row of a small table of index levels, one a line: "Import price index, March 2024: 104.2"
_TABLE_ROW = re.compile(rf"^[ \t\-*]*(?P<label>[A-Za-z][A-Za-z' -]{{0,50}}?\bindex),\s*{_MONTHS}\s+(?P<year>(?:19|20)\d\d)\s*:\s*(?P<n>{_NUMBER})[ \t]*$",
                        re.I | re.M)


def _table_findings(text: str, sentences, claims: list[Claim]) -> list[Finding]:
    """A finding for each two rows of one index whose levels no stated change between their
    months allows. The change is one naming the index's series (words of its label) with the
    later row's month for its period and the earlier's for its base; where several do ("import
    prices were 8.1% higher", "energy import prices were 30% higher"), which one the levels make
    is a guess, so only where none fits is there a finding (against the first)."""
    rows: dict[str, list[tuple[int, re.Match]]] = {}
    for m in _TABLE_ROW.finditer(text):
        month = vocab.months().get(m["month"].lower().rstrip("."))
        if month is not None:
            rows.setdefault(m["label"].strip().lower(), []).append((int(m["year"]) * 12 + month - 1, m))
    out = []
    for label, levels in rows.items():
        words = _series_words(label)
        levels.sort(key=lambda r: r[0])
        for k, (late, new) in enumerate(levels):
            for early, old in levels[:k]:
                if early == late:
                    continue
                fits, first = False, None
                for c in claims:
                    if c.kind != "percent_change" or c.factor is None:
                        continue
                    if P.parse(c.period) != (late, late) or P.parse(c.base_period) != (early, early):
                        continue
                    own = next((s for s in sentences if s.start <= c.start < s.end), None)
                    if own is None or not _names_series(words, text[own.start:c.start]):
                        continue
                    e = half_last_digit(c.text)
                    sign = 1 if c.factor >= 1 else -1
                    p = abs(c.factor - 1) * 100
                    lo, hi = sorted((1 + sign * (p - e) / 100, 1 + sign * (p + e) / 100))
                    f = _finding(new["n"], new.span("n"), old["n"], old.span("n"), c.text, (c.start, c.end), c.factor, lo, hi, [c.id])
                    if f is None:
                        fits = True
                        break
                    first = first or f
                if not fits and first is not None:
                    out.append(first)
    return out


# sentences back a change may stand from the levels it is between (in the same paragraph or
# the one before)
_BACK = 4


def _is_heading(text: str, sent) -> bool:
    """Whether a sentence is a heading ("Export prices"): no figure and no closing mark."""
    part = text[sent.start:sent.end].strip()
    return not any(ch.isdigit() for ch in part) and not part.endswith((".", "!", "?", ":"))


def _is_list_item(text: str, sent) -> bool:
    return text[sent.start:sent.end].lstrip().startswith(("- ", "* ", "\u2022"))


def _first_in_reach(text: str, sentences, i: int):
    """The first sentence a change may stand in for the levels in sentence `i`: back at most
    _BACK sentences, in the same paragraph or the one before, where a heading between is no
    paragraph and a run of list items ("Key statistics" bullets) is one."""
    sent = sentences[i]
    first, para, passed = sent, sent.paragraph, 0
    for s in reversed(sentences[max(0, i - _BACK):i]):
        if s.paragraph != para:
            prev_item = passed and _is_list_item(text, first)
            if not _is_heading(text, s) and not (prev_item and _is_list_item(text, s)):
                passed += 1
            if passed > 1:
                break
            para = s.paragraph
        first = s
    return first


def _earlier_change(text: str, work: str, sentences, i: int, m: re.Match, claims: list[Claim]) -> Finding | None:
    """The finding for the levels in `m` against the change an earlier sentence gives of the
    same series ("Real exports rose 2.3% in May from April. The real export index stood at
    104.6, up from 102.2 in April"), or None."""
    sent = sentences[i]
    if "index" not in text[sent.start:m.start()].lower():
        return None  # (an index's levels: the sentence names one before them)
    words = _series_words(text[sent.start:m.start()])
    if not words:
        return None
    old_period = _named_period(work, m.end("old"), sent.end)
    if old_period is None:
        return None  # (the earlier level undated: which change it makes, the words do not say)
    new_period = _named_period(work, m.end("new"), m.start("old"))
    first = _first_in_reach(text, sentences, i)
    for c in reversed(claims):
        if c.kind != "percent_change" or not (first.start <= c.start < sent.start) or c.factor is None:
            continue
        own = next(s for s in sentences if s.start <= c.start < s.end)
        if not _names_series(words, text[own.start:c.start]):
            continue
        per, base = P.parse(c.period), P.parse(c.base_period)
        if per is None or (new_period is not None and not _is_period(new_period, per)):
            continue
        if c.basis.get("base_period") == "text" and not c.extra.get("_footing_unsaid"):
            if not _is_period(old_period, base):
                continue
        elif not any(_is_period(old_period, P.shift(per, -k)) for k in (per[1] - per[0] + 1, 12)):
            continue  # (an unsaid base: the period right before, or the year before)
        e = half_last_digit(c.text)
        sign = 1 if c.factor >= 1 else -1
        p = abs(c.factor - 1) * 100
        lo, hi = sorted((1 + sign * (p - e) / 100, 1 + sign * (p + e) / 100))
        return _finding(m["new"], m.span("new"), m["old"], m.span("old"), c.text, (c.start, c.end), c.factor, lo, hi, [c.id])
    return None
