"""A sentence opened by turning to one flow: "On the import side, Switzerland was the EU's main
partner (37.4%, €45.1 billion), ahead of the United States (32.2%, €38.8 billion)." The opener
(vocab/flow_side_openers.csv) gives the flow of the sentence's figures; a partner's rank after
it ("main partner", read alone as total trade) is its rank in that flow. In a text that leads
on one product's flow, the side it turns to is of the same product (the product of the
figures before), unless the sentence names another."""
from __future__ import annotations

import functools
import re

from .. import vocab
from .rules import Decision, rule


@functools.cache
def _opener_re() -> re.Pattern:
    words = vocab.alternation(vocab.flow_side_openers(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*(?P<o>{words})\s*,", re.I)


def side_opener(text: str, start: int, end: int) -> re.Match | None:
    """The flow-side opener at the start of the sentence starting at `start`, or None."""
    head = text[start:start + 30].lstrip().lower()
    if not (head.startswith("on the ") or head.startswith("as for ") or head.startswith("turning to ")):
        return None  # (cheap: most sentences open otherwise)
    return _opener_re().match(text, start, end)


@rule("measure", "flow-side-opener", "text")
def flow_side_opener(s):
    """"On the import side, Switzerland was the EU's main partner (37.4%, €45.1 billion)":
    the flow the sentence's opener turns to, where no word after it names another (a
    partner's rank, "main partner", is no flow of its own)."""
    if s.kind not in ("amount", "share"):
        return None
    mm = side_opener(s.text, s.sent.start, s.m.start)
    if mm is None:
        return None
    if any(mm.end() <= f.start < s.m.start and f.attrs["measure"] != "trade_total" for f in s.ms["flow"]):
        return None
    measure = vocab.flow_side_openers()[re.sub(r"\s+", " ", mm["o"].lower())]
    return Decision((measure, None, 0), (mm.start("o"), mm.end("o")))


def product_of_the_side(s) -> str | None:
    """The product a flow-side sentence that names none goes on with: the product of the
    figures before, where the text leads on that product's flow."""
    lead, product = s.state.lead_flow, s.state.commodity
    if lead is None or lead[2] is None or product != lead[2] or s.claim.measure not in ("exports", "imports"):
        return None
    mm = side_opener(s.text, s.sent.start, s.m.start)
    if mm is None or any(s.sent.start <= x.start < s.m.start for x in s.ms["commodity"]):
        return None
    return product
