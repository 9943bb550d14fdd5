"""Figures on lines of their own under a label line, as country profiles print them:

    Exports:
    $51.2 billion (2023 est.)
    $48.9 billion (2022 est.)

    Current account balance:
    -$3.4 billion (2023 est.)

Each value line holds a figure and at most a bracket after it (its year, "est."); the label
line above the block, ending with its colon, names what every figure under it is: the flow
("Exports:"), money that is no flow ("Real GDP:", "Reserves of foreign exchange:") or an
account of the balance of payments ("Current account balance:"). Each line is a sentence of
its own, so without this the figures would take whatever flow the text last named."""
from __future__ import annotations

import re

from ..extract import mentions as scan
from ..extract.mentions import Mention

# a value line: a sign, a currency sign or code, the figure, a scale word, then at most a
# bracketed note ("$1.255 trillion (2023 est.)", "-$11.637 billion (2023 est.)")
_VALUE_LINE = re.compile(r"[ \t]*[-+−–]?[^\s\d()]{0,4}\s?\d[\d.,]*(?:\s?[A-Za-z]{1,9})?[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*")
# the label line: a short phrase ending with its colon, nothing after it
_LABEL_LINE = re.compile(r"[ \t]*[A-Z][^\n:]{1,80}:[ \t]*")
# how many value lines a label heads at most
_MOST = 8


def label_above(text: str, start: int) -> tuple[int, int] | None:
    """The span of the label line over the value line the figure at `start` stands on, or
    None when that line is no value line or no label line heads its block."""
    ls = text.rfind("\n", 0, start) + 1
    if start - ls > 8:
        return None  # (cheap: words before the figure on its line)
    le = text.find("\n", start)
    le = len(text) if le < 0 else le
    if not _VALUE_LINE.fullmatch(text, ls, le):
        return None
    for _ in range(_MOST):
        if ls == 0:
            return None
        pe = ls - 1
        ps = text.rfind("\n", 0, pe) + 1
        if _LABEL_LINE.fullmatch(text, ps, pe):
            return ps, pe
        if not _VALUE_LINE.fullmatch(text, ps, pe):
            return None  # (a blank line or prose between: no block)
        ls = ps
    return None


def label_flows(text: str, span: tuple[int, int]) -> list[Mention]:
    """The flow words of a label line outside its brackets ("Real GDP (purchasing power
    parity):" is GDP, no purchase), offsets in the text."""
    a, b = span
    label = text[a:b]
    out = []
    for f in scan.find_flows(label):
        if label.count("(", 0, f.start) > label.count(")", 0, f.start):
            continue
        f.start, f.end = f.start + a, f.end + a
        out.append(f)
    return out
