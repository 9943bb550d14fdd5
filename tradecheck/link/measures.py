"""Which flow a number measures: the governing flow word, skipping asides and complements;
and whether money is a target or forecast rather than a realised flow."""
from __future__ import annotations

import re

from ..extract import mentions as scan
from .. import periods as P
from ..extract.mentions import Mention
from .cues import BY_YEAR, COMPLEMENT_BEFORE, FUTURE, SHARE_AFTER


def governing_flow(text, sent, m: Mention, flows: list[Mention], kind: str, after: str) -> Mention | None:
    """The flow word a number is about: for a share, the whole after "of"; otherwise the
    nearest before it in the sentence, or just after it when none comes before."""
    for f in flows:
        if 0 <= f.start - m.end <= 3 and f.attrs["measure"] == "balance" and kind == "amount":
            return f  # "a $14.8 billion gap"
    if kind == "share":
        # "22.5 per cent of total imports": the whole names the flow
        window_end = m.end + 60
        for f in flows:
            gap = text[m.end:f.start]
            if (m.end <= f.start <= window_end and f.attrs["measure"] != "other" and SHARE_AFTER.match(gap + " ")
                    and not re.search(r"[,;]|\band\b", gap.lstrip(" ,"))):
                return f
    before = [f for f in flows if f.end <= m.start and not in_apposition(text, sent.start, f.start, m.start)]
    heads = [f for f in before if not (f.attrs["measure"] == "trade_total" and COMPLEMENT_BEFORE.search(text[max(sent.start, f.start - 40):f.start])
                                       and any(g.attrs["measure"] in ("balance", "exports", "imports") for g in before if g.start < f.start))]
    if heads:
        return heads[-1]
    nxt = [f for f in flows if f.start >= m.end and f.start - m.end < 40]
    if nxt:
        gap = text[m.end:nxt[0].start]
        if not re.search(r"[;]|\b(?:while|whereas|but)\b", gap):
            return nxt[0]
    return None


def in_apposition(text: str, sent_start: int, pos: int, until: int) -> bool:
    """Is `pos` inside ", the ..., " / ", which ..., " / "(...)" closed before `until`?"""
    opening = None
    for mo in re.finditer(r",\s+(?:the|a|an|which|who|whose|its|mostly|mainly|almost|[A-Z][\w-]*['’]s)\b|\(", text[sent_start:pos]):
        opening = sent_start + mo.start()
    if opening is None:
        return False
    between = text[opening + 1:pos]
    if ("," in between) if text[opening] == "," else (")" in between):
        return False  # that aside closed before the flow word
    close = re.search(r"[,)]", text[pos:until])
    return close is not None


def is_future(text, sent, m, ctx) -> bool:
    before = text[sent.start:m.start]
    if FUTURE.search(before[-80:]):
        return True
    by = BY_YEAR.match(text[m.end:sent.end])
    if by and ctx.published is not None and int(by.group(1)) > P.year_of(ctx.published):
        return True
    return False


def names_country_or_flow(np: str) -> bool:
    return bool(scan.find_countries(np)) or bool(scan.find_flows(np)) and not re.search(r"\b(?:products|goods)\b", np, re.I)
