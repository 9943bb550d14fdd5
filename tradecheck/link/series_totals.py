"""A statistics office's named totals (vocab/series_totals.csv): "If gold is counted in
(total 2), exports came to CHF 31.0 billion", "The business cycle total, "total 1", came to
CHF 22.4 billion. Precious metals accounted for the remaining CHF 8.6 billion". Each named
total is the reporter's trade with the world; the wider one is a series of its own, beside
the plain figures; and the rest after both is what the wider counts in beyond the plain."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..model import OUTSIDE_TOTALS, Claim
from .breakdowns import _REST_BEFORE

# where the parts left out of the plain total are named for a figure: (wider, plain) starts
REST_OF_WIDER = "_rest_of_wider"
_FLOWS = ("exports", "imports", "balance", "trade_total")
# products a figure takes from the figures before it, not from its own words
_CARRIED_PRODUCT = ("same-products", "same-as-previous", "same-flow-carried")
# the other flow joined to a figure by "and", its verb left out: " and imports to "
_OTHER_FLOW_JOINED = re.compile(r",?\s+and\s+[a-z]+(?:\s+[a-z]+)?\s+(?:to|at|of)\s+(?:about\s+|some\s+|nearly\s+)?", re.I)


@functools.cache
def _labels() -> tuple[re.Pattern, dict[str, tuple[str, str]]]:
    rows = vocab.table("series_totals")
    kinds = {r["phrase"].lower(): (r["kind"], r["scope"] or "") for r in rows}
    words = vocab.alternation(list(kinds), ignore_case=True, space=r"[\s-]+")
    # (a label ending in a number is closed by a bracket, a quote or punctuation: "(total 2),"
    # or '"total 1",', never "a total 2.4 billion")
    return re.compile(rf"\b({words})(?:(?<=[a-z])\b|(?=\s*[)\"”’',;:–—-]))", re.I), kinds


def _label_before(text: str, start: int, end: int) -> tuple[str, str] | None:
    low = text[start:end].lower()
    if "total" not in low:
        return None  # (cheap: every label holds the word)
    pattern, kinds = _labels()
    found = None
    for found in pattern.finditer(text, start, end):
        pass
    if found is None:
        return None
    return kinds.get(re.sub(r"[\s-]+", " ", found.group(1).lower())) or kinds.get(found.group(1).lower())


def named_totals(text: str, sents, claims: list[Claim]) -> None:
    """"If those are included (total 2), exports reached CHF 98.5 billion": the figure after a
    total's name in its clause (and those that go on from it in its sentence: "rose 4% to
    ...") is the reporter's trade with the world; the wider total takes its scope."""
    if "total" not in text.lower():
        return
    labelled: list[tuple[Claim, str]] = []
    prev: Claim | None = None
    carried: tuple[str, str] | None = None
    for c in claims:
        same = prev is not None and prev.sentence == c.sentence
        start = prev.end if same else sents[c.sentence].start
        label = _label_before(text, start, c.start) if c.measure in _FLOWS else None
        if label is not None and c.commodity and c.how.get("commodity") == "product-word" and c.commodity.lower() in text[start:c.start].lower():
            # ("If gold is included (total 2), exports were": what the total counts in or leaves
            # out, no product of the figure)
            c.commodity = None
            c.how["commodity"] = "named-total"
        if label is None and same and carried is not None and c.measure == prev.measure \
                and c.how.get("pair") == "same-as-previous" and c.kind in ("amount", "percent_change"):
            label = carried  # ("total 2 rose 4% to CHF 31.0bn": the level the change went to)
        if label is None and same and carried is not None and c.kind == "amount" == prev.kind \
                and c.measure in _FLOWS and c.measure != prev.measure and _OTHER_FLOW_JOINED.fullmatch(text, prev.end, c.start):
            label = carried  # ("(general total), exports amounted to CHF 48.4bn and imports to CHF 41.3bn")
        if label is not None and c.commodity and c.how.get("commodity") in _CARRIED_PRODUCT:
            # ("those of machinery ... by 15.9%. Including these goods (general total), exports
            # amounted to": a named total is of all goods, no product carried from before)
            c.commodity = None
            c.how["commodity"] = "named-total"
        carried = label
        prev = c
        if label is None or c.reporter in (None, "WLD") or c.commodity is not None:
            continue
        if c.partner != "WLD" and c.how.get("pair") in ("discourse", "same-as-previous"):
            c.partner = "WLD"
            c.how["pair"], c.basis["pair"] = "named-total", "text"
            c.extra.pop("partner_group", None)
        if label[0] == "wider" and c.scope is None:
            c.scope = label[1]
        if c.kind == "amount":
            labelled.append((c, label[0]))
    _rest_of_the_wider(text, claims, labelled)


def _rest_of_the_wider(text: str, claims: list[Claim], labelled: list[tuple[Claim, str]]) -> None:
    """"... (total 2) CHF 31.0 billion ... "total 1" CHF 22.4 billion. Precious metals
    accounted for the remaining CHF 8.6 billion": the rest after a wider and a plain total of
    one flow is what the wider counts in beyond the plain, no part of the plain total (a
    series of its own); the three add up (check/sums.py)."""
    wider = [c for c, k in labelled if k == "wider"]
    plain = [c for c, k in labelled if k == "plain"]
    if not wider or not plain:
        return
    for c in claims:
        if c.kind != "amount" or c.measure not in ("exports", "imports") or not _REST_BEFORE.search(text, max(0, c.start - 30), c.start):
            continue
        w = next((w for w in reversed(wider) if w.end < c.start and _same_flow(w, c)), None)
        p = next((p for p in reversed(plain) if p.end < c.start and _same_flow(p, c)), None)
        if w is None or p is None or c.paragraph - min(w.paragraph, p.paragraph) > 1:
            continue
        c.reporter, c.partner = p.reporter, p.partner
        c.how["pair"], c.basis["pair"] = "rest-of-named-total", "text"
        c.scope = OUTSIDE_TOTALS  # (what the plain total leaves out: no part of it)
        c.extra[REST_OF_WIDER] = [w.start, p.start]


def _same_flow(a: Claim, b: Claim) -> bool:
    return (a.measure, a.reporter, a.period, a.currency) == (b.measure, b.reporter, b.period, b.currency)
