"""The lines of a list indented under another: parts of that line's figure.

    - Non-oil exports: 38,038.6 million dollars, of which:
      - Manufacturing: 35,735.4 million dollars
          Automotive: 12,880.5 million dollars
          Non-automotive: 22,854.9 million dollars

"Automotive" and "Non-automotive" make manufacturing, not all exports (a "non-X" and its X make
the whole they are within, check/sums.py)."""
from __future__ import annotations

from .bracket_rates import LIST_ROW, line_end


def parts_indented_under_a_line(text: str, claims: list) -> None:
    """"  - Manufacturing: 35,735.4 million dollars" over "      Automotive: 12,880.5 million
    dollars" and "      Non-automotive: 22,854.9 million dollars": a line of a list indented
    deeper than the line above it is a part of that line's figure, its product within that
    line's (`_within`), as in "manufacturing exports reached ...: automotive products ... and
    non-automotive manufactures ..." (link/claims.py `_parts_after_a_colon`); so "automotive"
    and "non-automotive" make manufacturing, not all exports."""
    if "\n " not in text and "\n\t" not in text:
        return  # (no indented line: checked first, cheap)
    chain: list[tuple[int, object]] = []  # (indent, first figure) of the list lines above, outermost first
    last_line = None
    for c in claims:
        if c.kind != "amount" or not c.commodity:
            continue
        start = text.rfind("\n", 0, c.start) + 1
        end = line_end(text, c.start)
        if start == last_line or not LIST_ROW.fullmatch(text, start, end):
            continue  # (a line's first figure only; and list lines alone)
        if last_line is None or not LIST_ROW.fullmatch(text, text.rfind("\n", 0, start - 1) + 1, max(start - 1, 0)):
            chain = []  # (the line above is no line of the list: a new list)
        indent = len(text[start:end]) - len(text[start:end].lstrip(" \t-•*–·▪"))
        while chain and chain[-1][0] >= indent:
            chain.pop()
        if chain:
            parent = chain[-1][1]
            if parent.commodity != c.commodity and not c.extra.get("_within") and \
                    (parent.measure, parent.reporter, parent.partner, parent.period, parent.currency) == \
                    (c.measure, c.reporter, c.partner, c.period, c.currency):
                c.extra["_within"] = parent.commodity
        chain.append((indent, c))
        last_line = start
