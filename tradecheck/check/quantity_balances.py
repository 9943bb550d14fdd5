"""Balances of a physical quantity against the levels they are worked out from:

- a net level, one flow less the other: "exported 12.4 million tonnes in January-June ...
  Imports over the first half fell to 3.1 million tonnes, leaving net exports at 9.3 million
  tonnes";
- a supply stated with its three parts: "The crop is put at 30.2 million bales. With opening
  stocks of 4.1 million bales and imports of 1.5 million bales, total supply is 35.8 million";
- a market's deficit or surplus, the gap of its use over its output or back: "a deficit of
  1.5 million tonnes ... production of 60.0 Mt, below consumption of 61.5 Mt";
- a quota's fill in percent: "the quota was 80% used ... Of the 50,000 tonnes available,
  importers had claimed 40,000 t";
- a result's gap to its goal: "output was put at 778,044 tonnes, falling short of the Board's
  target of 850,000 tonnes by 71,956 tonnes" (vocab/attainment_words.csv, goal_nouns.csv);
- a level left after a deduction: "Gross exports reached 1,491.8 tonnes. After deducting 333.8
  tonnes that went the other way, net shipments came to 1,158.0 tonnes";
- a level left of the one before once a part of it is taken: "Hong Kong imported 4,370 tonnes
  last year. Of the imports, 1,640 tonnes were re-exported, leaving 2,730 tonnes";
- a running total a level brings to, with the level before it: "Customs seized 8.3 tonnes
  on Friday. The haul brings the amount seized this year to 19.7 tonnes, after earlier
  seizures totalling 11.4 tonnes".

Quantities are no claims (see check/volumes.py), so this reads the words alone
(vocab/quantity_balances.csv), and only where they leave one reading: each side of a balance
must be the one level its words name (a level after "from" or "against" is a year-earlier
one, no side). Where two levels could be the side, nothing is checked."""
from __future__ import annotations

import functools
import re

from .. import periods as P
from .. import vocab
from ..extract.periods import find_periods
from ..link.cues import HEDGE
from ..model import Finding
from .period_parts import _period_of, _resolved
from .volumes import _level, _rate_tail, _same_unit, _share_figures, level_pattern, sum_finding, unit_alternation



@functools.cache
def _net_re() -> re.Pattern:
    """A net flow ("net exports", "net import position", "exported a net"): the net_exports
    and net_imports words of vocab/quantity_balances.csv."""
    w = _words()
    # ("net crude oil imports": words of the goods may stand between "net" and its flow; no
    # word that ends the phrase, "net of imports", "net exports and imports")
    kind = r"\bnet\s+(?:(?!(?:of|and|or|the|to|from|in|on|at|by|for|with)\b)[a-z]+\s+){1,3}?(?:exports?|imports?)\b"
    # ("leaving a deficit of 0.7 Mt" after both flows: the gap they leave, read like a position,
    # only against the two flows of its own sentence)
    # ("exported a record 89.0 TWh of power on a net basis": a flow verb whose level, in its own
    # clause, is then said to be net, vocab/quantity_balances.csv net_basis; the level follows the verb)
    basis = rf"\b(?:exported|imported)(?=[^.;\d]{{0,30}}\d[\d.,]*[^\d.;,]{{0,40}}?{w['net_basis'].pattern})"
    return re.compile(f"{w['net_exports'].pattern}|{w['net_imports'].pattern}|{kind}|{basis}|(?P<position>{w['net_position'].pattern}"
                      f"|{w['flow_deficit'].pattern}|{w['flow_surplus'].pattern})", re.I)


def _net_side(m: re.Match) -> str:
    """The flow a net level is of: "exports" for a net of exports ("net crude exports",
    "exported a net"), else "imports"."""
    # (a surplus the flows leave is exports less imports: vocab/quantity_balances.csv, flow_surplus)
    # ("exports exceeded imports by": the flow that exceeds the other, its role's words)
    if _words()["net_exports"].fullmatch(m[0]):
        return "exports"
    if _words()["net_imports"].fullmatch(m[0]):
        return "imports"
    return "exports" if "export" in m[0].lower() or _words()["flow_surplus"].fullmatch(m[0]) else "imports"


def _of_flows_given(m: re.Match) -> bool:
    """Whether a position is a gap the flows just given leave ("Imports were 0.4 Mt, leaving a
    trade deficit of 0.3 Mt"): read like a net flow, against the other flow of its period given
    before (a net importer's position stays read in its own sentence alone)."""
    w = _words()
    return bool(w["flow_deficit"].fullmatch(m[0]) or w["flow_surplus"].fullmatch(m[0]))


# a gap "of" a figure: the cheap test before the market gaps are read
_GAP_OF = re.compile(r"(?:deficit|surplus|shortfall)\s+of\s")
# sentences before a net level where the other flow's level of its period may stand
_NET_BACK = 4


@functools.cache
def _words() -> dict[str, re.Pattern]:
    """Per role of vocab/quantity_balances.csv, its words as a pattern."""
    roles: dict[str, list[str]] = {}
    for r in vocab.table("quantity_balances"):
        roles.setdefault(r["role"], []).append(r["phrase"])
    space = r"[\s-]+"
    return {k: re.compile(rf"\b(?:{vocab.alternation(v, ignore_case=True, space=space)})\b", re.I)
            for k, v in roles.items()}


@functools.cache
def _res() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """A level in a unit (a tonne spelt "t" after a space too: "1,203,000 t"); the words
    before a level that make it the earlier side of a change; a percent."""
    pattern = level_pattern().format(i="")
    assert r"|(?<=\d)t)" in pattern
    level = re.compile(pattern.replace(r"|(?<=\d)t)", r"|(?<=\d)t|(?<=\d\s)t(?![\w/'’]))"), re.I)
    earlier = re.compile(rf"\b(?:from|against|versus|vs\.?|compared\s+with)\s+(?:the\s+)?{HEDGE}$", re.I)
    pct = re.compile(r"(?P<p>\d+(?:\.\d+)?)\s*(?:%|per\s*cent\b|percent\b)", re.I)
    return level, earlier, pct


@functools.cache
def _hedge_re() -> re.Pattern:
    """A hedge right before a percent ("about 80% used"): it may stray as far as a hedged figure."""
    space = r"\s+"
    return re.compile(rf"\b(?:{vocab.alternation(vocab.hedges(), ignore_case=True, space=space)})\s+$", re.I)


def findings(text: str, sentences, published: str | None) -> list[Finding]:
    """A sum or share finding for each balance its levels cannot give (each to its rounding)."""
    low = text.lower()
    # (a trade surplus is common, a surplus "of" a level in a unit rare: the gap's test asks for both)
    # ("net crude oil imports": words between, so the whole net pattern, after its cheap "net ")
    cheap = ("net export" in low or "net import" in low or "ed a net " in low or ("net " in low and _net_re().search(text) is not None)
             or (("leaving a" in low or "exceeded " in low) and _net_re().search(text) is not None), "total suppl" in low or "total availab" in low,
             ("deficit" in low or "surplus" in low or "shortfall" in low) and _GAP_OF.search(low) is not None,
             "quota" in low,
             " by " in low and any(g in low for g in vocab.goal_nouns()),
             any(w in low for w in _deduction_words()),
             "of " in low and any(w in low for w in _remainder_words()),
             any(w in low for w in _running_words("running_before")))
    if not any(cheap):
        return []
    sentences = list(sentences)
    out = []
    if cheap[0]:
        out += _nets(text, sentences, published)
        out += _nets_before_their_flows(text, sentences)
    if cheap[1]:
        out += _supplies(text, sentences)
    if cheap[2]:
        out += _gaps(text, sentences)
    if cheap[3]:
        out += _quota_fills(text, sentences)
        out += _fills_of_a_quota_after(text, sentences)
        out += _fills_of_a_sized_quota(text, sentences)
        out += _fills_of_a_quota_before(text, sentences)
    if cheap[4]:
        out += _goal_gaps(text, sentences)
    if cheap[5]:
        out += _deductions(text, sentences)
    if cheap[6]:
        out += _remainders(text, sentences)
    if cheap[7]:
        out += _running_totals(text, sentences)
    return out


@functools.cache
def _goal_gap_res() -> tuple[re.Pattern, re.Pattern]:
    """The words before a goal's level that say by how much a result passed or missed it
    ("falling short of the Board's (COCOBOD) target of", "exceeding its goal of"; group
    side "above" or "below", vocab/attainment_words.csv and goal_nouns.csv), a few words of
    its owner between; and the words between the goal and the gap ("by")."""
    words = vocab.attainment_words()
    goal = vocab.alternation(vocab.goal_nouns(), ignore_case=True, space=r"\s+")
    side = {r: vocab.alternation([w for w, x in words.items() if x == r], ignore_case=True, space=r"\s+")
            for r in ("above", "below")}
    return (re.compile(rf"\b(?:(?P<above>{side['above']})|(?P<below>{side['below']}))\s+[^.;:\d]{{0,60}}?"
                       rf"\b(?:{goal})\s+of\s+{HEDGE}$", re.I),
            re.compile(rf"\s*by\s+{HEDGE}$", re.I))


def _goal_gaps(text: str, sentences) -> list[Finding]:
    """"Production has been put at 778,044 tonnes, falling short of the target of 850,000
    tonnes by 71,956 tonnes": the level right before the words of missing (or passing) a goal
    is the result, and the gap after "by" must be the goal less the result (or the result
    less the goal), each to its rounding. A gap the wrong way round is read as no such gap."""
    lead_re, by_re = _goal_gap_res()
    out = []
    for s in sentences:
        if " by " not in text[s.start:s.end]:
            continue  # (every gap to a goal is "by" a level: the cheap test)
        levels = _levels(text, s.start, s.end)
        for before, goal, gap in zip(levels, levels[1:], levels[2:]):
            lead = lead_re.search(text, before.end(), goal.start())
            if lead is None or not by_re.match(text, goal.end(), gap.start()) \
                    or not (_one_unit(before, goal) and _one_unit(goal, gap)):
                continue
            out += _difference(goal, before, gap) if lead["below"] else _difference(before, goal, gap)
    return out


@functools.cache
def _deduction_words() -> tuple[str, ...]:
    """The words that take a level off another (vocab/quantity_balances.csv, deduction), in lower case."""
    return tuple(r["phrase"].lower() for r in vocab.table("quantity_balances") if r["role"] == "deduction")


@functools.cache
def _deduction_re() -> re.Pattern:
    """A sentence opening on a deduction ("After deducting 333.8 tonnes that went the other
    way, ..."): its words (a hedge may follow), up to the level taken off."""
    words = vocab.alternation(_deduction_words(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*(?:{words})\s+{HEDGE}(?=\d)", re.I)


def _deductions(text: str, sentences) -> list[Finding]:
    """"Gross exports reached 1,491.8 tonnes in 2013, up 84.8 percent from 807.3 tonnes in
    2012. After deducting 333.8 tonnes that went the other way, net shipments came to 1,158.0
    tonnes": the level after a sentence's opening deduction is what is left of the one level
    the sentence before states (an earlier side of a change is none), so it must be that level
    less the deduction. With no such level, or two, the gross is a guess and nothing is read."""
    out = []
    for i, s in enumerate(sentences[1:], 1):
        m = _deduction_re().match(text, s.start, s.end)
        if m is None:
            continue
        levels = _levels(text, m.end(), s.end)
        if len(levels) < 2 or levels[0].start() != m.end() or re.search(r"\d", text[levels[0].end():levels[1].start()]) \
                or "," not in text[levels[0].end():levels[1].start()]:
            continue  # (the level taken off, its clause to a comma, then the level left)
        before = sentences[i - 1]
        gross = [o for o in _levels(text, before.start, before.end) if _one_unit(o, levels[0])]
        if len(gross) != 1 or not _one_unit(levels[0], levels[1]):
            continue
        out += _difference(gross[0], levels[0], levels[1])
    return out


@functools.cache
def _remainder_words() -> tuple[str, ...]:
    """The words that give what is left of a level once a part is taken off ("leaving"; the
    remainder role of vocab/quantity_balances.csv), in lower case."""
    return tuple(r["phrase"].lower() for r in vocab.table("quantity_balances") if r["role"] == "remainder")


@functools.cache
def _remainder_res() -> tuple[re.Pattern, re.Pattern]:
    """A sentence opening on the whole it takes a part of ("Of the 2024 imports, ..."; words
    and a year, no other figure, to a comma) up to the part's level; and the words between a
    part's clause and the level left (", leaving")."""
    words = vocab.alternation(_remainder_words(), ignore_case=True, space=r"\s+")
    opening = re.compile(rf"\s*Of\s+(?:the|its|this|that|these|those)\s+(?:[^\W\d][\w'’-]*\s+|(?:19|20)\d\d\s+){{0,5}}?"
                         rf"[^\W\d][\w'’-]*\s*,\s*{HEDGE}(?=\d)", re.I)
    return opening, re.compile(rf",\s*(?:{words})\s+(?:only\s+|just\s+)?{HEDGE}$", re.I)


def _remainders(text: str, sentences) -> list[Finding]:
    """"Hong Kong imported 4,370 tonnes of shark fin last year, down 14.6% from 5,120 tonnes.
    Of the imports, 1,640 tonnes were re-exported, leaving 2,730 tonnes for the local market":
    a sentence that opens on the whole it takes a part of ("Of the ...,"), its part's level,
    then the level left after ", leaving", is a deduction from the one level the sentence
    before states (an earlier side of a change is none): the level left must be that level
    less the part. With no such level, or two, the whole is a guess and nothing is read."""
    opening_re, left_re = _remainder_res()
    out = []
    for i, s in enumerate(sentences[1:], 1):
        m = opening_re.match(text, s.start, s.end)
        if m is None:
            continue
        levels = _levels(text, m.end(), s.end)
        if len(levels) < 2 or levels[0].start() != m.end() or re.search(r"\d", text[levels[0].end():levels[1].start()]) \
                or not left_re.search(text, levels[0].end(), levels[1].start()):
            continue  # (the part, its clause with no other figure, then the level left)
        before = sentences[i - 1]
        whole = [o for o in _levels(text, before.start, before.end) if _one_unit(o, levels[0])]
        if len(whole) != 1 or not _one_unit(levels[0], levels[1]):
            continue
        out += _difference(whole[0], levels[0], levels[1])
    return out


@functools.cache
def _running_words(role: str) -> tuple[str, ...]:
    """The words of one role of a running total (vocab/quantity_balances.csv: running_verb,
    running_before), in lower case."""
    return tuple(r["phrase"].lower() for r in vocab.table("quantity_balances") if r["role"] == role)


@functools.cache
def _running_res() -> tuple[re.Pattern, re.Pattern]:
    """The words before a running total's level ("brings the amount of pangolin scales seized
    in the city so far this year to"; no figure between) and those between it and the level
    it stood at before ("after earlier seizures totalling"; no figure between)."""
    verbs = vocab.alternation(_running_words("running_verb"), ignore_case=True, space=r"\s+")
    before = vocab.alternation(_running_words("running_before"), ignore_case=True, space=r"\s+")
    return (re.compile(rf"\b(?:{verbs})\s+(?:the|its|their|this\s+year's|the\s+year's)\s+[^.;:\d$€£¥]{{0,100}}?\bto\s+{HEDGE}$", re.I),
            re.compile(rf"^\s*,?\s*(?:{before})\s+[^.;:\d$€£¥]{{0,50}}$", re.I))


def _running_totals(text: str, sentences) -> list[Finding]:
    """"Customs officers have seized 8.3 tonnes of pangolin scales. The haul brings the amount
    seized so far this year to 19.7 tonnes, after earlier seizures totalling 11.4 tonnes": the
    level a running total is brought to must be the level it stood at before (after "after
    earlier") plus the one level the sentence before states, the one that brings it there (an
    earlier side of a change is none). With no such level, or two, the addition is a guess
    and nothing is read."""
    total_re, earlier_re = _running_res()
    out = []
    for i, s in enumerate(sentences[1:], 1):
        levels = _levels(text, s.start, s.end)
        for total, earlier in zip(levels, levels[1:]):
            if not total_re.search(text, max(s.start, total.start() - 140), total.start()) \
                    or not earlier_re.match(text[total.end():earlier.start()]) or not _one_unit(total, earlier):
                continue
            before = sentences[i - 1]
            added = [o for o in _levels(text, before.start, before.end) if _one_unit(o, total)]
            if len(added) != 1:
                continue
            va, vb = _level(added[0]["n"], _scale(added[0]), added[0]["u"]), _level(earlier["n"], _scale(earlier), earlier["u"])
            if va is None or vb is None:
                continue
            out += sum_finding((va[0] + vb[0], va[1] + vb[1]), f"{_text(added[0])} + {_text(earlier)}",
                               (added[0].start(), earlier.end()), total["n"], _scale(total), total["u"],
                               (total.start("n"), total.end("u")))
    return out


def _levels(text: str, start: int, end: int) -> list[re.Match]:
    """The levels in text[start:end] that are no earlier side of a change."""
    level_re, earlier_re, _ = _res()
    return [o for o in level_re.finditer(text, start, end)
            if not earlier_re.search(text, max(start, o.start() - 40), o.start())]


def _named(text: str, o: re.Match, start: int, role: str) -> bool:
    """Whether the words right before level `o` (from `start`: the level before it or its
    sentence's start) name `role`, or "of" and its word right after it ("the 2 million bales
    of imports")."""
    w = _words()[role]
    if w.search(text, start, o.start()):
        return True
    after = re.match(r"\s+of\s+(?:the\s+)?(\w[\w-]*(?:\s+\w+)?)", text[o.end():o.end() + 40])
    return bool(after and w.match(after[1]))


def _roles_of(text: str, levels: list[re.Match], start: int, roles: tuple[str, ...]) -> list[set[str]]:
    """The roles the words before each level (since the one before) name."""
    out = []
    prev = start
    for o in levels:
        out.append({r for r in roles if _named(text, o, prev, r)})
        prev = o.end()
    return out


def _text(o: re.Match) -> str:
    return " ".join(filter(None, (o["n"], o["s"], o["u"])))


def _one_unit(a: re.Match, b: re.Match) -> bool:
    return _same_unit(a["u"], b["u"], None) and _rate_tail(a.string, a.end("u")) == _rate_tail(b.string, b.end("u"))


def _after(text: str, m: re.Match, end: int) -> re.Match | None:
    """The level right after the words `m` ("net exports at 5.2 million tonnes"): the first
    level within a few words of them, with no figure between."""
    level_re = _res()[0]
    o = level_re.search(text, m.end(), end)
    if o is None or o.start() - m.end() > 30 or re.search(r"\d", text[m.end():o.start()]):
        return None
    return o


@functools.cache
def _scaled_definition_re() -> re.Pattern:
    """A unit the text names with its scale and defines an abbreviation for in brackets right
    after: "8.3 million tonnes (mt)", "22.7 billion cubic metres (bcm)"."""
    words = sorted((w for w in vocab.scales() if len(w) > 3 and w.isalpha()), key=len, reverse=True)
    return re.compile(rf"\d\s+(?P<scale>{'|'.join(map(re.escape, words))})\s+(?P<unit>[a-z]+(?:\s+[a-z]+){{0,2}})"
                      r"\s*\(\s*(?P<abbr>[A-Za-z]{2,5})\s*\)", re.I)


@functools.lru_cache(maxsize=8)
def _defined_scales(text: str) -> dict[str, str]:
    """The abbreviations the text defines as "<scale> <unit> (<abbr>)", each with its scale:
    in such a text "7.5 mt" is 7.5 million tonnes, though a plain "mt" elsewhere is metric
    tons. Only an abbreviation made of the initials of the scale and unit words counts (so
    "million tonnes (mt)", "million metric tons (MMT)"; never a bracketed place or source)."""
    if "(" not in text:
        return {}
    out = {}
    for m in _scaled_definition_re().finditer(text):
        initials = "".join(w[0] for w in (m["scale"] + " " + m["unit"]).lower().split())
        if m["abbr"].lower() == initials:
            out.setdefault(m["abbr"], m["scale"].lower())
    return out


def _scale(o: re.Match) -> str | None:
    """A level's scale word: its own, or the one its text's bracketed definition gives its
    abbreviated unit (`_defined_scales`)."""
    if o["s"] or not o["u"]:
        return o["s"]
    return _defined_scales(o.string).get(o["u"])


def _difference(a: re.Match, b: re.Match, stated: re.Match) -> list[Finding]:
    """A sum finding where `a` - `b` (each to its rounding) cannot give the `stated` level."""
    va, vb = _level(a["n"], _scale(a), a["u"]), _level(b["n"], _scale(b), b["u"])
    if va is None or vb is None or va[0] <= vb[0]:
        return []  # (a side read the wrong way round: no gap to check)
    spans = sorted([a.span(), b.span()])
    return sum_finding((va[0] - vb[0], va[1] + vb[1]), f"{_text(a)} - {_text(b)}", (spans[0][0], spans[1][1]),
                       stated["n"], _scale(stated), stated["u"], (stated.start("n"), stated.end("u")))


def _nets(text: str, sentences, published: str | None) -> list[Finding]:
    """"Steel imports over the first 10 months fell to 5.1 million tonnes, leaving net exports
    at 70.2 million tonnes": the flow the net's sentence gives before it, and the one level of
    the other flow dated by the same period in the sentences before (or in its own), where the
    words date both (extract/periods.py)."""
    pub = P.parse(published[:7]) if published and re.match(r"\d{4}-\d\d", published) else None
    flow_words = vocab.flows()
    out = []
    pms = None
    for i, s in enumerate(sentences):
        for m in _net_re().finditer(text, s.start, s.end):
            net = _after(text, m, s.end)
            if net is None:
                continue
            side = _net_side(m)
            if pms is None:
                # (mentions that date nothing, "year on year", stand aside: "Imports over the first
                # ten months fell 8% year on year to 4.1 Mt" is dated by the ten months)
                pms = sorted((pm for pm in find_periods(text) if (not pm.base_cue or _span_over(text, pm, sentences))
                              and _resolved(pm, pub) is not None), key=lambda pm: pm.start)
            dated = {}
            for k in range(max(0, i - _NET_BACK), i + 1):
                t = sentences[k]
                end = m.start() if k == i else t.end
                here = [o for o in _levels(text, t.start, end) if _one_unit(o, net)]
                prev = t.start
                for idx, o in enumerate(here):
                    fl = _flow_of(text, prev, o.start(), flow_words)
                    prev = o.end()
                    if fl is None:
                        continue
                    nxt = here[idx + 1].start() if idx + 1 < len(here) else end
                    per = _period_of(text, o, nxt, t.start, [pm for pm in pms if t.start <= pm.start and pm.end <= t.end], pub)
                    dated.setdefault(fl, []).append((o, per, k))
            own = [(o, per) for fl in dated for o, per, k in dated[fl] if k == i]
            # ("a net importer of 350,000t": a net named by the country's role is read only as
            # the gap of both flows its own sentence gives, never of levels further back)
            pair = None if _compared_re().search(text, s.start, net.end()) else _both_flows_before(text, s.start, m.start(), net, dated, i)
            if pair is not None and (pair[0][1] is not None or not any(s.start <= pm.start < s.end for pm in pms)):
                exp, imp = pair[0][0], pair[1][0]
                out += _difference(exp, imp, net) if side == "exports" else _difference(imp, exp, net)
                continue
            if not own and not [o for o in _levels(text, s.start, m.start()) if _one_unit(o, net)]:
                # ("Net exports therefore amounted to 0.77 Mt": a net whose sentence states no
                # level of its own is the gap of the flows the passage gave before it; so is a
                # net importer's position, "As a result, the country was a net importer of 3 Mt")
                out += _net_of_flows_before(text, sentences, i, m, net, side, pms, pub, flow_words)
                continue
            if m["position"] and not _of_flows_given(m):
                continue
            if len(own) == 1 and own[0][1] is None:
                # ("Imports fell to 7.65 Mt from 10.57 Mt, leaving net exports of 82.61 Mt for the
                # year": the sentence's one period, right after its net level, dates the whole
                # sentence, the flow before the net too)
                tail = [pm for pm in pms if s.start <= pm.start < s.end]
                if len(tail) == 1 and tail[0].start >= net.end() and not text[net.end():tail[0].start].strip():
                    own = [(own[0][0], _resolved(tail[0], pub))]
            if len(own) == 1 and own[0][1] is None and not any(s.start <= pm.start < s.end for pm in pms):
                # ("Exports averaged 4.1 Mt in 2023. Imports averaged 6.5 Mt, leaving net imports
                # at 2.4 Mt": a net's sentence that dates nothing goes on in the period of the
                # flow level stated last before it)
                before = [(o.start(), per) for fl in dated for o, per, k in dated[fl] if k < i and per is not None]
                if before:
                    own = [(own[0][0], max(before, key=lambda x: x[0])[1])]
            if len(own) != 1 or own[0][1] is None:
                continue  # (the net's sentence gives one flow of one period before it, or nothing is read)
            o, per = own[0]
            own_flow = next(fl for fl in dated if any(x is o for x, _, _ in dated[fl]))
            other = "imports" if own_flow == "exports" else "exports"
            same = [x for x, p, _ in dated.get(other, []) if p == per]
            if len(same) != 1 or any(p == per and x is not o for x, p, _ in dated[own_flow]):
                continue
            exp, imp = (o, same[0]) if own_flow == "exports" else (same[0], o)
            out += _difference(exp, imp, net) if side == "exports" else _difference(imp, exp, net)
    return out


# sentences before a net that states no level of its own where its flows may stand
_BARE_NET_BACK = 6
# a flow named after its level, in the passive ("439,000 tonnes of waste were imported")
_PASSIVE_FLOW = re.compile(r"[^.;,\d]{0,60}?\b(?:was|were|had\s+been|have\s+been)\s+(?P<f>exported|imported|shipped\s+abroad)\b", re.I)


# a share right after a level ("0.38 Mt, or 33.6% of exports", "198,000 t (20%)"): the level is a part
_SHARE_AFTER = re.compile(r"\s*(?:,\s*(?:or|a|about|some|roughly|around|nearly)\s+|\(\s*)\d+(?:\.\d+)?\s*(?:%|per\s*cent\b|percent\b)", re.I)


def _net_of_flows_before(text: str, sentences, i: int, m: re.Match, net: re.Match, side: str, pms, pub, flow_words) -> list[Finding]:
    """"Germany exported 986,000 t in 2020 ... 439,000 t were imported in 2020. Exports thus
    exceeded imports by 547,000 t": the flow level stated last before the net (its flow named
    before it, or after it in the passive), and the one level of the other flow of the same
    period in the sentences before. A level with a share after it is a part (a destination's),
    no flow's level; two levels of the other flow of that period leave the pair unsure."""
    dated: list[tuple[re.Match, str, object]] = []
    for k in range(max(0, i - _BARE_NET_BACK), i):
        t = sentences[k]
        here = [o for o in _levels(text, t.start, t.end) if _one_unit(o, net)]
        prev = t.start
        for idx, o in enumerate(here):
            nxt = here[idx + 1].start() if idx + 1 < len(here) else t.end
            fl = _flow_of(text, prev, o.start(), flow_words)
            prev = o.end()
            if fl is None:
                passive = _PASSIVE_FLOW.match(text, o.end(), nxt)
                fl = None if passive is None else "imports" if passive["f"].lower() == "imported" else "exports"
            if fl is None or _SHARE_AFTER.match(text, o.end(), t.end):
                continue
            per = _period_of(text, o, nxt, t.start, [pm for pm in pms if t.start <= pm.start and pm.end <= t.end], pub)
            dated.append((o, fl, per))
    if not dated:
        return []
    last, flow, per = dated[-1]
    if per is None:
        # ("In the same year, the EU imported 0.36 Mt": a flow the words date by no period
        # they resolve pairs only with the one level of the other flow, itself alone in its flow)
        same = [o for o, fl, _ in dated if fl != flow]
        if len(same) != 1 or len(dated) != 2:
            return []
    else:
        same = [o for o, fl, p in dated if fl != flow and p == per]
        if len(same) != 1 or any(fl == flow and p == per and o is not last for o, fl, p in dated):
            return []
    exp, imp = (last, same[0]) if flow == "exports" else (same[0], last)
    return _difference(exp, imp, net) if side == "exports" else _difference(imp, exp, net)


def _both_flows_before(text: str, start: int, net_start: int, net: re.Match, dated: dict, i: int):
    """"Exports totalled 1.2 Mt, while imports reached 1.5 Mt, leaving a net import of 0.3 Mt":
    the net's own sentence gives, before the net, exactly two levels of its unit, one of each
    flow, dated alike (both by the same words, or neither): the net is their gap. Any other
    level of the unit there, or flows of two periods, leaves the pair unsure: (exports, imports)
    or None."""
    here = [o for o in _levels(text, start, net_start) if _one_unit(o, net)]
    if len(here) != 2:
        return None
    own = {fl: [(o, per) for o, per, k in dated[fl] if k == i] for fl in dated}
    exp, imp = own.get("exports", []), own.get("imports", [])
    if len(exp) != 1 or len(imp) != 1 or exp[0][1] != imp[0][1]:
        return None
    if {exp[0][0].span(), imp[0][0].span()} != {o.span() for o in here}:
        return None
    return exp[0], imp[0]


def _nets_before_their_flows(text: str, sentences) -> list[Finding]:
    """"X exported a net 51.2 TWh in 2023. Gross exports reached 101.3 TWh while imports fell
    to 50.1 TWh."; "..., while Norway's net exports dropped to 15.1 TWh. ... Norway exported
    24.9 TWh and imported 9.8 TWh": a net level, then both flows it is the gap of, one level
    each, in the very next sentence (the net alone in its own) or in a sentence soon after
    that opens on the net's owner. The flows' sentence dates nothing of its own before a
    comparison (vocab/compared_openers.csv: "compared with net exports of 12.5 TWh in 2022"),
    so its levels are of the net's period; anything more (a date, a second level of a flow, a
    net word) leaves their tie to the net unsure, and nothing is checked."""
    flow_words = vocab.flows()
    dated = [pm.start for pm in find_periods(text)]
    out = []
    for i, s in enumerate(sentences[:-1]):
        for m in _net_re().finditer(text, s.start, s.end):
            if m["position"]:
                continue  # (a net importer's gap is read in its own sentence alone, `_nets`)
            net = _after(text, m, s.end)
            if net is None:
                continue
            alone = [o.span() for o in _levels(text, s.start, s.end) if _one_unit(o, net)] == [net.span()]
            owner = _OWNER_BEFORE.search(text, s.start, m.start())
            t = None
            if owner is not None:
                t = next((x for x in sentences[i + 1:i + 1 + _OWNER_AHEAD] if re.match(rf"{re.escape(owner[1])}\b", text[x.start:x.end])), None)
            if t is None and alone:
                t = sentences[i + 1]
            if t is None:
                continue
            cut = _compared_re().search(text, t.start, t.end)
            end = cut.start() if cut else t.end
            if any(t.start <= d < end for d in dated) or _net_re().search(text, t.start, end):
                continue
            here = [o for o in _levels(text, t.start, end) if _one_unit(o, net)]
            if len(here) != 2:
                continue
            flows = [_flow_of(text, a, o.start(), flow_words) for a, o in zip((t.start, here[0].end()), here)]
            if sorted(map(str, flows)) != ["exports", "imports"]:
                continue
            exp, imp = here if flows[0] == "exports" else here[::-1]
            side = _net_side(m)
            out += _difference(exp, imp, net) if side == "exports" else _difference(imp, exp, net)
    return out


# sentences after a net level where its owner's flows may stand
_OWNER_AHEAD = 3
# the owner of a net flow named right before it: "Norway's net exports", "Sweden exported a net"
_OWNER_BEFORE = re.compile(r"\b([A-Z][a-z]+)(?:['’]s)?\s+$")


@functools.cache
def _compared_re() -> re.Pattern:
    """The words that set a level against another period's (vocab/compared_openers.csv)."""
    opener = vocab.alternation([r["phrase"] for r in vocab.table("compared_openers")], ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{opener})\b", re.I)


def _span_over(text: str, pm, sentences) -> bool:
    """Whether a period after "over" is the span of its sentence's levels, not a change's base:
    "Imports over the first ten months fell 8% to 4.1 Mt" (no figure before it in its sentence),
    not "rose 8% over the first ten months of 2022"."""
    if not re.search(r"\bover\s+$", text[max(0, pm.start - 8):pm.start], re.I):
        return False
    start = max((t.start for t in sentences if t.start <= pm.start), default=0)
    return not re.search(r"\d", text[start:pm.start])


def _flow_of(text: str, start: int, end: int, flow_words: dict) -> str | None:
    """The one flow (exports or imports) the words in text[start:end] name, else None."""
    found = {(flow_words.get(x.lower()) or (None,))[0] for x in re.findall(r"[A-Za-z]+", text[start:end])}
    found &= {"exports", "imports"}
    return found.pop() if len(found) == 1 else None


def _supplies(text: str, sentences) -> list[Finding]:
    """"The crop is put at 30.2 million bales. With opening stocks of 4.1 million bales and
    imports of 1.5 million bales, total supply is 35.8 million bales": a total supply after
    its three parts, each named once, in its sentence and the one before in its paragraph."""
    w = _words()
    roles = ("supply_stock", "supply_production", "supply_imports")
    out = []
    for i, s in enumerate(sentences):
        for m in w["supply_total"].finditer(text, s.start, s.end):
            total = _after(text, m, s.end)
            if total is None:
                continue
            parts: dict[str, list[re.Match]] = {}
            span = [s] if i == 0 or sentences[i - 1].paragraph != s.paragraph else [sentences[i - 1], s]
            for t in span:
                end = m.start() if t is s else t.end
                levels = [o for o in _levels(text, t.start, end) if _one_unit(o, total)]
                named = _roles_of(text, levels, t.start, roles)
                if t is s and any(len(r) != 1 for r in named):
                    break  # (a level in the total's sentence that is no one named part)
                for o, r in zip(levels, named):
                    if len(r) == 1:
                        parts.setdefault(r.pop(), []).append(o)
            else:
                if sorted(parts) != sorted(roles) or any(len(v) != 1 for v in parts.values()):
                    continue
                ps = sorted((v[0] for v in parts.values()), key=lambda o: o.start())
                vals = [_level(o["n"], o["s"], o["u"]) for o in ps]
                if None in vals:
                    continue
                out += sum_finding((sum(v for v, _ in vals), sum(e for _, e in vals)), " + ".join(map(_text, ps)),
                                   (ps[0].start(), ps[-1].end()), total["n"], total["s"], total["u"],
                                   (total.start("n"), total.end("u")))
    return out


def _gaps(text: str, sentences) -> list[Finding]:
    """"a global deficit of 2.0 million tonnes ... production at 170.1 million tonnes, below
    consumption of 172.1 million tonnes": the gap's own sentence, or where it gives no other
    level the sentence right after it, gives one level of output and one of use, and no other."""
    w = _words()
    out = []
    for i, s in enumerate(sentences):
        for m in re.finditer(w["deficit"].pattern + "|" + w["surplus"].pattern, text[s.start:s.end], re.I):
            m = w["deficit"].search(text, s.start + m.start(), s.start + m.end()) or \
                w["surplus"].search(text, s.start + m.start(), s.start + m.end())
            gap = _after(text, m, s.end)
            if gap is None or not re.match(r"\s+of\s", text[m.end():gap.start()]):
                continue
            own = [o for o in _levels(text, s.start, s.end) if o.start() != gap.start()]
            if own:
                span, levels = s, own
            elif i + 1 < len(sentences):
                span = sentences[i + 1]
                levels = _levels(text, span.start, span.end)
            else:
                continue
            levels = _with_carried_units(text, span.start, span.end, levels)
            named = _roles_of(text, levels, span.start, ("supply_side", "demand_side"))
            sides = {}
            for o, r in zip(levels, named):
                if len(r) != 1:
                    sides = {}
                    break  # (a level of neither side, or of both: not the gap's two sides)
                sides.setdefault(r.pop(), []).append(o)
            if sorted(sides) != ["demand_side", "supply_side"] or any(len(v) != 1 for v in sides.values()):
                continue
            sup, dem = sides["supply_side"][0], sides["demand_side"][0]
            if not (_one_unit(sup, gap) and _one_unit(dem, gap)):
                continue
            out += _difference(dem, sup, gap) if w["deficit"].fullmatch(m[0]) else _difference(sup, dem, gap)
    return out


class _CarriedUnit:
    """A bare figure and its scale that close a clause ("against consumption of 127.51 mln."),
    read in the unit of the levels before it in its sentence: the writer left the unit out
    once said. It answers the groups a level's match does (n, s, u), its unit the carried one."""

    def __init__(self, m: re.Match, unit: str):
        self._m, self._unit, self.string = m, unit, m.string

    def __getitem__(self, group: str):
        return self._unit if group == "u" else self._m[group]

    def start(self, group: str | int = 0) -> int:
        return self._m.start("s" if group == "u" else group)

    def end(self, group: str | int = 0) -> int:
        return self._m.end("s" if group == "u" else group)

    def span(self, group: str | int = 0) -> tuple[int, int]:
        return self.start(group), self.end(group)


@functools.cache
def _bare_scaled_re() -> re.Pattern:
    """A number and a scale word, no unit nor currency, right before a clause's end ("127.51 mln.")."""
    scale = vocab.alternation(list(vocab.scales()), ignore_case=True)
    return re.compile(rf"(?<![$€£¥\w.,])(?<![$€£¥]\s)(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<s>{scale})(?![a-z])\.?(?=\s*(?:[,;.)]|$))", re.I)


def _with_carried_units(text: str, start: int, end: int, levels: list) -> list:
    """`levels` and the bare scaled figures after them in text[start:end], each in the one
    unit every level before it has (none where they differ: which one is meant is unsaid)."""
    if not levels:
        return levels
    out = list(levels)
    for m in _bare_scaled_re().finditer(text, levels[0].end(), end):
        before = [o for o in levels if o.end() <= m.start()]
        if any(m.start() < o.end() and o.start() < m.end() for o in levels) \
                or not all(_same_unit(o["u"], before[0]["u"], None) and not _rate_tail(text, o.end("u")) for o in before):
            continue
        out.append(_CarriedUnit(m, before[0]["u"]))
    return sorted(out, key=lambda o: o.start())


def _quota_fills(text: str, sentences) -> list[Finding]:
    """"The quota was 80% used within a week. Of the 50,000 tonnes available, importers had
    claimed 40,000 t": a percent of a quota taken, and after it (in its sentence or the next)
    the quota's volume and the volume taken, the only two levels there."""
    w = _words()
    pct_re = _res()[2]
    out = []
    for i, s in enumerate(sentences):
        q = re.search(r"\bquota\b", text[s.start:s.end], re.I)
        if q is None:
            continue
        for p in pct_re.finditer(text, s.start + q.end(), s.end):
            if not re.match(rf"\s+{w['fill'].pattern}", text[p.end():p.end() + 20], re.I):
                continue
            levels = _levels(text, p.end(), s.end)
            start = p.end()
            if not levels and i + 1 < len(sentences):
                start = sentences[i + 1].start
                levels = _levels(text, start, sentences[i + 1].end)
            if len(levels) != 2 or not _one_unit(*levels):
                continue
            whole = [o for o in levels if re.search(r"\bof\s+(?:the\s+)?$", text[max(start, o.start() - 8):o.start()], re.I)
                     or w["quota_whole"].match(text, o.end() + 1, o.end() + 20)]
            part = [o for o, r in zip(levels, _roles_of(text, levels, start, ("quota_part",))) if r and o not in whole]
            if len(whole) != 1 or len(part) != 1:
                continue
            a, b = part[0], whole[0]
            v = _level(a["n"], a["s"], a["u"])
            if v is None:
                continue
            hedged = bool(_hedge_re().search(text, max(s.start, p.start() - 30), p.start()))
            out += _share_figures(v, _text(a), a.span(), {"n0": b["n"], "s0": b["s"], "u0": b["u"], "p": p["p"]},
                                  p.span("p"), (b.start("n"), b.end("u")), hedged)
    return out


# sentences back where the level a quota's fill is the share of may stand
_FILL_BACK = 3


@functools.cache
def _fill_of_quota_re() -> re.Pattern:
    """"Shipments used only 52% of the annual export quota of 31,000 tonnes": a fill word,
    its percent, then "of" the quota, named in a few words, and its volume after "of"."""
    fill = _words()["fill"].pattern
    level = _res()[0].pattern
    return re.compile(rf"{fill}\s+(?:only\s+|just\s+)?{HEDGE}(?P<p>\d+(?:\.\d+)?)\s*(?:%|per\s*cent\b|percent\b)"
                      rf"\s+of\s+(?:the|its|their|this\s+year's|the\s+year's)\s+(?:[a-z-]+\s+){{0,3}}?quotas?\s+of\s+{HEDGE}(?P<whole>{level})", re.I)


def _fills_of_a_quota_after(text: str, sentences) -> list[Finding]:
    """A quota's fill said before the quota's volume, "exports used 52% of the annual quota
    of 31,000 tonnes", its take being the level of the quota's unit that the sentences just
    before give: the nearest one naming a level in that unit, with that one level alone
    (two, or another level in the fill's own sentence, leave which one a guess: nothing)."""
    out = []
    for i, s in enumerate(sentences):
        if "quota" not in text[s.start:s.end].lower():
            continue
        for m in _fill_of_quota_re().finditer(text, s.start, s.end):
            whole = _res()[0].match(text, m.start("whole"))
            if whole is None or whole["u"] is None or len(_levels(text, s.start, s.end)) != 1:
                continue
            part = None
            for j in range(i - 1, max(-1, i - 1 - _FILL_BACK), -1):
                before = [o for o in _levels(text, sentences[j].start, sentences[j].end) if o["u"] and _one_unit(o, whole)]
                if before:
                    part = before[0] if len(before) == 1 else None
                    break
            if part is None:
                continue
            v = _level(part["n"], part["s"], part["u"])
            if v is None:
                continue
            hedged = bool(_hedge_re().search(text, max(s.start, m.start("p") - 30), m.start("p")))
            out += _share_figures(v, _text(part), part.span(), {"n0": whole["n"], "s0": whole["s"], "u0": whole["u"], "p": m["p"]},
                                  m.span("p"), (whole.start("n"), whole.end("u")), hedged)
    return out


_PCT = r"(?P<p>\d+(?:\.\d+)?)\s*(?:%|per\s*cent\b|percent\b)"


@functools.cache
def _sized_quota_res() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """"of the 17,700-tonne CETA cheese quota": a quota's volume written as a compound word
    before its name (vocab/quantity_balances.csv, quota_noun), a few words between; the fill
    verb and percent right before it ("filling 37% "); a named fill rate after it ("a fill
    rate of about 55 per cent")."""
    w = _words()
    scale = vocab.alternation(list(vocab.scales()), ignore_case=True)
    sized = re.compile(rf"\bof\s+(?:the|its|their|a|an)\s+(?P<n>\d[\d,]*(?:\.\d+)?)(?:[\s-](?P<s>{scale}))?-"
                       rf"(?P<u>{unit_alternation()})\s+(?:[\w'’-]+\s+){{0,3}}?{w['quota_noun'].pattern}", re.I)
    verb = re.compile(rf"{w['fill_share'].pattern}\s+(?:only\s+|just\s+)?{HEDGE}{_PCT}\s+$", re.I)
    rate = re.compile(rf"\b(?:a|an|the)\s+{w['fill_rate'].pattern}\s+(?:of\s+|was\s+|at\s+)?{HEDGE}{_PCT}", re.I)
    return sized, verb, rate


def _fills_of_a_sized_quota(text: str, sentences) -> list[Finding]:
    """A quota's fill in the sentence that sizes the quota: "shipped 9,480 tonnes, filling 37%
    of the 35,000-tonne quota", "used 9,780 tonnes of the 17,700-tonne quota, a fill rate of
    55%": the percent is the one level of the quota's unit before it over the quota (one
    level alone, and one fill percent: with more, which is the take would be a guess)."""
    sized, verb, rate = _sized_quota_res()
    out = []
    for s in sentences:
        if "-" not in text[s.start:s.end]:
            continue  # (cheap: no compound volume)
        for m in sized.finditer(text, s.start, s.end):
            pcts = [p for p in (verb.search(text[s.start:m.start()]),) if p] + list(rate.finditer(text, m.end(), s.end))
            levels = [o for o in _levels(text, s.start, m.start()) if o["u"]]
            if len(pcts) != 1 or len(levels) != 1 or not _same_unit(levels[0]["u"], m["u"], None):
                continue
            part = _level(levels[0]["n"], levels[0]["s"], levels[0]["u"])
            if part is None:
                continue
            p = pcts[0]
            off = s.start if p.re is verb else 0  # (the verb was searched in a slice)
            p_span = (p.start("p") + off, p.end("p") + off)
            hedged = bool(_hedge_re().search(text, max(s.start, p_span[0] - 30), p_span[0]))
            out += _share_figures(part, _text(levels[0]), levels[0].span(), {"n0": m["n"], "s0": m["s"], "u0": m["u"], "p": p["p"]},
                                  p_span, (m.start("n"), m.end("u")), hedged)
    return out


@functools.cache
def _share_of_named_quota_re() -> re.Pattern:
    """"..., 71% of the annual cap.": a percent of a quota named without its volume, at the end
    of its clause (a volume after it is read by _fills_of_a_quota_after)."""
    return re.compile(rf"{_PCT}\s+of\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){{0,2}}?{_words()['quota_noun'].pattern}"
                      rf"(?=\s*(?:[.,;]|$))", re.I)


def _fills_of_a_quota_before(text: str, sentences) -> list[Finding]:
    """A percent of a quota named before: its take is the one level of its sentence before it,
    the quota's volume the one level of that unit in the nearest sentence (up to _FILL_BACK
    back) that names a quota. A level in a sentence naming no quota is no quota's volume; two
    levels in the sentence that names one leave which is the volume a guess: nothing."""
    noun = _words()["quota_noun"]
    out = []
    for i, s in enumerate(sentences):
        for m in _share_of_named_quota_re().finditer(text, s.start, s.end):
            levels = [o for o in _levels(text, s.start, m.start()) if o["u"]]
            if len(levels) != 1:
                continue
            take, whole = levels[0], None
            for j in range(i - 1, max(-1, i - 1 - _FILL_BACK), -1):
                t = sentences[j]
                if not noun.search(text, t.start, t.end):
                    continue
                named = [o for o in _levels(text, t.start, t.end) if o["u"] and _one_unit(o, take)]
                if named:
                    whole = named[0] if len(named) == 1 else None
                    break
            if whole is None:
                continue
            part = _level(take["n"], take["s"], take["u"])
            if part is None:
                continue
            hedged = bool(_hedge_re().search(text, max(s.start, m.start("p") - 30), m.start("p")))
            out += _share_figures(part, _text(take), take.span(), {"n0": whole["n"], "s0": whole["s"], "u0": whole["u"], "p": m["p"]},
                                  m.span("p"), (whole.start("n"), whole.end("u")), hedged)
    return out
