"""The key-figure rows and the parts of a market note (an export-promotion agency's guide to
one country's market).

Such a note lists its figures as rows, a product's flow first and a partner's part of it
next ("- Widget imports (2022): ¥50 billion" then "- Imports from Italy: ¥9 billion, an 18%
share"): the partner's row names no product, but it is the row above's product from that
partner. Its prose gives a total and then one product's part of it ("Imports of machinery
came to MAD 3 billion in 2022. Pumps alone represented MAD 1 billion, or 33% of the total"):
the part is of the total's flow, pair and period, its product the words before "alone"."""
from __future__ import annotations

import re

from ..model import Claim
from .commodities import unknown_product
from .cues import LIST_MARKER


_ROW = re.compile(rf"[ \t]*{LIST_MARKER}[ \t]")
_FLOWS = ("exports", "imports")


def _line(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def partner_rows_of_a_product_row(text: str, claims: list[Claim]) -> None:
    """"- Widget imports (2022): ¥50 billion / - Imports from Italy: ¥9 billion, an 18%
    share": a list row on the flow with one partner that names no product, right under a row
    on the same reporter's same flow with the world labelled with a product, is that
    product's flow, in the row's year when it names none (its share then is of the row above)."""
    for c in claims:
        if c.kind not in ("amount", "share") or c.commodity or c.measure not in _FLOWS \
                or c.partner in (None, "WLD") or c.how.get("commodity") != "none":
            continue
        start, _ = _line(text, c.start)
        if start < 2 or not _ROW.match(text, start):
            continue
        above, _ = _line(text, start - 1)
        if not _ROW.match(text, above):
            continue
        row = next((p for p in claims if above <= p.start < start - 1 and p.kind == "amount" and p.measure == c.measure
                    and p.reporter == c.reporter and p.partner == "WLD" and p.commodity
                    and p.how.get("commodity") == "label-of-flow"), None)
        if row is not None:
            c.commodity = row.commodity
            c.how["commodity"] = "product-of-the-row-above"
            c.basis["commodity"] = row.basis.get("commodity", "context")
            if c.how.get("period") == "discourse" and row.period:
                # (and its year: "- Imports from Italy" under "- Widget imports (2022)")
                c.period = row.period
                c.how["period"], c.basis["period"] = "period-of-the-row-above", row.basis.get("period", "context")
            if c.kind == "share":
                c.extra["_whole_has_commodity"] = True  # (of the row above: the product's flow with the world)


# "Pumps alone represented MAD 1 billion": a sentence opening on a product, then "alone" and
# a verb of a part
_ALONE = re.compile(r"(?:^|(?<=[.;:]\s))\s*(?P<np>[A-Z][\w-]*(?:\s+[\w-]+){0,3}?)\s+alone\s+(?:represented|accounted\s+for|made\s+up|amounted\s+to|came\s+to|totall?ed|were\s+worth|was\s+worth)\s+$")


def parts_alone_of_the_total(text: str, claims: list[Claim]) -> None:
    """"Imports of machinery came to MAD 3 billion in 2022 ... Pumps alone represented MAD 1
    billion, or 33% of the total": the figure after "X alone represented", in the sentence
    after a flow's total, is the product X's part of that total (its reporter, partner, flow
    and period, not the publication year), and the share after it is of that total."""
    for k, c in enumerate(claims):
        if c.kind != "amount" or " alone " not in text[max(0, c.start - 60):c.start]:
            continue
        m = _ALONE.search(text, max(0, c.start - 60), c.start)
        product = unknown_product(m["np"]) if m else None
        if not product:
            continue
        # (the sentence before's first flow figure, the total it states: not a base after it,
        # "up 9% from MAD 4.4 billion in 2022")
        whole = next((p for p in claims[:k] if p.sentence == c.sentence - 1 and p.kind == "amount"), None)
        if whole is None or whole.measure not in _FLOWS or whole.currency != c.currency or not (whole.value and c.value) \
                or c.value >= whole.value:
            continue
        for x in [c] + [s for s in claims[k + 1:] if s.kind == "share" and s.start - c.end < 40 and "total" in text[s.end:s.end + 16]]:
            x.measure, x.reporter, x.partner, x.period = whole.measure, whole.reporter, whole.partner, whole.period
            for field in ("measure", "pair", "period"):
                x.how[field] = "part-alone-of-the-total"
                x.basis[field] = whole.basis.get(field, "context")
            x.commodity = product
            x.how["commodity"] = "part-alone-of-the-total"
            x.basis["commodity"] = "text"
            if x.kind == "share" and whole.commodity:
                x.extra["_whole_commodity"] = whole.commodity
            elif x.kind == "share":
                x.extra["_whole_commodity_none"] = True


def flows_of_one_product(text: str, claims: list[Claim]) -> None:
    """"Exports of widgets were valued at $2.5bn, while imports reached $1.4bn, resulting in
    a trade surplus of $1.1bn": a sentence that gives a product's exports, then imports and
    a balance that name no product of their own, all of one pair and period, is on that
    product's trade: the balance is of the product's two flows (so they are summed)."""
    by_sentence: dict[int, list[Claim]] = {}
    for c in claims:
        if c.kind == "amount" and c.sentence >= 0:
            by_sentence.setdefault(c.sentence, []).append(c)
    for own in by_sentence.values():
        if len(own) != 3 or sorted(c.measure for c in own) != ["balance", "exports", "imports"]:
            continue
        first, rest = own[0], own[1:]
        if not first.commodity or not (first.how.get("commodity") == "flow-of-product" or _names_product_flow(text, first)) \
                or any(c.commodity or c.how.get("commodity") != "none" for c in rest) \
                or any((c.reporter, c.partner, c.period) != (first.reporter, first.partner, first.period) for c in rest):
            continue
        for c in rest:
            c.commodity = first.commodity
            c.how["commodity"], c.basis["commodity"] = "product-of-the-sentence-flows", "text"


def _names_product_flow(text: str, c: Claim) -> bool:
    """"total cocoa exports, beans and products, earned US$1.19 billion": a product the flow's
    own noun phrase names ("<product> exports"), found as a product word, is the flow's as
    surely as "exports of <product>" (only the phrase shortly before the figure counts)."""
    if c.how.get("commodity") != "product-word" or c.measure not in _FLOWS:
        return False
    window = text[max(0, c.start - 80):c.start]
    return re.search(rf"\b{re.escape(c.commodity)}\s+{c.measure}\b", window, re.I) is not None
