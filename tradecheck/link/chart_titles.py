"""What a chart's data labels are of: its title's reading.

    Chart: Japan's exports to India, $bn, 2019-2023
    2019  10.2
    2020   8.9

A row of a chart (extract/chart_labels.py), or of a table under a caption that gives its unit
(extract/header_units.py), names at most its period or its flow; the flow, the pair and the
product are the title's. The title is read as the sentence it would be with a figure after
it ("Japan's exports to India, $bn, 2019-2023: $1bn"), by the same rules as any sentence, so
a title says what a sentence would say: exports, JPN/IND.

What the row names itself wins: "Deficit  -106.0" under "Turkey, merchandise trade" is the
balance, of the title's pair; "EU imports  346.6" under "EU trade in goods with the US" keeps
its flow and takes the pair. A title that names no flow, or no place, leaves the rows' flow or
pair a guess: the figures are then checked against nothing on the strength of it."""
from __future__ import annotations

import functools
import re
from typing import NamedTuple

from .. import vocab
from ..extract import table_rows


class Reading(NamedTuple):
    measure: str | None  # None: the title names no flow
    sign: int
    pair: tuple[str | None, str | None] | None  # None: the title names no place
    commodity: str | None


@functools.cache
def _lead_re() -> re.Pattern:
    """A title's opening word that is no part of its subject ("Chart 2:", "Infographic |":
    vocab/chart_leads.csv)."""
    words = vocab.alternation([r["word"] for r in vocab.table("chart_leads")], ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*(?:{words})(?:\s+\d+[a-z]?)?\s*[:|.–—-]\s*", re.I)


@functools.lru_cache(maxsize=64)
def title_reading(title: str) -> Reading | None:
    """The flow, sign, pair and product a chart's title (its lines) names, each read from
    the first line that names it."""
    from ..read import make_document
    from .claims import link

    measure, sign, pair, commodity = None, 0, None, None
    for line in title.split("\n"):
        lead = _lead_re().match(line)
        words = line[lead.end():] if lead else line
        if not words.strip():
            continue
        claims = link(make_document(f"{words.strip()}: $1bn"))
        c = next((x for x in claims if x.kind == "amount"), None)
        if c is None or c.measure in (None, "other"):
            continue
        if pair is None and c.basis.get("pair") == "text":
            pair = (c.reporter, c.partner)
            if c.basis.get("measure") != "text" and "WLD" in pair and None not in pair:
                # a title that names a market and no flow ("Plastics and Resins Market in
                # Mexico (USD millions)"): its rows' flows ("Total Imports", "Total
                # Exports") are that country's, with the world; and its product is theirs
                pair = (pair[1] if pair[0] == "WLD" else pair[0], "WLD")
                if commodity is None and c.commodity and c.basis.get("commodity") == "text":
                    commodity = c.commodity
        if c.basis.get("measure") != "text":
            continue
        if measure is None:
            measure, sign = c.measure, (-1 if (c.value or 0) < 0 else 0)
        # (a product only where the line names a flow too: "Customs basis" under the title
        # names how the flow is recorded, no product)
        if commodity is None and c.commodity and c.basis.get("commodity") == "text":
            commodity = c.commodity
        elif commodity is None and c.how.get("commodity") == "goods-alone":
            commodity = "goods"  # ("World merchandise exports": goods, whether told apart or not is the text's)
    if measure is None and pair is None:
        return None
    return Reading(measure, sign, pair, commodity)


@functools.cache
def _note_re() -> re.Pattern:
    words = vocab.alternation([r["phrase"] for r in vocab.table("chart_notes")], ignore_case=True, space=r"\s+")
    return re.compile(rf"[ \t]*(?:{words})(?:\s*\([^()\n]{{1,20}}\))?\s*:", re.I)


def read_under_title(s, set_) -> None:
    """Give a chart's (or captioned table's) row what its title names and it does not."""
    span = s.m.attrs.get("chart_title")
    if span is None:
        _chart_note(s, set_)
        return
    c, text = s.claim, s.text
    if c.kind != "amount":
        return
    r = title_reading(text[span[0]:span[1]])
    label = bool(s.m.attrs.get("chart_label"))
    if label:
        c.extra["_chart_label"] = True  # (its rounding: normalise/claims.py)
    a, b = table_rows.line_at(text, s.m.start)
    row_flow = any(a <= f.start < b for f in s.ms["flow"])
    row_places = {x.attrs.get("iso") for x in s.ms["country"] if a <= x.start < b}
    row_product = any(a <= x.start < b for x in s.ms["commodity"])
    # (a table's cell may take its flow and product from its column's header, "| Partner |
    # Exports | Imports |", which the rules read: only its pair is the caption's to give)
    if label and not row_flow:
        if r is not None and r.measure is not None:
            c.measure = r.measure
            s.sign = r.sign
            set_(c, "measure", "chart-title", "text")
        else:
            set_(c, "measure", c.how.get("measure", "discourse"), "guess")
    if c.basis.get("pair") != "text" or (label and not row_places):
        if r is not None and r.pair is not None and row_places <= set(r.pair):
            c.reporter, c.partner = r.pair
            for k in ("reporter_group", "partner_group"):
                c.extra.pop(k, None)
            set_(c, "pair", "chart-title", "text")
        elif label and not row_places:
            set_(c, "pair", c.how.get("pair", "discourse"), "guess")
    # (a table's rest row, "Other items   441,000" above "Total   809,400", is the part the
    # rows above leave out, never the whole the title names: its product is not known)
    rest = _rest_row(text, a, b) if not row_product and (label or c.commodity is None) and not _rows_are_places(text, a) else None
    if rest:
        c.commodity = rest  # (a product of its own, "other items": no whole and no listed row)
        set_(c, "commodity", "rest-row", "guess")
        return
    # (a table's cell keeps the product its column names, if any)
    if not row_product and (label or c.commodity is None and r is not None and r.commodity):
        c.commodity = r.commodity if r is not None else None
        if c.commodity == "goods" and not s.ctx.has_services:
            # (goods in a text that never gives services apart: the whole, named as goods, as
            # "merchandise exports" in a sentence is; link/commodities.py)
            c.commodity = None
            c.extra["_goods_named"] = True
            set_(c, "commodity", "chart-title", "text")
        else:
            set_(c, "commodity", "chart-title" if c.commodity else "none", "text" if c.commodity else "guess")


def _rows_are_places(text: str, line_start: int) -> bool:
    """Whether the table of the row at `line_start` heads its label column with places ("Destination",
    "Partner", "Country": vocab/partner_nouns.csv, place_columns.csv): its rest row, "All
    other", is the rest of the places, read as such elsewhere, not a product of its own."""
    from .dating import table_header_cell

    head = table_header_cell(text, line_start)  # (the header of the row's first cell, its label's)
    return bool(head) and head.strip("| ").lower() in _place_headers()


@functools.cache
def _place_headers() -> frozenset[str]:
    return frozenset(w.lower() for w in (*vocab.partner_nouns(), *(r["header"] for r in vocab.table("place_columns"))))


# a row's label: the line's text before its first gap (two spaces, a tab, a bar or leader dots)
_LABEL_END = re.compile(r" {2,}|\t|\||\.{2,}")


def _rest_row(text: str, start: int, end: int) -> str | None:
    """Whether the line start..end is a table's rest row ("Others   4,410", "Other items   441,000":
    vocab/table_row_labels.csv, kind rest, alone or before more words): its label, or None."""
    from .residuals import bare_rest_labels

    label = " ".join(_LABEL_END.split(text[start:end].strip(" |"), 1)[0].lower().split())
    return label if any(label == w or label.startswith(w + " ") for w in bare_rest_labels()) else None


def _chart_note(s, set_) -> None:
    """"Annotation on chart: 2024 surplus €198.2bn": a note on a chart is about the chart,
    whichever pair the prose before it was on; where the note names no place, its pair is
    a guess."""
    c = s.claim
    if c.basis.get("pair") == "text" or s.text.find(":", s.sent.start, s.m.start) < 0:
        return  # (cheap: a note opens with its label and a colon)
    a, _ = table_rows.line_at(s.text, s.m.start)
    if _note_re().match(s.text, a):
        set_(c, "pair", c.how.get("pair", "discourse"), "guess")
