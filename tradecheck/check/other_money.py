"""Money that is no trade flow but checks itself: remittances, tourism receipts, reserves.

Such figures are read with measure `other` and never enter the constraint system (a
remittance is no part of exports, and two subjects of one country and year are no one
quantity). But a sentence that gives both levels of such a figure and the change between
them ("Cash remittances rose 2.9 percent to $33.49 billion from $32.54 billion", "USD 4,581
million ..., an increase of 11.5 percent compared to USD 4,110 million"), or a part and its
share "of the total" where the total of that same subject is stated, can be checked on its
own, like a change of tonnes (check/volumes.py). Each figure is kept to its subject, the
last word of a non-trade subject before it in its sentence (vocab/flows.csv, measure
"other"), so two subjects never mix; and only where the words tie the figures together
(vocab/level_ties.csv) is anything flagged."""
from __future__ import annotations

import functools
import re

from .. import vocab
from ..extract.series_gaps import balance_nouns
from ..link.company_reports import company_report
from ..link.residuals import rest_figure_re, rest_figure_words
from ..link.cues import HEDGE, UNIT_PRICE_AFTER
from ..link.topic import figure_subject
from ..model import Claim, Finding
from .by_sentence import by_sentence
from .catalogue import Severity, Status, render
from .format import money

# what may stand between a level and the words that tie it: a place, a period ("in the 12
# months to June 2024", "in 3Q24", "in FY24", "ended 30 September 2023", "for the half to March 31"
# (a day after its month: MONTH_DAY, filled in by `words_between`)), an aside in brackets with no
# change in it ("₹1,812 crore ($218 million) from"), no other figure
_WORDS_TEMPLATE = (r"(?:[^.;%\d$€£¥()]|(?:19|20)\d\d(?:[-/–]\d\d\b)?|\b\d{1,2}\s+months?\b|\b[1-4]Q\d\d\b|\bFY\s?'?(?:19|20)?\d\d\b|\bQ[1-4]\b|\bH[12]\b|\b9M\d\d\b"
                   r"|\b\d{1,2}(?:st|nd|rd|th)?\s+(?=[A-Z][a-z]{2,8}\b)|MONTH_DAY|\([^()%]{1,40}\)){0,LIMIT}?")


@functools.cache
def words_between(limit: int = 60) -> str:
    """`_WORDS_TEMPLATE` with the months' names (vocab/months.csv) for a day after its month:
    built on first use, not at import (a table read is a start-up cost every run pays). At
    most `limit` words' characters between the figures."""
    month = vocab.alternation(list(vocab.months()), ignore_case=True)
    return _WORDS_TEMPLATE.replace("LIMIT", str(limit)).replace("MONTH_DAY", rf"\b(?:{month})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?![\d.,]\d|\s*%)")


# an earlier level given in brackets under its year's label: "€1,284.6 million (previous
# year: €1,149.0 million)", "DKK 19,640 million (2023: DKK 18,712 million)"; or under a
# fiscal year's or quarter's label, as Indian results write it ("(Q1FY22: Rs 1,263 crore)",
# "(FY2021: ...)", "(2Q FY22: ...)")
_LABELLED_OLD = r"\(\s*(?:(?:19|20)\d\d|(?:{old})|(?:(?:[QH][1-4]|[1-4][QH]|9M)\s?)?FY\s?'?(?:19|20)?\d\d)\s*:\s*"
# a few words between a change and "to" its level, a period or a place ("fell 4% this week
# to $2,215"), no figure and no clause's end
_SHORT_WORDS = r"(?:\s+[^.;,:%\d$€£¥()]{1,30}?)?"


@functools.cache
def _tie(role: str) -> str:
    return vocab.alternation(vocab.level_ties()[role], ignore_case=True, space=r"\s+")


@functools.cache
def _change_nouns() -> str:
    return vocab.alternation(list(vocab.change_nouns()) + ["growth"], ignore_case=True)


@functools.cache
def _gaps() -> dict[str, re.Pattern]:
    """The words between figures that tie them, by the order of the figures."""
    since = r"(?:\s*(?:y/y|y-o-y|yoy|year-on-year|year-over-year))?"
    words = words_between()
    return {
        # "rose 2.9 percent" | " to " | "$33.49bn" | " in 2023 from " | "$32.54bn"
        "change>new": re.compile(rf"{since}{_SHORT_WORDS}\s+(?:{_tie('new')})\s+$", re.I),
        "new>old": re.compile(rf"{words}(?:\b(?:{_tie('old')})\s+(?:the\s+)?|{_LABELLED_OLD.format(old=_tie('labelled'))})$", re.I),
        # "USD 4,581 million" | " in the 12 months to June 2024, an increase of " | "11.5 percent"
        # (a longer span allowed: "£8bn of support to exporters and their buyers in the
        # 2022-23 financial year, up": the level's phrase says whom and when, no figure in it)
        "new>change": re.compile(rf"{words_between(120)},\s*(?:{_tie('change')})\s+(?:by\s+)?$", re.I),
        # ("a 79.3 per cent increase over the N289.2bn": the change's noun after it)
        "change>old": re.compile(rf"{since}(?:\s+(?:{_change_nouns()}))?\s+(?:{_tie('old')}|{_tie('than')})\s+(?:the\s+)?"
                                 # ("an increase of 7.4% compared to the previous year (500 million)":
                                 # the earlier period named, its level in brackets after it)
                                 rf"(?:(?:{_tie('labelled')}|(?:19|20)\d\d)\s*\(\s*)?$", re.I),
        # "up 4.3 percent" | " from a year earlier but down " | "2.8 percent": a change whose
        # earlier level is words only, then a second change of the same level after "but"
        "change>change": re.compile(rf"{since}\s+(?:{_tie('old')})\s+[^.;:%\d$€£¥()]{{1,40}}?(?:,\s*|\s+)(?:but|and|while)\s+(?:{_tie('change')})\s+(?:by\s+)?$", re.I),
        # "US$21.50 billion" | ", " | "3.0 percent" | " higher than the " | "US$20.87 billion"
        "new>bare": re.compile(rf"{words},\s*$", re.I),
        "change>than": re.compile(rf"\s+(?:{_tie('than')})\s+(?:the\s+)?$", re.I),
        # "US$2.86 billion" | " in July, or " | "89.9 percent"
        "part>share": re.compile(rf"{words},\s*(?:{_tie('share')})\s+$", re.I),
        # "USD 42.5bn" | " in 2015, with Asia contributing " | "USD 18.3bn" | " (" | "43%" | ")"
        "whole>part": re.compile(rf"{words},\s*(?:{_tie('part')})\b{words}$", re.I),
        "part>bracket": re.compile(r"\s*\(\s*$"),
        # "US$ 545/ton, versus US$ 742/ton" | " in 2022 (" | "-26.5%" | ")": the change of the
        # two levels just given, in brackets after them
        "old>bracket": re.compile(rf"{words}\(\s*$", re.I),
    }


@functools.cache
def _subject_re() -> re.Pattern:
    words = [w for w, (measure, _) in vocab.flows().items() if measure == "other"]
    alt = vocab.alternation(words, ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{alt})\b", re.I)


@functools.cache
def _company_subject_re() -> re.Pattern:
    """The subjects of a company's own report (link/company_reports.py): those of any text,
    and its sales, revenue and accounts ("net sales", "order intake", "EBIT")."""
    words = [w for w, (measure, _) in vocab.flows().items() if measure == "other"]
    words += list(vocab.company_words("turnover")) + vocab.company_accounts()
    alt = vocab.alternation(words, ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{alt})\b", re.I)


def _converted(text: str, c: Claim) -> bool:
    """A level given again in another currency in brackets ("₹1,812 crore ($218 million)"):
    no level of its own between the two a change ties."""
    return c.kind == "amount" and c.how.get("measure") == "restates-previous" and text[max(0, c.start - 3):c.start].rstrip().endswith("(")


def findings(text: str, sentences, claims: list[Claim]) -> list[Finding]:
    """An inconsistent finding for each change or share of non-trade money that the levels
    the text ties to it cannot give."""
    said = [c for c in claims if c.measure == "other" and not _converted(text, c)]
    money_claims = [c for c in said if not c.extra.get("_forecast")]
    grouped = by_sentence(sentences, money_claims)
    # (a total and its listed parts in one sentence are one statement, a forecast's too: "will
    # account for $1.1trn: $500bn, $330bn and $270bn respectively")
    with_forecasts = by_sentence(sentences, said) if len(said) > len(money_claims) else grouped
    starts = {c.id: s.start for s, own in zip(sentences, grouped) for c in own}
    out = []
    before: list[Claim] = []  # the previous sentence's figures
    prev_sent = None
    split: tuple[Claim, list[Claim]] | None = None  # the whole and parts of the sentence before, if a breakdown
    rest_words = _rest_res()[1]
    for sent, own, all_own in zip(sentences, grouped, with_forecasts):
        out += filter(None, [_breakdown(text, sent, own, before, prev_sent.start if prev_sent else 0)])
        if split is not None and any(w in text[sent.start:sent.end].lower() for w in rest_words):  # (cheap literals first)
            out += filter(None, [_breakdown_with_rest(text, own, *split)])
        split = _breakdown_split(text, sent, own, before)
        if own and before and own[0].kind == "percent_change":
            # (every figure of the sentence before, flows too: "the figure" may be any of them)
            every = [c for c in claims if prev_sent.start <= c.start < prev_sent.end]
            out += filter(None, [_change_of_figure_before(text, sent, own, every, prev_sent.start)])
        prev_sent = sent
        if ":" in text[sent.start:sent.end]:  # (the literal checked first: cheap)
            out += filter(None, [_listed_parts(text, sent, all_own)])
        before = own
        for i, c in enumerate(own):
            if c.kind == "percent_change":
                out += filter(None, [_change(text, sent, own, i)])
            elif c.kind == "share" and (c.extra.get("_whole") == "the total" or "_whole" not in c.extra and i > 0
                                        and (_OF_THE_TOTAL.match(text, c.end) or _subject_named_whole(text, c) is not None
                                             or _bare_after_a_share_of_the_total(text, own[i - 1], c))):
                out += filter(None, [_share(text, sent, own, i, money_claims, starts)])
            elif c.kind == "share" and i >= 2 and "_whole" not in c.extra:
                out += filter(None, [_share_of_the_level_before(text, sent, own, i)])
            if c.kind == "share" and i >= 1 and " of " in text[own[i - 1].end:c.start]:
                out += filter(None, [_share_of_the_subject_before(text, own, i, money_claims, starts)])
            if c.kind == "share" and i >= 1 and " of " in text[c.end:c.end + 5]:  # (cheap literal first)
                out += filter(None, [_share_of_a_named_account(text, own, i, money_claims)])
            if c.kind == "share" and i + 1 < len(own) and " total " in text[c.end:own[i + 1].start]:
                out += filter(None, [_share_of_a_stated_total(text, sent, own, i, money_claims, sentences)])
            if c.kind == "amount" and i + 1 < len(own) and own[i + 1].kind == "amount" \
                    and "," in text[c.end:own[i + 1].start]:  # (cheap literal first)
                out += filter(None, [_stated_order(text, c, own[i + 1])])
            if c.kind == "share" and c.partner not in (None, "WLD") and " total" in text[c.end:c.end + 16] \
                    and not any(x.kind == "amount" for x in own):  # (cheap literal first)
                out += filter(None, [_partner_share_of_the_total(text, c, money_claims, starts)])
    out += _bulleted_breakdowns(text, list(sentences), grouped)
    low = text.lower()
    if any(w in low for w in rest_figure_words()):  # (the rest's words, cheap literals first)
        out += _shares_of_parts_with_the_rest(text, said)
    if "net " in low and "outflow" in low and "inflow" in low:  # (cheap literals first)
        out += _net_of_gross_flows(text, list(sentences), money_claims)
    if "\n" in text:  # (bullets stand on lines of their own: cheap test first)
        out += _bullets_then_total(text, list(sentences), claims)
    # (a flow's bullets too: "Imports of U.S. fruit reached $90 million in 2024. By kind:"
    # over "- Apples: $40 million", "- Pears: $50 million"; see _same_flow)
    flows = [c for c in claims if c.measure in ("exports", "imports") and not c.extra.get("_forecast")]
    if flows and ":" in text:
        out += _bulleted_breakdowns(text, list(sentences), by_sentence(sentences, flows), same_flow=True)
    out += filter(None, [_contributed_parts(text, sent, own, money_claims)
                         for sent, own in zip(sentences, grouped) if len(own) > 1])
    return out


@functools.cache
def _net_flow_label_re() -> re.Pattern:
    return re.compile(rf"\b(?:{vocab.alternation(list(vocab.net_flow_labels()), ignore_case=True)})\b", re.I)


def _flow_role(text: str, start: int, c: Claim) -> str | None:
    """Whether a figure is a gross inflow, a gross outflow or their net, by the label in the
    words just before it (from the figure or sentence start before): "net" wins ("net
    inflows" are a net), and a label naming both ways names neither."""
    roles = {vocab.net_flow_labels()[m.group(0).lower()] for m in _net_flow_label_re().finditer(text, start, c.start)}
    if "net" in roles:
        return "net"
    return roles.pop() if len(roles) == 1 else None


def _net_of_gross_flows(text: str, sentences, claims: list[Claim]) -> list[Finding]:
    """"Inflows rose to A ... Outflows totalled B, so net remittances amounted to C": the net
    is the inflows less the outflows when all three are stated for one period and currency,
    the outflow in the net's sentence or the one before, the inflow at most three sentences
    back (nearer, the same money is meant; farther, it may be another account's)."""
    amounts = sorted((c for c in claims if c.kind == "amount" and _range(c) is not None), key=lambda c: c.start)
    index = {c.id: k for k, s in enumerate(sentences) for c in amounts if s.start <= c.start < s.end}
    roles: dict[str, str | None] = {}
    prev_end = 0
    for c in amounts:
        k = index.get(c.id)
        if k is None:
            continue
        roles[c.id] = _flow_role(text, max(prev_end, sentences[k].start), c)
        prev_end = c.end
    out = []
    for j, net in enumerate(amounts):
        if roles.get(net.id) != "net":
            continue
        k = index[net.id]

        def nearest(role: str, back: int) -> Claim | None:
            for c in reversed(amounts[:j]):
                if index.get(c.id, -99) < k - back:
                    return None
                if roles.get(c.id) == role:
                    return c
            return None
        gross_out, gross_in = nearest("out", 1), nearest("in", 3)
        if gross_out is None or gross_in is None or gross_in.start > gross_out.start \
                or any(c.currency != net.currency or c.period != net.period for c in (gross_out, gross_in)):
            continue
        (in_lo, in_hi), (out_lo, out_hi), (net_lo, net_hi) = _range(gross_in), _range(gross_out), _range(net)
        if net_lo <= in_hi - out_lo and net_hi >= in_lo - out_hi:
            continue
        difference = gross_in.value - gross_out.value
        fields = {"parts": f"{money(gross_in.value, net.currency)} - {money(gross_out.value, net.currency)}",
                  "sum": money(difference, net.currency), "stated": net.text}
        out.append(Finding(id="", check="sum", status=Status.INCONSISTENT, severity=Severity.ERROR,
                           claims=[gross_in.id, gross_out.id, net.id],
                           spans=[(x.start, x.end) for x in (gross_in, gross_out, net)],
                           message=render("sum", "parts", False, fields), expected=difference, observed=net.value))
    return out


def _subject(text: str, start: int, c: Claim) -> str | None:
    """The non-trade subject a figure is of: the last such words before it in its sentence,
    by their head noun, singular ("export orders" and "orders" -> "order"), so that a part
    named short ("Orders from the United States") meets its total."""
    last = None
    subject_re = _company_subject_re() if company_report(text) else _subject_re()
    # "provided £8.2 billion of financial support": the figure's own noun right after it (one
    # word may qualify it) is its subject, before any named earlier in the sentence
    own = _OWN_QUALIFIED_NOUN_AFTER.match(text, c.end) if c.kind == "amount" else None
    if own is not None:
        m = subject_re.match(text, own.end(1)) or subject_re.match(text, own.end())
        if m is not None:
            return re.sub(r"s$", "", m.group(0).lower().split()[-1])
    for m in subject_re.finditer(text, start, c.start):
        last = m
    if last is None:
        # "The industry earned $35.5 billion in revenues in 2023, up 8.9 percent from $28.6
        # billion": no subject before the figure, its own noun right after it
        last = _OWN_NOUN_AFTER.match(text, c.end)
        last = subject_re.match(text, last.end()) if last else None
    if last is None:
        # "The port command has generated N51.2bn, ... over the N28.9bn collected": money a
        # body brought in (vocab/revenue_verbs.csv) is what it collected
        # (or the participle after it: "than the N28.9bn collected in 2023")
        verb = _revenue_verb_re().search(text, max(start, c.start - 40), c.start) \
            or _revenue_verb_re(after=True).match(text, c.end)
        return "collected" if verb else None
    return re.sub(r"s$", "", last.group(0).lower().split()[-1])


@functools.cache
def _revenue_verb_re(after: bool = False) -> re.Pattern:
    """A verb of money a body brought in (vocab/revenue_verbs.csv) right before a figure (a
    word may stand between: "generated about"), or with `after` its participle right after one."""
    verbs = [r["phrase"] for r in vocab.table("revenue_verbs") if r["role"] == "verb"]
    alt = vocab.alternation(verbs, ignore_case=True, space=r"\s+")
    return re.compile(rf"\s+(?:{alt})\b", re.I) if after else re.compile(rf"\b(?:{alt})\s+(?:\S+\s+)?$", re.I)


# "$35.5 billion in revenues", "$2 billion of revenue": the words between a figure and its noun
_OWN_NOUN_AFTER = re.compile(r"\s+(?:in|of)\s+(?:total\s+|annual\s+)?")
# "£8.2 billion of financial support": "of" and at most one word qualifying the noun
_OWN_QUALIFIED_NOUN_AFTER = re.compile(r"(\s+of\s+)(?:[a-z-]+\s+)?")


def _gap(text: str, a: Claim, b: Claim, kind: str) -> bool:
    start = a.end
    if kind in ("new>old", "new>change", "new>bare", "old>bracket") and (tail := _unit_tail(text, a.end)):
        # "to $2,215 per 40ft container, down from $2,607": a level per unit, the earlier one
        # per the same unit unless it names another
        start += len(tail)
        if _unit_tail(text, b.end) not in ("", tail):
            return False
    return start <= b.start and _gaps()[kind].fullmatch(text, start, b.start) is not None


def _unit_tail(text: str, end: int) -> str:
    """The words right after a level that make it a price per unit ("per TEU"), or ""."""
    m = UNIT_PRICE_AFTER.match(text[end:end + 60])
    return m.group() if m else ""


def _levels(text: str, own: list[Claim], i: int) -> tuple[Claim, Claim] | None:
    """The later and the earlier level a change is tied to: "rose N% to A from B", "A,
    up N% from B" or "A from B, a drop of N%"."""
    c = own[i]
    nxt = own[i + 1:i + 3]
    if len(nxt) == 2 and all(x.kind == "amount" for x in nxt) \
            and _gap(text, c, nxt[0], "change>new") and _gap(text, nxt[0], nxt[1], "new>old"):
        return nxt[0], nxt[1]
    if 0 < i < len(own) - 1 and own[i - 1].kind == "amount" and own[i + 1].kind == "amount" \
            and (_gap(text, own[i - 1], c, "new>change") and _gap(text, c, own[i + 1], "change>old")
                 or _gap(text, own[i - 1], c, "new>bare") and _gap(text, c, own[i + 1], "change>than")):
        return own[i - 1], own[i + 1]
    if 1 < i < len(own) - 1 and own[i - 2].kind == "amount" and own[i - 1].kind == "percent_change" and own[i + 1].kind == "amount" \
            and _gap(text, own[i - 2], own[i - 1], "new>change") and _gap(text, own[i - 1], c, "change>change") \
            and _gap(text, c, own[i + 1], "change>old"):
        # "US$50.32 billion last month, up 4.3 percent from a year earlier but down 2.8
        # percent from US$51.77 billion in July": the second change is of the same level,
        # against the earlier one it names
        return own[i - 2], own[i + 1]
    if i >= 2 and own[i - 2].kind == "amount" and own[i - 1].kind == "amount" \
            and _gap(text, own[i - 2], own[i - 1], "new>old") and _gap(text, own[i - 1], c, "new>change"):
        # "fell to $428 million from $804 million a year earlier, a drop of 46.8%": both
        # levels first, the change after them
        return own[i - 2], own[i - 1]
    if i >= 2 and own[i - 2].kind == "amount" and own[i - 1].kind == "amount" \
            and _gap(text, own[i - 2], own[i - 1], "new>old") and _bracketed(text, own[i - 1], c):
        return own[i - 2], own[i - 1]
    return None


@functools.cache
def _order_re() -> re.Pattern:
    """"US$ 2.01 per kilo" | " in 2021, below the " | "US$ 2.12": the words after a level (its
    period, no figure) and the order word before the level it is set against."""
    order = vocab.alternation(list(vocab.order_words()), ignore_case=True, space=r"\s+")
    return re.compile(rf"{words_between()},\s*(?:well\s+|slightly\s+|far\s+|still\s+)?(?P<w>{order})\s+(?:the\s+)?$", re.I)


def _stated_order(text: str, a: Claim, b: Claim) -> Finding | None:
    """"Average price: US$ 2.41 per kilo, below the US$ 2.12 of a year earlier": a level, then
    a word that says whether it is above or below the level after it (vocab/order_words.csv).
    Two levels of one currency and unit, the second right after the word: the first must be
    on the side of the second the word says (allowing for rounding). Only a failure is
    reported (as for this module's other checks)."""
    if a.currency != b.currency or a.value is None or b.value is None or a.value < 0 or b.value < 0:
        return None
    tail = _unit_tail(text, a.end)
    if _unit_tail(text, b.end) not in ("", tail) or a.end + len(tail) > b.start:
        return None
    m = _order_re().fullmatch(text, a.end + len(tail), b.start)
    ra, rb = _range(a), _range(b)
    if m is None or ra is None or rb is None:
        return None
    direction = vocab.order_words()[" ".join(m["w"].lower().split())]
    wrong = ra[1] < rb[0] if direction > 0 else ra[0] > rb[1]
    if not wrong:
        return None
    fields = {"figure": a.text, "period": a.period, "word": m["w"], "other": b.text, "other_period": b.period}
    return Finding(id="", check="percent_change", status=Status.INCONSISTENT, severity=Severity.ERROR,
                   claims=[a.id, b.id], spans=[(a.start, a.end), (b.start, b.end), m.span("w")],
                   message=render("percent_change", "comparison", False, fields), expected=b.value, observed=a.value)


def _bracketed(text: str, old: Claim, c: Claim) -> bool:
    """"US$ 545/ton, versus US$ 742/ton in 2022 (-26.5%)": the change in brackets right after
    its two levels, which it compares whatever period its words seem to give it."""
    return text.startswith(")", c.end) and _gap(text, old, c, "old>bracket")


def _range(c: Claim) -> tuple[float, float] | None:
    lo = c.native_low if c.native_low is not None else c.low
    hi = c.native_high if c.native_high is not None else c.high
    return None if lo is None or hi is None or lo <= 0 else (lo, hi)


def _change(text: str, sent, own: list[Claim], i: int) -> Finding | None:
    c = own[i]
    levels = _levels(text, own, i)
    if levels is None:
        return None
    new, old = levels
    subject = _level_subject(text, sent.start, new)
    if subject is None or _level_subject(text, sent.start, old) != subject or new.currency != old.currency:
        return None  # not two levels of one named quantity
    if not _bracketed(text, old, c) and (
            (c.period and new.period != c.period and not _dated_by_context(new)) or (c.base_period and old.period != c.base_period)):
        return None  # the change and its levels are dated apart: no verdict
    lo_f, hi_f = c.extra.get("factor_low", c.factor), c.extra.get("factor_high", c.factor)
    r_new, r_old = _range(new), _range(old)
    if None in (lo_f, hi_f, r_new, r_old):
        return None
    if lo_f <= r_new[1] / r_old[0] and r_new[0] / r_old[1] <= hi_f:
        return None
    return _change_finding(c, new, old)


# the measure rules (link/measures.py) that read a figure as a company's own sales or revenue
_TURNOVER_RULES = ("company-turnover", "company-report-turnover")


def _level_subject(text: str, start: int, c: Claim) -> str | None:
    """The subject of a level a change ties: its named subject (`_subject`), or, where the
    words name none of money of no flow, a company's turnover when the measure rules read the
    figure so ("Acme closed 2018 with sales of $537 million, an increase of 7.4% compared to
    the previous year ($500 million)": one company's sales in both years)."""
    subject = _subject(text, start, c)
    if subject is None and c.how.get("measure") in _TURNOVER_RULES:
        return "turnover"
    return subject


def _change_of_figure_before(text: str, sent, own: list[Claim], before: list[Claim], before_start: int) -> Finding | None:
    """"The Bureau collected PHP 50.2 billion in May. The collection is 7.1 percent higher
    than the PHP 46.9 billion collected a year earlier": a sentence that opens with words
    standing for a figure given before (vocab/figure_anaphors.csv) and sets its change beside
    an earlier level. Which figure of the sentence before it is (the amount collected, its
    target, the excess) the words do not say: flagged only where none of them, in the
    earlier level's currency and the change's period, gives the change. Or the change names
    its subject ("Mexicans living abroad sent a record $63.31 billion home in 2023.
    Remittances were up 7.6% compared to the $58.84 billion received in 2022"): then only
    the figures before of that subject, or of none where the sentence before names no other
    money, are its level."""
    c = own[0]
    if len(own) < 2 or own[1].kind != "amount" or not _gap(text, c, own[1], "change>old"):
        return None
    old = own[1]
    if not figure_subject(text, sent.start, c.start):
        before = _levels_of_subject_before(text, sent, c, old, before, before_start)
    if c.base_period and old.period != c.base_period:
        return None  # the change and its earlier level are dated apart: no verdict
    lo_f, hi_f = c.extra.get("factor_low", c.factor), c.extra.get("factor_high", c.factor)
    r_old = _range(old)
    news = [b for b in before if b.kind == "amount" and b.currency == old.currency and _range(b)
            and (not c.period or b.period == c.period)]
    if None in (lo_f, hi_f, r_old) or not news:
        return None
    if any(lo_f <= _range(b)[1] / r_old[0] and _range(b)[0] / r_old[1] <= hi_f for b in news):
        return None
    new = news[0]  # (the sentence's first figure: most often its subject's)
    return _change_finding(c, new, old)


def _levels_of_subject_before(text: str, sent, c: Claim, old: Claim, before: list[Claim], before_start: int) -> list[Claim]:
    """The figures of the sentence before that a change of a named subject of money of no
    flow, with its earlier level but no later one in its sentence, may be on: those of its
    subject, or those of no subject's words where the sentence before names no kind of such
    money at all (it is on the money the change names). None if the change names no subject."""
    subject = _subject(text, sent.start, c)
    if subject is None or _subject(text, sent.start, old) != subject:
        return []
    others = _kinds(text, before_start, sent.start)
    return [b for b in before if b.measure == "other" and b.kind == "amount"
            and (_subject(text, before_start, b) == subject or not others and _subject(text, before_start, b) is None)]


def _parts_exceed(whole: Claim, parts: list[Claim]) -> Finding:
    """The inconsistent finding of parts that add up to more than their whole."""
    return _parts_finding(whole, parts, "bound", "whole")


def _parts_finding(whole: Claim, parts: list[Claim], check: str, whole_field: str) -> Finding:
    """The inconsistent finding of parts set against their whole: `check` "bound" (more than
    it) or "sum" (not it), whose message names the whole by `whole_field`."""
    total = sum(p.value for p in parts)
    fields = {"parts": " + ".join(money(p.value, p.currency) for p in parts), "sum": money(total, whole.currency),
              whole_field: money(whole.value, whole.currency)}
    return Finding(id="", check=check, status=Status.INCONSISTENT, severity=Severity.ERROR,
                   claims=[whole.id] + [p.id for p in parts], spans=[(x.start, x.end) for x in [whole] + parts],
                   message=render(check, "parts", False, fields), expected=whole.value, observed=total)


def _change_finding(c: Claim, new: Claim, old: Claim) -> Finding:
    """The inconsistent finding of a stated change `c` that the levels new / old do not give."""
    ratio = new.value / old.value
    fields = {"new": money(new.value, new.currency), "new_period": new.period or "?",
              "old": money(old.value, old.currency), "old_period": old.period or "?",
              "ratio": f"{ratio:.2f}", "change": f"{(ratio - 1) * 100:+.1f}%", "text": c.text,
              "stated_change": f"{(c.factor - 1) * 100:+.1f}%", "bound": c.bound}
    return Finding(id="", check="percent_change", status=Status.INCONSISTENT, severity=Severity.ERROR,
                   claims=[new.id, c.id, old.id], spans=[(x.start, x.end) for x in (new, c, old)],
                   message=render("percent_change", "change", False, fields),
                   expected=round((ratio - 1) * 100, 1), observed=round((c.factor - 1) * 100, 1))


def _dated_by_context(level: Claim) -> bool:
    """Whether a level has no date of its own words, only the text's running one ("diesel
    prices fell 4.9% to $5.62 per gallon from $6.41 in June 2023": the level "to" which the
    change went is dated like the change, which its earlier level's date dates)."""
    return level.how.get("period") == "discourse"


def _share(text: str, sent, own: list[Claim], i: int, claims: list[Claim], starts: dict[str, int]) -> Finding | None:
    """"A, or N% of the total": the total is a stated figure of the same subject, period and
    currency; flagged only if no such figure gives the share."""
    c = own[i]
    part = own[i - 1] if i > 0 else None
    if part is None or part.kind != "amount" or not _gap(text, part, c, "part>share"):
        return None
    subject = _subject(text, sent.start, part)
    named = _subject_named_whole(text, c) if c.extra.get("_whole") != "the total" and not _OF_THE_TOTAL.match(text, c.end) else None
    if named is not None and subject not in (None, named):
        return None  # ("Fees were $5bn, or 40% of the budget": a share of another subject)
    subject = named or subject  # (a whole so named may be the world's: "of the global gap")
    lo_f, hi_f = c.extra.get("factor_low", c.factor), c.extra.get("factor_high", c.factor)
    r_part = _range(part)
    if subject is None or None in (lo_f, hi_f, r_part) or lo_f <= 0:
        return None
    wholes = [w for w in claims if w.kind == "amount" and w is not part and w.period == part.period
              and w.currency == part.currency and (w.reporter == part.reporter or named and w.reporter in (None, "WLD"))
              and w.value and w.value > part.value
              and _range(w) and w.id in starts and (_subject(text, starts[w.id], w) == subject
                                                    or not named and _TOTAL_BEFORE.search(text, max(0, w.start - 14), w.start))]
    if not wholes and _OF_THE_TOTAL.match(text, c.end) and part.sentence > 0:
        # "Students spent $22.3 billion in 2022. Fees accounted for $13.2 billion, or half of
        # the total": a bare "the total" in the sentence right after one giving a single level
        # of money of no flow (of the period and currency, larger) is that level
        # (only for a part that says it is one, "Fees accounted for", not "Tourism receipts
        # reached $2.2 billion, or 40 percent of the total" after another subject's level)
        prev = [w for w in claims if w.sentence == part.sentence - 1] \
            if _PART_VERB_BEFORE.search(text, max(0, part.start - 60), part.start) else []
        if len(prev) == 1 and prev[0].kind == "amount" and prev[0].period == part.period \
                and prev[0].currency == part.currency and prev[0].value and prev[0].value > part.value and _range(prev[0]):
            wholes = prev
    if not wholes:
        return None  # the total is not stated: nothing to check the share against
    for w in wholes:
        r_w = _range(w)
        if lo_f <= r_part[1] / r_w[0] and r_part[0] / r_w[1] <= hi_f:
            return None  # one reading of "the total" gives the share
    whole = min(wholes, key=lambda w: abs(part.value / w.value - c.factor))
    return _share_finding(part, c, whole)


# " of the total", " of the year's total": a share naming the total of its subject as its whole
_OF_A_TOTAL = re.compile(r"\s+of\s+(?:the\s+)?(?:[a-z]+['’]s\s+)?total\b(?!\s+[a-z])", re.I)


def _bare_after_a_share_of_the_total(text: str, part: Claim, c: Claim) -> bool:
    """"Orders from the United States fell to US$40.88 billion, or 27.6 percent of the year's
    total ... while those from Europe amounted to US$30.11 billion, or 20.3 percent": a share
    that names no whole, after its part, in a paragraph where a share before it named the
    total, is of that same total."""
    if part.kind != "amount" or " of " in text[c.end:c.end + 5]:
        return False  # (a share that names a whole of its own: cheap literal first)
    paragraph = text.rfind("\n", 0, part.start) + 1
    return text.find(" total", paragraph, part.start) >= 0 and _share_of_the_total_before(text, paragraph, part.start)


def _share_of_the_total_before(text: str, start: int, end: int) -> bool:
    """Whether a share between `start` and `end` names the total as its whole: a percent
    right before " of the (year's) total"."""
    for m in _OF_A_TOTAL.finditer(text, start, end):
        if re.search(r"(?:%|\bper\s*cent|\bpercent|\bpc)\s*$", text[max(start, m.start() - 12):m.start()], re.I):
            return True
    return False


# "underwrote a total of US$865.3bn": a level the text itself calls the total, which "N% of
# the total" after a part of it may point back to, whatever subject's words stand near each
_TOTAL_BEFORE = re.compile(r"\ba\s+total\s+of\s+$", re.I)
# "or 81.8% of the total": a share of money of no flow whose whole is "the total" (no noun after)
_OF_THE_TOTAL = re.compile(r"\s+of\s+the\s+total\b(?!\s+[a-z])")


def _subject_named_whole(text: str, c: Claim) -> str | None:
    """"accounted for $1.3 trillion, or 40% of the global gap": the head noun of a subject of
    money of no flow (vocab/flows.csv, other: "trade finance gap") that a share names as its
    whole, right after "of the" and at most one word; the part is of that subject, its whole
    the subject's stated level."""
    if "of" not in text[c.end:c.end + 5]:
        return None  # (cheap: most shares name no whole after them)
    mm = _WHOLE_AFTER.match(text, c.end)
    if mm is None:
        return None
    heads = _subject_heads()
    return next((w.lower().removesuffix("s") for w in (mm["noun"], mm["word"]) if w and w.lower().removesuffix("s") in heads), None)


@functools.cache
def _subject_heads() -> frozenset[str]:
    """The head nouns of the gaps of money of no flow that have more than one word ("trade
    finance gap", "financing gap": "gap"), singular, as `_subject` gives them: a bare "the
    gap" after one is that gap again (extract/series_gaps.py), so a share of it is of that."""
    gaps = balance_nouns()
    return frozenset(head for w, (measure, _) in vocab.flows().items()
                     if measure == "other" and " " in w and (head := w.lower().split()[-1].removesuffix("s")) in gaps)


# " of the global gap": "of", an article or possessive, at most one qualifying word, the noun
_WHOLE_AFTER = re.compile(r"\s+of\s+(?:the|its|their)\s+(?:(?P<word>[a-z-]+)\s+)?(?P<noun>[a-z-]+)\b(?![\w-])")


def _share_of_the_level_before(text: str, sent, own: list[Claim], i: int) -> Finding | None:
    """"Fee income reached USD 40bn, with Europe contributing USD 10bn (25%)": a part tied
    to the level before it (vocab/level_ties.csv, role "part"), its share in brackets or
    after "or" with no whole of its own words, is its share of that level. Both are of one
    subject, currency and period; the part's place is where it is, whatever reporter the
    figures were read with."""
    whole, part, c = own[i - 2], own[i - 1], own[i]
    if whole.kind != "amount" or part.kind != "amount" or whole.currency != part.currency or whole.period != part.period:
        return None
    if not (_gap(text, part, c, "part>bracket") and text.startswith(")", c.end) or _gap(text, part, c, "part>share")) \
            or not _gap(text, whole, part, "whole>part"):
        return None
    subject = _subject(text, sent.start, whole)
    lo_f, hi_f = c.extra.get("factor_low", c.factor), c.extra.get("factor_high", c.factor)
    r_part, r_whole = _range(part), _range(whole)
    if subject is None or _subject(text, sent.start, part) != subject or None in (lo_f, hi_f, r_part, r_whole) or lo_f <= 0:
        return None
    if lo_f <= r_part[1] / r_whole[0] and r_part[0] / r_whole[1] <= hi_f:
        return None
    return _share_finding(part, c, whole)


# from a part to its share, naming the whole by its subject: " of the revenue, or ", " of that income ("
_OF_THE_SUBJECT = re.compile(r"\s+of\s+(?:the|its|their|this|that)\s+(?P<noun>[a-z]+)\s*(?:,\s*or|,|\()\s*(?:about\s+|almost\s+|nearly\s+|some\s+)?", re.I)


def _share_of_the_subject_before(text: str, own: list[Claim], i: int, claims: list[Claim], starts: dict[str, int]) -> Finding | None:
    """"Revenue came to $54bn ... Foreign visitors spent $41bn of the revenue, or 76%": a part
    whose share follows it, of a whole named by its subject alone ("the revenue"), is its share
    of the last amount stated before it of that subject, period and currency. No such amount,
    nothing is checked."""
    part, c = own[i - 1], own[i]
    mm = _OF_THE_SUBJECT.fullmatch(text, part.end, c.start)
    if part.kind != "amount" or mm is None or not part.value:
        return None
    noun = re.sub(r"s$", "", mm["noun"].lower())
    lo_f, hi_f, r_part = c.extra.get("factor_low", c.factor), c.extra.get("factor_high", c.factor), _range(part)
    if None in (lo_f, hi_f, r_part) or lo_f <= 0:
        return None
    wholes = [w for w in claims if w.kind == "amount" and w.start < part.start and w.period == part.period
              and w.currency == part.currency and w.reporter == part.reporter and w.value and w.value > part.value
              and _range(w) and w.id in starts and _subject(text, starts[w.id], w) == noun]
    if not wholes:
        return None
    whole = wholes[-1]
    r_w = _range(whole)
    if lo_f <= r_part[1] / r_w[0] and r_part[0] / r_w[1] <= hi_f:
        return None
    return _share_finding(part, c, whole)


# a part's own verb of being part of a whole, right before its figure
_PART_VERB_BEFORE = re.compile(r"\b(?:accounts?\s+for|accounted\s+for|makes?\s+up|made\s+up|represent(?:s|ed)|comprised)\s+(?:about\s+|some\s+|nearly\s+|roughly\s+)?[^\s.;]*\s*$", re.I)


# from a share to the money of the total it names: " of total federal receipts of ", " of the total revenue, "
_OF_TOTAL = re.compile(r"\s+of\s+(?:the\s+)?(?:[a-z-]+['’]s\s+)?total\s+(?:[a-z-]+\s+){0,3}?(?:of|at|,)\s*(?:(?:about|some|nearly|roughly)\s+)?", re.I)


# "£10.5 billion for the universities in 2021, 23 per cent": a part, then (past its place and
# period, no other figure) its share
_PART_THEN_SHARE = re.compile(r"[^.;%\d$€£¥()]{0,50}?(?:\s(?:19|20)\d\d(?:[-/–]\d\d)?)?\s*,\s*(?:or\s+)?(?:about\s+|some\s+|nearly\s+|roughly\s+)?", re.I)


def _kinds(text: str, start: int, end: int) -> set[str]:
    """The kinds of non-trade money named between `start` and `end` (vocab/money_subject_kinds.csv;
    a name not listed is its own kind)."""
    kinds = vocab.money_subject_kinds()
    return {kinds.get(k, k) for k in (" ".join(m.group().lower().split()) for m in _subject_re().finditer(text, start, end))}


def _share_of_a_stated_total(text: str, sent, own: list[Claim], i: int, claims: list[Claim], sentences) -> Finding | None:
    """"Customs receipts accounted for 1.8 percent of total federal receipts of $4.44 trillion"
    after "Customs duties fell to $80.3 billion": a share whose sentence states its total, of
    a subject stated before with its amount (the last amount of that kind, period and currency
    in the sentences before). Flagged only where no such amount gives the share; none named, or
    one of the whole's own kind (a part must be another kind), nothing is checked."""
    c, whole = own[i], own[i + 1]
    if whole.kind != "amount" or whole.extra.get("_forecast") or not _OF_TOTAL.fullmatch(text, c.end, whole.start):
        return None
    subject = _kinds(text, sent.start, c.start)
    lo_f, hi_f, r_w = c.extra.get("factor_low", c.factor), c.extra.get("factor_high", c.factor), _range(whole)
    if len(subject) != 1 or subject & _kinds(text, c.end, whole.start) or None in (lo_f, hi_f, r_w) or lo_f <= 0:
        return None
    parts = []
    for s in sentences:
        if s.end > sent.start:
            break
        parts += [p for p in claims if s.start <= p.start < s.end and p.kind == "amount" and p.period == whole.period
                  and p.currency == whole.currency and p.value and 0 < p.value < whole.value and _range(p)
                  and subject & _kinds(text, s.start, p.start)]
    if i >= 1 and _PART_THEN_SHARE.fullmatch(text, own[i - 1].end, c.start):
        # "fees brought in £10.5 billion in 2021, 23 per cent of the sector's total income of
        # £45.6 billion": the part, its share and the total in one sentence
        p = own[i - 1]
        if p.kind == "amount" and p.period == whole.period and p.currency == whole.currency and p.value \
                and 0 < p.value < whole.value and _range(p):
            parts.append(p)
    if not parts:
        return None  # (the part is not stated: nothing to check the share against)
    r_p = _range(parts[-1])
    if lo_f <= r_p[1] / r_w[0] and r_p[0] / r_w[1] <= hi_f:
        return None
    return _share_finding(parts[-1], c, whole)


@functools.cache
def _named_account_res() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The whole a share names by a company's accounts' name (" of revenue from operations",
    " of exports", vocab/company_total_accounts.csv), the labels a level is printed under, and
    the words from a part to its share ("Rs 1,612 crore and accounted for", vocab/share_cues.csv,
    before; or an opening bracket)."""
    accounts = vocab.company_total_accounts()
    wholes = vocab.alternation(list(accounts), ignore_case=True, space=r"\s+")
    labels = vocab.alternation(sorted(set().union(*accounts.values())), ignore_case=True, space=r"\s+")
    cues = vocab.alternation([r["phrase"] for r in vocab.table("share_cues") if r["where"] == "before"],
                             ignore_case=True, space=r"\s+")
    after = re.compile(rf"\s+of\s+(?:the\s+|its\s+|the\s+company['’]s\s+)?(?P<acc>{wholes})\b", re.I)
    label = re.compile(rf"\b(?P<acc>{labels})\b[^.%\d]*$", re.I)
    gap = re.compile(rf"(?:,\s*|\s+and\s+|\s+)(?:or|{cues})\s+(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+|almost\s+)?|\s*\(\s*", re.I)
    return after, label, gap


def _share_of_a_named_account(text: str, own: list[Claim], i: int, claims: list[Claim]) -> Finding | None:
    """"Export sales rose to Rs 1,612 crore and accounted for 65% of revenue from operations",
    "Europe: Rs 900 crore (30% of exports)": a part whose share names a whole of a company's
    money by its accounts' name is its share of the level the text prints under that name's
    label (a table row or a line that opens with it, no figure or sentence's end between the
    label and the level), of the part's period and currency. No such level, or more than one,
    nothing is checked; a whole that is no account's own name ("exports") only in a company's
    own report (link/company_reports.py), where it is the company's."""
    part, c = own[i - 1], own[i]
    after, label, gap = _named_account_res()
    mm = after.match(text, c.end)
    if mm is None or part.kind != "amount" or not part.value or not gap.fullmatch(text, part.end, c.start):
        return None
    if text[part.end:c.start].strip().startswith("(") and not text.startswith(")", mm.end()):
        return None  # (a share in brackets is all its bracket holds)
    name = " ".join(mm["acc"].lower().split())
    labels = vocab.company_total_accounts().get(name, frozenset())
    if labels != {name} and not company_report(text):
        return None
    lo_f, hi_f, r_part = c.extra.get("factor_low", c.factor), c.extra.get("factor_high", c.factor), _range(part)
    if None in (lo_f, hi_f, r_part) or lo_f <= 0:
        return None
    wholes = []
    for w in claims:
        if w.kind != "amount" or w is part or w.period != part.period or w.currency != part.currency \
                or not w.value or w.value <= part.value or _range(w) is None:
            continue
        line = text[text.rfind("\n", 0, w.start) + 1:w.start]
        lm = label.search(line)
        if lm is not None and " ".join(lm["acc"].lower().split()) in labels:
            wholes.append(w)
    if len(wholes) != 1:
        return None  # (none, or more than one level so named: which one is a guess)
    r_w = _range(wholes[0])
    if lo_f <= r_part[1] / r_w[0] and r_part[0] / r_w[1] <= hi_f:
        return None
    return _share_finding(part, c, wholes[0])


# " of the total remittances", " of total orders": a share's whole named by its subject's words
_OF_TOTAL_NAMED = re.compile(r"\s+of\s+(?:the\s+)?total\s+", re.I)


def _partner_share_of_the_total(text: str, c: Claim, claims: list[Claim], starts: dict[str, int]) -> Finding | None:
    """"- Saudi Arabia: $721 million" in a list, then "Saudi Arabia accounted for 24.4pc of
    the total remittances during the month": a partner's share of a named subject's total in
    a sentence with no money of its own is of the one amount stated before it for that
    partner and period (of that subject, or of none named); its whole, a stated level of that
    subject, period and currency over all partners. Flagged only where no such level gives the
    share; no single part, or no whole, nothing is checked."""
    mm = _OF_TOTAL_NAMED.match(text, c.end)
    named = _subject_re().match(text, mm.end()) if mm else None
    if named is None:
        return None
    subject = re.sub(r"s$", "", named.group(0).lower().split()[-1])
    parts = [p for p in claims if p.kind == "amount" and p.start < c.start and p.partner == c.partner
             and p.reporter == c.reporter and p.period == c.period
             and p.id in starts and _subject(text, starts[p.id], p) in (subject, None)]
    lo_f, hi_f = c.extra.get("factor_low", c.factor), c.extra.get("factor_high", c.factor)
    if len(parts) != 1 or None in (lo_f, hi_f, _range(parts[0])) or lo_f <= 0:
        return None
    part = parts[0]
    wholes = [w for w in claims if w.kind == "amount" and w.partner in (None, "WLD") and w.reporter == part.reporter
              and w.period == part.period and w.currency == part.currency and w.value and w.value > part.value
              and _range(w) and w.id in starts and _subject(text, starts[w.id], w) == subject]
    r_part = _range(part)
    if not wholes or any(lo_f <= r_part[1] / _range(w)[0] and r_part[0] / _range(w)[1] <= hi_f for w in wholes):
        return None
    whole = min(wholes, key=lambda w: abs(part.value / w.value - c.factor))
    return _share_finding(part, c, whole)


# from a part to its own share: "US$2,104 million or 56.6 per cent", "US$640 million (17.2 per cent)"
_PART_TO_SHARE = re.compile(r"\s*(?:,\s*)?(?:or\s+|\(\s*)")


def _shares_of_parts_with_the_rest(text: str, claims: list[Claim]) -> list[Finding]:
    """"North America accounted for US$2,104 million or 56.6 per cent of the total ... Europe
    sent US$640 million (17.2 per cent), while the rest of the world accounted for the balance
    of US$974 million (26.2 per cent)": parts of money of no flow listed in one paragraph each
    with its share, the last one the rest of the whole (vocab/remainder_cues.csv, figure), are
    all of that whole; so each share is its part over their sum, whatever total is stated.
    Only where every figure of the paragraph up to the rest is such a part and its share, of
    one currency and period, and no share names a whole of its own but "the total"."""
    ordered = sorted(claims, key=lambda c: c.start)
    out = []
    for k, rest in enumerate(ordered):
        if rest.kind != "amount" or not rest_figure_re().search(text, max(0, rest.start - 40), rest.start):
            continue
        paragraph = text.rfind("\n", 0, rest.start) + 1
        listed = [c for c in ordered[:k + 2] if c.start >= paragraph]
        pairs = list(zip(listed[::2], listed[1::2]))
        if len(listed) % 2 or len(pairs) < 3 or not all(_part_and_its_share(text, p, c) for p, c in pairs) \
                or any(p.currency != rest.currency or p.period != rest.period or _range(p) is None for p, _ in pairs):
            continue
        low, high = sum(_range(p)[0] for p, _ in pairs), sum(_range(p)[1] for p, _ in pairs)
        total = sum(p.value for p, _ in pairs)
        for part, c in pairs:
            lo_f, hi_f, (p_lo, p_hi) = c.extra.get("factor_low", c.factor), c.extra.get("factor_high", c.factor), _range(part)
            if None in (lo_f, hi_f) or lo_f <= p_hi / low and p_lo / high <= hi_f:
                continue
            fields = {"part": money(part.value, part.currency), "whole": money(total, part.currency),
                      "share": f"{part.value / total * 100:.1f}%", "text": c.text, "bound": c.bound}
            out.append(Finding(id="", check="ratio", status=Status.INCONSISTENT, severity=Severity.ERROR,
                               claims=[part.id, c.id] + [p.id for p, _ in pairs if p is not part],
                               spans=[(part.start, part.end), (c.start, c.end)],
                               message=render("ratio", "share", False, fields),
                               expected=round(part.value / total * 100, 1), observed=round(c.factor * 100, 1)))
    return out


def _part_and_its_share(text: str, part: Claim, c: Claim) -> bool:
    """Whether `c` is the share of the amount `part` right before it, naming no whole but
    "the total" (in brackets: closed right after it)."""
    gap = _PART_TO_SHARE.fullmatch(text, part.end, c.start)
    if part.kind != "amount" or c.kind != "share" or gap is None:
        return False
    if "(" in gap.group():
        return text.startswith(")", c.end)
    return " of " not in text[c.end:c.end + 5] or _OF_A_TOTAL.match(text, c.end) is not None


def _share_finding(part: Claim, c: Claim, whole: Claim) -> Finding:
    """The inconsistent share: what the part and the whole give against the stated one."""
    share = part.value / whole.value
    fields = {"part": money(part.value, part.currency), "whole": money(whole.value, whole.currency),
              "share": f"{share * 100:.1f}%", "text": c.text, "bound": c.bound}
    return Finding(id="", check="ratio", status=Status.INCONSISTENT, severity=Severity.ERROR,
                   claims=[part.id, c.id, whole.id], spans=[(x.start, x.end) for x in (part, c, whole)],
                   message=render("ratio", "share", False, fields),
                   expected=round(share * 100, 1), observed=round(c.factor * 100, 1))


@functools.cache
def _breakdown_re() -> re.Pattern:
    return re.compile(rf"\s*(?:{vocab.alternation(vocab.breakdown_cues(), ignore_case=True)})\s*,", re.I)


def _breakdown(text: str, sent, own: list[Claim], before: list[Claim], before_start: int = 0) -> Finding | None:
    """"A. Of these, X sent B and Y sent C": parts of the figure the sentence before ends
    on, which together cannot exceed it (whether they are all of it the words do not say)."""
    if not own or not before:
        return None
    parts = [c for c in own if c.kind == "amount"]
    if _breakdown_re().match(text, sent.start):
        whole = next((c for c in reversed(before) if c.kind == "amount"), None)
    else:
        whole = _whole_of_sources(text, sent, own, before, before_start)
    if whole is None or _range(whole) is None or not parts \
            or any(p.currency != whole.currency or p.period != whole.period or _range(p) is None for p in parts):
        return None
    low = sum(_range(p)[0] for p in parts)
    if low <= _range(whole)[1]:
        return None
    return _parts_exceed(whole, parts)


def _breakdown_split(text: str, sent, own: list[Claim], before: list[Claim]) -> tuple[Claim, list[Claim]] | None:
    """The whole and the parts of a sentence opened by a breakdown cue ("Of that, merchanting
    accounted for HK$3,912 billion"), the whole the last amount of the sentence before; None
    for any other sentence."""
    if not own or not before or not _breakdown_re().match(text, sent.start):
        return None
    whole = next((c for c in reversed(before) if c.kind == "amount"), None)
    parts = [c for c in own if c.kind == "amount"]
    return (whole, parts) if whole is not None and parts else None


@functools.cache
def _rest_res() -> tuple[re.Pattern, tuple[str, ...]]:
    """The words that name a figure as the rest of a whole, right before it ("made up the
    remaining HK$771 billion"; vocab/quantity_part_ties.csv, rest), and those words
    lower-cased for a cheap test."""
    rest = [r["phrase"] for r in vocab.table("quantity_part_ties") if r["where"] == "rest"]
    words = vocab.alternation(rest, ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{words})\s+{HEDGE}$", re.I), tuple(w.lower() for w in rest)


def _breakdown_with_rest(text: str, own: list[Claim], whole: Claim, parts: list[Claim]) -> Finding | None:
    """"The value of goods sold through offshore trade reached HK$4,683 billion. Of that,
    merchanting accounted for HK$3,912 billion. Merchandising ... made up the remaining HK$771
    billion": the sentence after a breakdown that gives the rest of the whole as its one
    amount closes the breakdown, so the parts and the rest add up to the whole."""
    amounts = [c for c in own if c.kind == "amount"]
    if len(amounts) != 1 or not _rest_res()[0].search(text, max(0, amounts[0].start - 40), amounts[0].start):
        return None
    listed = parts + amounts
    if _range(whole) is None or any(p.currency != whole.currency or p.period != whole.period or _range(p) is None for p in listed):
        return None
    return _parts_against_whole(whole, listed)


def _parts_against_whole(whole: Claim, parts: list[Claim]) -> Finding | None:
    """A whole and all of its parts (each with a range, in the whole's currency): nothing where
    the parts' sum can meet the whole within rounding, else the sum finding."""
    low, high = sum(_range(p)[0] for p in parts), sum(_range(p)[1] for p in parts)
    w_low, w_high = _range(whole)
    if low <= w_high and w_low <= high:
        return None
    return _parts_finding(whole, parts, "sum", "stated")


@functools.cache
def _sources_opener_re() -> re.Pattern:
    # "Remittances from land-based workers amounted to ...": the subject (one word may
    # qualify it) and "from" its senders, at the sentence's start
    return re.compile(rf"\s*(?:[A-Za-z-]+\s+)?(?P<subject>{_subject_re().pattern})\s+from\s", re.I)


def _whole_of_sources(text: str, sent, own: list[Claim], before: list[Claim], before_start: int) -> Claim | None:
    """"Remittances reached $33.5bn in 2023. Remittances from land-based workers amounted to
    $28.7bn, while seafarers sent $6.8bn": a sentence that opens on the subject of the figure
    before from some of its senders splits that figure by sender; the amount of the sentence
    before with the same subject and period is the whole. Not where the sentence gives a
    share or a total of its own (the whole may be that one) or any figure of another period
    (then it compares, not splits)."""
    m = _sources_opener_re().match(text, sent.start)
    if m is None or any(c.kind != "amount" for c in own) or "total" in text[sent.start:sent.end].lower():
        return None
    subject = re.sub(r"s$", "", m.group("subject").lower().split()[-1])
    period = own[0].period
    return next((c for c in before if c.kind == "amount" and c.period == period
                 and _subject(text, before_start, c) == subject), None)


@functools.cache
def _colon_total_res() -> tuple[re.Pattern, re.Pattern]:
    """The total's cue before it, and the words from it to its colon (a cue may stand there)
    with no word after the colon that opens a selection (vocab/colon_total_cues.csv)."""
    total, opening = colon_total_words()
    return (re.compile(rf"\b(?:{total})\s+$", re.I),
            re.compile(rf"(?P<words>(?:\s+(?:{total}))?)\s*:(?!\s*(?:{opening})\b)\s*", re.I))


def colon_total_words() -> tuple[str, str]:
    """The alternations of vocab/colon_total_cues.csv: the words naming a level a sum
    ("combined", "in total") and those after a colon that open a selection ("including"),
    for money here and for quantities (check/quantity_parts.py)."""
    rows = vocab.table("colon_total_cues")
    total = vocab.alternation([r["phrase"] for r in rows if r["role"] == "total"], ignore_case=True, space=r"\s+")
    opening = vocab.alternation([r["phrase"] for r in rows if r["role"] == "open"], ignore_case=True, space=r"\s+")
    return total, opening


# the words between two items' figures: the rest of one item and the opening of the next
# ("for 180 K2 tanks, a "), no other figure's money, no clause's end
_BETWEEN_ITEMS = re.compile(r"[^;:()$€£¥%]{1,80}")
_FIRST_ITEM = re.compile(r"[^;:()$€£¥%\d]{0,30}")


def _listed_parts(text: str, sent, own: list[Claim]) -> Finding | None:
    """"contracts worth a combined $11.2 billion: a $5.8bn order for 180 K2 tanks, a $2.4bn
    deal for 212 K9 howitzers and $3.0bn for 48 FA-50 light combat aircraft": a total named
    so before a colon, and the closed list of figures after it ("and" before the last), are
    one sum (a list opened by "including" is a selection, no sum)."""
    cue_before, to_colon = _colon_total_res()
    amounts = [c for c in own if c.kind == "amount"]
    for i, whole in enumerate(amounts[:-2]):
        colon = to_colon.match(text, whole.end, sent.end)
        if colon is not None and (colon["words"] or cue_before.search(text, max(sent.start, whole.start - 20), whole.start)):
            parts = _list_after(text, colon.end(), amounts[i + 1:])
        elif (colon := _TO_COLON.match(text, whole.end, sent.end)) is not None:
            # "China, the US and Germany will account for $1.1trn of the losses: $500bn,
            # $330bn and $270bn respectively": a list given item by item to the places named
            # before the total (vocab/respective_cues.csv) is all of it
            parts = _list_after(text, colon.end(), amounts[i + 1:])
            if not parts or not _respective_after_re().match(text, parts[-1].end):
                continue
        else:
            continue
        if len(parts) < 2 or any(p.currency != whole.currency or _range(p) is None for p in parts) or _range(whole) is None:
            return None
        return _parts_against_whole(whole, parts)
    return None


# from a total to its colon: a few words of what it is of, no figure ("of the lost exports:")
_TO_COLON = re.compile(r"[^\d;:.()$€£¥%\n]{0,60}:[ \t]*")


@functools.cache
def _respective_after_re() -> re.Pattern:
    words = vocab.alternation(vocab.respective_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*,?\s*(?:{words})\b", re.I)


def _list_after(text: str, start: int, later: list[Claim]) -> list[Claim]:
    """The figures of a closed list that opens at `start`: items apart by commas, "and"
    before the last; [] where the list is not closed so."""
    if not later or not _FIRST_ITEM.fullmatch(text, start, later[0].start):
        return []
    parts = [later[0]]
    for p in later[1:]:
        gap = text[parts[-1].end:p.start]
        if not _BETWEEN_ITEMS.fullmatch(gap) or not re.search(r",|\band\b", gap):
            return []
        parts.append(p)
        if re.search(r"\band\b", gap):
            return parts  # (the item after "and" closes the list)
    return []


@functools.cache
def _contribution_re() -> re.Pattern:
    verbs = vocab.alternation([r["phrase"] for r in vocab.table("contribution_verbs")], ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{verbs})\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+)?$", re.I)


@functools.cache
def _outlay_re() -> re.Pattern:
    verbs = vocab.alternation([r["phrase"] for r in vocab.table("outlay_verbs")], ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{verbs})\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+)?$", re.I)


def _is_outlay(text: str, c: Claim) -> bool:
    """"The group spent EUR 1.9 billion on research": money laid out, a cost, never the
    whole of revenues listed part by part (vocab/outlay_verbs.csv)."""
    return _outlay_re().search(text, max(0, c.start - 30), c.start) is not None


# the last part of a list of contributions, the rest of the total ("..., with the remaining
# $0.9bn coming from the land borders")
_REST_AFTER_LIST = re.compile(r",?\s*with\s+the\s+(?:remaining|rest\s+of\s+the|balance\s+of)\s+$", re.I)


def _contributed_parts(text: str, sent, own: list[Claim], claims: list[Claim]) -> Finding | None:
    """"Tema contributed GH¢5.2 billion, Takoradi GH¢1.0 billion and the airport GH¢0.7
    billion": money listed by the place or office that brought it in (a verb of
    vocab/contribution_verbs.csv before the first, "and" before the last) is parts of one
    total. Which figure of the text that total is the words do not say (a target, the
    year's or the half's collection): the parts can only never exceed every figure stated in
    their currency and period."""
    amounts = [c for c in own if c.kind == "amount"]
    first = next((i for i, c in enumerate(amounts[:-1])
                  if _contribution_re().search(text, max(sent.start, c.start - 30), c.start)), None)
    if first is None:
        return None
    parts = _list_after(text, amounts[first].start, amounts[first:])
    if len(parts) < 2:
        return None
    rest = amounts[first + len(parts):first + len(parts) + 1]
    if rest and _REST_AFTER_LIST.fullmatch(text, parts[-1].end, rest[0].start):
        parts = parts + rest
    if any(p.currency != parts[0].currency or p.period != parts[0].period or _range(p) is None for p in parts):
        return None
    wholes = [w for w in claims if w.kind == "amount" and w not in parts and w.currency == parts[0].currency
              and w.period == parts[0].period and _range(w) and not _is_outlay(text, w)]
    low = sum(_range(p)[0] for p in parts)
    if not wholes or any(low <= _range(w)[1] for w in wholes):
        return None
    whole = max(wholes, key=lambda w: w.value)
    return _parts_exceed(whole, parts)


@functools.cache
def _heading_re(money: bool = False) -> re.Pattern:
    """A heading that announces a breakdown: its cue (vocab/list_headings.csv), a few words
    with no figure, the colon that ends it and its line. With `money`, a breakdown of money of
    no flow may open on its noun too ("Revenue by business:", vocab/list_heading_money_nouns.csv)."""
    cues = vocab.alternation([r["phrase"] for r in vocab.table("list_headings")], ignore_case=True, space=r"\s+")
    # the flow the list breaks down may open the heading, and its period close it in brackets
    # ("Exports by ship type (Jan-Jun 2024):"): still a heading of the whole before it
    # (only a flow's own noun: "Sales by region (FY2023):" may be a firm's, and a bare
    # "Breakdown by category (US$ trillion):" of any figure before)
    flows = vocab.alternation([w for w, (measure, _) in vocab.flows().items() if measure in ("exports", "imports") and w in (measure, "shipments")]
                              + ([r["noun"] for r in vocab.table("list_heading_money_nouns")] if money else []),
                              ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*(?:(?:{cues})\s+[^\W\d][^:\d\n]{{0,40}}|(?:{flows})\s+(?:{cues})\s+[^\W\d][^:\d\n]{{0,40}}?(?:\s*\([^()\n]{{1,30}}\))?):[ \t]*(?:\n\s*)?", re.I)


@functools.cache
def _whole_lead_re() -> re.Pattern:
    """A line that announces a breakdown of the whole flow without opening on a heading cue:
    "Category-wise, the export basket for 2024-25 was as follows:", a word for all the parts
    together (vocab/list_whole_nouns.csv) and "as follows" before the colon that ends it."""
    nouns = vocab.alternation([r["noun"] for r in vocab.table("list_whole_nouns")], ignore_case=True, space=r"\s+")
    return re.compile(rf"[^\n:]{{0,80}}?\b(?:{nouns})\b[^\n:]{{0,50}}?\bas\s+follows\s*:[ \t]*(?:\n\s*)?", re.I)


# how many sentences back from a heading the whole of a flow's list may stand, where the
# sentence right before gives none ("Exports totalled $1.6 billion in 2023 ... Shipments
# amounted to 713 million litres ... By category:"): no farther than the paragraph before
_WHOLE_BACK = 4


def _sentence_of_whole(text: str, sentences, grouped: list[list[Claim]], k: int, parts: list[Claim]) -> list[Claim]:
    """The figures of the sentence whose figure a flow's list under the heading at `k` breaks
    down: the sentence right before the heading, or, where that one gives no figure of the
    list's flow, pair and period (a volume, a price, a remark), the nearest one before it that
    does (not past another list)."""
    for j in range(k - 1, max(-1, k - 1 - _WHOLE_BACK), -1):
        if j < k - 1 and _BULLET_MARK.match(text, sentences[j].start, sentences[j].end):
            break
        if any(w.kind == "amount" and _same_flow(w, parts) for w in grouped[j]):
            return grouped[j]
    return grouped[k - 1]


# a bullet line: its mark ("- ", "• ", "1. ") at the start of a line
_BULLET_MARK = re.compile(r"[-*•–]\s|\d{1,2}[.)]\s")


def _same_flow(whole: Claim, parts: list[Claim]) -> bool:
    """Whether every bullet is of the whole's flow, pair and period (a flow's breakdown by
    product: the sentence before may give last year's level too, which the list is not of)."""
    return all((p.measure, p.reporter, p.partner, p.period) == (whole.measure, whole.reporter, whole.partner, whole.period)
               and p.commodity != whole.commodity for p in parts)


def _bullet_columns(text: str, sentences, grouped: list[list[Claim]], same_flow: bool) -> tuple[list[list[Claim]], bool]:
    """The figures of the bullets that open `sentences`, one list per column: one figure a
    bullet, or, for flows, one figure of each flow a bullet ("- Rough diamonds: imports $7.2
    billion, exports $8.0 billion" over "- Polished diamonds: imports $6.9 billion, exports
    $7.3 billion": the imports are one breakdown, the exports another), every bullet giving the
    same flows. Also whether the list is complete: a bullet that gives no figure ("- Africa:
    the remainder", "- Others: n/a") is a part the sum leaves out, so the figures listed are
    then at most the whole, never all of it."""
    parts: list[list[Claim]] = []
    complete = True
    for s, own in zip(sentences, grouped):
        amounts = [c for c in own if c.kind == "amount"]
        if not _BULLET_MARK.match(text, s.start, s.end):
            break
        if not amounts and parts:
            complete = False  # (a bullet with no figure of money: a part not given)
            break
        measures = [c.measure for c in amounts]
        if len(amounts) != 1 and not (same_flow and len(amounts) > 1 and len(set(measures)) == len(measures)
                                      and (not parts or measures == [p.measure for p in parts[0]])):
            # (a flow's bullet read as no part of it, "- Maquila: $0.9 billion" in a
            # list of sectors: the list is not all of one reading, so it is not summed)
            parts = [] if same_flow else parts
            break
        if parts and len(amounts) != len(parts[0]):
            parts = [] if same_flow else parts
            break
        parts.append(amounts)
    return ([list(column) for column in zip(*parts)] if parts else []), complete


def _bullets_against_whole(parts: list[Claim], before: list[Claim], same_flow: bool, complete: bool = True) -> Finding | None:
    """A finding where the bullets' figures do not add up to the figure of the sentence before
    the heading that they break down (or, where it gives several, exceed them all)."""
    # (a bullet with no date of its own words is of the whole's period: "In 2023 we booked
    # $4.2 billion. By region:" over "- Europe: $2.5 billion", in a fourth-quarter call)
    dated = {p.period for p in parts if not _dated_by_context(p)}
    wholes = [w for w in before if w.kind == "amount" and not w.extra.get("_no_state") and _range(w)
              and w.currency == parts[0].currency and dated <= {w.period}
              and (not same_flow or _same_flow(w, parts))] if len(parts) >= 2 else []
    if not wholes or any(p.currency != parts[0].currency or _range(p) is None for p in parts):
        return None
    low, high = sum(_range(p)[0] for p in parts), sum(_range(p)[1] for p in parts)
    if len(wholes) == 1 and complete and not (high < _range(wholes[0])[0] and _member_left_out(wholes[0], parts)):
        return _parts_against_whole(wholes[0], parts)
    if all(low > _range(w)[1] for w in wholes):
        return _parts_exceed(max(wholes, key=lambda w: w.value), parts)
    return None


# between the members of a whole's list of products: "food, drink and horticulture"
_PRODUCT_LIST_JOINS = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _member_left_out(whole: Claim, parts: list[Claim]) -> bool:
    """"Food, drink and horticulture exports were EUR 16.3bn" over "By sector:" and bullets
    none of which names horticulture: the whole's own list of products names a member no
    bullet's label shares a word with, so the list leaves that member out and falls short
    of the whole without an error (only a sum over the whole is one then)."""
    if not whole.commodity or (" and " not in whole.commodity and "," not in whole.commodity):
        return False  # (cheap: one product, no list of them)
    generic = vocab.goods_nouns()
    words = {w.rstrip("s") for p in parts for w in re.findall(r"[a-z]+", (p.commodity or "").lower()) if w not in generic}
    members = [m for m in _PRODUCT_LIST_JOINS.split(whole.commodity.lower()) if m]
    return len(members) >= 2 and any(not {w.rstrip("s") for w in re.findall(r"[a-z]+", m) if w not in generic} & words for m in members)


@functools.cache
def _total_after_bullets_re() -> re.Pattern:
    """The line after a bullet list that sums it up, to its figure: a "total" word of
    vocab/colon_total_cues.csv opening it ("Together", "In all"), a few words with no figure,
    and a verb of the "sum verb" rows ("account for", "come to")."""
    rows = vocab.table("colon_total_cues")
    total = vocab.alternation([r["phrase"] for r in rows if r["role"] == "total"], ignore_case=True, space=r"\s+")
    verbs = vocab.alternation([r["phrase"] for r in rows if r["role"] == "sum verb"], ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*(?:{total})\b[^\n.;:\d$€£¥%]{{0,60}}?\b(?:{verbs})\s+{HEDGE}$", re.I)


@functools.cache
def _ranking_goes_on_re() -> re.Pattern:
    """A lead-in over a bullet list that ends on words ranking the bullets after a place named
    before it (vocab/later_ranks.csv, "before": "It was followed by:")."""
    words = vocab.alternation(vocab.later_ranks("before"), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{words})\s*:\s*$", re.I)


def _bullets_then_total(text: str, sentences, claims: list[Claim]) -> list[Finding]:
    """"Three factors explain the gap:" over "- transit goods, estimated at $13 billion;",
    "- ..., $4.9 billion;", then "Together the identified factors account for $19 billion":
    a line right after a bullet list, opened by a word for all of them and a verb of summing,
    states the sum of the bullets, each with one figure of money (of whatever flow: the list
    names its own parts). Only that line's first figure is the total."""
    if not any("\n" in text[s.start - 2:s.start + 3] for s in sentences[1:]):
        return []
    amounts = [c for c in claims if c.kind == "amount" and not c.extra.get("_forecast")]
    grouped = by_sentence(sentences, amounts)
    out = []
    for k in range(1, len(sentences)):
        sent = sentences[k]
        own = grouped[k]
        if not own or _BULLET_MARK.match(text, sent.start, sent.end) \
                or not _BULLET_MARK.match(text, sentences[k - 1].start, sentences[k - 1].end):
            continue
        if not _total_after_bullets_re().match(text, sent.start, own[0].start):
            continue
        first = k - 1
        while first > 0 and _BULLET_MARK.match(text, sentences[first - 1].start, sentences[first - 1].end):
            first -= 1
        columns, complete = _bullet_columns(text, sentences[first:k], grouped[first:k], False)
        if len(columns) != 1 or len(columns[0]) != k - first:
            continue  # (every bullet one figure of money, or the line's total is not theirs)
        if first > 0 and _ranking_goes_on_re().search(text, sentences[first - 1].start, sentences[first - 1].end):
            # ("Switzerland was the leading destination, with GH¢4.8bn. It was followed by:"
            # over the bullets: the list goes on with a ranking begun before it, so the total
            # after it counts the place ranked before too, and the bullets are only some of it)
            complete = False
        out += filter(None, [_bullets_against_whole(columns[0], [own[0]], False, complete)])
    return out


@functools.cache
def _selection_heading_re() -> re.Pattern:
    """"By product category, the top three were:": a heading that picks some of the parts
    (vocab/list_selection_words.csv) lists no whole breakdown, so its bullets are at most the
    whole before it, not all of it."""
    words = vocab.alternation([r["word"] for r in vocab.table("list_selection_words")], ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{words})\b", re.I)


def _bulleted_breakdowns(text: str, sentences, grouped: list[list[Claim]], same_flow: bool = False) -> list[Finding]:
    """"On new orders, we won 46 vessels worth $11.4 billion. By ship type:" over "- Tankers:
    20 vessels, $5.0 billion", "- Bulkers: ...": a heading line that announces a breakdown
    (vocab/list_headings.csv) and the bullets under it, each with one figure of money, break
    down the figure the sentence before the heading gives, all of it: they add up to it (each
    figure to its rounding). Where that sentence gives more than one figure (a goal named
    "the target of" is none), which one the list is of the words do not say: the bullets can
    then only never exceed them all."""
    out = []
    for k in range(1, len(sentences) - 2):
        sent = sentences[k]
        if not text[sent.start:sent.end].rstrip().endswith(":") or grouped[k] \
                or not (_heading_re(not same_flow).fullmatch(text, sent.start, sent.end) or _whole_lead_re().fullmatch(text, sent.start, sent.end)):
            continue  # (the colon checked first: cheap)
        columns, complete = _bullet_columns(text, sentences[k + 1:], grouped[k + 1:], same_flow)
        complete = complete and not _selection_heading_re().search(text, sent.start, sent.end)
        for parts in columns:
            before = _sentence_of_whole(text, sentences, grouped, k, parts) if same_flow else grouped[k - 1]
            out += filter(None, [_bullets_against_whole(parts, before, same_flow, complete)])
    return out
