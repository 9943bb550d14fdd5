"""From mentions to claims: walk the sentences keeping the discourse state (the pair, measure
and period the text is talking about) and decide, for every number, what it is about.

Each attribute records how it was decided (`Claim.how`): "text" when read in the claim's
own sentence, "context" when carried from earlier sentences, "guess" when defaulted. The
checks abstain on guesses."""
from __future__ import annotations

import re

from .. import vocab
from ..extract import find_mentions
from ..extract import periods as P
from ..extract.mentions import Mention
from ..model import Claim, Document
from . import sources
from .sentences import Sentence, split
from .commodities import commodity_for
from .context import DocContext, State, body_start, doc_context, first_period
from .cues import (
    ABS_CHANGE_BEFORE, BARE_CHANGE_BEFORE, BY_YEAR, CHANGE_NOUN_AFTER, CONTINUE_CHANGE,
    CONTINUE_FROM, CONTINUE_TO, CONTINUE_WHEN, DIRECTION_TO, FX_AFTER, GOAL_AFTER, RESTATE,
    SHARE_AFTER, SHARE_WORD, SKIP_PERCENT, TERMS, UNIT_PRICE_AFTER, VOLUME, WHICH_WHOLE,
    change_before_re, qual_re,
)
from .dating import default_base, learn_gap, period_for
from .measures import governing_flow, is_future, names_country_or_flow
from .pairs import pair_for, perspective, share_whole_country
from .values import amount_value, currency_word, relation_value


def link(doc: Document) -> list[Claim]:
    text = doc.text
    found = find_mentions(text)
    sents = split(text)
    ctx = doc_context(doc, found, sents)
    claims: list[Claim] = []
    state = State(reporter=ctx.main_reporter, partner=ctx.main_partner,
                  pair_how="context" if ctx.main_reporter else "guess")
    by_sentence = _bucket(found, sents)
    # The headline and standfirst come before the body's first period: read them with the
    # body's main period (a restatement of the body) rather than none.
    ctx.main_period = first_period(by_sentence, sents, ctx)
    body = body_start(text, sents, doc)
    para = -1
    for sent in sents:
        if sent.paragraph != para:
            para = sent.paragraph
            if ctx.main_partner == "WLD" and sent.index > body:
                state.reporter, state.partner = ctx.main_reporter, ctx.main_partner
        if sent.index == body:
            # Headline and standfirst may name other partners; the body starts afresh.
            state.reporter, state.partner = ctx.main_reporter, ctx.main_partner
            state.period = ctx.main_period
        before = len(claims)
        _link_sentence(text, sent, by_sentence[sent.index], ctx, state, claims)
        if sent.index < body:
            for c in claims[before:]:
                c.extra["_headline"] = True
    _separate_reexports(claims)
    if not any(c.commodity in ("services", "goods and services") for c in claims):
        for c in claims:
            if c.commodity == "goods":
                c.commodity = None
    for c in claims:
        c.extra["_main_partner"] = ctx.main_partner
    sources.assign(text, sents, claims, body_paragraph=sents[body].paragraph if sents else 0)
    for i, c in enumerate(claims, 1):
        c.id = f"c{i}"
    return claims


def _separate_reexports(claims: list[Claim]) -> None:
    """"Non-oil exports reached AED256.8 billion, re-exports AED385.3 billion": where
    re-exports are given on their own, the exports figure beside them leaves them out."""
    re_sentences = {c.sentence for c in claims if c.commodity and "re-export" in c.commodity}
    for c in claims:
        if c.sentence in re_sentences and c.measure == "exports" and not (c.commodity and "re-export" in c.commodity):
            c.commodity = (c.commodity + ", " if c.commodity else "") + "excluding re-exports"


def _bucket(found: dict, sents: list[Sentence]) -> dict[int, dict[str, list]]:
    out = {s.index: {k: [] for k in found if k != "decimal_comma"} for s in sents}
    starts = [s.start for s in sents]
    import bisect
    for kind, items in found.items():
        if kind == "decimal_comma":
            continue
        for it in items:
            i = bisect.bisect_right(starts, it.start) - 1
            if i >= 0 and it.start < sents[i].end:
                out[sents[i].index][kind].append(it)
    return out


def _link_sentence(text: str, sent: Sentence, ms: dict, ctx: DocContext, state: State,
                   claims: list[Claim]) -> None:
    # Periods first: each resolved against the one before it in the sentence.
    current = state.period or ctx.main_period
    resolved: list[tuple[P.PeriodMention, P.Period, str]] = []
    for pm in ms["period"]:
        per, how = P.resolve(pm, ctx.published, current, ctx.fiscal_start)
        if per is None:
            continue
        resolved.append((pm, per, how))
        if not pm.base_cue and pm.kind not in ("rel",):
            current = per
    numbers = sorted(ms["amount"] + ms["percent"] + ms["multiple"] + ms["fraction"], key=lambda m: m.start)
    pair_before = (state.reporter, state.partner)
    first_claim = len(claims)
    respectively = _respectively(text, sent, numbers, ms["flow"])
    prev_claim: Claim | None = None
    last_relation: Claim | None = None
    prev_end = sent.start
    for m in numbers:
        claim = _claim_for(text, sent, m, ms, resolved, ctx, state, prev_claim, prev_end, respectively, last_relation)
        prev_end = m.end
        if claim is None:
            continue
        if claim.kind in ("multiple", "percent_change"):
            last_relation = claim
            if claim.how.get("base_period") == "text" and claim.period and claim.base_period:
                learn_gap(state, claim.period, claim.base_period)
        if (claim.kind == "amount" and prev_claim is not None and prev_claim.extra.get("change_of")
                and re.search(r"\bfrom\b", text[prev_claim.end:claim.start]) and claim.period and prev_claim.period):
            prev_claim.extra["change_base"] = claim.period
            learn_gap(state, prev_claim.period, claim.period)
        claims.append(claim)
        prev_claim = claim
        # The claim becomes the context for what follows (a share's whole, or a figure for a
        # country the text compares with in passing, is a digression).
        if claim.measure != "other" and not claim.extra.get("_no_state") and not _in_passing(text, m, ms["country"]):
            # the group without a code the article is about ("ASEAN") is the subject as much
            # as a country is; a group named in passing ("demand from Asia") is not
            reporter = claim.reporter or _group_key(claim, "reporter_group", ctx)
            partner = claim.partner or _group_key(claim, "partner_group", ctx)
            if reporter:
                state.reporter = reporter
            if partner:
                state.partner = partner
            state.measure = claim.measure
            state.pair_how = "context"
    # A sentence that runs through several partners ("Germany ($1.92 bln), the UK ($1.27
    # bln) ...") is a list, not a change of subject: the pair goes back to what it was.
    partners = {c.partner for c in claims[first_claim:] if c.measure != "other" and c.partner}
    if len(partners) >= 3:
        state.reporter, state.partner = pair_before
    # The sentence's lead period (not a comparison base) is what the next sentences are about.
    lead = next((per for pm, per, how in resolved
                 if not pm.base_cue and how == "text" and not pm.args.get("target") and pm.kind not in ("same",)
                 and not (pm.kind == "rel" and pm.args.get("w") not in ("last year", "this year", "last month", "this month"))), None)
    inside = (ctx.main_period is not None and lead is not None and lead != ctx.main_period
              and ctx.main_period[0] <= lead[0] and lead[1] <= ctx.main_period[1])
    if lead is not None and numbers and not inside and (
            ctx.main_period is None or lead[1] >= ctx.main_period[1]
            or lead[1] - lead[0] != ctx.main_period[1] - ctx.main_period[0]):
        state.period = lead
    # A sentence that names a period but no number still moves the discourse on
    # ("In 2022, it amounted to ..." may come after "Last year, trade ... reached a record").
    if not numbers:
        explicit = [c for c in ms["country"] if c.attrs["iso"] and c.attrs["iso"] != "WLD"]
        if len(explicit) >= 2 and ms["flow"]:
            a, b = explicit[0].attrs["iso"], next((c.attrs["iso"] for c in explicit if c.attrs["iso"] != explicit[0].attrs["iso"]), None)
            if b:
                state.reporter, state.partner = a, b
        for pm, per, how in resolved:
            if not pm.base_cue and how == "text":
                state.period = per
                break
        flows = [f for f in ms["flow"] if f.attrs["measure"] != "other"]
        if flows:
            state.measure = flows[-1].attrs["measure"]


# "ahead of the European Union ($782.9 billion)", "followed by Malaysia ($190.2 billion)"
_COMPARED_WITH = re.compile(r"\b(?:ahead\s+of|behind|followed\s+by|after|than|compared\s+(?:with|to)|versus|vs\.?|like|"
                            r"such\s+as|including)\s+(?:the\s+)?$", re.I)


def _in_passing(text: str, m: Mention, countries: list[Mention]) -> bool:
    """A figure in brackets right after a country the sentence compares with."""
    window = max(0, m.start - 20)
    opening = re.search(r"\(\s*(?:about|around|some|roughly|nearly|almost)?\s*$", text[window:m.start])
    if not opening:
        return False
    bracket = window + opening.start()
    name = next((c for c in countries if c.end <= bracket and not text[c.end:bracket].strip()), None)
    return name is not None and bool(_COMPARED_WITH.search(text[max(0, name.start - 30):name.start]))


def _group_key(claim: Claim, field: str, ctx: DocContext) -> str | None:
    """The discourse key of a claim's group without a code ("group:ASEAN"), if it is one
    of the article's main pair."""
    key = f"group:{claim.extra[field]}" if claim.extra.get(field) else None
    return key if key in (ctx.main_reporter, ctx.main_partner) else None


def _respectively(text, sent, numbers, flows) -> dict[int, Mention]:
    """'exports and imports fell 0.67% and 5.98% respectively, to $41.68bn and $57.28bn':
    the n-th number of each kind goes with the n-th flow named before the first number."""
    body = text[sent.start:sent.end]
    if "respectively" not in body.lower() or not numbers:
        return {}
    first = numbers[0].start
    named = [f for f in flows if f.end <= first and f.attrs["measure"] != "other"]
    out: dict[int, Mention] = {}
    if len(named) < 2:
        return out
    for kind in ("amount", "percent"):
        group = [m for m in numbers if m.kind == kind and not re.search(r"\(\s*(?:about|around|some|roughly)?\s*$", text[max(sent.start, m.start - 12):m.start])]
        if len(group) == len(named):
            for m, f in zip(group, named):
                out[m.start] = f
    return out


def _claim_for(text, sent, m: Mention, ms, resolved, ctx: DocContext, state: State,
               prev_claim: Claim | None, prev_end: int, respectively, last_relation: Claim | None = None) -> Claim | None:
    before = text[max(sent.start, m.start - 60):m.start]
    after = text[m.end:min(sent.end, m.end + 80)]
    kind = _kind_of(m, text, sent, before, after, prev_end)
    if kind is None and prev_claim is not None and prev_claim.kind in ("percent_change", "share") and m.kind in ("percent", "fraction") \
            and re.fullmatch(r"\s*(?:,|and|or|,\s*and)\s*", text[prev_end:m.start]):
        # "exports and imports fell 0.67% and 5.98% respectively": the second of a pair
        kind = prev_claim.kind
        paired_with = prev_claim
    else:
        paired_with = None
    if kind is None:
        return None
    c = Claim(id="", kind=kind, start=m.start, end=m.end, text=m.text, sentence=sent.index,
              paragraph=sent.paragraph)
    c.bound = _bound(before, m)
    gap = text[prev_end:m.start] if prev_claim is not None else ""
    whole_of_share = (prev_claim is not None and prev_claim.kind == "share" and kind == "amount"
                      and WHICH_WHOLE.match(gap))
    continued = (prev_claim is not None and prev_claim.measure != "other" and prev_claim.kind != "share"
                 and ((kind == "amount" and (CONTINUE_TO.match(gap) or CONTINUE_FROM.match(gap) or CONTINUE_WHEN.match(gap)))
                      or (kind in ("percent_change", "multiple") and prev_claim.kind == "amount" and CONTINUE_CHANGE.match(gap))))
    restated = prev_claim is not None and prev_claim.kind in ("amount", "share") and RESTATE.match(text[prev_end:m.start] or "x") is not None \
        and text[prev_end:m.start].strip() != ""
    # --- measure -----------------------------------------------------------------------
    flow = respectively.get(m.start) or governing_flow(text, sent, m, ms["flow"], kind, after)
    if whole_of_share:
        wf = [f for f in ms["flow"] if prev_end <= f.start < m.start and f.attrs["measure"] != "other"]
        flow = wf[-1] if wf else None
        if flow is None:
            c.measure, sign = prev_claim.measure, 0
            c.how["measure"] = "context"
    if continued and not respectively.get(m.start) and not (flow is not None and flow.start >= prev_end):
        flow = None
        c.measure = prev_claim.measure
        c.how["measure"] = prev_claim.how.get("measure", "context")
        sign = -1 if (prev_claim.kind == "amount" and (prev_claim.value or 0) < 0) else 0
        if c.measure == "balance" and sign == 0:
            sign = int(prev_claim.extra.get("_balance_sign", 0))
    elif whole_of_share and flow is None:
        pass
    elif restated and prev_claim is not None and prev_claim.kind == "amount" and (flow is None or flow.end <= prev_claim.start):
        # a restatement of the figure just given ("$2.73 billion ..., 8.9% of the total")
        c.measure = prev_claim.measure
        c.how["measure"] = prev_claim.how.get("measure", "context")
        sign = -1 if (prev_claim.value or 0) < 0 else 1
        flow = None
    elif flow is not None:
        c.measure = flow.attrs["measure"]
        c.how["measure"] = "text"
        sign = flow.attrs["sign"]
        if c.measure == "balance" and sign:
            # the word that gives the balance its sign is part of what the claim rests on
            c.extra["_sign_span"] = [flow.start, flow.end]
    elif restated and prev_claim is not None:
        c.measure = prev_claim.measure
        c.how["measure"] = prev_claim.how.get("measure", "context")
        sign = -1 if (prev_claim.value or 0) < 0 else 1
        if c.measure == "balance" and prev_claim.kind != "amount":
            sign = 0
    elif state.measure:
        c.measure = state.measure
        c.how["measure"] = "context"
        sign = 0
    else:
        c.measure = "trade_total"
        c.how["measure"] = "guess"
        sign = 0
    if kind == "amount":
        change = ABS_CHANGE_BEFORE.search(before)
        if change is None and re.match(r"^\s+(?:to|from)\s+(?:a\s+(?:revised\s+)?)?(?:[$€£¥]|[A-Z]{1,3}\$?\s?\d|\d)", after):
            change = BARE_CHANGE_BEFORE.search(before)
        if change and c.measure != "other":
            direction = 1
            g = change.groupdict()
            w = (g.get("n") or g.get("v") or g.get("ud") or "").lower()
            if vocab.changes().get(w, 1) < 0 or w in ("down", "reduction", "deterioration"):
                direction = -1
            c.extra["change_of"] = c.measure
            # an improvement raises a balance whatever its sign; a deficit that rises falls
            absolute = w in ("improvement", "improved", "deterioration", "deteriorated")
            c.extra["change_sign"] = direction * (-1 if (c.measure == "balance" and sign < 0 and not absolute) else 1)
            c.measure = "other"
        elif c.measure != "other" and (is_future(text, sent, m, ctx) or UNIT_PRICE_AFTER.match(after)
                                       or FX_AFTER.match(after) or GOAL_AFTER.match(after)):
            c.measure = "other"
    if m.attrs.get("target"):
        c.measure = "other"  # "agreed to double trade by 2030": a goal (extract marks it)
    if c.measure == "balance" and sign:
        c.extra["_balance_sign"] = sign
    if kind == "amount":
        dv = DIRECTION_TO.search(before)
        if dv:
            w = dv["w"].lower()
            off = m.start - len(before) + dv.start("w")
            c.extra["_dir"] = (vocab.changes().get(w, 1), [off, off + len(dv["w"])], dv["w"])
        if continued and prev_claim is not None and prev_claim.kind == "amount" and CONTINUE_FROM.match(gap) \
                and "_dir" in prev_claim.extra and "_dir_base" not in prev_claim.extra:
            prev_claim.extra["_dir_base"] = c
    # --- period --------------------------------------------------------------------------
    per, per_how, base, base_how = period_for(text, sent, m, kind, resolved, ctx, state, prev_claim, prev_end, last_relation)
    if (kind == "amount" and continued and prev_claim is not None and prev_claim.kind in ("percent_change", "multiple")
            and CONTINUE_TO.match(gap) and prev_claim.period):
        # "fell 6.9% in January from a year earlier to $7.5 billion": the new level
        per, per_how = P.parse(prev_claim.period), prev_claim.how.get("period", "context")
    c.period = P.fmt(per)
    c.how["period"] = per_how
    if kind in ("multiple", "percent_change"):
        if base is None and per is not None:
            base, base_how = default_base(per, state), "default"
        c.base_period = P.fmt(base)
        c.how["base_period"] = base_how
    if "change_of" in c.extra:
        c.extra["change_base"] = P.fmt(default_base(per, state)) if per else None
    # A target "by 2030" carries its own year.
    if kind == "amount" and c.measure == "other":
        by = BY_YEAR.match(after)
        if by:
            y = int(by.group(1))
            c.period = str(y)
    # --- pair --------------------------------------------------------------------------
    if whole_of_share:
        c.extra["_no_state"] = True
        owner = re.search(r"\bof\s+(?:the\s+)?(?P<c>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)['’]s\b", gap)
        owner_iso = vocab.countries().get(owner["c"], (None,))[0] if owner else None
        c.reporter = owner_iso or prev_claim.reporter
        c.partner = "WLD" if (prev_claim.commodity is None or owner_iso) else prev_claim.partner
        c.how["pair"] = "text" if owner_iso else "context"
    elif (restated or continued) and prev_claim is not None and share_whole_country(text, m, sent) is None:
        c.reporter, c.partner = prev_claim.reporter, prev_claim.partner
        for k in ("partner_group", "reporter_group"):
            if k in prev_claim.extra:
                c.extra[k] = prev_claim.extra[k]
        c.how["pair"] = prev_claim.how.get("pair", "context")
    else:
        pair_for(text, sent, m, c, ms["country"], flow, state, ctx, prev_end, kind, after)
    if kind in ("amount", "share"):
        perspective(text, sent, m, c, flow, state, ctx)
    # --- commodity -----------------------------------------------------------------------
    c.commodity = commodity_for(text, sent, m, ms["commodity"], prev_end, ctx, c)
    if c.commodity is None and (restated or continued) and prev_claim is not None:
        c.commodity = prev_claim.commodity
    if (c.commodity is None and prev_claim is not None and prev_claim.commodity in ("goods", "services")
            and c.measure in ("exports", "imports", "balance", "trade_total") and not ms["commodity"][0:0]
            and not any(prev_end <= x.start < m.start for x in ms["commodity"])):
        c.commodity = prev_claim.commodity
    if (c.commodity is None and prev_claim is not None and prev_claim.commodity and prev_claim.measure == c.measure
            and not re.search(r"[;]|\b(?:while|whereas|but)\b", gap)
            and not any(prev_end <= x.start < m.start for x in ms["country"] + ms["flow"] + ms["commodity"])):
        c.commodity = prev_claim.commodity
    if whole_of_share:
        if prev_claim.extra.get("_whole_has_commodity"):
            c.commodity = prev_claim.commodity  # "7.5% of its non-oil exports, which totalled $9.6bn"
        else:
            c.commodity = None if prev_claim.commodity else c.commodity
    if c.commodity == ctx.scope and ctx.scope:
        c.extra["_scoped"] = True
    if c.commodity is None and ctx.scope and c.measure != "other" and not re.search(r"\btotal\s+(?:exports|imports|trade)\b", text[max(sent.start, prev_end):m.start], re.I):
        c.commodity = ctx.scope
        c.extra["_scoped"] = True
    if c.measure == "other" and "change_of" not in c.extra:
        c.commodity = None
    # --- values --------------------------------------------------------------------------
    if kind == "amount":
        amount_value(c, m, ctx, sign, before)
    else:
        relation_value(c, m, before, after, kind)
        if paired_with is not None and kind == "percent_change" and "direction" in paired_with.extra:
            d = paired_with.extra["direction"]
            c.factor = 1 + d * m.value
            c.extra["direction"] = d
            if d < 0:
                c.bound = {"gt": "lt", "ge": "le", "lt": "gt", "le": "ge"}.get(c.bound, c.bound)
        cur = TERMS.search(text[sent.start:sent.end])
        code = currency_word(cur["w"], ctx) if cur else None
        if code is None and kind in ("percent_change", "multiple"):
            # "rose 26.1% to a record $239.62 billion": the change is in that figure's currency
            nxt = [a for a in ms["amount"] if m.end <= a.start <= m.end + 40 and re.match(r"^\s*(?:to|at|from)\b", text[m.end:a.start] + " ", re.I)]
            if nxt:
                codes = nxt[0].attrs.get("codes") or []
                code = ctx.currency_hint.get(nxt[0].attrs["token"]) or (codes[0] if codes else None)
        if code:
            c.extra["currency"] = code

        if kind == "share" and re.match(r"^\s*of\s+the\s+total\b", after, re.I):
            c.extra["_whole"] = "the total"
        if kind == "share" and re.search(r"\b(?:together|combined|jointly|between\s+them)\b", text[max(sent.start, m.start - 60):m.start], re.I):
            c.extra["_whole"] = "several parts"  # "Spain and France, which together accounted for 40%"
        if kind == "share":
            wc = re.match(r"^\s*of\s+(?:its|the|all|total|[A-Z]\w+['’]s)?\s*(?:total\s+)?(?P<c>[a-z][a-z\s-]{1,30}?)\s+(?:exports|imports|sales|shipments|purchases)\b", after)
            if wc and not names_country_or_flow(wc["c"]) and wc["c"].strip() not in ("goods", "merchandise", "total"):
                c.commodity = wc["c"].strip().lower()
                c.extra["_whole_has_commodity"] = True
    return c


def _kind_of(m: Mention, text, sent, before: str, after: str, prev_end: int) -> str | None:
    if m.kind == "amount":
        return "amount"
    clause_before = text[max(prev_end, sent.start, m.start - 50):m.start]
    if m.kind == "multiple":
        if m.attrs.get("word"):
            return "multiple"
        if m.attrs.get("times") and not m.attrs.get("cmp"):
            if not change_before_re().search(clause_before) and not re.match(r"^\s*(?:that|the|its|their|what)\b", after, re.I):
                return None
        return "multiple"
    # percentages and fractions: a change, a share, or neither
    if m.attrs.get("sign"):
        return "percent_change"  # "+3.9%", "(-33.6%)": a signed percentage is a change
    share_before = re.search(rf"(?<![\w-])(?:{'|'.join(map(re.escape, vocab.share_cues()['before']))})\s+(?:(?:about|around|nearly|almost|some|roughly|more\s+than|less\s+than|over|under|just\s+over|just\s+under|close\s+to|an\s+estimated|a)\s+)*$", clause_before, re.I)
    change_before = change_before_re().search(clause_before)
    change_after = CHANGE_NOUN_AFTER.match(after)
    of_after = SHARE_AFTER.match(after)
    if m.kind == "percent" and re.match(r"^\s*(?:of\s+)?(?:GDP|gross\s+domestic\s+product|national\s+(?:income|output)|the\s+economy|economic\s+output)\b", after, re.I):
        return None
    share_to = (re.search(r"\bshare\b", text[sent.start:m.start], re.I)
                and re.search(r"\b(?:rose|fell|grew|climbed|slipped|dropped|shrank|increased|decreased|edged\s+\w+|was|is|reached|stood|to|at)\s+(?:to\s+|at\s+)?(?:(?:about|around|nearly|almost|some|roughly|just|less\s+than|more\s+than|over|under|just\s+over|just\s+under)\s+)?$", clause_before, re.I))
    if share_before or share_to:
        if m.kind == "percent" and SKIP_PERCENT.search(text[max(sent.start, m.start - 40):m.end + 40]):
            return None
        return "share"
    if change_before or change_after:
        if VOLUME.search(clause_before) or re.match(r"^\s+to\s+[\d.,]+\s*(?:million|billion|thousand)?\s*(?:tonnes|tons|kilogrammes|kilograms|kg|barrels|units|containers|vehicles|cars|head|litres)\b", after, re.I):
            return None  # a volume or a price, not a value
        return "percent_change"
    paren_after_amount = re.search(r"(?:[\d.,]+\s*(?:bn|mn|billion|million|trillion|trn|bln|crore)?)\s*\($", text[max(sent.start, m.start - 30):m.start], re.I)
    if share_before or of_after or paren_after_amount or SHARE_WORD.search(clause_before[-25:] + after[:20]):
        if m.kind == "percent" and SKIP_PERCENT.search(text[max(sent.start, m.start - 40):m.end + 40]):
            return None
        return "share"
    return None


def _bound(before: str, m: Mention) -> str:
    q = qual_re().search(before)
    if not q:
        return "eq"
    return vocab.qualifiers()[re.sub(r"\s+", " ", q["q"].lower())]
