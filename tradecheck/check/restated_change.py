"""A change given twice, in percent and in money, beside the level it starts from or ends at:
"the goal was to reduce the import bill by 25 percent, or $20 billion, in 2016 from $80
billion in 2015", "a cut of $20 billion (25 percent) from $80 billion", "exports fell 12
percent, or $1.2 billion, to $8.8 billion".

The money is the percent of the earlier level (or, given the later level, the later level's
distance from the level the percent was taken of), whether the change happened or is only a
goal or a forecast: the arithmetic of the words holds either way. Goals and forecasts are
no trade flows of a period (measure `other`), so they never enter the constraint system; the
sentence is checked on its own, like check/other_money.py. Only a level the sentence itself
states, tied to the pair by its words (vocab/level_ties.csv), is used: where the level is not
stated, or only guessed, nothing is said."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..link.cues import HEDGE
from ..model import Claim, Finding
from .by_sentence import by_sentence
from .catalogue import Severity, Status, render
from .format import money
from .other_money import _range, words_between


@functools.cache
def _res() -> dict[str, re.Pattern]:
    ties = vocab.level_ties()

    def alt(role: str) -> str:
        return vocab.alternation(ties[role], ignore_case=True, space=r"\s+")
    # ("its", "last year's": a few words may name the level between the tie and its figure)
    level_words = r"(?:[^\s\d$€£¥%.;,()]+\s+){0,3}?"
    return {
        # "25 percent" | ", or " | "$20 billion", "12 percent" | " (or " | "$1.5 billion"
        "restated": re.compile(rf"\s*[,—–(]\s*(?:{alt('restated')})\s+{HEDGE}$", re.I),
        # "$1.5 billion" | " (" | "12 percent"
        "bracket": re.compile(rf"\s*\(\s*{HEDGE}$", re.I),
        # "$20 billion" | ", in 2016 from " | "$80 billion"
        "old": re.compile(rf"\s*\)?{words_between()}\b(?:{alt('old')})\s+{level_words}{HEDGE}$", re.I),
        # "a cut of " | "$20 billion", "by " | "$5 billion": money said to be a change (vocab/changes.csv)
        "change_before": re.compile(rf"\b(?:(?:{vocab.alternation(list(vocab.changes()), ignore_case=True)})\s+(?:of\s+)?|by\s+){HEDGE}$", re.I),
        # "$1.2 billion" | ", to " | "$8.8 billion"
        "new": re.compile(rf"\s*\)?\s*,?\s*(?:{alt('new')})\s+{level_words}{HEDGE}$", re.I),
    }


def findings(text: str, sentences, claims: list[Claim]) -> list[Finding]:
    """An inconsistent finding for each change whose percent and money, given together,
    the level the sentence ties them to cannot both give."""
    out: list[Finding] = []
    for sent, own in zip(sentences, by_sentence(sentences, claims)):
        for i, c in enumerate(own):
            if c.kind == "percent_change" or (c.kind == "share" and c.measure == "other"):
                # ("a cut of $20 billion, or 25 percent, from $80 billion": a percent after
                # the money it restates reads as a share, of the level after "from")
                out += filter(None, [_restated(text, own, i)])
    return out


_OF_A_WHOLE = re.compile(r"\s+of\b", re.I)


def _pair(text: str, own: list[Claim], i: int) -> tuple[Claim, Claim] | None:
    """(percent, money) of a change said twice: the money right after the percent or right
    before it, tied by "or" (or a bracket, after money said to be a change: "a cut of $20
    billion (25 percent)"). A level before its change in brackets ("EUR 9.6 billion (+12.9%
    y/y, from EUR 8.5 billion)"), or after it ("rose 12.9% ($9.6 billion)"), is no
    restatement."""
    c = own[i]
    after = own[i + 1] if i + 1 < len(own) else None
    if after is not None and after.kind == "amount" and _res()["restated"].fullmatch(text, c.end, after.start):
        return c, after
    before = own[i - 1] if i > 0 else None
    if (before is not None and before.kind == "amount"
            and (_res()["restated"].fullmatch(text, before.end, c.start) or _res()["bracket"].fullmatch(text, before.end, c.start))
            and _res()["change_before"].search(text, max(0, before.start - 40), before.start)):
        return c, before
    return None


def _in_system(change: Claim, amount: Claim) -> bool:
    """Whether the constraint system already ties the two (a flow's change, and its change
    in money with both periods read): its own checks speak for them."""
    return change.measure != "other" and bool(amount.extra.get("change_of")) and bool(amount.extra.get("change_base"))


def _restated(text: str, own: list[Claim], i: int) -> Finding | None:
    pair = _pair(text, own, i)
    if pair is None:
        return None
    change, amount = pair
    if _in_system(change, amount) or _OF_A_WHOLE.match(text, change.end):
        return None  # ("$20bn, or 25 percent of the total, from $16bn": a share of another whole)
    last = max(change, amount, key=lambda x: x.start)
    j = own.index(last) + 1
    level = own[j] if j < len(own) and own[j].kind == "amount" else None
    if level is None or level.currency != amount.currency:
        return None
    lo_f, hi_f = change.extra.get("factor_low", change.factor), change.extra.get("factor_high", change.factor)
    r_amount, r_level = _range(amount), _range(level)
    if None in (lo_f, hi_f, r_amount, r_level) or lo_f <= 0:
        return None
    if change.kind == "share":
        # (a share is the rate itself: 0.25 for 25 percent, where a change's factor is 0.75)
        lo_f, hi_f = 1 + lo_f, 1 + hi_f
    factor = (1 + change.factor) if change.kind == "share" else change.factor
    if _res()["old"].fullmatch(text, last.end, level.start):
        implied = _of_earlier(lo_f, hi_f, r_level)
        earlier = True
    elif change.kind == "percent_change" and _res()["new"].fullmatch(text, last.end, level.start):
        implied = _from_later(lo_f, hi_f, r_level)
        earlier = False
    else:
        return None
    if implied[0] <= r_amount[1] and r_amount[0] <= implied[1]:
        return None
    value = abs(factor - 1) * level.value if earlier else level.value * abs(1 - 1 / factor)
    fields = {"text": change.text, "level": money(level.value, level.currency),
              "which": "earlier" if earlier else "later", "implied": money(value, amount.currency),
              "amount": amount.text}
    return Finding(id="", check="percent_change", status=Status.INCONSISTENT, severity=Severity.ERROR,
                   claims=[amount.id, change.id, level.id], spans=[(x.start, x.end) for x in (amount, change, level)],
                   message=render("percent_change", "restated", False, fields),
                   expected=value, observed=amount.value)


def _of_earlier(lo_f: float, hi_f: float, level: tuple[float, float]) -> tuple[float, float]:
    """The money a change of factor lo_f..hi_f makes of an earlier level: |f - 1| of it."""
    rates = sorted((abs(lo_f - 1), abs(hi_f - 1)))
    if lo_f <= 1 <= hi_f:
        rates[0] = 0.0
    return rates[0] * level[0], rates[1] * level[1]


def _from_later(lo_f: float, hi_f: float, level: tuple[float, float]) -> tuple[float, float]:
    """The money between a later level and the earlier one it is f times: later x |1 - 1/f|."""
    rates = sorted((abs(1 - 1 / lo_f), abs(1 - 1 / hi_f)))
    if lo_f <= 1 <= hi_f:
        rates[0] = 0.0
    return rates[0] * level[0], rates[1] * level[1]
