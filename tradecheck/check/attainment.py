"""A result against its goal: "collections reached P215.6 billion, 101.9 percent of the
P211.6-billion target", "collected GH¢ 24.3 billion, against a target of GH¢ 23.1 billion,
representing a performance of 105.2 percent", "collected P74.2 billion, exceeding its
P71.5-billion target by P2.7 billion, or 3.8 percent".

A percent of a goal is no share of a whole (a result may pass its goal) but the ratio of the
result to the goal, and an excess is their difference. Goals, revenue collections and the like
are money of no trade flow (measure `other`): they never enter the constraint system, so the
sentence is checked on its own, like check/other_money.py. Only where the words state both the
result and the goal (vocab/goal_nouns.csv names the goal's amount, vocab/attainment_words.csv
the words that tie the two) is anything flagged; a goal given a sentence earlier ("72.8 percent
of that goal") is the last one the sentence before names."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..link.cues import HEDGE
from ..model import Claim, Finding
from .by_sentence import by_sentence
from .catalogue import Severity, Status, render
from .format import money
from .other_money import _range

# how far after a percentage the goal's amount may start: "101.9 percent of the P211.6-billion target"
_NEAR = 30


@functools.cache
def _res() -> dict[str, re.Pattern]:
    goal = vocab.alternation(vocab.goal_nouns(), ignore_case=True, space=r"\s+")
    words = vocab.attainment_words()
    above = vocab.alternation([w for w, r in words.items() if r == "above"], ignore_case=True, space=r"\s+")
    below = vocab.alternation([w for w, r in words.items() if r == "below"], ignore_case=True, space=r"\s+")
    det = r"(?:(?:a|an|its|the|their|this|that)\s+)?"
    earn = vocab.alternation(vocab.goal_verbs(), ignore_case=True, space=r"\s+")
    level = vocab.alternation([w for w, r in words.items() if r == "level"], ignore_case=True, space=r"\s+")
    return {
        # "a target of GH¢ 23.1 billion", "its full-year goal of P931.0 billion"
        "goal_before": re.compile(rf"\b(?:{goal})\s+(?:of\s+|at\s+)?{HEDGE}$", re.I),
        # "P71.5-billion target", "P874.2-billion revenue target"
        "goal_after": re.compile(rf"\s*(?:[\w'’-]+\s+)?(?:{goal})\b", re.I),
        # "exceeding its", "fell short of the target of"
        "above": re.compile(rf"\b(?:{above})\s+{det}(?:(?:[\w'’-]+\s+){{0,2}}?(?:{goal})\s+of\s+)?{HEDGE}$", re.I),
        "below": re.compile(rf"\b(?:{below})\s+{det}(?:(?:[\w'’-]+\s+){{0,2}}?(?:{goal})\s+of\s+)?{HEDGE}$", re.I),
        # "target by", "revenue target by about"
        "by": re.compile(rf"\s*(?:[\w'’-]+\s+){{0,2}}?by\s+{HEDGE}", re.I),
        # "by P2.7 billion, or 3.8 percent" (the comma may be left out: "by PHP 3.3 billion or 4.3 percent")
        "or": re.compile(rf"(?:\s*,\s*|\s+)or\s+(?:by\s+)?{HEDGE}", re.I),
        "by_before": re.compile(r"\bby\s+$", re.I),
        # "The plan for the year was to generate": a goal stated as what is to be earned; or
        # the goal noun made a verb ("had planned to earn", "aimed to generate", "targeted to earn")
        "goal_to": re.compile(rf"\b(?:(?:{goal})\b[^.;,\d]{{0,40}}?\s(?:is|was|are|were)|(?:{goal})(?:ned|ed))"
                              rf"\s+to\s+(?:{earn})\s+{HEDGE}$", re.I),
        # "the performance reached": the words that say a percentage is the result over the goal
        "level": re.compile(rf"\b(?:{level})\b", re.I),
    }


def _is_goal(text: str, sent_start: int, c: Claim) -> bool:
    if c.kind != "amount":
        return False
    r = _res()
    return bool(r["goal_before"].search(text, max(sent_start, c.start - 40), c.start)
                or r["goal_after"].match(text, c.end, c.end + 40)
                or r["goal_to"].search(text, max(sent_start, c.start - 80), c.start))


def _earned_before(text: str, sent, goals: list[Claim], c: Claim, earlier: list[Claim]) -> list[Claim]:
    """"Exports earned $118.6m in 2023/24. ... The plan for the year was to generate $150m,
    and the performance reached 79.1 percent of the target": where the sentence gives no
    result, a goal "to generate" an amount and the performance as a percentage of it, the
    result is the last figure of a trade flow of the goal's period and currency before it."""
    goal = next((g for g in goals if g.end <= c.start and _res()["goal_to"].search(text, max(sent.start, g.start - 80), g.start)), None)
    if goal is None or not _res()["level"].search(text, goal.end, c.start):
        return []
    found = [x for x in earlier if x.kind == "amount" and x.measure in ("exports", "imports")
             and x.bound in ("eq", "approx") and not x.extra.get("_forecast")
             and x.period == goal.period and x.currency == goal.currency]
    # (one figure, maybe said twice, is the result; a total and its parts before ("earned $540m
    # ... flowers $475m, vegetables $38m and fruits $27m") leave which one unsaid: none is taken)
    return found[-1:] if len({x.value for x in found}) == 1 else []


def findings(text: str, sentences, claims: list[Claim]) -> list[Finding]:
    """An inconsistent finding for each percent of a goal, or excess over it, that the result
    and the goal the words state cannot give."""
    low = text.lower()
    if not any(w in low for w in vocab.goal_nouns()):
        return []  # (no goal named: the cheap test first)
    out: list[Finding] = []
    prev_goals: list[Claim] = []
    for sent, own in zip(sentences, by_sentence(sentences, claims)):
        goals = [c for c in own if _is_goal(text, sent.start, c)]
        results = [c for c in own if c.kind == "amount" and c not in goals
                   and not _res()["by_before"].search(text, max(sent.start, c.start - 4), c.start)]
        for c in own:
            if c.kind == "share" and c.extra.get("_whole") == "a goal":
                before = results if any(r.end <= c.start for r in results) \
                    else _earned_before(text, sent, goals, c, [x for x in claims if x.end <= sent.start])
                out += filter(None, [_percent_of_goal(c, goals, prev_goals, before)])
        for g in goals:
            out += _excess(text, sent, own, g, results)
        prev_goals = goals  # ("of that goal": the goal the sentence before names)
    return out


def _percent_of_goal(c: Claim, goals: list[Claim], prev_goals: list[Claim], results: list[Claim]) -> Finding | None:
    """"P215.6 billion, 101.9 percent of the P211.6-billion target": result / goal."""
    near = [g for g in goals if c.end <= g.start <= c.end + _NEAR]
    before = [g for g in goals if g.end <= c.start]
    goal = near[0] if near else before[-1] if before else prev_goals[-1] if prev_goals else None
    result = next((r for r in reversed(results) if r.end <= c.start), None)
    if goal is None or result is None or result.currency != goal.currency:
        return None
    lo_f, hi_f = c.extra.get("factor_low", c.factor), c.extra.get("factor_high", c.factor)
    r_res, r_goal = _range(result), _range(goal)
    if None in (lo_f, hi_f, r_res, r_goal):
        return None
    if lo_f <= r_res[1] / r_goal[0] and r_res[0] / r_goal[1] <= hi_f:
        return None
    return _share_failure(result, c, goal, c.factor)


def _excess(text: str, sent, own: list[Claim], goal: Claim, results: list[Claim]) -> list[Finding]:
    """"collected P74.2 billion, exceeding its P71.5-billion target by P2.7 billion, or 3.8
    percent": result - goal = the excess (goal - result for "fell short of ... by"), and the
    percentage after it is the excess over the goal."""
    r = _res()
    lead = text[max(sent.start, goal.start - 80):goal.start]
    sign = 1 if r["above"].search(lead) else -1 if r["below"].search(lead) else 0
    result = next((x for x in reversed(results) if x.end <= goal.start), None)
    after = [x for x in own if x.start >= goal.end]
    by = after[0] if after and after[0].kind == "amount" else None
    if not sign or result is None or by is None or r["by"].fullmatch(text, goal.end, by.start) is None \
            or not result.currency == goal.currency == by.currency:
        return []
    r_res, r_goal, r_by = _range(result), _range(goal), _range(by)
    if None in (r_res, r_goal, r_by):
        return []
    lo, hi = (r_res[0] - r_goal[1], r_res[1] - r_goal[0]) if sign > 0 else (r_goal[0] - r_res[1], r_goal[1] - r_res[0])
    out = []
    if not (lo <= r_by[1] and r_by[0] <= hi):
        diff = sign * (result.value - goal.value)
        fields = {"actual": money(result.value, result.currency), "target": money(goal.value, goal.currency),
                  "difference": money(diff, goal.currency), "text": by.text}
        out.append(Finding(id="", check="sum", status=Status.INCONSISTENT, severity=Severity.ERROR,
                           claims=[result.id, goal.id, by.id], spans=[(x.start, x.end) for x in (result, goal, by)],
                           message=render("sum", "goal_excess" if sign > 0 else "goal_shortfall", False, fields),
                           expected=diff, observed=by.value))
    pct = after[1] if len(after) > 1 else None
    if pct is not None and pct.kind in ("share", "percent_change") and r["or"].fullmatch(text, by.end, pct.start):
        out += filter(None, [_excess_share(by, goal, pct)])
    return out


def _excess_share(by: Claim, goal: Claim, pct: Claim) -> Finding | None:
    """"by P2.7 billion, or 3.8 percent": the excess over the goal."""
    shift = 1.0 if pct.kind == "percent_change" else 0.0  # (a change's factor is 1 + the rate)
    lo_f = pct.extra.get("factor_low", pct.factor)
    hi_f = pct.extra.get("factor_high", pct.factor)
    r_by, r_goal = _range(by), _range(goal)
    if None in (lo_f, hi_f, r_by, r_goal):
        return None
    lo_f, hi_f = abs(lo_f - shift), abs(hi_f - shift)
    lo_f, hi_f = min(lo_f, hi_f), max(lo_f, hi_f)
    if lo_f <= r_by[1] / r_goal[0] and r_by[0] / r_goal[1] <= hi_f:
        return None
    return _share_failure(by, pct, goal, abs(pct.factor - shift))


def _share_failure(part: Claim, pct: Claim, goal: Claim, stated: float) -> Finding:
    """The finding that `part` / `goal` is not the percentage `pct` states (as the fraction
    `stated`): the result of a goal, or its excess, over the goal."""
    share = part.value / goal.value
    fields = {"part": money(part.value, part.currency), "whole": money(goal.value, goal.currency),
              "share": f"{share * 100:.1f}%", "text": pct.text, "bound": pct.bound}
    return Finding(id="", check="ratio", status=Status.INCONSISTENT, severity=Severity.ERROR,
                   claims=[part.id, pct.id, goal.id], spans=[(x.start, x.end) for x in (part, pct, goal)],
                   message=render("ratio", "share", False, fields),
                   expected=round(share * 100, 1), observed=round(stated * 100, 1))
