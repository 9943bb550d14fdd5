"""From mentions to claims: walk the sentences keeping the discourse state (the pair, measure
and period the text is talking about) and decide, for every number, what it is about.

Each attribute records how it was decided (`Claim.how`): "text" when read in the claim's
own sentence, "context" when carried from earlier sentences, "guess" when defaulted. The
checks abstain on guesses."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .. import vocab
from ..extract import mentions as scan
from ..extract import periods as P
from ..extract.mentions import Mention
from ..model import Claim, Document
from . import sources
from .sentences import Sentence, split

# ---------------------------------------------------------------------------------------
# "made up", "set up", "picked up": 'up' that is not a rise.
_PHRASAL_UP = r"(?<!made\s)(?<!make\s)(?<!makes\s)(?<!making\s)(?<!set\s)(?<!picked\s)(?<!added\s)(?<!summed\s)(?<!ended\s)(?<!stepping\s)(?<!stepped\s)(?<!ramped\s)(?<!held\s)(?<!opened\s)(?<!signed\s)"

# Local context patterns. They read the words right before or after a number; the words
# themselves come from the vocabulary tables.


def _qual_re() -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?P<q>{vocab.alternation(vocab.qualifiers())})\s*(?:of\s+|at\s+)?(?:the\s+)?$", re.I)


def _change_before_re() -> re.Pattern:
    words = vocab.alternation(vocab.changes())
    return re.compile(rf"(?<![\w-]){_PHRASAL_UP}(?P<w>{words})(?:\s+(?:by|of|at|to|nearly|almost|about|around|some|roughly|more\s+than|less\s+than|over|just|a|an|an\s+estimated|close\s+to))*\s*$", re.I)


_CHANGE_NOUN_AFTER = re.compile(
    r"^\s*(?:year[\s-]on[\s-]year\s+|y/y\s+)?(?P<w>increase|rise|jump|growth|gain|surge|decline|drop|fall|decrease|contraction|slump|plunge|expansion|improvement|slide|dip|higher|lower|up|down|more|less|above|below)\b", re.I)
_ABS_CHANGE_BEFORE = re.compile(
    r"(?:(?:an?\s+|the\s+)?(?P<n>increase|rise|decline|decrease|drop|fall|jump|improvement|growth|gain|contraction|reduction|deterioration|widening|narrowing)\s+of"
    r"|(?P<v>rose|fell|grew|increased|decreased|declined|dropped|narrowed|widened|jumped|climbed|improved|shrank|expanded|gained|lost|slipped|widening|narrowing|rising|falling)\s+by"
    r"|(?<![\w-])" + _PHRASAL_UP + r"(?P<ud>up|down)(?:\s+by)?)\s+(?:(?:about|almost|nearly|some|around|more\s+than|roughly|just\s+over|just\s+under|over)\s+)?(?:a\s+)?$", re.I)
# "..., which totalled $9.6 billion" after "7.5% of Egypt's non-oil exports"
_WHICH_WHOLE = re.compile(r"^\s*of\s+[^,;()$€£¥\d]{3,60}?\s+of\s+(?:(?:about|around|nearly|almost|some|roughly|more\s+than)\s+)?$|^\s*of\s+[^,;()]{3,60}?,?\s+which\s+(?:\w+\s+){0,2}?(?:totall?ed|reached|came\s+to|stood\s+at|were|was|amounted\s+to|slipped\s+to|rose\s+to|fell\s+to|grew\s+to|hit)\s+(?:a\s+(?:record\s+)?)?(?:(?:about|around|nearly|almost|some|roughly|more\s+than)\s+)?$", re.I)
# "fell 21.9% to $4.83 bln": the new level of what the change was about
_CONTINUE_TO = re.compile(r"^\s*(?:,\s*)?(?:to|at)\s+(?:a\s+(?:record\s+|revised\s+)?)?(?:(?:about|around|nearly|almost|some|roughly|more\s+than|just\s+over|just\s+under)\s+)?$", re.I)
# "$2.7bn ..., down from $4.3bn": the earlier level of the same quantity
_CONTINUE_WHEN = re.compile(r"^[^$€£¥\d;]{0,80}?,?\s*when\s+(?:it|they|trade|exports|imports|the\s+\w+)\s+(?:had\s+)?(?:stood\s+at|were|was|totall?ed|reached|amounted\s+to|came\s+to)\s+(?:(?:about|around|nearly|almost|some|roughly|just)\s+)?$", re.I)
_CONTINUE_FROM = re.compile(r"^[^.;$€£¥\d]{0,60}?\b(?:up|down)?\s*from\s+(?:a\s+(?:revised\s+)?)?(?:(?:about|around|nearly|almost|some|roughly)\s+)?$", re.I)
# "$437.06bn, down 3.11%": the change of the figure just given
_CONTINUE_CHANGE = re.compile(r"^\s*,?\s*(?:(?:up|down|rising|falling|an?\s+(?:increase|rise|decline|drop|fall)\s+of)\s+(?:(?:about|almost|nearly|some|around|more\s+than|by)\s+)?)$", re.I)
_DIRECTION_TO = re.compile(r"(?<![\w-])(?P<w>narrowed|widened|rose|fell|grew|shrank|climbed|dropped|declined|increased|decreased|slipped|jumped|surged|eased|swelled)\s+to\s+(?:a\s+(?:record\s+)?)?(?:(?:about|around|nearly|almost|some|roughly|just\s+over|just\s+under)\s+)?$", re.I)
_BARE_CHANGE_BEFORE = re.compile(
    r"(?<![\w-])(?P<v>rose|fell|grew|increased|decreased|declined|dropped|narrowed|widened|jumped|climbed|improved|shrank|expanded|gained|slipped|swelled)\s+(?:(?:about|almost|nearly|some|around|more\s+than|roughly|just\s+over|just\s+under|over)\s+)?$", re.I)
_TOTAL_CUE = re.compile(r"(?<!the\s)\b(?:total|overall|global|worldwide|all\s+partners|the\s+world|national|country's|nation's|merchandise\s+(?:exports|imports|trade)|foreign\s+trade)\b", re.I)
_FUTURE = re.compile(r"\b(?:target|targets|aim|aims|aiming|goal|plans?\s+to|planned|expected|expects|expect|forecast|forecasts|projected|projection|projects|could|would|will|hopes?\s+to|seeks?\s+to|pledged|ambition|estimates?\s+(?:that|it)|set\s+to)\b", re.I)
_BY_YEAR = re.compile(r"^[^.;]{0,60}?\b(?:by|in|until|for)\s+(?:the\s+end\s+of\s+)?((?:19|20)\d\d)\b")
_RESTATE = re.compile(r"^\s*(?:(?:worth\s+)?of\s+[A-Za-z][\w\s'’-]{0,40}?)?(?:,|\()\s*(?:or|at|about|around|roughly|some|nearly|almost|close\s+to|equivalent\s+to|worth|i\.e\.)?\s*(?:about|around|roughly|some|nearly|almost|close\s+to|more\s+than|over|just\s+over|just\s+under)?\s*$", re.I)
_PREP_BEFORE_COUNTRY = re.compile(r"(?:\b(?:to|from|with|into|for|against|vs\.?|versus|and|by|in|of)\s+(?:the\s+)?)$", re.I)
_SKIP_PERCENT = re.compile(r"\b(?:inflation|tariffs?|duty|duties|interest|rate|VAT|tax|stake|unemployment|yield|margin|probability|chance|poll|approval|majority|discount|premium|capacity|utili[sz]ation|vote|votes|GDP|economy|economic growth)\b", re.I)
_SHARE_AFTER = re.compile(r"^\s*(?:,\s*)?of\b", re.I)
# "Volumes rose 10 per cent", "prices fell 5%": quantities and prices, not money values
_VOLUME = re.compile(r"(?<!trade\s)\b(?:volumes?|tonnage|quantit(?:y|ies))\b(?!\s+of\s+(?:trade|exports|imports))", re.I)
_SHARE_WORD = re.compile(r"\bshare\b", re.I)
# "$165 per 1,000 cubic metres", "N1,500 to the dollar": prices and exchange rates, not flows
_UNIT_PRICE_AFTER = re.compile(r"^\s*(?:per|a|an|/)\s*(?:[\d,]+\s+)?(?:tonnes?|tons?|barrels?|kg|kilograms?|cubic|units?|head|litres?|liters?|gallons?|ounces?|mmbtu|bushels?|pounds?|metres?|meters?|square|months?|days?|years?|capita|person|vehicle|car)\b(?!\s+(?:earlier|ago|before|later|on))", re.I)
_FX_AFTER = re.compile(r"^\s*(?:to|against|per|a)\s+(?:the\s+|one\s+)?(?:US\s+|U\.S\.\s+)?(?:dollar|euro|greenback|pound)\b", re.I)
_GOAL_AFTER = re.compile(r"^\s*(?:\w+\s+){0,2}?(?:goal|target|mark|ambition|pledge|plan)\b", re.I)
# "from $0.9bn": the earlier level of a change
_FROM_BEFORE = re.compile(r"\b(?:up|down|rising|falling|rose|fell|increased|decreased|grew|climbed|jumped|dropped|narrowed|widened|compared)?\s*(?:from|with)\s+(?:a\s+revised\s+|an?\s+)?(?:(?:about|around|nearly|almost|some|roughly|just\s+over|just\s+under|more\s+than|less\s+than)\s+)?$", re.I)
_TO_BEFORE = re.compile(r"\b(?:to|at|of|reached|hit|totalled|totaled|was|were|stood\s+at)\s+(?:a\s+(?:record\s+)?|an?\s+)?(?:(?:about|around|nearly|almost|some|roughly|just\s+over|just\s+under|more\s+than|less\s+than)\s+)?$", re.I)
# "Education-related travel accounted for A$11.8 billion": the subject names the part
_PART_SUBJECT = re.compile(r"(?:^|[.;:,(]\s*|\b(?:while|and|but|of\s+which|including)\s+)(?P<np>[A-Za-z][\w\s'-]{2,60}?)\s+(?:alone\s+|together\s+)?(?:accounted\s+for|made\s+up|brought\s+in|earned|contributed|were\s+worth|was\s+worth)\s+(?:(?:about|around|nearly|almost|some|roughly|more\s+than|over|just\s+over|just\s+under|close\s+to)\s+)?$", re.I)


@dataclass
class State:
    """What the text is talking about, carried from sentence to sentence."""
    reporter: str | None = None
    partner: str | None = None
    measure: str | None = None
    period: P.Period | None = None
    source: str | None = None
    pair_how: str = "guess"
    month_gap: int | None = None  # months between a single month and its explicit comparison


@dataclass
class DocContext:
    published: P.Period | None
    main_reporter: str | None
    main_partner: str | None
    country_order: list[str]
    currency_hint: dict[str, str]
    fiscal_start: int | None
    decimal_comma: bool
    has_services: bool
    main_period: P.Period | None = None
    scope: str | None = None  # "non-oil" when the article's statistics are non-oil trade
    groups: dict[str, str] = field(default_factory=dict)


# ---------------------------------------------------------------------------------------


def link(doc: Document) -> list[Claim]:
    text = doc.text
    found = _scan(text)
    sents = split(text)
    ctx = _doc_context(doc, found, sents)
    claims: list[Claim] = []
    state = State(reporter=ctx.main_reporter, partner=ctx.main_partner,
                  pair_how="context" if ctx.main_reporter else "guess")
    by_sentence = _bucket(found, sents)
    # The headline and standfirst come before the body's first period: read them with the
    # body's main period (a restatement of the body) rather than none.
    ctx.main_period = _first_period(by_sentence, sents, ctx)
    body = _body_start(text, sents, doc)
    for sent in sents:
        if sent.index == body:
            # Headline and standfirst may name other partners; the body starts afresh.
            state.reporter, state.partner = ctx.main_reporter, ctx.main_partner
            state.period = ctx.main_period
        _link_sentence(text, sent, by_sentence[sent.index], ctx, state, claims)
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


def _body_start(text: str, sents: list[Sentence], doc: Document) -> int:
    """The first sentence of the body: the one with the dateline, else the third paragraph."""
    for s in sents[:6]:
        if re.search(r"\b(?:19|20)\d\d\b", text[s.start:s.end]) and re.match(r"^[A-ZÀ-Þ][A-ZÀ-Þ .'-]+,|^By\s", text[s.start:s.end]):
            return s.index
    for s in sents:
        if s.paragraph >= 2:
            return s.index
    return 0


def _scan(text: str) -> dict[str, list]:
    dc = scan.document_uses_decimal_comma(text)
    amounts = scan.find_amounts(text, dc)
    taken = bytearray(len(text))

    def free(items):
        kept = []
        for it in items:
            if not any(taken[it.start:it.end]):
                kept.append(it)
        return kept

    def take(items):
        for it in items:
            taken[it.start:it.end] = b"\x01" * (it.end - it.start)

    take(amounts)
    percents = free(scan.find_percents(text))
    take(percents)
    periods = free(P.find_periods(text))
    take(periods)
    multiples = free(scan.find_multiples(text))
    take(multiples)
    fractions = free(scan.find_fractions(text))
    take(fractions)
    # "U.S. dollars", "Canadian dollar terms": a currency, not a country
    countries = [c for c in free(scan.find_countries(text))
                 if not re.match(r"\s+(?:dollars?|cents?|yuan|rupees?|pounds?)\b", text[c.end:c.end + 10], re.I)]
    take(countries)
    flows = free(scan.find_flows(text))
    commodities = _find_commodities(text, taken)
    return {"amount": amounts, "percent": percents, "period": periods, "multiple": multiples,
            "fraction": fractions, "country": countries, "flow": flows, "commodity": commodities,
            "decimal_comma": dc}


_COMMODITY_RE: re.Pattern | None = None


def _find_commodities(text: str, taken: bytearray) -> list[Mention]:
    global _COMMODITY_RE
    if _COMMODITY_RE is None:
        _COMMODITY_RE = re.compile(rf"(?<![\w-])(?P<c>{vocab.alternation(vocab.commodities())})(?![\w-])", re.I)
    out = []
    for m in _COMMODITY_RE.finditer(text):
        if not any(taken[m.start():m.end()]):
            out.append(Mention("commodity", m.start(), m.end(), m.group(0)))
    return out


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


def _doc_context(doc: Document, found: dict, sents: list[Sentence]) -> DocContext:
    text = doc.text
    pub = None
    if doc.published:
        y, m = int(doc.published[:4]), int(doc.published[5:7])
        pub = (y * 12 + m - 1, y * 12 + m - 1)
    countries = found["country"]
    order: list[str] = []
    for c in countries:
        iso = c.attrs["iso"]
        if iso and iso not in order and iso != "WLD":
            order.append(iso)
    # The main pair: the first two places named in the first paragraphs (headline,
    # standfirst, lead). One country alone there means a national release: partner = world.
    lead_end = sents[min(len(sents), 4) - 1].end if sents else 0
    countries = [c for c in countries if c.attrs["kind"] != "anaphor"]
    lead = [c for c in countries if c.start < lead_end and (c.attrs["iso"] or c.attrs["kind"] == "group")]
    main_r, main_p = _lead_pair(text, sents[:4], countries, found["flow"])
    if main_r is not None:
        lead = []
    for c in lead:
        key = c.attrs["iso"] or c.attrs["label"]
        if main_r is None and c.attrs["iso"] and c.attrs["iso"] != "WLD":
            main_r = c.attrs["iso"]
        elif main_r is not None and key != main_r and main_p is None:
            main_p = c.attrs["iso"] if c.attrs["iso"] else None
            if c.attrs["iso"] is None:
                main_p = None
            break
    if main_r is None and order:
        main_r = order[0]
    if main_p is None and main_r is not None:
        others = [c for c in lead if c.attrs["iso"] not in (None, main_r)]
        main_p = others[0].attrs["iso"] if others else "WLD"
    hint = _currency_hints(text, order, main_r)
    fiscal = None
    for iso in [main_r, main_p] + order:
        if iso in vocab.fiscal_years():
            fiscal = vocab.fiscal_years()[iso]
            break
    lead_text = text[:lead_end]
    scope = "non-oil" if re.search(r"\bnon-oil\s+(?:foreign\s+)?trade\b", lead_text, re.I) else None
    return DocContext(published=pub, main_reporter=main_r, main_partner=main_p, country_order=order,
                      currency_hint=hint, fiscal_start=fiscal, decimal_comma=found["decimal_comma"],
                      has_services=bool(re.search(r"\bservices\b", text, re.I)), scope=scope)


def _lead_pair(text: str, sents: list[Sentence], countries: list[Mention], flows: list[Mention]):
    """The pair the article is about, from the way the headline and lead name a flow:
    "X's trade with Y", "X-Y trade", "trade between X and Y", "X's exports to Y". A lead
    whose flows name one country only ("India's trade deficit narrows") is a national
    release: the partner is the world."""
    reporter_only = None
    for s in sents:
        cs = [c for c in countries if s.start <= c.start < s.end and (c.attrs["iso"] or c.attrs["kind"] == "group")]
        for c in cs:
            if not c.attrs["iso"]:
                c.attrs["key"] = "group:" + c.attrs["label"]
        for f in (f for f in flows if s.start <= f.start < s.end and f.attrs["measure"] != "other"):
            before = [c for c in cs if f.start - 45 <= c.end <= f.start]
            after = [c for c in cs if f.end <= c.start <= f.end + 40
                     and re.match(r"^[\s\w]*?\b(?:with|to|from|between|and)\s+(?:the\s+)?$", text[f.end:c.start], re.I)]
            pair_before = [c for c in before if c.attrs["possessive"] or c.attrs["kind"] == "demonym"
                           or re.match(r"^\s*(?:-|–)\s*$", text[c.end:c.end + 2]) or text[c.end:f.start].strip() in ("", "-", "–")]
            if len(before) >= 2 and re.fullmatch(r"\s*[-–]\s*", text[before[-2].end:before[-1].start]):
                return _ckey(before[-2]), _ckey(before[-1])
            between = re.search(r"\bbetween\s+$", text[max(s.start, f.end):f.end + 12], re.I)
            if after and (pair_before or between):
                rep = _ckey(pair_before[-1]) if pair_before else _ckey(after[0])
                par = next((_ckey(c) for c in after if _ckey(c) != rep), None)
                if par and not rep.startswith("group:"):
                    return rep, par
            if pair_before and reporter_only is None and not after and pair_before[-1].attrs["iso"]:
                reporter_only = pair_before[-1].attrs["iso"]
    if reporter_only and reporter_only != "WLD":
        return reporter_only, "WLD"
    return None, None


def _ckey(c: Mention) -> str:
    return c.attrs["iso"] or "group:" + c.attrs["label"]


def _currency_hints(text: str, order: list[str], main: str | None) -> dict[str, str]:
    """For each ambiguous currency sign (normalised token), the code this article means."""
    from ..extract.money import _tokens

    hints: dict[str, str] = {}
    cc = vocab.country_currency()
    note = re.search(r"\b(?:figures|amounts|values|numbers)\s+(?:are\s+)?in\s+(?P<d>[A-Z][a-z]+)\s+dollars\b", text)
    if note:
        iso = vocab.countries().get(note["d"], (None,))[0]
        if iso and cc.get(iso):
            for k in ("$", "dollars", "dollar"):
                hints[k] = cc[iso]
    ranked = ([main] if main else []) + order
    for key, entry in _tokens().items():
        codes = entry["codes"]
        if len(codes) < 2 or key in hints or key in ("$", "dollars", "dollar"):
            continue  # "$" is the US dollar unless a note says otherwise
        for iso in ranked:
            if cc.get(iso) in codes:
                hints[key] = cc[iso]
                break
    return hints


def _first_period(by_sentence, sents, ctx) -> P.Period | None:
    for s in sents:
        for pm in by_sentence[s.index]["period"]:
            if pm.base_cue:
                continue
            per, how = P.resolve(pm, ctx.published, None, ctx.fiscal_start)
            if per is not None and how == "text":
                return per
    return None


# ---------------------------------------------------------------------------------------


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
                _learn_gap(state, claim.period, claim.base_period)
        if (claim.kind == "amount" and prev_claim is not None and prev_claim.extra.get("change_of")
                and re.search(r"\bfrom\b", text[prev_claim.end:claim.start]) and claim.period and prev_claim.period):
            prev_claim.extra["change_base"] = claim.period
            _learn_gap(state, prev_claim.period, claim.period)
        claims.append(claim)
        prev_claim = claim
        # The claim becomes the context for what follows (a share's whole is a digression).
        if claim.measure != "other" and not claim.extra.get("_no_state"):
            if claim.reporter:
                state.reporter = claim.reporter
            if claim.partner:
                state.partner = claim.partner
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


def _learn_gap(state: State, period: str, base: str) -> None:
    a, b = P.parse(period), P.parse(base)
    if a and b and a[0] == a[1] and b[0] == b[1] and 0 < a[0] - b[0] < 12:
        state.month_gap = a[0] - b[0]


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
                      and _WHICH_WHOLE.match(gap))
    continued = (prev_claim is not None and prev_claim.measure != "other" and prev_claim.kind != "share"
                 and ((kind == "amount" and (_CONTINUE_TO.match(gap) or _CONTINUE_FROM.match(gap) or _CONTINUE_WHEN.match(gap)))
                      or (kind in ("percent_change", "multiple") and prev_claim.kind == "amount" and _CONTINUE_CHANGE.match(gap))))
    restated = prev_claim is not None and prev_claim.kind in ("amount", "share") and _RESTATE.match(text[prev_end:m.start] or "x") is not None \
        and text[prev_end:m.start].strip() != ""
    # --- measure -----------------------------------------------------------------------
    flow = respectively.get(m.start) or _governing_flow(text, sent, m, ms["flow"], kind, after)
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
        change = _ABS_CHANGE_BEFORE.search(before)
        if change is None and re.match(r"^\s+(?:to|from)\s+(?:a\s+(?:revised\s+)?)?(?:[$€£¥]|[A-Z]{1,3}\$?\s?\d|\d)", after):
            change = _BARE_CHANGE_BEFORE.search(before)
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
        elif c.measure != "other" and (_is_future(text, sent, m, ctx) or _UNIT_PRICE_AFTER.match(after)
                                       or _FX_AFTER.match(after) or _GOAL_AFTER.match(after)):
            c.measure = "other"
    if c.measure == "balance" and sign:
        c.extra["_balance_sign"] = sign
    if kind == "amount":
        dv = _DIRECTION_TO.search(before)
        if dv:
            w = dv["w"].lower()
            off = m.start - len(before) + dv.start("w")
            c.extra["_dir"] = (vocab.changes().get(w, 1), [off, off + len(dv["w"])], dv["w"])
        if continued and prev_claim is not None and prev_claim.kind == "amount" and _CONTINUE_FROM.match(gap) \
                and "_dir" in prev_claim.extra and "_dir_base" not in prev_claim.extra:
            prev_claim.extra["_dir_base"] = c
    # --- period --------------------------------------------------------------------------
    per, per_how, base, base_how = _period_for(text, sent, m, kind, resolved, ctx, state, prev_claim, prev_end, last_relation)
    c.period = P.fmt(per)
    c.how["period"] = per_how
    if kind in ("multiple", "percent_change"):
        if base is None and per is not None:
            base, base_how = _default_base(per, state), "default"
        c.base_period = P.fmt(base)
        c.how["base_period"] = base_how
    if "change_of" in c.extra:
        c.extra["change_base"] = P.fmt(_default_base(per, state)) if per else None
    # A target "by 2030" carries its own year.
    if kind == "amount" and c.measure == "other":
        by = _BY_YEAR.match(after)
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
    elif (restated or continued) and prev_claim is not None and _share_whole_country(text, m, sent) is None:
        c.reporter, c.partner = prev_claim.reporter, prev_claim.partner
        for k in ("partner_group", "reporter_group"):
            if k in prev_claim.extra:
                c.extra[k] = prev_claim.extra[k]
        c.how["pair"] = prev_claim.how.get("pair", "context")
    else:
        _pair_for(text, sent, m, c, ms["country"], flow, state, ctx, prev_end, kind, after)
    if kind in ("amount", "share"):
        _perspective(text, sent, m, c, flow, state, ctx)
    # --- commodity -----------------------------------------------------------------------
    c.commodity = _commodity_for(text, sent, m, ms["commodity"], prev_end, ctx, c)
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
        _amount_value(c, m, ctx, sign, before)
    else:
        _relation_value(c, m, before, after, kind)
        if paired_with is not None and kind == "percent_change" and "direction" in paired_with.extra:
            d = paired_with.extra["direction"]
            c.factor = 1 + d * m.value
            c.extra["direction"] = d
            if d < 0:
                c.bound = {"gt": "lt", "ge": "le", "lt": "gt", "le": "ge"}.get(c.bound, c.bound)
        cur = _TERMS.search(text[sent.start:sent.end])
        code = _currency_word(cur["w"], ctx) if cur else None
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
    return c


def _kind_of(m: Mention, text, sent, before: str, after: str, prev_end: int) -> str | None:
    if m.kind == "amount":
        return "amount"
    clause_before = text[max(prev_end, sent.start, m.start - 50):m.start]
    if m.kind == "multiple":
        if m.attrs.get("word"):
            return "multiple"
        if m.attrs.get("times") and not m.attrs.get("cmp"):
            if not _change_before_re().search(clause_before) and not re.match(r"^\s*(?:that|the|its|their|what)\b", after, re.I):
                return None
        return "multiple"
    # percentages and fractions: a change, a share, or neither
    share_before = re.search(rf"(?<![\w-])(?:{'|'.join(map(re.escape, vocab.share_cues()['before']))})\s+(?:(?:about|around|nearly|almost|some|roughly|more\s+than|less\s+than|over|under|just\s+over|just\s+under|close\s+to|an\s+estimated|a)\s+)*$", clause_before, re.I)
    change_before = _change_before_re().search(clause_before)
    change_after = _CHANGE_NOUN_AFTER.match(after)
    of_after = _SHARE_AFTER.match(after)
    if m.kind == "percent" and re.match(r"^\s*(?:of\s+)?(?:GDP|the\s+economy)\b", after):
        return None
    share_to = (re.search(r"\bshare\b", text[sent.start:m.start], re.I)
                and re.search(r"\b(?:rose|fell|grew|climbed|slipped|dropped|shrank|increased|decreased|edged\s+\w+|was|is|reached|stood|to|at)\s+(?:to\s+|at\s+)?(?:(?:about|around|nearly|almost|some|roughly|just|less\s+than|more\s+than|over|under|just\s+over|just\s+under)\s+)?$", clause_before, re.I))
    if share_before or share_to:
        if m.kind == "percent" and _SKIP_PERCENT.search(text[max(sent.start, m.start - 40):m.end + 40]):
            return None
        return "share"
    if change_before or change_after:
        if _VOLUME.search(clause_before) or re.match(r"^\s+to\s+[\d.,]+\s*(?:million|billion|thousand)?\s*(?:tonnes|tons|kilogrammes|kilograms|kg|barrels|units|containers|vehicles|cars|head|litres)\b", after, re.I):
            return None  # a volume or a price, not a value
        return "percent_change"
    paren_after_amount = re.search(r"(?:[\d.,]+\s*(?:bn|mn|billion|million|trillion|trn|bln|crore)?)\s*\($", text[max(sent.start, m.start - 30):m.start], re.I)
    if share_before or of_after or paren_after_amount or _SHARE_WORD.search(clause_before[-25:] + after[:20]):
        if m.kind == "percent" and _SKIP_PERCENT.search(text[max(sent.start, m.start - 40):m.end + 40]):
            return None
        return "share"
    return None


def _bound(before: str, m: Mention) -> str:
    q = _qual_re().search(before)
    if not q:
        return "eq"
    return vocab.qualifiers()[re.sub(r"\s+", " ", q["q"].lower())]


def _governing_flow(text, sent, m: Mention, flows: list[Mention], kind: str, after: str) -> Mention | None:
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
            if (m.end <= f.start <= window_end and f.attrs["measure"] != "other" and _SHARE_AFTER.match(gap + " ")
                    and not re.search(r"[,;]|\band\b", gap.lstrip(" ,"))):
                return f
    before = [f for f in flows if f.end <= m.start and not _in_apposition(text, sent.start, f.start, m.start)]
    heads = [f for f in before if not (f.attrs["measure"] == "trade_total" and _COMPLEMENT_BEFORE.search(text[max(sent.start, f.start - 40):f.start])
                                       and any(g.attrs["measure"] in ("balance", "exports", "imports") for g in before if g.start < f.start))]
    if heads:
        return heads[-1]
    nxt = [f for f in flows if f.start >= m.end and f.start - m.end < 40]
    if nxt:
        gap = text[m.end:nxt[0].start]
        if not re.search(r"[;]|\b(?:while|whereas|but)\b", gap):
            return nxt[0]
    return None


def _in_apposition(text: str, sent_start: int, pos: int, until: int) -> bool:
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


_COMPLEMENT_BEFORE = re.compile(r"\b(?:in|of|on)\s+(?:(?:its|their|the|bilateral|goods|services|merchandise|non-oil|and|foreign|overall)\s+)*$", re.I)


def _is_future(text, sent, m, ctx) -> bool:
    before = text[sent.start:m.start]
    if _FUTURE.search(before[-80:]):
        return True
    by = _BY_YEAR.match(text[m.end:sent.end])
    if by and ctx.published is not None and int(by.group(1)) > P.year_of(ctx.published):
        return True
    return False


def _period_for(text, sent, m, kind, resolved, ctx, state, prev_claim=None, prev_end=None, last_relation=None):
    """(period, how, base period, how) for a number."""
    per = how = base = base_how = None
    after_limit = m.end + 45
    # A period right after the number ("$5.25bn in 2022", "($33mn)" after "in 2021",
    # "$51.8 billion the year before") binds tightest.
    direct = None
    for pm, p, h in resolved:
        if m.end <= pm.start <= after_limit:
            gap = text[m.end:pm.start]
            if re.fullmatch(r"\s*(?:\)|,)?\s*(?:(?:recorded|registered|reported|seen|posted|a|the|was|were)\s+)*(?:in|during|for|of|at|over)?\s*(?:the\s+)?(?:\()?\s*", gap):
                direct = (pm, p, h)
            break
    before = [(pm, p, h) for pm, p, h in resolved if pm.end <= m.start and not pm.args.get("target")]
    lead_before = text[max(sent.start, m.start - 45):m.start]
    if kind == "amount" and direct is None and _FROM_BEFORE.search(lead_before) and re.search(r"\bfrom\s", lead_before[-30:]):
        # "to $3.3bn, from $0.9bn": the earlier level, at the comparison's base period
        rel = last_relation if last_relation is not None else prev_claim
        if rel is not None and rel.base_period and rel.kind != "amount":
            return P.parse(rel.base_period), "context", None, None
        cue = next(((pm, p, h) for pm, p, h in resolved if pm.base_cue and pm.start >= sent.start), None)
        if cue is not None and cue[0].kind not in ("rel", "same"):
            return cue[1], cue[2], None, None
        if prev_claim is not None and prev_claim.period:
            return P.shift(P.parse(prev_claim.period), -12), "guess", None, None
    if kind == "amount" and before and before[-1][0].base_cue and direct is None:
        # "from March 2023, to $41.68bn": a base period does not date the new level
        gap = text[before[-1][0].end:m.start]
        if not (re.search(r"\b(?:when|where|then)\b|\(\s*(?:about|around|some|roughly)?\s*$", gap) or len(gap.strip()) <= 2):
            before = [b for b in before if not b[0].base_cue]
    if kind in ("multiple", "percent_change"):
        main = [(pm, p, h) for pm, p, h in before if not pm.base_cue and pm.kind != "rel" or pm.args.get("w") in ("last year", "this year", "last month")]
        after_main = [(pm, p, h) for pm, p, h in resolved if pm.start >= m.end and not pm.base_cue
                      and (pm.kind != "rel" or pm.args.get("w") in ("last year", "this year", "last month"))
                      and pm.start - m.end < 30 and not re.search(r"[,:;]", text[m.end:pm.start])]
        if after_main and not main:
            per, how = after_main[0][1], after_main[0][2]
        elif main:
            per, how = main[-1][1], main[-1][2]
        elif state.period or ctx.main_period:
            per, how = state.period or ctx.main_period, "context"
        # The base: the first comparison period after the relation, in the same sentence.
        for pm, p, h in resolved:
            if pm.start >= m.end and (pm.base_cue or pm.kind in ("rel", "same")):
                if pm.kind in ("rel", "same") and per is not None:
                    p2, h2 = P.resolve(pm, ctx.published, per, ctx.fiscal_start)
                    if pm.kind == "rel" and pm.args.get("w") in ("last year", "this year", "last month", "this month"):
                        continue
                    if p2 is not None:
                        base, base_how = p2, h2
                        break
                else:
                    base, base_how = p, h
                    break
        if base is None:
            # "since 2021" / "from 2021" may come before the figure too
            for pm, p, h in reversed(before):
                if pm.base_cue:
                    base, base_how = p, h
                    break
        if per is not None and base is not None and P.year_of(base) > P.year_of(per):
            base = None
        return per, how, base, base_how
    if direct is not None:
        pm, p, h = direct
        if pm.kind in ("rel", "same"):
            ref = None
            for q, pp, hh in reversed(before):
                if not q.base_cue:
                    ref = pp
                    break
            ref = ref or state.period or ctx.main_period
            p2, h2 = P.resolve(pm, ctx.published, ref, ctx.fiscal_start)
            if p2 is not None:
                return p2, h2, None, None
        return p, h, None, None
    if before:
        # The nearest period before the number; a comparison base ("than in 2021")
        # still dates a figure that follows it ("... than in 2021 ($33mn)").
        pm, p, h = before[-1]
        if pm.kind in ("rel", "same"):
            ref = state.period or ctx.main_period
            for q, pp, hh in reversed(before[:-1]):
                if not q.base_cue:
                    ref = pp
                    break
            p2, h2 = P.resolve(pm, ctx.published, ref, ctx.fiscal_start)
            if p2 is not None:
                return p2, h2, None, None
        return p, h, None, None
    later = [(pm, p, h) for pm, p, h in resolved if pm.start >= m.end and not pm.base_cue]
    if later and later[0][0].start - m.end < 60 and not re.search(r"[;$€£¥]|\d", text[m.end:later[0][0].start]):
        return later[0][1], later[0][2], None, None
    if state.period:
        return state.period, "context", None, None
    if ctx.main_period:
        return ctx.main_period, "context", None, None
    return None, "guess", None, None


def _default_base(per: P.Period, state: "State | None" = None) -> P.Period:
    """Unless the text says otherwise, a change compares with the same period a year
    earlier; a monthly figure in a text that has compared months with the month before
    (a monthly release) compares with the month before."""
    if state is not None and state.month_gap and per[0] == per[1]:
        return P.shift(per, -state.month_gap)
    return P.shift(per, -12)


def _role(text: str, c: Mention) -> str:
    """'P' for a country after a preposition ("to Iran", "with China"), 'R' otherwise."""
    pre = text[max(0, c.start - 14):c.start]
    if _PREP_BEFORE_COUNTRY.search(pre):
        if re.search(r"\bbetween\s+(?:the\s+)?$", pre, re.I):
            return "R"
        return "P"
    return "R"


def _share_whole_country(text, m, sent):
    after = text[m.end:min(sent.end, m.end + 50)]
    mm = re.match(r"^\s*(?:,\s*)?of\s+(?:the\s+)?(?:total\s+|overall\s+)?(?P<c>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)(?:['’]s\b|\s+(?:total\s+|goods\s+|merchandise\s+)?(?:exports|imports|trade|sales|purchases)\b)", after)
    if mm and vocab.countries().get(mm["c"].rstrip("."), (None,))[0]:
        return mm["c"]
    return None


def _pair_for(text, sent, m: Mention, c: Claim, countries: list[Mention], flow, state: State,
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
        wo = _share_whole_country(text, m, sent)
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
                c.reporter, c.partner = rep, part
                c.how["pair"] = "context"
                return
    total_cue = _TOTAL_CUE.search(text[max(clause_start, m.start - 60):m.start] + " " + after[:30])
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


_BUY = re.compile(r"^(?:bought|purchased|took|buying|taking|purchases)$", re.I)
_SELL = re.compile(r"^(?:supplied|sold|shipped|supplying|selling)$", re.I)


def _perspective(text, sent, m, c: Claim, flow, state: State, ctx: DocContext) -> None:
    """A partner as the subject of "bought"/"supplied" in an article about another country:
    the figure is that country's exports to (imports from) the partner."""
    if flow is None or c.measure not in ("exports", "imports"):
        return
    word = text[flow.start:flow.end]
    if not (_BUY.match(word) or _SELL.match(word)):
        return
    main = ctx.main_reporter
    subject = c.reporter
    if not main or not subject or subject == main or c.partner not in (None, main, "WLD", state.partner):
        return
    if re.search(r"\b(?:from|to)\s+(?:the\s+)?[A-Z]", text[flow.end:m.start]):
        return  # "China bought $X from Pakistan" names its own direction
    c.measure = "exports" if _BUY.match(word) else "imports"
    c.reporter, c.partner = main, subject
    c.how["pair"] = "context"


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
        and _PREP_BEFORE_COUNTRY.search(text[max(0, x.start - 14):x.start]) is None


def _flow_right_after_possessive(text, x: Mention, flow: Mention) -> bool:
    return x.attrs["possessive"] and 0 <= flow.start - x.end < 40 and not re.search(r"\b(?:with|to|from)\b", text[x.end:flow.start])


def _commodity_for(text, sent, m, commodities, prev_end, ctx, c: Claim) -> str | None:
    start = max(sent.start, prev_end)
    clause = text[start:m.start]
    if re.search(r"\bgoods\s+and\s+services\b", clause, re.I):
        # explicit: kept apart from unlabelled figures, which are often goods alone
        return "goods and services" if ctx.has_services else None
    subj = _PART_SUBJECT.search(clause)
    if subj and c.kind in ("amount", "share"):
        np = re.sub(r"^(?:the|its|their)\s+", "", subj["np"].strip(), flags=re.I)
        if not _names_country_or_flow(np) and not re.match(r"^(?:(?:when|while|and|but|as)\s+)?(?:it|this|that|these|they|which|the\s+\w+\s+products)$", np, re.I):
            return _label(np)
    after = text[m.end:min(sent.end, m.end + 40)]
    of_the = re.match(r"^\s+of\s+the\s+(?P<c>[\w-]+)\s+(?:figure|total|bill|sales|exports|imports)\b", after)
    if of_the and c.kind == "amount":
        return of_the["c"].lower()
    # "earned Sh180.6 billion from tea exports"
    from_x = re.match(r"^\s+(?:from|in|on)\s+(?P<c>[a-z][a-z\s-]{1,30}?)\s+(?:exports|imports|sales|shipments|purchases)\b", after)
    if from_x and c.kind == "amount" and not _names_country_or_flow(from_x["c"]) and from_x["c"] not in ("total", "merchandise", "its", "their", "the"):
        return _label(from_x["c"])
    cands = [x for x in commodities if start <= x.start < m.start
             and not _in_apposition(text, start, x.start, m.start)
             and (not re.search(r"\b(?:mostly|mainly|chiefly|largely|primarily|predominantly|(?:almost\s+)?entirely|including|led\s+by|such\s+as|driven\s+by|helped\s+by|dominated\s+by)\b[^.;]*$", text[start:x.start], re.I)
                  or re.fullmatch(r"[\w\s-]{0,30}?\s(?:worth|at|of|with|totalling|totaling)\s+(?:about\s+|some\s+|around\s+)?", text[x.end:m.start]))]
    in_scope = re.match(r"^\s+(?:surplus\s+|deficit\s+)?in\s+(?P<c>goods|services)\b", text[m.end:m.end + 30], re.I)
    if in_scope and ctx.has_services:
        return in_scope["c"].lower()
    flow_of = re.search(r"\b(?:exports|imports|shipments|sales|purchases|deliveries)\s+of\s+(?P<np>(?!goods\b|services\b)[a-z][a-z\s-]{2,40}?)(?=\s+(?:alone\s+)?(?:rose|fell|grew|more|were|was|reached|came|totalled|totaled|amounted|climbed|jumped|dropped|increased|decreased|declined|at|to|worth|of|doubled|tripled|halved|surged)\b)", clause)
    if flow_of and not _names_country_or_flow(flow_of["np"]) and (not cands or cands[0].start >= start + flow_of.start("np")):
        return _label(flow_of["np"])
    if not cands:
        return None
    # The earliest product word of the clause names the part ("Copper and copper concentrate ...").
    x = cands[0]
    label = x.text.lower()
    excl = re.search(r"\b(?:excluding|excl\.|other\s+than|except|ex-)\s*$", text[max(start, x.start - 14):x.start], re.I)
    if label == "goods" and not ctx.has_services:
        return None
    # "non-oil trade" and "oil" in "oil import bill" both name scopes; keep the longest phrase
    seg = text[x.start:m.start]
    mm = re.match(r"(?:(?!\b(?:from|to|with|in|for|which|that)\b)[\w\s-]){0,40}?(?=\s+(?:accounted|made|exports?|imports?|shipments|sales|rose|fell|were|was|brought|reached|at|worth|totalled|totaled|amounted|came|earned|of)\b)", seg)
    if mm and len(mm.group(0)) > len(label):
        label = mm.group(0).strip().lower()
    return ("excluding " if excl else "") + _label(label)


def _label(label: str) -> str:
    """A commodity label without the flow words around it: "non-oil trade" -> "non-oil"."""
    label = label.strip().strip(",;:").strip()
    label = re.sub(r"(?:\s+foreign)?\s+(?:trade|exports?|imports?|shipments|sales|purchases|alone|together|deficit|surplus|balance|gap)$", "", label.strip().lower())
    return re.sub(r"^(?:the|its|their)\s+", "", label)


_TERMS = re.compile(r"\bin\s+(?P<w>[a-z]+|US\s+dollar|U\.S\.\s+dollar)\s+terms\b", re.I)


def _currency_word(word: str, ctx: DocContext) -> str | None:
    """'yuan' -> CNY, 'dollar' -> USD, 'rupee' -> the article's rupee."""
    from ..extract.money import _tokens

    w = word.lower().replace("u.s. ", "us ")
    for cand in (w, w + "s", w.rstrip("s")):
        entry = _tokens().get(cand.replace(" ", ""))
        if entry and entry["codes"]:
            return ctx.currency_hint.get(cand.replace(" ", "")) or entry["codes"][0]
    return None


def _names_country_or_flow(np: str) -> bool:
    return bool(scan.find_countries(np)) or bool(scan.find_flows(np)) and not re.search(r"\b(?:products|goods)\b", np, re.I)


def _amount_value(c: Claim, m: Mention, ctx: DocContext, sign: int, before: str) -> None:
    codes = m.attrs.get("codes") or []
    code = ctx.currency_hint.get(m.attrs["token"]) or (codes[0] if codes else None)
    c.currency = code
    value = m.value
    hi = m.attrs.get("hi")
    c.extra["scale_unit"] = m.unit
    if hi is not None:
        c.extra["range"] = [value, hi]
    if c.measure == "balance" and sign < 0:
        value = -value
    c.value = value


def _relation_value(c: Claim, m: Mention, before: str, after: str, kind: str) -> None:
    if m.kind == "multiple":
        c.factor = m.value
        c.extra["unit"] = m.unit
        return
    frac = m.value
    c.extra["unit"] = m.unit if m.unit is not None else 0.0
    if kind == "share":
        c.factor = frac
        return
    cb = _change_before_re().search(before)
    ca = _CHANGE_NOUN_AFTER.match(after)
    word = (cb["w"] if cb else ca["w"] if ca else "up").lower()
    if cb:
        off = m.start - len(before) + cb.start("w")
        c.extra["_direction_span"] = [off, off + len(cb["w"])]
    elif ca:
        c.extra["_direction_span"] = [m.end + ca.start("w"), m.end + ca.end("w")]
    direction = vocab.changes().get(word, 1)
    if word in ("less", "lower", "down", "below"):
        direction = -1
    c.factor = 1 + direction * frac
    c.extra["direction"] = direction
    if direction < 0:
        # "fell by more than two-thirds": the bound is on new/old, so it turns round
        c.bound = {"gt": "lt", "ge": "le", "lt": "gt", "le": "ge"}.get(c.bound, c.bound)
