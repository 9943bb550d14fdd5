"""A table row's label as the product of its figures: "Cotton yarn | 598 | 740 | -19.2%"
under "Item | FY25 | FY24 | Change" ("Textile group exports, July-March ($ mln)"). Each row is
one product line; a label the vocabulary does not know is still that row's own product, not
the article's product (which would make every row the same quantity)."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..extract import table_rows

# "Machinery ......... EUR 33.5 billion": a row label, a dotted leader of four dots or more
# (no ellipsis), then the row's figure; the label is the whole line before the leader
_DOTTED_ROW = re.compile(r"[ \t\xa0]*(?P<label>[^\n.]*?\S)[ \xa0]*\.{4,}[ \xa0]*")


def row_label(text: str, pos: int) -> str | None:
    """The first cell of the table row `pos` stands in, when `pos` stands in a later cell of a
    body row (a row under the header); else None."""
    start, end = table_rows.line_at(text, pos)
    if text.find("|", start, end) < 0 or not table_rows.is_row(text, start, end):
        return None
    if start == 0 or not table_rows.is_row(text, *table_rows.line_at(text, start - 1)):
        return None  # (the header row itself, or a row with no header above it)
    cells = table_rows.cells(text, start, end)
    if len(cells) < 2 or table_rows.column_of(text, start, end, pos) < 1:
        return None
    # (after a code or rank cell, "3 | Mineral fuels, lubricants | 72,8", the label is the next)
    a, b = table_rows.label_cell(text, start, end)
    if pos < b:
        return None
    label = text[a:b].strip()
    return label or None


def in_body_row_label(text: str, pos: int) -> bool:
    """Whether `pos` stands in the label cell of a table's body row (a row under the header):
    "| USA | 971 | 1,018 |" under "| Market | 2024 (£m) | ...", where USA is that row's place."""
    start, end = table_rows.line_at(text, pos)
    if text.find("|", start, end) < 0 or not table_rows.is_row(text, start, end):
        return False
    if start == 0 or not table_rows.is_row(text, *table_rows.line_at(text, start - 1)):
        return False  # (the header row itself, or a row with no header above it)
    a, b = table_rows.label_cell(text, start, end)
    return a <= pos < b


# "  Charges for the use of IP        HK$5.2 billion": a row of a table set out with spaces,
# the label, then a run of three spaces or more up to the row's one figure
_SPACED_ROW = re.compile(r"[ \t\xa0]*(?P<label>[A-Za-z][^\n|:]*?\S)[ \t\xa0]{3,}")


def spaced_row_label(text: str, pos: int) -> str | None:
    """The label of a line "Label      figure" whose figure starts at `pos`, the two parted
    by three spaces or more (a table pasted as text); else None."""
    if text[pos - 3:pos] != "   ":  # (cheap test first)
        return None
    start, _ = table_rows.line_at(text, pos)
    m = _SPACED_ROW.fullmatch(text, start, pos)
    return m["label"].strip() if m else None


def dotted_row_label(text: str, pos: int) -> str | None:
    """The label of a line "Label ....... figure" whose figure starts at `pos`: the words
    before the dotted leader, when the leader runs right up to the figure; else None."""
    start, _ = table_rows.line_at(text, pos)
    if text.find("....", start, pos) < 0:  # (cheap test first)
        return None
    m = _DOTTED_ROW.fullmatch(text, start, pos)
    return m["label"].strip() if m else None


def totals_of_product_rows(text: str, claims: list) -> None:
    """"Total | 13,967 | 12,907 | 8.2%" under rows of product lines: the total of the table's
    products, which the reading, naming no product, takes for all goods. Whether the table
    holds every product the country sells its caption may not say ("Textile group exports"):
    that reading is marked unsure (`_product_unsure`), so a conflict resting on it is
    unverifiable."""
    # (an "Other" row is the rest of whatever the rows above are, the partners of a table of
    # countries as well: no product line by itself)
    from .residuals import bare_rest_labels

    rest = bare_rest_labels()
    labelled_lines = {table_rows.line_at(text, c.start)[0] for c in claims if c.how.get("commodity") == "table-row-label"
                      and (row_label(text, c.start) or "").lower() not in rest}
    if not labelled_lines:
        return
    for c in claims:
        if c.commodity is not None or c.measure not in ("exports", "imports") or row_label(text, c.start) is None:
            continue
        if _names_whole_flow(row_label(text, c.start)):
            continue  # ("Total exports | 43,500.0": the label says it is the whole flow)
        start, _ = table_rows.line_at(text, c.start)
        if not _same_table(text, start, labelled_lines):
            continue
        product = _title_product(text, start) if _total_label(row_label(text, c.start)) else None
        if product is not None:
            c.commodity, c.how["commodity"] = product, "table-title-product"
        else:
            c.extra.setdefault("_product_unsure", "the products of its table")


def products_of_place_tables(text: str, claims: list) -> None:
    """"China | 17.61 | 12.14" down to "Total | 145.08 | 100.00" under "Top destinations for
    non-oil and gas exports, 2014": a table of places whose title names one flow of one
    product shares out that product's flow, so its place rows, and its rest and total rows
    under them, are of that product (the reading, naming none in the row, took them for all
    goods). A title of total trade, or of no one product, leaves the rows as they were."""
    from .residuals import bare_rest_labels

    place_lines = {table_rows.line_at(text, c.start)[0] for c in claims
                   if c.commodity is None and c.partner not in (None, "WLD") and c.measure in ("exports", "imports")
                   and row_label(text, c.start) is not None}
    if not place_lines:
        return
    rest = bare_rest_labels()
    for c in claims:
        if c.commodity is not None or c.measure not in ("exports", "imports"):
            continue
        label = row_label(text, c.start)
        if label is None:
            continue
        start, _ = table_rows.line_at(text, c.start)
        if start not in place_lines and not ((_total_label(label) or label.lower() in rest) and _same_table(text, start, place_lines)):
            continue
        product = _title_flow_product(text, start, c.measure)
        if product is not None:
            c.commodity, c.how["commodity"] = product, "table-title-product"


def _title_flow_product(text: str, row: int, measure: str) -> str | None:
    """The product of the one flow `measure` the title line over the table holding the row at
    `row` names, read as a sentence would be (link/chart_titles.py); None for a title of
    another flow, or of no product."""
    from .chart_titles import title_reading
    from .pairs import _table_title

    found = _table_title(text, row, longest=160)
    reading = title_reading(found[1].strip()) if found is not None else None
    return reading.commodity if reading is not None and reading.measure == measure else None


def _total_label(label: str) -> bool:
    """Whether a row's label is a total's, nothing else ("Total": vocab/table_row_labels.csv)."""
    from .pairs import _total_row_labels

    return " ".join(label.split()).lower() in _total_row_labels()


def _title_product(text: str, row: int) -> str | None:
    """The one product the title line over the table holding the row at `row` names ("[Table]
    Mobile phone exports (US$ billion)" over "Handsets", "Parts", "Total"): the product its
    rows share out, so its total row's; None for a title naming none, or two."""
    from ..extract import find_mentions
    from .commodities import canonical_label
    from .pairs import _table_title

    found = _table_title(text, row, longest=160)
    if found is None:
        return None
    products = find_mentions(found[1])["commodity"]
    return canonical_label(products[0].text) if len(products) == 1 else None


def _names_whole_flow(label: str) -> bool:
    """Whether a row's label is a total label and a flow, nothing else ("Total exports",
    "Total merchandise imports": vocab/total_labels.csv), or a flow then its total label, as
    a statistics office writes it ("Imports, total")."""
    from .measures import _cell_flows, _total_flow_label_re

    flows = _cell_flows(label)
    if len(flows) != 1:
        return False
    if _total_flow_label_re().fullmatch(label) and not label[flows[0].end:].strip():
        return True
    return not label[:flows[0].start].strip() and _flow_then_total_re().fullmatch(label, flows[0].end) is not None


@functools.cache
def _flow_then_total_re() -> re.Pattern:
    """", total" after a row label's flow: a total label of vocab/total_labels.csv after it."""
    labels = vocab.alternation(vocab.total_labels(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*,?\s*(?:{labels})\s*", re.I)


def _same_table(text: str, start: int, lines: set[int]) -> bool:
    """Whether a row of a labelled product line stands in the block of rows `start` is in."""
    at = start
    while at > 0:
        above, _ = table_rows.line_at(text, at - 1)
        if not table_rows.is_row(text, above, at - 1):
            break
        if above in lines:
            return True
        at = above
    return False


def parts_of_a_rows_total(text: str, claims: list) -> None:
    """"Total: Rs 1,09,432 crore" right under "Cut & polished diamonds: Rs 62,315 crore",
    "Gold jewellery: Rs 34,870 crore", ...: the total the rows above it close (link/measures.py
    total_of_rows, which reads it of the heading's flow) is their sum (`_parts`, summed by
    check/sums.add_joint_parts), where each row holds one figure of that total's flow, pair,
    period and currency, each of a product of its own; else it is left a total apart."""
    from .claims import TOTAL_OF_ROWS
    from .measures import _LABELLED_ROW

    totals = [c for c in claims if c.kind == "amount" and c.scope == TOTAL_OF_ROWS and not c.extra.get("_parts")]
    if not totals:
        return  # (cheap: most texts close no rows with a bare total)
    by_line: dict[int, list] = {}
    for c in claims:
        if c.kind == "amount":
            by_line.setdefault(table_rows.line_at(text, c.start)[0], []).append(c)
    for total in totals:
        parts = []
        start, _ = table_rows.line_at(text, total.start)
        while start >= 2:
            row_start = text.rfind("\n", 0, start - 1) + 1
            if _LABELLED_ROW.fullmatch(text, row_start, start - 1) is None:
                break
            figures = by_line.get(row_start, [])
            if len(figures) != 1:
                parts = []  # (a row of two figures or none: which are the parts is unsure)
                break
            parts.append(figures[0])
            start = row_start
        if len(parts) < 2 or not all(_same_flow_of_a_product(p, total) for p in parts) \
                or len({p.commodity for p in parts}) != len(parts):
            continue
        total.extra["_parts"] = parts[::-1]


def _same_flow_of_a_product(part, total) -> bool:
    """Whether `part` is a product's figure of the same flow, pair, period and currency as `total`."""
    return (part.commodity is not None and part.scope is None and part.measure == total.measure
            and part.reporter == total.reporter and part.partner == total.partner and part.period == total.period
            and part.currency == total.currency)
