"""Parts of a physical quantity listed against its whole: "Total throughput reached 81.6
million tonnes. Containerised goods accounted for 67.3 million tonnes, liquid bulk for 6.4
million, dry bulk for 5.1 million and general cargo for the remaining 2.8 million";
"handled 16.2 million tonnes in March ... Exports accounted for 11.9 million tonnes of the
March total and imports for 4.3 million tonnes"; "throughput of 3.93 million TEU, of which
1.37 million TEU was transshipment and 2.56 million TEU moved to the hinterland".

Quantities are no claims (see check/volumes.py), so this reads the words alone. A sentence
whose words tie its figures to a whole as its parts (vocab/quantity_part_ties.csv) lists
parts of the level of the same unit in the sentence before (or before the tie in its own
sentence). Whether the parts are all of the whole the words seldom say, so only parts that
together exceed every such whole are flagged: parts can never add up to more than their whole."""
from __future__ import annotations

import functools
import itertools
import re

from .. import vocab
from ..model import Finding
from ..normalise.intervals import approx_width
from .catalogue import Severity, Status, render
from .other_money import _heading_re, colon_total_words
from . import daily_averages, quantity_balances
from .volumes import PER_CENT, _decimals, _figure, _rate_tail, _same_unit, _unit_scale, scale_gap, sum_finding, unit_alternation
from .volumes import flow_word_re as _flow_word_re
from ..link.cues import HEDGE
from ..link.measures import _refutation_res as refutation_res, refuted_quotes


@functools.cache
def _level_re() -> re.Pattern:
    """A level in a unit ("67.3 million tonnes"), or in a list after one, a level with its scale
    and the unit left to the item before ("liquid bulk for 6.4 million, dry bulk ...")."""
    units = unit_alternation()
    scale = vocab.alternation(list(vocab.scales()), ignore_case=True)
    # ("50.4 million 60-kg bags": the bags counted, the weight of one between; vocab/package_weights.csv)
    weight = vocab.alternation(vocab.package_weights(), ignore_case=True)
    # ("3.1 million light vehicles": a kind of the thing counted before the unit, vocab/unit_modifiers.csv)
    kind = vocab.alternation(vocab.unit_modifiers(), ignore_case=True)
    # ("came to 233,800t": the tonne's symbol glued to its number is a unit too, only so
    # written, as check/volumes.py reads it; a bare "t" apart from a number is none)
    # ("took 612,000 t of barley": or a space after the number's last digit, as
    # check/quantity_balances.py reads it; no word may go on from the "t")
    # ("28.5 million net tons (NT) ... 23.1 million NT": an abbreviation in capitals after a
    # scale, a unit only where the text defines it beside the unit, see _levels)
    # ("followed by Canada with 6.6 million (25%)": a listed level with its scale, the unit
    # left to the item before, may also stand right before its share in brackets)
    # ("66.4 million (664 lakh) doses": the figure in another scale in brackets before the unit)
    # ("1 116 thousand tonnes", "EUR 4 075 million": thousands grouped by spaces, as
    # statistical offices print them, are one number; its tail "075" is none of its own)
    return re.compile(rf"(?<![$€£¥\w.,])(?<!\d[ \xa0\u2009\u202f])(?P<n>{SPACED_LEVEL}|\d[\d,]*(?:\.\d+)?){scale_gap(scale)}(?P<s>{scale})?"
                      rf"(?:\s*\(\s*\d[\d,]*(?:\.\d+)?\s*(?:{scale})\s*\))?"
                      rf"(?:\s*(?:\d+(?:\.\d+)?\s?-?\s?(?:{weight})\.?\s+)?(?:(?:{kind})\s+){{0,2}}(?P<u>{units}|(?<=\d)t|(?<=\d\s)t(?![\w/'’])|(?<=[a-z]\s)(?P<ab>(?-i:[A-Z]{{2,4}})))\b|(?<=[a-z])(?=\s*(?:,|;|\.|\band\b|$|\(\s*\d+(?:\.\d+)?\s*%\s*\))))", re.I)


@functools.cache
def _tie_res() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The words that make a sentence's figures parts: one opening it ("Of this, ..."), one
    before its first part ("accounted for"); and the words that make it no list of parts."""
    rows = vocab.table("quantity_part_ties")

    def words(where: str, extra=()) -> str:
        return vocab.alternation([r["phrase"] for r in rows if r["where"] == where] + list(extra),
                                 ignore_case=True, space=r"\s+")

    # ("- By type: passenger cars 565,471 units, ...": a bullet's mark may stand before the opening)
    return (re.compile(rf"\s*(?:[-*•–]\s+)?(?:{words('open', vocab.breakdown_cues())})\b", re.I),
            re.compile(rf"\b(?:{words('verb')})\b", re.I),
            # ("Russia accounted for 38% of the total of 4.7 million tonnes": a share right
            # after its number is a stop too, though a digit stands before its sign)
            # ("imports from Hungary amounted to 2.6 Mt, from Slovakia 1.3 Mt": a "from" before a
            # capitalised name is the source of a part, no earlier level)
            re.compile(rf"(?<!\w)(?!from\s+(?-i:[A-Z]))(?:{words('stop')})(?!\w)|(?<=\d)\s?%|\b(?:19|20)\d\d\b", re.I))


# right before a plain number, what makes it a model's ("a KC-390", "took 10 Boeing 737
# planes"): a name and a hyphen, or a capitalised name right after the count (no place in a
# list of places and their levels: "Mexico took 412,600 tonnes and Peru 355 tonnes")
_MODEL_BEFORE = re.compile(r"(?:[A-Za-z]-|(?<![\w.,])\d+[^\S\n]+[A-Z][A-Za-z]*[^\S\n])$")
# a comma alone between a level and the tie after it
_COMMA_TIE = re.compile(r"\s*,\s*")
# money before a figure ("EUR 164.2 million", "R$ 438 million"): no level of a quantity
# a number grouped in thousands by spaces (plain, no-break or thin), groups of exactly three digits
SPACED_LEVEL = r"\d{1,3}(?:[ \xa0\u2009\u202f]\d{3})+(?:\.\d+)?(?![\d,])"
_MONEY_BEFORE = re.compile(r"(?:\b[A-Z]{1,3}\$?|[$€£¥])\s*$")


@functools.cache
def _money_sign_before() -> re.Pattern:
    """A currency sign of the currency table written before its figure (vocab/currencies.csv,
    prefix: "Rs 4,344 crore", "Rs. 7,410 crore", "KSh 2 billion"), in its case, right before
    a number: money, no level of a quantity ("1.18 million tonnes valued at Rs 4,344 crore"
    is no list of two tonnages)."""
    signs = [r["token"] for r in vocab.currencies() if r["position"] in ("prefix", "both")]
    return re.compile(rf"(?<![A-Za-z]){vocab.alternation(signs)}\.?[^\S\n]*$")


def _money_before(text: str, start: int) -> bool:
    """Whether money's sign stands right before the figure at `start`."""
    return bool(_MONEY_BEFORE.search(text, max(0, start - 5), start) or _money_sign_before().search(text, max(0, start - 12), start))


def findings(text: str, sentences) -> list[Finding]:
    """A bound finding for each list of parts of a quantity that exceeds every whole it may be of."""
    out = []
    sentences = list(sentences)
    for i, sent in enumerate(sentences):
        opened = _opened_whole(text, sent)
        tie = opened[1] if opened is not None else _tie(text, sent)
        if tie is None or _stopped(text, tie, sent.end):
            continue  # (no parts, or levels that are not all parts of one whole)
        if opened is not None:
            # ("Of the 9 million tonnes, 5 million went by sea and 4 million by rail": the
            # parts after the comma take the opening whole's unit; that level is their whole)
            parts = _opened_parts(text, opened[0], tie, sent.end)
            if len(parts) >= 2:
                f = _judge(text, parts, [opened[0]])
                if f is not None:
                    out.append(f)
            continue
        parts = _levels_after_opening(text, sent, tie)
        if len(parts) < 2:
            continue
        # (the whole is stated before its parts, most often just before; but "of this" may
        # point further back, so every earlier level of the unit is a whole the parts may be of)
        wholes = _levels(text, 0, tie)
        if not _tie_res()[0].match(text, sent.start, sent.end):
            wholes = _in_own_paragraph(wholes, sentences, i) or wholes
        # ("Total trade is forecast at 425m t, comprising wheat at 201m t, maize at 183m t
        # ...": a level the tie follows right after its comma is the one whole the parts are of)
        own = [w for w in wholes if w.m.start() >= sent.start]
        if own and _COMMA_TIE.fullmatch(text, own[-1].m.end(), tie):
            wholes = own[-1:]
        if not _OFFER_WORD.search(text, sent.start, sent.end):
            wholes = [w for w in wholes if not _offered_level(text, w)]
        f = _judge(text, parts, [w for w in wholes if _maybe_whole(text, w, parts[0]) and not _earlier_level(text, w)])
        if f is not None:
            out.append(f)
    out += _bullet_parts(text, sentences)
    out += _bullets_over_total_line(text, sentences)
    out += _label_lines_over_total_row(text, sentences)
    out += _spaced_rows_over_total_row(text, sentences)
    if ":\n" in text:  # (every list of row lines opens after a colon ending its line: cheap)
        out += _rows_under_colon(text, sentences)
    if "(" in text:  # (every unit heading puts its unit in brackets: cheap)
        out += _unit_heading_totals(text, sentences)
        out += _unit_heading_shares(text, sentences)
    joint_words = _joint_res()[2]
    rest_words = _rest_res()[2]
    for i, sent in enumerate(sentences):
        part = text[sent.start:sent.end]
        low = part.lower()
        if any(w in low for w in joint_words):  # (the literal checked first: cheap)
            out += _joint_sum(text, sentences, i)
        if any(w in low for w in rest_words):  # (the literal checked first: cheap)
            out += _rest_list(text, sentences, i)
        if i and ("non-" in low or any(k in low for k, _ in _complementary_kinds())):  # (literals first: cheap)
            out += _complement_parts(text, sentences, i)
        if ", " in part and any(w in low for w in _one_part_words()):  # (the literals first: cheap)
            f = _one_part_after_comma(text, sent)
            if f is not None:
                out.append(f)
        if ":" in part:  # (a sum's list after its colon: the literal checked first, cheap)
            out += _colon_lists(text, sent)
        if "total" in part.lower():  # (every sum tie names a total: checked first, cheap)
            out += _listed_sums(text, sent)
        if " by " in part:  # (every ranked tie ends in "by")
            out += _ranked_parts(text, sentences, i)
        if i + 1 < len(sentences) and " with " in part and any(w in low for w in _lead_words()):  # (cheap literals first)
            out += _led_parts(text, sentences, i)
        if i and any(w in low for w in _route_words()):  # (the route's noun checked first: cheap)
            out += _route_parts(text, sentences, i)
        if i and any(w in low for w in _destination_words()):  # (the literals first: cheap)
            out += _parts_by_destination(text, sentences, i)
        if i and " to " in part[:60]:  # (a flow to a place opens the sentence: cheap)
            out += _destination_parts(text, sentences, i)
        if i >= 2 and low.lstrip().startswith("total ") and ", including " in low:  # (cheap literals first)
            out += _home_and_export_parts(text, sentences, i)
        if i and low.lstrip().startswith("of ") and part.count(",") >= 2:  # (cheap literals first)
            out += _parts_of_named_places(text, sentences, i)
        if i + 1 < len(sentences) and " and " in part and any(w in low for w in _joint_words()):  # (cheap literals first)
            out += _parts_of_joint_members(text, sentences, i)
    return out


@functools.cache
def _destination_words() -> tuple[str, ...]:
    """The words that send a level to a buyer or place (vocab/quantity_part_ties.csv,
    destination), in lower case: the cheap test."""
    return tuple(r["phrase"].lower() for r in vocab.table("quantity_part_ties") if r["where"] == "destination")


@functools.cache
def _destination_re() -> re.Pattern:
    words = vocab.alternation(_destination_words(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{words})\b", re.I)


# where the clause of one destination ends and the next one's begins: a comma or semicolon,
# a contrast word or "and"
_DESTINATION_BREAK = re.compile(r"\s*[,;]\s+(?:(?:while|whereas|and)\s+)?|\s+(?:while|whereas|and)\s+", re.I)


def _parts_by_destination(text: str, sentences, i: int) -> list[Finding]:
    """"Producers sold 8.7 million tonnes last year. Offshore customers took 4.1 million tonnes,
    while 4.0 million tonnes went to the United States and 0.6 million tonnes stayed in
    Canada": a sentence whose every level has a clause of its own that sends it somewhere
    (vocab/quantity_part_ties.csv, destination) splits a level stated before it by where it
    went. Whether the destinations are all of it the words do not say, so, as after a tie, only
    parts that exceed every earlier level of the unit are flagged; a clause with a change,
    another period or a share (the stop words) is no such part."""
    sent = sentences[i]
    parts = _levels(text, sent.start, sent.end)
    if len(parts) < 2 or not parts[0].m["u"] or not all(_one_quantity(text, p, parts[0]) for p in parts) \
            or any(_earlier_level(text, p) or _change_amount(text, p) for p in parts):
        return []
    bounds = [sent.start] + [p.m.end() for p in parts]
    ends = [p.m.start() for p in parts] + [sent.end]
    for k, p in enumerate(parts):
        # (the level's clause: from the last break before it to the first after it, in the
        # gaps to the levels beside it; two levels in one clause are no split by destination)
        breaks_before = list(_DESTINATION_BREAK.finditer(text, bounds[k], ends[k]))
        start = breaks_before[-1].end() if breaks_before else bounds[k]
        if k and not breaks_before:
            return []
        after = _DESTINATION_BREAK.search(text, bounds[k + 1], ends[k + 1])
        end = after.start() if after else ends[k + 1]
        if not _destination_re().search(text, start, end) or _tie_res()[2].search(text, start, end):
            return []
    wholes = [w for w in _levels(text, 0, sent.start) if w.m["u"] and _maybe_whole(text, w, parts[0])
              and not _earlier_level(text, w) and not _change_amount(text, w)]
    f = _judge(text, parts, _in_own_paragraph(wholes, sentences, i) or wholes)
    return [f] if f is not None else []


# two or three capitalised names listed with "and" ("Abidjan and San Pedro", "Rotterdam,
# Antwerp and Hamburg"), each of up to three words
_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
_NAME_LIST = re.compile(rf"(?P<a>{_NAME})(?:,\s+(?P<b>{_NAME}))?,?\s+and\s+(?P<c>{_NAME})\b")
# the words right before such a list that make it the whole's own scope: a preposition
_SCOPE_BEFORE = re.compile(r"\b(?:of|at|in|to|from|through|via)\s+$")
# where a part's clause opens: a comma or semicolon, then a conjunction of contrast or "and"
_CLAUSE_BREAK = re.compile(r"[,;]\s+(?:(?:while|whereas|and)\s+)?")


def _parts_of_named_places(text: str, sentences, i: int) -> list[Finding]:
    """"Cocoa arrivals at the ports of Abidjan and San Pedro reached 1,563,000 tonnes ... Of the
    total, 872,000 tonnes arrived at the port of Abidjan, while San Pedro received 691,000
    tonnes.": a whole whose words scope it to a list of named places, and a sentence opening
    on a tie whose clauses each give one of those places its one level, every place once: the
    parts are then all of the whole, so they must add up to it (each to its rounding)."""
    sent = sentences[i]
    if not _tie_res()[0].match(text, sent.start, sent.end):
        return []
    parts = _levels_after_opening(text, sent, sent.start)
    if not 2 <= len(parts) <= 3 or not parts[0].m["u"] or not all(_one_quantity(text, p, parts[0]) for p in parts) \
            or any(_earlier_level(text, p) or _change_amount(text, p) for p in parts):
        return []
    clauses = _part_clauses(text, sent, parts)
    if clauses is None:
        return []
    cues = {w.lower() for w in vocab.mostly_cues() + vocab.inclusion_cues()}
    for w in reversed(_levels(text, 0, sentences[i - 1].end if i else 0)):
        if not w.m["u"] or not _one_quantity(text, w, parts[0]) or _earlier_level(text, w):
            continue
        home = next(s for s in sentences if s.start <= w.m.start() < s.end)
        for listed in _NAME_LIST.finditer(text, home.start, w.m.start()):
            lead = text[max(home.start, listed.start() - 40):listed.start()]
            names = [n for n in listed.group("a", "b", "c") if n]
            if _SCOPE_BEFORE.search(lead) and not any(c in lead.lower() for c in cues) \
                    and _each_names_one(clauses, names):
                return _unless_adding_up(parts, [w], w)
        return []  # (only the nearest whole of the unit: an older one may be another scope)
    return []


@functools.cache
def _joint_words() -> tuple[str, ...]:
    """The words that take members together (vocab/quantity_part_ties.csv, joint), in lower
    case: the cheap test."""
    return tuple(r["phrase"].lower() for r in vocab.table("quantity_part_ties") if r["where"] == "joint")


@functools.cache
def _joint_members_re() -> re.Pattern:
    """Named members listed with "and" as a subject, a word that takes them together
    (vocab/quantity_part_ties.csv, joint) a few words on, and up to two words before their
    level: "Russia, Kazakhstan, Azerbaijan and Iran may together sell 142 tonnes"."""
    joint = vocab.alternation([r["phrase"] for r in vocab.table("quantity_part_ties") if r["where"] == "joint"],
                              ignore_case=True, space=r"\s+")
    return re.compile(rf"(?P<names>{_NAME}(?:,\s+{_NAME})*,?\s+and\s+{_NAME})\s+(?:[a-z]+\s+){{0,2}}"
                      rf"(?i:{joint})\s+(?:[a-z]+\s+){{0,2}}(?=\d)")


_LIST_SPLIT = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


def _parts_of_joint_members(text: str, sentences, i: int) -> list[Finding]:
    """"Russia, Kazakhstan, Azerbaijan and Iran may together sell 142 tonnes of caviar. Iran
    has the largest quota at 52 tonnes. Russia may export 48 tonnes, Kazakhstan 31 tonnes and
    Azerbaijan 11 tonnes": a level the words give jointly to named members, and levels of its
    unit in the sentences after it (its paragraph, three at most), each after the name of one
    member with no other level between, every member once: the parts are then all of the
    whole, so they must add up to it (each to its rounding). A level of the unit that names no
    member, or one already given, another period or a change makes it no such list."""
    sent = sentences[i]
    m = _joint_members_re().search(text, sent.start, sent.end)
    if m is None:
        return []
    names = _LIST_SPLIT.split(m["names"])
    levels = _levels(text, m.end(), sent.end)
    if len(set(names)) != len(names) or not levels or levels[0].m.start() != m.end() or not levels[0].m["u"]:
        return []
    whole = levels[0]
    if _earlier_level(text, whole) or _change_amount(text, whole):
        return []
    parts: dict[str, _Level] = {}
    name_res = [(n, re.compile(rf"\b{re.escape(n)}\b")) for n in names]  # (once per list, not per level)
    for later in sentences[i + 1:i + 4]:
        if later.paragraph != sent.paragraph or len(parts) == len(names):
            break
        start = later.start
        for p in _levels(text, later.start, later.end):
            if not _one_quantity(text, p, whole):
                start = p.m.end()
                continue
            named = [n for n, name_re in name_res if name_re.search(text, start, p.m.start())]
            if len(named) != 1 or named[0] in parts or _earlier_level(text, p) or _change_amount(text, p) \
                    or _other_period_re().match(text, p.m.end(), later.end):
                return []
            parts[named[0]] = p
            start = p.m.end()
    if len(parts) != len(names):
        return []
    return _unless_adding_up(sorted(parts.values(), key=lambda p: p.m.start()), [whole], whole)


def _part_clauses(text: str, sent, parts: list[_Level]) -> list[str] | None:
    """The clause of each part (between the breaks of `_CLAUSE_BREAK` around it), or None
    where two parts share one or a clause holds words that make its level no part."""
    breaks = [m.span() for m in _CLAUSE_BREAK.finditer(text, sent.start, sent.end)]
    out = []
    for p in parts:
        start = max((b for _, b in breaks if b <= p.m.start()), default=sent.start)
        end = min((a for a, _ in breaks if a >= p.m.end()), default=sent.end)
        if out and out[-1][0] == start or _stopped(text, start, end):
            return None
        out.append((start, text[start:end]))
    return [c for _, c in out]


def _each_names_one(clauses: list[str], names: list[str]) -> bool:
    """Whether each clause names exactly one of `names`, and every name is named once."""
    named = []
    for c in clauses:
        hit = [n for n in names if re.search(rf"\b{re.escape(n)}\b", c)]
        if len(hit) != 1:
            return False
        named.append(hit[0])
    return sorted(named) == sorted(names)


# a sentence's first word, after a dateline if any ("New Delhi: Domestic sales rose ...")
_FIRST_WORD = re.compile(r"\s*(?:[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*){0,3}\s?[:–—]\s+)?(?P<w>[A-Za-z-]+)")


@functools.cache
def _including_flow_re() -> re.Pattern:
    """"Total tractor sales, including exports, stood at ...": a total whose words say it takes
    in a flow of goods (group f, a one-word flow of vocab/flows.csv) besides the home market."""
    return re.compile(rf"\s*Total\b[^,.;\d]{{0,60}},\s*including\s+(?P<f>{_flow_word_re().pattern})\s*,", re.I)


def _home_and_export_parts(text: str, sentences, i: int) -> list[Finding]:
    """"Domestic sales rose to 61,200 units. Exports fell 3% to 8,800 units. Total sales,
    including exports, stood at 70,000 units": a total said to include a flow, its parts the
    new levels of the last sentence opening on a home-market adjective
    (vocab/home_part_adjectives.csv) and of the last one opening on that flow's word, in the
    sentences just before (its paragraph and the two before it). The words name all the parts,
    so the two must give the total (each to its rounding)."""
    sent = sentences[i]
    m = _including_flow_re().match(text, sent.start, sent.end)
    if m is None:
        return []
    wholes = [w for w in _levels(text, m.end(), sent.end) if w.m["u"] and not _earlier_level(text, w)]
    if len(wholes) != 1:
        return []
    near = [s for s in sentences[max(0, i - 6):i] if s.paragraph >= sent.paragraph - 2]
    flow = m["f"].lower()
    home = part = None
    for s in near:
        first = _FIRST_WORD.match(text, s.start, s.end)
        first = first["w"].lower() if first else ""
        levels = [lv for lv in _levels(text, s.start, s.end) if lv.m["u"] and not _earlier_level(text, lv)]
        if len(levels) != 1:
            continue  # (one new level a sentence, or whose part it is is a guess)
        if first in vocab.home_part_adjectives():
            home = levels[0]
        elif first == flow:
            part = levels[0]
    if home is None or part is None or not _one_quantity(text, home, wholes[0]) or not _one_quantity(text, part, wholes[0]):
        return []
    return _unless_adding_up([home, part], wholes, wholes[0])


@functools.cache
def _route_words() -> tuple[str, ...]:
    """The last words of the nouns of a route (vocab/port_nouns.csv), in lower case: the cheap test."""
    return tuple({r["noun"].lower().split()[-1] for r in vocab.table("port_nouns")})


@functools.cache
def _route_part_re() -> re.Pattern:
    """A sentence opening on a flow by one route ("Shipments from the northern ports averaged
    ...", "Exports through the pipeline reached ..."): the flow noun (vocab/flows.csv), a word
    of passage, a few words and a route's noun (vocab/port_nouns.csv, or its plural), then
    words with no figure and no clause's end before its level."""
    flows = vocab.alternation([k for k, (measure, _) in vocab.flows().items() if measure in ("exports", "imports")],
                              ignore_case=True, space=r"\s+")
    routes = vocab.alternation([r["noun"] for r in vocab.table("port_nouns")], ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*(?P<f>{flows})\s+(?:from|through|via|out\s+of|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?"
                      rf"(?:{routes})s?\b[^.;:,%\d$€£¥()]{{0,40}}?(?=\d)", re.I)


@functools.cache
def _other_period_re() -> re.Pattern:
    """The words of a level's clause that date it (a year, a month, "last year", "a year
    earlier"), up to the clause's end."""
    months = vocab.alternation(list(vocab.months()), ignore_case=True)
    back = vocab.alternation(vocab.time_back_words(), ignore_case=True)
    return re.compile(rf"[^.;,]*?(?:\b(?:19|20)\d\d\b|\b(?:{months})\b|\b(?:last|previous|earlier|{back})\b)", re.I)


def _route_parts(text: str, sentences, i: int) -> list[Finding]:
    """"Exports averaged 2.4 million tonnes in May. Shipments from the eastern ports averaged 2.6
    million tonnes": the flow through one route is a part of the country's flow stated before,
    so it cannot exceed it; nor can it with the flows through other routes its sentence adds in
    clauses of their own ("..., while 370,000 bpd were pumped through the northern pipeline",
    `_further_route_parts`). The whole is the one level of the unit (no earlier side of a
    change, no change's amount) after a word of the same flow in the sentence just before, or
    in the nearest one before it with levels where those between have none ("The average price
    was 124.9 dollars a barrel"); with two, or none, which whole is meant is unsure and nothing
    is checked."""
    sent = sentences[i]
    m = _route_part_re().match(text, sent.start, sent.end)
    if m is None:
        return []
    parts = _levels(text, m.end(), sent.end)
    if not parts or parts[0].m.start() != m.end() or not parts[0].m["u"]:
        return []
    part, measure = parts[0], vocab.flows()[" ".join(m["f"].lower().split())][0]
    if _other_period_re().match(text, part.m.end(), sent.end):
        return []  # ("... averaged 2.6 million tonnes in 2022": the part dated apart from the whole)
    before = _sentence_with_levels_before(text, sentences, i)
    if before is None:
        return []
    wholes = [w for w in _levels(text, before.start, before.end)
              if _one_quantity(text, w, part) and not _earlier_level(text, w) and not _change_amount(text, w)]
    if len(wholes) != 1:
        return []
    # (the flow's word a few words before the whole, no figure between: "oil exports averaged
    # 3.1 million", not "cut exports by 0.5 million b/d, on top of a production cut of 0.5 million";
    # a whole restating the level before it as its daily average, "exported 58.6 million barrels
    # in July, an average of 1.89 million barrels per day", is that level's flow)
    named_at = _restated_level_start(text, before, wholes[0]) or wholes[0].m.start()
    near = text[max(before.start, named_at - 40):named_at]
    said = [(vocab.flows().get(x[0].lower()) or (None,))[0] for x in re.finditer(r"[A-Za-z]+", near)]
    if measure not in said or re.search(r"\d", near):
        return []  # (the level before is of no flow the route's is a part of)
    f = _judge(text, [part] + _further_route_parts(text, parts, sent), wholes)
    return [f] if f is not None else []


def _sentence_with_levels_before(text: str, sentences, i: int, reach: int = 2):
    """The sentence just before sentence `i`, or the nearest of the `reach` before it with a
    level of a quantity where those between have none."""
    for j in range(i - 1, max(-1, i - 1 - reach), -1):
        if _levels(text, sentences[j].start, sentences[j].end):
            return sentences[j]
    return None


def _restated_level_start(text: str, sent, whole: _Level) -> int | None:
    """Where the level starts that `whole` restates as its daily average in its sentence
    (check/daily_averages.py reads the two), or None."""
    for m in daily_averages.restated_levels(text, sent.start, sent.end):
        if m.start("n2") == whole.m.start():
            return m.start("n1")
    return None


@functools.cache
def _route_clause_re() -> re.Pattern:
    """The words of a clause that pass its level through a route: a word of passage, a few
    words and a route's noun (vocab/port_nouns.csv, or vocab/quantity_part_ties.csv, route:
    "pumped through the northern pipeline")."""
    nouns = [r["noun"] for r in vocab.table("port_nouns")] + \
            [r["phrase"] for r in vocab.table("quantity_part_ties") if r["where"] == "route"]
    routes = vocab.alternation(nouns, ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:from|through|via|out\s+of)\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:{routes})s?\b", re.I)


def _further_route_parts(text: str, parts: list[_Level], sent) -> list[_Level]:
    """The levels after the first of a sentence opening on a flow by one route, where each has
    a clause of its own (after a comma, a contrast word or "and") that passes it through
    another route ("Shipments from the southern terminals averaged 1.52 million bpd, while
    370,000 bpd were pumped through the northern pipeline"); none where any later level has no
    such clause, or one with a change, another period or a share (the stop words)."""
    further = parts[1:]
    for k, p in enumerate(further):
        brk = list(_DESTINATION_BREAK.finditer(text, parts[k].m.end(), p.m.start()))
        if not brk or not _one_quantity(text, p, parts[0]) or _earlier_level(text, p) or _change_amount(text, p):
            return []
        start = brk[-1].end()
        end = further[k + 1].m.start() if k + 1 < len(further) else sent.end
        after = _DESTINATION_BREAK.search(text, p.m.end(), end)
        end = after.start() if after else end
        if not _route_clause_re().search(text, start, end) or _tie_res()[2].search(text, start, end) \
                or _other_period_re().match(text, p.m.end(), end):
            return []
    return further


@functools.cache
def _destination_res() -> tuple[re.Pattern, re.Pattern]:
    """A sentence opening on a flow to one named place ("Shipments to Asia went mainly to
    ...": the flow noun, vocab/flows.csv, "to" and a capitalised name); and the words that
    make its first level no stated level of it (another period, a forecast: vocab/forecast_cues.csv,
    a modal verb)."""
    flows = vocab.alternation([k for k, (measure, _) in vocab.flows().items() if measure in ("exports", "imports")],
                              ignore_case=True, space=r"\s+")
    cues = vocab.alternation(vocab.forecast_cues(), ignore_case=True, space=r"\s+")
    return (re.compile(rf"\s*(?i:{flows})\s+to\s+(?:the\s+)?(?P<p>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}})\b"),
            re.compile(rf"\b(?:{cues}|will|would|could|may|might|should|year|years|quarter|month|week|(?:19|20)\d\d)\b", re.I))


@functools.lru_cache(maxsize=64)
def _to_place_re(place: str) -> re.Pattern:
    """The words right after a level that send it to the place ("11.8 million tonnes was
    shipped to Asia", "9.5 million tonnes to Asia")."""
    return re.compile(rf"\s*(?:[a-z]+\s+){{0,3}}?to\s+(?:the\s+)?{re.escape(place)}\b")


def _destination_parts(text: str, sentences, i: int) -> list[Finding]:
    """"Of that, 11.8 million tonnes went to Asia, ... Shipments to Asia went mainly to Japan,
    which took 9.9 million tonnes, while ...": the level a later sentence gives under a flow to
    one named place is a part of the one level stated earlier as going "to" that place, so it
    cannot exceed it. Only the sentence's first level is read (those after a "while" may be
    another's), and only with exactly one earlier level so placed: with none or several,
    which whole is meant is unsure and nothing is checked."""
    sent = sentences[i]
    opener, unsure = _destination_res()
    m = opener.match(text, sent.start, sent.end)
    if m is None or unsure.search(text, sent.start, sent.end):
        return []  # (no flow to a place, or a level of another period or a forecast)
    parts = _levels(text, m.end(), sent.end)
    if not parts or not parts[0].m["u"] or _stopped(text, m.end(), parts[0].m.start()) \
            or _earlier_level(text, parts[0]) or _change_amount(text, parts[0]):
        return []
    part = parts[0]
    to_place = _to_place_re(m["p"])
    wholes = [w for w in _levels(text, 0, sent.start) if to_place.match(text, w.m.end())]
    if len(wholes) != 1 or not _one_quantity(text, wholes[0], part) or _earlier_level(text, wholes[0]) \
            or _change_amount(text, wholes[0]):
        return []
    f = _judge(text, [part], wholes)
    return [f] if f is not None else []


@functools.cache
def _sum_ranked_res() -> tuple[re.Pattern, re.Pattern]:
    """The words between a list of levels and the level they add up to (", for a total of");
    the words after the first of a ranking of parts (", followed by"): vocab/quantity_part_ties.csv."""
    rows = vocab.table("quantity_part_ties")
    words = {w: vocab.alternation([r["phrase"] for r in rows if r["where"] == w], ignore_case=True, space=r"\s+")
             for w in ("sum", "ranked")}
    return (re.compile(rf",\s*(?:{words['sum']})\s+{HEDGE}$", re.I),
            re.compile(rf"\s*,\s*(?:{words['ranked']})\s", re.I))


# what may stand between two levels of one list: words, a comma, "and"; no clause's end
_LIST_GAP = re.compile(r"[^.;:%\d$€£¥]{1,60}")


def _listed_sums(text: str, sent) -> list[Finding]:
    """"buy about 2.6 million metric tons (mmt) of corn, 2.0 mmt of soybeans and 1.9 mmt of
    wheat each year, for a total of 6.5 mmt": a list of levels of one unit, then the level the
    words say they add up to. The list is then all of the whole, so its sum must give it (each
    level to its rounding; a level with no scale of its own may take the list's)."""
    sum_re = _sum_ranked_res()[0]
    levels = _levels(text, sent.start, sent.end)
    for k in range(2, len(levels)):
        whole = levels[k]
        if not whole.m["u"] or not sum_re.search(text, levels[k - 1].m.end(), whole.m.start()):
            continue
        parts = levels[:k]
        if _tie_res()[2].search(text, sent.start, whole.m.start()) or any(_earlier_level(text, p) for p in parts) \
                or not all(_LIST_GAP.fullmatch(text, a.m.end(), b.m.start()) for a, b in zip(parts, parts[1:])) \
                or not all(_one_quantity(text, p, whole) for p in parts):
            return []  # (a change, another period, or levels that are no one list of one unit)
        return _unless_adding_up(parts, [whole], whole)
    return []


# what opens a ranked part: a bracket ("Canada (0.28 MMT)") or "with" ("Argentina with 1.6 MMT")
_RANKED_BEFORE = re.compile(r"(?:\(|\bwith)\s*$", re.I)


def _after_share(text: str, level: _Level, end: int) -> int:
    """Where a level's share after it ends ("2.12 MMT, or 79 percent of the total", "4.1 MMT
    (64 percent)"), or the level itself where none follows."""
    m = _share_re().match(text, level.m.end(), end) or _bracketed_share_re().match(text, level.m.end(), end) \
        or _fraction_share_re().match(text, level.m.end(), end)
    return m.end() if m else level.m.end()


def _part_by_share(text: str, level: _Level, end: int) -> bool:
    """Whether a share below a hundred per cent follows a level ("1.62 million tonnes, or
    about 32% of the total"): the level is then a part of a whole, never a whole itself."""
    m = _share_re().match(text, level.m.end(), end) or _bracketed_share_re().match(text, level.m.end(), end)
    return m is not None and float(m["p"]) < 100


@functools.cache
def _fraction_share_re() -> re.Pattern:
    """A share in words right after a level, set off by commas ("3.1 million head, exactly half
    the total, followed by"; vocab/fractions.csv): an aside on the level, no figure of a list."""
    fractions = vocab.alternation(list(vocab.fractions()), ignore_case=True, space=r"\s+")
    return re.compile(rf",\s*(?:[a-z]+\s+)?(?:{fractions})\s+(?:of\s+)?(?:the|its)\s+total(?=\s*,)", re.I)


def _ranked_parts(text: str, sentences, i: int) -> list[Finding]:
    """"Indonesia imported 2.68 MMT of soybeans in CY 2024. The United States supplied 2.12
    MMT, or 79 percent of the total, followed by Canada (0.28 MMT), Brazil (0.21 MMT) and
    Argentina (0.07 MMT)": a level (perhaps its share after it), a ranked tie, and the rest of
    the ranking each in brackets are parts of a level stated just before (in the sentence
    before, or before the first part in its own). Whether the ranking is all of the whole the
    words do not say: only parts more than every such whole are flagged."""
    sent = sentences[i]
    ranked_re = _sum_ranked_res()[1]
    levels = _levels(text, sent.start, sent.end)
    for k, first in enumerate(levels[:-1]):
        at = _after_share(text, first, sent.end)
        tie = ranked_re.match(text, at, sent.end)
        if tie is None or not first.m["u"]:
            continue
        rest = levels[k + 1:]
        if not all(_RANKED_BEFORE.search(text, max(0, r.m.start() - 6), r.m.start()) for r in rest):
            return []  # (a level neither in a bracket nor after "with": no ranking of parts)
        # (the words of the ranking less each part's share: "(25 percent)" is no change)
        words = [(sent.start, first.m.start()), (tie.end(), rest[0].m.start())] + \
            [(_after_share(text, a, sent.end), b.m.start()) for a, b in zip(rest, rest[1:])] + \
            [(_after_share(text, rest[-1], sent.end), sent.end)]
        stop = _tie_res()[2]
        if any(stop.search(text, a, b) for a, b in words if a < b):
            return []  # (a change or another period: no parts of one whole)
        parts = [first] + rest
        before = sentences[i - 1] if i and sentences[i - 1].paragraph == sent.paragraph else None
        # ("India was the largest buyer, taking 1.62 million tonnes, or 32% of the total. The EU
        # was second with 1.01 million tonnes, followed by ..."): a level the sentence before
        # states as a share below the whole of the total is itself a part (the ranking's first),
        # never the whole of the parts after it)
        wholes = [w for w in (_levels(text, before.start, before.end) if before else []) if not _part_by_share(text, w, before.end)] \
            + levels[:k]
        if not wholes and i and "total" in text[first.m.end():at]:
            # ("with 3.1 million head, exactly half the total, followed by ...": the first part
            # named as a share of "the total" points to a total stated earlier, perhaps in the
            # paragraph before; every earlier level of the unit may be it, so the parts are
            # flagged only where they exceed them all)
            wholes = _levels(text, 0, sent.start)
        wholes = [w for w in wholes if w.m["u"] and _one_quantity(text, w, first) and not _earlier_level(text, w)]
        f = _judge(text, parts, wholes)
        return [f] if f is not None else []
    return []


@functools.cache
def _joint_res() -> tuple[re.Pattern, re.Pattern, tuple[str, ...]]:
    """A count of things taken together ("the four", "both") and the words that take them
    together ("together", "a combined"; vocab/quantity_part_ties.csv, joint), and those words
    lower-cased for a cheap test."""
    joint = [r["phrase"] for r in vocab.table("quantity_part_ties") if r["where"] == "joint"]
    words = vocab.alternation(joint, ignore_case=True, space=r"\s+")
    counts = vocab.alternation([w for w, v in vocab.number_words().items() if 2 <= v <= 12 and v == int(v)], ignore_case=True)
    return (re.compile(rf"\b(?:(?:the|these|those|all)\s+(?P<c>{counts})|(?P<both>both))\b", re.I),
            re.compile(rf"\b(?:{words})\b", re.I),
            tuple(w.lower() for w in joint))


# the words right before a level set beside another as a mark, not listed ("edging above
# the 183,000t trigger", "short of the 2 million tonnes"): no part of a sum
_COMPARED_BEFORE = re.compile(rf"\b(?:above|below|over|under|exceeding|beyond|short\s+of|than|from|against|versus|compared\s+(?:with|to))\s+(?:the\s+|a\s+|an\s+)?{HEDGE}$", re.I)


def _joint_sum(text: str, sentences, i: int) -> list[Finding]:
    """"Chile shipped 41,000 tonnes and Peru 35,500 tonnes. Together the two accounted for
    76,500 tonnes"; "Sales to Egypt came to 9,300t, giving the two markets a combined 15,100t":
    a level the words say is the sum of a stated count of things is the sum of the levels listed
    just before (in its own sentence before the count, else also in the sentence before that).
    Only where exactly that many levels of its unit stand there (a level set beside another as
    a mark, or an earlier level, is none) are they its parts; they must then give it."""
    sent = sentences[i]
    count_re, joint_re, _ = _joint_res()
    c = count_re.search(text, sent.start, sent.end)
    j = joint_re.search(text, sent.start, sent.end)
    if c is None or j is None:
        return []
    n = 2 if c["both"] else int(vocab.number_words()[c["c"].lower()])
    after = max(c.end(), j.end())
    whole = next((w for w in _levels(text, sent.start, sent.end) if w.m.start() >= after), None)
    # ("Together the two accounted for 42% of exports": the count's levels taken together as a
    # share of a whole stated before them, checked as the share of their sum)
    share = _JOINT_SHARE.match(text, after, sent.end) if whole is None or whole.m.start() - after > 60 else None
    if share is not None:
        parts = _joint_levels(text, sentences, i, n, min(c.start(), j.start()))
        return _joint_share(text, parts, share) if parts else []
    if whole is None or not whole.m["u"] or whole.m.start() - after > 60 or _tie_res()[2].search(text, after, whole.m.start()):
        return []
    # (the count's levels listed between it and the words that join them, else before it)
    parts = _levels_named_between(text, c.end(), j.start(), n)
    for k in ((i, i - 1) if not parts else ()):
        if k < 0:
            break
        end = min(c.start(), j.start()) if k == i else sentences[k].end
        found = [p for p in _levels(text, sentences[k].start, end)
                 if not _COMPARED_BEFORE.search(text, max(0, p.m.start() - 60), p.m.start())]
        parts = found + parts
        if len(parts) >= n:
            break
    if not parts:
        parts = _joint_parts_after(text, sentences, i, n)
    if len(parts) != n or not all(_one_quantity(text, p, whole) for p in parts):
        return []  # (not just the count's levels, or of another unit: no sum the words state)
    return _unless_adding_up(parts, [whole], whole)


def _levels_named_between(text: str, start: int, end: int, n: int) -> list[_Level]:
    """"The four largest buyers - Germany (204,000 tonnes), the UK (118,000 tonnes), ... -
    together took 491,000 tonnes": the count's levels spelled out between the count and the
    words that take them together, each its own item. Exactly `n` there, none set beside
    another as a mark, or none at all."""
    if start >= end:
        return []  # ("Together the two ...": the words before the count, no list between)
    found = [p for p in _levels(text, start, end)
             if not _COMPARED_BEFORE.search(text, max(0, p.m.start() - 60), p.m.start())]
    return found if len(found) == n else []


# the words between a count taken together and the share they make ("the two accounted for 42%")
_JOINT_SHARE = re.compile(rf"\s+(?:accounted\s+for|made\s+up|represented|took|had)\s+(?:(?:about|around|some|nearly|almost|roughly)\s+)?"
                          rf"(?P<p>\d+(?:\.\d+)?)\s*{PER_CENT}(?!\s*(?:more|less|fewer|higher|lower|up|down)\b)", re.I)


def _joint_levels(text: str, sentences, i: int, n: int, before: int) -> list[_Level]:
    """The `n` levels a count taken together names: those of its own sentence before it
    (ending at `before`), else also of the sentence before that; none where not exactly `n`
    levels of one unit stand there (a level set beside another as a mark is none)."""
    parts: list[_Level] = []
    for k in (i, i - 1):
        if k < 0:
            break
        end = before if k == i else sentences[k].end
        parts = [p for p in _levels(text, sentences[k].start, end)
                 if not _COMPARED_BEFORE.search(text, max(0, p.m.start() - 60), p.m.start())] + parts
        if len(parts) >= n:
            break
    if len(parts) != n or not all(p.m["u"] and _one_quantity(text, p, parts[0]) for p in parts):
        return []
    gaps = "".join(text[a.m.end():b] for a, b in zip(parts, [p.m.start() for p in parts[1:]] + [before]))
    if re.search(r"\d", re.sub(r"\b(?:19|20)\d\d\b", "", gaps)):
        return []  # ("257 million tonnes worth $20 billion and ... 328 million tonnes": another figure among them, not theirs alone)
    return parts


class _Sum:
    """Levels taken together, read as one part ("1.7 Mt" and "1.5 Mt" as 3.2 Mt): what
    `_share_judge` asks of a part."""

    def __init__(self, parts: list[_Level]):
        first, last = parts[0], parts[-1]
        self.value, self.err = sum(p.value for p in parts), sum(p.err for p in parts)
        self.unit, self.scale = first.unit, first.scale
        self.m = re.match(r".*", first.m.string[first.m.start():last.m.end()], re.S)  # (spans from the first to the last)
        self.start_at = first.m.start()
        self.written = " + ".join(p.written for p in parts)


def _joint_share(text: str, parts: list[_Level], share: re.Match) -> list[Finding]:
    """The share of the sum of `parts` against the levels of their unit stated before the
    first of them (any one that gives it will do, as for one part's share)."""
    whole_of = _Sum(parts)
    quotes = refuted_quotes(text)
    wholes = [w for w in _levels(text, 0, parts[0].m.start())
              if w.value > whole_of.value and _maybe_whole(text, w, parts[0]) and _one_quantity(text, w, parts[0])
              and not _refuted_level(text, w, quotes) and not _change_amount(text, w)]
    f = _share_judge(whole_of, share, wholes, [w for w in wholes if _after_share(text, w, len(text)) == w.m.end()])
    if f is None:
        return []
    # (the part's span runs from the first level to the last: `_Sum.m` is a match on that slice)
    f.spans[0] = (whole_of.start_at, parts[-1].m.end())
    return [f]


def _joint_parts_after(text: str, sentences, i: int, n: int) -> list[_Level]:
    """"The three states exported a combined 4.1 million tonnes in 2022. A shipped 2.3 million
    tonnes. B exported 1.4 million tonnes and C 0.4 million tonnes": with no level before the
    count, the count's levels may follow it, in the next sentences and nowhere else (the
    sentence after the whole's own, and the one after that if it has fewer than the count)."""
    parts: list[_Level] = []
    for k in (i + 1, i + 2):
        if k >= len(sentences):
            break
        parts += [p for p in _levels(text, sentences[k].start, sentences[k].end)
                  if not _COMPARED_BEFORE.search(text, max(0, p.m.start() - 60), p.m.start())]
        if len(parts) >= n:
            break
    return parts


@functools.cache
def _rest_res() -> tuple[re.Pattern, re.Pattern, tuple[str, ...]]:
    """The words that name the rest of a whole (vocab/quantity_part_ties.csv, rest): right
    before a level ("with the remaining 0.5 million tonnes from others"), or opening a heading
    over lines of parts ("The rest came from:"); and those words lower-cased for a cheap test."""
    rows = vocab.table("quantity_part_ties")
    rest = [r["phrase"] for r in rows if r["where"] == "rest"]
    words = vocab.alternation(rest, ignore_case=True, space=r"\s+")
    # ("All other makers together accounted for 1.0 GW": the rest named as the subject, a few
    # words and the verb of a part, vocab/quantity_part_ties.csv verb, between it and its level)
    # ("while the remaining states together are likely to make 44 LMT": or a verb of the rest's own
    # level, vocab/quantity_part_ties.csv rest verb, which ties no parts where no rest is named)
    verbs = vocab.alternation([r["phrase"] for r in rows if r["where"] in ("verb", "rest verb")], ignore_case=True, space=r"\s+")
    others = vocab.residual_partners()
    return (re.compile(rf"\b(?:{words})(?:\s+[^\d.;:%$€£¥]{{0,40}}?\b(?:{verbs}))?\s+{HEDGE}$", re.I),
            re.compile(rf"\s*(?:{words})\b[^\d\n]{{0,40}}:\s*", re.I),
            tuple(w.lower() for w in rest + others))


@functools.cache
def _others_subject_re() -> re.Pattern:
    """A sentence whose subject is the partners a list leaves out (vocab/residual_partners.csv):
    "Other destinations, including A and B, took a combined 11.2 million tonnes"."""
    others = vocab.alternation(vocab.residual_partners(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*(?:{others})\b", re.I)


# a line of its own that gives a label one level after a spaced dash ("Chile - 0.4 million
# tonnes", "Others (Peru, Bolivia) - 0.1 million tonnes") or a colon, under a heading
_DASH_LINE = re.compile(r"[^\W\d][^:\d\n]{0,60}?(?::|\s[-–—])\s*(?=\d)")


def _rest_list(text: str, sentences, i: int) -> list[Finding]:
    """"Brazil shipped 2.1 million tonnes and Chile 0.9 million tonnes. Peru sent 0.4 million
    tonnes, with the remaining 0.1 million tonnes from others" (or "Other destinations took 0.1
    million tonnes"); "Brazil supplied 2.1 million
    tonnes. The rest came from:" over lines "Chile - 0.9 million tonnes": a level named as the
    rest of a whole (or lines under a heading that names them so) closes a list of parts that
    opens its paragraph. With the rest in it the list is all of the whole, so its sum must give
    a level stated before the paragraph (each to its rounding): only where it gives none is it
    flagged. A change or another period's level among the parts makes it no such list."""
    sent = sentences[i]
    before_re, heading_re, _ = _rest_res()
    tail: list[_Level] = []
    h = heading_re.fullmatch(text, sent.start, sent.end)
    if h is not None:  # (a heading: the lines under it, each one label and one level)
        for line in sentences[i + 1:]:
            m = _DASH_LINE.match(text, line.start, line.end)
            if m is None or (line.start and text[line.start - 1] != "\n"):
                break
            levels = _levels(text, m.end(), line.end)
            if len(levels) != 1 or levels[0].m.start() != m.end() or not levels[0].m["u"] \
                    or text[levels[0].m.end():line.end].strip(" .;"):
                break
            tail.append(levels[0])
        if len(tail) < 2:
            return []
        end = sent.start
    else:
        levels = _levels_after_opening(text, sent, sent.start)
        if not levels and i and sentences[i - 1].paragraph == sent.paragraph and _rest_word_re().search(text, sent.start, sent.end):
            return _parts_before_unstated_rest(text, sentences, i)
        # ("Chile supplied 0.9 million tonnes and Peru 0.4 million tonnes, with the balance made up
        # of small lots from others": the rest named after the sentence's last level, with no
        # figure of its own, closes the list as a sentence of its own would)
        rest = _rest_word_re().search(text, levels[-1].m.end(), sent.end) if levels else None
        if rest is not None and text[levels[-1].m.end():rest.start()].count(",") == 1 \
                and not any(before_re.search(text, max(sent.start, lv.m.start() - 80), lv.m.start()) for lv in levels):
            return _parts_before_unstated_rest(text, sentences, i, rest.start())
        k = next((k for k, lv in enumerate(levels) if before_re.search(text, max(sent.start, lv.m.start() - 80), lv.m.start())), None)
        if k is None and len(levels) == 1 and _others_subject_re().match(text, sent.start, sent.end):
            k = 0  # (the sentence's one level is the other partners' together: the rest)
        if k is None or k != len(levels) - 1:
            return []  # (no rest, or levels after it: not the list's end)
        tail, end = [levels[k]], levels[k].m.start()
    # (the list opens its paragraph: every level of it before the rest is a part)
    first = i
    while first and sentences[first - 1].paragraph == sent.paragraph:
        first -= 1
    if h is None and first == i - 1 and not _stopped(text, sent.start, end) \
            and any(_earlier_level(text, w) for w in _levels(text, sentences[first].start, sentences[first].end)):
        return _rest_list_after_whole(text, sentences, i, tail, end)
    start = sentences[first].start
    parts = _levels(text, start, end) + tail
    # ("Seaborne cargoes accounted for 1.3 million tonnes. The remaining 0.6 million tonnes
    # came by rail": one part tied to the whole by its verb, vocab/quantity_part_ties.csv,
    # and the rest make a list of two; "Of that total, 11.7 million bags were green coffee and
    # the remaining 0.9 million industrialised coffee": or by the words opening its sentence)
    if len(parts) == 2 and not _tie_res()[1].search(text, start, parts[0].m.start()) \
            and not _tie_res()[0].match(text, start, parts[0].m.start()):
        return []
    if len(parts) < 2 or len(parts) > 12 or not all(_one_quantity(text, p, parts[0]) for p in parts) \
            or any(_stopped(text, s.start, min(s.end, end) if s.index == sent.index else s.end)
                   for s in sentences[first:i + (h is None)]):
        return []  # (a change or another period among the parts: no list of one whole)
    wholes = [w for w in _levels(text, 0, start) if w.m["u"] and _one_quantity(text, w, parts[0]) and not _earlier_level(text, w)]
    if not wholes:
        return []
    return _unless_adding_up(parts, _most_precise(wholes), wholes[-1])


def _rest_list_after_whole(text: str, sentences, i: int, tail: list, end: int) -> list[Finding]:
    """"Crushers imported 4.4 million tons, against 1.1 million tons a year before. Paraguay
    supplied 3.6 million tons and the United States the remaining 0.8 million tons": a list
    closed by its rest in a sentence of its own, right after the sentence opening the paragraph
    that states the whole beside another period's level (so the paragraph is no list of
    parts). The list is then all of a whole of that sentence before, not another period's."""
    sent, before = sentences[i], sentences[i - 1]
    parts = _levels(text, sent.start, end) + tail
    if len(parts) < 2 or len(parts) > 12 or not parts[0].m["u"] or not all(_one_quantity(text, p, parts[0]) for p in parts) \
            or not re.search(r"\band\b", text[parts[-2].m.end():parts[-1].m.start()]):
        return []  # (the rest joined to the list by its "and": "and the United States the remaining")
    wholes = [w for w in _levels(text, before.start, before.end) if w.m["u"] and _one_quantity(text, w, parts[0]) and not _earlier_level(text, w)]
    if not wholes:
        return []
    return _unless_adding_up(parts, _most_precise(wholes), wholes[-1])


@functools.cache
def _rest_word_re() -> re.Pattern:
    """A word naming the rest of a whole (vocab/quantity_part_ties.csv, rest) anywhere in a sentence."""
    words = vocab.alternation([r["phrase"] for r in vocab.table("quantity_part_ties") if r["where"] == "rest"],
                              ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{words})\b", re.I)


def _parts_before_unstated_rest(text: str, sentences, i: int, end: int | None = None) -> list[Finding]:
    """"Brazil shipped 2.1 million tonnes, Chile 0.9 million tonnes and Peru 0.4 million
    tonnes. Bolivia and Ecuador supplied most of the remainder.": a sentence with no figure
    that names the rest of a whole makes the levels that open its paragraph parts of a whole
    stated before the paragraph. The rest has no figure, so the parts are not all of it:
    only parts more than every such whole are flagged. `end`: where the rest is named in a
    sentence after its own parts, that sentence's parts before it are of the list too."""
    sent = sentences[i]
    first = i
    while first and sentences[first - 1].paragraph == sent.paragraph:
        first -= 1
    start = sentences[first].start
    parts = _levels(text, start, sent.start if end is None else end)
    if len(parts) < 2 or len(parts) > 12 or not parts[0].m["u"] or not all(_one_quantity(text, p, parts[0]) for p in parts) \
            or any(_earlier_level(text, p) for p in parts) \
            or any(_stopped(text, s.start, s.end) for s in sentences[first:i]) \
            or (end is not None and _stopped(text, sent.start, end)):
        return []  # (a change or another period among the parts: no list of one whole)
    wholes = [w for w in _levels(text, 0, start) if w.m["u"] and _one_quantity(text, w, parts[0]) and not _earlier_level(text, w)]
    f = _judge(text, parts, wholes)
    return [f] if f is not None else []


def _most_precise(wholes: list[_Level]) -> list[_Level]:
    """The wholes less those that only round another ("exports hold at 80 million tonnes" in a
    headline over "exported 80.1 million tonnes" in the body: one whole, its trailing zero
    no licence for parts adding up to 83): as the model keeps the most precise amount stated."""
    def rounds(a: _Level, b: _Level) -> bool:
        return a.err > b.err * (a.value / b.value if a.value and b.value else 1) and any(
            v - e <= b.value - b.err and b.value + b.err <= v + e for v, e in a.readings(b))
    return [a for a in wholes if not any(b is not a and rounds(a, b) for b in wholes)]


@functools.cache
def _complementary_kinds() -> tuple[tuple[str, str], ...]:
    return tuple((r["kind"].lower(), r["complement"].lower()) for r in vocab.table("complementary_kinds"))


@functools.cache
def _period_word_re() -> re.Pattern:
    """Another period named in a sentence of kinds ("in March", "in 2023", "in the quarter"; the
    months of vocab/months.csv): its levels may be no parts of a whole stated for another."""
    months = vocab.alternation([m for m in vocab.months() if len(m) > 3], ignore_case=True)
    return re.compile(rf"\b(?:(?:19|20)\d\d|{months}|quarter|month|week|half)\b", re.I)


def _complement_parts(text: str, sentences, i: int) -> list[Finding]:
    """"Rice exports were 16.5 million tonnes. Non-basmati exports were 11.2 million tonnes,
    while basmati shipments rose to 5.3 million tonnes"; "Steel imports were 24.5 million tons.
    Finished imports were 20.1 million tons and semi-finished imports 4.4 million tons": a kind
    and its complement ("non-" it, or a pair of vocab/complementary_kinds.csv) each given a level
    are all of the whole, so the two must give a level of the sentence before (each to its
    rounding). Only where both sentences name one flow of goods ("exports") and the kinds'
    names no other period; an earlier level ("from 4.6 million tonnes") is no part."""
    sent, before = sentences[i], sentences[i - 1]
    part = text[sent.start:sent.end]
    low = part.lower()
    if _period_word_re().search(part):
        return []
    names = _kind_and_complement_in(low)
    if names is None:
        return []
    a, b = sorted(sent.start + n for n in names)
    levels = [lv for lv in _levels(text, sent.start, sent.end)
              if not _earlier_level(text, lv) and not _COMPARED_BEFORE.search(text, max(0, lv.m.start() - 60), lv.m.start())]
    first = next((lv for lv in levels if a < lv.m.start() < b), None)
    second = next((lv for lv in levels if lv.m.start() > b), None)
    if first is None or second is None or not first.m["u"] or not _one_quantity(text, first, second):
        return []
    flow = _flow_word_re()
    named = {w.lower() for w in flow.findall(text, sent.start, first.m.start())}
    # ("India shipped 6.45 million tonnes of rice ... Of this, basmati rice accounted for 1.18
    # million tonnes ..., while non-basmati varieties made up 5.27 million tonnes": a sentence
    # opened by "Of this" names no flow; its opener points to the level before, whatever flow)
    opened = not named and _tie_res()[0].match(text, sent.start, sent.end) is not None
    wholes = [w for w in _levels(text, before.start, before.end)
              if w.m["u"] and _one_quantity(text, w, first) and not _earlier_level(text, w)
              and (opened or named & {x.lower() for x in flow.findall(text, before.start, w.m.start())})]
    if not wholes:
        return []  # (no whole of the flow the kinds are of)
    if i + 1 < len(sentences) and _rest_made_of_re().match(text, sentences[i + 1].start, sentences[i + 1].end):
        f = _judge(text, [first, second], wholes)  # (the rest named after: parts, not all of it)
        return [f] if f is not None else []
    return _unless_adding_up([first, second], wholes, wholes[0])


@functools.cache
def _rest_made_of_re() -> re.Pattern:
    """A sentence with no figure that names the rest of a whole by what it held ("The rest
    comprised anthracite and coke."; vocab/quantity_part_ties.csv, rest and rest made of): the
    kinds listed before it are then not all of the whole."""
    rows = vocab.table("quantity_part_ties")
    rest, verbs = (vocab.alternation([r["phrase"] for r in rows if r["where"] == where], ignore_case=True, space=r"\s+")
                   for where in ("rest", "rest made of"))
    return re.compile(rf"\s*(?:{rest})\s+(?:{verbs})\b[^\d]*$", re.I)


@functools.cache
def _lead_re() -> re.Pattern:
    """The words before the first of a ranking told over two sentences ("led with"), and the
    words that open the next ("followed with"): vocab/quantity_part_ties.csv, lead and ranked."""
    rows = vocab.table("quantity_part_ties")
    lead = vocab.alternation([r["phrase"] for r in rows if r["where"] == "lead"], ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{lead})\s+{HEDGE}$", re.I)


@functools.cache
def _lead_words() -> tuple[str, ...]:
    return tuple(r["phrase"].lower() for r in vocab.table("quantity_part_ties") if r["where"] == "lead")


@functools.cache
def _followed_re() -> re.Pattern:
    rows = vocab.table("quantity_part_ties")
    ranked = vocab.alternation([r["phrase"] for r in rows if r["where"] == "ranked"] + ["followed with"],
                               ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{ranked})\s+{HEDGE}$", re.I)


def _led_parts(text: str, sentences, i: int) -> list[Finding]:
    """"Brazil led with 3.1 million tonnes. Chile followed with 1.2 million tonnes, then Peru
    with 0.8 million tonnes and Ecuador with 0.5 million tonnes": a ranking told over two
    sentences, each part after "with", lists parts of a level stated before it (every earlier
    level of the unit may be that whole): only parts more than every such whole are flagged."""
    sent, nxt = sentences[i], sentences[i + 1]
    lead = [lv for lv in _levels(text, sent.start, sent.end) if _lead_re().search(text, max(sent.start, lv.m.start() - 40), lv.m.start())]
    rest = _levels(text, nxt.start, nxt.end)
    if len(lead) != 1 or not lead[0].m["u"] or len(rest) < 1 \
            or not _followed_re().search(text, max(nxt.start, rest[0].m.start() - 40), rest[0].m.start()) \
            or not all(_RANKED_BEFORE.search(text, max(0, r.m.start() - 6), r.m.start()) for r in rest[1:]):
        return []
    stop = _tie_res()[2]
    if any(stop.search(text, _after_share(text, a, nxt.end), b.m.start()) for a, b in zip(rest, rest[1:])) \
            or stop.search(text, _after_share(text, rest[-1], nxt.end), nxt.end) \
            or stop.search(text, _after_share(text, lead[0], sent.end), sent.end):
        return []  # (a change or another period: no parts of one whole)
    parts = lead + rest
    wholes = [w for w in _levels(text, 0, sent.start) if _maybe_whole(text, w, parts[0]) and not _earlier_level(text, w)]
    f = _judge(text, parts, wholes)
    return [f] if f is not None else []


# a bullet that gives one label its level and nothing else ("- Arabica: 29.13 million bags",
# "- Soft citrus (mandarins, clementines and satsumas): 39.6 million cartons": a label's gloss
# in brackets may run longer; "- Hom mali (jasmine) rice: 1.62 million tonnes": words may follow the gloss too)
# (a label may run to a clause with its own list: "- other routes, including the southern
# branch and the river ports: 7.3 million tons")
# ("* Low Grown Tippy – 0.86 M/kg": a spaced dash may stand for the colon, as in _DASH_LINE)
_BULLET = re.compile(r"\s*[-*•–]\s+[^\W\d][^:\d(]{0,80}(?:\([^():\d]{0,60}\)[^:\d(]{0,30})?(?::|\s[-–—])\s*(?=\d)")
# a bullet that is a level alone, its number first ("- 880 bulk carriers")
_FIGURE_BULLET = re.compile(r"\s*[-*•–]\s+(?=\d)")
# a line that does so with no bullet mark, under a heading ("By type:" over "Arabica: 29.13
# million bags"); a bracket may follow the level ("(75.5% of the total)", "(green equivalent)")
_LABEL_LINE = re.compile(r"[^\W\d][^:\d\n]{0,40}:\s*(?=\d)")
_BRACKET_AFTER = re.compile(r"\s*\([^()\n]*\)")
# a bracket after a bullet's level with a percentage alone, its change or share ("- Europe:
# 76.2 million bottles (+2.1%)"): no other level, so the bullet still gives just one
_PERCENT_BRACKET = re.compile(r"\s*\(\s*[+\-−–]?\d+(?:\.\d+)?\s*%[^()\d\n]{0,30}\)")
# a heading line that opens a list: words and a colon, no figure but perhaps a year ("By
# market, the 2023 volumes broke down as follows:"), a sentence long at most ("According to the
# ministry, since the start of the season the country has shipped:")
_HEADING = re.compile(r"[^\W\d](?:[^\d\n]|(?<!\d)(?:19|20)\d\d(?!\d)){0,120}:\s*")
# a question standing as a subheading over a list, a line of its own with no figure ("Where
# did it come from?"): it opens the list as a heading does, its whole stated further back
_QUESTION_HEADING = re.compile(r"[^\W\d][^\d\n]{0,80}\?\s*")


def _is_heading(text: str, sent) -> bool:
    """Whether a sentence is a heading over the list after it: words and a colon, or a
    question on a line of its own."""
    if _HEADING.fullmatch(text, sent.start, sent.end) is not None:
        return True
    return text.startswith("?", sent.end - 1) and (sent.start == 0 or text[sent.start - 1] == "\n") \
        and _QUESTION_HEADING.fullmatch(text, sent.start, sent.end) is not None


def _bullet_parts(text: str, sentences) -> list[Finding]:
    """A list of bullets, each a label and its level ("- Arabica: 29.13 million bags",
    "- Robusta: 16.74 million bags"), lists parts of the level of that unit in the sentence
    right before it ("Exports ... increased by 4.2% to 45.87 million bags"): together never
    more than it (only that sentence's levels are wholes: a list further on may be of another)."""
    out, i = [], 1
    while i < len(sentences):
        j = i
        headed = _is_heading(text, sentences[i - 1])
        # ("... supplied 160,300 metric tons, or 81.6% of the total:" over "India: 62,400 MT":
        # a sentence with its whole that ends on a colon opens lines of a label and a level,
        # bullet marks or none; its own levels stay the wholes, as before a marked list)
        opened = text[sentences[i - 1].start:sentences[i - 1].end].rstrip().endswith(":")
        while j < len(sentences) and _bullet_level(text, sentences[j], headed, opened) is not None:
            j += 1
        tail = False
        if j - i < 2 and _BULLET.match(text, sentences[i].start, sentences[i].end) is not None:
            # (bullets that give a share or a value after their level, "- Total imports: 1.2
            # million tonnes, EUR 1.5 billion" over "- Brazil: 0.9 million tonnes, 79%": a list
            # only when its first bullet names the whole; parallel bullets each with its own
            # share of another total, "- Orders: 35 million dwt, 93% of the total", are none)
            k = i
            while k < len(sentences) and _bullet_level(text, sentences[k], headed, opened, tail=True) is not None:
                k += 1
            first = _bullet_level(text, sentences[i], headed, opened, tail=True) if k - i >= 3 else None
            if first is not None and _whole_label(text, sentences[i], first):
                j, tail = k, True
        # (a labelled bullet before, "- Lemons: 33.1 million cartons, down 4%", is an item of
        # the list too, never its whole)
        if j - i >= 2 and _BULLET.match(text, sentences[i - 1].start, sentences[i - 1].end) is None:
            parts = [_bullet_level(text, s, headed, opened, tail=tail) for s in sentences[i:j]]
            # ("- Sweden net exports: 28.6 TWh", "- Finland net imports: 3.4 TWh": net positions
            # are balances of two flows, never parts of one gross flow before them)
            if any(_net_label(text, s, p) for s, p in zip(sentences[i:j], parts)):
                i = j + 1
                continue
            # ("- Apparent consumption: 126.3 Mt", "- Finished imports: 26.6 Mt", "- Crude
            # production: 126.2 Mt": key figures of different measures, no parts of one whole)
            if len({_label_measure(text, s, p) for s, p in zip(sentences[i:j], parts)} - {None}) > 1:
                i = j + 1
                continue
            # ("- Global orders: 21 million CGT" first, then "- China: 13 million CGT": a
            # bullet whose label names the whole, vocab/whole_words.csv, is the whole
            # of the bullets after it, never one of their parts)
            if _whole_label(text, sentences[i], parts[0]):
                f = _judge(text, parts[1:], [parts[0]]) if len(parts) > 2 else None
                if f is not None:
                    out.append(f)
                i = j + 1
                continue
            before = sentences[i - 1]
            # (under a heading with no level, "Breakdown by type:", the whole is stated further
            # back: every earlier level of the unit is one it may be of, as after a tie)
            wholes = [w for w in (_levels(text, 0, before.start) if headed else _levels(text, before.start, before.end))
                      if _maybe_whole(text, w, parts[0]) and not _earlier_level(text, w)]
            if not headed:
                wholes = _without_outer_wholes(text, before, wholes) or _every_kind_wholes(text, before, parts[0])
            f = _judge(text, parts, wholes)
            if f is not None:
                out.append(f)
            if len(wholes) == 1 and j < len(sentences):
                out += _bullet_shares(text, sentences[i:j], parts, wholes[0], sentences[j:j + 2])
            if len(wholes) == 1:
                out += _bracket_shares(text, sentences[i:j], parts, wholes[0])
        i = j + 1
    return out


# a bullet's label: the words after its mark, before its colon or a bracket ("- Green tea:",
# "- Others (including blends):")
_BULLET_LABEL = re.compile(r"\s*(?:[-*•–]\s+)?(?P<l>[^\W\d][^:(\d\n]{0,50}?)\s*[(:]")
# a share of a total the sentence gives no figure for ("made up 36% of total shipments")
_SHARE_OF_A_TOTAL = re.compile(rf"(?P<p>\d+(?:\.\d+)?)\s*{PER_CENT}\s+of\s+(?:the\s+)?total\b", re.I)


def _bullet_shares(text: str, bullets, parts: list["_Level"], whole: "_Level", after) -> list[Finding]:
    """A share "of the total" in the sentences right after a list of bullets, in a sentence
    that opens on one bullet's label and gives no other figure ("Arabica made up 64% of total
    shipments" after "- Arabica: 29.13 million bags"): that bullet's level over the one whole
    the list is of, as table_row_levels.py reads a table's rows."""
    from .volumes import _share_figures
    labels = {}
    for sent, part in zip(bullets, parts):
        m = _BULLET_LABEL.match(text, sent.start, sent.end)
        if m is not None:
            labels[" ".join(m["l"].split()).lower()] = part
    out = []
    for sent in after:
        line = text[sent.start:sent.end]
        if "total" not in line:  # (cheap)
            continue
        shares = list(_SHARE_OF_A_TOTAL.finditer(text, sent.start, sent.end))
        if len(shares) != 1 or sum(ch.isdigit() for ch in line) != sum(ch.isdigit() for ch in shares[0]["p"]):
            continue  # (another figure in the sentence: its share may be of that)
        low = line.lstrip().lower()
        part = next((p for lab, p in labels.items() if re.match(rf"{re.escape(lab)}\b", low)), None)
        if part is None or not _same_unit(part.unit, whole.unit, None):
            continue
        m = {"n0": whole.m["n"], "s0": whole.scale, "u0": whole.unit, "p": shares[0]["p"]}
        out += _share_figures((part.value, part.err), part.written, (part.m.start(), part.m.end()),
                              m, shares[0].span("p"), (whole.m.start(), whole.m.end()))
    return out


# a bracket right after a bullet's level with its share of a total or a flow ("(27% of extra-EU
# imports)", "(31% of the total)"): a share of the list's whole, with no figure of its own
_SHARE_BRACKET = re.compile(rf"\s*\(\s*(?P<p>\d+(?:\.\d+)?)\s*{PER_CENT}\s+of\s+(?P<w>[^()\d\n]{{1,40}})\)", re.I)


def _bracket_shares(text: str, bullets, parts: list["_Level"], whole: "_Level") -> list[Finding]:
    """A bullet's level with its share of a total or a flow in the bracket after it ("- Algeria:
    0.8 million tonnes (17% of extra-EU imports)") under the one whole of the list ("imported 4.7
    million tonnes"): that level over the whole gives the share. Only where the bracket's words
    name a total or a flow of goods (vocab/flows.csv), so no share of some other whole is read."""
    from .volumes import _share_figures
    out = []
    for part in parts:
        m = _SHARE_BRACKET.match(text, part.m.end())
        if m is None or not _same_unit(part.unit, whole.unit, None):
            continue
        if "total" not in m["w"].lower() and _flow_word_re().search(m["w"]) is None:
            continue
        fields = {"n0": whole.m["n"], "s0": whole.scale, "u0": whole.unit, "p": m["p"]}
        out += _share_figures((part.value, part.err), part.written, (part.m.start(), part.m.end()),
                              fields, m.span("p"), (whole.m.start(), whole.m.end()))
    return out


@functools.cache
def _whole_label_re() -> re.Pattern:
    words = vocab.alternation([r["word"] for r in vocab.table("whole_words")], ignore_case=True)
    return re.compile(rf"\s*(?:[-*•–]\s+)?(?:the\s+)?(?:{words})\b", re.I)


def _whole_label(text: str, sent, level: _Level) -> bool:
    """Whether a bullet's label opens with a word naming the whole (vocab/whole_words.csv)."""
    return _whole_label_re().match(text, sent.start, level.m.start()) is not None


def _net_label(text: str, sent, level: _Level) -> bool:
    """Whether a bullet's label names a net flow (vocab/quantity_balances.csv, net_exports
    and net_imports)."""
    label = text[sent.start:level.m.start()]
    if "net" not in label.lower():  # (cheap test before the patterns)
        return False
    words = quantity_balances._words()
    return any(words[r].search(label) for r in ("net_exports", "net_imports"))


def _label_measure(text: str, sent, level: _Level) -> str | None:
    """What a bullet's label says its level measures: the market's supply ("Crude steel
    production") or use ("Apparent consumption"; vocab/quantity_balances.csv, supply_side and
    demand_side), else a trade flow ("Finished steel imports", vocab/flows.csv); None for a
    label of a product or a place alone. Levels of two measures are never parts of one whole."""
    label = text[sent.start:level.m.start()]
    words = quantity_balances._words()
    for role, measure in (("supply_side", "supply"), ("demand_side", "use")):
        if words[role].search(label):
            return measure
    return "trade" if _flow_word_re().search(label) else None


@functools.cache
def _outer_whole_re() -> re.Pattern:
    """The words right before a larger whole a level is set in ("..., out of total imports
    from all suppliers of about 3.0 million tonnes"; vocab/quantity_part_ties.csv, outer)."""
    outer = vocab.alternation([r["phrase"] for r in vocab.table("quantity_part_ties") if r["where"] == "outer"],
                              ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{outer})\b[^.;:\d\n]{{0,80}}$", re.I)


def _without_outer_wholes(text: str, sent, wholes: list[_Level]) -> list[_Level]:
    """"Mercosur shipped 2.1 million tonnes, out of total imports of 3.0 million tonnes:" over
    bullets: the bullets itemise the sentence's own level; the larger whole after "out of" is
    only what that level is set in, so it is no whole of the list (a list that exceeds the
    level then is flagged). With no level before it, the larger whole is kept."""
    if "out of" not in text[sent.start:sent.end].lower():  # (cheap test before the regex)
        return wholes
    kept = [w for k, w in enumerate(wholes)
            if not (k and _outer_whole_re().search(text, max(sent.start, w.m.start() - 90), w.m.start()))]
    return kept


# a bullet whose label may hold figures of its own, a band of prices or sizes ("- below 200
# francs: 0.48 million pieces, -21.3%", "- 500-3,000 francs: ..."): its level is the first
# after the colon, and a change may follow it after a comma
_BANDED_BULLET = re.compile(r"\s*[-*•–]\s+[^:\n]{1,50}:\s*(?=\d)")
_CHANGE_AFTER = re.compile(r"\s*(?:,\s*[+\-−–]?\d+(?:\.\d+)?\s*%|\(\s*[+\-−–]?\d+(?:\.\d+)?\s*%[^()\d\n]{0,30}\))?[\s.;]*")


@functools.cache
def _total_line_re() -> re.Pattern:
    """A sentence that opens on a word of a sum (vocab/colon_total_cues.csv, role "total": "In
    total, 0.9 million pieces were shipped", "Altogether, ...")."""
    cues = [r["phrase"] for r in vocab.table("colon_total_cues") if r["role"] == "total"]
    alt = vocab.alternation(cues, ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*(?:{alt})\b\s*,?\s*", re.I)


def _banded_level(text: str, sent) -> _Level | None:
    m = _BANDED_BULLET.match(text, sent.start, sent.end)
    if m is None:
        return None
    levels = _levels(text, m.end(), sent.end)
    if not levels or levels[0].m.start() != m.end() or not levels[0].m["u"] \
            or _CHANGE_AFTER.fullmatch(text, levels[0].m.end(), sent.end) is None:
        return None
    return levels[0]


def _bullets_over_total_line(text: str, sentences) -> list[Finding]:
    """"By price segment:" over "- below 200 francs: 0.48 million pieces, -21.3%", "- above
    200 francs: 0.35 million pieces, +1.2%" and then "In total, 0.83 million pieces were
    shipped.": bullets under a breakdown heading (vocab/list_headings.csv) followed by a
    sentence opening on a word of a sum are all of that sum, so they add up to it, each to
    its rounding. (A list under another heading, "Main markets:", may leave parts out.)"""
    out, i = [], 1
    while i < len(sentences):
        j = i
        while j < len(sentences) and _banded_level(text, sentences[j]) is not None:
            j += 1
        if j - i < 2 or j >= len(sentences) or _heading_re().fullmatch(text, sentences[i - 1].start, sentences[i - 1].end) is None:
            i = j + 1
            continue
        last = sentences[j]
        opener = _total_line_re().match(text, last.start, last.end)
        parts = [_banded_level(text, s) for s in sentences[i:j]]
        wholes = _levels(text, opener.end(), last.end) if opener else []
        i = j + 1
        if len(wholes) != 1 or wholes[0].m.start() != opener.end() or not all(_one_quantity(text, p, parts[0]) for p in parts + wholes):
            continue
        f = _parts_not_adding_up(parts, wholes[0])
        if f is not None:
            out.append(f)
    return out


def _in_own_paragraph(wholes: list[_Level], sentences, i: int) -> list[_Level]:
    """The levels among `wholes` that the paragraph of sentence i states before it. Parts
    with no words pointing back ("Raw sugar will account for 8.9 million tonnes and white
    sugar for 2.6 million tonnes", with no "of this") are of a level of their own paragraph
    ("estimates shipments ... at 10.5 million tonnes"), not of one an earlier paragraph gave
    (the 134.93 million tonnes of cane crushed)."""
    k = i
    while k > 0 and sentences[k - 1].paragraph == sentences[i].paragraph:
        k -= 1
    return [w for w in wholes if w.m.start() >= sentences[k].start]


def _parts_not_adding_up(parts: list[_Level], whole: _Level) -> Finding | None:
    """A sum finding when the `parts`, each to its rounding, do not add up to `whole` (a list
    the words make complete: a joint level, a Total row); else None."""
    total, err = sum(p.value for p in parts), sum(p.err for p in parts)
    if abs(total - whole.value) <= err + whole.err + 1e-9 * max(1.0, whole.value):
        return None
    k = vocab.scales().get((parts[0].scale or "").lower(), 1.0)
    fields = {"parts": " + ".join(p.written for p in parts),
              "sum": f"{total / k:,.6g} {parts[0].written[len(parts[0].m['n']):].strip()}", "stated": whole.written}
    return Finding(id="", check="sum", status=Status.INCONSISTENT, severity=Severity.ERROR, claims=[],
                   spans=[(p.m.start(), p.m.end()) for p in parts] + [(whole.m.start(), whole.m.end())],
                   message=render("sum", "parts", False, fields), expected=total, observed=whole.value)


def _label_line_level(text: str, sent) -> tuple[str, _Level] | None:
    """A line of its own that gives a label and one level in a unit, after a colon or a
    spaced dash, and nothing more ("Germany - 150 mcm/day", "Total: 335 mcm/day")."""
    if sent.start and text[sent.start - 1] != "\n":
        return None
    m = _DASH_LINE.match(text, sent.start, sent.end)
    if m is None:
        return None
    levels = _levels(text, m.end(), sent.end)
    if len(levels) != 1 or levels[0].m.start() != m.end() or not levels[0].m["u"] \
            or text[levels[0].m.end():sent.end].strip(" .;\n"):
        return None
    return text[m.start():m.end()].rstrip(" :-–—"), levels[0]


def _label_lines_over_total_row(text: str, sentences) -> list[Finding]:
    """Lines of a label and a level ("Germany - 150 mcm/day", "UK - 85 mcm/day") closed by a
    line labelled a total (vocab/table_row_labels.csv: "Total: 335 mcm/day"): the total row
    names itself the sum of the rows above it, as a table's does, so they add up to it, each
    to its rounding. (Rows with no total row may be a selection, and are left to _bullet_parts.)"""
    from .table_arithmetic import _is
    out, i = [], 0
    while i < len(sentences):
        rows = []
        j = i
        while j < len(sentences) and (row := _label_line_level(text, sentences[j])) is not None:
            rows.append(row)
            j += 1
        i = j + 1 if j == i else j
        if len(rows) < 3 or not _is(rows[-1][0], "total") or any(_is(label, "total") for label, _ in rows[:-1]):
            continue
        parts, whole = [lv for _, lv in rows[:-1]], rows[-1][1]
        if not all(_one_quantity(text, p, whole) for p in parts):
            continue
        f = _parts_not_adding_up(parts, whole)
        if f is not None:
            out.append(f)
    return out


@functools.cache
def _unit_heading_re() -> re.Pattern:
    """A heading whose unit (perhaps its scale and a kind word before it) closes it in
    brackets: "Shipments by port, week ended May 4 (running bales):", "By origin (thousand tonnes):";
    or, on a line of its own over the list, with no colon: "Wheat exports, November 2022 (tonnes)"."""
    units = vocab.physical_unit_pattern()
    scale = vocab.alternation(list(vocab.scales()), ignore_case=True)
    return re.compile(rf"[^\n]{{0,160}}\((?:(?P<s>{scale})\s+)?(?:[a-z-]+\s+){{0,2}}?(?P<u>{units})\)(?P<colon>\s*:)?\s*", re.I)


# a bullet of a label and a bare figure, its unit the heading's ("- Vietnam: 98,400"; under
# the heading, a line of its own with no bullet mark too: "Q3: 3.9"; a quarter's or half's
# label holds its figure, "Q3", "H1", "3Q")
_BARE_BULLET = re.compile(r"\s*(?:[-*•–]\s+)?(?P<l>(?:[QH]\d|\dQ)\b[^:\d\n]{0,40}|[^\W\d][^:\d\n]{0,50}):\s*(?P<n>\d[\d,]*(?:\.\d+)?)\s*\.?\s*")


def _unit_heading_totals(text: str, sentences) -> list[Finding]:
    """"Weekly sales by destination (running bales):" over "- Egypt: 21,300", "- Turkey:
    12,000", "- Total: 33,300": bullets of bare figures take the heading's unit, and a last
    bullet labelled a total (vocab/table_row_labels.csv) is the sum of the bullets above it,
    each to its rounding (a whole number's rounding the list's, as a table column's)."""
    from .table_arithmetic import _is
    out = []
    for i, head in enumerate(sentences):
        if not text[head.start:head.end].rstrip().endswith(("):", ")")):
            continue  # (every unit heading ends so: cheap)
        h = _unit_heading_re().fullmatch(text, head.start, head.end)
        if h is None or not (h["colon"] or text.startswith("\n", head.end)):
            continue  # (with no colon, the heading is a line of its own)
        rows = []
        for sent in sentences[i + 1:]:
            m = _BARE_BULLET.fullmatch(text, sent.start, sent.end)
            if m is None:
                break
            rows.append(m)
        if len(rows) >= 3 and not any(_is(r["l"].strip(), "total") for r in rows):
            out += _heading_rows_over_lead_total(text, sentences, i, h, rows)
        if len(rows) < 3 or not _total_row(rows) or any(_is(r["l"].strip(), "total") for r in rows[:-1]):
            continue
        k = vocab.scales().get((h["s"] or "").lower(), 1.0)
        f = _rows_off_their_total(rows, " ".join(filter(None, (h["s"], h["u"]))), k)
        if f is not None:
            out.append(f)
    return out


def _rows_off_their_total(rows: list[re.Match], unit: str, k: float) -> Finding | None:
    """A sum finding where the bare figures (group "n") of the rows above the last do not add
    up to the last row's, each to its rounding (a whole number's rounding the list's, as a
    table column's); None where they do. `unit` is written after the sums, `k` scales them."""
    vals = [_figure(r["n"]) for r in rows]
    whole_errs = [e for _, e in vals if e >= 0.5]
    step = min(whole_errs) if len(whole_errs) == len(vals) else 0.5
    vals = [(v, e if e < 0.5 else step) for v, e in vals]
    (tv, te), parts = vals[-1], vals[:-1]
    total, err = sum(v for v, _ in parts), sum(e for _, e in parts)
    if abs(total - tv) <= err + te + 1e-9:
        return None
    fields = {"parts": " + ".join(r["n"] for r in rows[:-1]),
              "sum": f"{total:,.{_decimals(rows[-1]['n'])}f} {unit}".rstrip(), "stated": f"{rows[-1]['n']} {unit}".rstrip()}
    return Finding(id="", check="sum", status=Status.INCONSISTENT, severity=Severity.ERROR, claims=[],
                   spans=[(rows[0].start("n"), rows[-2].end("n")), rows[-1].span("n")],
                   message=render("sum", "parts", False, fields), expected=total * k, observed=tv * k)


# a line of a label of words, a space and a bare figure, and nothing more: "Uganda 62,300"
_SPACED_ROW = re.compile(r"\s*(?P<l>[^\W\d][\w'’&.-]*(?:[ ][^\W\d][\w'’&.-]*){0,3})[ ](?P<n>\d[\d,]*(?:\.\d+)?)\s*")


def _spaced_rows_over_total_row(text: str, sentences) -> list[Finding]:
    """"The breakdown was:" over lines "Uganda 62,300", "Egypt 48,900", ... "Others 23,000" and
    a last line labelled a total (vocab/table_row_labels.csv: "Total 238,450"): lines of a
    label, one space and a bare figure, each on a line of its own under a heading that ends
    on a colon, are the rows of a table pasted with single spaces; with a rest row ("Others")
    right above it, the total row is the sum of the rows above it, each to its rounding.
    Their unit is one, whatever it is. (Rows aligned by wider gaps are table_arithmetic's.)"""
    from .table_arithmetic import _is
    out = []
    for i, head in enumerate(sentences[:-3]):
        if not text[head.start:head.end].rstrip().endswith(":"):
            continue  # (every heading ends so: cheap)
        rows = []
        for sent in sentences[i + 1:]:
            m = _SPACED_ROW.fullmatch(text, sent.start, sent.end)
            if m is None or text[sent.start - 1] != "\n":
                break
            rows.append(m)
        if len(rows) < 4 or not _is(rows[-1]["l"], "total") or not _is(rows[-2]["l"], "rest") \
                or any(_is(r["l"], "total") for r in rows[:-1]):
            continue  # (with no rest row, "Others", the rows may list only some parts)
        f = _rows_off_their_total(rows, "", 1.0)
        if f is not None:
            out.append(f)
    return out


def _heading_rows_over_lead_total(text: str, sentences, i: int, h: re.Match, rows: list[re.Match]) -> list[Finding]:
    """"Total throughput ... amounted to 438.8 million tonnes in 2023" then "Throughput by
    segment, 2023 (million tonnes):" over "- Dry bulk: 73.1", ...: with no total row, the
    rows are parts of the level of the heading's unit that the sentence naming the heading's
    first noun as a total ("total throughput") gave just before (in the three sentences before
    the heading). They may be a selection, so only rows together over that total are wrong."""
    noun = re.match(r"\s*([^\W\d]{3,})", text[sentences[i].start:sentences[i].end])
    if noun is None:
        return []
    total_re = re.compile(rf"\btotal\s+{re.escape(noun[1])}\b", re.I)
    for sent in reversed(sentences[max(0, i - 3):i]):
        t = total_re.search(text, sent.start, sent.end)
        if t is None:
            continue
        whole = next(iter(_levels(text, t.end(), sent.end)), None)
        if whole is None or not whole.m["u"] or (whole.m["s"] or "").lower() != (h["s"] or "").lower() \
                or not _same_unit(whole.unit, h["u"], None) or _rate_tail(text, whole.m.end()):
            return []
        vals = [_figure(r["n"]) for r in rows]
        if sum(v - e for v, e in vals) <= whole.bare + whole.bare_err + 1e-9:
            return []
        unit = " ".join(filter(None, (h["s"], h["u"])))
        total = sum(v for v, _ in vals)
        fields = {"parts": " + ".join(r["n"] for r in rows), "sum": f"{total:,.6g} {unit}", "whole": whole.written}
        return [Finding(id="", check="bound", status=Status.INCONSISTENT, severity=Severity.ERROR, claims=[],
                        spans=[whole.m.span()] + [r.span("n") for r in rows],
                        message=render("bound", "parts", False, fields), expected=whole.value,
                        observed=total * vocab.scales().get((h["s"] or "").lower(), 1.0))]
    return []


# a line of a list set out as a table with no bullet mark: a label of words (brackets and
# commas allowed, no colon, no figure), then a dotted leader or a gap of spaces (a spaced dash
# too, "Bulk wine – 269.8 million litres") before the line's one level
_ROW_LINE = re.compile(r"[ \t\xa0]*(?P<l>[^\W\d][^\d:\n]{0,60}?)(?:[ \t\xa0]*\.{4,}[ \t\xa0]*|[ \t\xa0]+)(?=\d)")


def _row_line_level(text: str, start: int, end: int) -> _Level | None:
    """The level of a line (text[start:end]) that is a label and one level in a unit ending
    the line ("  Cerro Verde (Freeport) ........ 472,600 t"); None for any other line."""
    m = _ROW_LINE.match(text, start, end)
    if m is None or _tie_res()[2].search(m["l"]):
        return None  # (no row, or a clause whose level is another period's: "Sales fell from 9,000 t")
    levels = _levels(text, m.end(), end)
    if len(levels) != 1 or levels[0].m.start() != m.end() or not levels[0].m["u"] or text[levels[0].m.end():end].strip(" \t.;"):
        return None
    return levels[0]


def _row_lines_after(text: str, at: int) -> list[tuple[str, _Level]]:
    """The label and level of each row line from `at` on (one blank line may come first),
    up to the first line that is none; a dotted leader is no full stop, so the lines are read
    whole here, not by sentences."""
    rows = []
    if text.startswith("\n", at):
        at += 1
    while at < len(text):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        level = _row_line_level(text, at, end)
        if level is None:
            break
        rows.append((_ROW_LINE.match(text, at, end)["l"].strip(" .–—-"), level))
        at = end + 1
    return rows


def _rows_under_colon(text: str, sentences) -> list[Finding]:
    """"The country's six biggest copper mines together produced 1,903,100 tonnes:" over lines
    "  Cerro Verde (Freeport) ........ 472,600 t", "  Antamina 443,900 t", ...: lines of a label
    and a level, set out with a dotted leader or spaces and no bullet mark, under a sentence
    ending on a colon, list parts of that sentence's level of their unit, so together they never
    exceed it (as _bullet_parts reads marked bullets). Under a heading with no figure ("Bulk
    wine still dominates the export mix:"), the whole is stated further back; there two rows
    that name a kind and its complement ("Packaged wine", "Bulk wine"; vocab/
    complementary_kinds.csv) and nothing else are all of it, so they add up to it."""
    out = []
    for k, sent in enumerate(sentences):
        if not text[sent.start:sent.end].endswith(":") or not text.startswith("\n", sent.end):
            continue  # (the list opens on a line of its own after the colon: cheap)
        rows = _row_lines_after(text, sent.end + 1)
        if len(rows) < 2:
            continue
        parts = [lv for _, lv in rows]
        if not all(_one_quantity(text, p, parts[0]) for p in parts):
            continue
        own = _levels(text, sent.start, sent.end)
        if own:
            wholes = [w for w in _without_outer_wholes(text, sent, own) if _maybe_whole(text, w, parts[0]) and not _earlier_level(text, w)]
            f = _judge(text, parts, wholes)
            out += [f] if f is not None else []
        elif not re.search(r"\d", text[sent.start:sent.end]) and _kind_and_complement([label for label, _ in rows]):
            wholes = [w for w in _in_own_paragraph(_levels(text, 0, sent.start), sentences, k) or _levels(text, 0, sent.start)
                      if _one_quantity(text, w, parts[0]) and not _earlier_level(text, w)]
            out += _unless_adding_up(parts, wholes, wholes[-1]) if wholes else []
    return out


def _kind_and_complement(labels: list[str]) -> bool:
    """Whether two labels name a kind and its complement, all of a good between them ("Packaged
    wine", "Bulk wine"; "non-" a kind, or a pair of vocab/complementary_kinds.csv)."""
    if len(labels) != 2:
        return False
    a, b = (label.lower() for label in labels)
    names = _kind_and_complement_in(a + "\n" + b)
    return names is not None and min(names) < len(a) < max(names)  # (one in each label)


def _kind_and_complement_in(low: str) -> tuple[int, int] | None:
    """Where a text (in lower case) names a kind and its complement ("non-basmati" and
    "basmati"; a pair of vocab/complementary_kinds.csv, "packaged" and "bulk"): the two
    names' offsets, else None."""
    for m in re.finditer(r"\bnon-([a-z]+)\b", low):
        other = re.search(rf"(?<![\w-]){m[1]}\b", low)
        if other:
            return m.start(), other.start()
    for kind, complement in _complementary_kinds():
        a = re.search(rf"(?<![\w-]){re.escape(kind)}\b", low)
        b = re.search(rf"(?<![\w-]){re.escape(complement)}\b", low)
        if a and b:
            return a.start(), b.start()
    return None


# the label of a part of a year: a quarter or a half ("Q3", "3Q", "H1")
_PART_OF_YEAR = re.compile(r"(?:Q[1-4]|[1-4]Q|H[12])\b", re.I)


def _total_row(rows: list[re.Match]) -> bool:
    """Whether the last of a heading's bare rows sums the rows above it: labelled a total
    ("Total"), or the year's ("Full year", vocab/table_row_labels.csv, year total) under rows
    that are each a quarter or half of it ("Q1: 4.1" ... "Q4: 4.3"): a year's row under
    other rows ("Jan-Jun: 5.0") may hold more than they do."""
    from .table_arithmetic import _is
    label = rows[-1]["l"].strip()
    if _is(label, "total"):
        return True
    return _is(label, "year total") and all(_PART_OF_YEAR.match(r["l"].strip()) for r in rows[:-1])


@functools.cache
def _share_heading_re() -> re.Pattern:
    """A heading whose closing bracket gives the figures' unit and says the bracket after
    each is its share: "Product-wise (2023-24, US$ million; share in total):" (the words of
    vocab/share_columns.csv)."""
    words = vocab.alternation([r["word"] for r in vocab.table("share_columns")], ignore_case=True, space=r"\s+")
    # (a slide or leaflet heading may leave out the colon, "Leading destinations (units, share
    # of total)": the bullets under it are no less its rows)
    return re.compile(rf"[^\n]{{0,160}}\([^()\n]*\b(?:{words})\b[^()\n]*\)\s*:?\s*", re.I)


# a bullet of a label, a bare figure and its share in brackets ("- Footwear (all kinds): 2,265
# (48.3%)") or after a slash, as the heading parts the two columns ("* Asia: 1,175 / 30.0%"
# under "(thousand tonnes / share of total)"); and the list's total, its own share (100%) or
# none, a bullet or a line of its own under the bullets ("Total: 3,918 / 100%")
_BARE_SHARE_BULLET = re.compile(rf"\s*[-*•–]\s+(?P<l>[^\W\d][^:\d\n]{{0,60}}):\s*(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?:(?P<open>\()|/)\s*(?P<p>\d+(?:\.\d+)?)\s*{PER_CENT}\s*(?(open)\))\s*\.?\s*", re.I)
_BARE_TOTAL_BULLET = re.compile(rf"\s*(?:[-*•–]\s+)?(?P<l>[^\W\d][^:\d\n]{{0,20}}):\s*(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?:\(\s*100(?:\.0+)?\s*{PER_CENT}\s*\)|/\s*100(?:\.0+)?\s*{PER_CENT})?\s*\.?\s*", re.I)


def _unit_heading_shares(text: str, sentences) -> list[Finding]:
    """"Exports by product (US$ million; share in total):" over "- Footwear: 2,265 (48.3%)",
    ..., "- Total: 4,690": each bullet's bracketed share is its bare figure over the last
    bullet's total (vocab/table_row_labels.csv), each to its rounding."""
    from .table_arithmetic import _is
    out = []
    for i, head in enumerate(sentences):
        if not text[head.start:head.end].rstrip().endswith((")", "):")):
            continue  # (every such heading ends so: cheap)
        if _share_heading_re().fullmatch(text, head.start, head.end) is None:
            continue
        rows, total = [], None
        for sent in sentences[i + 1:]:
            m = _BARE_SHARE_BULLET.fullmatch(text, sent.start, sent.end)
            if m is None:
                total = _BARE_TOTAL_BULLET.fullmatch(text, sent.start, sent.end)
                break
            rows.append(m)
        if len(rows) >= 2 and (total is None or not _is(total["l"].strip(), "total")) and not any(_is(r["l"].strip(), "total") for r in rows):
            out += _shares_of_whole_before(text, head, rows)
            continue
        if len(rows) < 2 or total is None or not _is(total["l"].strip(), "total") or any(_is(r["l"].strip(), "total") for r in rows):
            continue
        # (a whole number's rounding is the list's, as a table column's: "1,000" is no
        # thousand give or take 500 beside "163")
        vals = [_figure(r["n"]) for r in rows] + [_figure(total["n"])]
        whole_errs = [e for _, e in vals if e >= 0.5]
        step = min(whole_errs) if len(whole_errs) == len(vals) else 0.5
        vals = [(v, e if e < 0.5 else step) for v, e in vals]
        tv, te = vals[-1]
        if tv <= te:
            continue
        for r, (v, e) in zip(rows, vals):
            p, pe = _figure(r["p"])
            lo, hi = (v - e) / (tv + te) * 100, (v + e) / (tv - te) * 100
            if lo <= p + pe + 1e-9 and p - pe - 1e-9 <= hi:
                continue
            fields = {"part": r["n"], "whole": total["n"], "share": f"{v / tv * 100:.1f}%", "text": f"{r['p']}%", "bound": "eq"}
            out.append(Finding(id="", check="ratio", status=Status.INCONSISTENT, severity=Severity.ERROR, claims=[],
                               spans=[r.span("n"), r.span("p"), total.span("n")],
                               message=render("ratio", "share", False, fields), expected=round(v / tv * 100, 1), observed=p))
    return out


@functools.cache
def _heading_unit_re() -> re.Pattern:
    """The unit that opens a share heading's bracket, before its share words: "(million tonnes;
    share of extra-EU imports):"."""
    units = vocab.physical_unit_pattern()
    scale = vocab.alternation(list(vocab.scales()), ignore_case=True)
    return re.compile(rf"\(\s*(?:(?P<s>{scale})\s+)?(?P<u>{units})\s*[;,]", re.I)


@functools.cache
def _total_word_re() -> re.Pattern:
    """"share of total": a share column naming the total, no flow."""
    return re.compile(r"\bof\s+(?:the\s+)?total\b", re.I)


def _flow_measures(text: str, start: int, end: int) -> set[str]:
    flows = vocab.flows()
    return {flows[w.lower()][0] for w in _flow_word_re().findall(text, start, end) if w.lower() in flows}


def _shares_of_whole_before(text: str, head, rows: list[re.Match]) -> list[Finding]:
    """"Main partners, 2022 (million tonnes; share of extra-EU imports):" over "- Algeria: 0.9
    (23%)", with no total bullet: the shares are of a level of the heading's unit and flow
    stated before the heading ("imported 3.9 million tonnes"). Which level the words do not
    say, so a share is flagged only where it fits none of them (each to its rounding)."""
    h = _heading_unit_re().search(text, head.start, head.end)
    if h is None:
        return []
    named = _flow_measures(text, h.end(), head.end)
    if not named and _total_word_re().search(text, h.end(), head.end):
        # ("(units, share of total)": the total of the flow stated before; any flow's level
        # of the unit may be it, and a share is flagged only where it fits none of them)
        named = {m for m, *_ in vocab.flows().values()}
    if not named:
        return []  # (no flow named as the whole: which level it is, unknown)
    k = vocab.scales().get((h["s"] or "").lower(), 1.0)
    vals = [_figure(r["n"]) for r in rows]
    wholes = []
    for w in _levels(text, 0, head.start):
        line_start = max(text.rfind("\n", 0, w.m.start()) + 1, w.m.start() - 160)
        if w.m["u"] and _same_unit(w.unit, h["u"], None) and not _rate_tail(text, w.m.end()) \
                and not _earlier_level(text, w) and not _change_amount(text, w) \
                and named & _flow_measures(text, line_start, w.m.start()) \
                and sum(v - e for v, e in vals) * k <= w.value + w.err:
            wholes.append(w)
    if not wholes:
        return []
    out = []
    for r, (v, e) in zip(rows, vals):
        p, pe = _figure(r["p"])
        fits = False
        for w in wholes:
            lo, hi = (v - e) * k / (w.value + w.err) * 100, (v + e) * k / max(w.value - w.err, 1e-9) * 100
            fits = fits or (lo <= p + pe + 1e-9 and p - pe - 1e-9 <= hi)
        if fits:
            continue
        w = wholes[0]  # (the first stated, most often the headline level)
        fields = {"part": r["n"], "whole": w.written, "share": f"{v * k / w.value * 100:.1f}%", "text": f"{r['p']}%", "bound": "eq"}
        out.append(Finding(id="", check="ratio", status=Status.INCONSISTENT, severity=Severity.ERROR, claims=[],
                           spans=[r.span("n"), r.span("p"), w.m.span()],
                           message=render("ratio", "share", False, fields), expected=round(v * k / w.value * 100, 1), observed=p))
    return out


def _compared_bracket(text: str, level: _Level, start: int, end: int) -> re.Match | None:
    """"- oats: 2.1 million tonnes (1.8 million tonnes a year earlier)": a bracket right after
    a bullet's level that holds one level of its unit alone (and words, no other figure) gives
    that item's level of another period to compare with, no part of the list."""
    bracket = _BRACKET_AFTER.match(text, start, end)
    if bracket is None:
        return None
    inner = _levels(text, bracket.start() + 1, bracket.end() - 1)
    if len(inner) != 1 or not inner[0].m["u"] or not _one_quantity(text, inner[0], level):
        return None
    rest = text[bracket.start():inner[0].m.start()] + text[inner[0].m.end():bracket.end()]
    return None if re.search(r"\d", rest) else bracket


def _bullet_level(text: str, sent, headed: bool = False, opened: bool = False, tail: bool = False) -> _Level | None:
    """The level of a bullet that gives a label one level in a unit and nothing more (under
    a heading, a line of its own with no bullet mark, and perhaps a bracket after the level;
    after a sentence `opened` on a colon, such a line too; with `tail`, a share or a value
    after a comma too, _FIGURE_TAIL)."""
    m = _BULLET.match(text, sent.start, sent.end)
    if m is None and (headed or opened) and (sent.start == 0 or text[sent.start - 1] == "\n"):
        m = _LABEL_LINE.match(text, sent.start, sent.end)
    if m is None and (headed or opened):
        # ("By sector, buyers acquired:" over "- 880 bulk carriers": under a heading a bullet
        # may be its level alone, the unit naming the kind)
        m = _FIGURE_BULLET.match(text, sent.start, sent.end)
    if m is None:
        return None
    levels = _levels(text, m.end(), sent.end)
    if not levels or levels[0].m.start() != m.end() or not levels[0].m["u"]:
        return None
    end = levels[0].m.end()
    if len(levels) > 1:
        # (the level is the bullet's one level; another only in a bracket of its other period)
        bracket = _compared_bracket(text, levels[0], end, sent.end)
        if bracket is None or levels[1].m.start() < bracket.start() or levels[-1].m.end() > bracket.end():
            return None
    else:
        bracket = (_BRACKET_AFTER if headed else _PERCENT_BRACKET).match(text, end, sent.end)
    rest = bracket.end() if bracket else end
    if text[rest:sent.end].strip(" .;\n") and (not tail or len(levels) > 1 or "," not in text[rest:rest + 3]
                                               or _FIGURE_TAIL.fullmatch(text, rest, sent.end) is None):
        return None
    return levels[0]


# what a bullet may give after its level, each after a comma: its share ("79% of volume",
# "7%") and its value in money ("EUR 1.49 billion"), no other level of the unit; so "- Total
# imports: 1.2 million tonnes, EUR 1.5 billion" over "- Brazil: 0.9 million tonnes, 79% of
# volume" still lists a whole and its parts
_FIGURE_TAIL = re.compile(rf"(?:\s*,\s*(?:\d+(?:\.\d+)?\s*{PER_CENT}(?:\s+of\s+[^\W\d][^,;\d\n]{{0,30}})?"
                          r"|(?:[A-Z]{3}|US\$|[$€£¥])\s?\d[\d,]*(?:\.\d+)?(?:\s*(?:billion|million|bn|mn))?))+[\s.;]*", re.I)


def _stopped(text: str, tie: int, end: int) -> bool:
    """Whether a stop word between a sentence's tie and its end makes its levels no list of
    parts. A level's own share is none ("Bulk made up 186.4m litres (57%) of the total"), nor
    is a contrast word whose clause ties the next level as a part again (", while packaged
    accounted for 140.9m litres": another part, not a change or another period's level)."""
    stop, verb = _tie_res()[2], _tie_res()[1]
    gaps, at = [], tie
    for level in _levels(text, tie, end):
        gaps.append((at, level.m.start()))
        at = max(at, _after_share(text, level, end))
    gaps.append((at, end))
    # (nor one whose clause names its level the rest of the whole: "Asia took 2.1 million
    # tonnes, while the remaining 1.1 million tonnes went elsewhere", vocab/quantity_part_ties.csv)
    rest = _rest_res()[0]
    for a, b in gaps:
        for m in stop.finditer(text, a, b):
            if m.group().isdigit() and _act_date_re().search(text, max(a, m.start() - 60), m.start()):
                continue  # (the year of a deal the clause names, no period of a level)
            # ("The main crop accounted for 601,378 tonnes while the light crop had yielded 53,145
            # tonnes": nor one whose clause names the complement of the kind the subject before
            # the tie names, vocab/complementary_kinds.csv: the other part of the same whole)
            if not (m.group()[:1].isalpha() and (verb.search(text, m.end(), b) or rest.search(text, m.end(), b)
                                                 or _complement_across(text, max(0, tie - _SUBJECT_BACK), m.start(), b))):
                return True
    return False


# how far before a tie the subject naming the first part's kind may start
_SUBJECT_BACK = 100


@functools.cache
def _kind_pairs_res() -> tuple[tuple[re.Pattern, re.Pattern], ...]:
    """Each kind and its complement (vocab/complementary_kinds.csv) as whole-word patterns,
    both ways round."""
    def word(w: str) -> re.Pattern:
        return re.compile(rf"(?<![\w-]){re.escape(w)}\b", re.I)
    return tuple(pair for k, c in _complementary_kinds() for pair in ((word(k), word(c)), (word(c), word(k))))


def _complement_across(text: str, start: int, mid: int, end: int) -> bool:
    """Whether text[start:mid] names a kind and text[mid:end] its complement."""
    return any(a.search(text, start, mid) and b.search(text, mid, end) for a, b in _kind_pairs_res())


@functools.cache
def _act_date_re() -> re.Pattern:
    """"4.5 million tonnes came under the contract signed with the state firm in 2021, and ...":
    a participle of an act (vocab/policy_act_participles.csv), perhaps its party, then the
    year: the year dates the act, not the level, so the sentence's levels are still parts."""
    words = vocab.alternation(vocab.policy_act_participles(), ignore_case=True)
    return re.compile(rf"\b(?:{words})\s+(?:(?:with|by)\s+[^\d,;.]{{1,40}}?\s+)?(?:in|on)\s+(?:the\s+)?$", re.I)


def _tie(text: str, sent) -> int | None:
    """Where a sentence's parts begin: after its opening tie, or at its verb tie; None without one."""
    opening, verb, _ = _tie_res()
    m = opening.match(text, sent.start, sent.end)
    if m:
        return m.end()
    for m in verb.finditer(text, sent.start, sent.end):
        if _kinds_aside(text, m):
            continue
        return m.start()
    return None


# a relative clause opening right before a tie ("Total shipments, which also include barley
# and corn, reached ..."), and the comma closing it before any figure
_RELATIVE_BEFORE = re.compile(r"[,(]\s*(?:which|that)\s+(?:\w+ly\s+|also\s+)?$", re.I)
_CLAUSE_CLOSE = re.compile(r"[^\d,;()]*[,)]")


def _kinds_aside(text: str, tie: re.Match) -> bool:
    """Whether a tie sits in an aside that names kinds, not figures ("Total grain shipments,
    which also include barley and corn, reached 60 million tonnes, with barley at 5.1
    million"): the aside closes before its first figure, and the figure after it is the
    subject's, the whole of the kinds the aside names, no part of an earlier level."""
    return _RELATIVE_BEFORE.search(text, max(0, tie.start() - 30), tie.start()) is not None \
        and _CLAUSE_CLOSE.match(text, tie.end()) is not None


def _levels(text: str, start: int, end: int) -> list[re.Match]:
    """The levels between `start` and `end`, each with a unit: one left unsaid is the unit of
    the level before it (a level with no unit of its own or before it is left out)."""
    out, unit = [], None
    for m in _level_re().finditer(text, start, end):
        if (re.fullmatch(r"(?:19|20)\d\d", m["n"]) and not m["s"]) or _money_before(text, m.start()):
            continue  # (a year, or money)
        if not m["s"] and m["n"].isdigit() and _MODEL_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # (a model's number, "20 KC-390 jets", "10 Boeing 737 planes": no count)
        if m["ab"]:
            defined = _abbreviations(text).get(m["ab"])
            if defined is None:
                continue  # (capitals no unit the text defines: no level of a quantity)
            unit = defined
        elif m["u"]:
            unit = m["u"]
        elif unit is None or not m["s"]:
            continue  # (a bare number, or no unit to take: no level of a quantity)
        out.append(_Level(m, unit))
    return out


@functools.lru_cache(maxsize=4)
def _abbreviations(text: str) -> dict[str, str]:
    """The units a text abbreviates where it names them ("28.5 million net tons (NT)"): each
    abbreviation to the unit it stands for."""
    units = vocab.physical_unit_pattern()
    return {m[2]: m[1] for m in re.finditer(rf"\b({units})\s*\(([A-Z]{{2,4}})\)", text, re.I)}


@functools.cache
def _capital_units() -> frozenset[str]:
    """The units vocab/physical_units.csv writes in capitals ("MT", "MMT"): read only so written."""
    return frozenset(u for u in vocab.physical_units() if u.isupper())


class _Level:
    """A level as written, with the unit it is in (its own or its list's)."""

    def __init__(self, m: re.Match, unit: str):
        glued = m["s"] + m["u"] if m["s"] and m["u"] and m.end("s") == m.start("u") else None
        defined = _abbreviations(m.string).get(glued) if glued else None
        if (defined and glued.lower() == "".join(w[0] for w in defined.split()).lower()) \
                or (glued and glued in _capital_units() and m["u"] not in _capital_units()):
            # (only an abbreviation of the unit's own initials: "mmt" for "million metric tons (mmt)" holds the scale)
            # ("1.86 million metric tons (MT) ... 130,000 MT": a scale letter glued to a letter
            # the text abbreviates its unit as is that abbreviation, no "M" of million)
            # ("72,400 MT": capitals that spell a unit as the table writes it, vocab/physical_units.csv,
            # are that unit, unless what follows the scale letter is one too: "2.1 MMT" is M + MT)
            unit, scale = m["s"] + m["u"], None
        else:
            scale = m["s"]
        self.m, self.unit = m, unit
        v, e = _figure(m["n"])
        self.scale = _unit_scale(scale, unit)  # (its own scale word, or its unit's: "15.4 bcm" is 15.4 billion)
        k = vocab.scales().get((self.scale or "").lower(), 1.0)
        self.value, self.err = v * k, e * k
        self.bare, self.bare_err = v, e
        # (as written where it names its unit: "2.12 MMT", not "2.12 M MT")
        self.written = " ".join(m.group().split()) if m["u"] else " ".join(filter(None, (m["n"], m["s"], unit)))

    def readings(self, other: "_Level") -> list[tuple[float, float]]:
        """This level's value and rounding in `other`'s terms: as written, and where only one
        of them names its scale, with the scale shared ("7.8 million metric tons (MT)" ...
        "7.2 MT" is 7.2 million)."""
        out = [(self.value, self.err)]
        if not self.scale and other.scale:
            k = vocab.scales().get(other.scale.lower(), 1.0)
            out.append((self.bare * k, self.bare_err * k))
        elif self.scale and not other.scale:
            out.append((self.bare, self.bare_err))
        return out


def _one_quantity(text: str, a: _Level, b: _Level) -> bool:
    """Two levels of one unit, neither a rate ("per day") the other is not."""
    return _same_unit(a.unit, b.unit, None) and _rate_tail(text, a.m.end()) == _rate_tail(text, b.m.end())


def _maybe_whole(text: str, w: _Level, part: _Level) -> bool:
    """Whether a level may be the whole of a part: no rate unless the part is one. Its unit
    as written is not asked: one unit has many spellings ("7.8 million metric tons (MT)" ...
    "1.8 MT"), and a whole left out would make a part's share or sum look wrong; a whole of
    another unit only lets more through. But a whole whose unit is a spelling of another unit
    than the part's (vocab/unit_spellings.csv: a list in "million lb" after a level in "million
    tonnes") is none: the real whole may be unread, and no unit is converted."""
    return _rate_tail(text, w.m.end()) == _rate_tail(text, part.m.end()) and not _other_spelt_unit(w.unit, part.unit)


def _other_spelt_unit(a: str | None, b: str | None) -> bool:
    """Whether two units are both spellings of units (vocab/unit_spellings.csv), of two other ones."""
    if not a or not b:
        return False
    spelt = vocab.unit_spellings()
    ua, ub = spelt.get(" ".join(a.lower().split())), spelt.get(" ".join(b.lower().split()))
    return ua is not None and ub is not None and ua != ub


def _earlier_level(text: str, w: _Level) -> bool:
    """Whether a level is the earlier side of a change ("totaled 1.69 MMT, down 21.8 percent
    from 2.16 MMT in MY 2022/23"): another period's level, no whole of parts listed with no
    period of their own (a sentence of parts that names another period is no list of parts,
    vocab/quantity_part_ties.csv's stop words)."""
    return _EARLIER_BEFORE.search(text, max(0, w.m.start() - 60), w.m.start()) is not None


# the words right before a change's earlier level ("from 2.16 MMT", "compared with the 4.1 Mt",
# "up 19% on the 572,000 head": "on" only right after a change's per cent, else a place or a rank;
# "from December's 6.3 million": an earlier period in the possessive)
_EARLIER_BEFORE = re.compile(rf"(?:\b(?:from|than|against|versus|compared\s+(?:with|to))|\d\s*(?:%|per\s*cent|percent|pc)\s+on)"
                             rf"\s+(?:the\s+|a\s+|an\s+|(?-i:[A-Z][a-z]+)['’]s\s+)?{HEDGE}$", re.I)


# a sentence naming offers or bids: its parts may be of the quantity offered
_OFFER_WORD = re.compile(r"\b(?:offer|bid)", re.I)


@functools.cache
def _offered_re() -> re.Pattern:
    words = vocab.alternation([r["phrase"] for r in vocab.table("offered_quantity_cues")], ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{words})\s+{HEDGE}$", re.I)


def _offered_level(text: str, w: _Level) -> bool:
    """Whether a level is a quantity offered or sought ("after receiving offers totalling 2.1
    million tonnes", vocab/offered_quantity_cues.csv): no whole of the quantity bought, whose
    parts a tender report lists ("Of the quantity booked, ...")."""
    return _offered_re().search(text, max(0, w.m.start() - 40), w.m.start()) is not None


# the words right before a change's amount ("down 100,000 barrels a day", "an increase of 2 Mt")
_CHANGE_BEFORE = re.compile(rf"\b(?:up|down|by|an?\s+(?:increase|rise|gain|drop|fall|decline|decrease)\s+of)\s+{HEDGE}$", re.I)


def _names_a_whole(share: re.Match) -> bool:
    """Whether a share's words name the whole it is of ("or 7.6% of the total"), not a bare
    per cent ("or 7.6%")."""
    return re.search(r"\bof\b|share", share.group(0)[share.start("p") - share.start():], re.I) is not None


def _change_amount(text: str, w: _Level) -> bool:
    """Whether a level is the amount of a change, not a level: no whole a share may be of."""
    return _CHANGE_BEFORE.search(text, max(0, w.m.start() - 40), w.m.start()) is not None


def _one_count_of_people(text: str, a: _Level, b: _Level) -> bool:
    """Two levels counting people under two names (vocab/counted_people.csv: "2.9 million
    stopover visitors and 1.2 million cruise passengers"): listed as parts of one whole they
    are one count; neither a rate the other is not."""
    people = {w.lower() for w in vocab.counted_people()}
    return a.unit.lower().split()[-1] in people and b.unit.lower().split()[-1] in people \
        and _rate_tail(text, a.m.end()) == _rate_tail(text, b.m.end())


@functools.cache
def _one_part_words() -> tuple[str, ...]:
    return tuple(r["phrase"] for r in vocab.table("quantity_part_ties") if r["where"] == "one part")


@functools.cache
def _one_part_re() -> re.Pattern:
    """A comma, a word hanging one part on the level before (vocab/quantity_part_ties.csv,
    one part), perhaps a hedge, and the part's figure right after."""
    words = vocab.alternation(list(_one_part_words()), ignore_case=True, space=r"\s+")
    return re.compile(rf",\s*(?:{words})\s+{HEDGE}(?=\d)", re.I)


# the rest of a part's clause, to its comma or the sentence's end
_CLAUSE_REST = re.compile(r"[^,;]*")


def _one_part_after_comma(text: str, sent) -> Finding | None:
    """"Exports reached 4.1 million tons in the season, including 3.2 million tons of corn":
    one part hung by a comma on the clause before it is a part of that clause's level, so it
    can never exceed it. Only the sentence's own levels before the comma are wholes (one part
    alone says nothing of a whole further back), every one of them (an earlier side of a
    change too: the part need only fit one), and at least one must be a current level. Only
    the first level after the word is the part; one its clause sets against another period
    or gives as a change ("including 3.2 million tons more than a year ago") is none."""
    m = _one_part_re().search(text, sent.start, sent.end)
    if m is None:
        return None
    after = _levels(text, m.end(), sent.end)
    if not after or after[0].m.start() > m.end() + 20:
        return None
    part = after[0]
    rest = _CLAUSE_REST.match(text, part.m.end(), sent.end)
    if _tie_res()[2].search(text, part.m.end(), rest.end()) or _change_amount(text, part):
        return None
    wholes = [w for w in _levels(text, sent.start, m.start())
              if _maybe_whole(text, w, part) and _one_quantity(text, w, part) and not _change_amount(text, w)]
    if not any(not _earlier_level(text, w) for w in wholes):
        return None
    return _judge(text, [part], wholes)


def _judge(text: str, parts: list[_Level], wholes: list[_Level]) -> Finding | None:
    if not wholes or not all(_one_quantity(text, p, parts[0]) or _one_count_of_people(text, p, parts[0]) for p in parts):
        return None
    low = sum(p.value - p.err for p in parts)
    if any(low <= v + e for w in wholes for v, e in w.readings(parts[0])):
        return None  # (within one whole it may be of)
    whole = max(wholes, key=lambda w: w.value)
    total = sum(p.value for p in parts)
    scale = parts[0].scale or ""
    k = vocab.scales().get(scale.lower(), 1.0)
    fields = {"parts": " + ".join(p.written for p in parts),
              "sum": f"{total / k:,.6g} {parts[0].written[len(parts[0].m['n']):].strip()}", "whole": whole.written}
    return Finding(id="", check="bound", status=Status.INCONSISTENT, severity=Severity.ERROR, claims=[],
                   spans=[(whole.m.start(), whole.m.end())] + [(p.m.start(), p.m.end()) for p in parts],
                   message=render("bound", "parts", False, fields), expected=whole.value, observed=total)


@functools.cache
def _share_re() -> re.Pattern:
    """A share right after a level, of a whole it does not name ("2.71 million TEU, or 52.7%
    of the total", "1.31 million TEU of the hinterland traffic, a share of 51.2%", "took 402,000 tons, giving it a
    17% share of the month's exports", "212,000 MT, a 47 percent market share"): the words
    after the part (no figure, no clause's end), the tie, the share, and nothing after it but
    the words of a whole that give no figure ("of the total", "of the total import volume",
    "of imports") and the clause's end (a share of a whole stated beside it is check/volumes.py's)."""
    rows = vocab.table("quantity_part_ties")
    tie, whole, counted, sent = (vocab.alternation([r["phrase"] for r in rows if r["where"] == where], ignore_case=True, space=r"\s+")
                                 for where in ("share", "unstated whole", "total noun", "owner flow"))
    # ("of the country's total truck exports": a total named with its owner and kind)
    # ("or 30% of the kingdom's overseas shipments": an owner's flow, perhaps of a kind, with no
    # "total": the whole is one of the levels stated before, as with "of exports")
    # ("of total sawn hardwood exports": a product of two words between)
    whole = (rf"(?:the\s+)?(?:[\w-]+'s\s+)?(?P<t>total)\s+(?:[a-z-]+\s+){{0,2}}?(?:{counted})"
             rf"|the\s+[\w-]+['’]s\s+(?:[a-z-]+\s+)?(?:{counted})|{whole}"
             # ("of everything the UK sent abroad": all an owner of a word or two moved, its flow's whole)
             rf"|everything\s+(?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+)?\s+(?:{sent})")
    # ("received 208,000 tonnes of waste in 2021, or 38.7%": the part's year may stand before its share)
    gap = r"(?:[^.;:%\d$€£¥()]|(?<!\d)(?:19|20)\d\d(?![\d.,]\d))"
    # (", or about 59% of the total": a hedge before the share lets it stray as a hedged figure does)
    hedge = vocab.alternation(vocab.hedges(), ignore_case=True, space=r"\s+")
    # ("about 180 million kilograms - so 40 percent": a spoken dash stands for the comma)
    # ("supplied 5.8m tonnes, roughly 17 per cent;": a hedged per cent that closes the clause
    # of a part is its share with the tie left out; the clause must end right after it, or
    # after the words of a whole that give no figure: "exported 7.4 Mt, about 66 percent of output.")
    bare_whole = whole.replace("(?P<t>", "(?:")  # (the lookahead's copy: no second named group)
    # ("taking 32.5 mn kg or 13.0% of total exports": "or" right after the level, no comma, restates it)
    # ("reached 379,600 tonnes (75.92 million boxes), 91.4% of the season total": the level
    # restated in another unit in brackets right after it, no per cent in them, is passed over)
    scale = vocab.alternation(list(vocab.scales()), ignore_case=True)
    restated = rf"(?:\s*\(\s*\d[\d,]*(?:\.\d+)?\s*(?:(?:{scale})\s+)?[^\W\d][^()%\d]{{0,30}}\))?"
    # ("379,600 tonnes, 91.4% of the season total": a share with no tie word after the comma
    # is the level's only where it names its whole right after it, as an apposition does)
    appositive = rf"(?=\d+(?:\.\d+)?\s*{PER_CENT}\s+of\s+(?:{bare_whole})\s*(?:[.,;]|$))"
    return re.compile(rf"{restated}(?:{gap}{{0,60}}?(?:,|\s[-–—])\s*|\s+(?=or\s))(?:(?:{tie})\s+(?P<h>(?:{hedge})\s+)?"
                      rf"|(?P<bare>(?:{hedge})\s+(?=\d+(?:\.\d+)?\s*{PER_CENT}(?:\s+of\s+(?:{bare_whole}))?\s*(?:[.;]|$)))|{appositive})(?P<p>\d+(?:\.\d+)?)\s*{PER_CENT}"
                      rf"(?:\s+(?:market\s+)?share)?(?:\s+of\s+(?:{whole}))?\s*(?=[.,;]|$)", re.I)


def share_findings(text: str, sentences) -> list[Finding]:
    """A ratio finding for each share of a level that no earlier level of its unit gives: the
    whole it is of is one of them, which one the words do not say."""
    out = []
    quotes = None
    for sent in sentences:
        part_text = text[sent.start:sent.end]
        if "%" not in part_text and "cent" not in part_text and "pc" not in part_text:
            continue  # (the literal checked first: cheap; "a 62pc share" is Argus's per cent)
        levels = _levels(text, sent.start, sent.end)
        named = _named_count_levels(text, sent)
        for part in levels + _bare_counts_with_shares(text, sent, levels) + named:
            m = _share_re().match(text, part.m.end(), sent.end) or _bracketed_share_re().match(text, part.m.end(), sent.end)
            # ("followed by Canada with 6.6 million (25%)": a listed level whose unit is the one
            # before it is a part too where its share stands in brackets right after it)
            listed = m is not None and m.re is _bracketed_share_re() and bool(part.m["s"])
            if m is None or not (part.m["u"] or part.m.re in (_BARE_COUNT, _NAMED_COUNT) or listed):
                continue
            if _change_amount(text, part) and not _names_a_whole(m):
                continue  # ("a decline of 2,314 units, or 7.6%, to 28,131 units": the change in per cent, no share)
            if quotes is None:
                quotes = refuted_quotes(text)  # (once a text)
            opening = _opening_whole(text, sent, part) or _of_which_whole(text, sent, part)
            if opening is not None:
                # ("Of the 8,200 kg offered, 7,900 kg, or 96 per cent, was sold": the whole is
                # the level the sentence opens on, even where a misprinted part exceeds it)
                wholes = [opening]
            else:
                wholes = [w for w in _levels(text, 0, part.m.start())
                          if max(v for v, _ in w.readings(part)) > part.value and _maybe_whole(text, w, part)
                          and not _refuted_level(text, w, quotes) and not _change_amount(text, w)]
                # (the count its sentence names, "the number of vessels ... stood at 186", is a whole too)
                wholes += [w for w in named if w.m.end() <= part.m.start() and w.value > part.value]
            f = _share_judge(part, m, wholes, [w for w in wholes if _after_share(text, w, sent.end) == w.m.end()])
            if f is not None:
                out.append(f)
    return out


# a count written out in grouped digits, no scale or unit ("44,000"); groups s and u stay empty
_BARE_COUNT = re.compile(r"(?<![$€£¥\w.,])(?P<n>\d{1,3}(?:,\d{3})+)(?![\d,.]\d)(?P<s>(?!))?(?P<u>(?!))?")


def _bare_counts_with_shares(text: str, sent, levels: list[_Level]) -> list[_Level]:
    """"at 112,000 units, ..., followed by Kyrgyzstan at 44,000 (14.9%)": a bare grouped count
    with its share in brackets, after a level of the same sentence in a counted unit
    (vocab/unit_spellings.csv: "units", "cars") with no scale, is a count in that unit."""
    counted = [lv for lv in levels if not lv.scale and vocab.unit_spellings().get(lv.unit.lower()) == "units"]
    if not counted or "(" not in text[sent.start:sent.end]:
        return []
    out = []
    for m in _BARE_COUNT.finditer(text, counted[0].m.end(), sent.end):
        if _bracketed_share_re().match(text, m.end(), sent.end):
            out.append(_Level(m, counted[0].unit))
    return out


# a bare whole number that ends its clause ("stood at 186,", "accounted for 132,"): no per
# cent, no unit of its own; groups s and u stay empty
_NAMED_COUNT = re.compile(r"(?<![$€£¥\w.,])(?P<n>\d{1,3}(?:,\d{3})+|\d{1,3})(?![\d,.]\d)(?=\s*(?:[,;)]|\.(?:\s|$)|$))(?P<s>(?!))?(?P<u>(?!))?")


@functools.cache
def _count_subject_re() -> re.Pattern:
    """A sentence opening on a count of whole things: "The number of vessels ...", words of a
    count (vocab/count_subjects.csv), then a unit counting whole things (vocab/whole_count_units.csv)."""
    subjects = vocab.alternation([r["phrase"] for r in vocab.table("count_subjects")], ignore_case=True, space=r"\s+")
    kind = vocab.alternation(vocab.unit_modifiers(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*(?:{subjects})\s+(?:(?:{kind})\s+){{0,2}}(?P<u>{unit_alternation()})\b", re.I)


def _named_count_levels(text: str, sent) -> list[_Level]:
    """"The number of vessels ordered stood at 186, of which bulk carriers accounted for 132, or
    about 71%": in a sentence opening on a count of whole things, the bare whole numbers that
    end a clause are levels of that count, so a share of one part of it is checked."""
    if "number of" not in text[sent.start:sent.start + 40].lower():
        return []  # (the literal checked first: cheap)
    m = _count_subject_re().match(text, sent.start, sent.end)
    if m is None:
        return []
    spelt = vocab.unit_spellings().get(m["u"].lower(), m["u"].lower())
    if spelt not in vocab.whole_count_units():
        return []
    return [_Level(n, m["u"]) for n in _NAMED_COUNT.finditer(text, m.end(), sent.end)
            if not re.fullmatch(r"(?:19|20)\d\d", n["n"])]


# a sentence opening on its whole: "Of the 8,200 kg offered at the auction, ..."
_OPENING_OF = re.compile(r"\s*Of\s+(?:the|its|their|this|that|these)\s+", re.I)


def _opening_whole(text: str, sent, part: _Level) -> _Level | None:
    """The level a sentence opens on after "Of the" when `part` comes after it in that sentence
    and is of its unit: the whole the part's share is of ("Of the 8,200 kg offered, 7,900 kg,
    or 96 per cent, was sold"). None where the sentence opens otherwise."""
    if text[sent.start:sent.start + 8].lstrip()[:3].lower() != "of ":
        return None  # (the literal checked first: cheap)
    m = _OPENING_OF.match(text, sent.start, sent.end)
    if m is None:
        return None
    levels = _levels(text, m.end(), part.m.start())
    if not levels or levels[0].m.start() != m.end() or not _one_quantity(text, levels[0], part):
        return None
    return levels[0]


# "..., of which" right before a part: the part is of the level its clause closes on
_OF_WHICH = re.compile(r",\s*of\s+which\s+$", re.I)


def _of_which_whole(text: str, sent, part: _Level) -> _Level | None:
    """The level right before ", of which" when `part` follows those words at once and is of
    its unit ("exported 2.6 million tonnes that year, of which 2.4 million tonnes, or 92 per
    cent, went ..."): the whole the part's share is of, not any larger level before it."""
    head = text[max(sent.start, part.m.start() - 12):part.m.start()]
    if "which" not in head:
        return None  # (the literal checked first: cheap)
    tie = _OF_WHICH.search(text, sent.start, part.m.start())
    if tie is None:
        return None
    levels = _levels(text, sent.start, tie.start())
    if not levels or re.search(r"[\d;:]", text[levels[-1].m.end():tie.start()]) or not _one_quantity(text, levels[-1], part):
        return None
    return levels[-1]


# the words between a sentence's opening whole and the comma after it ("Of the 9 million
# tonnes shipped last year, ..."): no figure, no clause's end
_OPENING_WHOLE_TAIL = re.compile(r"[^\d,;:.()%]{0,40},")


def _opened_whole(text: str, sent) -> tuple[_Level, int] | None:
    """The level a sentence opens on after "Of the" when a comma follows it, its parts after
    ("Of the 9 million tonnes, 5 million went by sea and 4 million by rail"), and where its
    parts begin (after that comma); else None."""
    if text[sent.start:sent.start + 8].lstrip()[:3].lower() != "of ":
        return None  # (the literal checked first: cheap)
    m = _OPENING_OF.match(text, sent.start, sent.end)
    if m is None:
        return None
    levels = _levels(text, m.end(), sent.end)
    if not levels or levels[0].m.start() != m.end() or not levels[0].m["u"]:
        return None
    tail = _OPENING_WHOLE_TAIL.match(text, levels[0].m.end(), sent.end)
    if tail is None:
        return None
    return levels[0], tail.end()


@functools.cache
def _scaled_figure_re() -> re.Pattern:
    """A figure with its scale word and perhaps a unit ("5 million", "4 million tonnes"), its
    groups those of _level_re's (n, s, u), money before it left out by the caller. (Not a
    scale letter that opens a unit per something: "160,000 b/d" is barrels a day.)"""
    scale = vocab.alternation(list(vocab.scales()), ignore_case=True)
    return re.compile(rf"(?<![$€£¥\w.,])(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<s>{scale})\b(?!/)(?!\s*%)"
                      rf"(?:\s*(?P<u>{unit_alternation()})\b)?", re.I)


def _levels_after_opening(text: str, sent, start: int) -> list[_Level]:
    """The levels of `sent` from `start`; in a sentence an opening tie starts ("Of these, 16
    million tonnes went by sea, 9 million by rail and the remaining 4 million by road"), a
    scaled figure with no unit after the first level is in that level's unit too."""
    levels = _levels(text, start, sent.end)
    if levels and levels[0].m["u"] and _tie_res()[0].match(text, sent.start, sent.end):
        return _opened_parts(text, levels[0], levels[0].m.start(), sent.end) or levels
    return levels


def _opened_parts(text: str, whole: _Level, start: int, end: int) -> list[_Level]:
    """The parts after an opening whole's comma: each figure with a scale word in the whole's
    unit, said or left to it ("Of the 9 million tonnes, 5 million went by sea ..."); none
    where a figure names another unit or is money."""
    out = []
    for m in _scaled_figure_re().finditer(text, start, end):
        if _money_before(text, m.start()):
            return []
        if m["u"] and not _same_unit(m["u"], whole.unit, None):
            return []
        out.append(_Level(m, whole.unit))
    return out


def _one_count(a: str, b: str) -> bool:
    """Whether a share may divide a level in unit `a` by one in unit `b`: one unit, or two
    names of things counted one by one ("1.2 million units, or 24% of total vehicle
    exports"; vocab/counted_unit_names.csv); never stems by tonnes."""
    names = vocab.counted_unit_names()
    return _same_unit(a, b, None) or (a.lower() in names and b.lower() in names)


def _refuted_level(text: str, w: _Level, quotes) -> bool:
    """Whether the text says a level is not the fact, as a fact check does ("Rice imports did
    not reach 5 million tons", "short of the five million tons the candidate cited", a quoted
    claim it rates false; vocab/refutation_cues.csv, verdict_cues.csv): no whole to try."""
    before, after = refutation_res()
    start, end = w.m.start(), w.m.end()
    return (before.search(text, max(0, start - 30), start) is not None or after.match(text[end:end + 60]) is not None
            or any(a <= start < b for a, b in quotes))


def _share_judge(part: _Level, m: re.Match, wholes: list[_Level], unshared: list[_Level]) -> Finding | None:
    """No finding where one whole the share may be of gives it; else one against the whole
    stated nearest before the part that has no share of its own (a level with one is another
    part: "Colombia imported 6.4 MMT. U.S. corn accounted for 4.1 MMT (64 percent), followed by
    Argentina with 1.6 MMT (25 percent)": 1.6 is of 6.4, not of 4.1, nor of a forecast further back)."""
    if not wholes:
        return None  # (no whole stated: nothing to check the share against)
    p, ep = _figure(m["p"])
    hedged = bool(m.groupdict().get("h") or m.groupdict().get("bare"))
    if hedged:
        # ("about 70 per cent": the hedge and the round zero are one imprecision, the wider of
        # the two, not their sum, which would let a share of 82% pass as "about 70")
        ep = max(ep, p * approx_width(p, 2 * ep)) if m.groupdict().get("bare") else ep + p * approx_width(p, 2 * ep)
    for v, e in (r for w in wholes for r in w.readings(part)):
        lo = (part.value - part.err) / (v + e) * 100
        hi = (part.value + part.err) / (v - e) * 100 if v > e else float("inf")
        if p - ep <= hi and lo <= p + ep:
            return None  # (one whole it may be of gives the share)
    # (a share divides a quantity by one of its own unit: "700 million stems, equivalent to
    # some 50,000 tonnes ... 596 million stems, or 78% of the total" is of the stems; with no
    # whole of the part's unit, the whole is unknown and nothing is flagged)
    wholes = [w for w in wholes if _one_count(part.unit, w.unit)]
    unshared = [w for w in unshared if _one_count(part.unit, w.unit)]
    # ("imported 14.6 mn t in 2023, up from 12.1 mn t in 2022 ... Iran shipped 9.0 mn t, a 62pc
    # share of the total": the earlier side of a change is the nearest, not the whole meant)
    unshared = [w for w in unshared if not _earlier_level(w.m.string, w)] or unshared
    # ("India shipped 22.2 Mt ... about 40% of world rice trade of 55.4 Mt. White rice accounted
    # for 10.3 Mt of last year's shipments, or 46% of the total": a share whose words name no
    # world trade is of the shipments the text is on, not of the world's named nearer)
    if not _names_world_trade(m.group(0)):
        unshared = [w for w in unshared if not _world_level(w.m.string, w)] or unshared
    if not wholes or not unshared:
        # ("China: 1,385 million lb (53.0%)" over "United States: 492 million lb (18.8%)": a
        # level with a share of its own is another part; with no level free of one, the whole
        # is unread, perhaps in a unit no level is read in)
        return None
    # ("exported 681,000 head, up 19% on the 572,000 head exported in 2022 ... 422,000 head, or
    # 72% of the total": a share of the total is of the current period's whole, not the base of
    # a change, wherever the current whole is stated in the unit)
    wholes = [w for w in wholes if not _earlier_level(w.m.string, w)] or wholes
    whole = unshared[-1] if unshared else min(wholes, key=lambda w: abs(part.value / w.value * 100 - p))
    if m.groupdict().get("t"):
        whole = max(wholes, key=lambda w: w.value)  # ("of the country's total ... exports": the largest)
    share = part.value / whole.value * 100
    fields = {"part": part.written, "whole": whole.written, "share": f"{share:.1f}%", "text": f"{m['p']}%",
              "bound": "approx" if hedged else "eq"}
    return Finding(id="", check="ratio", status=Status.INCONSISTENT, severity=Severity.ERROR, claims=[],
                   spans=[(part.m.start(), part.m.end()), m.span("p"), (whole.m.start(), whole.m.end())],
                   message=render("ratio", "share", False, fields), expected=round(share, 1), observed=p)


@functools.cache
def _world_trade_re() -> re.Pattern:
    """The whole world's trade, perhaps of a product (vocab/world_cues.csv, with up to two
    words inside: "world rice trade", "global steel exports")."""
    alts = []
    for phrase in vocab.world_cues():
        words = phrase.split()
        if len(words) >= 2:
            alts.append(rf"{re.escape(words[0])}\s+(?:[\w-]+\s+){{0,2}}?" + r"\s+".join(map(re.escape, words[1:])))
    return re.compile(rf"\b(?:{'|'.join(alts)})\b", re.I)


def _names_world_trade(words: str) -> bool:
    return _world_trade_re().search(words) is not None


def _world_level(text: str, w: _Level) -> bool:
    """Whether a level is stated as the world's trade: "world rice trade of 55.4 Mt"."""
    before = text[max(0, w.m.start() - 40):w.m.start()]
    cue = None
    for cue in _world_trade_re().finditer(before):
        pass
    return cue is not None and _TO_LEVEL.fullmatch(before, cue.end()) is not None


# from the world's trade to its level: " of ", " was ", " reached about "
_TO_LEVEL = re.compile(r"(?:\s+(?:of|was|were|is|are|at|reached|totall?ed|stood\s+at|came\s+to)){0,2}\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?")


@functools.cache
def _bracketed_share_re() -> re.Pattern:
    """A share in brackets right after a level, nothing else in them ("Indonesia ranked second
    with 1.16 MMT (14.3 percent)", "Canada 41.5 kt (8.5% of the total)"): the level's share of
    a whole stated before. A sign or a change word in the brackets makes it a change ("(+3%)",
    "(up 3%)"), which this does not match."""
    whole = vocab.alternation([r["phrase"] for r in vocab.table("quantity_part_ties") if r["where"] == "unstated whole"],
                              ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*\(\s*(?P<p>\d+(?:\.\d+)?)\s*{PER_CENT}(?:\s+of\s+(?:{whole}))?\s*\)", re.I)


def _unless_adding_up(parts: list, wholes: list, named) -> list[Finding]:
    """A sum finding on `named` when no reading of the `parts` (each to its rounding, in the
    unit of the whole it is set against) adds up to any of the `wholes`; else none. The words
    make these lists complete (a joint sum, a Total line, a rest, a kind and its complement),
    so parts falling short are as wrong as parts running over."""
    for whole in wholes:
        for combo in itertools.product(*(p.readings(whole) for p in parts)):
            if abs(sum(v for v, _ in combo) - whole.value) <= sum(e for _, e in combo) + whole.err + 1e-9:
                return []  # (one reading of the parts gives one whole)
    # (the sum shown in the reading nearest the whole: "5.4 mt + 2.9 mt" against "8.6 million
    # tonnes (mt)" is in millions)
    combo = min(([p.readings(named)[k] for p in parts] for k in (0, -1)), key=lambda c: abs(sum(v for v, _ in c) - named.value))
    total = (sum(v for v, _ in combo), sum(e for _, e in combo))
    return sum_finding(total, " + ".join(p.written for p in parts), (parts[0].m.start(), parts[-1].m.end()),
                       named.m["n"], named.m["s"], named.unit, named.m.span())


@functools.cache
def _colon_total_res() -> tuple[re.Pattern, re.Pattern]:
    """A sum's cue right before a level ("a combined 9.1 million tonnes:"), and the words from
    a level to its colon, perhaps ending on such a cue ("312,000 tonnes from the three
    neighbours combined:"), with no word after the colon that makes the list a selection
    ("including", "such as"; vocab/colon_total_cues.csv, as check/other_money.py reads money)."""
    total, opening = colon_total_words()
    return (re.compile(rf"\b(?:{total})\s+$", re.I),
            re.compile(rf"[^\d;:.()$€£¥%\n]{{0,60}}?(?P<cue>\b(?:{total}))?\s*:(?!\s*(?:{opening})\b)[ \t]*", re.I))


# between two listed levels: the rest of one item and the opening of the next, no clause's end
_BETWEEN_LEVELS = re.compile(r"[^;:()$€£¥%\d\n]{1,80}")


def _colon_lists(text: str, sent) -> list[Finding]:
    """"The three mills handled a combined 9.1 million tonnes: 4.2 million tonnes at the first,
    3.1 million tonnes at the second and 1.8 million tonnes at the third": a level named a sum
    before a colon, and the closed list of levels of its unit right after the colon (items
    apart by commas, "and" before the last), are one sum: the parts must add up to it."""
    cue_before, to_colon = _colon_total_res()
    levels = _levels(text, sent.start, sent.end)
    for k, whole in enumerate(levels[:-2]):
        colon = to_colon.match(text, whole.m.end(), sent.end)
        if colon is None or not (colon["cue"] or cue_before.search(text, max(sent.start, whole.m.start() - 20), whole.m.start())):
            continue
        later = levels[k + 1:]
        if later[0].m.start() != colon.end():
            return []  # (words before the first item: no plain list of the sum's parts)
        parts = [later[0]]
        for p in later[1:]:
            gap = text[parts[-1].m.end():p.m.start()]
            if not _BETWEEN_LEVELS.fullmatch(gap) or not re.search(r",|\band\b", gap):
                return []
            parts.append(p)
            if re.search(r"\band\b", gap):
                break  # (the item after "and" closes the list)
        else:
            return []
        if not all(_one_quantity(text, p, whole) for p in parts):
            return []
        return _unless_adding_up(parts, [whole], whole)
    return []


@functools.cache
def _every_kind_re() -> re.Pattern:
    """The words after a level that say it counts every kind of its product ("24,000 tonnes of
    cocoa of all grades"; vocab/every_kind_qualifiers.csv)."""
    words = vocab.alternation(vocab.every_kind_qualifiers(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s+of\s+[^\W\d][\w'’ -]{{0,30}}?\s+(?:{words})\b", re.I)


def _every_kind_wholes(text: str, before, part: _Level) -> list[_Level]:
    """"Exports reached 24,000 tonnes of cocoa of all grades. Volume was down 3% from 25,100
    tonnes in April." over bullets of grades: where the sentence right before the bullets
    gives no current level, a level of its paragraph said to count every kind of its product
    is the whole the bullets (its kinds) are of."""
    start = text.rfind("\n\n", 0, before.start) + 1
    if not any(w in text[start:before.start].lower() for w in ("all", "every")):
        return []  # (every qualifier names all or every kind: the literals first, cheap)
    return [w for w in _levels(text, start, before.start)
            if _every_kind_re().match(text, w.m.end()) and _maybe_whole(text, w, part) and not _earlier_level(text, w)]
