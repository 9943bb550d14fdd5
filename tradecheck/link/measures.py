"""Which flow a number measures: the governing flow word, skipping asides and complements;
and whether money is a target or forecast rather than a realised flow."""
from __future__ import annotations

import bisect
import functools
import re

from ..extract import mentions as scan
from .. import periods as P
from .. import vocab
from ..extract.mentions import Mention
from . import label_blocks, list_labels, sentences, topic
from .cues import BUY, HEDGE, LIST_MARKER, BY_YEAR, SELL, COMPLEMENT_BEFORE, EARLIER_IN_BRACKET, SHARE_AFTER, change_before_re, figure_for_its_period, future_keys, flow_names_partner, future_re, holds_any, longest_words
# (imported once here, not in the rules that use them: an import in a function costs each call)
from .cues import (ABS_CHANGE_AFTER, ABS_CHANGE_BEFORE, CHANGE_IN_BRACKET, AFTER_BARE_CHANGE, BARE_CHANGE_BEFORE, FX_AFTER, GOAL_AFTER,
                   UNIT_PRICE_AFTER, bracket_label, forecast_after_re, forecast_noun_after_re, reach_after_re)
from .companies import company_subject, share_of_firms_turnover, turnover_owner, turnover_word
from .flow_sides import flow_side_opener
from .balance_contributions import balance_contribution
from .account_net_flows import account_net_flow_measure
from .currency_effects import currency_effect
from .flow_sums import sum_of_two_flows
from .flows_named_after import flow_named_after
from .delivery_modes import through_affiliates
from .company_reports import turnover_of_the_company
from .dating import sibling_labelled_bracket, table_header_span
from .era_years import is_era_year


def governing_flow(text, sent, m: Mention, flows: list[Mention], kind: str, after: str) -> Mention | None:
    """The flow word a number is about: for a share, the whole after "of"; otherwise the
    nearest before it in the sentence, or just after it when none comes before."""
    for f in flows:
        if 0 <= f.start - m.end <= 3 and f.attrs["measure"] == "balance" and kind == "amount" \
                and not text[m.end:f.start].strip():
            return f  # "a $14.8 billion gap" (not "imports EUR 115.6 billion, balance ...": the next label)
        if 0 <= f.start - m.end <= 30 and f.attrs["measure"] == "balance" and kind == "amount" \
                and _sector_words_only(text[m.end:f.start]):
            return f  # "a $29.2 billion agricultural surplus": a sector's balance, the figure its own
        if kind == "amount" and f.attrs["measure"] == "other" and 0 <= f.start - m.end <= 15 \
                and _names_the_figure(text[m.end:f.start]):
            return f  # "a $3 billion IMF programme", "a $20 billion project"
    if kind == "amount":
        # "a deficit of SEK 110.3 billion in trade with Germany": the balance's own figure;
        # the "trade with" after it names the partner, not the measure
        balance = next((f for f in flows if f.end <= m.start and f.attrs["measure"] == "balance"
                        and _OWN_FIGURE.fullmatch(text, f.end, m.start)), None)
        if balance is not None:
            return _money_short_of_goal(text, sent, flows, balance) or balance
        # "Kenya's Sh1,107.6 billion in total exports", "earned $5bn in exports": the figure's own noun
        # (its owner may stand between: "against $1.7 billion in Ugandan export declarations")
        own = next((f for f in flows if 0 < f.start - m.end <= 32 and f.attrs["measure"] != "other"
                    and re.fullmatch(r"\s+in\s+(?:total\s+|overall\s+|annual\s+)?(?:[A-Z][a-z]+(?:['’]s)?\s+)?", text[m.end:f.start])
                    and (f.start - m.end <= 20 or text[m.end:f.start].rstrip()[-1:].isalpha())
                    and not (f.text.endswith("ing") and _places_that_trade_re().match(text, f.start))), None)
        if own is not None:
            return own
    listed = _flow_of_listed_partner(text, sent, m, flows) if kind == "amount" and "(" in text[m.start - 3:m.start] else None
    if listed is not None:
        return listed
    # "India's largest trade deficit, $71.58 billion, was with China": the figure itself is
    # the aside
    named_before = [f for f in flows if f.end <= m.start and _ASIDE_FIGURE.fullmatch(text[f.end:m.start])]
    if named_before and kind == "amount" and named_before[-1].attrs["measure"] != "other":
        # ("- VAT on imports: KSh 331.8 billion": the levy charged on the flow is the label)
        levy = next((f for f in reversed(flows) if f.end <= named_before[-1].start), None)
        if levy is not None and _levied_on_flow(text, levy, named_before[-1], m):
            return levy
        return named_before[-1]
    if kind == "share":
        # "22.5 per cent of total imports": the whole names the flow
        window_end = m.end + 60
        for f in flows:
            gap = text[m.end:f.start]
            if (m.end <= f.start <= window_end and SHARE_AFTER.match(gap + " ")
                    and not re.search(r"[,;]|\band\b", gap.lstrip(" ,"))):
                if f.attrs["measure"] != "other":
                    return f
                if _whole_of_other_money(text, f, flows, window_end):
                    return f
                if f.attrs.get("net_of_returns"):
                    # ("took $3.16 billion, or 64% of net polished exports" beside gross
                    # exports: the share is of the flow less its returns, a whole of its
                    # own, not of the gross flow nor of the part's flow restated)
                    return f
    before = [f for f in flows if f.end <= m.start and (not in_apposition(text, sent.start, f.start, m.start) or _heads_relative_clause(text, f, m))
              and not _HEADING_BETWEEN.search(text, f.end, m.start) and not _partner_of_flow_before(text, f, flows)
              and not (f.attrs["measure"] == "other" and _PLACE_BEFORE.search(text, max(sent.start, f.start - 14), f.start))
              and not _in_source_opener(text, sent.start, f, m)]
    if len(before) > 1 and " than " in text[before[0].end:m.start]:
        before = _without_compared_flow(text, sent.start, before, m)
    if kind == "amount" and _LEVEL_BEFORE.search(text[max(sent.start, m.start - 40):m.start]):
        # "expected to exceed $88bn, against $73bn last year": the earlier level is a flow,
        # whatever the forecast's word (GDP "grown from 1.6 to 2.5 trillion" stays GDP)
        goals = {w.lower() for w in vocab.forecast_cues()}
        before = [f for f in before if f.attrs["measure"] != "other" or f.text.lower() not in goals]
    heads = [f for f in before if not (f.attrs["measure"] == "trade_total" and COMPLEMENT_BEFORE.search(text[max(sent.start, f.start - 40):f.start])
                                       and any(g.attrs["measure"] in ("balance", "exports", "imports") for g in before if g.start < f.start)
                                       # (but "a deficit of $60.7bn on total trade of $583.6bn": the
                                       # trade's own figure right after it, the deficit's given
                                       # already; not "a surplus in trade of $22.4bn")
                                       and not ((_OWN_FIGURE.fullmatch(text, f.end, m.start) or _moved_to_figure(text, f, m)
                                                 or _reaching_own_figure_re().match(text, f.end, m.start))
                                                and _figure_between(text, before, f)))]
    gap_word = next((f for f in heads if f.attrs["measure"] == "balance"
                     and (re.match(r"\s+between\b", text[f.end:f.end + 10]) or _difference_of_flows(text, f, heads))), None)
    if gap_word is not None:
        # "the shortfall between what it sells and what it buys shrank 14.6 percent", "the
        # surplus of exports over imports was CHF 1.5bn": the flows inside "between ... and
        # ..." or "of ... over ..." are what the balance is the difference of
        return gap_word
    if len(heads) > 1 and kind in ("amount", "percent_change") and _levied_on_flow(text, heads[-2], heads[-1], m):
        return heads[-2]
    levy = _levy_from_flows(text, heads, m) if len(heads) > 1 and kind in ("amount", "percent_change") else None
    if levy is not None:
        return levy
    if len(heads) > 1 and kind == "amount" and _verb_of_other_money(text, heads[-2], heads[-1]):
        return heads[-2]
    if heads:
        return heads[-1]
    nxt = [f for f in flows if f.start >= m.end and f.start - m.end < 40]
    if nxt:
        gap = text[m.end:nxt[0].start]
        # "... and shipped out $71.5bn": a verb with a figure of its own governs that one
        owns_next = _OWN_FIGURE_AFTER.match(text[nxt[0].end:nxt[0].end + 30])
        if not re.search(r"[;]|\b(?:while|whereas|but)\b", gap) and not owns_next \
                and not (nxt[0].attrs["measure"] == "other" and _event_named_after().search(gap)) \
                and not (kind == "percent_change" and " " in gap and _cause_clause_subject_re().search(gap)) \
                and not (kind in ("percent_change", "amount") and " " in gap and _cause_cue_re().search(gap)):
            return nxt[0]
    return None


# a leading phrase that names where the sentence's figures come from, up to its comma:
# "According to the monthly indicators of foreign trade published by the Office des Changes, "
_SOURCE_OPENER = re.compile(r"According\s+to\s[^,;:]*,")


def _in_source_opener(text: str, sent_start: int, f: Mention, m: Mention) -> bool:
    """Whether a flow word stands in the source a sentence opens on, the figure after it:
    "According to the monthly indicators of foreign trade published by the Office des
    Changes, it reached 85.28 billion dirhams": the publication's subject, not the figure's
    (which "it" carries from the sentence before)."""
    if "According" not in text[sent_start:f.start]:
        return False  # (cheap: most sentences open on no source)
    dateline = topic._DATELINE.match(text, sent_start, f.start)
    opener = _SOURCE_OPENER.match(text, dateline.end() if dateline else sent_start)
    return opener is not None and f.end <= opener.end() <= m.start


@functools.cache
def _cause_clause_subject_re() -> re.Pattern:
    """"the value rose 10% as the average price slipped to $3.43": a cause clause (vocab/
    cause_clause_openers.csv) opening on a subject of its own after a change; the flow word
    in it is that subject, whose own move the clause gives, not what the change measures.
    (Only for changes: the levels of "slipped 1.4% to $3.47bn from $3.52bn, as the average
    price fell" are read with the clause as before.)"""
    words = vocab.alternation(vocab.cause_clause_openers(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{words})\s+(?:the|its|their|a|an)\s", re.I)


@functools.cache
def _cause_cue_re() -> re.Pattern:
    """"value rose 9% from $80 million thanks to better prices": a phrase naming what drove
    the figure (vocab/cause_cues.csv) names its cause; the flow word after it is that cause,
    not what the change or its level measures."""
    cues = vocab.alternation(vocab.cause_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{cues})\s", re.I)


# "surplus of direct exports over direct imports": "of", the first flow (a few words before
# it allowed: "direct", "merchandise"), then "over" and the second flow
_DIFFERENCE_OF = re.compile(r"\s+of\s+(?:[a-z]+\s+){0,2}")
_DIFFERENCE_OVER = re.compile(r"\s+over\s+(?:[a-z]+\s+){0,2}")


def _difference_of_flows(text: str, balance: Mention, flows: list[Mention]) -> bool:
    """True when the balance word is followed by "of <flow> over <flow>" (the excess of one
    flow over the other): the two flows are what it is the difference of, not its measure."""
    if " over " not in text[balance.end:balance.end + 80]:
        return False  # (cheap test first)
    later = [g for g in flows if g.start >= balance.end and g.attrs["measure"] in ("exports", "imports")]
    return len(later) >= 2 and bool(_DIFFERENCE_OF.fullmatch(text, balance.end, later[0].start)) \
        and later[1].attrs["measure"] != later[0].attrs["measure"] \
        and bool(_DIFFERENCE_OVER.fullmatch(text, later[0].end, later[1].start))


def _money_short_of_goal(text: str, sent, flows: list[Mention], gap: Mention) -> Mention | None:
    """"collected Tk 4,151 crore in revenue against the target of Tk 5,314 crore, a shortfall
    of Tk 1,163 crore": a word of a gap to a goal (vocab/goal_gap_nouns.csv) after a goal
    (vocab/goal_nouns.csv), in a sentence whose flow words before it are all money of no
    flow, is that money's gap to its goal, no trade balance: the last of those words."""
    if gap.text.lower() not in _goal_gap_nouns():
        return None
    before = [f for f in flows if sent.start <= f.start and f.end <= gap.start]
    if not before and _THE_BEFORE_GAP.search(text, max(sent.start, gap.start - 6), gap.start):
        # "... 85 percent of the Sh700 billion target. The shortfall of Sh104 billion was
        # blamed on ...": "the" gap opening its sentence points back to the goal the sentence
        # before names (vocab/goal_nouns.csv): the result's gap to it, no trade balance
        end = len(text[:sent.start].rstrip()) - 1  # (the sentence before: back past its stop and blank lines)
        opening = max(text.rfind(". ", 0, end), text.rfind("\n", 0, end)) + 1
        goal = _goal_re().search(text, opening, end)
        if goal is None:
            return None
        return Mention("flow", goal.start(), goal.end(), goal.group(), attrs={**gap.attrs, "measure": "other", "sign": None})
    if not before or any(f.attrs["measure"] != "other" for f in before) \
            or not _goal_re().search(text, sent.start, gap.start):
        return None
    return before[-1]


# "The shortfall", "this gap": a gap word whose determiner points back to what it falls short of
_THE_BEFORE_GAP = re.compile(r"\b(?:the|this|that)\s+$", re.I)


@functools.cache
def _goal_gap_nouns() -> frozenset[str]:
    return frozenset(r["word"].lower() for r in vocab.table("goal_gap_nouns"))


@functools.cache
def _goal_re() -> re.Pattern:
    return re.compile(rf"\b(?:{vocab.alternation(vocab.goal_nouns(), ignore_case=True)})\b", re.I)


@functools.cache
def _listed_partner_re() -> re.Pattern:
    """A noun for partners (vocab/partner_nouns.csv), a cue that lists some of them
    (vocab/listed_partner_cues.csv), one capitalised name and the bracket that opens on the
    figure: "trading partners, including Russia (", "markets such as Japan ("."""
    nouns = vocab.alternation(vocab.partner_nouns(), ignore_case=True, space=r"\s+")
    cues = vocab.alternation([r["phrase"] for r in vocab.table("listed_partner_cues")], ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?P<noun>{nouns})\s*,?\s+(?:{cues})\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,2}}\s*\(\s*$", re.I)


def listed_partner_before(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] ends on a partner listed among a flow's partners and the
    bracket after its name ("trading partners, including Russia (")."""
    return _listed_partner_re().search(text, start, end) is not None


def _flow_of_listed_partner(text: str, sent, m: Mention, flows: list[Mention]) -> Mention | None:
    """"Exports surged 29 percent to $2.7 billion, reflecting higher prices and a recovery of
    demand from trading partners, including Russia ($397 million, or 14.5 percent of the
    total)": a figure in brackets after a partner listed among the sentence's partners is
    that partner's part of the sentence's trade flow (the last exports or imports named
    before the partners), not of the price or demand words between."""
    mm = _listed_partner_re().search(text, max(sent.start, m.start - 90), m.start)
    if mm is None:
        return None
    before = [f for f in flows if sent.start <= f.start and f.end <= mm.start("noun")]
    if any(f.attrs["measure"] not in ("exports", "imports", "other") for f in before):
        return None
    trade = [f for f in before if f.attrs["measure"] in ("exports", "imports")]
    return trade[-1] if trade else None


@functools.cache
def _places_that_trade_re() -> re.Pattern:
    """"tariff reductions of $2bn in importing countries": a participle before places
    (vocab/counted_partner_nouns.csv) says where, not what the figure is ("$5bn in exports")."""
    nouns = vocab.alternation(vocab.counted_partner_nouns(), ignore_case=True)
    return re.compile(rf"[A-Za-z]+ing\s+(?:{nouns})\b", re.I)


@functools.cache
def _event_named_after() -> re.Pattern:
    """"a drop of about 20%, the largest fall since the tariff war started": money words after
    the figure in a phrase dating it by an event (vocab/event_openers.csv) name the event, not
    what the figure measures."""
    words = vocab.alternation([r["word"] for r in vocab.table("event_openers")], ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{words})\s+the\s+(?:[\w-]+\s+){{0,2}}$", re.I)


def _whole_of_other_money(text: str, f: Mention, flows: list[Mention], window_end: int) -> bool:
    """"relies on oil sales for about 90 percent of its state budget": a share whose whole,
    right after "of", is money of no trade flow (vocab/flows.csv, measure other) measures that
    money, not the flow named before it (vocab/other_money_wholes.csv); unless a trade flow
    follows in the same phrase, the money's source ("30% of the revenue from oil exports")."""
    if f.text.lower() not in _other_money_wholes():
        return False
    return not any(f.end <= g.start <= window_end and g.attrs["measure"] != "other"
                   and not re.search(r"[,;.]", text[f.end:g.start]) for g in flows)


@functools.cache
def _other_money_wholes() -> frozenset[str]:
    return frozenset(r["phrase"].lower() for r in vocab.table("other_money_wholes"))


# the gap between a subject and its verb: nothing, or one adverb ("the tourism industry alone earned");
# not a conjunction ("exported ... to the world's second-largest economy and imported": a
# second verb of the sentence's own subject)
_SUBJECT_VERB_GAP = re.compile(r"\s+(?:(?!(?:and|or|but|while|then)\s)[a-z]+\s+)?")


def _verb_of_other_money(text: str, subject: Mention, verb: Mention) -> bool:
    """"Seychelles' tourism industry earned SCR 13,540 million", "the tourist sector, earning":
    a verb that alone would say exports ("earned") whose subject is money of no trade flow
    (vocab/flows.csv, measure other): the figure is that money, not exports."""
    return subject.attrs["measure"] == "other" and verb.attrs["measure"] != "other" \
        and verb.text.lower().endswith(("ed", "ing")) and subject.end <= verb.start \
        and bool(_SUBJECT_VERB_GAP.fullmatch(text, subject.end, verb.start))


# (the levy's short name in brackets may stand between: "letters of credit (LCs) for imports")
# ("Duties collected on Chinese imports": a participle of the levy before "on", a place's
# adjective before the flow)
_ON_FLOW = re.compile(r"(?:\s*\([A-Za-z]{1,8}\))?(?:\s+(?:collected|levied|paid|charged|imposed))?\s+(?:on|for)\s+(?:the\s+|all\s+)?(?:[A-Z][a-z-]+\s+)?")
_FLOWS_OWN_FIGURE = re.compile(r"\b(?:of|worth|valued\s+at)\s+$")
_LEVY_FIGURE_ON_FLOW = re.compile(r"\s+of\s+[^\s,;]*\d[^\s,;]*\s+(?:on|for)\s+(?:the\s+|all\s+)?(?:[a-z-]+\s+)?")


@functools.cache
def _levy_nouns() -> frozenset[str]:
    return frozenset(r["phrase"].lower() for r in vocab.table("levy_nouns"))


# "from import and export activities", "on exports and imports": the flows, one or two
_FROM_FLOWS = re.compile(r"\s+(?:from|on)\s+(?:the\s+|all\s+)?(?:[a-z]+\s+(?:and|or)\s+)?")


def _levy_from_flows(text: str, heads: list[Mention], m: Mention) -> Mention | None:
    """"Customs revenue from import and export activities ... was VND220 trillion": money a
    state collects (vocab/levy_nouns.csv) named before the flows it comes from governs the
    figure, not the last of those flows (unless that flow has a figure of its own between)."""
    flow = heads[-1]
    for levy in (heads[-3:-1] if len(heads) > 2 else heads[-2:-1]):
        if levy.attrs["measure"] == "other" and levy.text.lower() in _levy_nouns() \
                and _FROM_FLOWS.fullmatch(text, levy.end, flow.start) and _FLOWS_OWN_FIGURE.search(text, flow.end, m.start) is None:
            return levy
    return None


def _levied_on_flow(text: str, levy: Mention, flow: Mention, m: Mention) -> bool:
    """"VAT on imported goods amounted to 1,884.1 billion tenge": money of no flow charged
    on a flow (vocab/flows.csv, measure other) is the figure's subject, not the flow it is
    charged on (but "duties on imports worth $300bn": the flow's own figure); so with a
    measure of its own granted for a flow ("Licences for exports of military equipment
    totalled EUR 6.31 billion": licences are no deliveries)."""
    gap = text[levy.end - 1:flow.start + 1]
    return (levy.attrs["measure"] == "other" and flow.attrs["measure"] != "other"
            and (" on " in gap or " for " in gap)
            and (_ON_FLOW.fullmatch(text, levy.end, flow.start) is not None
                 # ("the tax-free threshold of US$150 for personal imports, or $200 for goods
                 # from the U.S.": the levy's first figure between, the next one the levy's too)
                 or _LEVY_FIGURE_ON_FLOW.fullmatch(text, levy.end, flow.start) is not None)
            and _FLOWS_OWN_FIGURE.search(text, flow.end, m.start) is None)


# what may stand between "from" and an earlier level: "from a record A$467 billion"
_LEVEL_NOUN_PHRASE = r"(?:(?:a|the)\s+)?(?:(?:record|revised|peak)\s+)?"
# (governing_flow's patterns, compiled once rather than formatted and looked up each call)
_ASIDE_FIGURE = re.compile(rf"\s*[,(:–—-]\s*{HEDGE}")
_LEVEL_BEFORE = re.compile(rf"\b(?:against|from|versus|compared\s+(?:with|to))\s+{_LEVEL_NOUN_PHRASE}{HEDGE}$")
_OWN_FIGURE_AFTER = re.compile(rf"^\s*(?:out\s+|in\s+)?{HEDGE}(?:[$€£¥]|[A-Z]{{1,3}}\$|\d[\d.,]*\s*(?:bn|billion|mn|million|trillion|crore|lakh)\b)")


# "exports processed at the collection were worth $1.2bn": a customs station named by its
# money word after a preposition of place is where the flow passed, not what the figure is
_PLACE_BEFORE = re.compile(r"\b(?:at|through|via)\s+(?:the|this|that)\s+$", re.I)


def _heads_relative_clause(text: str, f: Mention, m: Mention) -> bool:
    """"a slowdown in demand and a drop in venture capital investment in startups, which fell
    to about $16 billion": money of another kind (measure other) that a relative clause right
    after it gives the figure of is the figure's own noun, though a list item opened by ", a"
    before it reads as an aside (a trade flow there stays to the aside rules)."""
    return f.attrs["measure"] == "other" and "," in text[f.end:m.start] \
        and _relative_of_flow_re().fullmatch(text, f.end, m.start) is not None


@functools.cache
def _relative_of_flow_re() -> re.Pattern:
    """" in Israeli startups, which fell to about ": the noun's own phrase, no other comma,
    then ", which" and at most four words before the figure; or the shortened clause of a
    participle that gives a level and "at" (vocab/level_participles.csv, "valued"; the
    estimates' "estimated at" of vocab/estimate_qualifiers.csv): "reserves, currently estimated
    at around $18 billion" is the reserves' figure, no flow's named earlier (not "the economy,
    accounted for": a verb of its own after an aside)."""
    at_level = [w + " at" for w in vocab.level_participles()] + [q for q in vocab.estimate_qualifiers() if q.endswith(" at")]
    participles = vocab.alternation(at_level, ignore_case=True, space=r"\s+")
    return re.compile(rf"[^,;()\d]{{0,40}},\s+(?:which\s+(?:[a-z]+\s+){{1,4}}|(?:[a-z]+ly\s+)?(?:{participles})\s+{HEDGE})")


def _sector_words_only(gap: str) -> bool:
    """Whether only words naming a sector of a flow (vocab/sector_words.csv, "trade") stand
    between a figure and the balance word after it ("agricultural", "farm trade"), or a cased
    product word as written (vocab/cased_commodities.csv: "a $12.4 billion IT surplus")."""
    words = gap.split()
    return 0 < len(words) <= 2 and gap[:1].isspace() and all(
        w.lower() in vocab.sector_words() | {"trade"} or w in vocab.cased_commodities() for w in words)


def _figure_between(text: str, flows: list[Mention], f: Mention) -> bool:
    """Whether a figure comes between the last flow of another kind before `f` and `f`."""
    other = [g for g in flows if g.end <= f.start and g.attrs["measure"] in ("balance", "exports", "imports")]
    return bool(other) and bool(re.search(r"\d", text[other[-1].end:f.start]))


# "total trade of $583.6bn", "trade worth": the words between a flow and its own figure
_OWN_FIGURE = re.compile(rf"\s+(?:of|worth|valued\s+at)\s+{HEDGE}", re.I)


def _moved_to_figure(text: str, f: Mention, m: Mention) -> bool:
    """"exports were $5.8bn and imports $4.4bn, bringing the total value of trade to $10.2bn":
    a flow a verb of vocab/motion_verbs.csv moves "to" the figure is that figure's own, the
    total the figures before it make, no complement of theirs."""
    return " to " in text[f.end:m.start] and _TO_FIGURE.fullmatch(text, f.end, m.start) is not None \
        and _moved_to_re().search(text, max(0, f.start - 50), f.start) is not None


_TO_FIGURE = re.compile(rf"\s+to\s+{HEDGE}", re.I)


@functools.cache
def _reaching_own_figure_re() -> re.Pattern:
    """"with the total value of merchandise trade standing at N5.49 trillion": an -ing form
    of vocab/reaching_participles.csv right between a flow and a figure gives that flow's
    own level, no complement of a balance named before it; a figure later in the sentence
    ("25.16 per cent lower than the N7.33 trillion recorded in Q1") is that flow's too."""
    words = vocab.alternation([r["word"] for r in vocab.table("reaching_participles")], ignore_case=True, space=r"\s+")
    return re.compile(rf"\s+(?:{words})\s+{HEDGE}", re.I)


@functools.cache
def _moved_to_re() -> re.Pattern:
    verbs = vocab.alternation(vocab.motion_verbs(), ignore_case=True)
    return re.compile(rf"\b(?:{verbs})\s+(?:the\s+|its\s+|their\s+)?(?:(?:total|overall|combined)\s+)?"
                      r"(?:(?:value|volume)\s+of\s+)?(?:(?:total|overall|bilateral|merchandise|goods)\s+)?$", re.I)


# "Trade with EU countries: Calendar and seasonally adjusted, goods worth ...": a heading's
# flow word, before a colon and a clause of words of its own (not "Exports: 2023 223.5")
_HEADING_BETWEEN = re.compile(r":\s+(?:[^\d\s]+\s+){3,}")


def _partner_of_flow_before(text: str, f: Mention, flows: list[Mention]) -> bool:
    """"its trade surplus with its largest partner widened to $10bn": a partner noun
    (vocab/flows.csv, "largest partner") after "with", "to" or "from" is the partner of the
    flow named just before it, not a flow of its own."""
    low = f.text.lower()
    if "partner" not in low:
        return _party_after_money(text, f, flows)
    if not _PARTNER_AFTER_PREPOSITION.search(text, max(0, f.start - 30), f.start):
        return False
    return any(0 < f.start - g.end <= 30 and g.attrs["measure"] != "other" for g in flows if g.end <= f.start)


# "with its ", "to the ", "from their ": the preposition and determiner before a partner noun
_PARTNER_AFTER_PREPOSITION = re.compile(r"\b(?:with|to|from)\s+(?:its|their|the|his|her|our)\s+$", re.I)


def _party_after_money(text: str, f: Mention, flows: list[Mention]) -> bool:
    """"£8bn of support to exporters and their overseas buyers": a noun for a party of trade
    (vocab/rank_noun_flows.csv, "buyers", "suppliers") in the phrase of a preposition right
    after money named before it says whom that money goes to or comes from, no flow of its own
    (so a change after it, "up 11% from £7bn", stays that money's)."""
    if f.text.lower().removesuffix("s") not in vocab.rank_noun_flows():
        return False
    mm = _PARTY_AFTER_PREPOSITION.search(text, max(0, f.start - 50), f.start)
    return mm is not None and any(0 <= mm.start() - g.end <= 2 for g in flows if g.end <= mm.start())


# "to British exporters and their overseas ": a preposition and at most five words, no comma
_PARTY_AFTER_PREPOSITION = re.compile(r"\b(?:to|for|from)\s+(?:[\w'’-]+\s+){0,5}?$", re.I)


def _names_the_figure(gap: str) -> bool:
    """Whether the noun after a figure, past `gap`, is what the figure is: "a $3 billion IMF
    programme", "P482bn in tourism receipts", but not "fell to $34.59 billion as prices
    retreated" (another clause); "in" and a modifier may stand between ("paid $12bn in state
    royalties": royalties)."""
    # (a term may stand between after a comma: "a $10 billion, 15-year deal": the deal's
    # value, over all its years, never one year's flow)
    word = re.fullmatch(r"(?:,\s+(?:\d+|[a-z]+)-(?:year|month)(?:-long)?)?\s+(?:in\s+(?=[a-z]))?(?:([A-Za-z-]+)\s+)?", gap)
    return word is not None and (word[1] or "").lower() not in vocab.clause_openers() \
        and (word[1] or "").lower() not in _comparing_words()


@functools.cache
def _comparing_words() -> frozenset[str]:
    """One-word cues of vocab/against_level_cues.csv ("against", "versus"): the noun after
    one is what the figure is set beside, not what it is ("exports reached 122 trillion yen
    against GDP of 590 trillion": exports, not GDP)."""
    return frozenset(w.lower() for w in vocab.against_level_cues() if " " not in w)


@functools.cache
def _aside_opening_re() -> re.Pattern:
    """What opens an aside: a comma and an article, a relative pronoun, a possessive ("the",
    "which", "Kenya's"; after an adverb of vocab/aside_adverbs.csv too: ", long the second
    pillar of the economy,"), what the subject counts in ("Transfers to the Treasury,
    including taxes and the royalty on copper sales, totalled": the sales are no flow of the
    figure; not ", excluding gold and diamonds,", which is the figure's own scope), or a
    bracket."""
    adverbs = vocab.alternation([r["word"] for r in vocab.table("aside_adverbs")], ignore_case=True)
    # (", many of them parts for those exports,", ", most of which": a part of the subject,
    # the quantifiers of vocab/aside_quantifiers.csv)
    quantifiers = vocab.alternation([r["word"] for r in vocab.table("aside_quantifiers") if r["word"] not in ("of", "them", "it")],
                                    ignore_case=True)
    return re.compile(rf",\s+(?:(?:through|via|in|from|to|by|with|at|into)\s+(?:which|whose|whom)|(?:(?:{adverbs})\s+(?=(?:the|a|an|its)\s))?(?:the|a|an|its)|which|who|whose|mostly|mainly|largely|chiefly|almost|that\s+is|i\.e\.|namely|as(?!\s+well\s+as)|including|[A-Z][\w-]*['’]s"
                      rf"|(?:(?:{quantifiers})\s+){{1,2}}of\s+(?:them|which|these|those))\b|\(")


def _closes_before(text: str, start: int, pos: int) -> bool:
    """Whether a comma in [start, pos) closes the aside opened before `start`: one that is not
    a comma of a list of nouns (", which includes purchases of gas, oil and refined products
    minus sales of electricity," is one aside)."""
    k = text.find(",", start, pos)
    while k != -1:
        if not _LIST_COMMA.match(text, k, pos):
            return True
        k = text.find(",", k + 1, pos)
    return False


def in_apposition(text: str, sent_start: int, pos: int, until: int) -> bool:
    """Is `pos` inside ", the ..., " / ", which ..., " / "(...)" / " — ... — " closed before `until`?"""
    if _in_dash_pair(text, sent_start, pos, until):
        return True
    opening = None
    for mo in _aside_opening_re().finditer(text[sent_start:pos]):
        opening = sent_start + mo.start()
    if opening is None:
        return False
    between = text[opening + 1:pos]
    if (_closes_before(text, opening + 1, pos)) if text[opening] == "," else (")" in between):
        return False  # that aside closed before the flow word
    if text[opening] == "," and re.search(r":\s*[\"“]", between):
        # ("Commenting on the release, the statistician said: "Computer services continue to
        # dominate our services exports, with": the quotation after the colon is a clause of
        # its own, no aside the comma opened)
        return False
    # (past a dateline: "WASHINGTON, 14 March 2024 — According to the IMF's ..., Kenya's exports")
    dateline = topic._DATELINE.match(text, sent_start, opening)
    lead_start = dateline.end() if dateline else sent_start
    if text[opening] == "," and re.match(r"\s*(?:According\s+to|In|On|For|During|After|Before|However|Meanwhile|By|Since|Over|Last|This|"
                                        r"With|As|While|Although|Though|Despite|Amid|Given|Due\s+to|Thanks\s+to|Counting|Compared|"
                                        r"Including|Unlike|Like|Following|Based|Against|Between|From|Through|Year|Separately|Elsewhere|Additionally|Moreover|Besides|"
                                        r"Overall|Globally|Worldwide|Altogether|Nationally|Nationwide|Cumulatively|Combined)\b[^,]*$",
                                        text[lead_start:opening]):
        return False  # "According to the ministry, the expansion came from ...": the main clause, no aside
    if text[opening] == "," and _lead_preposition_re().match(text, lead_start, opening):
        return False  # "Of this, China's exports to Russia were ...": a leading phrase, no aside
    if text[opening] == "," and _REPORTING_WHICH.match(between):
        return False  # "the bulletin, which showed that non-oil exports rose": the report's content
    for close in re.finditer(r"(?<!\d),|,(?!\d)|\)", text[pos:until]):  # not the comma of "75,184,448"
        if close.group(0) == ")" and "(" in text[pos:pos + close.start()]:
            continue  # "exports (including re-exports) increased": a bracket of its own closing
        if not _LIST_COMMA.match(text, pos + close.start(), until):
            return True
        # ("whose purchases of Ugandan sugar, cement and dairy products reached": a comma of
        # a list of nouns, no close of the aside)
    return False


# ", which showed that": a relative clause whose verb reports a clause (that clause is what
# the sentence says, no aside)
_REPORTING_WHICH = re.compile(r"\s*which\s+(?:[a-z]+ly\s+|also\s+)?[a-z]+(?:ed|s)\s+that\b")


@functools.cache
def _lead_preposition_re() -> re.Pattern:
    """A sentence's leading phrase opened by a preposition (vocab/lead_prepositions.csv),
    up to the comma that closes it: "Of this"."""
    words = vocab.alternation(vocab.lead_prepositions(), space=r"\s+")
    return re.compile(rf"\s*(?:{words})\b[^,]*$")


def _in_dash_pair(text: str, sent_start: int, pos: int, until: int) -> bool:
    """"Exports under the "market procurement" trade mode — a simplified regime for
    consignments bought by foreign traders — reached": `pos` lies between two dashes (the
    second before `until`), an aside the sentence closes again."""
    words = text[sent_start:until]
    if "—" not in words and "–" not in words and "--" not in words:
        return False  # (no dash at all: cheap, most sentences)
    dashes = [sent_start + mo.start() for mo in _DASH.finditer(words)]
    return any(a < pos < b for a, b in zip(dashes[::2], dashes[1::2]))


# a dash that opens or closes an aside: spaced, an em or en dash or a doubled hyphen
_DASH = re.compile(r"\s(?:—|–|--)\s")


# a comma inside a list of a few words each, which "and" or "or" ends: "sugar, cement and dairy"
_LIST_COMMA = re.compile(r",\s*(?:[a-z][\w'’-]*\s+){1,3}?(?:and|or)\s+[a-z]")


# "a fifth of Canada's total exports of", "30% of the total imports of": the total a share is of
_TOTAL_AS_WHOLE = re.compile(rf"\bof\s+(?:(?:the|its|their|[A-Z][\w.]*['’]s?)\s+)?total\s+(?:goods\s+)?(?:exports|imports|trade)\s+of\s+{HEDGE}$", re.I)


# (compiled once: a literal pattern of the reading below, tried per claim)
_IS_FUTURE_HEDGED_RE = re.compile(rf"\b(?:after|from|against|versus|compared\s+(?:with|to))\s+{_LEVEL_NOUN_PHRASE}{HEDGE}$")


# a clause about what happened, inside or after a forecast: "two years after they broke
# through", "while imports grew 8.6%"
_PAST_CLAUSE = re.compile(r"\b(?:after|when|since|before|as|while|whereas)\s+(?:\w+\s+){0,2}?(?:broke|was|were|had|did|rose|fell|grew|reached|hit|stood|\w+ed)\b")


def _forecast_in_a_noun_phrase(s: Site) -> bool:
    """Whether the last forecast cue before the figure is a noun that opens its phrase
    ("expectations of a 0.8% rise")."""
    before = s.text[max(s.sent.start, s.m.start - 80):s.m.start]
    if not holds_any(before, future_keys()):
        return False  # (cheap: no cue's word)
    cue = None
    for cue in future_re().finditer(before):
        pass
    return cue is not None and _is_noun_cue(cue)


def _is_noun_cue(cue: re.Match) -> bool:
    """Whether a forecast cue is a noun opening its figure's phrase (vocab/forecast_cues.csv, kind noun)."""
    return " ".join(cue.group(0).lower().split()) in vocab.forecast_noun_cues()


def is_future(text, sent, m, ctx) -> bool:
    before = text[sent.start:m.start]
    cue = None
    for cue in (future_re().finditer(before[-80:]) if holds_any(before[-80:], future_keys()) else ()):  # (words checked first: cheap)
        pass
    if cue is not None and _IS_FUTURE_HEDGED_RE.search(before):
        # "a target of $267bn, after $255.8bn in 2023", "forecast to fall to A$415 billion
        # from a record A$467 billion": the level it starts from happened
        cue = None
    if cue is not None and _TOTAL_AS_WHOLE.search(before):
        # "would cost up to C$149 billion, roughly a fifth of Canada's total exports of C$772
        # billion": the total a share is of is a level that happened, not the forecast
        cue = None
    if cue is not None and _cue_of_earlier_figure(before[-80:], cue):
        cue = None  # "beating the 2.8% rise expected by economists, while imports fell 3.8%"
    if cue is not None and _THAN_BEFORE_CUE.search(before[-80:], 0, cue.start()):
        cue = None  # "rose a faster-than-expected 11.8 percent": the outcome set against a forecast
    if cue is not None and cue.group(0).lower() in ("would", "could") and re.match(r"\s+(?:put|mean|leave|give|make|imply|bring)\b", before[-80:][cue.end():]):
        cue = None  # "which would put the deficit at ...": arithmetic, not a forecast
    if cue is not None and cue.group(0).lower() == "would" and _restated_without_a_part(text, sent.start, before[-80:][cue.end():]):
        cue = None  # "Excluding gold, the deficit would have been $1,339 million": arithmetic too
    if cue is not None and _is_noun_cue(cue) and re.search(r"[,;:]", before[-80:][cue.end():]):
        # "confounding expectations of a 0.8% rise, leaving a trade surplus of $76.7 billion":
        # a noun of forecast holds the figures of its own phrase, not those past its comma
        cue = None
    if cue is not None and _noun_homograph(before, cue, len(before) - len(before[-80:])):
        cue = None  # "equipment for the LNG projects in the Rovuma basin, leaving a deficit of": a noun
    if cue is not None and _factive_re().match(before[-80:], cue.start()):
        cue = None  # "The honourable Member will be aware that exports rose": a fact, not a forecast
    if cue is not None:
        rest = before[-80:][cue.end():]
        # "... will hit Sh420bn, two years after they broke through the Sh300bn mark": a
        # clause about the past inside a forecast ("beating expectations of a 4.9% gain,
        # while imports grew 8.6%": so too a clause set against it)
        if not _PAST_CLAUSE.search(rest):
            return True
    by = BY_YEAR.match(text[m.end:sent.end])
    if by and ctx.published is not None and int(by.group(1)) > P.year_of(ctx.published) \
            and not is_era_year(int(by.group(1)), ctx):  # ("in 2076/77" in a Nepali text: a year of its era, past)
        return True
    # "raise the annual trade volume to $20 billion within the next few years": a level to reach
    raise_to = _raise_to_re().search(before) if holds_any(before, _raise_to_keys()) else None  # (verbs checked first: cheap)
    if raise_to and _YET_TO_COME.match(text, m.end, sent.end):
        return True
    return bool(raise_to and (_infinitive_goal(before[:raise_to.start()]) or _modal_goal(before[:raise_to.start()])
                              or _worked_towards(before[:raise_to.start()])))


# "faster-than-expected", "better than forecast": "than" right before a forecast's word makes
# the figure the outcome, compared with what was expected
_THAN_BEFORE_CUE = re.compile(r"\bthan[-\s]+$", re.I)


# what follows a plural noun, never a verb's object: a comma, a stop or a preposition
_AFTER_A_NOUN = re.compile(r"\s*[,;.)]|\s+(?:in|at|on|for|with|across|under|near|along|off)\b", re.I)
# what opens a noun phrase a few words before its noun: a determiner ("the gas projects",
# "the liquefied natural gas (LNG) projects"); a name right before the word is a subject
# ("Secex projects for 2024 a surplus")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|its|their|these|those|such|several|many|new)\s+(?:[\w()-]+\s+){0,4}$", re.I)


def _noun_homograph(before: str, cue: re.Match, offset: int) -> bool:
    """Whether a forecast cue that is a verb ("the ministry projects exports of"), found at
    `offset` plus its own position in `before`, stands there as a plural noun naming no
    forecast (vocab/forecast_noun_homographs.csv): a determiner opens its phrase, and a
    comma or a preposition follows it ("the gas projects in the basin, leaving")."""
    start, end = offset + cue.start(), offset + cue.end()
    return cue.group(0).lower() in vocab.forecast_noun_homographs() and _AFTER_A_NOUN.match(before, end) is not None \
        and _DETERMINER_BEFORE.search(before, max(0, start - 60), start) is not None


# "would have been", "would be", "would have stood at": the level a figure takes
_WOULD_BE = re.compile(r"\s+(?:be|have\s+(?:been|stood|come|amounted|totall?ed|reached))\b", re.I)


@functools.cache
def _exclusion_opener_re() -> re.Pattern:
    # "Excluding gold,", "Without oil and gas,": a sentence's opener that leaves a part out
    # (vocab/exclusion_cues.csv)
    cue = vocab.alternation(vocab.exclusion_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\W*(?:{cue})\s+[^,;.\d]{{2,60}},", re.I)


def _restated_without_a_part(text: str, sent_start: int, after_would: str) -> bool:
    """"Excluding gold, the deficit would have been $1,339 million": after an opener that
    leaves a part out, "would be" gives the level the figure has without that part (the
    stated figure less it, worked out), which happened: no forecast."""
    return _WOULD_BE.match(after_would) is not None and _exclusion_opener_re().match(text, sent_start) is not None


def _worked_towards(before_verb: str) -> bool:
    """"agreed to work towards raising trade to": the verb's -ing form after a preposition of
    a level approached (vocab/goal_prepositions.csv) sets a goal, as the infinitive does."""
    return "oward" in before_verb[-12:].lower() and _goal_preposition_end_re().search(before_verb) is not None


@functools.cache
def _goal_preposition_end_re() -> re.Pattern:
    words = vocab.alternation([r["word"] for r in vocab.table("goal_prepositions")], ignore_case=True)
    return re.compile(rf"\b(?:{words})\s+$", re.I)


def _cue_of_earlier_figure(before: str, cue: re.Match) -> bool:
    """A forecast word said after a figure ("the 2.8% increase expected by economists")
    belongs to that figure, not to the ones after it."""
    head = before[:cue.end()]
    for fig in re.finditer(r"\d(?:\s*(?:%|per\s?cent\b|percent\b|[a-z]{1,3}\b|billion\b|million\b|trillion\b))?", head, re.I):
        after = forecast_after_re().match(before[fig.end():])
        if after is not None and fig.end() < cue.start() < fig.end() + after.end() <= cue.end() + 4:
            return True
    return False


@functools.cache
def _factive_re() -> re.Pattern:
    """A formula that states a fact with a modal, "will be aware that" (vocab/factive_cues.csv)."""
    words = vocab.alternation([r["phrase"] for r in vocab.table("factive_cues")], ignore_case=True, space=r"\s+")
    return re.compile(rf"(?:{words})\b", re.I)


def _modal_goal(before_verb: str) -> bool:
    """"the PTA can lift trade to $10 billion": a modal right before the verb makes the level
    one still to reach (vocab/raise_to_cues.csv "modal")."""
    prev = re.search(r"([\w'’-]+)\s+$", before_verb)
    return prev is not None and prev.group(1).lower() in {w.lower() for w in vocab.raise_to_cues("modal")}


@functools.cache
def _raise_to_re() -> re.Pattern:
    """"raise bilateral trade to $3 billion": a verb that sets a flow to the figure
    (vocab/raise_to_cues.csv)."""
    verbs = vocab.alternation(vocab.raise_to_cues("raise"), ignore_case=True)
    return re.compile(rf"\b(?:{verbs})\s+(?:[\w'’-]+\s+){{0,6}}?to\s+{HEDGE}$", re.I)


@functools.cache
def _raise_to_keys() -> tuple[str, ...]:
    """One word any match of _raise_to_re holds: its verb's (see cues.longest_words)."""
    return longest_words(vocab.raise_to_cues("raise"))


def _infinitive_goal(before_verb: str) -> bool:
    """"have agreed to raise ... to", "Kazakhstan, Kyrgyzstan to bring ... to": the verb in the
    infinitive sets a level still to reach. Not where its clause tells what happened first
    ("rose 10% to take the total to", "Imports fell, to bring ...") or the word that governs it
    says it was reached ("helped to bring the total to", vocab/raise_to_cues.csv "done")."""
    to = re.search(r"\bto\s+$", before_verb, re.I)
    if to is None:
        return False
    head = before_verb[:to.start()]
    clause = re.split(r"[,;:–—()]", head)[-1]
    if head.strip() and not clause.strip():
        return False  # ", to bring the total to": the result of the clause before
    if _FIGURE_IN_CLAUSE.search(clause) or _change_word_re().search(clause):
        return False
    prev = re.search(r"([\w'’-]+)\s*$", clause)
    done = {w.lower() for w in vocab.raise_to_cues("done")}
    return prev is None or prev.group(1).lower() not in done


# a change told before the infinitive: "10%", "10 percent", "$1.2 billion" (a year is none)
_FIGURE_IN_CLAUSE = re.compile(r"\d\s*(?:%|per\s?cent|percent|pc|bn|billion|mn|million|trillion|times|fold)\b|\d\s*%|[$€£¥]\s?\d", re.I)


@functools.cache
def _change_word_re() -> re.Pattern:
    """A word that says a figure moved (vocab/changes.csv)."""
    return re.compile(rf"\b(?:{vocab.alternation(list(vocab.changes()), ignore_case=True)})\b", re.I)


_YET_TO_COME = re.compile(r"[^.;]{0,40}?\b(?:within|in\s+the\s+(?:coming|next|near)|over\s+the\s+(?:coming|next)|in\s+(?:the\s+)?years\s+ahead)\b", re.I)


def names_country_or_flow(np: str) -> bool:
    return bool(scan.find_countries(np)) or bool(scan.find_flows(np)) and not re.search(r"\b(?:products|goods)\b", np, re.I)


# ---------------------------------------------------------------------------------------
# Measure rules (see rules.py). A decision's value is (measure, flow word, sign): the flow
# word is what pair rules read next, the sign is a balance's (-1 deficit, +1 surplus).

from .rank_scope import ranks_scope  # noqa: E402
from .use_shares import share_of_use_in_place, share_of_world_goods  # noqa: E402
from .rules import Decision, rule  # noqa: E402
from .site import Site  # noqa: E402
from .arithmetic import worked_arithmetic  # noqa: E402
from .per_unit import per_unit_subject  # noqa: E402
from .share_ratios import share_of_a_share  # noqa: E402
from .unit_money import money_of_one_item, price_of_one_item  # noqa: E402
from .cued_figures import price_threshold, rounding_unit  # noqa: E402
from .revision_sizes import revision_size  # noqa: E402
from .value_added import value_added_part  # noqa: E402
from .joint_activities import flow_and_other_money  # noqa: E402
from .project_costs import project_cost, project_cost_measure  # noqa: E402
from .partner_lists import flow_of_partner_list  # noqa: E402
from .price_changes import change_between_unit_prices, change_in_price_or_volume, change_of_other_money, index_referent, price_comparative, price_of_traded_goods  # noqa: E402


def _flow_sign(f: Mention) -> int:
    return f.attrs["sign"]


@functools.cache
def _recording_bases() -> dict[str, str]:
    return {re.sub(r"[\s-]+", " ", r["phrase"]).lower(): r["basis"] for r in vocab.table("recording_bases")}


def column_basis(text: str, pos: int) -> str | None:
    """"Exports | 143.9 | 151.8" under "| Special trade | General trade |": the recording
    basis (vocab/recording_bases.csv) the header of `pos`'s column is, whole, or None."""
    span = table_header_span(text, pos)
    if span is None:
        return None
    header = re.sub(r"[\s-]+", " ", text[span[0]:span[1]].strip()).lower()
    return _recording_bases().get(header) or _recording_bases().get(header + " system")


@rule("measure", "table-column-flow", "text")
def table_column_flow(s: Site):
    """"| Services | 121.8 | 77.3 | 44.5 |" under "| | Exports (£bn) | Imports (£bn) |
    Balance (£bn) |": a table cell is of the flow its column's header names, when the
    header names one (not a header that names a system of trade statistics, "Special trade",
    whose cells are of the flow their row names)."""
    span = table_header_span(s.text, s.m.start)
    if span is None or column_basis(s.text, s.m.start):
        return None
    named = _cell_flows(s.text[span[0]:span[1]])
    flows = [f for f in named if f.attrs["measure"] != "other"]
    if not flows:
        return (_column_group_flow(s, span) or _pair_row(s) or _total_column(s, span) or _agent_label_column(s) or _total_row_flow(s)
                or _other_money_column(s, span, named) or _caption_flow(s))
    if len({f.attrs["measure"] for f in flows}) != 1:
        return None
    f = flows[0]
    f = Mention(f.kind, f.start + span[0], f.end + span[0], f.text, f.value, f.unit, dict(f.attrs))
    return Decision((f.attrs["measure"], f, _flow_sign(f)), (f.start, f.end))


def _column_group_flow(s: Site, span: tuple[int, int]):
    """"Value | y/y %" under "Exports      Imports      Balance", each name over the first of
    its columns (extract/column_groups.py): a cell is of the one flow the name heading its
    group of columns names, its change column too. (`span`: the cell's header cell.)"""
    from ..extract import column_groups, table_rows

    header = table_rows.line_at(s.text, span[0])
    if header[0] < 2 or s.text[header[0] - 2] == "\n":
        return None  # (cheap: a blank line, or nothing, right above the header row)
    column = table_rows.column_of(s.text, *table_rows.line_at(s.text, s.m.start), s.m.start)
    group = column_groups.group_of_column(s.text, header, column)
    if group is None:
        return None
    flows = _cell_flows(s.text[group[0]:group[1]])
    if len({f.attrs["measure"] for f in flows}) != 1 or flows[0].attrs["measure"] == "other":
        return None
    f = flows[0]
    f = Mention(f.kind, f.start + group[0], f.end + group[0], f.text, f.value, f.unit, dict(f.attrs))
    return Decision((f.attrs["measure"], f, _flow_sign(f)), (f.start, f.end))


def _caption_flow(s: Site):
    """"Exports by main partner countries, Slovenia", a blank line, then a table whose header
    and row labels name no flow ("Switzerland | 7,812 | 8,340"): a cell is of the one flow
    the table's caption names first, not of the flow the text was last on (a trade word after
    it, "by main partner", says how the flow is broken down). The caption is the line of words
    over the table's header lines (blank lines between allowed): short, no sentence."""
    from ..extract import table_rows

    start, end = table_rows.line_at(s.text, s.m.start)
    a, b = table_rows.label_cell(s.text, start, end)
    if _cell_flows(s.text[a:b]):
        return None  # (a row that names its own flow)
    caption = _caption_line(s.text, start)
    if caption is None:
        return None
    flows = _cell_flows(s.text[caption[0]:caption[1]])
    # (one flow, named first: "by main partner" after it, a trade word, says how it is broken down)
    if not flows or flows[0].attrs["measure"] not in ("exports", "imports") \
            or any(f.attrs["measure"] not in (flows[0].attrs["measure"], "trade_total") for f in flows):
        return None
    f = flows[0]
    if f.text.lower() in _sale_nouns():
        return None  # ("Net sales by region": a company's turnover may be sold at home as much as abroad)
    if s.text[caption[0]:caption[0] + f.start].strip():
        # (only a caption that opens on its flow, "Exports by main partner countries": in "Main
        # non-oil and gas export commodities" the flow is an adjective of a product group, whose
        # rows the text's figures are read with already)
        return None
    return Decision((f.attrs["measure"], None, 0), (caption[0] + f.start, caption[0] + f.end))


@functools.cache
def _sale_nouns() -> frozenset[str]:
    """Nouns of selling that vocab/flows.csv reads as exports (vocab/sale_nouns.csv)."""
    return frozenset(w.lower() for w in vocab.sale_nouns())


# a table's header line: cells parted by pipes, tabs or runs of spaces
_HEADER_LINE = re.compile(r"[^\S\n]*\S.*?(?:\||\t| {2,})\S")
# a caption: a short line of words, no full stop ending a sentence in it
_CAPTION_LINE = re.compile(r"[^\S\n]*[A-Z][^.!?:\n|]{0,98}")


def _caption_line(text: str, start: int) -> tuple[int, int] | None:
    """The span of the caption over the table row that opens at `start`: up past the rows and
    the header lines (at most five), then past blank lines (two at most), the line of words
    there; None where that is no caption (_CAPTION_LINE)."""
    from ..extract import table_rows

    for _ in range(40):  # (the rows, then up to five header lines)
        if start <= 0:
            return None
        above, _ = table_rows.line_at(text, start - 1)
        if not (table_rows.is_row(text, above, start - 1) or _HEADER_LINE.match(text, above, start - 1)):
            break
        start = above
    for _ in range(3):
        if start <= 0:
            return None
        start, end = table_rows.line_at(text, start - 1)
        if text[start:end].strip():
            return (start, end) if _CAPTION_LINE.fullmatch(text, start, end) else None
    return None


def _other_money_column(s: Site, span: tuple[int, int], named: list[Mention]):
    """"Session | Intended export turnover ($bn) | ..." with "133rd (spring 2023) | 21.69 |":
    a header that names only money that is no trade flow (vocab/flows.csv, measure "other")
    makes its cells that money, not the flow the text was last on."""
    if not named or s.kind != "amount":
        return None
    f = named[0]
    f = Mention(f.kind, f.start + span[0], f.end + span[0], f.text, f.value, f.unit, dict(f.attrs))
    return Decision(("other", f, 0), (f.start, f.end))


def _pair_row(s: Site):
    """"| Brazil - Portugal | 4.1 |": a row labelled with a pair of places is their trade
    both ways (link/pair_rows.py), whatever flow the caption named last."""
    from .pair_rows import pair_label_span

    span = pair_label_span(s.text, s.m.start)
    return Decision(("trade_total", None, 0), span) if span is not None else None


def _total_row_flow(s: Site):
    """"Tea | 1,262.5 | 1,311.7" above "Total exports | 13,106.5 | 11,912.3" and "Total
    imports | ...": a row whose label names no flow is a part of the flow the first total row
    below it names (a total label, vocab/total_labels.csv, and one flow), whatever the caption
    last named. Rows between that name that same flow and no total ("Other exports") are
    parts of the block too, and do not end it; a row of another flow does."""
    from ..extract import table_rows

    start, end = table_rows.line_at(s.text, s.m.start)
    a, b = table_rows.label_cell(s.text, start, end)
    if _cell_flows(s.text[a:b]):
        return None
    parts_named = set()  # (the flows of the part rows passed on the way: "Other exports")
    while end < len(s.text):
        start, end = table_rows.line_at(s.text, end + 1)
        if s.text.find("|", start, end) < 0 or not table_rows.is_row(s.text, start, end):
            return None
        a, b = table_rows.label_cell(s.text, start, end)
        flows = _cell_flows(s.text[a:b])
        if not flows:
            continue
        measures = {f.attrs["measure"] for f in flows}
        if len(measures) != 1 or flows[0].attrs["measure"] not in ("exports", "imports"):
            return None
        if _total_flow_label_re().fullmatch(s.text, a, b) is None:
            parts_named |= measures
            continue
        if not parts_named <= measures:
            return None  # ("Gold" over "Imports" over "Total exports": no one block)
        f = flows[0]
        return Decision((f.attrs["measure"], None, 0), (a + f.start, a + f.end))
    return None


@rule("measure", "total-row-of-flows", "text")
def total_row_of_flows(s: Site):
    """"| Exports | 140.6 |" and "| Imports | 478.7 |" above "| Total | 619.3 |": a row
    labelled by a bare total label (vocab/total_labels.csv) is the whole of the rows above
    it, not the flow of the row just above: both flows together when those rows name
    exports and imports, else the one flow they all name."""
    from ..extract import table_rows

    start, end = table_rows.line_at(s.text, s.m.start)
    # (a row has a pipe: checked first, cheap; most figures stand in prose)
    if s.text.find("|", start, end) < 0 or not table_rows.is_row(s.text, start, end):
        return None
    a, b = table_rows.label_cell(s.text, start, end)
    if not (a <= s.m.start < b) and _total_cell_re().fullmatch(s.text, a, b) is not None:
        measures = set()
        while start > 0:
            start, end = table_rows.line_at(s.text, start - 1)
            if not table_rows.is_row(s.text, start, end):
                break
            if table_rows.is_separator(s.text, start, end):
                continue
            measures |= {f.attrs["measure"] for f in _cell_flows(s.text[slice(*table_rows.label_cell(s.text, start, end))])}
        if {"exports", "imports"} <= measures:
            return Decision(("trade_total", None, 0), (a, b))
        if len(measures) == 1 and measures <= {"exports", "imports"}:
            return Decision((measures.pop(), None, 0), (a, b))
    return None


@functools.cache
def _total_flow_label_re() -> re.Pattern:
    # a total label then a flow in one cell: "Total exports", "Total merchandise imports"
    labels = vocab.alternation(vocab.total_labels(), ignore_case=True, space=r"\s+")
    return re.compile(rf"[ \t]*(?:{labels})\s+[^|]*", re.I)


def _total_column(s: Site, span: tuple[int, int]):
    """"Year | Exports | Imports | Total | Balance": a column headed by a bare total label
    (vocab/total_labels.csv) beside an exports and an imports column is both flows together."""
    label = _total_cell_re().fullmatch(s.text, *span)
    if label is None:
        return None
    row_start = s.text.rfind("\n", 0, span[0]) + 1
    row_end = s.text.find("\n", span[1])
    row = s.text[row_start:len(s.text) if row_end < 0 else row_end]
    if not {"exports", "imports"} <= {f.attrs["measure"] for f in _cell_flows(row)}:
        return None
    return Decision(("trade_total", None, 0), (label.start("label"), label.end("label")))


def _agent_label_column(s: Site):
    """"2 | Japan | 641" under "Rank | Exporter | Value": the rows are labelled by a noun for a
    place by the flow it makes (vocab/agent_flows.csv), so each row's figure is that flow."""
    from ..extract import table_rows

    start, end = table_rows.line_at(s.text, s.m.start)
    label = table_rows.label_cell(s.text, start, end)
    head = table_header_span(s.text, label[0])
    if head is None:
        return None
    measure = vocab.agent_flows().get(" ".join(s.text[head[0]:head[1]].split()).lower())
    return Decision((measure, None, 0), head) if measure else None


@functools.cache
def _total_cell_re() -> re.Pattern:
    # the label alone in its cell, but for a bracketed unit ("Total (US$ m)")
    labels = vocab.alternation(vocab.total_labels(), ignore_case=True, space=r"\s+")
    return re.compile(rf"[ \t]*(?P<label>{labels})[ \t]*(?:\([^()|]*\))?[ \t]*", re.I)


@functools.lru_cache(maxsize=256)
def _cell_flows(cell: str) -> tuple:
    return tuple(scan.find_flows(cell))


@rule("measure", "whole-of-share", "text")
def whole_of_share(s: Site):
    """"7.5% of Egypt's non-oil exports, which totalled $9.6 billion": the whole's flow."""
    if not s.whole_of_share:
        return None
    wf = [f for f in s.ms["flow"] if s.prev_end <= f.start < s.m.start and f.attrs["measure"] != "other"]
    if wf:
        return Decision((wf[-1].attrs["measure"], wf[-1], _flow_sign(wf[-1])), (wf[-1].start, wf[-1].end))
    return Decision((s.prev.measure, None, 0), None, "context")


# "faster than ", "more slowly than the ": a comparative's "than" right before a flow word
_THAN_BEFORE = re.compile(r"\b(?:[a-z]+er|more(?:\s+[a-z]+)?|less(?:\s+[a-z]+)?)\s+than\s+(?:the\s+|its\s+|their\s+)?$", re.I)


def _without_compared_flow(text: str, sent_start: int, before: list[Mention], m: Mention) -> list[Mention]:
    """"Imports grew faster than exports, by 5.2 per cent to $1,615.1 billion": a flow word
    after a comparative's "than", its phrase closed by a comma before the figure, is what the
    subject's flow is set against; the figure is the subject's (the flow word before it)."""
    return [f for f in before if f is before[0]
            or not (_THAN_BEFORE.search(text, max(sent_start, f.start - 30), f.start) and text[f.end:m.start].lstrip().startswith(","))]


def _governing(s: Site) -> Mention | None:
    """governing_flow of the site, kept on it (three measure rules ask, same words each time)."""
    if "_governing_flow" not in s.extra:
        s.extra["_governing_flow"] = governing_flow(s.text, s.sent, s.m, s.ms["flow"], s.kind, s.after)
    return s.extra["_governing_flow"]


def _flow(s: Site) -> Mention | None:
    return s.respectively.get(s.m.start) or _governing(s)


@rule("measure", "continues-previous", "context")
def continues_previous(s: Site):
    """"fell 21.9% to $4.83bn", "$437bn, down 3.1%": the same quantity as the figure before."""
    if not s.continued or s.respectively.get(s.m.start):
        return None
    f = _flow(s)
    if f is not None and f.start >= s.m.end and CHANGE_IN_BRACKET.match(s.gap):
        f = None  # ("EUR 79 815,3 mil. (0.8 % less y-o-y) and imports": the flow after the bracket is the next figure's)
    if f is not None and f.start >= s.prev_end and not flow_names_partner(s.text, f):
        # (a "trading partner" or "export market" named on the way names a partner, not another
        # flow: "a surplus of $2.7bn with its biggest trading partner, down from $4.3bn")
        return None
    p = s.prev
    sign = -1 if (p.kind == "amount" and (p.value or 0) < 0) else 0
    # a forecast goes on forecasting; "rose by $29.4 billion to $382.9 billion": the level of
    # the flow that changed
    measure = p.extra.get("_forecast_of") or p.extra.get("change_of") if p.measure == "other" else p.measure
    if measure == "balance" and sign == 0:
        sign = int(p.extra.get("_balance_sign", 0))
    if measure == "balance" and sign == 0 and p.extra.get("change_of") and f is not None and f.attrs.get("measure") == "balance":
        sign = _flow_sign(f)  # "the biggest deficit, which rose by $29.4 billion to $382.9 billion"
    if measure == "balance" and sign == 0 and s.state.balance_sign and _it_was().search(s.before):
        # "The deficit was £9.8 billion. That was £2.3 billion wider than in the previous
        # quarter, when it stood at £7.5 billion": "it" is the same balance, of its sign
        sign = s.state.balance_sign
    return Decision((measure, None, sign), (p.start, p.end), p.basis.get("measure"))


@rule("measure", "level-after-aside", "text")
def level_after_aside(s: Site):
    """"Imports slipped 7.3%, against a 12.4% decline in July and a forecast 9.0% fall, to
    $216.51 billion": a level after ", to" that closes an aside of comparisons is the level
    the sentence's subject changed to (its opening flow and change), not a figure of the
    aside (whose own flow word, "forecast", is nearer)."""
    if s.kind != "amount" or s.prev is None or not s.gap.endswith(" ") or not _TO_AFTER_ASIDE.search(s.gap[-12:]):
        return None  # (cheap: most amounts follow no ", to")
    f = next((f for f in s.ms["flow"] if f.start >= s.sent.start), None)
    if f is None or f.attrs["measure"] not in ("exports", "imports", "trade_total") \
            or _SUBJECT_BEFORE_FLOW.fullmatch(s.text, s.sent.start, f.start) is None:
        return None
    opening = _OPENING_CHANGE.match(s.text, f.end)
    if opening is None or not _change_word_re().fullmatch(opening["v"]):
        return None
    aside = s.text[opening.end():s.m.start]
    if any(opening.end() <= g.start < s.m.start and g.attrs["measure"] in ("exports", "imports", "trade_total", "balance") for g in s.ms["flow"]) \
            or re.search(r"[;:()]", aside):
        return None  # (another flow of its own in the aside: whose level it is the words do not say)
    return Decision((f.attrs["measure"], f, 0), (f.start, f.end))


# ", to ": where the sentence goes back to its subject's level
_TO_AFTER_ASIDE = re.compile(r",\s*to\s+$")
# what may stand before the opening flow word: nothing, or its owner ("China's ")
_SUBJECT_BEFORE_FLOW = re.compile(r"\s*(?:[A-Z][\w.]*(?:['’]s)?\s+){0,2}")
# the opening change: a verb of change and its rate, closed by a comma ("slipped 7.3%,")
_OPENING_CHANGE = re.compile(r"\s+(?P<v>[a-z]+)\s+(?:by\s+)?\d[\d.]*\s*(?:%|per\s?cent\b|percent\b)(?:\s+(?:year-on-year|year\s+on\s+year|y/y))?\s*,")


@rule("measure", "restates-previous", "context")
def restates_previous(s: Site):
    """"$2.7bn (about Sh300bn)", "$2.73 billion, 8.9% of the total": the figure just given,
    restated, unless a flow word of its own comes after that figure."""
    p = s.prev
    if not s.restated or p is None:
        return None
    f = _flow(s)
    if p.kind == "amount" and p.extra.get("change_of") and s.kind == "percent_change":
        # "US$3.4 billion, or 7.4 percent, less than": the change again, of the same flow
        return Decision((p.extra["change_of"], None, 0), (p.start, p.end), p.basis.get("measure"))
    if p.kind == "amount" and (f is None or f.end <= p.start):
        return Decision((p.measure, None, -1 if (p.value or 0) < 0 else 1), (p.start, p.end), p.basis.get("measure"))
    if f is None:
        sign = -1 if (p.value or 0) < 0 else 1
        if p.measure == "balance" and p.kind != "amount":
            sign = 0
        return Decision((p.measure, None, sign), (p.start, p.end), p.basis.get("measure"))
    return None


@rule("measure", "respectively", "text")
def respectively(s: Site):
    """"exports and imports fell 0.67% and 5.98% respectively": the n-th flow named."""
    f = s.respectively.get(s.m.start)
    if f is not None:
        return Decision((f.attrs["measure"], f, _flow_sign(f)), (f.start, f.end))
    return None


_CHANGE_IN = re.compile(r"\s*(?:(?:year[\s-]on[\s-]year|annual|an?)\s+)?(?:increase|decrease|rise|fall|decline|drop|growth|jump|reduction|contraction|expansion|improvement|deterioration|widening|narrowing)\s+in\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?$", re.I)


@rule("measure", "change-in-flow", "text")
def change_in_flow(s: Site):
    """"an 11.85 percent decrease in deficit": the flow the change is in."""
    if s.kind not in ("percent_change", "multiple"):
        return None
    for f in s.ms["flow"]:
        if s.m.end <= f.start <= s.m.end + 50 and f.attrs["measure"] != "other" and _CHANGE_IN.fullmatch(s.text, s.m.end, f.start):
            return Decision((f.attrs["measure"], f, _flow_sign(f)), (f.start, f.end))
    return None


# (compiled once: a literal pattern of the reading below, tried per claim)
_BROUGHT_IN_FROM_HEDGED_RE = re.compile(rf"\b(?:brought|brings|bringing|took|takes|taking)\s+in\s+{HEDGE}$", re.I)


@rule("measure", "brought-in-from", "text")
def brought_in_from(s: Site):
    """"the United States brought in $228.5 billion worth of goods from China": imports."""
    if s.kind != "amount" or not _BROUGHT_IN_FROM_HEDGED_RE.search(s.before):
        return None
    if not re.match(r"^[^;$€£¥\d]{0,40}?\bfrom\s+(?:the\s+)?[A-Z]", s.after):
        return None
    return Decision(("imports", None, 0), (s.m.start - 10, s.m.start))


# (compiled once: a literal pattern of the reading below, tried per claim)
_VERB_AFTER_HEDGED_RE = re.compile(rf"\b(?:worth|valued\s+at|of)\s+{HEDGE}$")


# "of which 9,652.9 million US dollars", "and 23,907.8 million US dollars": a figure opening
# its own clause, as that clause's subject
_FIGURE_OPENS_CLAUSE = re.compile(rf"(?:\b(?:which|and|while|whereas)|[,;:])\s+{HEDGE}$")
# what may close a clause right after its predicate noun: ", ", ".", ";", " and ", " while "
_CLAUSE_CLOSE = re.compile(r"\s*(?:[,.;)]|and\b|while\b|whereas\b|$)")


@rule("measure", "verb-after", "text")
def verb_after(s: Site):
    """"ores worth R3.6 billion were shipped out", "equipment worth R12.2 billion came in
    from China": a trade verb right after the figure is its predicate; so is a flow noun
    closing the clause the figure opens ("of which 9,652.9 million US dollars were imports
    and 23,907.8 million US dollars were exports"), whatever flow the sentence named before."""
    if s.kind != "amount":
        return None
    for f in s.ms["flow"]:
        if s.m.end <= f.start <= s.m.end + 20 and f.attrs["measure"] in ("exports", "imports") \
                and re.fullmatch(r"\s+(?:(?:were|was|are|is|have\s+been|had\s+been)\s+)?", s.text[s.m.end:f.start]) \
                and (_VERB_AFTER_HEDGED_RE.search(s.before) or _predicate_noun(s, f)):
            return Decision((f.attrs["measure"], f, 0), (f.start, f.end))
    return None


def _predicate_noun(s: Site, f: Mention) -> bool:
    """Whether the flow word after "were"/"was" is the predicate noun of a clause the figure
    opens ("..., of which $9.7bn were imports and $23.9bn were exports")."""
    return re.match(r"\s+(?:were|was)\s+$", s.text[s.m.end:f.start]) is not None \
        and _FIGURE_OPENS_CLAUSE.search(s.before) is not None and _CLAUSE_CLOSE.match(s.text, f.end) is not None


_ALIKE_BEFORE = re.compile(rf"\s+(?:(?:alike|both|each|together)\s+)?(?:[\w-]+\s+){{0,3}}?(?:(?:by|of|at|to)\s+)?{HEDGE}", re.I)


@rule("measure", "both-flows", "text")
def both_flows(s: Site):
    """"Imports and exports alike grew by 9 percent", "both exports and imports rose 5%": one
    change said of two flows. The first named is the claim's measure; the other is checked
    as well (the claim's `_also_measures`)."""
    if s.kind not in ("percent_change", "multiple") or s.respectively.get(s.m.start):
        return None
    if re.match(r"^\s*(?:,\s*)?(?:and|or)\s+[\d(+-]", s.after):
        return None  # "rose 5% and 3%": a figure for each
    start = max(s.sent.start, s.prev_end)
    flows = [f for f in s.ms["flow"] if start <= f.start and f.end <= s.m.start and f.attrs["measure"] in ("exports", "imports")]
    for f1, f2 in zip(flows, flows[1:]):
        if (f1.attrs["measure"] != f2.attrs["measure"] and re.fullmatch(r"\s+and\s+", s.text[f1.end:f2.start])
                and _ALIKE_BEFORE.fullmatch(s.text, f2.end, s.m.start) and change_before_re().search(s.text[f2.end:s.m.start])):
            s.extra["also_flow"] = f2
            return Decision((f1.attrs["measure"], f1, 0), (f1.start, f2.end))
    return None


@rule("measure", "value-of-flow", "text")
def value_of_flow(s: Site):
    """A word for the money a flow brought or cost (vocab/value_words.csv) that governs the
    figure: the flow named just before it ("Imports cost $3.55 billion"), or, opening its
    sentence, the flow the text is on ("Revenue rose 28.6% to US$ 9.57 billion" after the
    coffee exports of a crop year)."""
    f = _governing(s)
    if f is None or f.attrs["measure"] != "other" or f.text.lower() not in _value_words():
        return None
    own = next((g for g in s.ms["flow"] if g.end <= f.start and g.attrs["measure"] in ("exports", "imports")
                and re.fullmatch(r"\s+", s.text[g.end:f.start])), None)
    if own is None:
        own = _flow_that_earned(s, f)
    if own is not None:
        return Decision((own.attrs["measure"], own, 0), (own.start, f.end))
    # (the first figure only: the others of the sentence follow it, or are of their own,
    # "an average of US$ 202.33 per bag, down 3.2%")
    first = s.prev is None or s.prev.end <= s.sent.start
    opens = re.fullmatch(r"\s*(?:(?:The|Total|Overall|Their|Its)\s+)?", s.text[s.sent.start:f.start], re.I)
    if opens and first and s.state.measure in ("exports", "imports") \
            and _value_word_flows().get(f.text.lower()) in ("", s.state.measure):
        return Decision((s.state.measure, None, 0), (f.start, f.end))
    if opens and not first and s.prev.how.get("measure") == "value-of-flow" and _listed_by_period(s):
        # ("Revenues stood at $4.82 billion in January, $4.91 billion in February and $4.67
        # billion in March": the value word's figures listed month by month, each as the first)
        return Decision((s.prev.measure, None, 0), (f.start, f.end))
    return None


# between two figures of a list by period: the first one's period, then a comma or "and"
_LISTED_BY_PERIOD_GAP = re.compile(r"\s+(?:in|for|during)\s+[^\d,;:$€£¥%]{1,30}?(?:\s+(?:19|20)\d\d)?(?:,\s*(?:and\s+)?|\s+and\s+)", re.I)


def _listed_by_period(s: Site) -> bool:
    """Whether the figure follows the one before it in a list whose items each name their
    own period, the words between being the period of the one before ("$4.82 billion in
    January, $4.91 billion in February")."""
    lo, hi = s.prev.end, s.m.start
    return _LISTED_BY_PERIOD_GAP.fullmatch(s.text, lo, hi) is not None \
        and any(lo <= pm.start and pm.end <= hi for pm, _, _ in s.resolved)


def _flow_that_earned(s: Site, f: Mention) -> Mention | None:
    """The flow whose clause a value word's verb follows ("Iraq's crude exports averaged 3.35
    million b/d in March, generating revenue of $8.2 billion": the exports' value), when no
    other flow word stands between them (vocab/value_verbs.csv)."""
    flows = [g for g in s.ms["flow"] if s.sent.start <= g.start and g.end <= f.start]
    if not flows or flows[-1].attrs["measure"] not in ("exports", "imports"):
        return None
    return flows[-1] if _value_verb_re().search(s.text, flows[-1].end, f.start) else None


@functools.cache
def _value_verb_re() -> re.Pattern:
    verbs = vocab.alternation([r["word"] for r in vocab.table("value_verbs")], ignore_case=True, space=r"\s+")
    return re.compile(rf",\s+(?:{verbs})\s+(?:(?:a|an|the|total|some)\s+)?$", re.I)


@functools.cache
def _value_word_flows() -> dict[str, str]:
    """Each value word, and the one flow whose money it can name alone ("" for either)."""
    return {r["word"].lower(): r["flow"] for r in vocab.table("value_words")}


@functools.cache
def _value_words() -> frozenset[str]:
    return frozenset(_value_word_flows())


@rule("measure", "ranked-by-the-text", "text")
def ranked_by_the_text(s: Site):
    """"Canada was second at $782.4 billion, made up of $354.4 billion in exports and ...",
    "while China, at $575.0 billion, slipped to third", "Mexico came second with 110.0
    billion dollars" in a text that ranks trading partners: a place given its rank beside a
    bare figure is ranked by what the text ranks by (vocab/rank_nouns.csv), total trade for
    partners, not by the flow of the figures around it."""
    if s.kind != "amount":
        return None
    start = max(s.sent.start, s.prev_end)
    near = [x for x in s.ms["country"] if start <= x.start < s.m.start]
    before, aside, after = _rank_res()
    # (the place ranked, maybe before an aside that names another: "The UAE, with which
    # India's trade pact came into force in May 2022, was third at")
    x = next((x for x in reversed(near) if before.fullmatch(s.text, x.end, s.m.start)), None) \
        or (near[-1] if near and aside.fullmatch(s.text, near[-1].end, s.m.start) and after.match(s.text, s.m.end) else None)
    if x is None or not x.attrs.get("iso") or x.attrs["iso"] == "WLD" or x.attrs.get("possessive") \
            or x.attrs.get("kind") in ("demonym", "anaphor"):
        return None
    measure = _ranked_by(s.text, x.start)
    if measure == "trade_total" and s.state.ranked_measure \
            and _rank_noun_before(s.text, s.sent.start, x.start) is None:
        # ("Germany remained the main trading partner, buying goods worth USD 2.55bn. Italy
        # came second with USD 1.13bn": the sentence that ranked the first partner gave its
        # figures in one flow, so the ranking it goes on with is told in that flow)
        return Decision((s.state.ranked_measure, None, 0), (x.start, s.m.end), "context")
    return Decision((measure, None, 0), (x.start, s.m.end)) if measure else None


@rule("measure", "ranked-after-brackets", "text")
def ranked_after_brackets(s: Site):
    """"As of 2023, Chile ($9.2 billion) and Peru ($7.4 billion) were Bolivia's largest
    trading partners": a figure bracketed after a place, the places then ranked by a noun
    (vocab/rank_noun_flows.csv), is of the flow that noun ranks by (total trade for trading
    partners, exports for buyers), not of the flow the sentence before was on."""
    if s.kind != "amount" or ")" not in s.text[s.m.end:s.sent.end]:
        return None  # (cheap: no bracket closes after the figure)
    near = [x for x in s.ms["country"] if max(s.sent.start, s.prev_end) <= x.start < s.m.start]
    if not near or not near[-1].attrs.get("iso") or near[-1].attrs["iso"] == "WLD" or near[-1].attrs.get("possessive") \
            or not re.fullmatch(rf"\s*\(\s*{HEDGE}", s.text[near[-1].end:s.m.start], re.I):
        return None
    found = _ranked_after_brackets_re().match(s.text, s.m.end, s.sent.end)
    if found is None:
        return None
    measure = vocab.rank_noun_flows().get(re.sub(r"\s+", " ", found["noun"]).lower())
    return Decision((measure, None, 0), (near[-1].start, s.m.start + found.end())) if measure else None


@functools.cache
def _ranked_after_brackets_re() -> re.Pattern:
    """From a bracketed figure to the rank the places before it are given: ") and Russia ($11.1
    billion) were Uzbekistan's largest trading partners" (vocab/rank_places.csv's adjectives,
    vocab/rank_noun_flows.csv's nouns)."""
    adjective = vocab.alternation(vocab.rank_places("adjective"), ignore_case=True, space=r"\s+")
    nouns = vocab.alternation(list(vocab.rank_noun_flows()), ignore_case=True, space=r"\s+")
    item = r"(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)(?:the\s+)?[A-Z][^()$€£¥;.]{1,40}\(\s*[^()]*\)"
    return re.compile(rf"\s*\)(?:{item}){{0,4}}\s+(?:were|are|was|is|remained|remain)\s+(?:also\s+|still\s+|again\s+)?"
                      rf"(?:the|its|their|[A-Z][\w.]*['’]s)\s+(?:two\s+|three\s+)?(?:{adjective})\s+(?P<noun>{nouns})s?\b", re.I)


@functools.cache
def _rank_res() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """From a place to its figure with its rank between ("was second at"), a bare aside
    (", at"), and the rank after such an aside (", slipped to third")."""
    verb = vocab.alternation(vocab.rank_places("verb"), ignore_case=True, space=r"\s+")
    rank = vocab.alternation(vocab.rank_places("rank"), ignore_case=True, space=r"\s+")
    noun = vocab.alternation(vocab.rank_places("noun"), ignore_case=True, space=r"\s+")
    placed = rf"(?:{verb})\s+(?:also\s+|again\s+|still\s+)?(?:the\s+)?(?:{rank})\b(?:\s+(?:{noun})\b)?"
    # ("Canada, which had led in 2022, slipped to second place with", "China, the leader as
    # recently as 2018, fell to third with": an aside on the place, with no money in it,
    # between it and its rank; a relative clause may open on a preposition, "The UAE, with
    # which India's trade pact came into force in May 2022, was third at": see
    # vocab/relative_prepositions.csv)
    preps = vocab.alternation(vocab.relative_prepositions(), ignore_case=True)
    aside = rf"(?:\s*,\s*(?:which|who|the|a|an|once|long|(?:{preps})\s+which)\s[^,;$€£¥%]{{2,120}},)?"
    return (re.compile(rf"{aside}\s+{placed}\s*,?\s+(?:at|with)\s+{HEDGE}", re.I),
            re.compile(rf"\s*,\s*(?:at|with)\s+{HEDGE}", re.I),
            re.compile(rf"\s*,\s*{placed}", re.I))


def _rank_noun_before(text: str, start: int, pos: int) -> re.Match | None:
    """A rank noun ("trading partner", "market") said between `start` and `pos`, if any."""
    return _rank_noun_re().search(text, start, pos)


def _ranked_by(text: str, pos: int) -> str | None:
    """The flow of what the text last ranked places by before `pos` ("the top U.S. trading
    partner": total trade), or None (no ranking named, or one of a single flow)."""
    last = None
    for last in _rank_noun_re().finditer(text, 0, pos):
        pass
    return vocab.rank_nouns().get(re.sub(r"\s+", " ", last["noun"]).lower()) or None if last else None


@functools.cache
def _rank_noun_re() -> re.Pattern:
    adjective = vocab.alternation(vocab.rank_places("adjective") + vocab.rank_places("rank"), ignore_case=True, space=r"\s+")
    nouns = vocab.alternation(list(vocab.rank_nouns()), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{adjective})(?:[\s-]+[\w.'’-]+){{0,3}}?[\s-]+(?P<noun>{nouns})s?\b", re.I)


@rule("measure", "ranked-trader", "text")
def ranked_trader_measure(s: Site):
    """"Germany (EUR 703.0 bn) was by far the largest exporter to countries outside the EU,
    followed by Italy (EUR 290.0 bn)": the figure bracketed after a place ranked by a noun of
    its own flow (vocab/trader_nouns.csv) is of that flow."""
    from .ranked_traders import ranked_trader

    found = ranked_trader(s)
    return Decision((found[1], None, 0), (found[0].start, found[0].end)) if found is not None else None


@rule("measure", "ranked-by-one-flow", "text")
def ranked_by_one_flow(s: Site):
    """"Germany remained the top market at $1.7bn in September", "China was the largest
    supplier, at $3.2bn": with no flow word in the sentence (or only the same flow before the
    place, flow_word asks), a place ranked by a noun of one flow has its figure of that flow
    (vocab/rank_noun_flows.csv), not the flow (a balance, say) the sentences before were on."""
    if s.kind != "amount":
        return None
    flows_before = [f for f in s.ms["flow"] if f.start < s.m.start and f.attrs["measure"] != "other"]
    start = max(s.sent.start, s.prev_end)
    # a country, or a group ranked as one ("The African continent remained the largest
    # market, absorbing $4bn"), not the world
    near = [x for x in s.ms["country"] if start <= x.start < s.m.start
            and (x.attrs.get("iso") not in (None, "WLD") or (x.attrs.get("kind") == "group" and not x.attrs.get("iso")
                                                              and not str(x.attrs.get("label")).startswith("other than")))]
    if near and _names_whose_goods(s.text, near[-1]):
        near = near[:-1]  # ("remained the main outlet for Ghanaian products, with": whose goods, no place ranked)
    if len(near) > 1 and ranks_scope(s.text, near[-1]):
        near = near[:-1]  # ("Germany was the largest EU market at": Germany is ranked, rank_scope.py)
    if not near or near[-1].attrs.get("possessive") or near[-1].attrs.get("kind") in ("demonym", "anaphor"):
        return None
    m = _ranked_one_flow_re().match(s.text, near[-1].end, s.m.start)
    if m is None or m.end() != s.m.start:
        return None
    measure = vocab.rank_noun_flows()[re.sub(r"\s+", " ", m["noun"]).lower()]
    # a flow word before the place steps this rule aside, unless it names the same flow as the
    # rank noun ("wool exports were A$3.5bn, with China the dominant buyer, taking A$2.7bn":
    # the buyer's figure is still exports, though "buyer" alone would read as imports)
    if any(f.attrs["measure"] != measure if f.start < near[-1].start else not (f.start < m.end("noun") and m.start("noun") < f.end)
           for f in flows_before):
        return None
    return Decision((measure, None, 0), (near[-1].start, s.m.end))


# a demonym that says whose goods a market takes: "for Ghanaian products"
_WHOSE_GOODS = re.compile(r"\s+(?:products|goods|exports)\b", re.I)


def _names_whose_goods(text: str, x) -> bool:
    """Whether the place is a demonym after "for" and before "products" (or goods, exports)."""
    return x.attrs.get("kind") == "demonym" and text.endswith("for ", 0, x.start) and _WHOSE_GOODS.match(text, x.end) is not None


@functools.cache
def _ranked_one_flow_re() -> re.Pattern:
    """From a place to its figure: "remained the top market at", "was the largest supplier, with",
    "was the main destination, taking", "remained the main outlet for Ivorian products, with"
    (vocab/rank_figure_links.csv)."""
    adjective = vocab.alternation(vocab.rank_places("adjective") + vocab.rank_places("rank"), ignore_case=True, space=r"\s+")
    nouns = vocab.alternation(list(vocab.rank_noun_flows()), ignore_case=True, space=r"\s+")
    links = vocab.alternation(vocab.rank_figure_links(), ignore_case=True, space=r"\s+")
    # (the place's short form in brackets may follow it, "The WAEMU (UEMOA) countries": the
    # place read may be the one in the brackets, so the match opens on their close; and what
    # the place is an outlet for may follow the noun, "the main outlet for Ivorian products")
    short_form = r"(?:\s*\([^()]{1,20}\)|\))?"
    goods = r"(?:\s+for\s+(?:[\w'’-]+\s+){0,2}(?:products|goods|exports))?"
    return re.compile(rf"{short_form}\s+(?:[a-z]+\s+){{1,2}}?(?:the\s+|its\s+)?(?:{adjective})(?:[\s-]+[\w.'’-]+){{0,2}}?[\s-]+(?P<noun>{nouns}){goods}\s*,?\s+(?:{links})\s+{HEDGE}", re.I)


@rule("measure", "ranked-in-other-money", "context")
def ranked_in_other_money(s: Site):
    """"Licences for exports ... totalled EUR 6.31 billion. Qatar was the largest destination
    with EUR 1.38 billion": where the text is on money of no flow (licences, aid) and the
    sentence names no flow but a noun that ranks a place (vocab/rank_noun_flows.csv), the
    place ranks in that money, not in the flow its noun would imply."""
    if s.state.measure != "other" or s.kind not in ("amount", "share"):
        return None
    f = _governing(s)
    if f is None or f.text.lower() not in vocab.rank_noun_flows():
        return None
    ranks = vocab.rank_noun_flows()
    if any(g.attrs["measure"] != "other" and g.text.lower() not in ranks for g in s.ms["flow"]
           if s.sent.start <= g.start < s.sent.end):
        return None
    turned = s.state.figureless_other
    if turned is not None and turned[0] == s.sent.index - 1 and turned[1] not in (None, "other"):
        # ("Exports reached X. Higher prices more than offset lower volumes. China was the
        # main buyer, taking 53%": a sentence with no figure gave no money of no flow to rank
        # in; the place ranks in the flow its noun ranks by, as with no such sentence)
        return Decision((ranks[f.text.lower()], None, 0), (f.start, f.end))
    return Decision(("other", None, 0), (f.start, f.end))


@rule("measure", "answer-to-question", "context")
def answer_to_question(s: Site):
    """"Q: And import? / A: £22.7 billion, so the UK had a deficit of £6.5 billion": the
    bare figure that opens the answer to an elliptical question is of the flow it asked
    about, whatever flow the answer names after it."""
    q = s.state.question
    if s.kind != "amount" or q is None or q[1] is None or q[0] != s.sent.index - 1 or s.prev_end != s.sent.start:
        return None
    from .claims import answer_lead_only

    return Decision((q[1], None, 0)) if answer_lead_only(s.text, s.sent.start, s.m.start) else None


@rule("measure", "flow-noun-after-of", "text")
def flow_noun_after_of(s: Site):
    """"the deficit was $279bn, the difference between $427bn of imports and $148bn of
    exports": the flows a balance is the difference of, each figure named by "of" and the
    flow noun after it, not by the balance word before it (nor the first figure's noun)."""
    if s.kind != "amount":
        return None
    p = s.prev
    if p is not None and p.how.get("measure") == "flow-noun-after-of" and _NEXT_OF_FLOW.fullmatch(s.gap or ""):
        pass  # the second side of the pair
    else:
        g = _governing(s)
        if g is None:
            return None
        if g.attrs["measure"] in ("exports", "imports") and _FIGURE_OF.search(s.text, max(s.sent.start, g.start - 25), g.start) \
                and _AND_FOR.fullmatch(s.text, g.end, s.m.start):
            g = None  # ("... €69.8 billion of exports, or 67.8% of the total, and for €68.9 billion of imports": the other side)
        elif g.attrs["measure"] not in ("balance", "trade_total") or g.start > s.m.start:
            return None  # (not "handled 5.05 trillion yuan of imports and exports": both, after it)
        if g is not None and g.attrs["measure"] == "balance" and not _BALANCE_BETWEEN.search(s.text, max(s.sent.start, g.end), s.m.start):
            return None
        # "Trade with the EU accounted for €69.8 billion of exports": the trade word names whose
        # trade the sentence is about; the flow noun after "of" says which flow the figure is
    for f in s.ms["flow"]:
        if f.start < s.m.end:
            continue
        if f.attrs["measure"] in ("exports", "imports") and _OF_FLOW_GAP.fullmatch(s.text, s.m.end, f.start) \
                and not _AND_THE_OTHER_FLOW.match(s.text, f.end):
            return Decision((f.attrs["measure"], f, 0), (f.start, f.end))
        return None
    return None


# "5.05 trillion yuan of imports and exports": both flows, their total
_AND_THE_OTHER_FLOW = re.compile(r"\s*(?:and|or|&|/)\s*(?:exports|imports)\b", re.I)


# "$4.2bn of imports", "$9bn worth of exports": only "of" between the figure and its flow noun
_OF_FLOW_GAP = re.compile(r"\s+(?:worth\s+)?of\s+")
# a figure and "of" right before a flow noun ("€69.8 billion of exports"), and from that noun to
# the next figure: ", or 67.8% of the total, and for ", " and "
_FIGURE_OF = re.compile(r"\d\s*(?:[a-z]+\s+)?(?:worth\s+)?of\s+$", re.I)
_AND_FOR = re.compile(r"(?:\s*,\s*or\s+[^,;.$€£¥]{0,40}\d[^,;$€£¥]{0,30},)?\s+and\s+(?:for\s+)?(?:[A-Z]{3}\s*)?", re.I)
# the balance's sides set out "between" them ("the difference between", "the gap between")
_BALANCE_BETWEEN = re.compile(r"\bbetween\s+$", re.I)
# from the first side's figure to the second's: " of imports and "
_NEXT_OF_FLOW = re.compile(r"\s+(?:worth\s+)?of\s+[a-z]+\s+and\s+", re.I)


# "Frozen chicken dominated the trade at $210 million", "Cars led the trade, with $4bn": a
# product that leads "the trade", then its figure
_LEADS_THE_TRADE = re.compile(rf"\b(?:dominated|led|topped|headed|(?:continued|continues|continue)\s+to\s+(?:dominate|lead|top|head))"
                              rf"\s+the\s+trade\s*,?\s+(?:at|with)\s+{HEDGE}$", re.I)


@rule("measure", "leads-the-trade", "text")
def leads_the_trade(s: Site):
    """"U.S. food exports to Cuba totalled $295 million ... Frozen chicken dominated the trade
    at $210 million": "the trade" a product leads is the flow the text is on (the exports),
    not two-way trade; its figure is a part of that flow."""
    if s.kind != "amount" or s.state.measure not in ("exports", "imports") or "the trade" not in s.before:
        return None  # (the words checked first: cheap)
    return Decision((s.state.measure, None, 0)) if _LEADS_THE_TRADE.search(s.text, s.sent.start, s.m.start) else None


@rule("measure", "flow-word", "text")
def flow_word(s: Site):
    """The flow word that governs the figure: the nearest before it in the sentence (asides
    skipped), a share's whole, or one just after it."""
    if s.kind == "amount" and topic.account_row(s.text, s.m):
        # ("- current account: +12.7" under "Key balances (EUR bn):": the account's balance,
        # though "current account" alone is no flow word)
        return Decision(("balance", None, 0))
    f = _governing(s)
    if f is not None and f.attrs["measure"] == "balance":
        owner = _moved_into_balance(s, f)
        if owner is not None:
            # ("the state budget had returned to surplus, reaching RO1,150 million": the
            # budget's surplus, money of another kind, no trade balance)
            return Decision(("other", owner, 0), (owner.start, f.end))
    if f is not None and f.attrs["measure"] == "other":
        opened = _flow_of_opened_whole(s, f)
        if opened is not None:
            # ("Within non-oil exports, manufacturing shipments reached US$44.6 billion": a
            # part of the flow the opener names, its head noun that flow's word, no other money)
            return Decision((opened.attrs["measure"], opened, 0), (opened.start, f.end))
        subject = _subject_foreseen(s, f)
        if subject is not None:
            # ("World trade is projected to fall by $1bn to $30bn": world trade's forecast;
            # the rules of other money then read it as that flow foreseen)
            s.extra["_foreseen"] = True  # (not_a_flow reads it as foreseen, whatever its tense)
            return Decision((subject.attrs["measure"], subject, _flow_sign(subject)), (subject.start, f.end))
    if f is not None and vocab.rank_noun_flows().get(f.text.lower(), f.attrs["measure"]) != f.attrs["measure"] \
            and any(s.sent.start <= g.start < f.start and g.attrs["measure"] == vocab.rank_noun_flows()[f.text.lower()] for g in s.ms["flow"]):
        # ("Wool exports were A$3.5bn, with China the dominant buyer, taking A$2.7bn": after
        # the flow the noun ranks by opens the sentence, a place ranked by a noun whose flow
        # word reads the other way is ranked in that flow, ranked_by_one_flow; with no such
        # opener the perspective of the verb reads it, link/pairs.py)
        ranked = ranked_by_one_flow(s)
        if ranked is not None:
            return ranked
        p = s.prev
        if s.kind == "share" and p is not None and p.how.get("measure") == "flow-word" and p.start > f.end \
                and p.measure == vocab.rank_noun_flows()[f.text.lower()] and _OR_SHARE.fullmatch(s.text, p.end, s.m.start):
            # ("taking A$2.7bn or 76 per cent of the total": the buyer's share, of that flow)
            return Decision((p.measure, None, 0), (f.start, s.m.end))
    if f is not None:
        return Decision((f.attrs["measure"], f, _flow_sign(f) or _named_after_sign(s, f) or _named_before_sign(s, f)), (f.start, f.end))
    return None


# between a ranked place's figure and its share: "A$2.7bn or 76%", "A$2.7bn, or 76%"
_OR_SHARE = re.compile(r",?\s+or\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?")


def _flow_of_opened_whole(s: Site, f: Mention) -> Mention | None:
    """The trade flow word of an opener that names a whole (vocab/part_openers.csv: "Within
    non-oil exports, ") right before `f`, a phrase of other money whose head noun is a word of
    that same flow ("manufacturing shipments": "shipments", exports); else None. Such a phrase
    is other money alone (a factory's sales at home), but the opener makes it a part of the flow."""
    head = f.text.split()[-1].lower()
    opener = _opened_whole_re().match(s.text, s.sent.start, f.start)
    if opener is None or head == f.text.lower() or head not in vocab.flows():
        return None
    whole = next((x for x in s.ms["flow"] if opener.start("w") <= x.start and x.end <= opener.end("w")), None)
    if whole is None or whole.attrs["measure"] not in ("exports", "imports") or vocab.flows()[head][0] != whole.attrs["measure"]:
        return None
    return whole


@functools.cache
def _opened_whole_re() -> re.Pattern:
    """An opener naming a whole, its comma, and nothing after it (the phrase starts there)."""
    openers = vocab.alternation([r["phrase"] for r in vocab.table("part_openers")], ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*(?:[-–•*]\s+)?(?:{openers})\s+(?P<w>(?:the\s+)?[^,;.]{{2,60}}),\s+$", re.I)


def _subject_foreseen(s: Site, f: Mention) -> Mention | None:
    """The flow word that is the subject of a foreseeing participle `f` (vocab/
    forecast_participles.csv): "Trade in goods is expected to shrink": "Trade"."""
    if not _FORESEEN_TO.match(s.text, f.end) or _foreseen_re().fullmatch(s.text, f.start, f.end) is None:
        return None
    subject = next((x for x in reversed(s.ms["flow"]) if x.end <= f.start and x.start >= s.sent.start), None)
    if subject is None or subject.attrs["measure"] not in ("exports", "imports", "trade_total", "balance"):
        return None
    if not _SUBJECT_IS.fullmatch(s.text, subject.end, f.start):
        return None
    from .commodities import canonical_label  # (not at the top: commodities imports this module's kin)

    # ("Wheat exports are forecast to fall to $11bn": a product's forecast keeps no product
    # once read as other money's, so it is left as it was; goods or services alone are kept)
    if any(s.sent.start <= x.start < f.start and canonical_label(x.text) not in ("goods", "services") for x in s.ms["commodity"]):
        return None
    return subject


# after the participle: "to" and a verb ("projected to decline")
_FORESEEN_TO = re.compile(r"\s+to\s+[a-z]")
# between the flow word and the participle: at most a phrase "in goods" and "is"/"are"
_SUBJECT_IS = re.compile(r"(?:\s+in\s+[a-z]+)?\s+(?:is|are)\s+(?:now\s+|also\s+)?", re.I)


@functools.cache
def _foreseen_re() -> re.Pattern:
    return re.compile(vocab.alternation(vocab.forecast_participles(), ignore_case=True), re.I)


def _moved_into_balance(s: Site, f: Mention) -> Mention | None:
    """The money of another kind (vocab/flows.csv, other) a verb of vocab/balance_moves.csv
    moves into the surplus or deficit `f` names, right before it: "the budget returned to
    surplus"."""
    owner = next((x for x in reversed(s.ms["flow"]) if x.end <= f.start and x.start >= s.sent.start), None)
    if owner is None or owner.attrs["measure"] != "other" or f.start - owner.end > 40:
        return None
    return owner if _balance_moves_re().fullmatch(s.text, owner.end, f.start) else None


@functools.cache
def _balance_moves_re() -> re.Pattern:
    moves = vocab.alternation(vocab.balance_moves(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s+(?:{moves})\s+(?:an?\s+)?", re.I)


def _named_after_sign(s: Site, f: Mention) -> int:
    """"its trade balance was £31.4 billion - a deficit": a balance whose word has no sign,
    named right after its figure by one that has ("a deficit", "(a surplus)"): that sign."""
    if f.attrs["measure"] != "balance" or f.start > s.m.start:
        return 0
    after = next((a for a in s.ms["flow"] if a.start >= s.m.end), None)
    if after is None or after.attrs["measure"] != "balance" or not after.attrs["sign"] or after.start - s.m.end > 30:
        return 0
    return after.attrs["sign"] if _NAMED_AFTER.fullmatch(s.text, s.m.end, after.start) else 0


def _named_before_sign(s: Site, f: Mention) -> int:
    """"a deficit in its trade balance of 8,003 million dollars": a balance whose word has no
    sign, after a word that has one and "in" (its own noun, the balance it is of): that sign."""
    if f.attrs["measure"] != "balance":
        return 0
    before = next((b for b in reversed(s.ms["flow"]) if b.end <= f.start), None)
    if before is None or before.attrs["measure"] != "balance" or not before.attrs["sign"]:
        return 0
    return before.attrs["sign"] if _SIGN_IN_BALANCE.fullmatch(s.text, before.end, f.start) else 0


# between a balance's signed word and the balance it qualifies: " in its ", " in the "
_SIGN_IN_BALANCE = re.compile(r"\s+in\s+(?:its|their|the)\s+(?:[a-z-]+\s+)?")


# the figure, a dash, comma or bracket, and an article: "£31.4 billion - a ", "$2bn (a "
_NAMED_AFTER = re.compile(r"\s*[-–—,(:]\s*(?:i\.e\.\s*|or\s+|that\s+is\s+)?an?\s+(?:[a-z-]+\s+)?")


@rule("measure", "pronoun-after-colon", "text")
def pronoun_after_colon(s: Site):
    """"Agri-food products remain the backbone of Ukrainian exports: they brought in USD
    9 527,6 million": the pronoun that opens the clause after a colon stands for the subject
    before it, and the flow named there is the figure's (the colon is no heading)."""
    if s.kind != "amount":
        return None
    mm = _COLON_PRONOUN.search(s.text, max(s.sent.start, s.prev_end), s.m.start)
    if mm is None or mm.end() != s.m.start:
        return None
    flows = [f for f in s.ms["flow"] if s.sent.start <= f.start and f.end <= mm.start()
             and f.attrs["measure"] in ("exports", "imports", "trade_total")]
    if not flows:
        return None
    f = flows[-1]
    return Decision((f.attrs["measure"], f, 0), (f.start, f.end))


# ": they brought in", ": it earned": a clause after a colon whose subject is a pronoun
_COLON_PRONOUN = re.compile(rf":\s+(?:they|it|these|this)\s+(?:[a-z]+\s+){{1,4}}?{HEDGE}$", re.I)


@rule("measure", "total-label", "text")
def total_label(s: Site):
    """"Total: $786.3bn | Exports: $405.5bn (+14.3%) | Imports: ...": a bare total label
    that opens a key-figures line, or one of its pipe- or bullet-separated cells, is both
    flows together (the next cell's label is the next figure's)."""
    if s.kind != "amount":
        return None
    line_start = s.text.rfind("\n", 0, s.m.start) + 1
    mo = _total_label_re().search(s.text, line_start, s.m.start)
    if mo is None:
        return None
    heading = _one_flow_heading_above(s.text, line_start)
    if heading is not None:
        # "EXPORT EARNINGS FY2019-20" over "Total: $33.67bn": the total of the flow the
        # heading names, not both flows together
        return Decision((heading.attrs["measure"], heading, 0), (heading.start, heading.end))
    return Decision(("trade_total", None, 0), (mo.start("label"), mo.end("label")))


@rule("measure", "total-of-rows", "text")
def total_of_rows(s: Site):
    """"Plant-wise export earnings, 2019" over "Tala (1,020MW): Nu 7.95B" ... "Total: Nu
    19.86B": a bare total label that ends a block of labelled rows is the total of those rows,
    of the one flow the heading over the block names (one blank line may stand between the
    heading and the rows), not both flows together; not where a row's label names a flow of
    its own ("Exports: $405bn" over "Total:" is a key-figures block). The rows' labels name
    no product the total is of, so link/claims.py gives it a scope of its own."""
    if s.kind != "amount":
        return None
    line_start = s.text.rfind("\n", 0, s.m.start) + 1
    if s.text.find(":", line_start, s.m.start) < 0:
        return None  # (cheap: no label's colon before the figure on its line)
    mo = _total_label_re().search(s.text, line_start, s.m.start)
    if mo is None:
        return None
    heading = _heading_over_rows(s.text, line_start)
    if heading is None:
        return None
    return Decision((heading.attrs["measure"], heading, 0), (heading.start, heading.end))


# a row of a labelled block: a short label, its colon, then a figure ("Tala (1,020MW): Nu 7.95B")
_LABELLED_ROW = re.compile(r"[ \t]*(?:[-*•][ \t]+)?(?P<label>[^\n:|]{1,60}):[ \t]*[^\n\d]{0,6}\d[^\n]{0,30}")
# how many rows a heading may stand over
_MOST_ROWS = 30


def _heading_over_rows(text: str, line_start: int) -> Mention | None:
    """The one flow (link: _one_flow_heading_above) of the heading over the labelled rows
    right above the line at `line_start`, at least one row, no row's label naming a flow; a
    blank line may stand between the heading and the first row."""
    rows = 0
    while rows < _MOST_ROWS and line_start >= 2:
        row_start = text.rfind("\n", 0, line_start - 1) + 1
        row = _LABELLED_ROW.fullmatch(text, row_start, line_start - 1)
        if row is None:
            break
        if scan.find_flows(row["label"]):
            return None
        line_start, rows = row_start, rows + 1
    if not rows or line_start < 2:
        return None
    above = text.rfind("\n", 0, line_start - 1) + 1
    if not text[above:line_start - 1].strip():
        line_start = above  # (the blank line under the heading)
    # (a lead-in ending on its colon heads the rows as well: "The break-up of exports in
    # rupee terms for the six months:")
    return _one_flow_heading_above(text, line_start, lead_in=True)


# a figure on a line: a currency sign or a percent beside a number
_FIGURE_ON_LINE = re.compile(r"[$€£¥]\s?\d|\d\s?%")


def _one_flow_heading_above(text: str, line_start: int, lead_in: bool = False) -> Mention | None:
    """The flow word of the heading line right above the line at `line_start` (no blank line
    between), when that line is short, holds no figure, ends in no stop (but for a colon
    where a `lead_in` may head the lines) and names one flow, exports or imports; else None."""
    if line_start < 2:
        return None
    head_start = text.rfind("\n", 0, line_start - 1) + 1
    line = text[head_start:line_start - 1]
    stops = ".!?;" if lead_in else ".!?:;"
    if not line.strip() or len(line) > 60 or line.rstrip()[-1] in stops or _FIGURE_ON_LINE.search(line):
        return None
    flows = scan.find_flows(line)
    if len(flows) != 1 or flows[0].attrs["measure"] not in ("exports", "imports"):
        return None
    f = flows[0]
    return Mention(f.kind, f.start + head_start, f.end + head_start, f.text, f.value, f.unit, f.attrs)


@functools.cache
def _total_label_re() -> re.Pattern:
    # the label alone in its cell: after a line start, a pipe or a bullet, before a colon
    # that the figure follows
    labels = vocab.alternation(vocab.total_labels(), ignore_case=True, space=r"\s+")
    return re.compile(rf"(?:^|[|•·▪])[ \t]*(?:[-*][ \t]+)?(?P<label>{labels})[ \t]*:[ \t]*{HEDGE}$", re.I | re.M)


# what may follow "$9.9bn exports" inside a bracket: the next item or the bracket's end
_ITEM_END = re.compile(r"\s*(?:[,;)]|and\b|or\b)")


def _flow_named_after(s: Site, m: Mention) -> Mention | None:
    """The flow word that names a figure right after it, as an item of a bracketed list
    ("($9.6bn exports, $11.5bn imports)"), or None."""
    for f in s.ms["flow"]:
        if f.start >= m.end and not s.text[m.end:f.start].strip() and f.attrs["measure"] in ("exports", "imports", "balance", "trade_total"):
            return f if _ITEM_END.match(s.text, f.end) else None
    return None


# what may open an item of a bracketed list, before its flow word ("(exports $61.2 billion, imports")
_ITEM_START = re.compile(r"(?:[(,;]|\band)\s*$")


def _flow_named_before(s: Site, m: Mention) -> Mention | None:
    """The flow word that opens an item of a bracketed list with the figure right after it
    ("(exports $61.2 billion, imports $110.7 billion)"), or None."""
    for f in reversed(s.ms["flow"]):
        if f.end <= m.start and re.fullmatch(r"\s*(?:of|at|:)?\s*", s.text[f.end:m.start]) \
                and f.attrs["measure"] in ("exports", "imports") and _ITEM_START.search(s.text, 0, f.start):
            return f
    return None


def _in_bracket(text: str, start: int, pos: int) -> int | None:
    """Where the bracket that `pos` stands in opens (after `start`), or None."""
    opening = text.rfind("(", start, pos)
    return opening if opening >= 0 and ")" not in text[opening:pos] else None


@rule("measure", "bracket-flow-after", "text")
def bracket_flow_after(s: Site):
    """"November alone: $21.1bn ($9.6bn exports, $11.5bn imports)": inside a bracket, the
    flow word after each figure names it; and the figure the bracket splits into exports
    and imports is their total."""
    if s.kind != "amount":
        return None
    if _in_bracket(s.text, s.sent.start, s.m.start) is not None:
        f = _flow_named_after(s, s.m)
        return Decision((f.attrs["measure"], f, _flow_sign(f)), (f.start, f.end)) if f is not None else None
    split = re.match(r"\s*\(", s.after)
    if split is None:
        return None
    opening = s.m.end + split.end()
    close = s.text.find(")", opening, s.sent.end)
    # (the flow word after each figure, or before it: "(exports $61.2 billion, imports $110.7 billion)")
    items = [_flow_named_after(s, a) or _flow_named_before(s, a) for a in s.ms["amount"] if opening <= a.start < close] if close > 0 else []
    if len(items) >= 2 and all(items) and {f.attrs["measure"] for f in items} == {"exports", "imports"}:
        if _balance_named_before(s):
            return None  # "the surplus was 21.7 billion euros (exports: ...; imports: ...)": the balance the two leave
        return Decision(("trade_total", None, 0), (opening, close))
    return None


def _balance_named_before(s: Site) -> bool:
    """Whether the last flow word in the figure's clause before it is a balance's ("the
    deficit was $4.0bn", "a surplus of $2bn"): the figure a bracket then splits into exports
    and imports is that balance, which the two give, not their total."""
    last = None
    for f in s.ms["flow"]:
        if max(s.sent.start, s.prev_end) <= f.start and f.end <= s.m.start:
            last = f
    return last is not None and last.attrs["measure"] == "balance" \
        and re.search(r"[;()]|\d", s.text[last.end:s.m.start]) is None


@rule("measure", "pronoun-topic", "context")
def pronoun_topic(s: Site):
    """"Trade between the US and Mexico totalled $583.6bn in 2015, with a US deficit of
    $60.7bn. In 2016 it reached $579.7bn": "it" stands for the subject of the sentence
    before (the trade), not for the last flow that sentence named. Where that sentence
    named several flows and none as its subject, which one "it" is is a guess."""
    state = s.state
    # (of one flow, "it" is that flow, as the discourse has it; a deficit keeps its sign:
    # "The deficit was $5.1bn in 2022. In 2023 it reached $4.8bn")
    signed = state.topic_measure == "balance" and state.topic_sign != 0 and state.measure == "balance"
    if (len(state.topic_measures) < 2 and not signed) or s.kind not in ("amount", "percent_change", "multiple") \
            or state.topic_parallel:
        return None  # (two flows side by side: the discourse's, with the other as a reading)
    if topic.pronoun_subject(s.text, max(s.sent.start, s.prev_end), s.m.start) is None:
        return None
    if state.topic_measure is not None:
        return Decision((state.topic_measure, None, state.topic_sign))
    return Decision((state.measure, None, 0), None, "guess")


@rule("measure", "ranked-product", "guess")
def ranked_product(s: Site):
    """"Imports ... giving a surplus of US$ 5,112 million. Beer remained the top product at
    US$ 3,261 million": a product ranked among a flow's goods, its flow unsaid, is of no
    balance the sentence before ended on; it is of the flow the text opened with (a guess)."""
    from .commodities import _ranked_product_at

    if s.kind != "amount" or s.state.measure != "balance" \
            or not _ranked_product_at().search(s.text[max(s.sent.start, s.prev_end):s.m.start]):
        return None
    lead = next((f for f in scan.find_flows(s.text[:s.sent.start]) if f.attrs["measure"] in ("exports", "imports")), None)
    return Decision((lead.attrs["measure"], None, 0)) if lead else None


@rule("measure", "value-of-subject", "context")
def value_of_subject(s: Site):
    """"Imports from Russia continued to decline. Their value was EUR 598 million": the flow
    that was the subject of the sentence before."""
    state = s.state
    if state.topic_measure in (None, "other") or state.topic_parallel or s.kind != "amount" \
            or not topic.value_subject(s.text, max(s.sent.start, s.prev_end), s.m.start):
        return None
    return Decision((state.topic_measure, None, state.topic_sign))


# "made up £16.4 billion of the total": a part of a total the clause does not name
_OF_THE_TOTAL = re.compile(r"\s+of\s+(?:the|this|that)\s+(?:combined\s+|overall\s+)?total\b(?!\s+(?:[\w-]+\s+)?(?:deficit|surplus|balance|gap|shortfall|exports?|imports?))", re.I)


@rule("measure", "part-of-the-total", "context")
def part_of_the_total(s: Site):
    """"The UK ran a deficit of £8.9 billion. Services made up £16.4 billion of the total":
    a gap between flows has no parts; the total the parts make up is the trade the text
    named before the gap."""
    if s.kind != "amount" or s.state.measure != "balance" or not _OF_THE_TOTAL.match(s.after):
        return None
    return Decision(("trade_total", None, 0))


@functools.cache
def _revenue_verb_res() -> tuple[re.Pattern, re.Pattern]:
    rows = vocab.table("revenue_verbs")
    verbs = vocab.alternation([r["phrase"] for r in rows if r["role"] == "verb"], ignore_case=True, space=r"\s+")
    bodies = vocab.alternation([r["phrase"] for r in rows if r["role"] == "body"], ignore_case=True, space=r"\s+")
    return (re.compile(rf"\b(?:(?:has|have|had)\s+)?(?:{verbs})\s+{HEDGE}$", re.I),
            re.compile(rf"\b(?:{bodies})\b", re.I))


# what every verb of vocab/revenue_verbs.csv holds ("generated", "generates", "rakes in")
_REVENUE_VERB_ENDINGS = ("ed", "es", "s in")


@rule("measure", "revenue-of-a-body", "text")
def revenue_of_a_body(s: Site):
    """"The Tin Can Island Port Command has generated N51.2bn this year": a body that raises
    revenue on trade (vocab/revenue_verbs.csv) as the subject of a verb of bringing money in,
    with no trade flow named before the verb: the money it collected, no flow through it."""
    if s.kind != "amount" or not any(k in s.before[-25:] for k in _REVENUE_VERB_ENDINGS):
        return None  # (the verbs' endings checked first: cheap)
    verb_re, body_re = _revenue_verb_res()
    verb = verb_re.search(s.text, max(s.sent.start, s.m.start - 40), s.m.start)
    if verb is None or not body_re.search(s.text, s.sent.start, verb.start()):
        return None
    if any(s.sent.start <= f.start < verb.start() and f.attrs["measure"] != "other" for f in s.ms["flow"]):
        return None
    return Decision(("other", None, 0))


@functools.cache
def _outlay_verb_re() -> re.Pattern:
    # "The commission spends about ": a public body (vocab/spending_bodies.csv) as the subject
    # of a verb of laying out (vocab/outlay_verbs.csv) right before the figure
    verbs = vocab.alternation([r["phrase"] for r in vocab.table("outlay_verbs")], ignore_case=True, space=r"\s+")
    bodies = vocab.alternation([r["word"] for r in vocab.table("spending_bodies")], ignore_case=True)
    return re.compile(rf"\b(?:{bodies})\s+(?:(?:has|have|had|will)\s+)?(?:{verbs})\s+{HEDGE}$", re.I)


@functools.cache
def _named_outlay_re() -> re.Pattern:
    # "TotalEnergies and Shell have spent more than ": named firms (one or two names, each a
    # run of capitalised words) as the subject of a verb of laying out right before the figure
    verbs = vocab.alternation([r["phrase"] for r in vocab.table("outlay_verbs")], space=r"\s+")
    name = r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}"
    return re.compile(rf"(?<![\w'’])(?P<names>{name}(?:\s+and\s+{name})?)\s+(?:(?:has|have|had|will)\s+)?(?:{verbs})\s+{HEDGE}$")


def _outlay_of_named_firms(s: Site) -> re.Match | None:
    """"TotalEnergies and Shell have spent more than N$20 billion on exploration": names that
    are no place (no country, capital or group) as the subject of a verb of laying out
    right before the figure; firms, whose outlay is a cost of their own."""
    verb = _named_outlay_re().search(s.text, max(s.sent.start, s.m.start - 80), s.m.start)
    if verb is None or any(verb.start("names") <= x.start < verb.end("names") for x in s.ms["country"]):
        return None
    return verb


@functools.cache
def _outlay_verb_stems() -> tuple[str, ...]:
    """The first four letters of each verb of vocab/outlay_verbs.csv, for a cheap test."""
    return tuple({r["phrase"][:4] for r in vocab.table("outlay_verbs")})


@rule("measure", "money-laid-out", "text")
def money_laid_out(s: Site):
    """"The commission spends about €3m a year supporting wildlife law enforcement": money a
    verb of laying out (vocab/outlay_verbs.csv) takes right before the figure, its subject a
    public body (vocab/spending_bodies.csv) or named firms ("TotalEnergies and Shell have
    spent"), in a sentence that names no trade flow: a cost, not the flow the text was on
    before (tourists who spend are the trade: travel exports; a country that spends buys)."""
    if s.kind != "amount" or not any(k in s.before[-30:] for k in _outlay_verb_stems()):
        return None  # (the verbs' stems checked first: cheap)
    verb = _outlay_verb_re().search(s.text, max(s.sent.start, s.m.start - 60), s.m.start) or _outlay_of_named_firms(s)
    # (a flow before the verb or on what the money went on is the flow laid out: "spent $5bn
    # on imported cars"; one further on is of an aside: "given the size of the trade")
    if verb is None or any(s.sent.start <= f.start < min(s.sent.end, s.m.end + 40) and f.attrs["measure"] != "other" for f in s.ms["flow"]):
        return None
    return Decision(("other", None, 0))


@rule("measure", "figure-of-subject", "context")
def figure_of_subject(s: Site):
    """"Iran's non-oil trade with Russia reached $2.1 billion ... Iran exported ... $620
    million ..., while it imported ... $1.48 billion ... The figure was 11.1 percent higher
    than $1.89 billion": "the figure" is the one the sentence before was about, its subject;
    where that sentence gave several flows and none as its subject, not the last it named
    but a guess (the whole the parts make, where the text gave it)."""
    state = s.state
    if s.kind not in ("amount", "percent_change", "multiple") \
            or not topic.figure_subject(s.text, max(s.sent.start, s.prev_end), s.m.start):
        return None
    if state.topic_measure not in (None, "other") and not state.topic_parallel:
        # (where the subject is the flow the discourse is on, the discourse says as much)
        same = state.topic_measure == state.measure
        return None if same else Decision((state.topic_measure, None, state.topic_sign))
    if len(state.topic_measures) < 2:
        return None  # (one flow in the sentence before: the discourse's)
    if state.topic_measures[0] == "trade_total" and {"exports", "imports"} <= set(state.topic_measures):
        # "Bilateral trade amounted to €18.5 billion, with exports of €10.6 billion and imports
        # of €7.9 billion. That is more than double ...": the total its parts came after
        return Decision(("trade_total", None, 0))
    whole = "trade_total" if set(state.topic_measures) == {"exports", "imports"} else state.measure
    return Decision((whole, None, 0), None, "guess")


@rule("measure", "ranked-agent", "text")
def ranked_agent(s: Site):
    """"Ireland was by far the largest exporter of ICT services to non-EU countries, with
    €172.4 billion": with no flow word before the figure in its sentence, a place ranked as
    the largest maker of a flow (vocab/agent_flows.csv) has its figure of that flow, not of
    the flow (a balance, say) the sentences before were on."""
    if s.kind != "amount" or any(s.sent.start <= f.start < s.m.start and f.attrs["measure"] != "other" for f in s.ms["flow"]):
        return None
    mm = _ranked_agent_re().search(s.text, s.sent.start, s.m.start)
    if mm is None:
        return None
    measure = vocab.agent_flows().get(mm["noun"].lower())
    return Decision((measure, None, 0), (mm.start("noun"), mm.end("noun"))) if measure else None


@functools.cache
def _ranked_agent_re() -> re.Pattern:
    """From a rank word to the figure: "the largest exporter of ICT services to non-EU
    countries, with", "the second-biggest importer, at"."""
    adjective = vocab.alternation(vocab.rank_places("adjective") + vocab.rank_places("rank"), ignore_case=True, space=r"\s+")
    nouns = vocab.alternation(list(vocab.agent_flows()), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{adjective})[\s-]+(?:[\w.'’-]+\s+){{0,2}}?(?P<noun>{nouns})\b[^.;:$€£¥\d]{{0,80}}?,?\s+(?:at|with)\s+{HEDGE}$", re.I)


@rule("measure", "unnamed-subject", "guess")
def unnamed_subject(s: Site):
    """"Kenya's exports rose to $2.0bn in March ... Government borrowing stood at $1.7bn in
    March": a figure whose clause opens with a subject of its own that names no flow, product
    or place the text knows. The flow the sentences before were on is then only a guess (the
    subject may be no trade at all), so a conflict resting on it is unverifiable."""
    if s.kind not in ("amount", "percent_change", "multiple") or not s.state.measure:
        return None
    named = [x for kind in ("flow", "commodity", "country") for x in s.ms.get(kind, ())]
    if s.prev is not None:
        # "..., compared with $1.9bn in February": the same subject's figure, unless a flow,
        # product or place is named between
        p = s.prev
        same = p.how.get("measure") == "unnamed-subject" and not any(p.end <= x.start < s.m.start for x in named)
        return Decision((p.measure, None, 0), (p.start, p.end)) if same else None
    # ("Government borrowing doubled": a multiple may be the clause's verb itself)
    span = topic.unnamed_subject(s.text, s.sent.start, s.m.start, named, figure_is_verb=s.kind == "multiple")
    if span and s.kind == "amount" and _account_subject().fullmatch(s.text, *span):
        # "Secondary income added $2.9 billion": the subject is an account of the balance of
        # payments (vocab/accounts.csv), so the figure is that account's balance, no guess
        return Decision(("balance", None, 0), span, "text")
    if span and _value_word_of_flow_subject(s.text, span, s.state.measure):
        # "Receipts from the sector stood at": a subject headed by a value word that names
        # the money of the flow the text is on (vocab/value_words.csv) states that flow
        return Decision((s.state.measure, None, _earlier_balance_sign(s)), span, "text")
    if span and s.state.measure == "exports" and _earning_verb_between().fullmatch(s.text, span[1], s.m.start):
        # "Non-kernel products brought in US$ 357.4 million" in a text on exports: what a
        # subject earned (vocab/earner_verbs.csv) is the money its sales abroad brought in
        return Decision(("exports", None, 0), span, "text")
    return Decision((s.state.measure, None, _earlier_balance_sign(s)), span) if span else None


@functools.cache
def _earning_verb_between() -> re.Pattern:
    # from the end of a subject to its figure: " brought in ", " earned about "
    verbs = vocab.alternation([r["word"] for r in vocab.table("earner_verbs")], ignore_case=True, space=r"\s+")
    return re.compile(rf"\s+(?:{verbs})\s+{HEDGE}", re.I)


@functools.cache
def _flow_value_words() -> dict[str, str]:
    """Value words that stand for one flow's money (vocab/value_words.csv: "receipts" exports)."""
    return {r["word"].lower(): r["flow"] for r in vocab.table("value_words") if r["flow"]}


_SUBJECT_HEAD = re.compile(r"(?:the\s+)?(?P<w>[A-Za-z]+)\b")


def _value_word_of_flow_subject(text: str, span: tuple[int, int], measure: str) -> bool:
    """Whether the subject opens with a value word of `measure`'s money ("Receipts from ...",
    "The earnings of ...")."""
    head = _SUBJECT_HEAD.match(text, span[0], span[1])
    return head is not None and _flow_value_words().get(head["w"].lower()) == measure


@functools.cache
def _account_subject() -> re.Pattern:
    # a subject that is a balance-of-payments account alone: "Secondary income", "The primary
    # income account", "the current-account balance"
    accounts = vocab.alternation(vocab.accounts(), ignore_case=True, space=r"[\s-]+")
    return re.compile(rf"(?:the\s+)?(?:{accounts})(?:[\s-]+(?:account|balance))?", re.I)


@rule("measure", "unnamed-object", "guess")
def unnamed_object(s: Site):
    """"Kenya's exports rose to $2.0bn in March ... The country also received $1.7bn in
    government borrowing": an amount whose clause names no flow, followed by what the money
    was, something of its own that is no flow, product or place the text knows. The flow
    the sentences before were on is then only a guess, as for an unnamed subject."""
    if s.kind != "amount" or not s.state.measure:
        return None
    named = [x for kind in ("flow", "commodity", "country", "period") for x in s.ms.get(kind, ())]
    span = topic.unnamed_object(s.text, s.m.end, s.sent.end, named)
    return Decision((s.state.measure, None, _earlier_balance_sign(s)), span) if span else None


@rule("measure", "partner-list-after-two-flows", "context")
def partner_list_after_two_flows(s: Site):
    """"Exports to the union countries amounted to $612.5 million, imports — $3.01 billion.
    Breakdown by country: Russia — $2.41 billion; Kazakhstan — $1.08 billion; ...": the items
    of a list of partners under a caption that names no flow, after a sentence that gave both
    flows side by side, are not of the flow that sentence named last but of the one the text
    leads with (link/partner_lists.py)."""
    if s.kind != "amount" or s.ms["flow"] and any(f.start < s.m.start for f in s.ms["flow"]):
        return None
    found = flow_of_partner_list(s.text, s.m.start)
    return Decision((found[0], None, 0), found[1]) if found else None


@rule("measure", "listed-market", "text")
def listed_market(s: Site):
    """"The three largest markets:" then "- Japan: 2.1 billion francs (+4%)": a bulleted
    place's figure under a line that introduces the places as partners by a noun that ranks
    them by one flow (vocab/list_cues.csv role P, vocab/rank_noun_flows.csv: a market buys
    the reporter's exports, a supplier sends its imports) is that flow to or from the place."""
    if s.kind != "amount" or s.text.rfind("\n", 0, s.m.start) < 0:
        return None
    from .pairs import _list_item_place, _list_intro_line

    if _list_item_place(s) is None:
        return None
    intro = _list_intro_line(s.text, s.m.start)
    if intro is None:
        return None
    low = s.text[intro[0]:intro[1]].lower()
    flows = {m for noun, m in vocab.rank_noun_flows().items() if m in ("exports", "imports") and re.search(rf"\b{re.escape(noun)}s?\b", low)}
    if len(flows) != 1:
        return None
    return Decision((flows.pop(), None, 0), intro)


@rule("measure", "label-above", "text")
def label_above(s: Site):
    """"Exports:" over "$51.2 billion (2023 est.)" and "$48.9 billion (2022 est.)": a figure
    alone on its line (a bracket after it at most) under a label line that ends with its
    colon is of what the label names (link/label_blocks.py); "Real GDP:" is no flow."""
    if s.kind != "amount" or s.ms["flow"]:
        return None
    span = label_blocks.label_above(s.text, s.m.start)
    if span is None:
        return None
    flows = label_blocks.label_flows(s.text, span)
    if not flows:
        return None
    f = next((x for x in flows if x.attrs["measure"] == "other"), flows[-1])
    return Decision((f.attrs["measure"], f, f.attrs.get("sign") or 0), (f.start, f.end))


@rule("measure", "figure-first-head", "text")
def figure_first_head(s: Site):
    """"$355.5 billion - value of exports", ..., "$52.4 billion - phones and phone parts": a
    figure-first line whose label names a product and no flow is a part of the flow the
    box's first line names (link/list_labels.py), not of the flow the line above named
    (a balance, imports)."""
    if s.kind != "amount":
        return None
    after = list_labels.label_after_figure(s.text, s.m.start, s.m.end)
    if after is None:
        return None
    from .commodities import unknown_product

    np, product = list_labels.label_noun_phrase(s.text[after[0]:after[1]])
    if np != product or not unknown_product(product) or scan.find_flows(np):
        return None  # (the label names its own flow, or no product)
    head = list_labels.head_of_figure_box(s.text, s.m.start)
    if head is None:
        return None
    flows = {f.attrs["measure"] for f in scan.find_flows(s.text[head[0]:head[1]])}
    if len(flows) != 1 or not flows <= {"exports", "imports"}:
        return None
    return Decision((flows.pop(), None, 0), head)


@rule("measure", "list-under-sales-heading", "text")
def list_under_sales_heading(s: Site):
    """"Best-selling lines of the year:" then "- Board games: +8%": a bulleted figure whose
    line names no flow, under a heading that ranks things by what sells (vocab/
    sales_rank_headings.csv) and names no flow besides, is of those sales, not of the flow
    the text was on before the list (money other, or no trade change)."""
    if s.ms["flow"] or s.kind not in ("amount", "percent_change", "share"):
        return None
    line_start = s.text.rfind("\n", 0, s.m.start) + 1
    if line_start == 0 or not _BULLET.match(s.text, line_start):
        return None  # (cheap: only a list's lines)
    from .pairs import _list_intro_line

    intro = _list_intro_line(s.text, s.m.start)
    if intro is None or not s.text[intro[0]:intro[1]].rstrip().endswith(":"):
        return None
    head = s.text[intro[0]:intro[1]]
    rest = _sales_rank_heading_re().sub(" ", head)
    if rest == head or scan.find_flows(rest):
        return None
    return Decision(("other", None, 0), intro)


_BULLET = re.compile(r"[ \t]*(?:\d{1,3}[.)]|[-•*–])[ \t]")


@rule("measure", "list-under-goods-heading", "text")
def list_under_goods_heading(s: Site):
    """"Key products in May (y-o-y):" over "- Rubber products: -31.9%", or "Main export items
    in March: computers +82.1%; automobiles -8.6%": a figure of a list led in by words that
    name goods in general (vocab/goods_nouns.csv) and end in a colon, no flow word between the
    colon and the figure, is a product's: of the lead-in's own flow if it names one, and never
    of the balance the sentence before it was on (a product has no balance of its own there,
    so with no flow named it is read as no trade flow)."""
    if s.kind not in ("amount", "percent_change", "share") or ":" not in s.text[max(0, s.m.start - 400):s.m.start]:
        return None  # (cheap: a list's lead-in ends in a colon before the figure)
    lead = _goods_lead_in(s)
    if lead is None:
        return None
    flows = {f.attrs["measure"] for f in scan.find_flows(s.text[lead[0]:lead[1]])} - {"other"}
    if len(flows) == 1 and flows <= {"exports", "imports"}:
        return Decision((flows.pop(), None, 0), lead)
    if not flows and s.state.measure == "balance":
        return Decision(("other", None, 0), lead)
    return None


def _goods_lead_in(s: Site) -> tuple[int, int] | None:
    """Where the lead-in of the list the figure is an item of stands: the line above a
    bulleted item, or the words before a colon in the figure's own sentence; only when it
    ends in a colon, names goods in general and no flow word stands between it and the figure."""
    line_start = s.text.rfind("\n", 0, s.m.start) + 1
    if line_start > 0 and _BULLET.match(s.text, line_start):
        from .pairs import _list_intro_line

        lead = _list_intro_line(s.text, s.m.start)
        if lead is None or not s.text[lead[0]:lead[1]].rstrip().endswith(":"):
            return None
        items_from = line_start
    else:
        colon = s.text.rfind(":", s.sent.start, s.m.start)
        if colon < 0:
            return None
        lead, items_from = (s.sent.start, colon + 1), colon + 1
    if not _goods_noun_re().search(s.text, lead[0], lead[1]) or scan.find_flows(s.text[items_from:s.m.start]):
        return None
    return lead


@functools.cache
def _goods_noun_re() -> re.Pattern:
    words = vocab.alternation(vocab.goods_nouns(), ignore_case=True)
    return re.compile(rf"\b(?:{words})\b", re.I)


@rule("measure", "list-under-rank-heading", "text")
def list_under_rank_heading(s: Site):
    """"Top five trading partners, 2016 (Dh billion)" over "1. China — 156.2": a listed
    figure whose line names no flow, under a heading that ranks places by a noun of total
    trade (vocab/rank_nouns.csv) and names no flow word, is of that total, not of the flow
    (exports, say) the text was on before the list."""
    if s.ms["flow"] or s.kind != "amount":
        return None
    line_start = s.text.rfind("\n", 0, s.m.start) + 1
    if line_start == 0 or not _BULLET.match(s.text, line_start):
        return None  # (cheap: only a list's lines)
    from .pairs import _list_intro_line

    intro = _list_intro_line(s.text, s.m.start)
    if intro is None:
        return None
    head = s.text[intro[0]:intro[1]]
    ranked = _rank_noun_re().search(head)
    if ranked is None or scan.find_flows(head):
        return None
    measure = vocab.rank_nouns().get(re.sub(r"\s+", " ", ranked["noun"]).lower())
    return Decision((measure, None, 0), intro) if measure else None


@functools.cache
def _sales_rank_heading_re() -> re.Pattern:
    words = vocab.alternation(vocab.sales_rank_headings(), ignore_case=True, space=r"[\s-]+")
    return re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.I)


# a numbered or bulleted line, perhaps in bold, its label and colon before the figure:
# "**3. Cocoa: $2.26 billion (15.6%)**", "- Tea: $1.1bn"
_LIST_ITEM_START = re.compile(rf"^[ \t]*(?:\*\*)?[ \t]*{LIST_MARKER}[ \t]+[A-Za-z][^\n\d:]{{0,60}}:", re.M)
_LIST_ITEM_LINE = re.compile(rf"[ \t]*(?:\*\*)?[ \t]*{LIST_MARKER}[ \t]+[A-Za-z][^\n\d:]{{0,60}}:[ \t]*{HEDGE}$")


@rule("measure", "list-item-after-aside", "context")
def list_item_after_aside(s: Site):
    """"**2. Oil: $2.9bn** / Oil revenue fell as prices crashed. / **3. Cocoa: $2.3bn**": a
    list item's figure right after a sentence of no figure that turned to money of no flow
    (revenue, prices) is the next item of the list, of the flow the list was on, not money of
    that aside (`figureless_other`, as in `ranked_in_other_money`)."""
    turned = s.state.figureless_other
    # (the aside may be split in two "sentences" by the blank line and bold marks before the item)
    if s.state.measure != "other" or s.kind != "amount" or turned is None or not 1 <= s.sent.index - turned[0] <= 2 \
            or turned[1] not in ("exports", "imports"):
        return None
    ls = s.text.rfind("\n", 0, s.m.start) + 1
    if s.m.start - ls > 80 or not _LIST_ITEM_LINE.match(s.text, ls, s.m.start):
        return None
    # (an item of the same shape stands before the aside: the list goes on past it)
    if _LIST_ITEM_START.search(s.text, max(0, ls - 400), ls) is None:
        return None
    return Decision((turned[1], None, 0))


@rule("measure", "discourse", "context")
def discourse(s: Site):
    """The flow the text is talking about, from earlier sentences."""
    if s.state.measure:
        return Decision((s.state.measure, None, _earlier_balance_sign(s)))
    return None


def _earlier_balance_sign(s: Site) -> int:
    """"... for a deficit of $279.4 billion. That's the smallest since 2010 - and down from
    $382.3 billion in 2022": the level a balance moved from, its flow unnamed, is the same
    balance earlier, of the sign the last one stated had (a deficit then too)."""
    if s.state.measure != "balance" or not s.state.balance_sign or s.kind != "amount":
        return 0
    if _revised_estimate_of_it(s):
        return s.state.balance_sign
    if _it_was().search(s.before):
        return s.state.balance_sign  # "... hit a record $500 billion. Data show it was $295.4 billion": the same balance
    p = s.prev
    if p is not None and p.start >= s.sent.start and p.kind == "amount" and p.measure == "balance" \
            and (p.value or 0) < 0 and ";" not in s.gap:
        # "The trade deficit continues to deepen. ... it reached 85.28 MMDH at the end of May,
        # against 79.52 MMDH a year earlier, an increase of 5.76 MMDH": after a deficit in
        # their sentence, figures with no flow word of their own are of the same balance
        # (its level then, its change), a deficit too
        return -1
    if "from" not in s.before:
        return 0
    return s.state.balance_sign if _MOVED_FROM.search(s.before) else 0


# "it was", "it actually stood at": a pronoun that stands for the quantity the text is on
@functools.cache
def _it_was() -> re.Pattern:
    """"it was", "it actually stood at", then perhaps a hedge (vocab/hedges.csv) right before
    the figure: "No, it was closer to a hundred and three billion" restates the balance asked of.
    So does a verb quoting a figure given before ("The headline we have says 11 billion":
    vocab/quoting_verbs.csv): without a sign word of its own, it is not a surplus by default."""
    hedge = vocab.alternation(vocab.hedges(), ignore_case=True, space=r"\s+")
    quoting = vocab.alternation(vocab.quoting_verbs(), ignore_case=True, space=r"\s+")
    return re.compile(r"(?<![\w-])(?:it\s+(?:actually\s+|really\s+|in\s+fact\s+)?(?:was|is|stood\s+at|came\s+to)\s+(?:only\s+|just\s+)?"
                      rf"|(?:{quoting})\s+)(?:(?:{hedge})\s+)?$", re.I)


def _revised_estimate_of_it(s: Site) -> bool:
    """"The deficit rose to $70.1 billion. June's figure was revised to $65.0 billion from
    $64.2 billion": a figure the revision gives, or the one it replaced, its flow unnamed, is
    an estimate of the same balance, of the sign the last one stated had (vocab/revision_cues.csv)."""
    from .cues import revised_to_from_re, revision_before_re

    if "revis" not in s.before.lower():
        return False  # (cheap)
    # ("revised to $65.0 billion from the $64.2 billion reported": the article before the replaced one)
    before = re.sub(r"(?<=\sfrom\s)the\s+$", "", s.before)
    return revision_before_re().search(before) is not None or revised_to_from_re().search(before) is not None


# "down from", "up from a", "narrowed from about": the figure after is the earlier level
_MOVED_FROM = re.compile(rf"\b(?:up|down|narrow(?:ed|ing)|widen(?:ed|ing)|shr[ua]nk|grew|fell|rose)\s+from\s+(?:a\s+)?{HEDGE}$", re.I)


@rule("measure", "default-trade", "guess")
def default_trade(s: Site):
    """No flow word anywhere: trade."""
    return Decision(("trade_total", None, 0))


MEASURE_RULES = (table_column_flow, total_row_of_flows, whole_of_share, account_net_flow_measure, flow_named_after, continues_previous, level_after_aside, restates_previous, respectively, change_in_flow, brought_in_from,
                 verb_after, both_flows, sum_of_two_flows, value_of_flow, total_of_rows, total_label, bracket_flow_after, ranked_trader_measure, ranked_by_the_text, ranked_after_brackets, ranked_in_other_money, answer_to_question, flow_noun_after_of, flow_side_opener, leads_the_trade, balance_contribution, flow_word, revenue_of_a_body, money_laid_out, label_above, figure_first_head, ranked_by_one_flow, pronoun_after_colon, pronoun_topic, value_of_subject, figure_of_subject, ranked_product, part_of_the_total, ranked_agent, unnamed_subject, partner_list_after_two_flows, unnamed_object, listed_market, list_under_goods_heading, list_under_sales_heading, list_under_rank_heading, list_item_after_aside, discourse, default_trade)


# Rules that then read an amount as no trade flow at all (measure "other"): an absolute
# change ("up $3bn"), a goal, a forecast, a price or an exchange rate. A decision's value is
# the extra fields the claim takes.

@functools.cache
def _change_verb_before_re() -> re.Pattern:
    """A word of change (vocab/changes.csv) in the perfect right before a figure ("has added
    $16bn", "have lost $2bn"; not "made up $14.9 billion of", a part)."""
    words = vocab.alternation(list(vocab.changes()), ignore_case=True)
    return re.compile(rf"\b(?:has|have|had)\s+(?:\w+ly\s+|already\s+|now\s+)?(?P<v>{words})\s+{HEDGE}$", re.I)


@functools.cache
def _of_a_flow_after_re() -> re.Pattern:
    """"of (monthly) exports" right after a figure (vocab/flows.csv, no measure "other")."""
    words = vocab.alternation([w for w, (measure, _) in vocab.flows().items() if measure != "other"], ignore_case=True)
    return re.compile(rf"^\s+(?:worth\s+)?of\s+(?:[a-z-]+\s+){{0,2}}?(?:{words})\b", re.I)


def _after_a_unit_price(s) -> bool:
    """Whether the figure comes right after a price per unit in its sentence, a comma between
    ("Rs. 116.98 per kilo, Rs. 15.22 (or 15.0 per cent) higher than"): a change said after it
    is the price's."""
    p = s.prev
    if p is None or p.kind != "amount" or p.measure != "other" or p.sentence != s.claim.sentence:
        return False
    tail = UNIT_PRICE_AFTER.match(s.text[p.end:p.end + 60])
    return tail is not None and re.fullmatch(r"\s*,\s*", s.text[p.end + tail.end():s.m.start]) is not None


@rule("measure", "absolute-change", "text")
def absolute_change(s: Site):
    """"rose by $29.4 billion", "an increase of $3bn", "up $3bn to $10bn": the change of a
    flow, not the flow (its `change_of` and `change_sign` say which and which way)."""
    if s.kind != "amount" or s.claim.measure == "other":
        return None
    change = ABS_CHANGE_BEFORE.search(s.before)
    if change is None and (AFTER_BARE_CHANGE.match(s.after) or _change_named_again(s)):
        change = BARE_CHANGE_BEFORE.search(s.before)
    at = s.m.start - len(s.before)
    p = s.prev
    if change is None and p is not None and p.kind == "percent_change" and _change_in_money(s) \
            and p.measure not in (None, "other"):
        # "exports grew 10.7% (R14.9 billion)", "have risen 7.8 percent so far this year,
        # close to $300 million", "slipped 0.1 percent, or $2 million": the same change, in money
        d = p.extra.get("direction", 1)
        return Decision({"change_of": p.measure, "change_sign": d, "_magnitude_direction": d, "_paired_change": p},
                        (p.start, p.end))
    if change is None and s.before.rstrip().endswith(_change_amount_last_words()):
        subject = _change_noun_subject_re().search(s.before)
        if subject is not None:
            # "The increase amounts to NOK 2.9bn from NOK 172bn": a change noun as the subject,
            # the figure what it comes to; the change of the flow the text is on
            direction = vocab.change_nouns()[subject["n"].lower()]
            sign = direction * (-1 if (s.claim.measure == "balance" and s.sign < 0) else 1)
            return Decision({"change_of": s.claim.measure, "change_sign": sign, "_magnitude_direction": direction},
                            (at + subject.start(), at + subject.end()))
    if change is None and _of_a_flow_after_re().match(s.after):
        # "Taiwan has added $16bn of monthly exports in a year": a change verb, then the
        # amount of the flow it added or lost: the change, not the flow's level
        change = _change_verb_before_re().search(s.before)
    moved = _moved_by(s) if change is None and " by" in s.before else None  # (word first: cheap)
    if moved is not None:
        # "the annual update lifts 2017 services surplus by $12.4 billion": the flow named
        # between verb and "by" moved by the amount, which is its change, not its level
        sign = moved * (-1 if (s.claim.measure == "balance" and s.sign < 0) else 1)
        return Decision({"change_of": s.claim.measure, "change_sign": sign, "_magnitude_direction": moved})
    if change is None and _taken_off_a_level(s):
        # "a shorter month shaved about $1 billion from the monthly figure": how much the
        # level fell, not the level
        sign = -1 * (-1 if (s.claim.measure == "balance" and s.sign < 0) else 1)
        return Decision({"change_of": s.claim.measure, "change_sign": sign, "_magnitude_direction": -1})
    if change is None and _ranked_by_growth(s):
        # "The fastest growing export markets ... were Uganda ($120M)": Uganda's increase
        return Decision({"change_of": s.claim.measure, "change_sign": 1, "_magnitude_direction": 1})
    if change is None and _BY_AFTER_PERCENT.search(s.before):
        # "and the value of imports by 3,1% (by EUR 0,05 billion)": the change again, in
        # money, after a change whose verb is left out; which way it went is left unread
        return Decision({})
    if change is None:
        noun = _change_noun_after(s)
        if noun is not None and _in_a_product(s):
            return Decision({})  # (a product's change, "a $3bn rise in fuel imports": no level of it here)
        if noun is not None:
            # "the $800 billion increase", "a $3bn drop in exports": the figure names the
            # change, as "an increase of $800 billion" does
            sign = noun * (-1 if (s.claim.measure == "balance" and s.sign < 0) else 1)
            return Decision({"change_of": s.claim.measure, "change_sign": sign, "_magnitude_direction": noun})
        after = ABS_CHANGE_AFTER.match(s.after)
        if not after:
            return _size_gap(s)
        if _after_a_unit_price(s):
            # ("the average was Rs. 116.98 per kilo, Rs. 15.22 higher than": the price's
            # change, no flow's)
            return Decision({})
        w = (after["w"] or after["w2"] or after["w3"]).lower()
        direction = -1 if w in ("lower", "less") else 1
        sign = direction * (-1 if (s.claim.measure == "balance" and s.sign < 0) else 1)
        # (a comparative with no "than", "were £24.6 billion higher.": the level it is set
        # against is named elsewhere, if at all, so the change has no base read here)
        unsaid = {"_base_unsaid": True} if after["w3"] else {}
        return Decision({"change_of": s.claim.measure, "change_sign": sign, "_magnitude_direction": direction, **unsaid},
                        (s.m.end + after.start(), s.m.end + after.end()))
    g = change.groupdict()
    if g.get("nv"):
        direction = _neutral_change_direction(s)
        if direction is None:
            return Decision({})  # a change, but which way it went is left unread
        return Decision({"change_of": s.claim.measure, "change_sign": direction, "_magnitude_direction": direction},
                        (at + change.start(), at + change.end()))
    w = (g.get("n") or g.get("v") or g.get("ud") or g.get("c") or "").lower()
    direction = -1 if (vocab.changes().get(w, 1) < 0 or w in ("down", "reduction", "deterioration")
                       or vocab.multiple_comparatives().get(w, 1) < 0) else 1
    # an improvement raises a balance whatever its sign; a deficit that rises falls
    absolute = w in vocab.judged_changes()
    measure, negative = s.claim.measure, s.sign < 0
    if g.get("n") and _change_of_the_figure_before(s, at + change.start()):
        # "imports of $9bn, which left a deficit of $2bn, a narrowing of $300mn": a change
        # noun in apposition right after a figure is that figure's change (the deficit's),
        # whatever flow the sentence named before the aside
        measure, negative = s.prev.measure, (s.prev.value or 0) < 0
    sign = direction * (-1 if (measure == "balance" and negative and not absolute) else 1)
    return Decision(_under_a_forecast(s, {"change_of": measure, "change_sign": sign, "_magnitude_direction": direction}),
                    (at + change.start(), at + change.end()))


@functools.cache
def _change_amount_last_words() -> tuple[str, ...]:
    """The last words of vocab/change_amount_verbs.csv, a cheap test before the search."""
    return tuple({p.split()[-1] for p in vocab.change_amount_verbs()})


@functools.cache
def _change_noun_subject_re() -> re.Pattern:
    """A change noun (vocab/change_nouns.csv) opening its clause as the subject, what changed
    after "in" allowed, then words that set it equal to the figure (vocab/change_amount_verbs.csv)."""
    nouns = vocab.alternation(vocab.change_nouns(), ignore_case=True)
    verbs = vocab.alternation(vocab.change_amount_verbs(), ignore_case=True, space=r"\s+")
    return re.compile(rf"(?:^|[.;:]\s+|,\s+and\s+)\s*(?:the|this|that)\s+(?P<n>{nouns})(?:\s+in(?:\s+[a-z]+){{1,3}}?)?"
                      rf"\s+(?:{verbs})\s+{HEDGE}$", re.I)


def _change_of_the_figure_before(s: Site, start: int) -> bool:
    """Whether the change noun at `start` opens an apposition to the figure right before it
    (", a decrease of"), a level of a flow in the same sentence."""
    p = s.prev
    return p is not None and p.kind == "amount" and p.sentence == s.claim.sentence and p.measure in ("exports", "imports", "trade_total", "balance") \
        and p.measure != s.claim.measure and s.prev_end <= start and s.text[s.prev_end:start].strip() == ","


def _moved_by(s: Site) -> int | None:
    """The direction (+1, -1) of a verb that moves the flow named as its object by the figure
    right after "by" ("lifts 2017 services surplus by", vocab/object_change_verbs.csv), or None."""
    mm = _moved_by_re().search(s.before)
    return vocab.object_change_verbs()[mm["v"].lower()] if mm else None


@functools.cache
def _moved_by_re() -> re.Pattern:
    verbs = vocab.alternation(vocab.object_change_verbs(), ignore_case=True)
    # (the object: a few words with no clause break or figure, "the deficit", "2017 services surplus")
    return re.compile(rf"\b(?P<v>{verbs})\s+(?:[\w'’-]+\s+){{1,4}}?by\s+{HEDGE}$", re.I)


def _taken_off_a_level(s: Site) -> bool:
    """"wiped $2bn off exports", "shaved roughly $1 billion from the monthly figure": a verb
    that takes an amount away (vocab/deduction_verbs.csv) right before the figure, and "off"
    or "from" the level it was taken from right after it."""
    verb, level = _deduction_res()
    return verb.search(s.before) is not None and level.match(s.after) is not None


@functools.cache
def _deduction_res() -> tuple[re.Pattern, re.Pattern]:
    verbs = vocab.alternation(vocab.deduction_verbs(), ignore_case=True)
    flows = vocab.alternation([w for w, (measure, _) in vocab.flows().items() if measure != "other"], ignore_case=True)
    return (re.compile(rf"\b(?:{verbs})\s+{HEDGE}$", re.I),
            re.compile(rf"\s+(?:off|from)\s+(?:(?:the|its|their|this|that|[A-Z][\w.]*['’]s)\s+)?(?:[\w-]+\s+){{0,2}}?"
                       rf"(?:figure|figures|total|tally|{flows})\b", re.I))


def _size_gap(s: Site) -> Decision | None:
    """"That was £2.3 billion wider than in the previous quarter", "it was £1.2 billion
    smaller than the all-time high": a figure of a size comparative then "than" is the gap
    from another level, not a level (vocab/size_comparatives.csv). For a balance the word
    speaks of its size, so which way it moved is the balance's sign times the word's; with
    no sign known, which way is left unread."""
    gap = _size_gap_re().match(s.after)
    if gap is None:
        return None
    direction = vocab.size_comparatives()[gap["w"].lower()]
    if s.claim.measure == "balance":
        balance_sign = s.sign or s.state.balance_sign
        if not balance_sign:
            return Decision({})
        return Decision({"change_of": "balance", "change_sign": direction * balance_sign, "_magnitude_direction": direction},
                        (s.m.end + gap.start("w"), s.m.end + gap.end()))
    return Decision({"change_of": s.claim.measure, "change_sign": direction, "_magnitude_direction": direction},
                    (s.m.end + gap.start("w"), s.m.end + gap.end()))


@functools.cache
def _size_gap_re() -> re.Pattern:
    words = vocab.alternation(vocab.size_comparatives(), ignore_case=True)
    return re.compile(rf"\s*(?P<w>{words})\s+than\b", re.I)


def _change_named_again(s: Site) -> bool:
    """"Exports jumped $6.2 billion, with gold accounting for half of the gain": a figure
    given bare after a verb of change that the rest of its clause calls "the gain" ("the
    increase", "the drop": vocab/change_nouns.csv) is that change, not the level."""
    if s.kind != "amount" or " the " not in s.after[:120]:
        return False  # (cheap: no "the" to name it again)
    return _change_named_again_re().match(s.after) is not None


@functools.cache
def _change_named_again_re() -> re.Pattern:
    nouns = vocab.alternation(vocab.change_nouns(), ignore_case=True)
    # (within its clause: no new figure, no full stop or semicolon before the noun)
    return re.compile(rf"^(?:\s+(?:in|this|last)\s+[A-Za-z]+)?\s*,[^.;$€£¥\d]{{0,100}}?\b(?:of|for|behind|in)\s+the\s+(?:{nouns})\b", re.I)


@functools.cache
def _change_noun_re() -> re.Pattern:
    nouns = vocab.alternation(vocab.change_nouns(), ignore_case=True)
    return re.compile(rf"^\s*(?P<n>{nouns})\b(?!\s+(?:of|by)\b)", re.I)


# the article or possessive a figure used as a modifier opens with ("the $800 billion increase")
_MODIFIER_OPENER = re.compile(rf"\b(?:the|a|an|its|their|this|that)\s+{HEDGE}$", re.I)


def _change_noun_after(s: Site) -> int | None:
    """The direction of a change noun a money figure stands before as its modifier ("the
    $800 billion increase", "a $3bn drop in exports"; vocab/change_nouns.csv), or None.
    ("$800 billion of increase"-like wordings and "a rise of" after the figure are no such
    modifier.)"""
    if s.kind != "amount" or not _MODIFIER_OPENER.search(s.before):
        return None
    mm = _change_noun_re().match(s.after)
    if mm is None or project_cost(s):
        # ("announced a €30 million expansion": a project's cost, link/project_costs.py)
        return None
    return vocab.change_nouns()[mm["n"].lower()]


# after the change noun: "in", maybe "the", then the product's name
_IN_THE = re.compile(r"\s+in\s+(?:the\s+)?", re.I)


def _in_a_product(s: Site) -> bool:
    """"a $0.7 billion rise in fuel imports": the change noun after the figure is followed by
    "in" and a product's name (vocab commodities) before its flow, so the change is that
    product's, not the whole flow's; its levels are seldom given, so it is left unread rather
    than set against the flow's total."""
    mm = _change_noun_re().match(s.after)
    if mm is None:
        return False
    inm = _IN_THE.match(s.after, mm.end())
    if inm is None:
        return False
    at = s.m.end + inm.end()
    return any(x.start == at for x in s.ms["commodity"])


def _under_a_forecast(s: Site, change: dict) -> dict:
    """"The median forecast is for a deficit of $69.8 billion, down $9.6 billion, or 12.1%,
    from February's $79.4 billion": a change in money said right after a forecast is the
    forecast's change, foreseen too (the change after it then goes on forecasting)."""
    if _forecast_goes_on(s):
        return {**change, "_forecast": True, "_forecast_of": s.claim.measure}
    return change


# "by $128B from $243B in 2017 to $371B in 2022", "by -$0.74B (-10.8%) from $6.86B to $6.12B"
_FROM_TO_AFTER = re.compile(r"^\s*(?:\([^()]*\)\s*)?from\s+[^;.]*?\bto\s+", re.I)


@functools.cache
def _growth_rank_re() -> re.Pattern:
    """A ranking by growth (vocab/growth_rank_cues.csv) as a subject, its copula, and then a
    list of names each with its figure in brackets."""
    from .. import vocab
    cue = vocab.alternation(vocab.growth_rank_cues(), ignore_case=True, space=r"[\s-]+")
    return re.compile(rf"\b(?:{cue})\b[^.;:$€£¥\d]*?(?:\s+between\s+[^.;:$€£¥]*?)?\s+(?:were|was|are|is|included|include)\s+(?:[^.;:]|(?<=\d)\.(?=\d))*\(\s*$", re.I)


def _ranked_by_growth(s: Site) -> bool:
    """A figure in brackets after a name listed under a ranking by growth ("The fastest
    growing export markets between 2021 and 2022 were United States ($9.12B), India
    ($2.04B)"): the name's increase over the span, not its level."""
    return s.kind == "amount" and bool(_growth_rank_re().search(s.text, s.sent.start, s.m.start))


def _neutral_change_direction(s: Site) -> int | None:
    """Which way a change told by a verb without one ("changed by") went: its printed sign,
    else the two levels "from ... to ..." right after it; None when neither tells."""
    if s.m.attrs.get("sign"):
        return s.m.attrs["sign"]
    if not _FROM_TO_AFTER.match(s.after):
        return None
    later = [a for a in s.ms["amount"] if a.start >= s.m.end][:2]
    if len(later) < 2 or later[0].value is None or later[1].value is None or later[0].value == later[1].value:
        return None
    return 1 if later[1].value > later[0].value else -1


# ("decreased by 5,0% (by EUR 0,07 billion)": the bracket may repeat the "by")
_BY_AFTER_PERCENT = re.compile(rf"\d\s*(?:%|per\s?cent|percent)\s*\(\s*by\s+{HEDGE}$", re.I)
# (a bare "or" too: "an increase of 4.8% or £1.2 billion", taken only after a stated change)
_APPOSITIVE_AMOUNT = re.compile(rf"\s*(?:\((?:\s*by\s+{HEDGE})?|,\s*(?:or\s+)?{HEDGE}|(?<!\w)or\s+{HEDGE})\s*$", re.I)
# "up 9% over the same period last year (", "a rise of 4% compared with 2023 (": a change
# set against a named base, then a bracket: the bracket gives the base's level, not the change
# (or "on" an earlier period: "down 3.7% on the previous year (£5.62bn)", "up 9% on 2023 ($1.5bn)")
_BASE_BEFORE_BRACKET = re.compile(r"\b(?:over|compared\s+(?:to|with)|against|versus|vs\.?)\s+\S"
                                  r"|\bon\s+(?:(?:the\s+)?(?:previous|prior|preceding|last|same)\b|(?:19|20)\d\d\b)", re.I)
_LEVEL_WORDS = re.compile(r"\b(?:to|at|reach\w*|total\w*|amount\w*|stood|standing|worth|of|from|than|hit|with|and|while|but)\b", re.I)


def _change_in_money(s: Site) -> bool:
    """An amount set beside a percentage change with nothing but a comma, "or" or a
    bracket (and perhaps when) between: the change again, in money. A new level comes with
    a word of its own ("to $4.2bn", "at $4.2bn", "reaching ...")."""
    gap = s.gap
    tail = _APPOSITIVE_AMOUNT.search(gap)
    if tail is None or re.search(r"\d", gap) or EARLIER_IN_BRACKET.match(s.after):
        return False  # ("down 3.1 percent (USD 3.63 billion a year earlier)": the earlier level)
    if sibling_labelled_bracket(s) is not None:
        return False  # ("up 21.3% ($1.16bn)" under "up 16.3% (2023: $5.7bn)": the earlier level)
    head = gap[:tail.start()]
    if _LEVEL_WORDS.search(head) or any(s.prev_end <= f.start < s.m.start for f in s.ms["flow"]):
        return False
    if "(" in tail.group(0) and _BASE_BEFORE_BRACKET.search(head):
        return False  # ("up 9% over the same period last year ($1.49 billion)": the base's level)
    if "(" in tail.group(0) and _signed_change_before_unsigned_amount(s):
        return False  # ("Exports -1.5% m/m ($60.12 bln)": the flow's new level)
    return "(" in tail.group(0) or "," in tail.group(0) or _bare_or_after_a_stated_change(s, tail)


def _signed_change_before_unsigned_amount(s: Site) -> bool:
    """Whether the percentage before the amount is written with its sign ("-1.5%") and the
    amount without one ("Exports -1.5% m/m ($60.12 bln)"): notes that sign a change sign its
    money too ("+2.1% (+$1.3bn)"), so an unsigned amount is the flow's level, not its change."""
    p = s.prev
    return p is not None and p.kind == "percent_change" and p.text[:1] in "+-−" \
        and not s.m.attrs.get("sign")


# (compiled once: a literal pattern of the reading below, tried per claim)
_BARE_OR_AFTER_A_STATED_CHANGE_RE = re.compile(rf"\s*or\s+{HEDGE}\s*", re.I)


def _bare_or_after_a_stated_change(s: Site, tail: re.Match) -> bool:
    """"an increase of 4.8% or £1.2 billion", "rose by 4.8% or £1.2 billion": a bare "or"
    after a percentage said to be a change (a change noun or verb before it) gives the
    same change in money; after a bare percentage it may be a level in its own right."""
    p = s.prev
    if p is None or p.kind != "percent_change" or not _BARE_OR_AFTER_A_STATED_CHANGE_RE.fullmatch(tail.group(0)):
        return False
    return ABS_CHANGE_BEFORE.search(s.text[max(s.sent.start, p.start - 80):p.start]) is not None


@rule("measure", "forecast-range", "text")
def forecast_range(s: Site):
    """"Estimates range from $64.0 billion to $73.5 billion", "with forecasts ranging between
    a 2% fall and a 1% rise": the ends of a range of forecasts (vocab/forecast_range_subjects.csv)
    are what forecasters foresaw, each no point forecast of the flow, so they meet no figure."""
    if s.kind not in ("amount", "percent_change") or s.claim.measure == "other":
        return None
    before = s.text[max(s.sent.start, s.m.start - 120):s.m.start]
    if "rang" not in before.lower():
        return None  # (cheap: no verb of range)
    found = _forecast_range_re().search(before)
    return Decision({"_forecast": True}) if found else None


@functools.cache
def _forecast_range_re() -> re.Pattern:
    nouns = vocab.alternation([r["word"] for r in vocab.table("forecast_range_subjects")], ignore_case=True)
    # the noun, a few words of its own ("in a Reuters poll"), the verb of range and its ends
    # up to the figure: "from", "between", or the first end and "to" / "and"
    words = r"(?:[^.;:]|\.\d)"  # (a decimal point is no full stop)
    return re.compile(rf"\b(?:{nouns})\b{words}{{0,40}}?\brang(?:e|es|ed|ing)\s+(?:from|between)\s+{words}{{0,50}}$", re.I)


@rule("measure", "forecast-label", "text")
def forecast_label(s: Site):
    """"Exports +7.5% yoy (GS: +6.5%, cons: +6.0%, Aug: +11.2%)", "(consensus: EUR14.0bn)":
    a figure a bracket labels as a forecast (vocab/bracket_labels.csv), or by a name (a
    bank's) that is no period, place, flow or product, is what was foreseen, not a flow."""
    if s.kind not in ("amount", "percent_change", "share") or s.claim.measure == "other":
        return None
    lab = bracket_label(s.text, s.sent.start, s.m.start)
    if lab is None:
        return None
    word, at, end = lab["label"], lab.start("label"), lab.end("label")
    kind = vocab.bracket_labels().get(word.lower())
    if kind is None and word[0].isupper() and len(word.split()) <= 3 and not any(
            x.start < end and at < x.end for x in s.ms["country"] + s.ms["flow"] + s.ms["commodity"] + s.ms["period"]):
        kind = "forecast"
    if kind != "forecast":
        return None
    return Decision({"_forecast": True, "_forecast_of": s.claim.measure, "_forecast_said_after": True}, (at, end))


@rule("measure", "forecast-column", "text")
def forecast_column(s: Site):
    """"Economy | Exports | y/y | Poll | Imports" over "Taiwan | $49.8 bln | +34.9% | +22.0% |":
    a table column headed by a forecast's label (vocab/bracket_labels.csv, kind forecast:
    "Poll", "Consensus") holds what was foreseen, not a second outcome beside the actual one."""
    if s.kind not in ("amount", "percent_change", "share") or s.claim.measure == "other" \
            or "|" not in s.text[s.sent.start:s.m.start]:
        return None
    span = table_header_span(s.text, s.m.start)
    if span is None or vocab.bracket_labels().get(" ".join(s.text[span[0]:span[1]].split()).lower()) != "forecast":
        return None
    # (labelled by its column, as a bracket's label does: the cells after it are no forecast)
    return Decision({"_forecast": True, "_forecast_of": s.claim.measure, "_forecast_said_after": True}, span)


@rule("measure", "not-a-flow", "text")
def not_a_flow(s: Site):
    """A goal, a forecast, a unit price or an exchange rate: "a target of $5bn by 2030",
    "$165 per tonne", "N1,500 to the dollar"; a change forecast ("expects ... exports rising
    22 percent")."""
    if s.kind == "share" and s.claim.measure != "other" and _share_of_a_change_re().match(s.after):
        return Decision({})  # "gold accounting for half of the gain": a part of a change, no level's share
    if s.kind == "share" and s.claim.measure != "other" and share_of_use_in_place(s.after):
        return Decision({})  # "half of the tea used in Egypt": a market share (link/use_shares.py), no flow's
    if s.kind == "share" and s.claim.measure != "other" and share_of_world_goods(s.after):
        return Decision({})  # "about 90% of the world's diamonds": a part of the world's making, no flow's
    forecast = {"_forecast": True, "_forecast_of": s.claim.measure}
    if s.extra.get("_foreseen") and s.claim.measure != "other":
        return Decision(forecast)  # "World trade is projected to fall 5%, to $30bn" (see flow_word)
    if s.kind in ("percent_change", "multiple") and s.claim.measure != "other" and not _labelled_earlier(s) and (
            is_future(s.text, s.sent, s.m, s.ctx) or _forecast_goes_on(s)):
        return Decision(_said_in_a_noun_phrase(s, forecast))
    if s.kind == "percent_change" and s.claim.measure != "other" and _on_a_basis_of_its_own(s):
        return Decision({})
    if s.kind == "percent_change" and s.claim.measure != "other" and _to_a_unit_price(s.after):
        return Decision({})  # "The average value of exports rose 5 per cent to $3.15 per litre": the unit value's change
    if s.kind == "percent_change" and s.claim.measure != "other" and _same_subject_as_a_unit_price(s):
        return Decision({})  # "Spot gold hit $2,450 an ounce on May 20, and is up around 14%": the price's change
    if s.kind in ("percent_change", "multiple") and s.claim.measure != "other" and (
            forecast_after_re().match(s.after) or forecast_noun_after_re().match(s.after)):
        # (its cue comes after it, so the figures that follow are not under it; "exceeding
        # the 5-percent growth forecast": the noun after the figure names a forecast too)
        return Decision({**forecast, "_forecast_said_after": True})
    if s.kind != "amount" or s.claim.measure == "other":
        return None
    if is_goal(s):
        return Decision(_said_in_a_noun_phrase(s, forecast))
    if UNIT_PRICE_AFTER.match(s.after) or FX_AFTER.match(s.after) or _in_minor_units(s):
        return Decision({})
    if _worth_in_potential_re().match(s.after):
        return Decision({})  # "worth €8.2 billion in additional export potential": a chance valued, no flow
    return None


def _said_in_a_noun_phrase(s: Site, forecast: dict) -> dict:
    """`forecast`, marked said after its figure when its cue is a noun that opens the
    figure's phrase ("beating expectations of a 4.9% gain, while imports grew 8.6%": the
    noun's phrase holds its figure alone, so the figures after it are not under it). (Read
    only for a forecast found: most figures are none.)"""
    if _forecast_in_a_noun_phrase(s):
        forecast["_forecast_said_after"] = True
    return forecast


@functools.cache
def _worth_in_potential_re() -> re.Pattern:
    # "€8.2 billion in additional export potential" (vocab/potential_nouns.csv), two words
    # between at most
    words = vocab.alternation(vocab.potential_nouns(), ignore_case=True, space=r"[\s-]+")
    return re.compile(rf"\s+in\s+(?:[\w-]+\s+){{0,2}}?(?:{words})\b", re.I)


@rule("measure", "count-subject", "text")
def count_subject(s: Site):
    """"the number of regular exporting companies rose to 41,392, 2.4% more than a year
    earlier": a change whose clause has a count for its subject (vocab/count_subjects.csv),
    with no money between the subject and the change, is that count's change, no flow's."""
    if s.kind not in ("percent_change", "multiple") or s.claim.measure == "other":
        return None
    start = max(s.sent.start, s.prev_end)
    if _counted_figure_before_re().search(s.text, start, s.m.start):
        # ("motor vehicles (-4.1%; number of units 2,283 thousand, -2.6%)": the change right
        # after a count given with its label, vocab/counted_subjects.csv, is that count's)
        return Decision({})
    if ":" in s.text[start:s.m.start] and _count_label_before_re().search(s.text, start, s.m.start):
        # ("- Regular exporting companies: 17,357 (+3.1%)": the change bracketed after the
        # bare figure of a line labelled by a counted noun, vocab/count_labels.csv)
        return Decision({})
    mm = None
    for mm in _count_subject_re().finditer(s.text, start, s.m.start):
        pass
    if mm is None or re.search(r"[;$€£¥]", s.text[mm.end():s.m.start]):
        return None
    return Decision({})


@functools.cache
def _counted_figure_before_re() -> re.Pattern:
    # a counted noun, then its bare figure and scale words, then the comma before the change
    nouns = vocab.alternation(vocab.counted_subjects(), ignore_case=True, space=r"\s+")
    scales = vocab.alternation(vocab.scales(), ignore_case=True)
    return re.compile(rf"(?<![\w-])(?:{nouns})\s+\d+(?:,\d{{3}})*(?:\.\d+)?(?:\s+(?:{scales}))*\s*,\s*$", re.I)


@functools.cache
def _count_label_before_re() -> re.Pattern:
    # a counted noun ending a label, its colon, a bare figure (no currency) and the bracket
    nouns = vocab.alternation(vocab.count_labels(), ignore_case=True, space=r"\s+")
    scales = vocab.alternation(vocab.scales(), ignore_case=True)
    return re.compile(rf"(?<![\w-])(?:{nouns})\s*:\s*\d+(?:,\d{{3}})*(?:\.\d+)?(?:\s+(?:{scales}))*\s*\(\s*$", re.I)


@rule("measure", "count-of-goods", "text")
def count_of_goods(s: Site):
    """"Korea shipped 41.2 million handsets in the quarter, up 5.1 percent": a change after a
    count of goods (a number, perhaps its scale word, right before a product's name, no money
    unit) in its clause is that count's change, not the money value's; its own series, which
    no figure here checks."""
    if s.kind not in ("percent_change", "multiple") or s.claim.measure == "other":
        return None
    start = max(s.sent.start, s.prev_end)
    if not any(ch.isdigit() for ch in s.text[start:s.m.start]):
        return None  # (cheap: most clauses hold no number before the change)
    for mm in _count_of_goods_re().finditer(s.text, start, s.m.start):
        if re.search(r"[;$€£¥]", s.text[mm.end():s.m.start]) or re.fullmatch(r"(?:19|20)\d\d\s+", mm.group(0)):
            continue  # (money between; or a year: "2024 chip exports rose")
        if any(x.start == mm.end() for x in s.ms["commodity"]):
            return Decision({})
        if " from " in s.after[:8] and _from_a_bare_count_re().match(s.after):
            # ("exported 2.23 million bicycles, down 12.5 percent from 2.55 million a year
            # earlier": a count, then the change against an earlier level with no money unit,
            # is the count's change, whatever the goods; the value's change comes on its own)
            return Decision({})
    return None


@functools.cache
def _from_a_bare_count_re() -> re.Pattern:
    # right after the change: "from", a bare figure and its scale words, then the clause's end
    # or a period ("a year earlier", "in 2021"); never a unit or a currency after it
    scales = vocab.alternation(vocab.scales(), ignore_case=True)
    return re.compile(rf"\s+from\s+{HEDGE}\d+(?:,\d{{3}})*(?:\.\d+)?(?:\s+(?:{scales}))*"
                      r"(?=\s*(?:[,;)]|\.(?:\s|$)|$)|\s+(?:in|a|last|during|over|the|earlier|previously)\b)", re.I)


@functools.cache
def _count_of_goods_re() -> re.Pattern:
    # a bare number and its scale words, not inside a money figure ("224.1 billion")
    scales = vocab.alternation(vocab.scales(), ignore_case=True)
    return re.compile(rf"(?<![\w$€£¥.,])\d+(?:,\d{{3}})*(?:\.\d+)?(?:\s+(?:{scales}))*\s+(?=[a-z])", re.I)


@functools.cache
def _count_subject_re() -> re.Pattern:
    words = vocab.alternation([r["phrase"] for r in vocab.table("count_subjects")], ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{words})\s+(?:[\w'’-]+\s+){{0,6}}?(?:rose|fell|grew|increased|decreased|declined|dropped|climbed|went\s+(?:up|down)|was|were|stood|reached)\b", re.I)


@functools.cache
def _share_of_a_change_re() -> re.Pattern:
    # "roughly half of the gain", "a third of the increase" (vocab/change_nouns.csv)
    nouns = vocab.alternation(vocab.change_nouns(), ignore_case=True)
    return re.compile(rf"^\s+of\s+(?:the|that|this)\s+(?:{nouns})\b", re.I)


def _in_minor_units(s: Site) -> bool:
    """"The loonie traded at 71.84 cents U.S.": money given in a currency's minor unit (cents,
    pence: a unit below 1 in vocab/currencies.csv) with no scale word is a price or a rate,
    never a trade flow."""
    return _minor_unit_re().search(s.claim.text) is not None


@functools.cache
def _minor_unit_re() -> re.Pattern:
    minor = [r["token"] for r in vocab.table("currencies") if r.get("unit") and float(r["unit"]) < 1]
    words = vocab.alternation(minor, ignore_case=True, space=r"\s+") if minor else r"(?!)"
    return re.compile(rf"\d\s*(?:{words})$", re.I)


# "to $3.15", "to US$ 3.02", "to A$ 9.80": the level a change reaches, as money
_TO_PRICE = re.compile(rf"\s*to\s+{HEDGE}(?:[A-Z]{{1,3}}\s?)?(?:[$€£¥₹]|Rs\.?|EUR|USD)\s*\d[\d.,]*(?:\s*cents?)?")


# ", and is up around ": a second verb of the same subject, no new subject between
# (a day of the month may stand in it: "on May 20", no other figure)
_SAME_SUBJECT_GOES_ON = re.compile(r"^(?:[^.;:\d$€£¥]|(?<!\d)\d{1,2}(?!\d|[.,]\d|\s*%)){0,50}?,?\s+and\s+(?:is|was|are|were|has|had|have)\s+(?:been\s+)?"
                                   rf"(?:[a-z]+\s+){{0,2}}?{HEDGE}$", re.I)


def _same_subject_as_a_unit_price(s: Site) -> bool:
    """"Spot gold hit a record of about $2,450 an ounce on May 20, and is up around 14% so far
    this year": a change said of the same subject as the price per unit before it in its
    sentence is that price's change."""
    p = s.prev
    if p is None or p.kind != "amount" or p.measure != "other" or " and " not in s.gap:
        return False
    after = s.text[p.end:s.m.start]
    unit = UNIT_PRICE_AFTER.match(after)
    return unit is not None and _SAME_SUBJECT_GOES_ON.match(after[unit.end():]) is not None


# "1.2% lower at 814 yuan ($112.49) a ton", "down 0.8% at $106.15 a ton": the price a change
# leaves a market at (a word of direction may come first), the money's sign before it or its
# name after it (vocab/currencies.csv)
@functools.cache
def _at_price_re() -> re.Pattern:
    after = vocab.alternation([r["token"] for r in vocab.currencies() if r["position"] in ("suffix", "both")],
                              ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*(?:[a-z]+\s+)?at\s+{HEDGE}(?:(?:[A-Z]{{1,3}}\s?)?(?:[$€£¥₹]|Rs\.?|EUR|USD)\s*\d[\d.,]*(?:\s*cents?)?"
                      rf"|\d[\d.,]*\s*(?:{after})(?![\w-]))", re.I)


def _to_a_unit_price(after: str) -> bool:
    """Whether the level a change reaches, or the price it leaves a market at, is a price per
    unit (per litre, a tonne), so the change is of that unit value, not of the flow's money."""
    head = after[:70]
    if "per " not in head and "/" not in head and " a " not in head and " an " not in head:
        return False  # (checked first: cheap)
    to = _TO_PRICE.match(after) or _at_price_re().match(after)
    return bool(to) and UNIT_PRICE_AFTER.match(after[to.end():]) is not None


@rule("measure", "addition-to", "text")
def addition_to(s: Site):
    """"The pact could add $30 billion a year to world output and $80 billion to world
    trade": money added to a quantity named after "to" is a gain in it, not its level (so two
    such gains are no part and whole); also the next figure of the same verb, after "and"
    (vocab/addition_verbs.csv)."""
    if s.kind != "amount" or s.claim.measure == "other" or "add" not in s.before.lower():
        return None
    if s.claim.how.get("measure") == "balance-contribution":
        return None  # ("net exports added £2bn to GDP": the balance itself, link/balance_contributions.py)
    if not _ADDED_TO.match(s.after):
        return None
    verb = _addition_verb_re().search(s.before)
    if verb is None:
        return None
    between = s.before[verb.end():]
    verb_end = s.m.start - len(between)
    if s.prev is not None and s.prev.start >= verb_end and s.prev.extra.get("_addition"):
        # ("... to world output and $80 billion to world trade": the verb's second figure)
        if not re.search(r"\band\s+(?:another\s+|a\s+further\s+)?$", s.gap, re.I):
            return None
    elif between.strip(" ") and not re.fullmatch(r"\s*(?:up\s+to|about|around|some|nearly|almost|roughly|as\s+much\s+as|an?\s+(?:extra|additional|estimated|further))?\s*", between, re.I):
        return None
    return Decision({"_addition": True})


# after the figure: "to" and the quantity it is added to, not a level it reaches ("added $5bn
# to $50bn", "to reach $50bn"); a rate of the gain may stand between ("a year to")
_ADDED_TO = re.compile(r"\s+(?:(?:a|per|each)\s+year\s+|annually\s+|every\s+year\s+)?to\s+(?!reach\b|hit\b|top\b|\d|[$€£¥])(?:the\s+)?[a-z]", re.I)


@functools.cache
def _addition_verb_re() -> re.Pattern:
    """The last addition verb before the figure, with no full stop, semicolon or colon after it."""
    verbs = vocab.alternation([r["word"] for r in vocab.table("addition_verbs")], ignore_case=True)
    return re.compile(rf"\b(?:{verbs})\b(?=[^.;:]*$)(?!.*\b(?:{verbs})\b)", re.I)


@rule("measure", "hypothetical", "text")
def hypothetical(s: Site):
    """"If a country exports $100 billion and imports $120 billion, its trade balance is
    minus $20 billion": a figure after a conditional or made-up case with a generic subject
    (vocab/hypothetical_cues.csv) illustrates a term; no statistic of any place."""
    if s.kind not in ("amount", "percent_change", "share", "multiple") or s.claim.measure == "other":
        return None
    if s.ctx.made_up and any(a <= s.m.start < b for a, b in s.ctx.made_up):
        return Decision({})  # "Suppose a dealer imports a car worth $40,000. The tariff is $10,000."
    words = s.text[s.sent.start:s.m.start]
    if "would" in words and _counterfactual_re().search(words):
        return Decision({})  # "a third would imply EU exports of around £287 billion": a what-if
    if "factual" in s.after and _what_if_after_re().match(s.after):
        return Decision({})  # "puts imports at $36 billion in the no-tariff counterfactual"
    if not holds_any(words, _hypothetical_keys()) or not _hypothetical_re().search(words):
        return None
    return Decision({})


@functools.cache
def _what_if_after_re() -> re.Pattern:
    """A word of a what-if world later in the figure's clause (vocab/hypothetical_cues.csv,
    role after): "$36 billion in the no-tariff counterfactual"."""
    words = vocab.alternation(vocab.hypothetical_cues("after"), ignore_case=True, space=r"\s+")
    return re.compile(rf"[^.;,:\d$€£¥]*\b(?:{words})\b", re.I)


@functools.cache
def _counterfactual_re() -> re.Pattern:
    """"would imply", "would have needed to": what a claim would take if it were true, with
    no full stop, semicolon or figure between it and the figure (vocab/hypothetical_cues.csv,
    role counterfactual)."""
    verb = vocab.alternation(vocab.hypothetical_cues("counterfactual"), ignore_case=True, space=r"\s+")
    return re.compile(rf"\bwould\s+{verb}\b[^.;:\d$€£¥]*$", re.I)


@functools.cache
def _hypothetical_keys() -> tuple[str, ...]:
    from .cues import longest_words

    return longest_words(vocab.hypothetical_cues("subject"))


@functools.cache
def _hypothetical_re() -> re.Pattern:
    cue = vocab.alternation(vocab.hypothetical_cues("cue"), ignore_case=True, space=r"\s+")
    subject = vocab.alternation(vocab.hypothetical_cues("subject"), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{cue})\b[\s,]+(?:that\s+)?(?:{subject})\b", re.I)


def is_goal(s: Site) -> bool:
    """An amount to be reached, forecast or aimed at, not one that happened."""
    return bool(is_future(s.text, s.sent, s.m, s.ctx) or GOAL_AFTER.match(s.after) or reach_after_re().match(s.after)
                or forecast_after_re().match(s.after) or _forecast_goes_on(s) or _approached(s))


def _approached(s: Site) -> bool:
    """"Towards US$ 150 billion bilateral trade": a level the words right before the figure
    say is approached (vocab/goal_prepositions.csv), not reached."""
    before = s.text[max(s.sent.start, s.m.start - 30):s.m.start]
    # (the literal word checked first, cheap)
    return "oward" in before.lower() and _approached_re().search(before) is not None


@functools.cache
def _approached_re() -> re.Pattern:
    words = vocab.alternation([r["word"] for r in vocab.table("goal_prepositions")], ignore_case=True)
    return re.compile(rf"\b(?:{words})\s+{HEDGE}$", re.I)


# (compiled once: a literal pattern of the reading below, tried per claim)
_FORECAST_GOES_ON_RE = re.compile(rf"\bto\s*{HEDGE}$")


def _on_a_basis_of_its_own(s: Site) -> bool:
    """"On a 3m/3m annualised basis, NODX contracted 12.5% sa", "Adjusted for working days,
    average daily exports rose 3.5%": a change on a basis of its own (vocab/rate_basis_cues.csv),
    said in its clause before it or right after it, is no plain change of the flow; nor is
    any change of a sentence a clause of such words opens ("Adjusted for working days,
    exports declined by 11.8% and imports by 13.2%": both figures)."""
    before = s.text[max(s.sent.start, s.prev_end):s.m.start]
    after = re.match(r"[^\d;]{0,40}", s.after).group(0)
    opener = _OPENING_CLAUSE.match(s.text, s.sent.start, s.m.start)
    fronted = opener.group(0) if opener is not None and opener.end() <= max(s.sent.start, s.prev_end) else ""
    pattern, keys = _rate_basis()
    low = (before + " " + after + " " + fronted).lower()
    if not any(k in low for k in keys):
        return False  # (cheap: no phrase's longest word)
    return pattern.search(before) is not None or pattern.search(after) is not None or pattern.search(fronted) is not None


# a sentence's opening clause, up to its comma, with no figure ("Adjusted for working days,")
_OPENING_CLAUSE = re.compile(r"[^,;:\d]{3,60},")


@functools.cache
def _rate_basis() -> tuple[re.Pattern, frozenset[str]]:
    """The pattern of vocab/rate_basis_cues.csv and each phrase's longest word, which a
    sentence must hold before the pattern is run."""
    phrases = [r["phrase"] for r in vocab.table("rate_basis_cues")]
    words = vocab.alternation(phrases, ignore_case=True, space=r"[\s-]+")
    keys = frozenset(max(re.split(r"[\s-]+", p.lower()), key=len) for p in phrases)
    return re.compile(rf"(?<![\w/])(?:{words})(?![\w/])", re.I), keys


def _labelled_earlier(s: Site) -> bool:
    """"Our f'cast for December exports is +6% y/y (prev. month: +1.4%)": a figure a
    bracket labels as the period before's (vocab/bracket_labels.csv) is what happened then,
    not part of the forecast its sentence makes."""
    if "(" not in s.text[s.prev_end:s.m.start]:
        return False  # (cheap: no bracket opened since the figure before)
    lab = bracket_label(s.text, s.sent.start, s.m.start)
    return lab is not None and vocab.bracket_labels().get(lab["label"].lower()) == "earlier"


def _forecast_goes_on(s: Site) -> bool:
    """"INDEC expects an $18bn surplus, with exports rising 22 percent to $81bn and imports
    falling 14 percent to $63bn": the figures after a forecast in its sentence are forecast
    too, unless the words between them turn to what happened ("against $73bn last year")."""
    p = s.prev
    if (p is not None and bool(p.extra.get("_forecast")) and p.extra.get("_forecast_of") not in (None, "other")
            and not p.extra.get("_forecast_said_after")
            and not re.search(r"\b(?:after|against|versus|compared|from|than|last|previous|earlier|ago|was|were|had|stood)\b|[;(]", s.gap, re.I)
            and not _PAST_CLAUSE.search(s.gap)):
        return True
    # "trade was to triple from 5 billion USD in 2015 to 15 billion USD by 2020": the level a
    # goal's change is to reach, by its year
    goal = s.last_relation
    return (s.kind == "amount" and goal is not None and goal.sentence == s.sent.index and bool(goal.extra.get("_forecast"))
            and _FORECAST_GOES_ON_RE.search(s.text[max(s.sent.start, s.m.start - 20):s.m.start]) is not None
            and re.match(r"^[^.;]{0,30}?\b(?:by|until)\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d\b", s.after) is not None)


# ", whose combined overseas chip sales": a relative clause on its owner, up to the figure;
# or closed, the owner the subject of the verb after it (", whose ... $52 billion, accounted
# for about 77 percent")
_WHOSE_CLAUSE = re.compile(r",\s+whose\s+[^,;()]*$|,\s+whose\s+[^,;()]*,\s+(?:[a-z]+\s+){1,4}$")


@rule("measure", "owned-by-a-name", "text")
def owned_by_a_name(s: Site):
    """"Samsung Electronics and SK hynix, whose combined overseas chip sales KITA estimated
    at $52 billion": a figure in a relative clause on a name that is no place, product or
    flow (a company's) is that owner's, no flow of the country ("China, whose exports rose"
    is China's: extract/mentions.py)."""
    if s.kind not in ("amount", "percent_change", "share") or s.claim.measure == "other":
        return None
    clause = _WHOSE_CLAUSE.search(s.text, s.sent.start, s.m.start)
    if clause is None or not re.search(r"[A-Z][\w&.'’-]*(?:\s+[\w&.'’-]+){0,3}$", s.text[s.sent.start:clause.start()]):
        return None
    if s.kind == "share" and not clause.group(0).endswith(" "):
        return None
    at = clause.start()
    if any(x.start < at <= x.end + 3 and not _in_a_name(s.text, x) for x in s.ms["country"] + s.ms["commodity"] + s.ms["flow"]):
        return None  # (a place's, a product's or a flow's own figure)
    if any(x.start < at and _PRODUCT_FORM_TAIL.fullmatch(s.text, x.end, at) and not _in_a_name(s.text, x) for x in s.ms["commodity"]):
        return None  # ("nickel matte, whose exports": a form of a product is a product too)
    return Decision({})


# the lower-case words after a product's name that make it one form of the product ("nickel
# matte", "copper cathodes"), right before the relative clause's comma; no preposition or
# article ("steel to rivals, whose" is the rivals')
_PRODUCT_FORM_TAIL = re.compile(r"(?:\s+(?!(?:to|from|of|in|for|with|by|at|on|and|or|but|the|a|an|its|their)\b)[a-z][a-z-]+){1,2}\s*")


def _in_a_name(text: str, x: Mention) -> bool:
    """A product word inside a name ("Samsung Electronics"): a capitalised word before it."""
    return x.kind == "commodity" and bool(re.search(r"[A-Z][\w&.'’-]*\s+$", text[max(0, x.start - 30):x.start]))


# (compiled once: a literal pattern of the reading below, tried per claim)
_EARLIER_LEVEL_OF_OTHER_RE = re.compile(rf"\b(?:compared\s+(?:with|to)|against|versus|from|than)\s+{HEDGE}$")


def _forecast_before(text: str, start: int, end: int) -> bool:
    """Whether a forecast cue stands in text[start:end] (its words checked first: cheap)."""
    words = text[start:end]
    return holds_any(words, future_keys()) and bool(future_re().search(words))


@rule("measure", "earlier-level-of-other", "context")
def earlier_level_of_other(s: Site):
    """"the naira traded at about N1,500 to the dollar, compared with N461 a year earlier":
    the earlier level of a figure that is no trade flow is none either."""
    p = s.prev
    if s.kind != "amount" or p is None or p.kind != "amount" or p.measure != "other" or p.extra.get("change_of") \
            or p.extra.get("_forecast") or _forecast_before(s.text, max(s.sent.start, p.start - 80), p.start):
        return None  # (the level a forecast starts from happened: a flow)
    if _EARLIER_LEVEL_OF_OTHER_RE.search(s.before) \
            and not any(p.end <= f.start < s.m.start and f.attrs["measure"] != "other" for f in s.ms["flow"]):
        return Decision({}, (p.start, p.end))
    return None


@rule("measure", "company-turnover", "text")
def company_turnover(s: Site):
    """"Sun Pharma, the country's biggest drug maker, said its US formulation sales were $1.9
    billion, accounting for 31 per cent of its consolidated revenue": a company's sales or
    revenue (vocab/company_words.csv) are its turnover, no trade flow of the country."""
    if s.claim.measure == "other":
        return None
    if s.kind == "share" and of_company_turnover().match(s.after):
        return Decision({})  # "accounted for 58% of the company's revenue"
    if s.kind == "share" and share_of_firms_turnover(s.text, s.sent.start, s.m.start, s.after):
        return Decision({})  # "Acme Tools said China accounted for 44% of its sales"
    flow = s.flow
    if flow is None or not turnover_word(s.text[flow.start:flow.end]):
        return None
    if company_subject(s.text, s.sent.start, flow.start):
        return Decision({})
    # "Acme Mining said last month its rough stone sales rose to $6.6 billion", "Acme
    # Flowers reported a turnover of €4.9 billion": sales a name says are its own, or reports,
    # are a company's turnover, not the country's exports of the goods ("trade turnover" is
    # the country's trade whoever reports it)
    if "trade" in s.text[flow.start:flow.end].lower():
        return None
    return Decision({}) if turnover_owner(s.text, max(s.sent.start, s.prev_end), flow.start) else None


@rule("measure", "company-report-turnover", "context")
def company_report_turnover(s: Site):
    """"Acme Tools AG ... Sales in Asia rose 9% to €350 million": in a company's own report
    (link/company_reports.py) sales or revenue with no owner named are the company's."""
    if s.claim.measure == "other" or s.flow is None:
        return None
    return Decision({}) if turnover_of_the_company(s.text, s.text[s.flow.start:s.flow.end]) else None


@functools.cache
def of_company_turnover() -> re.Pattern:
    """A share's whole that is a company's turnover: "of the company's revenue", "of the
    carmaker's sales", "of group sales" (vocab/company_words.csv: a company noun, then a
    turnover word)."""
    from .. import vocab

    noun = vocab.alternation(vocab.company_words("noun"), ignore_case=True, space=r"\s+")
    turnover = vocab.alternation(vocab.company_words("turnover"), ignore_case=True)
    # (or the noun before the turnover word: "of group sales", "of its group revenue")
    return re.compile(rf"^\s*of\s+(?:(?:the|its|their)\s+(?:[\w-]+\s+)?(?:{noun})['’]s\s+(?:[\w-]+\s+){{0,2}}?"
                      rf"|(?:its\s+|the\s+)?(?:{noun})\s+)(?:{turnover})\b", re.I)


@rule("measure", "currency-subject", "text")
def currency_subject(s: Site):
    """"the naira lost more than half of its value against the dollar": a change whose
    subject is a currency, in a clause that names no flow, is an exchange rate's; so is a
    change "against the dollar" (or another currency), whatever its clause's subject."""
    if s.kind not in ("percent_change", "multiple") or s.claim.measure == "other":
        return None
    if "against" in s.after[:40]:
        # "the baht's strength, which gained about 9% against the US dollar", "the peso, which
        # lost around 29% of its value against the dollar": a change measured against another
        # currency is that currency's rate moving, whatever the clause's subject is
        against = _against_a_currency_re().match(s.after)
        if against:
            return Decision({}, (s.m.start, s.m.end + against.end()))
    clause = s.text[max(s.sent.start, s.prev_end):s.m.start]
    if any(max(s.sent.start, s.prev_end) <= f.start < s.m.start for f in s.ms["flow"]):
        return None
    if _currency_subject_re().search(clause):
        return Decision({})
    return None


@functools.cache
def _against_a_currency_re() -> re.Pattern:
    # "against the (US) dollar", "(of) its value against the greenback": a currency's name
    # (vocab/currencies.csv) or a market's name for one (vocab/market_subjects.csv), right
    # after the change
    tokens = [r["token"] for r in vocab.currencies() if r["token"].replace(" ", "").replace(".", "").isalpha() and len(r["token"]) > 2]
    words = vocab.alternation(tokens + vocab.market_subjects("name"), ignore_case=True, space=r"\s+")
    return re.compile(rf"^\s+(?:(?:of\s+)?(?:its|their)\s+value\s+)?against\s+(?:the\s+|a\s+)?(?:[\w.-]+\s+)?(?:{words})\b", re.I)


@functools.cache
def _currency_subject_re() -> re.Pattern:
    # a currency's word names one only as a word of its own: not "dollar" in "$5bn"
    words = vocab.alternation([r["token"] for r in vocab.currencies() if r["token"].isalpha() and len(r["token"]) > 2],
                              ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:the|a|its|their)\s+(?:[\w-]+\s+)?(?:{words})\s+(?:has\s+|had\s+)?(?:lost|gained|fell|rose|weakened|strengthened|depreciated|appreciated|slid|slumped|dropped|plunged|tumbled|firmed|climbed)\b", re.I)


@rule("measure", "market-subject", "text")
def market_subject(s: Site):
    """"Yuan firms 0.3%, Hang Seng up 1.2%", "The Shanghai Composite index ended 0.1% lower",
    "The ringgit, which has gained 5% this quarter, rose another 0.3%", "Sterling was up 0.2%
    at $1.2795": a change, or a price with no scale word, whose clause's subject is a stock
    index, a security, a yield or a currency (vocab/market_subjects.csv, currencies.csv) is a
    market's move, no trade figure, where no flow is named between that subject and it."""
    if s.claim.measure == "other":
        return None
    if s.kind == "amount" and s.m.attrs.get("scaled", True):
        return None  # an amount with a scale word ("$5.3bn") is a sum, not a price
    if s.kind == "share":
        return None
    subject = None
    for subject in _market_subject_re().finditer(s.text[s.sent.start:s.m.start]):
        pass
    defined = _market_acronyms(s.text) if "(" in s.text else ()
    if defined:
        # "The Zinc Price Index (ZPI) fell 4%, while the ZPI for ingots slid 6%": the
        # acronym the text gave the market subject in brackets stands for it
        for later in _acronym_subject_re(defined).finditer(s.text[s.sent.start:s.m.start]):
            if subject is None or later.start("subject") > subject.start():
                subject = later
    if subject is None:
        return None
    group = "subject" if subject["subject"] is not None else "code"
    start, end = s.sent.start + subject.start(group), s.sent.start + subject.end()
    if group == "code" and any(a.start == start for a in s.ms["amount"]):
        return None  # the code of an amount ("Imports: EUR 112.9 billion, -2.2% on the month"): its unit
    if group == "code" and s.text[max(0, start - 2):start].endswith("(") \
            and any(0 <= start - a.end <= 2 for a in s.ms["amount"]):
        # "reached 81.3 billion dirhams (MAD) in 2021, up 56.3%": a code in brackets right
        # after an amount glosses that amount's currency word, no market's subject
        return None
    if group == "subject" and s.text.startswith("(", end + 1) and any(a.start < start < a.end for a in s.ms["amount"]) \
            and any(end + 1 < a.start <= end + 4 for a in s.ms["amount"]):
        # "sales reached 2.4 trillion yuan (US$330 billion) last year, up 12 per cent": the
        # currency's word is the unit of an amount its bracket restates, no market's subject
        return None
    gap = s.text[end:s.m.start]
    # a new clause after the subject ("the yuan fell, and the total rose 5%") has its own
    if _CLAUSE_TURN.search(gap) or len(gap.split()) > 15:
        return None
    if group == "subject" and s.prev is not None and s.prev.kind == "amount" and s.prev.end == end \
            and not gap.strip(" ,") and s.claim.measure == s.prev.measure:
        # "- Exports: 98.18 trillion yen, +18.2% y/y": the currency is the unit of the amount
        # it closes, and the change right after it that amount's
        return None
    if any(end <= f.start < s.m.start for f in s.ms["flow"]):
        return None
    if group == "subject" and s.kind == "amount" and (s.m.attrs.get("codes") or [None])[0] == "USD":
        _note_stated_rate(s, subject["subject"])
    return Decision({}, (start, end))


def _note_stated_rate(s: Site, subject: str) -> None:
    """"The New Zealand dollar was little changed at $0.5730": a currency's price in dollars,
    the rate of the day the text was written. Kept on the claim so that a figure the text
    converts in brackets may be checked at it (check/amounts.py add_currency_pairs)."""
    words = subject.lower().split()
    code = _currency_codes().get(" ".join(words[-3:])) or _currency_codes().get(" ".join(words[-2:]))
    if code and code != "USD":
        s.claim.extra["usd_rate_of"] = code


@functools.cache
def _currency_codes() -> dict[str, str]:
    # a currency's name of two words or more ("new zealand dollar"): one word ("dollar")
    # names no one currency
    return {r["token"].lower(): r["codes"][0] for r in vocab.currencies()
            if " " in r["token"] and r["token"].replace(" ", "").isalpha()}


_CLAUSE_TURN = re.compile(r"[;:]|\b(?:and|but|while|whereas|although|though)\b", re.I)


# a sentence's end and the space after it, before a capital
_SENTENCE_GAP = re.compile(r"[.!?]\s+(?=[A-Z\"“])")
# an acronym in brackets: "(RAPI)", "(S&P)"
_BRACKETED_ACRONYM = re.compile(r"\(\s*([A-Z][A-Za-z&]{1,7})\s*\)")


@functools.lru_cache(maxsize=8)
def _market_acronyms(text: str) -> tuple[str, ...]:
    """The acronyms `text` defines in brackets right after a market subject ("The Zinc Price
    Index (ZPI) fell 4%": "ZPI"), which then name that subject on their own."""
    out = []
    for b in _BRACKETED_ACRONYM.finditer(text):
        line = text.rfind("\n", 0, b.start()) + 1
        line = max((e.end() for e in _SENTENCE_GAP.finditer(text, line, b.start())), default=line)
        before = text[line:b.start()].rstrip()
        if before and any(m.end() == len(before) for m in _market_subject_re().finditer(before)):
            out.append(b[1])
    return tuple(out)


@functools.lru_cache(maxsize=8)
def _acronym_subject_re(acronyms: tuple[str, ...]) -> re.Pattern:
    """One of `acronyms` where a clause's subject stands ("while the ZPI for ingots slid")."""
    words = "|".join(re.escape(a) for a in acronyms)
    return re.compile(rf"{_CLAUSE_START}\s*(?:the\s+)?(?P<subject>(?-i:{words}))(?![\w-])", re.I | re.M)


# where a clause starts: the text's, a line's or a bracket's start, after a punctuation mark or
# a bullet's arrow, or a conjunction
# (a decimal comma, "41,5 billion euros", "up 18,5%": a comma right before one or two digits
# that end a figure, is a sign inside the figure, no clause's start. A comma before three
# digits is left read as before: a thousands comma, "9,217.3 billion yen", had the currency
# word after it read as a subject, which some figures' readings still lean on)
_CLAUSE_START = r"(?:^|(?<=[;:(\n–—→•▪►‣])|(?<=(?<!\d),)|(?<=\d,)(?!\d{1,2}\b)|(?<=\s-\s)|(?<=\s-)|\b(?:while|and|but|as|whereas|after|though|although)\b)"


@functools.cache
def _market_subject_re() -> re.Pattern:
    """A market subject where a clause's subject stands: after the clause's start and at most
    a determiner and a few modifiers ("the offshore yuan", "the 10-year Treasury yield"),
    none a preposition ("helped by a weaker yen" has the yen as no subject)."""
    tokens = {r["token"] for r in vocab.currencies()}
    # a currency's name, not its code in either case ("USD", "usd": a code is an amount's unit)
    currency = [t for t in tokens if t.replace(" ", "").isalpha() and len(t) > 2 and t.upper() not in tokens]
    weak = {r["token"] for r in vocab.table("currencies") if "weak" in (r.get("flags") or "")}
    names = vocab.alternation([w for w in currency if w not in weak] + vocab.market_subjects("name"),
                              ignore_case=True, space=r"\s+")
    heads = vocab.alternation(vocab.market_subjects("head"), space=r"\s+")
    named = rf"(?-i:[A-Z][\w&/.-]*)(?:\s+(?-i:[A-Z0-9][\w&/.-]*)){{0,3}}\s+(?-i:{heads})"
    # an ISO code in capitals, or a pair of them, opening its clause ("AUD rose 0.3% to
    # 0.6440", "KRW +0.2%", "EUR/USD rose 0.2%"): a currency's move. (Not after modifiers:
    # after a figure, "1,891 million USD from Thailand", a code is the figure's unit.)
    iso = sorted({r["token"] for r in vocab.currencies() if re.fullmatch(r"[A-Z]{3}", r["token"]) and r["token"] in r["codes"]})
    code = rf"(?:the\s+)?(?P<code>(?-i:{'|'.join(iso)})(?:/(?-i:[A-Z]{{3}}))?)(?![\w-])"
    # (or a bullet's mark or arrow opening a line: "→ KOSPI +1.1% at the open")
    start = _CLAUSE_START
    # ("34.9 per cent": "cent" after "per" is a percentage's sign, no currency as subject)
    modifier = r"(?!(?:by|of|in|for|from|to|on|against|than|at|into|over|per)\b)[\w&/.'’-]+\s+"
    return re.compile(rf"{start}\s*(?:{code}|(?:(?:the|a|its|their)\s+)?(?:{modifier}){{0,3}}?(?P<subject>{named}|{names})(?![\w-])(?!\s+(?:area|zone)\b))",
                      re.I | re.M)


@rule("measure", "currency-operation", "text")
def currency_operation(s: Site):
    """"the central bank sold USD 180 million at foreign exchange auctions", "net-buying EUR
    1.9 billion in the interbank FX market": money a central bank deals in a currency market
    (vocab/fx_venues.csv) is an intervention, no export or import."""
    if s.kind != "amount" or s.claim.measure == "other":
        return None
    venue = _fx_venue_re().match(s.after)
    if venue:
        return Decision({}, (s.m.start, s.m.end + venue.end()))
    # "The central bank purchased about $370 million in 2017 under its intervention
    # framework": money bought or sold in the clause of an intervention is one too
    if "intervention" not in s.after.lower():
        return None  # (cheap: most figures have no such word after them)
    f = _governing(s)
    clause = _INTERVENTION_CLAUSE.match(s.after)
    if f is None or clause is None or not (BUY.match(f.text) or SELL.match(f.text)) or f.end > s.m.start:
        return None
    return Decision({}, (s.m.start, s.m.end + clause.end()))


# the rest of the figure's clause up to the word "intervention(s)"
_INTERVENTION_CLAUSE = re.compile(r"[^,;.]{0,60}?\binterventions?\b", re.I)


@functools.cache
def _fx_venue_re() -> re.Pattern:
    venues = vocab.alternation(vocab.fx_venues(), ignore_case=True, space=r"[\s-]+")
    return re.compile(rf"\s*(?:at|in|on|through|via)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){{0,2}}?(?:{venues})\b", re.I)


@rule("measure", "settlement-share", "text")
def settlement_share(s: Site):
    """"the share of national currencies in mutual settlements has reached 90%", "more than
    90% of settlements ... are made in rubles and yuan", "Settlements in national currencies
    account for over 95% of mutual trade": a share of payments by currency, not a partner's
    or product's share of a flow (vocab/settlement_nouns.csv). A share that goes on from one
    in its sentence with no flow or place of its own ("..., while the yuan accounted for
    33%") is another currency's share of the same payments."""
    if s.kind != "share" or s.claim.measure == "other":
        return None
    before, after = _settlement_res()
    clause = before.search(s.text, max(s.sent.start, s.prev_end), s.m.start) or after.match(s.after)
    if clause:
        at = s.m.end + clause.start() if clause.re is after else clause.start()
        return Decision({}, (at, at + len(clause.group(0))))
    p = s.prev
    if p is not None and p.kind == "share" and p.how.get("measure") == "settlement-share" \
            and not any(s.prev_end <= x.start < s.m.start for x in s.ms["flow"] + s.ms["country"]):
        return Decision({}, (p.start, p.end))
    return None


@functools.cache
def _settlement_res() -> tuple[re.Pattern, re.Pattern]:
    nouns = vocab.alternation(vocab.settlement_nouns(), ignore_case=True, space=r"\s+")
    # (a balance of payments is an account, not the payments' currency mix)
    before = re.compile(rf"\b(?<!balance\sof\s)(?:{nouns})\b", re.I)
    after = re.compile(rf"^\s+of\s+(?:(?:the|all|its|their|mutual|bilateral|cross-border|foreign|trade)\s+)*(?:{nouns})\b", re.I)
    return before, after


@rule("measure", "settled-dues", "text")
def settled_dues(s: Site):
    """"the central bank cleared $1.32 billion in import bills to the Asian Clearing Union":
    money a settling verb pays for a flow's dues (vocab/settled_dues.csv) is a payment, made
    when the dues fall due, no export or import of the period."""
    if s.kind != "amount" or s.claim.measure not in ("exports", "imports"):
        return None
    verb_re, dues_re = _settled_dues_res()
    dues = dues_re.match(s.after)
    if dues is None or not verb_re.search(s.text, max(s.sent.start, s.m.start - 40), s.m.start):
        return None
    end = s.m.end + dues.end()
    # (the dues are a flow's: "import bills", a flow word right before the dues noun)
    if not any(s.m.end < f.start < end and f.attrs["measure"] in ("exports", "imports") for f in s.ms["flow"]):
        return None
    return Decision({}, (s.m.start, end))


@functools.cache
def _settled_dues_res() -> tuple[re.Pattern, re.Pattern]:
    rows = vocab.table("settled_dues")
    verbs = vocab.alternation([r["phrase"] for r in rows if r["kind"] == "verb"], ignore_case=True, space=r"\s+")
    dues = vocab.alternation([r["phrase"] for r in rows if r["kind"] == "due"], ignore_case=True, space=r"\s+")
    # "cleared $1.32 billion in import bills", "settled $400 million of export dues"
    return (re.compile(rf"\b(?:{verbs})\s+{HEDGE}$", re.I),
            re.compile(rf"\s+(?:in|of|for|on)\s+(?:[\w'’-]+\s+){{1,2}}?(?:{dues})\b", re.I))


@rule("measure", "share-of-needs", "text")
def share_of_needs(s: Site):
    """"Russia covers about 90% of Armenia's natural gas needs", "imports meet some 60% of
    domestic wheat consumption": a share whose whole is what a place uses (vocab/need_nouns.csv),
    or a whole no trade flow is part of ("half of farm greenhouse gas emissions",
    vocab/non_trade_wholes.csv), is a share of that, not of a trade flow, where no flow word
    stands in that whole ("60% of its gas import needs" stays a share of imports)."""
    if s.kind != "share" or s.claim.measure == "other":
        return None
    whole = _share_of_needs_re().match(s.after)
    if whole is None:
        return None
    start, end = s.m.end + whole.start(1), s.m.end + whole.end()
    # (a word of money of no trade flow there is the need itself: "consumption")
    if any(start <= f.start < end and f.attrs["measure"] != "other" for f in s.ms["flow"]):
        return None
    return Decision({}, (start, end))


@functools.cache
def _share_of_needs_re() -> re.Pattern:
    # ("about half of the country's farm greenhouse gas emissions": a whole no trade flow is
    # part of, vocab/non_trade_wholes.csv, is no trade flow's whole either)
    nouns = vocab.alternation(vocab.need_nouns() + vocab.non_trade_wholes(), ignore_case=True, space=r"\s+")
    # (a few words of owner and product between "of" and the noun, none ending the clause)
    return re.compile(rf"^\s+(of\s+(?:[\w'’-]+\s+){{0,6}}?(?:{nouns}))\b", re.I)


@rule("measure", "through-affiliates-abroad", "text")
def through_affiliates_abroad(s: Site):
    """"Exports through commercial presence (mode 3) ... were estimated at US$ 16.7 billion":
    sales by affiliates abroad, no part or whole of the cross-border flow (link/delivery_modes.py)."""
    if s.kind != "amount" or s.claim.measure == "other":
        return None
    return Decision({}) if through_affiliates(s.text[max(s.sent.start, s.prev_end):s.m.start]) else None


@rule("measure", "covered-by-a-measure", "text")
def covered_by_a_measure(s: Site):
    """"tariffs on $250 billion in imports from China", "going after about $110 billion of
    American products", "$34 billion of goods subject to duties": the trade a policy covers,
    counted over no stated period (vocab/coverage_cues.csv). So is the value put on what a
    measure covers after a comma: "The 15% rate applies to about 70% of EU exports to the US,
    worth some EUR 380 billion" (a part of the flow, not the flow)."""
    if s.kind == "multiple" and s.claim.measure != "other" and _multiplies_a_barrier(s):
        return Decision({})
    if s.kind != "amount" or s.claim.measure == "other":
        return None
    before, after = _coverage_res()
    if before.search(s.before) or after.match(s.after) or _covered_worth(s) or _package_value(s) or _covered_too(s):
        return Decision({})
    return None


def _covered_too(s: Site) -> bool:
    """"Sanctions cover goods worth €40 billion of exports and €90 billion of imports": the
    next figure of the covered trade's list, its verb said once, is covered too (no flow of
    the period, whatever flow word follows it)."""
    p = s.prev
    if p is None or p.sentence != s.claim.sentence or p.how.get("measure") != "covered-by-a-measure" or " and" not in s.gap:
        return False
    return _covered_too_re().fullmatch(s.gap) is not None


@functools.cache
def _covered_too_re() -> re.Pattern:
    # (the first figure's "of" phrase, then "and": no verb of a clause of its own between)
    return re.compile(rf"(?:\s+of\s+[^.;,\d]{{1,60}}?)?,?\s+and\s+{HEDGE}", re.I)


def _multiplies_a_barrier(s: Site) -> bool:
    """"U.S. more than doubles anti-dumping duty on Canadian softwood lumber": a multiple whose
    verb takes a duty or a tariff as its object moves a rate, not trade."""
    return _barrier_object_re().match(s.after) is not None


@functools.cache
def _barrier_object_re() -> re.Pattern:
    barrier = vocab.alternation(vocab.coverage_cues("barrier") + vocab.coverage_cues("rate"), ignore_case=True, space=r"\s+")
    # (the object, not a new clause: "surplus triples as drought curbs sales", vocab/clause_openers.csv)
    openers = vocab.alternation(sorted(vocab.clause_openers()), ignore_case=True, space=r"\s+")
    return re.compile(rf"^\s+(?:(?:the|its|their|a|an)\s+)?(?:(?!(?:{openers})\b)[\w.-]+\s+){{0,2}}?(?:{barrier})\b", re.I)


def _package_value(s: Site) -> bool:
    """"The first list, covering bourbon whiskey, ..., is worth 2.8 billion euros", "A second
    tranche of 3.6 billion euros": the value of a list or package of goods a measure takes in
    (vocab/coverage_cues.csv, kind package), which no flow word makes a flow; without this
    it inherits the balance of the paragraph before."""
    of, worth = _package_res()
    if any(w in s.before[-30:].lower() for w in _package_words()) and of.search(s.before):
        return True
    # (the subject may sit before a long aside: read from the sentence's start)
    clause = s.text[s.sent.start:s.m.start]
    return "worth" in s.before[-20:] and any(w in clause.lower() for w in _package_words()) \
        and worth.search(clause) is not None


@functools.cache
def _package_words() -> tuple[str, ...]:
    return tuple(w.lower() for w in vocab.coverage_cues("package"))


@functools.cache
def _package_res() -> tuple[re.Pattern, re.Pattern]:
    noun = vocab.alternation(vocab.coverage_cues("package"), ignore_case=True, space=r"\s+")
    of = re.compile(rf"\b(?:{noun})\s+(?:(?:worth|valued\s+at)\s+)?(?:of\s+)?{HEDGE}$", re.I)
    # (the list is the clause's subject: no flow word between it and "is worth")
    worth = re.compile(rf"\b(?:{noun})\b[^.;]{{0,120}}?\b(?:is|was|are|were|be|been)\s+(?:worth|valued\s+at)\s+{HEDGE}$", re.I)
    return of, worth


def _covered_worth(s: Site) -> bool:
    """", worth (some) <money>" closing a clause whose verb is a coverage verb."""
    if "worth" not in s.before[-30:]:
        return False
    return _covered_worth_re().search(s.text, s.sent.start, s.m.start) is not None


@functools.cache
def _covered_worth_re() -> re.Pattern:
    verb = vocab.alternation(vocab.coverage_cues("verb"), ignore_case=True, space=r"\s+")
    # (or the verb's object, then "worth": "Sanctions now cover goods worth EUR 40 billion")
    return re.compile(rf"\b(?:{verb})\s(?:[^.;]{{0,80}}?,\s*|(?:[\w-]+\s+){{1,3}}?)worth\s+{HEDGE}$", re.I)


@functools.cache
def _coverage_res() -> tuple[re.Pattern, re.Pattern]:
    barrier = vocab.alternation(vocab.coverage_cues("barrier"), ignore_case=True, space=r"\s+")
    verb = vocab.alternation(vocab.coverage_cues("verb"), ignore_case=True, space=r"\s+")
    before = re.compile(rf"(?:\b{barrier}\s+(?:of\s+[\d.]+\s*(?:%|per\s?cent|percent)\s+)?(?:on|against)|\b{verb})\s+{HEDGE}$", re.I)
    after = re.compile(rf"^\s+(?:worth\s+)?of\s+[^.;]{{0,50}}?\b(?:subject\s+to|hit\s+(?:by|with))\s+(?:new\s+|higher\s+|the\s+)?{barrier}\b", re.I)
    return before, after


@rule("measure", "difference-of-two", "text")
def difference_of_two(s: Site):
    """"Hungarian exports to Serbia thus exceeded Serbian shipments in the other direction by
    EUR 992,3 million": the amount after "by", with a verb that sets one quantity against
    another before it in its clause (vocab/difference_verbs.csv), is the gap between them,
    not a level of either; which two it sets apart is left unread. So is a comparative right
    after the figure with "than" a few words on ("sells R100 billion more to the US than it
    buys", vocab/multiple_comparatives.csv), not "$3bn more than in 2022" (a change)."""
    if s.kind not in ("amount", "percent_change") or s.claim.measure == "other":
        return None
    clause = s.text[max(s.sent.start, s.prev_end):s.m.start]
    if _difference_re().search(clause):
        return Decision({"comparison": True})
    if s.kind == "amount" and _more_than_another_re().match(s.after):
        return Decision({"comparison": True})
    if s.kind == "amount" and s.claim.measure == "balance" and _bare_comparative_re().match(s.after):
        # "The current surplus is around €7 billion larger.": a balance that ends on a bare
        # comparative is its gap from a balance given before, no level of it
        return Decision({"comparison": True})
    if s.kind == "amount" and _than_a_country(s):
        return Decision({"comparison": True})
    if s.kind == "amount" and _more_than_what_re().match(s.after):
        return Decision({"comparison": True})
    return None


@functools.cache
def _more_than_what_re() -> re.Pattern:
    # "the import bill was Rs 3.62 billion more than what it earned from exports": the
    # comparative right after the figure, "than" a free relative ("what it earned"): the gap
    # to another quantity, neither a level nor a change over time ("$3bn more than in 2022")
    more = vocab.alternation(vocab.multiple_comparatives(), ignore_case=True)
    return re.compile(rf"^\s+{more}\s+than\s+what\b", re.I)


def _than_a_country(s: Site) -> bool:
    """"$100bn, some $11bn less than Chinese exporters declared": a comparative right after
    the figure whose "than" names a country is the gap to that country's figure (another
    reporter's count of the flow), no change over time ("$3bn more than in 2022")."""
    m = _than_re().match(s.after)
    if m is None:
        return False
    at = s.m.end + m.end()
    return any(c.start == at for c in s.ms.get("country", ()))


@rule("measure", "figure-dated", "text")
def figure_dated(s: Site):
    """"The €63 billion figure refers to 2023, when exports came to €157.9 billion": a figure
    named as a figure to give its period (vocab/figure_period_cues.csv) is a mention of one
    stated before (link/dating.figure_dated_later dates that one), no level of the flow the
    clause goes on to name."""
    if s.kind != "amount" or s.claim.measure == "other":
        return None
    if not _THE_BEFORE.search(s.before) or not _figure_period_after().match(s.after):
        return None
    return Decision({"mention": "the figure stated before, named to give its period"})


_THE_BEFORE = re.compile(r"\b(?:the|that|this)\s+$", re.I)


@functools.cache
def _figure_period_after() -> re.Pattern:
    return re.compile(rf"\s+{figure_for_its_period()}\b", re.I)


@rule("measure", "gap-between-sources", "text")
def gap_between_sources(s: Site):
    """"China's customs recorded exports to Kazakhstan of $24.7bn, while Kazakhstan's
    statistics bureau reported imports from China of just $15.6bn - a gap of $9.1bn": a
    balance-word after two countries' counts of one flow is the gap between the counts (a
    discrepancy of the statistics), no balance of either country's trade."""
    if s.kind != "amount":
        return None
    if ("with" in s.after[:80] or "between" in s.after[:80] or "against" in s.after[:80] or "relative" in s.after[:80]) \
            and _against_counts_re().match(s.text, s.m.end, s.sent.end) \
            and (s.flow is not None and _difference_noun_re().fullmatch(s.flow.text)
                 or _difference_of_before_re().search(s.before, max(0, len(s.before) - 50))):
        # ("... recorded imports of $0.8bn, a shortfall of $1bn against the Chinese figures": a
        # difference noun whose figure is set against a set of statistics, vocab/count_set_nouns.csv,
        # is the gap between two counts of one flow, whoever keeps the other, whatever flow
        # word the sentence holds)
        return Decision({"comparison": True, "_mirror_gap": True})
    if s.claim.measure != "balance":
        return None
    from .sources import countries_counting

    if len(countries_counting(s.text, s.sent.start, s.m.start)) >= 2:
        return Decision({"comparison": True})
    # ("The $9bn gap: China's exports to Kazakhstan vanish from Kazakh data": a bare gap,
    # a difference noun, in a text that quotes two countries' statistics)
    if s.flow is not None and _difference_noun_re().fullmatch(s.flow.text) \
            and len(countries_counting(s.text, 0, len(s.text))) >= 2:
        return Decision({"comparison": True})
    # ("| Partner | Kenya reports importing | Partner reports exporting to Kenya | Gap |": a gap
    # column beside the partners' own counts, link/mirror_columns.py)
    if s.flow is not None and _difference_noun_re().fullmatch(s.flow.text) and "|" in s.text[s.sent.start:s.sent.end]:
        from .mirror_columns import header_row_has_mirror

        if header_row_has_mirror(s.text, s.m.start):
            return Decision({"comparison": True, "_mirror_gap": True})
    return None


@rule("measure", "gap-between-markets", "text")
def gap_between_markets(s: Site):
    """"Exports to Mexico rose to $40bn, closing the gap with Canada to $3bn": a difference
    noun with a place of its own, after a one-way flow to another place in its sentence, is
    the gap between that flow's two markets, no balance of the trade with the place named
    (a trade gap with the same partner, "imports from Peru rose, widening the gap with Peru",
    stays a balance)."""
    if s.kind != "amount" or s.claim.measure != "balance" or s.flow is None \
            or not _difference_noun_re().fullmatch(s.flow.text):
        return None
    places = [x.attrs.get("iso") for x in s.ms.get("country", ()) if s.flow.end <= x.start < s.m.start]
    prev = s.prev
    if not places or places[0] is None or prev is None or prev.start < s.sent.start \
            or prev.measure not in ("exports", "imports") or prev.partner in (None, "WLD", places[0]):
        return None
    return Decision({"comparison": True})


@rule("measure", "difference-subject", "text")
def difference_subject(s: Site):
    """"The discrepancy has more than doubled since 2021, when it stood at $4.2bn": a figure
    of a noun naming the difference of two figures (vocab/difference_nouns.csv), with no
    flow word of its own, is of no flow the text went on from."""
    if s.kind not in ("amount", "multiple", "percent_change") or s.claim.how.get("measure") != "discourse":
        return None  # (a flow word of its own: "The goods gap widened 9.3% to $1.19 trillion")
    if not _difference_noun_re().search(s.text, s.sent.start, s.m.start):
        return None
    return Decision({"comparison": True})


@functools.cache
def _against_counts_re() -> re.Pattern:
    # right after the figure: "with the European figures", "between the two sets of data",
    # "against Beijing's statistics", "relative to the US figure" (up to three words before
    # the noun, no clause break)
    nouns = vocab.alternation(vocab.count_set_nouns(), ignore_case=True)
    return re.compile(rf"\s+(?:with|between|against|relative\s+to)\s+(?:the\s+|their\s+|its\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:sets?\s+of\s+)?(?:{nouns})\b",
                      re.I)


@functools.cache
def _difference_of_before_re() -> re.Pattern:
    # right before the figure: "a discrepancy of about ", "a gap of "
    nouns = vocab.alternation(vocab.difference_nouns(), ignore_case=True)
    return re.compile(rf"\b(?:{nouns})\s+of\s+{HEDGE}$", re.I)


@functools.cache
def _difference_noun_re() -> re.Pattern:
    return re.compile(rf"\b(?:{vocab.alternation(vocab.difference_nouns(), ignore_case=True)})\b", re.I)


@functools.cache
def _than_re() -> re.Pattern:
    more = vocab.alternation(vocab.multiple_comparatives(), ignore_case=True)
    return re.compile(rf"^\s+{more}\s+than\s+(?:the\s+)?", re.I)


@functools.cache
def _difference_re() -> re.Pattern:
    verbs = vocab.alternation(vocab.difference_verbs(), ignore_case=True, space=r"\s+")
    # (no figure between the verb and "by": "exceeded $5bn by 2027" is a goal's level)
    return re.compile(rf"\b(?:{verbs})\b[^.;:$€£¥\d]*?\bby\s+{HEDGE}$", re.I)


@functools.cache
def _more_than_another_re() -> re.Pattern:
    # the comparative right after the figure, then one to five words (no figure, no clause
    # break) before "than": "more to America than", not "more than" (a bound or a change)
    more = vocab.alternation(vocab.multiple_comparatives(), ignore_case=True)
    return re.compile(rf"^\s+{more}\b(?:\s+[^\s\d$€£¥,;.:()]+){{1,5}}?\s+than\b", re.I)


@functools.cache
def _bare_comparative_re() -> re.Pattern:
    # the comparative right after the figure, then the sentence's end (no "than", no period)
    more = vocab.alternation(vocab.multiple_comparatives(), ignore_case=True)
    return re.compile(rf"^\s+{more}\s*(?:[.;!]|$)", re.I)


@rule("measure", "revision-of-estimate", "text")
def revision_of_estimate(s: Site):
    """"Compared with the preliminary data published in February, the value of exports was
    revised up by 0,2%": a change against an earlier estimate of the same quantity, no
    change over time (vocab/revision_cues.csv)."""
    if s.kind not in ("amount", "percent_change", "multiple") or s.claim.measure == "other":
        return None
    if _revised_by_re().search(s.before) or _amount_of_revision(s) or _elided_revision(s):
        return Decision({"comparison": True})
    return None


# "... and imports by ": a second flow with the verb of the revision left out, then "by"
_AND_FLOW_BY = re.compile(rf"\s+and\s+(?:[a-z]+\s+){{1,3}}?by\s+{HEDGE}$", re.I)


def _elided_revision(s: Site) -> bool:
    """"exports were revised up by 71.2 billion yen and imports by 12.0 billion yen": the
    figure after "and <flow> by", in the sentence of a revision's size just before it, is a
    revision's size too (the verb is not repeated)."""
    p = s.prev
    if p is None or p.sentence != s.sent.index or p.how.get("measure") not in ("revision-of-estimate", "revision-size"):
        return False
    return " by " in s.gap and _AND_FLOW_BY.search(s.gap) is not None


def _amount_of_revision(s: Site) -> bool:
    """"Revisions since the last release have narrowed the deficit for the fourth quarter by
    $0.3 billion": a figure right after "by" in a clause about a revision of earlier figures
    (a word of vocab/revision_subjects.csv before it) is how much an estimate moved, neither
    a level nor a change between periods."""
    if "by " not in s.before[-30:]:
        return False  # (cheap)
    # (the words since the figure before, or the sentence start: a window may cut the subject off)
    gap = s.text[max(s.prev_end, s.sent.start):s.m.start]
    return "revis" in gap.lower() and _revision_then_by_re().search(gap) is not None


@functools.cache
def _revision_then_by_re() -> re.Pattern:
    words = vocab.alternation(vocab.revision_subjects(), ignore_case=True)
    return re.compile(rf"\b(?:{words})\b.*\bby\s+{HEDGE}$", re.I | re.S)


@functools.cache
def _revised_by_re() -> re.Pattern:
    words = vocab.alternation(vocab.revision_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{words})\s+(?:(?:up|down)(?:wards?)?\s+|(?:upward|downward|higher|lower)\s+)?by\s+{HEDGE}$", re.I)


@rule("measure", "goal-multiple", "text")
def goal_multiple(s: Site):
    """"agreed to double trade by 2030", "could triple": a multiple the extract stage marks
    as a goal."""
    if s.m.attrs.get("target") and s.claim.measure != "other":
        return Decision({"_forecast": True})
    return None


@rule("measure", "share-of-other-money", "context")
def share_of_other_money(s: Site):
    """"would cost up to C$149 billion, roughly a fifth of Canada's total exports": a share
    restating money that is no trade flow (a tariff bill, a fine) measures that money
    against the whole it names, not any flow's part of it, so no flow's share is read."""
    p = s.prev
    if s.kind != "share" or not s.restated or p is None or p.kind != "amount" or p.measure != "other":
        return None
    return Decision({})


@rule("measure", "two-quantities-compared", "text")
def two_quantities_compared(s: Site):
    """"3.7 times as much from China as from Vietnam", "nearly 3.5 times what Türkiye
    shipped to Egypt", "roughly twice the $10.54 billion earned from iron ore": one
    quantity against another of the same time, no change over time. Where the two are the
    pair's imports and exports ("imports were more than 10 times higher than exports") they
    are read (`_flow_multiple`) and checked when both are stated; other pairs of quantities
    are left unread, so nothing is checked against them."""
    if s.kind == "percent_change" and _percent_against_re().match(s.after):
        return Decision({"comparison": True})
    if s.kind == "percent_change" and " than " in s.after[:20] and _percent_against_goal_re().match(s.after):
        # "3.95 percent higher than the government's target of $39 billion": the result's gap
        # to its goal (vocab/goal_nouns.csv), no change from an earlier level
        return Decision({"comparison": True})
    if s.kind != "multiple":
        return None
    unit = re.search(r"(?:times|fold)", s.m.text, re.I)  # ("3.7 times as much" is one mention)
    rest = (s.m.text[unit.end():] if unit else "") + s.after
    if _multiple_of_goal_re().match(rest):
        # "the shortfall was more than double the government's original target": the result
        # against its goal (vocab/goal_nouns.csv), no change from an earlier period
        return Decision({"comparison": True})
    if _pace_of_another_re().match(rest):
        return Decision({"comparison": True})  # ("four times the pace of those from Chile": two growth rates)
    if _as_much_closing(rest) and unit:
        both = _other_flow_before(s)
        return Decision({"comparison": True, "_flow_multiple": both}) if both else None
    if unit and _as_much_as_a_year_back_re().match(rest):
        return None  # ("four times as much as the year before": the flow's change over a year)
    if not _AGAINST_ANOTHER.match(rest) and not _than_a_flow(s, rest, bool(unit)) and not _than_it_trades(rest):
        return None
    both = _two_flows(s, len(rest) - len(s.after))
    if both:
        both = _of_one_product_group(s, both)
    both = both or _two_partners(s, len(rest) - len(s.after))
    return Decision({"comparison": True, **({"_flow_multiple": both} if both else {})})


@functools.cache
def _other_flow_of_the_group_re() -> re.Pattern:
    heads = vocab.alternation(vocab.group_heads(), ignore_case=True)
    return re.compile(rf"[^;.$€£¥\d]{{0,40}}?\b(?:exports?|imports?|shipments|purchases|sales)\b[^;.$€£¥\d]{{0,20}}?\bof\s+the\s+(?:same\s+)?(?:{heads})\b", re.I)


def _of_one_product_group(s: Site, both: dict) -> dict:
    """"spent $107bn importing computers and parts, nearly 1.5 times the export value of the
    group": the level before the multiple is one product's flow, and "of the group" (a noun
    of vocab/group_heads.csv) after the other flow points back to that product, so both
    sides are that product's flows, not the pair's whole imports and exports."""
    p = s.prev
    if p is None or p.kind != "amount" or not p.commodity or p.measure != both["measure"] or p.start < s.sent.start \
            or re.search(r"[;\d]", s.text[p.end:s.m.start]):
        return both
    if " of the " not in s.after[:80] or not _other_flow_of_the_group_re().match(s.after):
        return both
    return {**both, "commodity": p.commodity}


@functools.cache
def _as_much_as_a_year_back_re() -> re.Pattern:
    """"nearly four times as much as the year before", "twice as much as a year earlier",
    "three times as much as in 2020": the same quantity a year back (vocab/year_back_openers.csv)
    or in a named year, an earlier time of the figure's own flow, not another quantity."""
    back = vocab.alternation(sorted(vocab.year_back_openers()), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*as\s+(?:much|many|large|big|high|great|valuable)\s+as\s+"
                      rf"(?:{back}|(?:the\s+)?(?:previous|prior|preceding)\s+year|last\s+year|in\s+(?:19|20)\d\d)\b", re.I)


# "imports totalled 45.4 billion, roughly six times as much.": "as much" closing the clause
# with no "as ..." after it: the figure against the one the sentence stated before it
_AS_MUCH_CLOSING = re.compile(r"\s*as\s+(?:much|many|large|big|high)\s*(?:[.;)!]|,\s|$)", re.I)


def _as_much_closing(rest: str) -> bool:
    return bool(_AS_MUCH_CLOSING.match(rest))


def _other_flow_before(s: Site) -> dict | None:
    """"companies sold goods worth 7.4 billion euros to China, while imports from China
    totalled 45.4 billion, roughly six times as much": the level just before the multiple
    (its flow word before it) against the level of the pair's other flow stated earlier in
    the sentence. Read only where there is just one such earlier level."""
    new = _flow_of_level_before(s)
    p = s.prev
    if not new or p is None:
        return None
    other = {"exports": "imports", "imports": "exports"}[p.measure]
    earlier = [f for f in s.ms["flow"] if s.sent.start <= f.start < new[-1].start]
    olds = [f for f in earlier if f.attrs["measure"] == other]
    if len(olds) != 1 or len(earlier) != 1:
        return None
    return {"measure": p.measure, "of": other,
            "spans": [[new[-1].start, new[-1].end], [olds[0].start, olds[0].end]]}


# "buys six times more from China than it sells there": more than what the same trader
# trades the other way, the verb after "than" (no earlier time after it)
_THAN_IT_TRADES = re.compile(
    r"\s*(?:[\w'’-]+\s+){0,4}?than\s+(?:it|they|we|he|she)\s+(?:sells?|buys?|ships?|exports?|imports?|sends?|purchases?)\b"
    r"(?![^.;,]*\b(?:(?:19|20)\d\d|earlier|ago|before|last|previous|prior)\b)", re.I)


def _than_it_trades(rest: str) -> bool:
    return bool(_THAN_IT_TRADES.match(rest))


@functools.cache
def _pace_of_another_re() -> re.Pattern:
    """"four times the pace of", "twice the rate of", "twice as fast": a multiple of another
    growth rate (vocab/growth_pace_nouns.csv, growth_pace_adverbs.csv)."""
    nouns = vocab.alternation([r["word"] for r in vocab.table("growth_pace_nouns")], ignore_case=True, space=r"\s+")
    # ("imports grew more than twice as fast": how fast, vocab/growth_pace_adverbs.csv)
    adverbs = vocab.alternation([r["word"] for r in vocab.table("growth_pace_adverbs")], ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*(?:(?:the\s+)?(?:{nouns})\s+(?:of|at)|as\s+(?:{adverbs}))\b", re.I)


def _two_flows(s: Site, inside: int) -> dict | None:
    """"imports were more than 10 times higher than exports", "goods bought from China
    were 15 times that of exports", "imports ... nearly five times what Nigeria sold to
    it": the two flows of one pair and period compared. The flow before the multiple is the
    larger side, the first after it (in the same clause, before any other number) the one
    it is a multiple of; only imports against exports or back is read (one flow against
    itself is two partners or products, which the words here do not tell)."""
    sides = ("exports", "imports")
    before = [f for f in s.ms["flow"] if max(s.prev_end, s.sent.start) <= f.start < s.m.start] or _flow_of_level_before(s)
    clause = re.match(r"[^;.$€£¥\d]*", s.after)
    stop = s.m.end + clause.end() if clause else s.m.end
    after = [f for f in s.ms["flow"] if s.m.end - inside <= f.start < stop]
    if not before or not after:
        return None
    new, old = before[-1].attrs["measure"], after[0].attrs["measure"]
    if new not in sides or old not in sides or new == old:
        return None
    return {"measure": new, "of": old, "spans": [[before[-1].start, before[-1].end], [after[0].start, after[0].end]]}


def _flow_of_level_before(s: Site) -> list[Mention]:
    """"India's imports from Saudi Arabia ... stood at $31.42 billion, about 2.7 times its
    exports", "Imports from the Emirates, worth $17.3 billion, were 2.4 times": the figure
    just before the multiple is the level of the flow compared, its flow word before it."""
    p = s.prev
    if p is None or p.kind != "amount" or p.measure not in ("exports", "imports"):
        return []
    if re.search(r"[;\d]", s.text[p.end:s.m.start]):
        return []
    before = [f for f in s.ms["flow"] if s.sent.start <= f.start < p.start]
    return before[-1:] if before and before[-1].attrs["measure"] == p.measure else []


def _two_partners(s: Site, inside: int) -> dict | None:
    """"Brazil's exports to China, $104.3 billion, were nearly three times its exports to the
    United States": one flow of one reporter ("its": the same owner) to two partners, each
    named right after its flow word; the side before the multiple is the larger (its own
    figure may stand between, set off as an aside)."""
    before = [f for f in s.ms["flow"] if s.sent.start <= f.start < s.m.start]
    clause = re.match(r"[^;.$€£¥\d]*", s.after)
    stop = s.m.end + clause.end() if clause else s.m.end
    after = [f for f in s.ms["flow"] if s.m.end - inside <= f.start < stop]
    if not before or not after or before[-1].attrs["measure"] not in ("exports", "imports") \
            or after[0].attrs["measure"] != before[-1].attrs["measure"]:
        return None
    # (the second flow's owner is the first's: "its exports", not "Argentina's exports")
    if not re.fullmatch(r"\s*(?:its|their)\s+", s.text[s.m.end - inside:after[0].start] if after[0].start > s.m.end - inside else ""):
        if not _ITS_BEFORE.search(s.text, max(0, after[0].start - 8), after[0].start):
            return None
    new, old = (_partner_after(s, f) for f in (before[-1], after[0]))
    if new is None or old is None or new == old:
        return None
    return {"measure": before[-1].attrs["measure"], "of": after[0].attrs["measure"], "partner": new, "of_partner": old,
            "spans": [[before[-1].start, before[-1].end], [after[0].start, after[0].end]]}


_ITS_BEFORE = re.compile(r"\b(?:its|their)\s+$", re.I)
_TO_PARTNER = re.compile(r"\s+(?:to|from|with)\s+(?:the\s+)?")


def _partner_after(s: Site, flow: Mention) -> str | None:
    """The country named right after a flow word as its partner ("exports to China")."""
    x = next((x for x in s.ms["country"] if x.start > flow.end), None)
    if x is None or x.attrs.get("iso") in (None, "WLD") or not _TO_PARTNER.fullmatch(s.text, flow.end, x.start):
        return None
    return x.attrs["iso"]


@functools.cache
def _percent_against_re() -> re.Pattern:
    """"63% larger than those to China", "20% more than that of Japan": a percentage
    between two quantities the words after it name (vocab/multiple_comparatives.csv), not
    a change over time ("20% more than in 2022", "than the $5bn of 2022")."""
    more = vocab.alternation(vocab.multiple_comparatives(), ignore_case=True)
    return re.compile(rf"\s*{more}\s+than\s+(?:that|those)\s+(?:of|to|from|with|for)\b", re.I)


@functools.cache
def _percent_against_goal_re() -> re.Pattern:
    """"3.95 percent higher than the government's target", "2.27 per cent more than the
    annual goal": a percentage between a result and the goal (vocab/goal_nouns.csv) the words
    after it name, not a change over time."""
    more = vocab.alternation(vocab.multiple_comparatives(), ignore_case=True)
    goal = vocab.alternation(vocab.goal_nouns(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*{more}\s+than\s+(?:(?:the|its|their|this|that|a)\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:{goal})\b", re.I)


@functools.cache
def _multiple_of_goal_re() -> re.Pattern:
    """"double the government's original target", "three times its forecast": a multiple of
    a goal or a forecast the words after it name (vocab/goal_nouns.csv), a few words between."""
    goal = vocab.alternation(vocab.goal_nouns(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*(?:(?:the|its|their|this|that)\s+)(?:[\w'’-]+\s+){{0,3}}?(?:{goal})\b", re.I)


# what follows a multiple that sets it against another quantity rather than an earlier time
_AGAINST_ANOTHER = re.compile(r"\s*(?:as\s+(?:much|many|large|big|high|great|valuable)\b(?:\s+[\w'’-]+){0,5}?\s+as\s+(?:from|to|with|in|for|the|what|[A-Z])"
                              r"|(?:what|the\s+(?:amount|value|figure|sum|total)\s+(?:of\s+)?)\s*(?:[\w'’-]+\s+){0,3}?(?:shipped|sold|bought|exported|imported|earned|spent|sent|took|received|(?:sell|buy|ship|export|import|earn|spend|send|receive)s?)\b"
                              r"|the\s+(?:[$€£¥]|[A-Z]{1,3}\$)\s*[\d.,]+\s*(?:bn|billion|mn|million|trillion|trn)?\s+(?:earned|from|(?:shipped|sold|exported|sent|bought|imported)\s+(?:to|from)\b|(?:of|in)\s+(?!(?:19|20)\d\d|(?:the\s+)?(?:previous|last|prior)\b))"
                              r"|(?:that|those)\s+of\b)", re.I)

# "more than 10 times higher than exports", "nearly five times exports": a multiple of
# another flow (the flow word right after it), not of an earlier time
_THAN = re.compile(r"\s*(?:higher|more|greater|larger|bigger)\s+than\s+(?:(?:the|its|their)\s+)?(?:value\s+of\s+)?", re.I)
_TIMES_THE = re.compile(r"\s*(?:(?:the|its|their)\s+)?(?:value\s+of\s+)?", re.I)


def _than_a_flow(s: Site, rest: str, times: bool) -> bool:
    """Whether a flow word follows the multiple as what it is a multiple of: after "higher
    than", or right after "times" ("doubled exports" is exports that doubled)."""
    than = _THAN.match(rest) or (_TIMES_THE.match(rest) if times else None)
    if than is None:
        return False
    at = s.m.end + than.end() - (len(rest) - len(s.after))
    return any(f.start == at and f.attrs["measure"] in ("exports", "imports") for f in s.ms["flow"])


@rule("measure", "refuted-figure", "text")
def refuted_figure(s: Site):
    """A figure the text says is not the fact, as a fact check quotes and refutes a
    politician: "not $600 billion", "They have never reached $600 billion", "well short of
    the $500 billion the senator cited", and the quoted claim itself ('"We are importing
    $600 billion a year from China"') when the text refutes that figure elsewhere.

    What an editor wants: the piece is right to print a figure it refutes, so checking it
    against the piece's own figures as a fact would flag the piece for doing its job. Such
    a figure is no flow (measure "other") and carries a `refuted` note saying why; no check
    reads it. A quoted figure the text does not refute stays a flow (a minister's quote is
    usually the news)."""
    if s.claim.measure == "other":
        return None
    if any(a <= s.m.start < b for a, b in s.ctx.refuted_quotes):
        return Decision({"refuted": "a quoted claim the fact check rates false"})
    if any(a <= s.m.start < b for a, b in disputed_turns(s.text)):
        return Decision({"refuted": "a figure the next speaker says is not correct"})
    if s.kind in ("share", "percent_change") and ("fraction" if s.m.kind == "fraction" else "percent", s.m.value, s.m.attrs.get("token")) in s.ctx.quoted_claims:
        return Decision({"refuted": "the figure of a quoted claim the fact check rates false"})
    if s.kind in ("percent_change", "multiple") and _against_a_cited_figure(s.after):
        # "That is about 7% below the figure the senator cited": the official figure set
        # against the claimed one, no change over time
        return Decision({"refuted": "a gap from the figure a claimant cited"})
    before, after = _refutation_res()
    if s.kind == "multiple" and s.m.attrs.get("word") and (before.search(s.before) or _NOT_A.search(s.before)):
        # "the deficit has grown by about a third since 2015, not doubled": a multiple the
        # text denies
        return Decision({"refuted": "the text says it is not the multiple"})
    if s.kind == "multiple" and s.m.attrs.get("word") and _denied_noun_re().search(s.before):
        # "Farmers have not seen anything like a tripling in their incomes": a multiple as a
        # noun after a denial in its clause
        return Decision({"refuted": "the text says it is not the multiple"})
    if s.kind != "amount":
        return None
    if before.search(s.before) or after.match(s.after):
        return Decision({"refuted": "the text says it is not the figure"})
    if _denied_next(s):
        return Decision({"refuted": "a claimant's figure the next sentence denies"})
    if (s.m.value, s.m.attrs.get("token")) in s.ctx.refuted and _in_quotes(s.text, s.m.start):
        return Decision({"refuted": "a quoted claim the text refutes"})
    if ("amount", s.m.value, s.m.attrs.get("token")) in s.ctx.quoted_claims:
        return Decision({"refuted": "the figure of a quoted claim the fact check rates false"})
    return None


@functools.lru_cache(maxsize=8)
def disputed_turns(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each turn of a debate whose figures the next speaker denies: a
    paragraph that opens (within its first sentence, before any figure of its own) by saying
    the previous speaker's figure is not right ("My honourable friend's number is wrong.
    Exports last year were ..."; vocab/turn_referents.csv, and
    refutation_cues.csv, place denial) refutes the figures of the paragraph before it. (A
    reply says whose figure it denies: "that figure is wrong" in a paragraph of its own may
    be the writer's aside, and is not read here.)"""
    if not any(w in text for w in ("figure", "number", "claim", "statistic", "estimate")):
        return ()  # (cheap: every form names the figure with one of these nouns)
    out = []
    for x in _disputed_turn_re().finditer(text):
        para = text.rfind("\n", 0, x.start()) + 1
        head = text[para:x.start()]
        head = head[head.rfind(":") + 1:]  # (after a speaker's label: "Mr. Lowe (Lab): ")
        if len(head) > 200 or re.search(r"[.!?]\s|\d", head.replace("hon.", "hon").replace("Hon.", "Hon")):
            continue  # (not in the reply's first sentence, or after a figure of its own)
        end = para - 1
        while end > 0 and text[end - 1].isspace():
            end -= 1
        start = text.rfind("\n", 0, end) + 1
        if end > start:
            out.append((start, end))
    return tuple(out)


def _denial_words(words: list[str], adverb: str) -> str:
    """A denial's words as a pattern, an adverb allowed after its verb ("is simply not correct")."""
    parts = [re.escape(w) for w in words]
    if len(parts) > 1 and words[0] in ("is", "are"):
        return parts[0] + r"\s+" + adverb + r"\s+".join(parts[1:])
    return r"\s+".join(parts)


@functools.cache
def _disputed_turn_re() -> re.Pattern:
    who = vocab.alternation(vocab.turn_referents(), ignore_case=True, space=r"\s+")
    adverb = r"(?:(?:simply|just|also|still|quite|plainly|clearly)\s+)?"
    denials = "|".join(_denial_words(d.split(), adverb) for d in vocab.refutation_cues("denial"))
    return re.compile(rf"\b(?:(?:the|my|our)\s+(?:{who})['’]s|his|her)\s+(?:[a-z-]+\s+)?"
                      rf"(?:figure|number|claim|statistic|estimate)s?\s+{adverb}(?:{denials})\b", re.I)


def _denied_next(s) -> bool:
    """"The senator often cites a deficit of $90 billion. That number has no basis in the
    data.": a figure a claimant's verb puts before it in its sentence (vocab/refutation_cues.csv,
    place "claimed"), which the next sentence, on "that number", denies (place "denial")."""
    nxt = s.text[s.sent.end:s.sent.end + 160]
    if not any(w in nxt for w in ("number", "figure", "claim", "estimate", "amount")):
        return False
    claimed, denial = _claim_denied_res()
    # (the denial first: a match at one place, where the claimant's verb is searched for)
    return denial.match(nxt) is not None and claimed.search(s.text, s.sent.start, s.m.start) is not None


@functools.cache
def _claim_denied_res() -> tuple[re.Pattern, re.Pattern]:
    claimed = vocab.alternation(vocab.refutation_cues("claimed"), ignore_case=True, space=r"\s+")
    denial = vocab.alternation(vocab.refutation_cues("denial"), ignore_case=True, space=r"\s+")
    other = vocab.alternation(vocab.refutation_cues("other_figure"), ignore_case=True, space=r"\s+")
    # (or another source's figure set apart from it: "The Commerce Department's figure is
    # smaller": its owner a capitalised name with "'s", vocab/refutation_cues.csv, other_figure)
    owner = r"(?-i:(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*['’]s\s+)"
    return (re.compile(rf"\b(?:{claimed})\b(?![^.;]*\b(?:but|while|whereas)\b)", re.I),
            re.compile(rf"\s*(?:(?:that|this|the|such\s+an?)\s+(?:[a-z]+\s+)?(?:number|figure|claim|estimate|amount)s?\s+"
                       rf"(?:(?:simply|also|just|still)\s+)?(?:{denial})\b"
                       rf"|(?:the\s+)?{owner}(?:own\s+)?(?:number|figure|estimate|count|tally)s?\s+(?:{other})\b)", re.I))


# "an increase of 15.8% over two years, not a doubling": a denied multiple as a noun
_NOT_A = re.compile(r"(?<![\w-])not\s+(?:even\s+)?an?\s+$", re.I)


@functools.cache
def _denied_noun_re() -> re.Pattern:
    """A denial (vocab/refutation_cues.csv, before) and up to four words of its clause, then
    the article of a noun: "not seen anything like a ", "never came close to a "."""
    before = vocab.alternation(vocab.refutation_cues("before"), ignore_case=True, space=r"\s+")
    return re.compile(rf"(?<![\w-]){before}\s+(?:(?!(?:that|which|but|and|while)\b)[a-z]+\s+){{1,4}}(?:a|an)\s+$", re.I)


@functools.cache
def _compared_re() -> re.Pattern:
    words = vocab.alternation(vocab.refutation_cues("compared"), ignore_case=True, space=r"\s+")
    cited = vocab.alternation(vocab.refutation_cues("after"), ignore_case=True, space=r"\s+")
    # "below the figure Hollister cited", "above the number the minister claimed"
    return re.compile(rf"\s*{words}\s+(?:the|that|this)\s+(?:figure|number|amount|sum|estimate|total)\s+(?:that\s+|which\s+)?"
                      rf"(?:[\w.'’-]+\s+){{1,3}}?(?:had\s+|has\s+)?{cited}\b(?!\s+by\b)", re.I)


def _against_a_cited_figure(after: str) -> bool:
    """Whether the words after a change set it against a figure a claimant cited ("below
    the figure the senator cited", vocab/refutation_cues.csv, places "compared" and "after")."""
    return _compared_re().match(after) is not None


def refuted_amounts(text: str, amounts: list[Mention]) -> frozenset:
    """(value, currency token) of every figure the text refutes where it stands."""
    before, after = _refutation_res()
    return frozenset((m.value, m.attrs.get("token")) for m in amounts
                     if before.search(text, max(0, m.start - 30), m.start) or after.match(text[m.end:m.end + 60]))


@functools.cache
def _refutation_res() -> tuple[re.Pattern, re.Pattern]:
    before = vocab.alternation(vocab.refutation_cues("before"), ignore_case=True, space=r"\s+")
    after = vocab.alternation(vocab.refutation_cues("after"), ignore_case=True, space=r"\s+")
    return (re.compile(rf"(?<![\w-]){before}\s+(?:the\s+)?$", re.I),
            # (a claimant as the subject: "the $500 billion the senator cited", not "the
            # $3bn figure cited by the ministry", a source)
            re.compile(rf"^\s+(?:that\s+|which\s+)?(?:(?:the|a|an|his|her|their)\s+(?:[\w.'’-]+\s+){{0,2}}?|(?:he|she|they)\s+)"
                       rf"(?:had\s+|has\s+)?{after}\b(?!\s+by\b)", re.I))


def refuted_quotes(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each quotation a fact check rates not right: one a speaker is said
    to have said ('A candidate said at a rally that "... hit $500 billion"') before the
    text's verdict ("We rate this claim False", "Verdict: Incorrect", "That's wrong"). A
    quotation with no speaker's verb before it in its sentence (a title, a source's data)
    is no claim under check; nor is one after the verdict."""
    verdict, speech = _verdict_res()
    rated = verdict.search(text) or _correction_re().search(text)
    if rated is None:
        return ()
    out = []
    starts = [x.start for x in sentences.split(text)]
    for q in _QUOTATION.finditer(text, 0, rated.start()):
        # (the quotation's sentence as the splitter reads it: "said in a Feb. 10 interview
        # that" or "a U.S. senator said" ends no sentence before the quotation)
        opening = max(starts[bisect.bisect_right(starts, q.start()) - 1] if starts else 0,
                      text.rfind("\n", 0, q.start()) + 1)
        if speech.search(text, opening, q.start()) or _DASH_ATTRIBUTION.match(text, q.end()):
            out.append((q.start(), q.end()))
    # ("What was claimed\nExports rose by a third last year.\n\nOur verdict\nIncorrect."):
    # the claim a label sets out before the verdict, quoted or not, to the end of its paragraph
    for label in _claim_label_re().finditer(text, 0, rated.start()):
        end = text.find("\n\n", label.end())
        out.append((label.end(), min(rated.start(), end if end != -1 else len(text))))
    return tuple(out)


@functools.cache
def _claim_label_re() -> re.Pattern:
    """A label that opens a line and sets out the claim a fact check rates ("What was
    claimed", "Claim:"; vocab/verdict_cues.csv, place "claim"), then a colon or the line's end."""
    words = vocab.alternation(vocab.verdict_cues("claim"), ignore_case=True, space=r"[^\S\n]+")
    return re.compile(rf"^[^\S\n]*(?:{words})[^\S\n]*(?::|\n)", re.I | re.M)


# (a quotation its speaker follows after a dash, as a fact check sets out the claim it
# checks: '"We lose R5 billion a year." – Opposition MP, 8 April')
_DASH_ATTRIBUTION = re.compile(r"[ \t]*[–—][ \t]*[A-Z]")


# (single quotes too, as a headline quotes a claim: "Senator's claim of a '$300 billion'
# deficit is Half True"; an apostrophe inside a word opens none)
_QUOTATION = re.compile(r'“[^”\n]*”|"[^"\n]*"|(?<![\w\'])[\'‘](?=\S)[^\'‘’\n]*[^\s\'‘’][\'’](?![\w\'])')


@functools.cache
def _verdict_res() -> tuple[re.Pattern, re.Pattern]:
    frame = vocab.alternation(vocab.verdict_cues("frame"), ignore_case=True, space=r"\s+")
    verdict = vocab.alternation(vocab.verdict_cues("verdict"), ignore_case=True, space=r"\s+")
    speech = vocab.alternation(vocab.verdict_cues("speech"), ignore_case=True)
    return (re.compile(rf"(?<![\w-]){frame}\s*[:—–-]?\s*{verdict}\b", re.I),
            re.compile(rf"\b{speech}\b", re.I))


@functools.cache
def _correction_re() -> re.Pattern:
    """"The real figure for 2025 was far smaller": a rating given in prose, the text naming
    the fact instead of the claim and saying the claim is off (vocab/verdict_cues.csv, places
    "correction" and "corrected")."""
    fact = vocab.alternation(vocab.verdict_cues("correction"), ignore_case=True, space=r"\s+")
    off = vocab.alternation(vocab.verdict_cues("corrected"), ignore_case=True)
    return re.compile(rf"(?<![\w-]){fact}\b[^.;\n]{{0,40}}?\b(?:was|is|were|are)\s+(?:(?:far|much|considerably|significantly|a\s+lot)\s+)?{off}\b", re.I)


def _in_quotes(text: str, pos: int) -> bool:
    """Whether `pos` is inside a quotation within its paragraph."""
    start = text.rfind("\n\n", 0, pos) + 1
    span = text[start:pos]
    return span.count("“") > span.count("”") or span.count('"') % 2 == 1


@rule("measure", "sector-turnover", "text")
def sector_turnover(s: Site):
    """"Total turnover reached EUR 56.6 billion, with domestic sales of EUR 36.8 billion;
    exports thus represented 35% of turnover": a bare "turnover" in a text that also speaks of
    the sales at home (vocab/sector_turnover_cues.csv) is a sector's sales, no trade flow; nor
    is a share of it."""
    if s.kind not in ("amount", "share", "percent_change", "multiple") or s.claim.measure == "other":
        return None  # ("Turnover of the furniture industry fell 4.0% to EUR28.6 billion": its change too)
    if s.kind == "share":
        if "turnover" not in s.after[:30].lower() or not _OF_TURNOVER.match(s.after):  # (the word checked first: cheap)
            return None
    elif s.flow is None:
        return None
    elif s.text[s.flow.start:s.flow.end].lower() != "turnover":
        if _firms_own_sales(s.text, s.flow.start, s.flow.end):
            return Decision({})
        # "closed the year with total sales of EUR 5.9 billion", "Total sales: EUR 5.9 billion"
        # beside the domestic sales: a sector's total sales are its turnover, home and abroad
        if not _total_sales(s.text, s.flow.start, s.flow.end):
            return None
    elif _turnover_of_sector(s.text, s.flow.start, s.flow.end):
        return Decision({})
    return Decision({}) if _speaks_of_home_sales(s.text) else None


@functools.cache
def _sector_turnover_re() -> tuple[re.Pattern, re.Pattern]:
    # "Turnover of the whole sector", "turnover of the leather industry" after the word;
    # "the sector's turnover", "industry turnover" before it (vocab/sector_heads.csv)
    heads = vocab.alternation(vocab.sector_heads(), ignore_case=True)
    # (or its firms, vocab/turnover_owners.csv: "turnover of the group's 460 member companies",
    # "consolidated turnover")
    owners = vocab.table("turnover_owners")
    after = vocab.alternation([r["word"] for r in owners if r["place"] == "after"], ignore_case=True)
    before = vocab.alternation([r["word"] for r in owners if r["place"] == "before"], ignore_case=True)
    return (re.compile(rf"\s+of\s+(?:(?:the|its|this|that)\s+(?:(?:whole|entire|overall)\s+)?(?:[\w-]+\s+){{0,2}}?(?:{heads})\b"
                       rf"|(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){{0,4}}?(?:{after})\b)", re.I),
            re.compile(rf"\b(?:{heads}|{before})(?:['’]s|['’])?\s+(?:total\s+)?$", re.I))


def _turnover_of_sector(text: str, start: int, end: int) -> bool:
    """"Turnover of the whole sector is estimated at EUR 104.5 billion", "the industry's
    turnover rose 3%": the turnover a sector or industry (vocab/sector_heads.csv) owns is its
    sales at home and abroad, not a country's trade, even where the text names no home sales."""
    after, before = _sector_turnover_re()
    return bool(after.match(text, end, end + 60)) or bool(before.search(text, max(0, start - 20), start))


@functools.cache
def _firms_sales_res() -> tuple[re.Pattern, re.Pattern]:
    # the owners of vocab/turnover_owners.csv ("companies", "firms", place "after") as the
    # subject of a verb of earning right before the sales (vocab/revenue_verbs.csv, role "verb");
    # a sector's head noun (vocab/sector_heads.csv: "industry") right before them
    heads = vocab.alternation(vocab.sector_heads(), ignore_case=True)
    owners = vocab.alternation([r["word"] for r in vocab.table("turnover_owners") if r["place"] == "after"], ignore_case=True)
    verbs = vocab.alternation([r["phrase"] for r in vocab.table("revenue_verbs") if r["role"] == "verb"], ignore_case=True, space=r"\s+")
    return (re.compile(rf"\b(?:{owners})\b[^.;:\n]{{0,60}}?\b(?:{verbs})\s+(?:(?:total|combined|overall)\s+)?$", re.I),
            re.compile(rf"(?:^|\n|[.;:]\s+|-\s+)(?:{heads})(?:['’]s|['’])?\s+$", re.I))


def _firms_own_sales(text: str, start: int, end: int) -> bool:
    """"Its member companies generated sales of EUR 40 billion", "Industry sales of about $874
    billion": the sales that firms earn, or that an industry (as the subject, no product named
    before it) makes, are their turnover at home and abroad, no export flow, even where the
    text names no home sales. Only the bare noun "sales" ("export sales" keeps its flow)."""
    if text[start:end].lower() != "sales":
        return False
    firms, industry = _firms_sales_res()
    return bool(firms.search(text, max(0, start - 120), start)) or bool(industry.search(text, max(0, start - 12), start))


def _total_sales(text: str, start: int, end: int) -> bool:
    """Whether the flow word at `start` is a noun of selling (vocab/sale_nouns.csv) right after a
    word that makes it a whole (vocab/total_labels.csv, one word: "total sales", "overall
    sales"): the sales at home and abroad together, no export flow, when the text names the
    home sales beside them (checked by the caller)."""
    if text[start:end].lower() not in scan.sale_noun_set():
        return False
    if _total_before_re().search(text, max(0, start - 20), start):
        return True
    # "Tile sales reach EUR 5.9bn" in a text that gives the total sales and the home sales
    # apart: a bare word of selling, no word putting it abroad before it ("export sales",
    # vocab/abroad_market_words.csv), is that total too
    # (only the noun the whole is named with: "total sales" makes no bare "shipments" a whole)
    before = text[max(0, start - 40):start].lower().split()[-3:]
    if any(w.strip(",:;()") in scan.abroad_market_word_set() for w in before):
        return False
    return text[start:end].lower() in _nouns_of_total_sales(text)



@functools.lru_cache(maxsize=8)
def _nouns_of_total_sales(text: str) -> frozenset[str]:
    """The nouns of selling the text names a whole with ("total sales of ...": {"sales"}; read
    once per text)."""
    return frozenset(m.group(0).lower() for m in _sale_noun_re().finditer(text)
                     if _total_before_re().search(text, max(0, m.start() - 20), m.start()))


@functools.cache
def _sale_noun_re() -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{vocab.alternation(vocab.sale_nouns(), ignore_case=True)})\b", re.I)



@functools.cache
def _total_before_re() -> re.Pattern:
    words = vocab.alternation([w for w in vocab.total_labels() if " " not in w], ignore_case=True)
    return re.compile(rf"(?<![\w-])(?:{words})[^\S\n]+$", re.I)


_OF_TURNOVER = re.compile(r"\s*of\s+(?:(?:the|its|their|total|overall)\s+)*turnover\b", re.I)


@functools.lru_cache(maxsize=8)
def _speaks_of_home_sales(text: str) -> bool:
    """Whether the text names a sector's sales at home (read once per text)."""
    folded = text.lower()
    return any(cue in folded for cue in _home_sales_cues())


@functools.cache
def _home_sales_cues() -> tuple[str, ...]:
    return tuple(r["phrase"].lower() for r in vocab.table("sector_turnover_cues"))


@rule("measure", "home-market-sentence", "text")
def home_market_sentence(s: Site):
    """"At home, the country installed 40 GW of wind turbines, up 12% on the year": a
    sentence that opens by setting itself in the home market (vocab/home_market_openers.csv)
    speaks of installations, sales or output there; its figures that no flow word of their
    own sentence governs (their flow carried from the text) are that home quantity's, not
    the trade flow the text is on."""
    if s.kind not in ("amount", "percent_change", "multiple") or s.claim.measure == "other" \
            or s.claim.how.get("measure") not in ("discourse", "default-trade"):
        return None
    return Decision({}) if _home_market_opener_re().match(s.text, s.sent.start, s.m.start) else None


@functools.cache
def _home_market_opener_re() -> re.Pattern:
    words = vocab.alternation(vocab.home_market_openers(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*(?:{words})\s*,", re.I)


@rule("measure", "deals-at-an-event", "text")
def deals_at_an_event(s: Site):
    """"1,200 exporters took part in the trade expo, generating transactions of $5 billion",
    "deals worth $3bn were signed at the forum": the business a noun of deals gives right
    before its figure (vocab/event_deal_nouns.csv), in a sentence that names an event
    (vocab/event_names.csv), is the deals struck there, no flow of the period."""
    if s.kind != "amount" or s.claim.measure == "other":
        return None
    if _event_deal_re().search(s.text, max(s.sent.start, s.m.start - 60), s.m.start) is None:
        return None
    return Decision({}) if _event_noun_re().search(s.text, s.sent.start, s.sent.end) else None


@functools.cache
def _event_deal_re() -> re.Pattern:
    # "transactions of", "deals worth", "orders valued at": the noun, then the figure it gives
    nouns = vocab.alternation([r["word"] for r in vocab.table("event_deal_nouns")], ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{nouns})\s+(?:of|worth|valued\s+at|totall?ing|amounting\s+to)\s+{HEDGE}$", re.I)


@functools.cache
def _event_noun_re() -> re.Pattern:
    words = vocab.alternation(vocab.event_names(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{words})s?\b", re.I)


OTHER_RULES = (worked_arithmetic, per_unit_subject, hypothetical, addition_to, share_of_other_money, revision_of_estimate, revision_size, difference_of_two, figure_dated, gap_between_sources, gap_between_markets, difference_subject, project_cost_measure, change_of_other_money, absolute_change, goal_multiple, forecast_range, forecast_label, forecast_column, not_a_flow, count_subject, count_of_goods, change_between_unit_prices, index_referent, price_comparative, price_of_traded_goods, change_in_price_or_volume, covered_by_a_measure, through_affiliates_abroad, company_turnover, company_report_turnover, sector_turnover, currency_subject, currency_effect, currency_operation, settlement_share, settled_dues, share_of_needs, earlier_level_of_other, two_quantities_compared,
               owned_by_a_name, market_subject, share_of_a_share, money_of_one_item, price_of_one_item, price_threshold, rounding_unit, value_added_part, deals_at_an_event, home_market_sentence,
               flow_and_other_money)
