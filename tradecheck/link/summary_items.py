"""A bare figure on a list line that sums the body up ("In short" then "- Surplus 2023: $40
billion"), of a flow, pair and period the body gave for goods: a text that speaks of services
too would read a bare figure as goods and services together, but a summary line carries no
scope of its own, and it is as likely the body's goods figure restated. Where its value is
that goods figure it restates it (goods); else whether it is of goods alone or of goods and
services the line does not say (`_services_unsure`), so a conflict that rests on it is
unverifiable."""
from __future__ import annotations

import re

from ..model import Claim
from .cues import LIST_MARKER

SERVICES_UNSURE = "_services_unsure"

# a list's line: a bullet, or (a markdown list read as text has lost its bullets) a label
# and a colon with the figure after it ("Deficit 2023: €40 billion")
_LIST_LINE = re.compile(rf"[ \t]*{LIST_MARKER}[ \t]+\S|[ \t]*[A-Z][^:\n]{{0,40}}:[ \t]+\S")
_FLOWS = ("exports", "imports", "balance", "trade_total")


def summary_items_of_goods(text: str, claims: list[Claim]) -> None:
    """Give a list line's bare figure the goods the body stated its flow in, or mark it unsure."""
    if "\n" not in text:
        return
    body: dict[tuple, list[Claim]] = {}
    for c in claims:
        on_list = _on_a_list_line(text, c.start)
        if not on_list and c.kind == "amount" and c.commodity == "goods" and not c.scope and c.measure in _FLOWS:
            body.setdefault(_key(c), []).append(c)
            continue
        if not on_list or c.kind != "amount" or c.commodity is not None or c.scope or c.value is None \
                or c.measure not in _FLOWS or _key(c) not in body:
            continue
        goods = body[_key(c)]
        if any(g.currency == c.currency and g.value == c.value for g in goods):
            c.commodity = "goods"
            c.how["commodity"] = "summary-of-goods"
            c.basis["commodity"] = "context"
        else:
            c.extra.setdefault(SERVICES_UNSURE, True)


def _key(c: Claim) -> tuple:
    return c.measure, c.reporter, c.partner, c.period


def _on_a_list_line(text: str, pos: int) -> bool:
    return _LIST_LINE.match(text, text.rfind("\n", 0, pos) + 1) is not None
