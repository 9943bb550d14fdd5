"""A list of shares that ends with the rest: "Import sources (2019-22): China, 70%;
Malaysia, 13%; Japan, 6%; Estonia, 5%; and other, 6%"; "end use was catalysts, 75%;
ceramics and glass, 6%; ...; and other, 9%".

The shares are no claims (no money beside them), so this reads the words alone. A list whose
last item is the rest of the whole (vocab/rest_item_labels.csv) names every part of that
whole: its shares must add up to 100%, give or take each share's rounding. A list without
such an item may leave parts out, so it is not checked here (bound.py keeps it under 100%)."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..model import Finding
from .catalogue import Severity, Status, render
from .volumes import PER_CENT


@functools.cache
def _list_re() -> re.Pattern:
    """Three or more items "label, N%" joined by semicolons, the last "and <rest>, N%"."""
    rest = vocab.alternation([r["label"] for r in vocab.table("rest_item_labels")], ignore_case=True, space=r"\s+")
    # (a label is words with no figure and no stop: "ceramics and glass", "Rare-earth metals")
    item = rf"[^\W\d][^;:.\d%()]{{0,60}}?,\s*\d+(?:\.\d+)?\s*{PER_CENT}"
    return re.compile(rf"(?P<items>{item}(?:\s*;\s*{item}){{1,}})\s*;\s*and\s+(?P<rest>(?:{rest}))\s*,\s*"
                      rf"(?P<p>\d+(?:\.\d+)?)\s*{PER_CENT}(?=\s*(?:[.;)]|$))", re.I)


def _share(p: str) -> tuple[float, float]:
    """A share and half its last digit: "70" (70, 0.5), not the "70" of a level whose trailing
    zero may be rounding."""
    return float(p), 0.5 * 10 ** -(len(p.split(".")[1]) if "." in p else 0)


_SHARE = re.compile(rf",\s*(?P<p>\d+(?:\.\d+)?)\s*{PER_CENT}", re.I)


def findings(text: str, sentences) -> list[Finding]:
    """A sum finding for every list of shares with its rest that cannot add up to 100%."""
    out = []
    for sent in sentences:
        part = text[sent.start:sent.end]
        if "%;" not in part.replace(" ", "") or "and" not in part:
            continue  # (cheap: every such list joins its items so)
        for m in _list_re().finditer(text, sent.start, sent.end):
            shares = [(s.start("p") + m.start("items"), s["p"]) for s in _SHARE.finditer(m["items"])]
            shares.append((m.start("p"), m["p"]))
            figures = [_share(p) for _, p in shares]
            total = sum(v for v, _ in figures)
            slack = sum(e for _, e in figures)
            if abs(total - 100.0) <= slack + 1e-9:
                continue
            fields = {"shares": " + ".join(f"{p}%" for _, p in shares), "total": f"{total:g}%", "rest": m["rest"]}
            out.append(Finding(id="", check="bound", status=Status.INCONSISTENT, severity=Severity.ERROR, claims=[],
                               spans=[(m.start(), m.end())], message=render("bound", "shares_with_rest", False, fields),
                               expected=100.0, observed=round(total, 4)))
    return out
