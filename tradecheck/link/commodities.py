"""Product groups and scopes: the part of a flow a figure is about ("potash", "non-oil",
"excluding energy and gold"), so a part is never checked as a whole."""
from __future__ import annotations

import re

from ..model import Claim
from .cues import PART_SUBJECT
from .measures import in_apposition, names_country_or_flow


def commodity_for(text, sent, m, commodities, prev_end, ctx, c: Claim) -> tuple[str | None, str]:
    """The product group the clause names for the figure, and the name of the reading that
    found it."""
    start = max(sent.start, prev_end)
    clause = text[start:m.start]
    if re.search(r"\bgoods\s+and\s+services\b", clause, re.I):
        # explicit: kept apart from unlabelled figures, which are often goods alone
        return ("goods and services" if ctx.has_services else None), "goods-and-services"
    subj = PART_SUBJECT.search(clause)
    if subj and c.kind in ("amount", "share"):
        np = re.sub(r"^(?:the|its|their)\s+", "", subj["np"].strip(), flags=re.I)
        if not names_country_or_flow(np) and not re.match(r"^(?:(?:when|while|and|but|as)\s+)?(?:it|this|that|these|they|which|the\s+\w+\s+products)$", np, re.I):
            return _label(np), "part-subject"
    after = text[m.end:min(sent.end, m.end + 40)]
    of_the = re.match(r"^\s+of\s+the\s+(?P<c>[\w-]+)\s+(?:figure|total|bill|sales|exports|imports)\b", after)
    if of_the and c.kind == "amount":
        return of_the["c"].lower(), "of-the-figure"
    # "earned Sh180.6 billion from tea exports"
    from_x = re.match(r"^\s+(?:from|in|on)\s+(?P<c>[a-z][a-z\s-]{1,30}?)\s+(?:exports|imports|sales|shipments|purchases)\b", after)
    if from_x and c.kind == "amount" and not names_country_or_flow(from_x["c"]) and from_x["c"] not in ("total", "merchandise", "its", "their", "the"):
        return _label(from_x["c"]), "from-product-flow"
    cands = [x for x in commodities if start <= x.start < m.start
             and not in_apposition(text, start, x.start, m.start)
             and (not re.search(r"\b(?:mostly|mainly|chiefly|largely|primarily|predominantly|(?:almost\s+)?entirely|including|led\s+by|such\s+as|driven\s+by|helped\s+by|dominated\s+by)\b[^.;]*$", text[start:x.start], re.I)
                  or re.fullmatch(r"[\w\s-]{0,30}?\s(?:worth|at|of|with|totalling|totaling)\s+(?:about\s+|some\s+|around\s+)?", text[x.end:m.start]))]
    in_scope = re.match(r"^\s+(?:surplus\s+|deficit\s+)?in\s+(?P<c>goods|services)\b", text[m.end:m.end + 30], re.I)
    if in_scope and ctx.has_services:
        return in_scope["c"].lower(), "in-goods-or-services"
    flow_of = re.search(r"\b(?:exports|imports|shipments|sales|purchases|deliveries)\s+of\s+(?P<np>(?!goods\b|services\b)[a-z][a-z\s-]{2,40}?)(?=\s+(?:alone\s+)?(?:rose|fell|grew|more|were|was|reached|came|totalled|totaled|amounted|climbed|jumped|dropped|increased|decreased|declined|at|to|worth|of|doubled|tripled|halved|surged)\b)", clause)
    if flow_of and not names_country_or_flow(flow_of["np"]) and (not cands or cands[0].start >= start + flow_of.start("np")):
        return _label(flow_of["np"]), "flow-of-product"
    if not cands:
        return None, "none"
    # The earliest product word of the clause names the part ("Copper and copper concentrate ...").
    x = cands[0]
    label = x.text.lower()
    excl = re.search(r"\b(?:excluding|excl\.|other\s+than|except|ex-)\s*$", text[max(start, x.start - 14):x.start], re.I)
    if label == "goods" and not ctx.has_services:
        return None, "goods-alone"
    # "non-oil trade" and "oil" in "oil import bill" both name scopes; keep the longest phrase
    seg = text[x.start:m.start]
    mm = re.match(r"(?:(?!\b(?:from|to|with|in|for|which|that)\b)[\w\s-]){0,40}?(?=\s+(?:accounted|made|exports?|imports?|shipments|sales|rose|fell|were|was|brought|reached|at|worth|totalled|totaled|amounted|came|earned|of)\b)", seg)
    if mm and len(mm.group(0)) > len(label):
        label = mm.group(0).strip().lower()
    return ("excluding " if excl else "") + _label(label), "product-word"


def _label(label: str) -> str:
    """A commodity label without the flow words around it: "non-oil trade" -> "non-oil"."""
    label = label.strip().strip(",;:").strip()
    label = re.sub(r"(?:\s+foreign)?\s+(?:trade|exports?|imports?|shipments|sales|purchases|alone|together|deficit|surplus|balance|gap)$", "", label.strip().lower())
    return re.sub(r"^(?:the|its|their)\s+", "", label)
