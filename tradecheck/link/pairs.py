"""The reporter and partner of a claim: roles of the countries near it ("Belarusian exports to
Iran", "imports from China", "X's share of Y's trade"), else the discourse pair."""
from __future__ import annotations

import re

from .. import vocab
from ..extract.mentions import Mention
from ..model import Claim
from .context import DocContext, State
from .cues import BUY, PREP_BEFORE_COUNTRY, SELL, TOTAL_CUE


def _role(text: str, c: Mention) -> str:
    """'P' for a country after a preposition ("to Iran", "with China"), 'R' otherwise."""
    pre = text[max(0, c.start - 14):c.start]
    if PREP_BEFORE_COUNTRY.search(pre):
        if re.search(r"\bbetween\s+(?:the\s+)?$", pre, re.I):
            return "R"
        return "P"
    return "R"


def share_whole_country(text, m, sent):
    after = text[m.end:min(sent.end, m.end + 50)]
    mm = re.match(r"^\s*(?:,\s*)?of\s+(?:the\s+)?(?:total\s+|overall\s+)?(?P<c>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)(?:['’]s\b|\s+(?:total\s+|goods\s+|merchandise\s+)?(?:exports|imports|trade|sales|purchases)\b)", after)
    if mm and vocab.countries().get(mm["c"].rstrip("."), (None,))[0]:
        return mm["c"]
    return None


def pair_for(text, sent, m: Mention, c: Claim, countries: list[Mention], flow, state: State,
              ctx: DocContext, prev_end: int, kind: str, after: str) -> None:
    clause_start = max(sent.start, prev_end) if prev_end > sent.start else sent.start
    share_of = None
    for so in re.finditer(r"\bshare\s+of\b", text[clause_start:m.start], re.I):
        share_of = clause_start + so.end()
    if share_of is not None and kind == "amount":
        clause_start = share_of
    near = [x for x in countries if clause_start <= x.start < m.start]
    # A country right after the figure ("$1.92 bln to Germany") or in a share's whole
    # ("30% of Brazil's exports") also counts.
    tail = [x for x in countries if m.end <= x.start < m.end + 45 and not re.search(r"[;,]|\b(?:while|and)\b", text[m.end:x.start])]
    whole_owner = None
    if kind == "share":
        wo = share_whole_country(text, m, sent)
        if wo:
            for x in countries:
                if m.end <= x.start < m.end + 50 and (x.text == wo or wo.startswith(x.text)):
                    whole_owner = x
                    break
    if not near and prev_end == sent.start or not near:
        # Earlier in the sentence, before the previous number, still sets the pair when
        # the clause itself names none.
        near = [x for x in countries if sent.start <= x.start < m.start] if not near else near
        if near and prev_end > sent.start:
            near = [x for x in near if x.start >= prev_end] or []
    named: list[tuple[str, str, Mention]] = []
    for x in near + ([whole_owner] if whole_owner else [x for x in tail if _role(text, x) == "P"]):
        if x is None:
            continue
        iso = x.attrs["iso"]
        key = iso or ("group:" + x.attrs["label"])
        if x.attrs["kind"] == "anaphor":
            # "the bloc": the group the text is talking about
            main = ctx.main_partner or ""
            if main.startswith("group:") or main == "EUU":
                key = main
            elif state.partner and (state.partner.startswith("group:") or state.partner == "EUU"):
                key = state.partner
            else:
                continue
        if any(key == k for k, _, _ in named):
            continue
        role = "R" if x is whole_owner else _role(text, x)
        if x.attrs["possessive"] or x.attrs["kind"] == "demonym":
            role = "R"
        named.append((key, role, x))
    if kind == "share":
        sh = re.search(r"(?P<c>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)['’]s\s+share\s+of\s+(?:the\s+)?(?:(?:total|overall)\s+)?(?P<w>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)(?:['’]s|\s)",
                       text[sent.start:m.start])
        if sh:
            table = vocab.countries()
            part, whole = table.get(sh["c"], (None,))[0], table.get(sh["w"], (None,))[0]
            if part and whole and part != whole:
                c.reporter, c.partner = whole, part
                c.how["pair"] = "text"
                return
        sh = re.search(r"(?P<c>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)['’]s\s+share\b", text[sent.start:m.start])
        if sh and vocab.countries().get(sh["c"], (None,))[0]:
            part = vocab.countries()[sh["c"]][0]
            rep = state.reporter if state.reporter != part else state.partner
            if rep and rep != part:
                c.reporter, c.partner = _code(rep, c), part
                c.how["pair"] = "context"
                return
    total_cue = TOTAL_CUE.search(text[max(clause_start, m.start - 60):m.start] + " " + after[:30])
    rep = par = None
    how = "text"
    if len(named) >= 2:
        rs = [k for k, r, _ in named if r == "R"]
        ps = [k for k, r, _ in named if r == "P"]
        if kind == "share" and whole_owner is not None:
            rep = whole_owner.attrs["iso"]
            par = next((k for k, _, _ in named if k != rep), None)
        elif rs and ps:
            rep, par = rs[0], next((p for p in ps if p != rs[0]), None)
            if par is None:
                par = next((k for k, _, _ in named if k != rep), None)
        elif len(rs) >= 2:
            # Two subjects: the one the article is about reports.
            if state.reporter in rs:
                rep = state.reporter
                par = next(k for k in rs if k != rep)
            else:
                rep, par = rs[0], rs[1]
        else:
            keys = [k for k, _, _ in named]
            rep, par = keys[0], keys[1]
    elif len(named) == 1:
        key, role, x = named[0]
        if kind == "share" and x is whole_owner:
            rep = key
            par = state.partner if state.partner != key else None
            if par is None or par == "WLD":
                how = "context"
        elif role == "R" and (x.attrs["possessive"] or x.attrs["kind"] in ("demonym",) or key == state.reporter
                              or _subject_verb(text, x, m)):
            rep = key
            if total_cue or (flow is not None and _flow_right_after_possessive(text, x, flow) and state.reporter != key
                             and state.partner in (None, key)):
                par = "WLD"
            elif key == state.partner:
                par = state.reporter
            else:
                par = state.partner if state.partner and state.partner != key else ("WLD" if total_cue else None)
                how = "context"
        elif role == "P" or key != state.reporter:
            par = key
            rep = state.reporter if state.reporter != key else state.partner
            how = "context" if role != "P" else "text"
        if total_cue and par is None:
            par = "WLD"
    else:
        rep, par = state.reporter, state.partner
        how = state.pair_how if state.pair_how != "text" else "context"
        if total_cue and rep and not re.search(r"\b(?:two-way|bilateral)\b", text[sent.start:m.start], re.I):
            if re.search(r"\btotal\s+(?:merchandise\s+|goods\s+)?(?:exports|imports)\b", text[max(sent.start, m.start - 50):m.start], re.I) and state.partner not in ("WLD", None):
                par = "WLD"
    if rep is None:
        rep = state.reporter if state.reporter != par else state.partner
        how = "context"
    if par is None:
        par = state.partner if state.partner != rep else None
        how = "context" if par else "guess"
    if c.measure == "balance" and kind == "amount":
        owner = re.match(r"^\s+for\s+(?:the\s+)?(?P<c>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)", after)
        iso = vocab.countries().get(owner["c"].rstrip("."), (None,))[0] if owner else None
        if iso and iso not in ("WLD",):
            if par == iso:
                rep, par = iso, rep
            elif rep != iso:
                rep = iso
    c.reporter, c.partner = _code(rep, c), _code(par, c, partner=True)
    c.how["pair"] = how


def perspective(text, sent, m, c: Claim, flow, state: State, ctx: DocContext) -> None:
    """A partner as the subject of "bought"/"supplied" in an article about another country:
    the figure is that country's exports to (imports from) the partner."""
    if flow is None or c.measure not in ("exports", "imports"):
        return
    word = text[flow.start:flow.end]
    if not (BUY.match(word) or SELL.match(word)):
        return
    main = ctx.main_reporter
    # the subject may be a group without a code ("Asia took R61.8 billion")
    subject = c.reporter or (f"group:{c.extra['reporter_group']}" if c.extra.get("reporter_group") else None)
    if main and subject == main and _partner_is_subject(text, flow, c):
        # read from the main country's side already, but the verb is the partner's
        c.measure = "exports" if BUY.match(word) else "imports"
        return
    if not main or not subject or subject == main or c.partner not in (None, main, "WLD", state.partner):
        return
    if re.search(r"\b(?:from|to)\s+(?:the\s+)?[A-Z]", text[flow.end:m.start]):
        return  # "China bought $X from Pakistan" names its own direction
    c.measure = "exports" if BUY.match(word) else "imports"
    c.extra.pop("reporter_group", None)
    c.reporter, c.partner = _code(main, c), _code(subject, c, partner=True)
    c.how["pair"] = "context"


def _partner_is_subject(text: str, flow, c: Claim) -> bool:
    """Whether the claim's partner is named just before the verb ("Asia took", "China
    bought")."""
    words = re.search(r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)\s+$", text[max(0, flow.start - 40):flow.start])
    if not words:
        return False
    entry = vocab.countries().get(words.group(1))
    if entry is None:
        return False
    iso, kind, label = entry
    return bool(iso and iso == c.partner) or (not iso and label == c.extra.get("partner_group"))


def _code(key: str | None, c: Claim, partner: bool = False) -> str | None:
    if key is None:
        return None
    if key.startswith("group:"):
        c.extra["partner_group" if partner else "reporter_group"] = key[6:]
        return None
    return key


def _subject_verb(text, x: Mention, m: Mention) -> bool:
    """'Kazakhstan ran a deficit', 'Nigeria imported goods': a bare country as the subject."""
    gap = text[x.end:m.start]
    return bool(re.match(r"^\s+(?:\w+\s+){0,2}?(?:ran|runs|posted|posts|recorded|records|reported|had|has|registered|imported|imports|exported|exports|bought|sold|shipped|earned|spent|paid)\b", gap)) \
        and PREP_BEFORE_COUNTRY.search(text[max(0, x.start - 14):x.start]) is None


def _flow_right_after_possessive(text, x: Mention, flow: Mention) -> bool:
    return x.attrs["possessive"] and 0 <= flow.start - x.end < 40 and not re.search(r"\b(?:with|to|from)\b", text[x.end:flow.start])
