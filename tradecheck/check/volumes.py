"""`percent_change` of a physical quantity within one sentence: "moved 663,000 TEUs in March,
up 8.2% y/y from 612,800 TEUs", "8.01 million TEUs, 12.5% fewer than the 9.15 million".

Quantities are no claims (a change of tonnes says nothing of the money beside it, see
link/cues.py), so the constraint system never sees them; but a sentence that gives both
levels of a quantity and the change between them can be checked on its own, in the units it
names (vocab/physical_units.csv). Every figure is taken to its rounding as written (a level
with trailing zeros, "8,630,000", to the last digit that is not one), so only a change the two
levels cannot give is flagged."""
from __future__ import annotations

import dataclasses
import functools
import re

from .. import vocab
from ..link.cues import HEDGE
from ..model import Finding
from ..normalise.intervals import approx_width, half_last_digit
from .catalogue import Severity, Status, render

# a per cent as quantity desks write it: "%", "per cent", "percent", and Argus's "72pc" (in
# lower case, no letter after it: not the "PC" of personal computers, not "pcs")
PER_CENT = r"(?:%|per\s*cent|percent|(?-i:pct?)(?![a-z]))"


@functools.cache
def unit_alternation() -> str:
    """Every unit the quantity checks read (vocab.checked_units), as one regex alternation,
    built once for the readers here and in quantity_parts.py and table_arithmetic.py."""
    return vocab.alternation(vocab.checked_units(), ignore_case=True, space=r"\s+")


def scale_gap(scale: str) -> str:
    """What stands between a level's number and its scale word (the alternation `scale`):
    spaces, or a hyphen as South African desks write it ("66.3-million tonnes", as they write
    "R1.2-billion"); a hyphen before a unit with no scale stays out ("a 5-tonne truck" is no level)."""
    return rf"(?:-(?=(?:{scale})(?![a-z]))|\s*)"


@functools.cache
def level_pattern() -> str:
    """A level in a physical unit ("60.9 tons", "1.54 million tonnes"), as a pattern whose
    groups are named n{i} (the number), s{i} (its scale) and u{i} (the unit): `.format(i=1)`."""
    units = unit_alternation()
    scale = vocab.alternation(list(vocab.scales()), ignore_case=True)
    # ("3.1 million light vehicles": a word for a kind of the thing counted may sit before the
    # unit, vocab/unit_modifiers.csv; the level is still in that unit)
    kind = vocab.alternation(vocab.unit_modifiers(), ignore_case=True)
    # ("40.4 million 60-kg bags": the bags counted, the weight of one between them and the
    # number, vocab/package_weights.csv, as quantity_parts.py reads it)
    weight = vocab.alternation(vocab.package_weights(), ignore_case=True)
    # (the tonne's symbol glued to its number, "from 273,000t", is a unit too: only so written)
    # ("handled 529 000 units": thousands grouped by spaces are one number, as
    # quantity_parts.py reads them; its tail "000" is no level of its own)
    return rf"(?<![$€£¥\w.,])(?<!\d[ \xa0\u2009\u202f])(?P<n{{i}}>\d{{{{1,3}}}}(?:[ \xa0\u2009\u202f]\d{{{{3}}}})+(?:\.\d+)?(?![\d,])|\d[\d,]*(?:\.\d+)?){scale_gap(scale)}(?:(?P<s{{i}}>{scale})(?![a-z]))?\s*" \
           rf"(?:\d+(?:\.\d+)?\s?-?\s?(?:{weight})\.?\s+)?(?:(?:{kind})\s+){{{{0,2}}}}(?P<u{{i}}>{units}|(?<=\d)t)\b"


@functools.cache
def _level_re(i: int) -> re.Pattern:
    """One level of a quantity, its groups numbered `i` ("2.29 million passenger cars"): the
    readers of a change in one sentence against the levels of the sentence before share it."""
    return re.compile(level_pattern().format(i=i), re.I)


@functools.cache
def _change_re() -> re.Pattern:
    p = _change_parts()
    return re.compile(rf"{p['new']}(?:{p['verb']}|{p['words']}{p['tie']}){p['change']}\s+{p['old']}", re.I)


@functools.cache
def _change_back_re() -> re.Pattern:
    """"Mexico expects to ship about 110,000 metric tons ... That would be 4.8% more than the
    105,000 tons shipped for last year's game": a sentence that opens by pointing back
    (vocab/quantity_share_ties.csv, "before"), then the change and its earlier level."""
    p = _change_parts()
    ties = vocab.alternation([r["phrase"] for r in vocab.table("quantity_share_ties") if r["where"] == "before"],
                             ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*(?:{ties})\s+{HEDGE}{p['change']}\s+{p['old']}", re.I)


@functools.cache
def _total_change_back_re() -> re.Pattern:
    """"The total is 21 percent above the 34.2 tonnes seized in 2012": a sentence that opens on
    the total it points back to (vocab/quantity_share_ties.csv, "total"), then the change and
    its earlier level."""
    p = _change_parts()
    ties = vocab.alternation([r["phrase"] for r in vocab.table("quantity_share_ties") if r["where"] == "total"],
                             ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*(?:{ties})\s+{HEDGE}{p['change']}\s+{p['old']}", re.I)


# the words right before a level that name it a total ("totaling 41.5 tonnes", "a total of")
_TOTALLED_BEFORE = re.compile(r"\b(?:total(?:l?ing|l?ed)?|combined)\s+(?:of\s+)?(?:some\s+|about\s+|around\s+|nearly\s+)?$", re.I)


def _changes_of_a_total_back(text: str, sentences, i: int) -> list[Finding]:
    """A change whose sentence opens on "The total" ("The total is 21 percent above the 34.2
    tonnes seized in 2012"), checked against the level the text last named a total as its new
    level: the one level right after a word of totalling ("made 18 seizures, totaling 41.5
    tonnes") in the nearest sentence before (in its paragraph or the one before) that has
    any. Where that sentence has two such, or none is found, which total is meant is a guess."""
    m = _total_change_back_re().match(text, sentences[i].start, sentences[i].end)
    if m is None or not (m["s0"] or m["u0"]):
        return []  # (a bare "from 9" is no level)
    for s in reversed(_sentences_before(sentences, i)):
        totals = [o for o in _level_re(1).finditer(text, s.start, s.end)
                  if _TOTALLED_BEFORE.search(text, max(s.start, o.start() - 30), o.start())]
        if not totals:
            continue
        if len(totals) != 1:
            return []
        o = totals[0]
        if m["u0"] and not _same_unit(o["u1"], m["u0"], None) or _rate_tail(text, o.end("u1")) != _rate_tail(text, m.end("u0") if m["u0"] else m.end()):
            return []  # (two units, or a rate against a level: nothing to compare)
        sign = _direction(m["d"] or m.groupdict().get("c"))
        if sign is None or (m["br"] and not text.startswith(")", m.end())):
            return []
        f = _verdict(o, m, sign, m["p"] or m["q"], m.span("p" if m["p"] else "q"), m.end())
        return [f] if f is not None else []
    return []


@functools.cache
def _flow_noun_change_re() -> re.Pattern:
    """"Deliveries rose by 47% from 15.4 bcm in 2022": a sentence that opens on a noun of the
    flow (vocab/flow_nouns_of_verbs.csv) and a verb of change (vocab/changes.csv), then the
    percent and the earlier level: the new level is the one the sentence before gave."""
    p = _change_parts()
    nouns = vocab.alternation(list(vocab.flow_nouns_of_verbs()), ignore_case=True)
    verbs = vocab.alternation([w for w, d in vocab.changes().items() if d], ignore_case=True)
    return re.compile(rf"\s*(?:the\s+)?(?P<fn>{nouns})\s+(?P<d>{verbs})\s+(?:by\s+)?{HEDGE}"
                      rf"(?P<p>\d+(?:\.\d+)?)\s*{PER_CENT}{p['since']}\s+{p['old']}", re.I)


@functools.cache
def _change_parts() -> dict[str, str]:
    """The pieces of a change of a quantity within one sentence: the new level, the words and
    the tie after it, the change, its earlier level."""
    units = unit_alternation()
    scale = vocab.alternation(list(vocab.scales()), ignore_case=True)  # (the money scales: vocab/scales.csv)
    # (the tonne's symbol glued to its number, "down 3% from 121,600t": a unit too, only so
    # written, vocab/unit_spellings.csv; a bare "t" apart from a number is no unit)
    # ("14.56mn t", Argus's million tonnes: a unit that opens with a scale word,
    # vocab/physical_units.csv, is read whole, its scale word no scale of its own, or the
    # level would keep "mn" and lose its unit)
    scaled = "".join(rf"(?!(?<={re.escape(u.split()[0])})\s?{re.escape(u.split()[1])}\b)"
                     for u in vocab.physical_units() if len(u.split()) == 2 and u.split()[0].lower() in vocab.scales())
    level = rf"(?<![$€£¥\w.,])(?P<{{n}}>\d[\d,]*(?:\.\d+)?){scale_gap(scale)}(?:(?P<{{s}}>{scale})(?![a-z]){scaled})?\s*(?P<{{u}}>{units}|(?<=\d)t)?\b"
    # (a unit's abbreviation defined beside it, "million metric tons (MT)", names the old level's unit)
    # (a word may qualify the new level's unit: "171,800 passenger cars", "9,000 electric vehicles")
    # (or a size: "66.4 million 60-kg bags")
    # (a scale is a word of its own: the "m" of "106,400 metric tons" is no million; and the
    # qualifying word is none of a unit's own words, the "metric" of "metric tons")
    # (or a size written as one word, "169.4 million 15kg cartons": the weight of one package,
    # vocab/package_weights.csv, no level of its own)
    weight = vocab.alternation(vocab.package_weights(), ignore_case=True)
    size = rf"\d+(?:\.\d+)?\s?(?:{weight})\.?\s+(?=(?:{units})\b)"
    # (or a kind of the thing counted in two words, "1.4 billion de minimis shipments",
    # vocab/unit_modifiers.csv)
    kind = vocab.alternation(vocab.unit_modifiers(), ignore_case=True, space=r"\s+")
    new = rf"(?<![$€£¥\w.,])(?P<n1>\d[\d,]*(?:\.\d+)?){scale_gap(scale)}(?:(?P<s1>{scale})(?![a-z]){scaled})?\s*(?:(?:{kind})\s+(?=(?:{units})\b)|(?!(?:{units})\b)(?:[a-z\d]+-)?[a-z]+\s+(?=(?:{units})\b)|{size})?(?P<u1>{units})?\b" \
        + r"(?:\s*\((?P<a>[A-Za-z]{1,5})\))?"
    # ("9.7% fewer than the 212,400 shipped": "the" before a bare figure makes it the level
    # compared with, its unit the new level's, left out)
    # ("from the revised MY 2023/24 estimate of 62.6 million bags": a noun naming the earlier
    # level, vocab/earlier_level_nouns.csv, before it)
    nouns = vocab.alternation([r["word"] for r in vocab.table("earlier_level_nouns")], ignore_case=True)
    named = rf"(?:(?:[A-Za-z'’-]+|(?:19|20)\d\d(?:/\d\d)?)\s+){{0,4}}?(?:{nouns})\s+of\s+{HEDGE}"
    # ("up 18% from the previous week's 1,055,300 tonnes": an earlier period in the possessive,
    # vocab/earlier_period_possessives.csv, before it)
    owner = vocab.alternation([r["phrase"] for r in vocab.table("earlier_period_possessives")], ignore_case=True, space=r"\s+")
    owner = owner.replace("'", "['’]")
    # ("27 percent less than in February (414,000 mt)", "up 7% on FY23 (187.6Mt)": the earlier
    # period named, its level in brackets after it)
    # ("an increase of 8% compared with 2019 (3.6 million tonnes)": the period a year alone)
    bracketed = r"(?P<br>(?:in\s+|during\s+)?(?:the\s+)?(?:[A-Za-z][\w/-]*\s+){0,2}(?:[A-Za-z][\w/-]*|(?:19|20)\d\d(?:/\d\d)?)\s*\(\s*)"
    # ("down 27% from the record 40.5 million tonnes": an adjective of the earlier level after
    # "the", vocab/earlier_level_adjectives.csv)
    adjectives = vocab.alternation([r["word"] for r in vocab.table("earlier_level_adjectives")], ignore_case=True)
    old = rf"(?:(?:{owner})\s+{HEDGE}|(?P<the>the\s+(?:(?:{adjectives})\s+)?)|{named}|{bracketed})?" + level.format(n="n0", s="s0", u="u0")
    pct = r"(?P<{}>\d+(?:\.\d+)?)\s*" + PER_CENT
    pct_p, pct_q = pct.format("p"), pct.format("q")  # (one group name per branch)
    # words between the new level and its change: a place or a period ("for the 2024/25
    # marketing year"), or what was done with it where ("302,000 mt of food were discharged at
    # the Red Sea ports of A and B, 27 percent less than ..."), no other figure
    # (an abbreviation's dots end no sentence: "110,000 tons to the U.S. ahead of the game")
    # (a product glossed in brackets, words only: "8.0 million tonnes of potash (KCl) in 2022,
    # down ...": the gloss names the product, no figure; a bracket with a figure stays out,
    # but a formula's digits glued to its letters are none: "(CO2)")
    # (a day of a month dates it, "in the week ended Feb. 1", "the year that ended July 31":
    # the abbreviated month's dot ends no sentence, its day is no figure)
    months = vocab.alternation(list(vocab.months()), ignore_case=True)
    # (or the day before its month, "the fiscal year ending 31 March", as British desks write it)
    day = rf"(?:\b(?:{months})\.?\s+\d{{1,2}}\b(?![\d,.]\d)|\b\d{{1,2}}\s+(?:{months})\b)"
    # (a period's length in months or weeks dates it too, "imported 15 GW in the 12 months to
    # June, up 60% from 9.4 GW": its count is no level)
    span = r"\b\d{1,2}\s+(?:months|weeks)\b"
    # (a numbered day or week of a season, "by day 60 of the marketing season": its number
    # names the day, no level; vocab/numbered_period_nouns.csv)
    numbered = vocab.alternation(vocab.numbered_period_nouns(), ignore_case=True)
    nth = rf"\b(?:{numbered})\s+\d{{1,3}}\b(?![\d,.]\d)"
    # (a product's code in brackets, maybe after its gloss, "of biodiesel (FAME and HVO, CN
    # 3826) in 2020, an increase of ...": the code names the goods, no level; vocab/code_systems.csv)
    systems = vocab.alternation([r["word"] for r in vocab.table("code_systems")], space=r"\s+")
    code = rf"\((?:[A-Za-z][A-Za-z\s/&-]{{0,30}},\s*)?(?:{systems})\s*\d[\d.]{{1,9}}\)"
    # (the weight of one package after the unit counted, "1.2 million cartons of 12.5 kg in
    # 2021": it sizes the package, vocab/package_weights.csv, no level of its own)
    packed = rf"(?<=\bof\s)\d+(?:\.\d+)?\s?(?:{weight})\.?(?![\w])"
    # (a split year dates it, "in 2023-24", "in 2023/24": its second part is no level)
    # (the level's value in money, "149,000t of cod worth NOK 10.9bn, a decline of 16% in
    # volume from ...": vocab/level_value_ties.csv, then the money; no level of the quantity)
    value_ties = vocab.alternation([r["phrase"] for r in vocab.table("level_value_ties")], ignore_case=True, space=r"\s+")
    value = rf"\b(?:{value_ties})\s+(?:[A-Z]{{1,3}}\$?\s?|[$€£¥]\s?)\d[\d,]*(?:\.\d+)?\s?(?:(?:{scale})(?![a-z]))?"
    words = rf"(?:[^.;%\d$€£¥()]|{value}|{packed}|(?:19|20)\d\d(?:[/-]\d\d)?(?![\d,.]\d)|\b[A-Z]\.(?:[A-Z]\.)+|{day}|{span}|{nth}|\([A-Za-z](?:[A-Za-z\s/-]|(?<=[A-Za-z])\d){{0,24}}\)|{code}){{0,90}}?"
    up_down = r"(?P<d>up|down|rising|falling|an?\s+(?:increase|rise|gain|drop|fall|decline|decrease)\s+of)"
    # (a period between the change and its earlier level dates the change, "up 36% year on
    # year from ...": vocab/change_period_asides.csv)
    # (or words that say the change is of the quantity, not its value, "a decline of 16% in
    # volume from 177,000t": vocab/quantity_measure_asides.csv)
    asides = vocab.alternation([r["phrase"] for r in vocab.table("change_period_asides")]
                               + [r["phrase"] for r in vocab.table("quantity_measure_asides")], ignore_case=True, space=r"\s+")
    # ("an increase of 56% over the 1.0 billion shipments": "over" sets the earlier level too)
    since = rf"(?:\s+(?:{asides}))?\s+(?:from|on|over|against|compared\s+(?:with|to))"
    # (or a preposition of position, "0.93% below the 180.96 million tonnes": vocab/
    # position_comparatives.csv)
    positions = vocab.alternation(vocab.position_comparatives(), ignore_case=True)
    fewer = rf"(?P<c>(?:fewer|more|less|lower|higher)\s+than|{positions})"
    # (", equivalent to 82.6 million 5-kilo boxes and 7.8% more than ...": the level given again
    # in another unit, vocab/equivalent_level_ties.csv, between it and its change, which then
    # follows a comma or "and")
    ties = vocab.alternation([r["phrase"] for r in vocab.table("equivalent_level_ties")], ignore_case=True, space=r"\s+")
    again = rf"\d[\d,]*(?:\.\d+)?\s*(?:(?:{scale})(?![a-z]))?\s*(?:[a-z\d]+-[a-z]+\s+|{size})?(?:{units})\b"
    # (or after the comma a noun standing for the level, "650 tonnes, a figure 4% higher than
    # ...", or no comma but a verb right after the level, "48,000 tonnes were up 9% from ...",
    # not one after other words: the "were" of "10.7 tonnes, while corn exports were down"
    # is another flow's: vocab/quantity_change_ties.csv)
    rows = vocab.table("quantity_change_ties")
    verbs = vocab.alternation([r["phrase"] for r in rows if r["where"] == "verb"], ignore_case=True, space=r"\s+")
    nouns = vocab.alternation([r["phrase"] for r in rows if r["where"] == "noun"], ignore_case=True, space=r"\s+")
    # (or the level's share of a whole in an aside, "3,333,100 ounces, or 49.8 percent of the
    # national total, up 10.5 percent from ...": the change after it is still the level's)
    share = rf",\s*or\s+{HEDGE}\d+(?:\.\d+)?\s*{PER_CENT}\s+of\s+[A-Za-z'’\s-]{{1,40}}?"
    tie = rf"(?:,\s*(?:{ties})\s+{HEDGE}{again}(?:[^.;%\d$€£¥()]{{0,30}}?)(?:,\s*|\s+and\s+)|(?:{share})?,\s*(?:(?:{nouns})\s+)?)"
    return {"new": new, "words": words, "tie": tie, "old": old, "verb": rf"\s+(?:{verbs})\s+", "since": since,
            # ("an increase of nearly 46 per cent over ...": a hedge may sit before the per cent)
            "change": rf"(?:{up_down}\s+(?:by\s+)?{HEDGE}{pct_p}{since}|{pct_q}\s+{fewer})"}


def findings(text: str, sentences) -> list[Finding]:
    """An inconsistent finding for each change or multiple of a quantity its two levels cannot
    give, and each joint level or share its parts cannot give."""
    out = []
    sentences = list(sentences)
    for i, sent in enumerate(sentences):
        part = text[sent.start:sent.end]
        if "fold" in part or "times" in part:
            out += _multiples(text, sent)
            if " from " in part:  # ("to X from Y, nearly three times the year-ago level": cheap first)
                out += _multiples_of_earlier_level(text, sent)
        if i and _counted_joint_prefilter(part):
            out += _counted_joints(text, sentences, i)
        if "%" not in part and "cent" not in part.lower() and "pc" not in part:
            # (a share of a total in words, "about a fifth of the total", is read all the same)
            if i and " of the total" in part and _names_fraction(part):
                out += _shares_of_a_total_before(text, sentences, i)
            continue  # (every change is in per cent, "%", "per cent" or "pc": checked first, cheap)
        for m in _change_re().finditer(text, sent.start, sent.end):
            f = _judge(m)
            if f is not None:
                out.append(f)
        if i:
            out += _changes_pointing_back(text, sent, sentences[i - 1])
        if i + 1 < len(sentences) and (" compared " in part or " from " in part or " against " in part
                                       or " over " in part or " on " in part or " than in " in part):  # (the change's base: cheap literals first)
            out += _changes_on_a_base_year_given_after(text, sentences, i)
        if i + 1 < len(sentences) and " to " in part:  # (the change's "to" checked first: cheap)
            out += _changes_to_a_level_dated_after(text, sent, sentences[i + 1])
        if i + 1 < len(sentences) and " from " in part and " in " in part:
            out += _changes_between_months_given_after(text, sent, sentences[i + 1])
        if " to " in part and " from " in part:
            out += _changes_to_a_level_from(text, sent)
            if i + 1 < len(sentences):
                out += _changes_from_a_month_given_after(text, sent, sentences[i + 1])
            out += _changes_after_both_levels(text, sent)
        elif " to " in part and (" against " in part or " compared " in part or ": " in part):
            out += _changes_to_a_level_from(text, sent)  # ("rose 9% to 9.3 mt, against 8.5 mt")
        elif "p from " in part or "n from " in part:  # ("up from", "down from": cheap literals first)
            out += _changes_after_both_levels(text, sent)
        if "number of" in part or "Number of" in part:  # (checked first: cheap)
            out += _counted_changes(text, sent)
        if "compared" in part:  # (checked first: cheap)
            out += _counted_changes(text, sent, _counted_compared_re())
        if "compared" in part or " from " in part:  # (a count of people before its level: cheap literals first)
            out += _counted_changes(text, sent, _counted_subject_re())
        if "which" in part and "when" in part:  # ("..., which is 16% more than ..., when ...": cheap first)
            out += _relative_changes(text, sent)
        if i and "total" in part[:20].lower() and part.lstrip()[:2] == "Th":  # ("The total is 21% above": cheap first)
            out += _changes_of_a_total_back(text, sentences, i)
        if i and part.lstrip()[:4] in ("That", "This"):  # (checked first: cheap)
            out += _anaphoric_changes(text, sent, sentences[i - 1])
            out += _anaphoric_changes_of_pair(text, sent, sentences[i - 1])
            out += _anaphoric_changes_of_dated_levels(text, sentences, i)
        if " of " in part:
            out += _shares(text, sent, sentences[i - 1] if i else None)
            if i and any(w in part for w in (" of them", " of these", " of those", " of all ", " of the ")):  # (cheap first)
                out += _shares_of_them(text, sentences, i)
                out += _parts_of_them(text, sentences, i)
            if i and " total" in part:
                out += _joint_shares(text, sent, sentences[i - 1])
            if i and (" total" in part or _names_volume(part) or _names_whole_flow(part) or _names_share_noun(part)):
                out += _shares_of_a_total_before(text, sentences, i)
            if i and ("demand" in part or "consumption" in part):  # (cheap literals first)
                out += _shares_of_demand(text, sentences, i)
                out += _shares_of_demand_before(text, sentences, i)
            if i and _names_share_flow(part):  # ("or 40% of rapeseed imports": cheap literals first)
                out += _shares_of_a_named_product(text, sentences, i)
            if i >= 2 and " total" in part:
                out += _shares_of_a_broken_down_total(text, sentences, i)
        elif i and _names_share_noun(part):  # ("81.7 tonnes, a 57.3% share": a share with no "of", cheap first)
            out += _shares_of_a_total_before(text, sentences, i)
    if "%" in text and " from " in text:
        out += _bracketed_changes_restated(text)
    return out


def _judge(m: re.Match) -> Finding | None:
    if not m["u1"] or (m["u0"] and not _same_unit(m["u1"], m["u0"], m["a"])):
        return None  # not two levels of one quantity
    if (m["s0"] or m["u0"]) is None and not (m["c"] and m["the"]) \
            and not (_bare_count(m) and _BARE_TAIL_RE.match(m.string, m.end("n0"))):
        # a bare "from 9" is no level (but "fewer than the 212,400" is, and so is the bare
        # earlier figure of a count of whole things before a period: "delivered 735 aircraft,
        # up 11% from 661 a year earlier")
        return None
    if m["br"] and not m.string.startswith(")", m.end()):
        return None  # (a bracket opened before the earlier level closes right after it)
    sign = _direction(m["d"] or m["c"])
    if sign is None:
        return None
    return _verdict(m, m, sign, m["p"] or m["q"], m.span("p" if m["p"] else "q"), m.end())


def _changes_pointing_back(text: str, sent, before) -> list[Finding]:
    """A change whose sentence opens by pointing back ("That would be 4.8% more than the
    105,000 tons ..."), checked against the one level of a quantity in the sentence before as
    its new level (none where that sentence gives several: which one the words do not say)."""
    m = _change_back_re().match(text, sent.start, sent.end)
    if m is None:
        # ("X delivered 22.7 bcm. Deliveries rose by 47% from 15.4 bcm": the flow's noun
        # stands for that level only where its verb gave it, not another flow's level)
        m = _flow_noun_change_re().match(text, sent.start, sent.end)
        if m is None or vocab.flow_nouns_of_verbs()[m["fn"].lower()] not in text[before.start:before.end].lower():
            return []
    levels = list(_level_re(1).finditer(text, before.start, before.end))
    if len(levels) == 2 and _REVISED_PAIR.fullmatch(text, levels[0].end(), levels[1].start()) \
            and _REVISED_TO.search(text, max(before.start, levels[0].start() - 12), levels[0].start()):
        # ("raised its forecast to 97 million tonnes, from 95 million tonnes": a level moved
        # from one figure to another; the level now is the one it was moved to)
        levels = levels[:1]
    if len(levels) != 1:
        return []
    o = levels[0]
    if m["u0"] and not _same_unit(o["u1"], m["u0"], None) or _rate_tail(text, o.end("u1")) != _rate_tail(text, m.end("u0") if m["u0"] else m.end()):
        return []  # (two units, or a rate against a level: nothing to compare)
    g = m.groupdict()  # (the flow noun's reading has no "fewer than" branch: no c, no q)
    if (m["s0"] or m["u0"]) is None and not (g.get("c") and m["the"]):
        return []  # (a bare "from 9" is no level)
    if m["br"] and not text.startswith(")", m.end()):
        return []
    sign = _direction(m["d"] or g.get("c"))
    if sign is None:
        return []
    f = _verdict(o, m, sign, m["p"] or m["q"], m.span("p" if m["p"] else "q"), m.end())
    return [f] if f is not None else []


# a level moved from one figure to another: "to" before the first, ", from" between the two
_REVISED_TO = re.compile(r"\bto\s+(?:about\s+|around\s+)?$", re.I)
_REVISED_PAIR = re.compile(r"\s*,?\s*from\s+(?:about\s+|around\s+)?")


def _direction(phrase: str) -> int | None:
    """Which way a change phrase points, from its word of direction wherever it stands: "up",
    "an increase of" (the noun, not the "of" after it), "fewer than", "below" (vocab/changes.csv,
    change_nouns.csv, multiple_comparatives.csv, position_comparatives.csv)."""
    for w in phrase.lower().split():
        sign = vocab.changes().get(w) or vocab.change_nouns().get(w) or vocab.multiple_comparatives().get(w) \
            or vocab.position_comparatives().get(w)
        if sign:
            return sign
    return None


def _allows(new: tuple[float, float], old: tuple[float, float], sign: int, p: float, ep: float) -> bool:
    """Whether the ratio the levels allow meets the one the change states (each to its rounding)."""
    lo, hi = (new[0] - new[1]) / (old[0] + old[1]), (new[0] + new[1]) / (old[0] - old[1])
    stated = sorted((1 + sign * (p - ep) / 100, 1 + sign * (p + ep) / 100))
    return stated[0] <= hi and lo <= stated[1]


@functools.cache
def _rate_tail_re() -> re.Pattern:
    tails = vocab.alternation([r["phrase"] for r in vocab.table("rate_tails")], ignore_case=True, space=r"\s+")
    # ("from 43,000 units a year ago": a time back, vocab/time_back_words.csv, no rate)
    back = vocab.alternation(vocab.time_back_words(), ignore_case=True)
    return re.compile(rf"\s*(?:{tails})\b(?!\s+(?:{back})\b)", re.I)


def _rate_tail(text: str, end: int) -> str:
    """The words after a unit that make it a rate ("per day"), or "" for a quantity."""
    m = _rate_tail_re().match(text, end)
    return " ".join(m.group().lower().split()) if m else ""


def _same_unit(new: str, old: str, abbreviation: str | None) -> bool:
    """Whether the old level's unit is the new one's, as one sentence writes it again: the
    same word, the abbreviation defined beside the new one ("metric tons (MT)" ... "MT"), or
    the new unit shortened to its last word ("metric tons" ... "tons"), or another spelling of
    it (vocab/unit_spellings.csv: "twenty-foot equivalent units" ... "TEUs"). No unit is converted."""
    a, b = new.lower(), old.lower()
    if a == b or old == abbreviation or a.split()[-1] == b or b.split()[-1] == a:
        return True
    spelt = vocab.unit_spellings()
    held_a, held_b = _held_scale(new), _held_scale(old)
    if (held_a is None) != (held_b is None):
        # ("22.7 billion cubic metres (bcm) ... from 15.4 bcm": an abbreviation holding its
        # scale is of its unit written out, vocab/scaled_units.csv; its level then reads that
        # scale, `_level`; two such abbreviations are one unit only as one word, "bcm" no "mcm")
        held, full = (held_a, b) if held_a else (held_b, a)
        return held[1] == spelt.get(full, full)
    return a in spelt and spelt[a] == spelt.get(b)


def _unit_scale(scale: str | None, unit: str | None) -> str | None:
    """A level's scale word: its own, or the one its unit's abbreviation holds ("15.4 bcm" is
    15.4 billion, vocab/scaled_units.csv)."""
    if scale or not unit:
        return scale
    held = _held_scale(unit)
    return held[0] if held else None


def _held_scale(unit: str) -> tuple[str, str] | None:
    """The scale and unit an abbreviation holds (vocab/scaled_units.csv), or None. A row
    written with a capital is read only as written: "Mt" is million tonnes, "MT" metric tons."""
    scaled = vocab.scaled_units()
    return scaled.get(unit) or scaled.get(unit.lower())


def _verdict(m: re.Match, o: re.Match, sign: int, pct: str, pct_span: tuple[int, int], old_end: int) -> Finding | None:
    """The finding for a change `pct` (its sign `sign`) between the new level in `m` (groups
    n1, s1, u1) and the old one in `o` (n0, s0, u0), or None where the levels allow it."""
    s1, s0 = _unit_scale(m["s1"], m["u1"]), _unit_scale(o["s0"], o["u0"])
    new = _level(m["n1"], s1)
    # (a bare earlier level shares the new one's scale, "from 206 million", unless written out
    # in grouped thousands, "from 430,000")
    shared = s1 if not o["u0"] and not _GROUPED_RE.fullmatch(o["n0"]) else None
    olds = [_level(o["n0"], s0 or shared)]
    if o["u0"] and not s0 and s1:
        olds.append(_level(o["n0"], s1))  # ("7.8 million metric tons ... from 7.2 MT": the scale may be shared)
    if new is None or None in olds or any(old[0] - old[1] <= 0 for old in olds):
        return None
    new, olds = _to_one_place(m["n1"], s1, new, o["n0"], s0, olds)
    p, ep = _figure(pct)
    if any(_allows(new, old, sign, p, ep) for old in olds):
        return None
    old = min(olds, key=lambda old: abs((new[0] / old[0] - 1) * 100 - sign * p))  # (the reading nearest the change)
    actual = (new[0] / old[0] - 1) * 100
    fields = {"new": " ".join(filter(None, (m["n1"], m["s1"], m["u1"]))),
              "old": " ".join(filter(None, (o["n0"], o["s0"], o["u0"] or m["u1"]))),
              "change": f"{actual:+.1f}%", "text": f"{pct}%", "stated_change": f"{sign * p:+.1f}%"}
    # (quantities are no claims: the finding points at the words by its spans alone)
    return Finding(id="", check="percent_change", status=Status.INCONSISTENT, severity=Severity.ERROR, claims=[],
                   spans=[(m.start("n1"), m.end("u1")), pct_span, (o.start("n0"), old_end)],
                   message=render("percent_change", "quantity_change", False, fields), expected=round(actual, 1), observed=sign * p)


@functools.cache
def _multiple_re() -> re.Pattern:
    """"imported 1.54 million tonnes in 2023, a 3.6-fold increase on the 0.43 million tonnes it
    bought in 2022": a level, a place or a period, then after a comma a number of times and
    the words that tie it to the earlier level (vocab/quantity_multiple_ties.csv)."""
    level = level_pattern()
    ties = vocab.alternation([r["phrase"] for r in vocab.table("quantity_multiple_ties")], ignore_case=True, space=r"\s+")
    # (a place or a period, no other figure; a split year too, "in 2023-24", "the 2020/21 season")
    words = r"(?:[^.;%\d$€£¥()]|(?:19|20)\d\d(?:[-–/]\d\d)?(?!\d)){0,40}?"
    # ("29.4 million tonnes of cargo, about 2.6 times the 11.2 million tonnes of 2021": a hedge
    # before the number, group h, widens it as a hedged figure is read, see `_multiples`)
    hedge = vocab.alternation(vocab.hedges(), ignore_case=True, space=r"\s+")
    return re.compile(rf"{level.format(i=1)}{words},\s*(?:an?\s+|(?P<h>{hedge})\s+)?(?P<f>\d+(?:\.\d+)?)[-\s]?(?:{ties})\s+"
                      rf"(?:the\s+)?{level.format(i=0)}", re.I)


def _multiples(text: str, sent) -> list[Finding]:
    """A multiple between two levels of one quantity in one sentence, checked as the first
    over the second (each figure, and the multiple, to its rounding); a hedged multiple ("about
    2.6 times") is read as `_multiples_of_earlier_level` reads one, by its hedge's bound."""
    out = []
    for m in _multiple_re().finditer(text, sent.start, sent.end):
        if not _same_unit(m["u1"], m["u0"], None) or _rate_tail(text, m.end("u1")) != _rate_tail(text, m.end("u0")):
            continue  # (two units: nothing to compare)
        new, old = _level(m["n1"], m["s1"], m["u1"]), _level(m["n0"], m["s0"] or (_unit_scale(m["s1"], m["u1"]) if not m["u0"] else None), m["u0"])
        if new is None or old is None or old[0] - old[1] <= 0:
            continue
        f, ef = _figure(m["f"])
        lo_f, hi_f = f - ef, f + ef
        if m["h"]:
            bound = vocab.qualifiers().get(" ".join(m["h"].lower().split()))
            if bound == "approx":
                w = approx_width(f, 2 * ef or 1.0)
                lo_f, hi_f = f * (1 - w) - ef, f * (1 + w) + ef
            elif bound in ("gt", "ge"):
                hi_f = float("inf")
            elif bound in ("lt", "le"):
                lo_f = 0.0
            else:
                continue  # (a hedge with no bound of its own: no multiple to hold the levels to)
        lo, hi = (new[0] - new[1]) / (old[0] + old[1]), (new[0] + new[1]) / (old[0] - old[1])
        if lo_f <= hi and lo <= hi_f:
            continue
        ratio = new[0] / old[0]
        fields = {"rate": " ".join(filter(None, (m["n1"], m["s1"], m["u1"]))), "times": f"{ratio:.2f}",
                  "earlier": " ".join(filter(None, (m["n0"], m["s0"], m["u0"]))),
                  "words": " ".join(text[m.start("f"):m.start("n0")].split()).removesuffix(" the"),
                  "factor": m["f"], "bound": (vocab.qualifiers().get(" ".join(m["h"].lower().split())) if m["h"] else None) or "eq"}
        out.append(Finding(id="", check="ratio", status=Status.INCONSISTENT, severity=Severity.ERROR, claims=[],
                           spans=[(m.start("n1"), m.end("u1")), m.span("f"), (m.start("n0"), m.end("u0"))],
                           message=render("ratio", "rate_multiple", False, fields), expected=round(ratio, 2), observed=f))
    return out


@functools.cache
def _multiple_of_earlier_level_re() -> re.Pattern:
    """"rose to 9.4 million kg from 3.3 million kg, nearly three times the year-ago level": a
    change to a level from an earlier one, then a number of times "the" earlier level named by
    a noun (vocab/earlier_level_nouns.csv) dated before the present one (a word of an earlier
    period, or a year): the multiple is the first level over the second."""
    level = level_pattern()
    hedge = vocab.alternation(vocab.hedges(), ignore_case=True, space=r"\s+")
    words = vocab.alternation(list(vocab.number_words()), ignore_case=True)
    nouns = vocab.alternation([r["word"] for r in vocab.table("earlier_level_nouns")], ignore_case=True)
    dated = r"(?:[\w'’-]*(?:year|ago|previous|prior|earlier|last)[\w'’-]*|(?:19|20)\d\d)"
    return re.compile(rf"\bto\s+{HEDGE}{level.format(i=1)}\s+from\s+{HEDGE}{level.format(i=0)}\s*,\s*"
                      rf"(?:(?P<h>{hedge})\s+)?(?P<f>\d+(?:\.\d+)?|{words})[-\s]?(?:times|fold)\s+"
                      rf"(?:the\s+|its\s+|their\s+)(?:{dated}\s+){{1,2}}(?:{nouns})\b(?!\s+of\b)", re.I)


@functools.cache
def _fold_change_re() -> re.Pattern:
    """"rose from 12.4 tonnes in 2014 to 127.3 tonnes in 2018, a more than tenfold increase":
    a change from an earlier level to a later one (a period after each, no other figure),
    then after a comma a number of times glued to "fold" and a noun of rise (vocab/changes.csv,
    upward): the multiple is the later level over the earlier."""
    level = level_pattern()
    hedge = vocab.alternation(vocab.hedges(), ignore_case=True, space=r"\s+")
    words = vocab.alternation(list(vocab.number_words()), ignore_case=True)
    rises = vocab.alternation([w for w, d in vocab.changes().items() if d and d > 0], ignore_case=True)
    dated = r"(?:[^.;,%\d$€£¥()]|(?:19|20)\d\d(?:[-–/]\d\d)?(?!\d)){0,30}?"
    return re.compile(rf"\bfrom\s+{HEDGE}{level.format(i=0)}{dated}\s+to\s+{HEDGE}{level.format(i=1)}{dated}\s*,\s*"
                      rf"an?\s+(?:(?P<h>{hedge})\s+)?(?P<f>\d+(?:\.\d+)?|{words})-?fold\s+(?:{rises})\b", re.I)


def _multiples_of_earlier_level(text: str, sent) -> list[Finding]:
    """A multiple of "the year-ago level" after a change from that level, or a "fold" rise
    after a change from one level to another, checked as the later level over the earlier; a
    multiple in words or hedged ("nearly three times", "a more than tenfold increase") is read
    as the money checks read a hedged figure (normalise/intervals.py), a one-digit figure
    straying a tenth either side."""
    out = []
    matches = list(_multiple_of_earlier_level_re().finditer(text, sent.start, sent.end))
    if "fold" in text[sent.start:sent.end]:  # (cheap first)
        matches += _fold_change_re().finditer(text, sent.start, sent.end)
    for m in matches:
        if not _same_unit(m["u1"], m["u0"], None):
            continue  # (two units: nothing to compare)
        new, old = _level(m["n1"], m["s1"], m["u1"]), _level(m["n0"], m["s0"], m["u0"])
        if new is None or old is None or old[0] - old[1] <= 0:
            continue
        word = m["f"].lower() in vocab.number_words()
        f, ef = (vocab.number_words()[m["f"].lower()], 0.0) if word else _figure(m["f"])
        bound = vocab.qualifiers().get(" ".join(m["h"].lower().split())) if m["h"] else None
        if bound is None and m["h"]:
            continue  # (a hedge with no bound of its own: no multiple to hold the levels to)
        if bound is None and word:
            bound = "approx"  # ("three times": a round figure in words is a round multiple)
        lo_f, hi_f = f - ef, f + ef
        if bound == "approx":
            w = approx_width(f, 2 * ef or 1.0, None if not word else 1)
            lo_f, hi_f = f * (1 - w) - ef, f * (1 + w) + ef
        elif bound in ("gt", "ge"):
            hi_f = float("inf")
        elif bound in ("lt", "le"):
            lo_f = 0.0
        elif bound not in (None, "eq"):
            continue
        lo, hi = (new[0] - new[1]) / (old[0] + old[1]), (new[0] + new[1]) / (old[0] - old[1])
        if lo_f <= hi and lo <= hi_f:
            continue
        ratio = new[0] / old[0]
        fields = {"rate": " ".join(filter(None, (m["n1"], m["s1"], m["u1"]))), "times": f"{ratio:.2f}",
                  "earlier": " ".join(filter(None, (m["n0"], m["s0"], m["u0"]))),
                  "words": " ".join(text[m.start("f"):m.end()].split()),
                  "factor": m["f"], "bound": bound or "eq"}
        out.append(Finding(id="", check="ratio", status=Status.INCONSISTENT, severity=Severity.ERROR, claims=[],
                           spans=[(m.start("n1"), m.end("u1")), m.span("f"), (m.start("n0"), m.end("u0"))],
                           message=render("ratio", "rate_multiple", False, fields), expected=round(ratio, 2), observed=f))
    return out


@functools.cache
def _change_to_res() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """"increased by 7 per cent in value ... and by 2 per cent in volume to 626 million
    litres": a change of a quantity to its new level; the level of the same unit in the next
    sentence; that sentence's opening words that date it a year before."""
    level = level_pattern()
    # ("rose 30% in 2023 to 2.6 billion litres. Shipments had reached 2.0 billion litres in
    # 2022": the verb right before the change, and the year the change names, which the next
    # sentence's "in 2022" dates a year before; the verb is checked against vocab/changes.csv)
    change = re.compile(rf"\b(?:by|(?P<v>[a-z]+))\s+(?P<p>\d+(?:\.\d+)?)\s*{PER_CENT}\s+(?:in\s+(?:volume|weight|tonnage|quantity)\s+)?"
                        rf"(?:(?:in\s+(?P<y>(?:19|20)\d\d)|(?P<last>last\s+year))\s+)?to\s+{level.format(i=1)}", re.I)
    openers = vocab.alternation([r["phrase"] for r in vocab.table("earlier_level_openers")], ignore_case=True, space=r"\s+")
    return change, re.compile(level.format(i=0), re.I), re.compile(rf"\s*(?:{openers})\b", re.I)


# ("NEV shipments compared with 679,000 units in 2022": a comparison word right before a
# level of the next sentence marks it the earlier side of the change just stated)
_COMPARED_BEFORE = re.compile(r"\b(?:compared\s+(?:with|to)|against|versus)\s+(?:the\s+|only\s+|just\s+)?$", re.I)


def _changes_to_a_level_dated_after(text: str, sent, after) -> list[Finding]:
    """"... by 2 per cent in volume to 626 million litres in the 12 months ended 31 March.
    A year earlier, exports were valued at $1.84 billion and 614 million litres": the level of
    the same unit that the next sentence dates a year before is the change's earlier side
    (only one such level, and only a change with no earlier level of its own)."""
    change_re, level_re, opener_re = _change_to_res()
    opened = opener_re.match(text, after.start, after.end) is not None
    after_years = _YEAR.findall(text, after.start, after.end)
    if not opened and len(after_years) != 1:
        return []
    out = []
    for m in change_re.finditer(text, sent.start, sent.end):
        if re.match(r"[^.;]{0,60}?\bfrom\b", text[m.end():sent.end]):
            continue  # ("to 626 million litres from 614 million": its own earlier level)
        if m["v"] and vocab.changes().get(m["v"].lower()) is None:
            continue  # (no change verb right before the change)
        if not opened and not (m["y"] and int(after_years[0]) == int(m["y"]) - 1 or m["last"]) \
                or not opened and not re.search(rf"\bin\s+{after_years[0]}\b", text[after.start:after.end]):
            continue  # (the next sentence dates its level neither "a year earlier" nor "in" the year before)
        olds = [o for o in level_re.finditer(text, after.start, after.end) if o["u0"].lower() == m["u1"].lower()]
        if not opened:
            # (of several levels of the unit, the one dated "in" that year is the earlier side:
            # "compared with 679,000 units in 2022 and ... total exports of 4.91 million units")
            dated = re.compile(rf"\s+in\s+{after_years[0]}\b")
            olds = [o for o in olds if dated.match(text, o.end()) or len(olds) == 1]
        if m["last"] and not (len(olds) == 1 and _COMPARED_BEFORE.search(text, after.start, olds[0].start())):
            continue  # ("last year" dates the change only against the publication: its base must be set against it in words)
        verb = _last_change_verb(text[sent.start:m.end("p")])
        if len(olds) != 1 or verb is None:
            continue
        f = _verdict(m, olds[0], verb, m["p"], m.span("p"), olds[0].end())
        if f is not None:
            out.append(f)
    return out


@functools.cache
def _change_from_a_month_res() -> tuple[re.Pattern, re.Pattern]:
    """"fell 38% in July from June to 16,500 metric tons": a change verb, its per cent, the
    earlier month it is from, the new level; and a month's name (vocab/months.csv)."""
    level = level_pattern()
    # (months of more than three letters: the "may" of "from may to" could be the verb's)
    months = vocab.alternation([m for m in vocab.months() if len(m) > 3], ignore_case=True)
    change = re.compile(rf"\b(?P<v>[a-z]+)\s+(?:by\s+)?(?P<p>\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)\s+"
                        rf"(?:in\s+(?:{months})\s+)?from\s+(?P<mo>{months})\s+to\s+{level.format(i=1)}", re.I)
    return change, re.compile(level.format(i=0), re.I)


def _changes_from_a_month_given_after(text: str, sent, after) -> list[Finding]:
    """A change "from" a month to a new level, whose earlier level the next sentence gives
    for that month: "Imports fell 38% in July from June to 16,500 tons. Shipments in June had
    totalled 26,600 tons." Only where that sentence names the month before its one level of
    the unit and states no change of its own (else which level is the month's the words do not say)."""
    change_re, level_re = _change_from_a_month_res()
    nxt = text[after.start:after.end]
    if "%" in nxt or "cent" in nxt.lower():
        return []  # (the next sentence's own change: its levels are its own)
    out = []
    for m in change_re.finditer(text, sent.start, sent.end):
        if re.match(r"[^.;]{0,60}?\b(?:from|against|compared)\b", text[m.end():sent.end]):
            continue  # (its own earlier level follows)
        olds = [o for o in level_re.finditer(text, after.start, after.end)]
        sign = vocab.changes().get(m["v"].lower())
        if len(olds) != 1 or sign is None or not _same_unit(m["u1"], olds[0]["u0"], None) \
                or _rate_tail(text, m.end("u1")) != _rate_tail(text, olds[0].end("u0")):
            continue
        month = re.search(rf"\b{re.escape(m['mo'])}\b", text[after.start:olds[0].start()], re.I)
        if month is None:
            continue  # (the next sentence's level is not dated to the change's earlier month)
        f = _verdict(m, olds[0], sign, m["p"], m.span("p"), olds[0].end())
        if f is not None:
            out.append(f)
    return out


@functools.cache
def _change_between_months_res() -> tuple[re.Pattern, re.Pattern]:
    """"rose 23% in January from December": a change verb, its per cent, the new month and the
    earlier one (vocab/months.csv, more than three letters); and the earlier side of a
    comparison, its level, then "in" a month ("compared with 122 tonnes in December")."""
    level = level_pattern()
    months = vocab.alternation([m for m in vocab.months() if len(m) > 3], ignore_case=True)
    change = re.compile(rf"\b(?P<v>[a-z]+)\s+(?:by\s+)?(?P<p>\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)\s+"
                        rf"in\s+(?P<new>{months})\s+from\s+(?P<mo>{months})\b", re.I)
    old = re.compile(rf",?\s+(?:compared\s+with|compared\s+to|against|versus)\s+{HEDGE}{level.format(i=0)}\s+in\s+(?P<mo>{months})\b", re.I)
    return change, old


def _changes_between_months_given_after(text: str, sent, after) -> list[Finding]:
    """A change "in" a month "from" the one before, its sentence giving no level, whose two
    levels the next sentence gives, the new one set against the earlier month's: "Exports
    rose 23% in May from April. The country shipped 150 tonnes last month, compared with 122
    tonnes in April." Only where that sentence holds those two levels of the unit alone, the
    earlier dated by the change's earlier month, and no change of its own."""
    change_re, old_re = _change_between_months_res()
    nxt = text[after.start:after.end]
    if "%" in nxt or "cent" in nxt.lower() or "compared" not in nxt and "against" not in nxt and "versus" not in nxt:
        return []  # (the next sentence's own change, or no comparison: cheap tests first)
    out = []
    for m in change_re.finditer(text, sent.start, sent.end):
        sign = vocab.changes().get(m["v"].lower())
        if sign is None or _level_re(1).search(text, sent.start, sent.end):
            continue  # (a level of the change's own sentence: its levels are its own)
        levels = list(_level_re(1).finditer(text, after.start, after.end))
        if len(levels) != 2:
            continue
        new = levels[0]
        o = old_re.search(text, new.end(), after.end)  # (after the new level's own words: "of gold last month")
        if o is None or o.start("n0") != levels[1].start() or o["mo"].lower() != m["mo"].lower() \
                or not _one_quantity(new, levels[1]):
            continue
        # (the new level dated by no month but the change's own: "last month" or that month)
        named = [w.lower() for w in re.findall(r"[A-Za-z]+", text[after.start:new.start()]) if w.lower() in vocab.months()]
        if any(w != m["new"].lower() for w in named):
            continue
        f = _verdict(new, o, sign, m["p"], m.span("p"), o.end("u0"))
        if f is not None:
            out.append(f)
    return out


@functools.cache
def _change_to_from_re() -> re.Pattern:
    """"exports rose 14.9 per cent to 5.24 million tonnes from 4.56 million tonnes" (or "...,
    against 4.56 million tonnes a year earlier"): a change verb, its per cent, the new level
    and the old one, both in a unit."""
    level = level_pattern()
    # (a place or a period, no other figure; a split year too, "in 2023-24", "the 2020/21 season")
    words = r"(?:[^.;%\d$€£¥()]|(?:19|20)\d\d(?:[-–/]\d\d)?(?!\d)){0,40}?"
    # ("to 183.4 million tonnes (MT) in the April-December period of the current financial
    # year, from 190.4 MT": the unit's abbreviation in brackets, then a longer period phrase,
    # still no figure, before "from")
    abbrev = r"(?:\s*\([A-Za-z]{1,6}\))?"
    long_words = r"(?:[^.;%\d$€£¥()]|(?:19|20)\d\d){0,70}?"
    # ("fell 12 per cent last year to 3.6 million tonnes": a period may date the change
    # before its "to", vocab/change_period_asides.csv, or a year, "in 2024")
    asides = vocab.alternation([r["phrase"] for r in vocab.table("change_period_asides")], ignore_case=True, space=r"\s+")
    # (or a month, "rose 12% in August to 148.4 tonnes")
    months = vocab.alternation([m for m in vocab.months() if len(m) > 3], ignore_case=True)
    # (or a part of a year, "rose 37% in the first half of 2023 to ...")
    part = r"in\s+the\s+(?:first|second|third|fourth)\s+(?:half|quarter)(?:\s+of\s+(?:19|20)\d\d)?"
    dated = rf"(?:(?:{asides}|in\s+(?:19|20)\d\d(?:[-/]\d\d)?|in\s+(?:{months})\b(?:\s+(?:19|20)\d\d)?|{part})\s+)?"
    # ("dropped 9.7% to 186 million pairs from 206 million": the earlier level may leave out
    # the unit its partner just named, a figure and its scale word alone, the clause ending or
    # a period following it; "from 206 million euros" names a unit of its own and stays out)
    old = level.format(i=0)
    unit0 = old[old.index("(?P<u0>"):]
    assert unit0.endswith(r")\b")
    bare_tail = _BARE_TAIL
    # ("to 117,000 units from 75,400 a year earlier": a count's earlier level may be a bare
    # grouped figure, the digit then ends it; `_bare_count` says when that is read)
    old = old.replace(unit0, rf"(?:{unit0}|(?<=[a-z\d])(?={bare_tail}))")
    # ("recovering from the previous year's volume of 15.1 million tonnes": an earlier period in
    # the possessive, vocab/earlier_period_possessives.csv, then maybe a noun naming its level,
    # vocab/earlier_level_nouns.csv, "of")
    owner = vocab.alternation([r["phrase"] for r in vocab.table("earlier_period_possessives")], ignore_case=True, space=r"\s+")
    nouns = vocab.alternation([r["word"] for r in vocab.table("earlier_level_nouns")], ignore_case=True)
    owner = owner.replace("'", "['’]")
    named = rf"(?:{owner})\s+(?:(?:{nouns})\s+of\s+)?"
    # ("rose more modestly, by 3%, to 151,200 tonnes": an adverb of manner after the verb, and
    # the per cent set off by commas)
    manner = r"(?:\s+(?:more\s+|less\s+)?[a-z]+ly)?,?"
    # ("fell by about 46% in 2022 to around 7.4 million tonnes, from 11.5 million": a hedge
    # may soften the per cent and either level, link/cues.py HEDGE)
    return re.compile(rf"\b(?P<v>[a-z]+){manner}\s+(?:by\s+)?{HEDGE}(?P<p>\d+(?:\.\d+)?)\s*{PER_CENT},?\s+"
                      rf"{dated}(?:in\s+(?:volume|weight|tonnage|quantity)\s+)?to\s+{HEDGE}{level.format(i=1)}(?:{words}|{abbrev}{long_words})"
                      rf"(?:\s+(?:from|against|compared\s+(?:with|to))\s+(?:{named}|the\s+)?{HEDGE}"
                      # ("up 7.3% to 48.5 million litres (2018: 41.2 million litres)": the
                      # earlier level in brackets under its year's label, as results write it;
                      # the bracket closes right after it, see _changes_to_a_level_from)
                      rf"|\s*\(\s*(?P<lab>(?:19|20)\d\d)\s*:\s*){old}", re.I)


def _changes_to_a_level_from(text: str, sent) -> list[Finding]:
    """A change verb's per cent between the two levels it names "to" and "from", in one unit."""
    out = []
    changes = vocab.changes()
    for m in _change_to_from_re().finditer(text, sent.start, sent.end):
        sign = changes.get(m["v"].lower())
        if m["u0"] is None and m["s0"] is None and not _bare_count(m):
            continue  # (a bare "from 9" is no level; "from 206 million" is, in the new level's unit)
        if sign is None or m["u0"] and not _same_unit(m["u1"], m["u0"], None) \
                or _rate_tail(text, m.end("u1")) != _rate_tail(text, m.end("u0") if m["u0"] else (m.end("s0") if m["s0"] else m.end("n0"))):
            continue  # (no verb of direction, or two units: nothing to compare)
        if m["lab"] and not text[m.end():m.end() + 3].lstrip().startswith(")"):
            continue  # (a labelled earlier level is all its bracket holds)
        f = _verdict(m, m, sign, m["p"], m.span("p"), m.end())
        if f is not None:
            out.append(f)
    return out


# what may follow a bare earlier level of a count: the clause ending, or a period ("a year
# earlier", "in 2019", "the year before"); never another noun ("from 12 months")
_BARE_TAIL = r"\s*(?:[,;)]|\.(?:\s|$)|$)|\s+(?:in|a|last|during|over|the|earlier|previously)\b"
_BARE_TAIL_RE = re.compile(_BARE_TAIL)


def _bare_count(m: re.Match) -> bool:
    """"rose 37% to 117,000 units from 75,400": a bare earlier figure is the new level's count
    again only when both are whole counts written out in full, in grouped digits or of three
    digits at most ("delivered 380 planes, down 53% from 806"), the new one in a unit counting
    whole things (vocab/whole_count_units.csv: "units" and the goods counted as units,
    aircraft, vessels), no scale word: "from 9.5" or "from 2023" never is."""
    if not m["u1"] or m["s0"]:
        return False
    if m["s1"]:
        # ("1.1 million units ... from 430,000": a scaled count against an earlier one written
        # out in grouped thousands, which takes no scale from it)
        return _GROUPED_RE.fullmatch(m["n0"]) is not None and _whole_count_unit(m["u1"])
    if "." in m["n0"] or "." in m["n1"]:
        return False
    if not all("," in n or len(n) <= 3 for n in (m["n0"], m["n1"])):
        return False  # (a four-digit figure unbroken may be a year)
    if "," not in m["n0"] and len(m["n0"]) < 2:
        return False  # (a single digit is a count of periods or a rank more than a level)
    return _whole_count_unit(m["u1"])


def _whole_count_unit(unit: str) -> bool:
    unit = unit.lower()
    return vocab.unit_spellings().get(unit, unit) in vocab.whole_count_units()


# a number written out in thousands grouped by commas ("430,000"): a full count, no scale
_GROUPED_RE = re.compile(r"\d{1,3}(?:,\d{3})+")


@functools.cache
def _both_levels_then_change_re() -> re.Pattern:
    """"rose from 312,400 short tons in 2021 to 468,100 short tons in 2023, an increase of
    49.8 percent", "rose to 1.02 lakh tonnes in 2023-24 (the period of investigation) from
    58,300 tonnes in 2020-21, an increase of 75 per cent", "went from 54.3 thousand tonnes in
    P1 to 178.6 thousand tonnes in P5, more than tripling (+228.9%)": both levels first, in
    either order, then the change between them after a comma (a noun of direction with "of",
    "up"/"down", or a signed per cent in brackets)."""
    level = level_pattern()
    # between a level and the next word: a period ("in 2023", "in 2023-24", "in P5"), an
    # aside in brackets with no figure, no other figure
    period = r"(?:19|20)\d\d(?:[-–/]\d\d)?\b|\b[A-Z]{1,2}\d\b"
    words = rf"(?:[^.;%\d$€£¥()]|{period}|\([^()\d%]{{0,40}}\)){{0,50}}?"
    # ("..., a 43.5% drop": the per cent before its noun of direction, vocab/changes.csv)
    change = (r"(?:an?\s+(?P<v>[a-z]+)\s+of\s+(?:about\s+|around\s+|some\s+)?|(?P<d>up|down)\s+(?:by\s+)?)(?P<p>\d+(?:\.\d+)?)\s*" + PER_CENT +
              r"|an?\s+(?P<r>\d+(?:\.\d+)?)\s*" + PER_CENT + r"\s+(?P<w>[a-z]+)\b"
              r"|(?:[^.;%\d()]{0,30}?)\(\s*(?P<sg>[+\-−–])\s*(?P<q>\d+(?:\.\d+)?)\s*%\s*\)")
    # ("rose to 1.1 million units in 2017 from 430,000 in 2015, an increase of 156%": after
    # "to" a count, its earlier level "from" may be a bare figure, as `_change_to_from_re`
    # reads it; `_bare_count` says when that is read; either level may be hedged)
    old = level.format(i=0)
    unit0 = old[old.index("(?P<u0>"):]
    bare_old = old.replace(unit0, rf"(?:{unit0}|(?<=[a-z\d])(?={_BARE_TAIL}))")
    # ("shipped 1.42 million bpd in March, up from 1.31 million bpd in February, an increase
    # of 8.4%": the new level, then "up from" or "down from" the old one)
    return re.compile(rf"\b(?:from\s+{level.format(i=0)}{words}\s+to\s+{level.format(i=1)}"
                      rf"|to\s+{HEDGE}{level.format(i=1).replace('?P<', '?P<t')}{words}\s+from\s+{HEDGE}{bare_old.replace('?P<', '?P<t')}"
                      rf"|{level.format(i=1).replace('?P<', '?P<f')}{words},?\s+(?:up|down)\s+from\s+(?:the\s+)?{level.format(i=0).replace('?P<', '?P<f')})"
                      rf"{words},\s*(?:{change})", re.I)


class _Levels(dict):
    """The groups of a match of `_both_levels_then_change_re` under the names `_verdict`
    reads (n1, s1, u1 for the new level, n0, s0, u0 for the old), whichever order the text
    gave them in."""

    def __init__(self, m: re.Match):
        k = "t" if m["tn1"] is not None else "f" if m["fn1"] is not None else ""
        super().__init__({g: m[k + g] for g in ("n1", "s1", "u1", "n0", "s0", "u0")})
        self.spans = {g: m.span(k + g) for g in ("n1", "u1", "n0", "u0")}

    def start(self, g: str) -> int:
        return self.spans[g][0]

    def end(self, g: str) -> int:
        return self.spans[g][1]


def _changes_after_both_levels(text: str, sent) -> list[Finding]:
    """A change stated after both its levels, in one unit, checked as their ratio (the
    direction from its own word or sign, not from the verb before the levels)."""
    out = []
    changes = vocab.changes()
    for m in _both_levels_then_change_re().finditer(text, sent.start, sent.end):
        lv = _Levels(m)
        sign = (changes.get(m["v"].lower()) if m["v"] else changes.get(m["d"].lower()) if m["d"]
                else changes.get(m["w"].lower()) if m["w"] else -1 if m["sg"] in "-−–" else 1)
        if lv["u0"] is None and (lv["s0"] is not None or not _bare_count(lv)):
            continue  # (a bare earlier figure is a level only as a whole count's)
        old_end = lv.end("u0") if lv["u0"] else lv.end("n0")
        if sign is None or lv["u0"] and not _same_unit(lv["u1"], lv["u0"], None) \
                or _rate_tail(text, lv.end("u1")) != _rate_tail(text, old_end):
            continue  # (no word of direction, or two units: nothing to compare)
        pct = "p" if m["p"] else "r" if m["r"] else "q"
        f = _verdict(lv, lv, sign, m[pct], m.span(pct), old_end)
        if f is not None:
            out.append(f)
    return out


# the words between two counts of one sentence: no figure, no money, a year or split year at most
_COUNT_WORDS = r"(?:[^.,;%\d$€£¥()]|(?:19|20)\d\d(?:[-–/]\d\d)?\b){0,50}?"


@functools.cache
def _counted_change_re() -> re.Pattern:
    """"The number of bicycles sold abroad fell to 3.2 million from 3.5 million, a drop of
    8.6%", "the number of ships calling rose 4.1% to 12,480 from 11,990": a count named by
    "the number of" a noun, whose levels after it carry no unit, the noun being their unit.
    Both levels then the change, or the change then "to" and "from"."""
    scale = vocab.alternation(list(vocab.scales()), ignore_case=True)
    # a bare level: a scaled number ("3.2 million") or one grouped in thousands ("12,480"),
    # the counted noun after it at most, then the end of the phrase (no unit, no currency
    # code before it: "CHF 3.2 million" is money)
    end = r"(?=\s*[,.;:)]|\s+(?:from|to|in|during|over|last|this|a|an|compared)\b|\s*$)"
    lv = (rf"(?<![$€£¥\w.,])(?<![A-Z]\s)(?P<n{{i}}>\d{{{{1,3}}}}(?:,\d{{{{3}}}})+|\d+(?:\.\d+)?(?=\s*(?:{scale})\b))"
          rf"\s*(?P<s{{i}}>{scale})?(?:\s+(?P=x))?{end}")
    words = _COUNT_WORDS
    change = (r"(?:an?\s+(?P<v>[a-z]+)\s+of\s+(?:about\s+|around\s+|some\s+)?|(?P<d>up|down)\s+(?:by\s+)?)(?P<p>\d+(?:\.\d+)?)\s*" + PER_CENT +
              r"|\(\s*(?P<sg>[+\-−–])\s*(?P<q>\d+(?:\.\d+)?)\s*%\s*\)")
    levels = (rf"(?:from\s+{lv.format(i=0)}{words}\s+to\s+{lv.format(i=1)}"
              rf"|to\s+{lv.format(i=1).replace('?P<', '?P<t')}{words}\s+from\s+{lv.format(i=0).replace('?P<', '?P<t')})")
    before = (rf"\b(?P<w>[a-z]+)\s+(?:by\s+)?(?P<r>\d+(?:\.\d+)?)\s*{PER_CENT}\s+to\s+{lv.format(i=1).replace('?P<', '?P<b')}"
              rf"{words}\s+from\s+(?:the\s+)?{lv.format(i=0).replace('?P<', '?P<b')}")
    # ("the number of FLEGT licences": a capitalised name of a kind may stand before the noun)
    return re.compile(rf"\b[Nn]umber\s+of\s+(?:[A-Z][A-Za-z-]*\s+)?(?P<x>[a-z][a-z-]+)\b{words}(?:{before}|{levels}{words},\s*(?:{change}))")


@functools.cache
def _counted_compared_re() -> re.Pattern:
    """"we shipped 2,940 tractors in fiscal 2024, compared with 3,610 a year ago, a decline of
    18.6%" (or "..., compared with 3,610 (-18.6%)"): a count of a plural noun right after it
    (the noun its unit), the earlier count "compared with" it, bare or in that noun, then the
    change. No money: a currency before either count makes it none."""
    scale = vocab.alternation(list(vocab.scales()), ignore_case=True)
    end = r"(?=\s*[,.;:()]|\s+(?:in|during|over|last|this|a|an|the|at|for|by)\b|\s*$)"
    # (a count grouped in thousands, "2,940", or scaled, "1.2 million": no year, no small number)
    n = rf"(?<![$€£¥\w.,])(?<![A-Z]\s)(?P<n{{i}}>\d{{{{1,3}}}}(?:,\d{{{{3}}}})+|\d+(?:\.\d+)?(?=\s*(?:{scale})\b))\s*(?P<s{{i}}>{scale})?"
    words = _COUNT_WORDS
    change = (r",\s*(?:an?\s+(?P<v>[a-z]+)\s+of\s+|(?P<d>up|down)\s+(?:by\s+)?)(?P<p>\d+(?:\.\d+)?)\s*" + PER_CENT +
              r"|\s*\(\s*(?P<sg>[+\-−–])\s*(?P<q>\d+(?:\.\d+)?)\s*%\s*\)")
    return re.compile(rf"{n.format(i=1)}\s+(?:[a-z-]+\s+)?(?P<x>[a-z][a-z-]+s)\b{words},\s*compared\s+(?:with|to)\s+"
                      rf"{n.format(i=0)}(?:\s+(?P=x))?{end}{words}(?:{change})")


@functools.cache
def _counted_subject_re() -> re.Pattern:
    """"Foreign arrivals in the year reached 2,450,000, up 4.2% from 2,350,000": a count of
    people named by the noun before it (vocab/counted_people.csv), a level verb
    (vocab/level_verbs.csv), the bare level, then the change from the earlier bare level (or
    one in that noun). The noun is the levels' unit; no money: a currency before either
    level makes it none, and no other figure stands between."""
    scale = vocab.alternation(list(vocab.scales()), ignore_case=True)
    people = vocab.alternation(vocab.counted_people(), ignore_case=True)
    verbs = vocab.alternation(list(vocab.level_verbs()), ignore_case=True)
    end = r"(?=\s*[,.;:()]|\s+(?:in|during|over|last|this|a|an|the|at|for|by|recorded)\b|\s*$)"
    n = rf"(?<![$€£¥\w.,])(?P<n{{i}}>\d{{{{1,3}}}}(?:,\d{{{{3}}}})+|\d+(?:\.\d+)?(?=\s*(?:{scale})\b))\s*(?P<s{{i}}>{scale})?"
    words = _COUNT_WORDS
    change = (r",\s*(?:an?\s+(?P<v>[a-z]+)\s+of\s+|(?P<d>up|down)\s+(?:by\s+)?)(?P<p>\d+(?:\.\d+)?)\s*" + PER_CENT +
              r"\s+(?:from|on|over|against|compared\s+(?:with|to))\s+(?:the\s+)?")
    return re.compile(rf"\b(?P<x>{people})\b{words}\b(?:{verbs})\s+(?:(?:at|to)\s+)?{n.format(i=1)}{end}"
                      rf"(?:\s+(?P=x))?{words}{change}{n.format(i=0)}(?:\s+(?P=x))?{end}", re.I)


class _Counted(dict):
    """The groups of a match of `_counted_change_re` under the names `_verdict` reads, the
    counted noun as the new level's unit (for the message only: the old level shares its scale)."""

    def __init__(self, m: re.Match):
        names = m.re.groupindex
        pre = "b" if "bn1" in names and m["bn1"] else "t" if "tn1" in names and m["tn1"] else ""
        super().__init__({g: m[pre + g] for g in ("n1", "s1", "n0", "s0")}, u1=m["x"], u0=None)
        self.spans = {g: m.span(pre + g) for g in ("n1", "s1", "n0", "s0")}

    def start(self, g: str) -> int:
        return self.spans[g][0]

    def end(self, g: str) -> int:
        n, s = self.spans["n" + g[1]], self.spans["s" + g[1]]
        return max(n[1], s[1]) if g[0] == "u" else self.spans[g][1]


def _counted_changes(text: str, sent, counted_re: re.Pattern | None = None) -> list[Finding]:
    """A change of a count "the number of" a noun names (or the noun after the count names,
    `_counted_compared_re`), checked as the ratio of its two bare levels (each to its
    rounding), like a quantity in a unit."""
    out = []
    changes = vocab.changes()
    for m in (counted_re or _counted_change_re()).finditer(text, sent.start, sent.end):
        lv = _Counted(m)
        if "bn1" in m.re.groupindex and m["bn1"]:
            sign, pct = changes.get(m["w"].lower()), "r"
        else:
            sign = (changes.get(m["v"].lower()) if m["v"] else changes.get(m["d"].lower()) if m["d"]
                    else -1 if m["sg"] in "-−–" else 1)
            pct = "p" if m["p"] else "q"
        if sign is None:
            continue  # (no word of direction: nothing to compare)
        f = _verdict(lv, lv, sign, m[pct], m.span(pct), lv.end("u0"))
        if f is not None:
            out.append(f)
    return out


@functools.cache
def _anaphoric_change_re() -> re.Pattern:
    """"That is 3% fewer than in the same period of the previous year, when 2.2 million
    vehicles were shipped abroad": a sentence opening on "That" or "This", a change, and the
    earlier level in a "when" clause (no other figure between)."""
    return re.compile(rf"\s*(?:That|This)\s+(?:is|was|represents|represented|means|meant)\s+"
                      rf"(?P<p>\d+(?:\.\d+)?)\s*{PER_CENT}\s+(?P<c>fewer|more|less|lower|higher)\s+than\b"
                      rf"[^.;%\d$€£¥]{{0,80}}?,?\s+when\s+{_when_level()}")


@functools.cache
def _when_level() -> str:
    """The earlier level a "when" clause gives: "when 2.2 million vehicles were shipped",
    "when only 9,000 tonnes", or opening on a noun of the flow and a verb of a level ("when
    shipments amounted to 52.8 thousand tonnes": vocab/flow_nouns_of_verbs.csv,
    when_clause_nouns.csv, level_verbs.csv), the noun in group wn for `_names_the_flow`."""
    nouns = vocab.alternation(sorted(set(vocab.flow_nouns_of_verbs()) | _when_clause_nouns()), ignore_case=True)
    verbs = vocab.alternation(sorted(vocab.level_verbs()), ignore_case=True)
    return rf"(?:(?P<wn>{nouns})\s+(?:{verbs})(?:\s+(?:to|at))?\s+)?{HEDGE}(?:only\s+|just\s+)?{level_pattern().format(i=0)}"


@functools.cache
def _when_clause_nouns() -> frozenset[str]:
    return frozenset(r["noun"].lower() for r in vocab.table("when_clause_nouns"))


def _names_the_flow(m: re.Match, before: str) -> bool:
    """Whether the noun opening a "when" clause (group wn) may stand for the flow of the new
    level: one naming no side of trade ("shipments"), or one whose verb gave that level in
    `before` ("exports ... when exports were"), not another flow ("when imports were")."""
    noun = (m["wn"] or "").lower()
    return not noun or noun in _when_clause_nouns() or vocab.flow_nouns_of_verbs()[noun] in before.lower()


@functools.cache
def _relative_change_re() -> re.Pattern:
    """"Y exported 61.2 thousand tonnes in 2022, which is 15.9% more than a year earlier, when
    shipments amounted to 52.8 thousand tonnes": a level, a "which" clause of its change, and
    the earlier level in a "when" clause, all in one sentence (no other figure between)."""
    return re.compile(rf"{level_pattern().format(i=1)}{_change_parts()['words']},\s*which\s+(?:is|was|represents|represented|means|meant)\s+"
                      rf"{HEDGE}(?P<p>\d+(?:\.\d+)?)\s*{PER_CENT}\s+(?P<c>fewer|more|less|lower|higher)\s+than\b"
                      rf"[^.;%\d$€£¥]{{0,80}}?,?\s+when\s+{_when_level()}", re.I)


def _relative_changes(text: str, sent) -> list[Finding]:
    """A change a "which" clause gives the level before it, against the earlier level of its
    "when" clause (`_relative_change_re`), in one unit and neither a rate."""
    out = []
    for m in _relative_change_re().finditer(text, sent.start, sent.end):
        if not _same_unit(m["u1"], m["u0"], None) or _rate_tail(text, m.end("u1")) != _rate_tail(text, m.end("u0")) \
                or not _names_the_flow(m, text[sent.start:m.start("p")]):
            continue
        sign = _direction(m["c"])
        f = None if sign is None else _verdict(m, m, sign, m["p"], m.span("p"), m.end("u0"))
        if f is not None:
            out.append(f)
    return out


def _anaphoric_changes(text: str, sent, before) -> list[Finding]:
    """A change "That" ties to the one level of a quantity in the sentence before, against the
    earlier level its "when" clause gives: "Exports reached 1.2 million cars in the first half.
    That is 4% more than a year before, when 1.15 million vehicles were shipped." The two
    levels may name the count otherwise (vocab/counted_unit_names.csv: "cars", "vehicles")."""
    m = _anaphoric_change_re().match(text, sent.start, sent.end)
    if m is None:
        return []
    levels = list(_level_re(1).finditer(text, before.start, before.end))
    if len(levels) != 1:
        return []  # (no level, or several the change may be of: not a guess to flag)
    new = levels[0]
    names = vocab.counted_unit_names()
    if not (_same_unit(new["u1"], m["u0"], None) or {new["u1"].lower(), m["u0"].lower()} <= names) \
            or _rate_tail(text, new.end("u1")) != _rate_tail(text, m.end("u0")) \
            or not _names_the_flow(m, text[before.start:before.end]):
        return []
    sign = _direction(m["c"])
    if sign is None:
        return []
    f = _verdict(new, m, sign, m["p"], m.span("p"), m.end("u0"))
    return [] if f is None else [f]


# money named in a sentence: a symbol or a word of value
_MONEY_NAMED = re.compile(r"[$€£¥]|\b(?:dollars?|euros?|yuan|rupees?|worth|valued)\b", re.I)


@functools.cache
def _pair_change_res() -> tuple[re.Pattern, re.Pattern]:
    """"This represents a 9% decline in volume": a sentence opening on "This" or "That", a
    change as a noun (vocab/change_nouns.csv) and the words saying it is of the quantity
    (vocab/volume_change_words.csv); and the words between a new and an old level of one
    sentence ("20,500 tonnes in May, compared with 22,000 tonnes a year before")."""
    nouns = vocab.alternation(list(vocab.change_nouns()), ignore_case=True)
    of_volume = vocab.alternation([r["phrase"] for r in vocab.table("volume_change_words")], ignore_case=True, space=r"\s+")
    # ("This is an increase of 9.6% in volume": the noun may lead its per cent, "of" between)
    # ("That is a fall of about 20%.": the noun's per cent may be hedged, and the words of
    # volume left out where the sentence before names no money, `_anaphoric_changes_of_pair`)
    change = re.compile(rf"\s*(?:That|This)\s+(?:is|was|represents|represented|means|meant|marks|marked)\s+(?:an?\s+)?"
                        rf"(?:(?P<p>\d+(?:\.\d+)?)\s*{PER_CENT}\s+(?P<c>{nouns})|(?P<c2>{nouns})\s+of\s+{HEDGE}(?P<p2>\d+(?:\.\d+)?)\s*{PER_CENT})"
                        rf"(?P<v>\s+(?:{of_volume})\b|\s*[.;]|$)", re.I)
    # ("20,500 tonnes valued at Rs 36 crore (USD 4.4 million), against 22,000 tonnes": the new
    # level's money, after a word naming it, vocab/value_words.csv, may sit between; with the
    # two levels the sentence's only ones, it is no level of the quantity)
    value = vocab.alternation([r["word"] for r in vocab.table("value_words") if not r["flow"]], ignore_case=True)
    # ("17.8 Mt in calendar 2023, compared with a record 22.3 Mt": a year may date the new level,
    # and "record" stand before the old one)
    tie = re.compile(rf"(?:\s*,?\s*(?:{value})(?:\s+at)?\s+[^;%]{{0,80}}?)?"
                     r"(?:[^.;%\d$€£¥]|(?<!\d)(?:19|20)\d\d(?!\d)){0,90}?,?\s*(?:compared\s+(?:to|with)|against|versus|vs\.?)\s+(?:the\s+|only\s+|just\s+)?(?:(?:an?|the)\s+record\s+)?$", re.I)
    return change, tie


def _anaphoric_changes_of_pair(text: str, sent, before) -> list[Finding]:
    """A change "This" ties to the two levels of one quantity in the sentence before, a new
    one "compared to" an old one: "Shipments totalled 20,500 tonnes in May, compared with
    22,000 tonnes a year earlier. This represents a 7% drop in volume." Only where that
    sentence gives exactly those two levels (with more, which pair the change is of the
    words do not say)."""
    change, tie = _pair_change_res()
    m = change.match(text, sent.start, sent.end)
    if m is None:
        return []
    if not m["v"].strip(" .;") and _MONEY_NAMED.search(text, before.start, before.end):
        return []  # (a change not said to be of the volume, after money: which is unsaid)
    levels = list(_level_re(1).finditer(text, before.start, before.end))
    if len(levels) != 2:
        return []
    new, old = levels
    if not tie.search(text[new.end():old.start()]) or not _same_unit(new["u1"], old["u1"], None) \
            or _rate_tail(text, new.end("u1")) != _rate_tail(text, old.end("u1")):
        return []  # (not "X, compared to Y" of one unit, or a rate against a level)
    o = _level_re(0).match(text, old.start())
    pct = "p" if m["p"] else "p2"
    sign = _direction(m["c"] or m["c2"])
    if o is None or sign is None:
        return []
    f = _verdict(new, o, sign, m[pct], m.span(pct), o.end("u0"))
    return [] if f is None else [f]


@functools.cache
def _change_on_base_year_re() -> re.Pattern:
    """"imported 50.6 million tonnes of coal worth $7.8 billion last year, up 61.7 per cent in
    volume and 17.8 per cent in value compared with 2022": a change verb and its per cent (of
    the volume, "in volume", where the sentence names money too), perhaps a second per cent
    "in value", then the base it is set against named by its year alone, no level."""
    qty = r"\s+in\s+(?:volume|weight|tonnage|quantity|terms\s+of\s+volume)"
    value = rf"\s+and\s+(?:by\s+)?\d+(?:\.\d+)?\s*{PER_CENT}\s+in\s+(?:value|terms\s+of\s+value)"
    return re.compile(rf"\b(?P<v>[a-z]+)\s+(?:by\s+)?(?P<p>\d+(?:\.\d+)?)\s*{PER_CENT}(?P<q>{qty})?(?:{value})?"
                      rf"[^.;%\d$€£¥]{{0,30}}?\s+(?:compared\s+(?:with|to)|against|from|over|on)\s+"
                      rf"(?:(?:the\s+)?(?:same\s+period\s+(?:of|in)\s+)?)(?P<y>(?:19|20)\d\d)\b(?![-–/]?\d|\s+(?:levels?|figures?)\s+of\s+\d)", re.I)


@functools.cache
def _comparative_on_base_year_re() -> re.Pattern:
    """"exported 859,000 tonnes of fresh apples in 2015, 28.0 pct less than in 2013": a
    per cent after a comma, a comparative (vocab/multiple_comparatives.csv) and "than in" the
    base year alone, no level."""
    comparatives = vocab.alternation(list(vocab.multiple_comparatives()), ignore_case=True)
    return re.compile(rf",\s*(?P<p>\d+(?:\.\d+)?)\s*{PER_CENT}\s+(?P<c>{comparatives})\s+than\s+in\s+"
                      rf"(?P<y>(?:19|20)\d\d)\b(?![-–/]?\d)", re.I)


def _changes_on_a_base_year_given_after(text: str, sentences, i: int) -> list[Finding]:
    """A change set against a year alone ("imported 50.6 million tonnes last year, up 61.7 per
    cent compared with 2022") whose base level a later sentence gives, dated by that year
    alone ("In 2022, imports stood at 31.3 million tonnes"): the sentence's one level set
    against that one. Only where the change's sentence holds one level of a quantity before
    the change (the new level) and no level after it, and the base sentence, among the next
    three, is the only one naming the base year beside a level, holds one level of that
    quantity (or several, one of them named the total: "Russia alone bought 676,000 tonnes, or
    56.7 pct of total exports of 1,193,000 tonnes"), no change of its own and the same flow.
    Where the sentence names money too, the change must say it is of the volume ("in volume").
    The change may be a comparative too ("859,000 tonnes in 2015, 28.0 pct less than in 2013")."""
    sent = sentences[i]
    out = []
    changes, comparatives = vocab.changes(), vocab.multiple_comparatives()
    stated = list(_change_on_base_year_re().finditer(text, sent.start, sent.end))
    if " than in " in text[sent.start:sent.end]:
        stated += _comparative_on_base_year_re().finditer(text, sent.start, sent.end)
    for m in stated:
        sign = changes.get(m["v"].lower()) if m.groupdict().get("v") else comparatives.get(m["c"].lower())
        if sign is None:
            continue
        levels = list(_level_re(1).finditer(text, sent.start, m.start()))
        if len(levels) != 1 or _level_re(1).search(text, m.end(), sent.end):
            continue  # (several levels, or one after the change: which is new is not said)
        new = levels[0]
        if not m.groupdict().get("q") and _MONEY_NAMED.search(text[sent.start:sent.end]):
            continue  # (a change not said to be of the volume, beside money: which is unsaid)
        year = m["y"]
        if year in _YEAR.findall(text, sent.start, m.start()):
            continue  # (the new level's own period is the base year: no change between years)
        bases = []
        for later in sentences[i + 1:i + 4]:
            olds = list(_level_re(1).finditer(text, later.start, later.end))
            if not olds or set(_YEAR.findall(text, later.start, later.end)) != {year}:
                continue
            bases.append((later, olds))
        if len(bases) != 1:
            continue  # (no base level, or several: which is the base is not said)
        later, olds = bases[0]
        # (the new level's flow is named before its change: a flow after it, "before Russia
        # banned imports of EU food", is another clause's)
        low, head = text[later.start:later.end].lower(), text[sent.start:m.end()].lower()
        olds = _one_or_the_total(text, olds)
        if len(olds) != 1 or not _one_quantity(new, olds[0]) or "%" in low or "cent" in low \
                or any((w in low) != (w in head) for w in ("export", "import")):
            continue  # (several levels, another quantity, a change of its own or another flow)
        o = _level_re(0).match(text, olds[0].start())
        if o is None:
            continue
        f = _verdict(new, o, sign, m["p"], m.span("p"), o.end("u0"))
        if f is not None:
            out.append(f)
    return out


# the words right before a level that name it the total ("of total exports of", "a total of")
_TOTAL_BEFORE = re.compile(r"\btotal\b[^.;,\d]{0,30}$", re.I)


def _one_or_the_total(text: str, levels: list[re.Match]) -> list[re.Match]:
    """Of a sentence's levels, the one it has, or of several the one its words name the total
    (the others are its parts, "Russia alone bought 676,000 tonnes ... of total exports of
    1,193,000 tonnes"); all of them where none or several are so named."""
    if len(levels) < 2:
        return levels
    totals = [o for o in levels if _TOTAL_BEFORE.search(text, max(0, o.start() - 40), o.start())]
    return totals if len(totals) == 1 else levels


@functools.cache
def _dated_levels_change_re() -> re.Pattern:
    """"That means volumes rose 11%": a sentence opening on "That" or "This" and a verb of
    inference, a noun of quantity (vocab/volume_nouns.csv), a change verb and its percent,
    and no level of its own."""
    nouns = vocab.alternation(vocab.volume_nouns(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\s*(?:That|This)\s+(?:means|meant|implies|implied)\s+(?:that\s+)?(?:the\s+)?(?:{nouns})\s+"
                      rf"(?P<v>[a-z]+)\s+(?:by\s+)?(?:some\s+|about\s+|around\s+)?(?P<p>\d+(?:\.\d+)?)\s*{PER_CENT}"
                      rf"(?![^.;]{{0,10}}\bto\s+\d)", re.I)


def _anaphoric_changes_of_dated_levels(text: str, sentences, i: int) -> list[Finding]:
    """A change of volumes "That" ties to the two levels of one quantity the sentences before
    give for two consecutive years, one a sentence, each dated by the one year its sentence
    names: "Exports reached 2.1 million tonnes in 2022. In 2021 they stood at 1.9 million
    tonnes. That means volumes rose 11%" (2.1 against 1.9). With more levels, or years not
    one apart, which pair the change is of the words do not say."""
    sent = sentences[i]
    m = _dated_levels_change_re().match(text, sent.start, sent.end)
    if m is None:
        return []
    sign = vocab.changes().get(m["v"].lower())
    if not sign:
        return []
    dated = []
    for s in _sentences_before(sentences, i):
        levels = list(_level_re(1).finditer(text, s.start, s.end))
        if not levels:
            continue
        years = set(_YEAR.findall(text, s.start, s.end))
        if len(levels) != 1 or len(years) != 1:
            return []
        dated.append((int(years.pop()), levels[0]))
    if len(dated) != 2 or abs(dated[0][0] - dated[1][0]) != 1:
        return []
    (_, new), (_, old) = sorted(dated, key=lambda d: -d[0])
    if not _one_quantity(new, old):
        return []
    o = _level_re(0).match(text, old.start())
    if o is None:
        return []
    f = _verdict(new, o, sign, m["p"], m.span("p"), o.end("u0"))
    return [] if f is None else [f]


@functools.cache
def _share_res() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """A share tied to a quantity ("..., or 73.2% of Brazil's total soybean exports of 101.9
    million tons"; "That was 73% of ..."): the share and the whole after "of" in its unit; a
    level of a quantity (the part, before it)."""
    level = level_pattern()
    ties = {w: vocab.alternation([r["phrase"] for r in vocab.table("quantity_share_ties") if r["where"] == w],
                                 ignore_case=True, space=r"\s+") for w in ("same", "before")}
    # between "of" and the whole: the whole's name, no other figure ("or 23% of the total
    # 2.68Mt": the word "total" may lead the whole's figure itself)
    # ("or 25% of the 11,780 tonnes delivered": the whole's figure may follow "of" at once,
    # then no name between)
    share = (rf"(?P<p>\d+(?:\.\d+)?)\s*{PER_CENT}\s+of\s+(?:(?P<name>[^.;%\d$€£¥()]{{0,60}}?)"
             rf"\b(?:of|at|totall?ing|reaching|total)\s+)?(?:the\s+)?{level.format(i=0)}")
    # (", about 37 per cent of its total exports of 11.3 mt": a hedge alone ties the share too;
    # "The shipments represented about 74% of ...": a hedge may follow the tie)
    hedge = vocab.alternation(vocab.hedges(), ignore_case=True, space=r"\s+")
    return (re.compile(rf",\s*(?:(?:{ties['same']})\s+|(?=(?:{hedge})\s)){HEDGE}{share}", re.I),
            re.compile(rf"\s*(?:{ties['before']})\s+{HEDGE}{share}", re.I), _level_re(1))


def _shares(text: str, sent, before) -> list[Finding]:
    """A share tied to the one level of its unit before it (in its sentence after a comma, or
    in the sentence before for "That was ..."), checked as that part over the whole it names.
    Only a part and a whole in one unit are compared: a share of tonnes says nothing of money."""
    same_re, before_re, level_re = _share_res()
    out = []
    for m in same_re.finditer(text, sent.start, sent.end):
        out += _share_verdict(m, [o for o in level_re.finditer(text, sent.start, m.start())])
    if before is not None:
        m = before_re.match(text, sent.start, sent.end)
        if m:
            # ("won 17.44 million CGT, more than double the 8.23 million CGT of 2020. The figure
            # accounted for ...": a level set as the earlier side of a change is not the one
            # "The figure" points back to)
            out += _share_verdict(m, _later_levels(text, [before], level_re, _counted_joint_res()[2]))
    return out


@functools.cache
def _share_of_them_re() -> re.Pattern:
    """"About 90% of them, roughly 720 million parcels, came from China", "85% of all such
    parcels came from abroad, some 720 million parcels": a share of the things a pronoun
    points back to, or of all of a counted unit (group w), with its part's level written
    right after it or at the end of its clause."""
    units = vocab.physical_unit_pattern()
    kind = vocab.alternation(vocab.unit_modifiers(), ignore_case=True, space=r"\s+")
    named = rf"(?:all|the)\s+(?:such\s+)?(?:(?:{kind})\s+){{0,2}}(?P<w>{units})\b[^.;%\d$€£¥()]{{0,60}}?"
    return re.compile(rf"(?P<p>\d+(?:\.\d+)?)\s*{PER_CENT}\s+of\s+(?:them|these|those|{named})\s*,\s*{HEDGE}"
                      + level_pattern().format(i=1), re.I)


def _shares_of_them(text: str, sentences, i: int) -> list[Finding]:
    """A share "of them" (or "of all" a unit) and its part's level, checked against the one
    level of that unit before it (in the sentence before for "them"; for a unit named, in the
    five before, of the share's period) that no "from" sets as an earlier level: "Some 800
    million parcels arrived. About 90% of them, roughly 720 million parcels, ..."."""
    sent = sentences[i]
    level_re, earlier_re = _counted_joint_res()[1:]
    out = []
    for m in _share_of_them_re().finditer(text, sent.start, sent.end):
        span = sentences[max(0, i - 5):i] if m["w"] else [sentences[i - 1]]
        wholes = [o for o in _later_levels(text, span, level_re, earlier_re) if _one_quantity(m, o)
                  and (not m["w"] or _same_unit(m["w"], o["u1"], None)) and _same_period(text, sentences, i, o, level_re)]
        part = _level(m["n1"], m["s1"], m["u1"])
        if len(wholes) != 1 or part is None:
            continue  # (no one level the share can be of: no share to check)
        w = wholes[0]
        whole_m = {"n0": w["n1"], "s0": w["s1"], "u0": w["u1"], "p": m["p"]}
        out += _share_figures(part, " ".join(filter(None, (m["n1"], m["s1"], m["u1"]))), (m.start("n1"), m.end("u1")),
                              whole_m, m.span("p"), w.span())
    return out


@functools.cache
def _part_of_them_re() -> re.Pattern:
    """"1,200 parcels arrived. About 900 of them, or 75%, came from China", "... flew 150 of
    them (60%)": a bare count of the things a pronoun points back to, then its share after a
    comma and "or", or in brackets."""
    return re.compile(rf"(?<![\w.,$€£¥])(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d+)\s+of\s+(?:them|these|those)\s*(?:,\s*(?:or\s+)?|\(\s*)"
                      rf"{HEDGE}(?P<p>\d+(?:\.\d+)?)\s*{PER_CENT}", re.I)


def _parts_of_them(text: str, sentences, i: int) -> list[Finding]:
    """A bare count "of them" and its share, checked against the one level of the sentence
    before that no "from" sets as an earlier level, where that level counts whole things
    (vocab/whole_count_units.csv: only those are counted one by one, so "900 of them" is in
    their unit): "Some 1,200 parcels arrived. About 900 of them, or 75%, ..." (900 / 1,200)."""
    level_re, earlier_re = _counted_joint_res()[1:]
    out = []
    for m in _part_of_them_re().finditer(text, sentences[i].start, sentences[i].end):
        wholes = [o for o in _later_levels(text, [sentences[i - 1]], level_re, earlier_re)
                  if _same_period(text, sentences, i, o, level_re)]
        if len(wholes) != 1 or not _whole_count_unit(wholes[0]["u1"]) or wholes[0]["s1"]:
            continue  # (no one count of whole things the part can be of)
        w = wholes[0]
        part = _level(m["n"], None, w["u1"])
        if part is None:
            continue
        whole_m = {"n0": w["n1"], "s0": w["s1"], "u0": w["u1"], "p": m["p"]}
        out += _share_figures(part, f"{m['n']} {w['u1']}", m.span("n"), whole_m, m.span("p"), w.span())
    return out


@functools.cache
def _joint_share_re() -> re.Pattern:
    """"...; together the big three accounted for 86% of the national total": a share given
    to the quantities named before the joint word, of a total its words do not name."""
    joint = vocab.alternation([r["phrase"] for r in vocab.table("joint_cues")], ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{joint})\b[^.;%\d$€£¥]{{0,60}}?(?P<p>\d+(?:\.\d+)?)\s*{PER_CENT}\s+of\s+"
                      rf"(?:the\s+)?(?:[a-z-]+\s+){{0,2}}?total\b\s*(?:[.,;)]|$)", re.I)


def _joint_shares(text: str, sent, before) -> list[Finding]:
    """A joint share of the quantities before it (all of one unit, and no other figure but
    years beside them), of the one level of that unit in the sentence before: their sum over
    that level. "Export volumes rose to 905 million tonnes. BHP shipped 257 million tonnes,
    Rio Tinto 328 million tonnes and Fortescue 191.6 million tonnes; together the big three
    accounted for 86% of the national total" (all parts and the whole of one unit)."""
    level_re = _share_res()[2]
    out = []
    for m in _joint_share_re().finditer(text, sent.start, sent.end):
        parts = list(level_re.finditer(text, sent.start, m.start()))
        wholes = list(level_re.finditer(text, before.start, before.end))
        if len(parts) < 2 or len(wholes) != 1 or not all(_one_quantity(o, wholes[0]) for o in parts):
            continue
        ends = [sent.start] + [o.end() for o in parts]
        gaps = "".join(text[a:b] for a, b in zip(ends, [o.start() for o in parts] + [m.start()]))
        if re.search(r"\d", re.sub(r"\b(?:19|20)\d\d\b", "", gaps)):
            continue  # (another figure among the parts: not theirs alone)
        vals = [_level(o["n1"], o["s1"], o["u1"]) for o in parts]
        if None in vals:
            continue
        part = (sum(v for v, _ in vals), sum(e for _, e in vals))
        w = wholes[0]
        whole_m = {"n0": w["n1"], "s0": w["s1"], "u0": w["u1"], "p": m["p"]}
        out += _share_figures(part, " + ".join(" ".join(filter(None, (o["n1"], o["s1"], o["u1"]))) for o in parts),
                              (parts[0].start("n1"), parts[-1].end("u1")), whole_m, m.span("p"), w.span())
    return out


# a list item's marker, and "than" before an earlier level ("30% higher than the 3.60 million MT")
_LIST_ITEM = re.compile(r"\s*(?:[-•*–]|\d{1,2}[.)])\s")
_THAN_BEFORE = re.compile(rf"\bthan\s+(?:the\s+)?{HEDGE}$", re.I)
# but "has exported more than 1.15 billion doses": "more than" right after a verb, no figure or
# word of degree before it ("5% more than", "far more than"), is the level's own hedge, no
# comparison with another level
_HEDGING_THAN = re.compile(r"(?<![\d%])\b(?!(?:much|far|even|still|slightly|somewhat|bit|little|considerably|significantly|"
                           r"substantially|no|any|times|cent|percent|pc|rather|and|or)\b)[a-z]+\s+(?:more|less|fewer)\s+than\s+$")


@functools.cache
def _share_of_unnamed_total_re() -> re.Pattern:
    """"taking 34.1 million kg, or 16 percent of total volume, followed by ...": a level, then
    its share of a total named by no figure of its own (up to two words after "total")."""
    level = level_pattern()
    # ("taking 52.1 million kg, or 35.9% of the volume exported": the whole named by a noun of
    # quantity, vocab/volume_nouns.csv, no less a total with no figure of its own)
    nouns = vocab.alternation(vocab.volume_nouns(), ignore_case=True, space=r"\s+")
    # (Argus leaves the comma out: "taking 0.5mn t or 20pc of the total"; "or" alone still
    # ties; after a comma so do the words of vocab/quantity_share_ties.csv, "same": "buying
    # 90,000 tonnes, accounting for 30 per cent of the total")
    ties = vocab.alternation([r["phrase"] for r in vocab.table("quantity_share_ties") if r["where"] == "same"],
                             ignore_case=True, space=r"\s+")
    # ("or 62 percent of the global total": a word naming the whole before it, vocab/whole_words.csv)
    whole = vocab.alternation([r["word"] for r in vocab.table("whole_words")], ignore_case=True)
    # ("taking 8 million bags, about a fifth of the total": a hedge alone after the comma ties
    # the share too, kept as group h so "nearly 60 per cent" strays as a hedged figure does;
    # and a share may be a fraction in words, vocab/fractions.csv, group fr)
    hedge = vocab.alternation(vocab.hedges(), ignore_case=True, space=r"\s+")
    fraction = vocab.alternation(list(vocab.fractions()), ignore_case=True, space=r"\s+")
    # ("151,000 tonnes were exported, almost 73% of total sales": the level's passive verb, a
    # past participle, may stand between it and its comma)
    # ("amounted to 2.42 million TEU, 57.9% of the total, while ...": after a comma a share
    # of "the total" needs no tie word; port and statistics desks write it so)
    # ("or 77.3% of the transit total": one word may name the kind of the total, no figure)
    # ("- Brazil: 6.3 million tonnes (38% of world exports)": a share in brackets right after
    # the level is tied to it as much, and a word naming the whole before a noun of the flow,
    # vocab/product_share_flows.csv, names the total flow: no figure of its own either)
    flows = vocab.alternation([r["noun"] for r in vocab.table("product_share_flows")], ignore_case=True)
    # ("Imports from China reached 81.7 tonnes, a 57.3% share, compared with ...": a share
    # noun after the per cent, "of" and no whole after it, is a share of the same unnamed total)
    share_noun = rf"an?\s+(?=\d+(?:\.\d+)?\s*{PER_CENT}\s+share\s*(?:[.,;)]|$))"
    return re.compile(rf"{level.format(i=1)}(?:\s+(?:were|was)\s+[a-z]{{3,}}ed)?(?:\s*,\s*(?:(?:{ties}|that\s+is)\s+|{share_noun}|(?=(?:{hedge})\s)|(?=\d+(?:\.\d+)?\s*{PER_CENT}\s+of\s+the\s+total\b))|\s+or\s+|\s*\((?=\s*\d+(?:\.\d+)?\s*{PER_CENT}\s+of\s+(?:the\s+)?(?:{whole})\s+(?:{flows})\s*\)))(?P<h>(?:{hedge})\s+)?"
                      rf"(?:(?P<p>\d+(?:\.\d+)?)\s*{PER_CENT}|(?P<fr>{fraction}))(?:\s+share|\s+of\s+"
                      rf"(?:the\s+)?(?:(?:{whole})\s+(?:{flows})\b|(?:(?:{whole})\s+|[a-z]+\s+(?=total\b))?(?:total|overall|{nouns}))(?:\s+[a-z]+){{0,2}}?)\s*(?:[.,;)]|$)", re.I)


@functools.cache
def _benchmark_before_re() -> re.Pattern:
    """"though still below the pre-pandemic level of some 40 million admissions": a level the
    text sets beside the figures as a benchmark (a word of comparison, then a noun naming a
    level, vocab/earlier_level_nouns.csv), so no whole that a later share is of."""
    nouns = vocab.alternation([r["word"] for r in vocab.table("earlier_level_nouns")] + ["peak", "high", "record"], ignore_case=True)
    return re.compile(rf"\b(?:below|above|under|over|short\s+of|shy\s+of|close\s+to|near)\s+(?:the\s+|its\s+|their\s+)?"
                      rf"(?:[\w'’-]+\s+){{0,3}}?(?:{nouns})\s+of\s+{HEDGE}$", re.I)


def _names_fraction(part: str) -> bool:
    """Whether a sentence names a fraction in words (vocab/fractions.csv): a cheap test."""
    low = part.lower()
    return any(w in low for w in vocab.fractions())


def _names_whole_flow(part: str) -> bool:
    """Whether a sentence names a share of a whole flow ("38% of world exports"), by a word
    of vocab/whole_words.csv after "of": a cheap test."""
    low = part.lower()
    return "% of " in low and any(f" of {w} " in low or f" of the {w} " in low for w in _whole_words())


@functools.cache
def _whole_words() -> tuple[str, ...]:
    return tuple(r["word"] for r in vocab.table("whole_words"))


def _names_share_noun(part: str) -> bool:
    """Whether a sentence names a per cent as a share noun ("a 57.3% share"): a cheap test."""
    return "% share" in part or "cent share" in part


def _names_volume(part: str) -> bool:
    """Whether a sentence names a quantity by a noun (vocab/volume_nouns.csv): a cheap test
    before the share of an unnamed whole is looked for."""
    low = part.lower()
    return any(w in low for w in vocab.volume_nouns())


# a share of a total in words ("Indonesian coal made up 51.5% of India's total receipts"): the
# levels beside it are parts of that total ("Indonesia shipped 35.2 million tonnes. ..."), so
# none of them is the whole of the next paragraph's "14.1 million tonnes, or 20.6% of the total"
_SHARE_OF_TOTAL = re.compile(r"\d\s*" + PER_CENT + r"\s+of\s+(?:[\w'’-]+\s+){0,3}?total\b", re.I)


# a level given a share of its own right after it ("taking 557,000t, or 53% of shipments",
# "210,000t (20%)"): a part of some whole, never the whole of a share written as a noun
_SHARED_PART = re.compile(r"(?:\s*,\s*|\s+)(?:or|an?)\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?\d+(?:\.\d+)?\s*" + PER_CENT
                          + r"\s+(?:of|share)\b|\s*\(\s*\d+(?:\.\d+)?\s*" + PER_CENT + r"\s*\)", re.I)
# a share written as a noun, no whole named after it ("a 57.3% share")
_SHARE_NOUN = re.compile(r"\s*" + PER_CENT + r"\s+share\b", re.I)


# a level named as the whole of a share right before it ("26 percent of the 21.1 million CGT")
_WHOLE_OF_SHARE = re.compile(r"\d\s*" + PER_CENT + r"\s+of\s+(?:the\s+)?$", re.I)


def _shares_of_a_total_before(text: str, sentences, i: int) -> list[Finding]:
    """A level's share of a total its sentence gives no figure for, checked against the one
    level of that unit before it (the sentences before in its paragraph, or the paragraph
    before where it opens one) that no "from" or "compared with" sets as an earlier level:
    "Export volumes rose to 208.4 million kg, compared with 201.9 million kg. Iraq took 34.1
    million kg, or 16 percent of total volume" (34.1 / 208.4)."""
    sent = sentences[i]
    span = _sentences_before(sentences, i)
    if not span or any(_LIST_ITEM.match(text, x.start) for x in span):
        return []  # (a list's items are several quantities, whichever the total is)
    if any(_SHARE_OF_TOTAL.search(text, x.start, x.end) for x in span if "total" in text[x.start:x.end]):
        return []  # (a share of the total among them makes their levels parts too, not the whole)
    _, level_re, earlier_re = _counted_joint_res()
    # ("Bulk wine led. With 240 million litres, it made up 60% of the volume exported";
    # "The fall was in transhipment. Transhipment amounted to 2.42 million TEU, 57.9% of the
    # total": no level in the share's own paragraph before it either, so the total is the
    # paragraph before's, on the same terms as for a share opening a paragraph)
    skipped = not any(level_re.search(text, x.start, x.end) for x in span)
    if skipped:
        # (a paragraph of no quantity between, "The exports were worth RM1.6 billion": the
        # total is still the one of the paragraph before it, where that one gives it as the
        # new level of a change, "410,000 tonnes in 2021, up 17 per cent from 350,000 tonnes";
        # a lone level there may be the year before's: "In the same period last year, imports
        # reached 944,000 tonnes")
        span = _sentences_before(sentences, i - len(span))
        if not span or any(_LIST_ITEM.match(text, x.start) for x in span) or \
                any(_SHARE_OF_TOTAL.search(text, x.start, x.end) for x in span if "total" in text[x.start:x.end]):
            return []
    out = []
    for m in _share_of_unnamed_total_re().finditer(text, sent.start, sent.end):
        if earlier_re.search(text, max(sent.start, m.start() - 40), m.start()):
            continue
        wholes = _whole_earlier_in_sentence(text, sent, m, level_re, earlier_re)
        own = wholes is not None  # (a whole in the share's own sentence needs no paragraph before)
        # ("China took 557,000t, or 53% of shipments. ... Europe took 171,000t, a 16% share": a
        # level with a share of its own is another part, not the whole the share noun is of)
        share_noun = bool(m["p"]) and _SHARE_NOUN.match(text, m.end("p")) is not None
        if wholes is None:
            wholes = [o for o in _later_levels(text, span, level_re, earlier_re) if _one_quantity(m, o)
                      and not (share_noun and _SHARED_PART.match(text, o.end()))
                      and (not _THAN_BEFORE.search(text, max(0, o.start() - 40), o.start())
                           or _HEDGING_THAN.search(text, max(0, o.start() - 40), o.start()))
                      and not _benchmark_before_re().search(text, max(0, o.start() - 60), o.start())
                      # ("Robusta made up 1.2 million tonnes, or 80% of the volume": a level
                      # given as a share of an unnamed total is itself a part, not the whole)
                      and not _share_of_unnamed_total_re().match(text, o.start())]
            # ("Korea won 5.5 million CGT. That was 26% of the 21.1 million CGT ordered
            # worldwide. China took 13.1 million CGT, or 62% of the global total": of several
            # levels before, the one already named as a share's whole is the total; the others
            # are its parts)
            named = [o for o in wholes if _WHOLE_OF_SHARE.search(text, max(0, o.start() - 30), o.start())]
            if len(wholes) > 1 and len(named) == 1:
                wholes = named
        if len(wholes) != 1 or not _same_period(text, sentences, i, wholes[0], level_re):
            continue
        # (a whole in the share's own sentence needs no such setting unless its paragraph opens there)
        opens = sentences[i - 1].paragraph != sent.paragraph
        if skipped and (opens or not own) and not _set_against_earlier(text, span, wholes[0], level_re, earlier_re):
            continue
        w = wholes[0]
        if _output_whole_of_another_share(text, sentences, w, sent, m):
            continue
        part = _level(m["n1"], m["s1"], m["u1"])
        if part is None:
            continue
        # (a fraction in words is a round share, "a fifth": read as its per cent, hedged)
        share = m["p"] or f"{vocab.fractions()[' '.join(m['fr'].lower().split())] * 100:g}"
        whole_m = {"n0": w["n1"], "s0": w["s1"], "u0": w["u1"], "p": share}
        # (a part above the whole is flagged only where the whole is the headline level of the
        # sentence right before, the new side of a change there, "exports totalled 845,000
        # tonnes, up 52% from 556,000 tonnes. China took ..."; elsewhere a part above the one
        # level found says that level is another quantity: a per-ship load, a month's, one
        # item of a list)
        headline = sentences[i - 1].start <= w.start() < sentences[i - 1].end and _set_against_earlier(
            text, [sentences[i - 1]], w, level_re, earlier_re)
        # ("more than 1.15 billion doses": a whole written as a floor allows any share below
        # the part over that floor, so only a share above it is sure to be wrong)
        # (and "less than" a ceiling: only a share below it)
        bound = _HEDGING_THAN.search(text, max(0, w.start() - 40), w.start())
        bound = None if bound is None else "gt" if "more" in bound.group().lower() else "lt"
        out += _share_figures(part, " ".join(filter(None, (m["n1"], m["s1"], m["u1"]))), (m.start("n1"), m.end("u1")),
                              whole_m, m.span("p" if m["p"] else "fr"), w.span(), hedged=not m["p"] or bool(m["h"]),
                              written=(m["n1"], m["s1"], m["u1"]), above_whole=headline, whole_bound=bound,
                              pinned=_pinned_by_its_change(text, w) if m["u1"].lower() == (w["u1"] or "").lower() else None)
    return out


@functools.cache
def _output_noun_re() -> re.Pattern:
    rows = vocab.table("output_share_cues")
    words = [r["phrase"] for r in rows if r.get("where") == "whole"]
    return re.compile(rf"\b(?:{vocab.alternation(words)})\b", re.I)


def _output_whole_of_another_share(text: str, sentences, w: re.Match, sent, m: re.Match) -> bool:
    """Whether the one level found for "the total" is a level of output ("Production fell to
    8 million units") while the share's own sentence speaks of no output ("the US took 1.4
    million cars, or 37% of the total"): a market's share is of the flow to markets, a total
    the text may give elsewhere, so the output is no whole of it that we know."""
    if not any(x in text[max(0, w.start() - 200):w.start()].lower() for x in ("product", "output")):
        return False  # (cheap: no noun of output near the whole)
    home = next((x for x in sentences if x.start <= w.start() < x.end), None)
    if home is None or not _output_noun_re().search(text, home.start, w.start()):
        return False
    # (a share whose sentence produces the part, "producing 43 million tonnes, or 60% of the
    # world total", is of output all the same)
    return not _output_noun_re().search(text, sent.start, m.end()) and not _PRODUCING.search(text, sent.start, m.end())


_PRODUCING = re.compile(r"\bproduc(?:e|es|ed|ing)\b", re.I)


def _pinned_by_its_change(text: str, w: re.Match) -> tuple[float, float] | None:
    """A whole written round ("2 million tonnes", to half a million as written) that its own
    sentence sets against an earlier level by a change ("2 million tonnes, down 6.1% from
    2.13 million tonnes"): the values both allow, as (value, half width), so that a share
    of it is held to the whole the figures pin; None where no such change follows it, its
    units differ, or the two do not meet (volumes' own change check flags that)."""
    c = _change_re().match(text, w.start("n1"))
    if c is None or not c["u1"] or not c["u0"] or not _same_unit(c["u1"], c["u0"], c["a"]) or c["br"]:
        return None
    sign = _direction(c["d"] or c["c"])
    whole = _level(w["n1"], w["s1"], w["u1"])
    old = _level(c["n0"], _unit_scale(c["s0"], c["u0"]))
    if sign is None or whole is None or old is None or _unit_scale(c["s0"], c["u0"]) != _unit_scale(w["s1"], w["u1"]):
        return None
    p, ep = _figure(c["p"] or c["q"])
    factors = sorted((1 + sign * (p - ep) / 100, 1 + sign * (p + ep) / 100))
    lo = max(whole[0] - whole[1], (old[0] - old[1]) * factors[0])
    hi = min(whole[0] + whole[1], (old[0] + old[1]) * factors[1])
    if hi <= lo:
        return None
    return (lo + hi) / 2, (hi - lo) / 2


@functools.cache
def _product_share_re() -> re.Pattern:
    """"taking 90,000 tonnes, or about 40% of rapeseed imports": a level, then its share of a
    flow of a product named by up to three words before a noun of the flow
    (vocab/product_share_flows.csv); the whole is that product's level given before."""
    level = level_pattern()
    ties = vocab.alternation([r["phrase"] for r in vocab.table("quantity_share_ties") if r["where"] == "same"],
                             ignore_case=True, space=r"\s+")
    hedge = vocab.alternation(vocab.hedges(), ignore_case=True, space=r"\s+")
    flows = vocab.alternation([r["noun"] for r in vocab.table("product_share_flows")], ignore_case=True)
    # ("or 38% of all U.S. pork exports": "all" says the whole flow, no word of the product,
    # and a product may be named with a place's initials, "U.S.")
    # (or a bare comma, "109,000 units, 38% of car exports", as key-figure bullets write it;
    # `_shares_of_a_named_product` then wants the share to end its clause)
    return re.compile(rf"{level.format(i=1)}(?:\s*,\s*(?:(?:{ties})\s+|(?=(?:{hedge})\s))|\s+or\s+|(?P<bare>\s*,\s*)){HEDGE}"
                      rf"(?P<p>\d+(?:\.\d+)?)\s*{PER_CENT}\s+of\s+(?:all\s+)?(?P<product>(?:(?:[a-z](?:\.[a-z])+\.?|[a-z][a-z-]*)\s+){{1,3}}?)"
                      rf"(?P<flow>{flows})\b", re.I)


@functools.cache
def _product_share_flow_stems() -> dict[str, str]:
    return {r["noun"]: r["stem"] for r in vocab.table("product_share_flows")}


def _names_share_flow(part: str) -> bool:
    """Whether a sentence names a noun of vocab/product_share_flows.csv: a cheap test."""
    low = part.lower()
    return any(w in low for w in _product_share_flow_stems())


def _shares_of_a_named_product(text: str, sentences, i: int) -> list[Finding]:
    """A level's share of a flow of a product its sentence names but gives no figure for,
    checked against the last level of that unit before it in a sentence naming that product
    and the flow's stem: "Imports of vegetable oils rose to 1.5 million tonnes. ... Soyoil
    imports were 450,000 tonnes, or 30% of vegetable oil imports" (0.45 / 1.5). Where that
    sentence holds several such levels (none set against as the earlier side), the whole is a
    guess: nothing is checked."""
    sent = sentences[i]
    _, level_re, earlier_re = _counted_joint_res()
    stems = _product_share_flow_stems()
    out = []
    for m in _product_share_re().finditer(text, sent.start, sent.end):
        words = m["product"].lower().split()
        if m["bare"] is not None and not _CLAUSE_END.match(text, m.end()):
            continue  # (a bare comma ties a share only where the share ends the clause)
        if any(w in _not_product_words() for w in words):
            continue  # (a total, or no product's name: other readers' wholes)
        # (the product as a name of its own: "edible oil" is not the one of "non-edible oils";
        # its last word may be plural)
        product_re = _product_name_re(" ".join(words))
        stem = stems[m["flow"].lower()]
        wholes = None
        for s in reversed(sentences[:i]):
            low = text[s.start:s.end].lower()
            if stem not in low or not product_re.search(text, s.start, s.end):
                continue
            levels = [o for o in _later_levels(text, [s], level_re, earlier_re) if _one_quantity(m, o)]
            if levels:
                wholes = levels
                break
        if not wholes or len(wholes) != 1 or not _same_period(text, sentences, i, wholes[0], level_re):
            continue
        w = wholes[0]
        part = _level(m["n1"], m["s1"], m["u1"])
        if part is None:
            continue
        tie = " ".join(text[m.end("u1"):m.start("p")].strip(", ").lower().split())
        whole_m = {"n0": w["n1"], "s0": w["s1"], "u0": w["u1"], "p": m["p"]}
        out += _share_figures(part, " ".join(filter(None, (m["n1"], m["s1"], m["u1"]))), (m.start("n1"), m.end("u1")),
                              whole_m, m.span("p"), w.span(), hedged=bool(tie) and tie not in _share_ties(),
                              written=(m["n1"], m["s1"], m["u1"]))
    return out


@functools.cache
def _broken_down_total_res() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """A sentence opening on a breakdown cue and its part's level ("Of these, 30,000 units
    were sold abroad", vocab/breakdown_cues.csv); a sentence whose subject, of two or three
    words, has a share of a "total" it gives no figure for ("Sales abroad made up 9% of the
    group's total sales in May."); a level of the sentence before the cue (the whole)."""
    level = level_pattern()
    cues = vocab.alternation(vocab.breakdown_cues(), ignore_case=True, space=r"\s+")
    part = re.compile(rf"\s*(?:{cues})\s*,\s*{HEDGE}{level.format(i=1)}", re.I)
    verbs = vocab.alternation(["accounted for", "made up", "represented", "were", "was"], ignore_case=True, space=r"\s+")
    share = re.compile(rf"\s*(?P<subj>[A-Za-z][\w-]*(?:\s+[a-z][\w-]*){{1,2}})\s+(?:{verbs})\s+{HEDGE}"
                       rf"(?P<p>\d+(?:\.\d+)?)\s*{PER_CENT}\s+of\s+[^.;%\d$€£¥()]{{0,40}}?\btotal\b"
                       rf"(?:[^.;%\d$€£¥()]|(?:19|20)\d\d)*\.?\s*$", re.I)
    return part, share, re.compile(level.format(i=0), re.I)


def _counted_name(unit: str) -> str:
    """A unit by the name it counts ("new energy vehicles" and "units" both count vehicles,
    vocab/counted_unit_names.csv): one key for names a text uses for one another."""
    last = unit.lower().split()[-1]
    return "counted" if last in vocab.counted_unit_names() else unit.lower()


def _shares_of_a_broken_down_total(text: str, sentences, i: int) -> list[Finding]:
    """"The group sold 300,000 cars in May. Of these, 30,000 units went abroad, up 5% from
    28,000. Sales abroad made up 10% of its total sales in May.": the part is the level the
    breakdown cue opens on, the whole the one level of the sentence before the cue (the
    "these" it breaks down), so the share is their ratio. Only where the share's subject
    repeats a word of the part's sentence ("abroad"), and the whole is one level, in the
    part's unit or another name of what it counts."""
    part_re, share_re, level_re = _broken_down_total_res()
    sent, prev, first = sentences[i], sentences[i - 1], sentences[i - 2]
    m = share_re.match(text[sent.start:sent.end])
    pm = part_re.match(text, prev.start, prev.end)
    if m is None or pm is None:
        return []
    # (the subject names the part by a word of its sentence: "Sales abroad" for "went abroad")
    tie = [w for w in m["subj"].lower().split() if len(w) > 3]
    if not any(re.search(rf"\b{re.escape(w)}\b", text[prev.start:pm.start()] + text[pm.end():prev.end], re.I)
                          for w in tie):
        return []
    wholes = [o for o in level_re.finditer(text, first.start, first.end)
              if not _BASE_YEAR.search(text, max(first.start, o.start() - 30), o.start())]
    if len(wholes) != 1 or _counted_name(wholes[0]["u0"]) != _counted_name(pm["u1"]) \
            or _rate_tail(text, wholes[0].end("u0")) or _rate_tail(text, pm.end("u1")):
        return []
    part = _level(pm["n1"], pm["s1"], pm["u1"])
    if part is None:
        return []
    w = wholes[0]
    whole_m = {"n0": w["n0"], "s0": w["s0"], "u0": w["u0"], "p": m["p"]}
    p_span = (sent.start + m.start("p"), sent.start + m.end("p"))
    return _share_figures(part, " ".join(filter(None, (pm["n1"], pm["s1"], pm["u1"]))), (pm.start("n1"), pm.end("u1")),
                          whole_m, p_span, w.span())


# the end of a clause right after a share tied to its level by a bare comma
_CLAUSE_END = re.compile(r"\s*(?:[.;)\n]|$)")


@functools.cache
def _not_product_words() -> frozenset[str]:
    """Words that make the name before a flow's noun no product's: a total ("total", "overall",
    vocab/whole_words.csv: "of global imports") or a determiner ("of its imports")."""
    return frozenset(["total", "overall", "the", "its", "their", "all", "of", "in"]
                     + [r["word"].lower() for r in vocab.table("whole_words")])


@functools.cache
def _product_name_re(product: str) -> re.Pattern:
    """A product's name as a name of its own, its last word perhaps plural: "edible oil" in
    "edible oils", not in "non-edible oils"."""
    words = [re.escape(w) for w in product.split()]
    return re.compile(r"(?<![\w-])" + r"\s+".join(words) + r"(?:s|es)?(?![\w-])", re.I)


@functools.cache
def _demand_share_res() -> tuple[re.Pattern, re.Pattern]:
    """"Imports covered about 40% of demand" (a flow's noun, vocab/flow_nouns_of_verbs.csv, a
    verb and the use's noun, vocab/demand_share_words.csv) and the use's own level in the same
    sentence ("with consumption at 60 bcm")."""
    rows = vocab.table("demand_share_words")
    uses = vocab.alternation([r["phrase"] for r in rows if r["kind"] == "noun"], ignore_case=True, space=r"\s+")
    verbs = vocab.alternation([r["phrase"] for r in rows if r["kind"] == "verb"], ignore_case=True, space=r"\s+")
    flows = vocab.alternation(list(vocab.flow_nouns_of_verbs()), ignore_case=True)
    share = re.compile(rf"\b(?:{flows})\s+(?:{verbs})\s+(?P<h>{HEDGE})(?P<p>\d+(?:\.\d+)?)\s*{PER_CENT}\s+of\s+"
                       rf"(?:(?:the|its|total|[A-Z][\w'’-]*)\s+){{0,2}}(?:{uses})\b", re.I)
    whole = re.compile(rf"\b(?:{uses})\s+(?:at|of|was|stood\s+at|reached|totall?ed)\s+{HEDGE}{level_pattern().format(i=0)}", re.I)
    return share, whole


def _shares_of_demand(text: str, sentences, i: int) -> list[Finding]:
    """A flow's share of a country's use whose sentence gives the use's level and whose part
    is the one level the sentence before gives (no earlier level of a change): "X shipped 20
    bcm in 2022, up 5% from 19 bcm. With consumption at 60 bcm, its supplies covered 33% of
    demand" (20 / 60). Only one share, one use level and one part: else which is which the
    words do not say."""
    sent, before = sentences[i], sentences[i - 1]
    if before.paragraph != sent.paragraph and i > 1 and sentences[i - 2].paragraph == before.paragraph:
        return []  # (the part is the level of the sentence just before, the paragraph's close at most)
    share_re, whole_re = _demand_share_res()
    shares = list(share_re.finditer(text, sent.start, sent.end))
    wholes = list(whole_re.finditer(text, sent.start, sent.end))
    if len(shares) != 1 or len(wholes) != 1:
        return []
    m, w = shares[0], wholes[0]
    _, level_re, earlier_re = _counted_joint_res()
    parts = _later_levels(text, [before], level_re, earlier_re)
    if len(parts) != 1 or not _same_unit(w["u0"], parts[0]["u1"], None) \
            or _rate_tail(text, parts[0].end("u1")) != _rate_tail(text, w.end("u0")):
        return []  # (no part, several, or another quantity than the use's)
    o = parts[0]
    part = _level(o["n1"], o["s1"], o["u1"])
    if part is None:
        return []
    whole = {"n0": w["n0"], "s0": w["s0"], "u0": w["u0"], "p": m["p"]}
    return _share_figures(part, " ".join(filter(None, (o["n1"], o["s1"], o["u1"]))), (o.start("n1"), o.end("u1")),
                          whole, m.span("p"), (w.start("n0"), w.end("u0")), bool(m["h"].strip()),
                          written=(o["n1"], o["s1"], o["u1"]))


@functools.cache
def _demand_before_res() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """A share of a country's use that names no flow before it ("... at about 21% of apparent
    consumption"; vocab/demand_share_words.csv, noun), a sentence opened by a use's noun within
    its first words ("Apparent steel consumption fell ...") and one opened by a flow's
    ("Imports of finished steel reached ...")."""
    uses = vocab.alternation([r["phrase"] for r in vocab.table("demand_share_words") if r["kind"] == "noun"],
                             ignore_case=True, space=r"\s+")
    flows = vocab.alternation(list(vocab.flow_nouns_of_verbs()), ignore_case=True)
    share = re.compile(rf"(?P<h>{HEDGE})(?P<p>\d+(?:\.\d+)?)\s*{PER_CENT}\s+of\s+"
                       rf"(?:(?:the|its|total|[A-Z][\w'’-]*)\s+){{0,2}}(?:{uses})\b", re.I)
    use_opener = re.compile(rf"\s*(?:[\w'’-]+\s+){{0,3}}?(?:{uses})\b", re.I)
    flow_opener = re.compile(rf"\s*(?:[\w'’-]+\s+){{0,2}}?(?P<f>{flows})\b", re.I)
    return share, use_opener, flow_opener


def _shares_of_demand_before(text: str, sentences, i: int) -> list[Finding]:
    """The mirror of _shares_of_demand: the use's level is the sentence before's, opened by
    the use's noun, and the part the one level of the flow that opens the share's sentence:
    "Consumption fell 6% to 126 Mt from 134 Mt. Imports reached 26.6 Mt, so that import
    penetration was about 21% of apparent consumption" (26.6 / 126). One share, one part
    before it and one current level of the use: else which is which the words do not say.
    No other flow may be named between the part and its share ("Exports reached 20 Mt, while
    imports met 30% of demand" is no share of the exports)."""
    sent, before = sentences[i], sentences[i - 1]
    share_re, use_opener, flow_opener = _demand_before_res()
    shares = list(share_re.finditer(text, sent.start, sent.end))
    opened = flow_opener.match(text, sent.start, sent.end)
    if len(shares) != 1 or opened is None or before.paragraph + 1 < sent.paragraph \
            or use_opener.match(text, before.start, before.end) is None:
        return []
    m = shares[0]
    flow = vocab.flows().get(opened["f"].lower(), (None,))[0]
    named = {vocab.flows().get(w.lower(), (None,))[0] for w in flow_word_re().findall(text, sent.start, m.start())}
    if flow is None or named - {flow, None}:
        return []
    _, level_re, earlier_re = _counted_joint_res()
    parts = [o for o in _later_levels(text, [sent], level_re, earlier_re) if o.start() < m.start()]
    wholes = _later_levels(text, [before], level_re, earlier_re)
    if len(parts) != 1 or len(wholes) != 1 or not _same_unit(wholes[0]["u1"], parts[0]["u1"], None) \
            or _rate_tail(text, parts[0].end("u1")) != _rate_tail(text, wholes[0].end("u1")):
        return []  # (no part, several, or another quantity than the use's)
    o, w = parts[0], wholes[0]
    part = _level(o["n1"], o["s1"], o["u1"])
    if part is None:
        return []
    whole = {"n0": w["n1"], "s0": w["s1"], "u0": w["u1"], "p": m["p"]}
    return _share_figures(part, " ".join(filter(None, (o["n1"], o["s1"], o["u1"]))), (o.start("n1"), o.end("u1")),
                          whole, m.span("p"), (w.start("n1"), w.end("u1")), bool(m["h"].strip()),
                          written=(o["n1"], o["s1"], o["u1"]))


@functools.cache
def flow_word_re() -> re.Pattern:
    """A one-word name of a flow of goods ("exports", "imports", "shipments"; vocab/flows.csv)."""
    words = [w for w, (m, _) in vocab.flows().items() if m in ("exports", "imports") and re.fullmatch(r"[a-z-]+", w)]
    return re.compile(rf"\b(?:{vocab.alternation(words, ignore_case=True)})\b", re.I)


# right after a level, its change against an earlier figure by a comparative "than"
_FEWER_THAN_AFTER = re.compile(r"(?:[^.;%\d$€£¥]|(?:19|20)\d\d){0,40}?,\s*(?:about\s+|some\s+|nearly\s+)?\d+(?:\.\d+)?\s*" + PER_CENT
                               + r"\s+(?:fewer|more|less|lower|higher)\s+than\s+(?:the\s+)?\d", re.I)


def _set_against_earlier(text: str, span, whole: re.Match, level_re: re.Pattern, earlier_re: re.Pattern) -> bool:
    """Whether the sentence of `whole` sets it against an earlier level of its unit after it
    ("410,000 tonnes in 2021, up 17 per cent from 350,000 tonnes"): the whole is a new level."""
    at = next((x for x in span if x.start <= whole.start() < x.end), None)
    # ("moved 5.05 million TEU in 2022, 7.8% fewer than the 5.48 million recorded in 2021": a
    # per cent more or fewer "than" an earlier figure, its unit left to the whole's, sets it too)
    if at is not None and _FEWER_THAN_AFTER.match(text, whole.end(), at.end):
        return True
    return at is not None and any(_one_quantity(whole, o) and earlier_re.search(text, max(at.start, o.start() - 40), o.start())
                                  for o in level_re.finditer(text, whole.end(), at.end))


_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d%]|[.,]\d)")


def _same_period(text: str, sentences, i: int, whole: re.Match, level_re: re.Pattern) -> bool:
    """Whether a share in sentence `i` may be of the `whole` level by their periods: "rose 30%
    in 2023 to 2.6 billion litres. Shipments had reached 2.0 billion litres in 2022. Korea
    took 1.1 billion litres, or 42% of the total" is a share of 2023's total, not 2022's. The
    share's year is the one its sentence names, else the latest year named beside a level of
    the whole's unit before it; the whole's, the years its own sentence names. Where both
    are known and differ, the whole is another period's: no share of it to check."""
    sent = sentences[i]
    # ("produced 3,333,100 ounces, or 49.8 percent of the national total, up 10.5 percent from
    # 3,017,200 ounces in 2004": a year dating the earlier level of a change is not the share's)
    own = {y.group() for y in _YEAR.finditer(text, sent.start, sent.end)
           if not _EARLIER_LEVEL_YEAR.search(text, max(sent.start, y.start() - 60), y.start())}
    at = next((s for s in sentences[:i] if s.start <= whole.start() < s.end), None)
    whole_years = set(_YEAR.findall(text, at.start, at.end)) if at is not None else set()
    if not whole_years:
        return True
    if not own:
        # (a year named only as a change's base, "up 61.7 per cent compared with 2022", dates
        # its level after that year, not in it: (year, True) sorts after the year itself, and
        # a share dated so is of no stated year, so none is checked against a whole)
        dated = [(y, bool(_BASE_YEAR.search(text, max(s.start, y_at - 40), y_at)))
                 for s in sentences[:i] if any(_one_quantity(whole, o) for o in level_re.finditer(text, s.start, s.end))
                 for y, y_at in ((y.group(), y.start()) for y in _YEAR.finditer(text, s.start, s.end))]
        if dated and max(dated)[1]:
            return False
        own = {max(dated)[0]} if dated else set()
    return not own or bool(own & whole_years)


# the words that name a year as the base of a change, right before it ("compared with 2022",
# "from 2022", "against 2022", "over 2022")
_BASE_YEAR = re.compile(r"\b(?:compared\s+(?:with|to)|against|from|over|versus|vs\.?)\s+(?:the\s+same\s+period\s+(?:of|in)\s+)?$", re.I)


# the words that date the earlier level of a change, right before its year ("from 3,017,200
# ounces in 2004", "compared with 1.2 million tonnes in 2022")
_EARLIER_LEVEL_YEAR = re.compile(r"\b(?:from|compared\s+(?:with|to)|against)\s+\d[\d,.]*(?:\s+[A-Za-z]+){0,3}\s+(?:in|for)\s+$", re.I)


# ", with China supplying 7.3 million tonnes, or": a clause opened by "with" that gives a
# place's part, right before the part's level
_WITH_PART = re.compile(r",\s+with\s+(?:[A-Za-z'’.-]+\s+){1,4}?[a-z]+ing\s+(?:some\s+|about\s+|around\s+)?$")


def _whole_earlier_in_sentence(text: str, sent, m: re.Match, level_re: re.Pattern, earlier_re: re.Pattern) -> list | None:
    """The whole of a part's share of "the total" given earlier in the part's own sentence,
    where the part is a place's in a "with" clause after it: "The country imported 11.2
    million tonnes, with China supplying 7.3 million tonnes, or 65% of the total" (7.3 of
    11.2). None where the sentence is not so built (the whole is then looked for before)."""
    if ", with " not in text[sent.start:m.start()]:
        return None  # (checked first: cheap)
    clause = _WITH_PART.search(text, sent.start, m.start())
    if clause is None:
        return None
    levels = [o for o in level_re.finditer(text, sent.start, clause.start())
              if not earlier_re.search(text, max(sent.start, o.start() - 40), o.start())]
    if not levels:
        return None
    return [o for o in levels if _one_quantity(m, o)] if len(levels) == 1 else []


def _counted_joint_prefilter(part: str) -> bool:
    low = part.lower()
    return any(w in low for w in vocab.joint_cues())


@functools.cache
def _counted_joint_res() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """"The three destinations together took 60.9 tons", "The two Andean countries together
    accounted for 62% of the volume China bought": a count of things, a joint word
    (vocab/joint_cues.csv), then up to three words and their joint level or share; a level
    set against a later one ("up from 14.2 tons", "to 12.9 tons from 21.8 tons"), which is
    no part."""
    level = level_pattern()
    joint = vocab.alternation(vocab.joint_cues(), ignore_case=True, space=r"\s+")
    counts = vocab.alternation([w for w, v in vocab.number_words().items() if v >= 2 and v == int(v)], ignore_case=True)
    pct = r"(?P<p>\d+(?:\.\d+)?)\s*" + PER_CENT + r"\s+of\b"
    joint_re = re.compile(rf"\b(?P<k>{counts}|\d)\s+(?:[A-Za-z'’-]+\s+){{1,3}}?(?:{joint})\s+(?:[a-z]+\s+){{1,3}}?{HEDGE}"
                          rf"(?:{pct}|{level.format(i=0)})", re.I)
    # ("down from a record 44.7 million bags": the earlier level may be called a record)
    # ("14.0% more than the 2,015 million litres of 2020": a change's "than" after its per
    # cent sets the level after it as the earlier one too; a bare "more than" is a hedge)
    # ("more than double the 8.23 million CGT won in 2020": a multiple's "the" sets it too)
    # ("more than four times the 9.6 tonnes of 2019": so does a number of times before "the")
    earlier = re.compile(rf"(?:\b(?:from|against|versus|vs\.?|compared\s+(?:with|to)|double|twice|triple|treble|times)|{PER_CENT}\s+(?:more|less|higher|lower|fewer)\s+than)"
                         rf"\s+(?:the\s+|a\s+)?(?:record\s+)?{HEDGE}$", re.I)
    return joint_re, re.compile(level.format(i=1), re.I), earlier


def _counted_joints(text: str, sentences, i: int) -> list[Finding]:
    """A joint level or share of a counted number of things, checked against the levels
    before it: the sentences before it in its paragraph, or the paragraph before where it
    opens one (at most five sentences). Its parts are the levels there not set against a
    later one, all of one unit and exactly as many as the count. A joint level is their
    sum; a joint share is their sum over a whole: a level later in its sentence ("..., or
    46% of the total of 131.7 tons", read by `_shares`) leaves it alone; with none, the
    whole is the one level of the unit not set against a later one in the paragraph before
    the parts. A level of its own sentence before the count is one of the things counted
    too ("With A's output of 2.2 million tonnes, the two together produced 3.3 million
    tonnes"), so it is among the parts that must be exactly as many as the count."""
    joint_re, level_re, earlier_re = _counted_joint_res()
    sent = sentences[i]
    span = _sentences_before(sentences, i)
    if not span:
        return []
    out = []
    for m in joint_re.finditer(text, sent.start, sent.end):
        k = vocab.number_words().get(m["k"].lower()) or float(m["k"])
        own = dataclasses.replace(sent, end=m.start())  # (its own sentence up to the count)
        levels = _later_levels(text, [*span, own], level_re, earlier_re)
        unit = m["u0"] or (levels[0]["u1"] if levels else None)
        if len(levels) != k or unit is None or not all(_same_unit(unit, o["u1"], None) for o in levels) \
                or len({_rate_tail(text, o.end("u1")) for o in levels}) != 1:
            continue
        vals = [_level(o["n1"], o["s1"], o["u1"]) for o in levels]
        if None in vals:
            continue
        total = (sum(v for v, _ in vals), sum(e for _, e in vals))
        parts_text = " + ".join(" ".join(filter(None, (o["n1"], o["s1"], o["u1"]))) for o in levels)
        parts_span = (levels[0].start("n1"), levels[-1].end("u1"))
        if m["n0"]:
            if _rate_tail(text, m.end("u0")) != _rate_tail(text, levels[0].end("u1")):
                continue
            out += _joint_level(total, parts_text, parts_span, m)
            continue
        if level_re.search(text, m.end(), sent.end):
            continue  # (a whole in its own sentence: a share `_shares` reads)
        wholes = _sentences_before(sentences, i - len(span))  # (the span ends just before sentence i)
        wholes = [o for o in _later_levels(text, wholes, level_re, earlier_re) if _same_unit(unit, o["u1"], None)]
        if len(wholes) != 1 or _rate_tail(text, wholes[0].end("u1")) != _rate_tail(text, levels[0].end("u1")):
            continue
        w = wholes[0]
        whole_m = {"n0": w["n1"], "s0": w["s1"], "u0": w["u1"], "p": m["p"]}
        out += _share_figures(total, parts_text, parts_span, whole_m, m.span("p"), w.span())
    return out


def _sentences_before(sentences, i: int) -> list:
    """The sentences before sentence `i` in its paragraph, or the paragraph before where it
    opens one; at most five."""
    if i == 0:
        return []
    para = sentences[i - 1].paragraph if sentences[i - 1].paragraph != sentences[i].paragraph else sentences[i].paragraph
    out = []
    j = i - 1
    while j >= 0 and sentences[j].paragraph == para and len(out) < 5:
        out.append(sentences[j])
        j -= 1
    return out[::-1]


def _later_levels(text: str, span, level_re: re.Pattern, earlier_re: re.Pattern) -> list[re.Match]:
    """The levels of a quantity in `span` (sentences) that no "from" or "against" sets as the
    earlier side of a change."""
    return [o for s in span for o in level_re.finditer(text, s.start, s.end)
            if not earlier_re.search(text, max(s.start, o.start() - 40), o.start())]


def _joint_level(total: tuple[float, float], parts_text: str, parts_span: tuple[int, int], m: re.Match) -> list[Finding]:
    """The finding for a joint level the parts' sum (each to its rounding) cannot give."""
    return sum_finding(total, parts_text, parts_span, m["n0"], m["s0"], m["u0"], (m.start("n0"), m.end("u0")))


def sum_finding(total: tuple[float, float], parts_text: str, parts_span: tuple[int, int],
                n: str, s: str | None, u: str, span: tuple[int, int]) -> list[Finding]:
    """A sum finding where parts adding up to `total` (value, rounding) cannot give the stated
    level (number `n`, scale `s`, unit `u`, at `span`), each to its rounding; else none."""
    stated = _level(n, s, u)
    if stated is None or abs(total[0] - stated[0]) <= total[1] + stated[1] + 1e-9:
        return []
    scale = vocab.scales().get((_unit_scale(s, u) or "").lower(), 1.0)  # (the sum written in the stated level's scale and unit)
    fields = {"parts": parts_text, "sum": " ".join(filter(None, (f"{total[0] / scale:,.{_decimals(n)}f}", s, u))),
              "stated": " ".join(filter(None, (n, s, u)))}
    return [Finding(id="", check="sum", status=Status.INCONSISTENT, severity=Severity.ERROR, claims=[],
                    spans=[parts_span, span], message=render("sum", "parts", False, fields),
                    expected=total[0], observed=stated[0])]


def _decimals(n: str) -> int:
    """How many decimals a written figure has ("60.9": 1)."""
    return len(n.split(".")[1]) if "." in n else 0


def _one_quantity(o: re.Match, w: re.Match) -> bool:
    """Whether two levels are of one unit and neither a rate the other is not."""
    return _same_unit(w["u1"], o["u1"], None) and _rate_tail(o.string, o.end("u1")) == _rate_tail(w.string, w.end("u1"))


# an abbreviation defined in brackets right after a level: "4.2 million tonnes (mt)"
_DEFINED_ABBREVIATION = re.compile(r"\s*\((?P<a>[A-Za-z]{1,5})\)")


def _share_verdict(m: re.Match, levels: list[re.Match]) -> list[Finding]:
    whole = {g: m[g] for g in ("n0", "s0", "u0", "p")}
    for o in levels:
        # ("exported 4.2 million tonnes (mt) ..., about 37 per cent of its total exports of
        # 11.3 mt": the abbreviation defined beside the part stands for its scale and unit,
        # so the whole is in million tonnes too)
        a = _DEFINED_ABBREVIATION.match(o.string, o.end("u1"))
        if a and a["a"] == m["u0"] and not m["s0"] and o["s1"]:
            whole["u0"], whole["s0"] = o["u1"], o["s1"]
    parts = [o for o in levels if _same_unit(whole["u0"], o["u1"], None)
             and _rate_tail(o.string, o.end("u1")) == _rate_tail(m.string, m.end("u0"))]
    if len(parts) != 1 or len(levels) != 1:
        return []  # (no part, or several quantities to choose among: not a guess to flag)
    o = parts[0]
    part = _level(o["n1"], o["s1"], o["u1"])
    if part is None:
        return []
    # (a hedged share, "about 37 per cent", may stray as far as a hedged figure does)
    tie = " ".join(m.string[m.start():m.start("p")].strip(", ").lower().split())
    hedged = bool(tie) and tie not in _share_ties()
    return _share_figures(part, " ".join(filter(None, (o["n1"], o["s1"], o["u1"]))), (o.start("n1"), o.end("u1")),
                          whole, m.span("p"), (m.start("n0"), m.end("u0")), hedged, written=(o["n1"], o["s1"], o["u1"]))


@functools.cache
def _share_ties() -> frozenset[str]:
    return frozenset(r["phrase"] for r in vocab.table("quantity_share_ties"))


def _share_figures(part: tuple[float, float], part_text: str, part_span: tuple[int, int], m, pct_span: tuple[int, int],
                   whole_span: tuple[int, int], hedged: bool = False, written: tuple | None = None,
                   above_whole: bool = False, pinned: tuple[float, float] | None = None,
                   whole_bound: str | None = None) -> list[Finding]:
    """The finding for a share `m["p"]` of the whole `m` (groups n0, s0, u0) that the part
    (its value and rounding) cannot give, or none (a `hedged` share within a hedged figure's
    width of it). `written`: the part's figure, scale and unit as written, where its unit is
    spelt otherwise than the whole's: one of the two naming no scale may share the other's
    ("8.6 million tonnes (mt) ... 5.4 mt, or 62.8% of the total" is 5.4 million), and
    the share is then flagged only where no reading gives it. `above_whole`: the whole is
    the one level its words can mean, so a part above it is flagged too, its share then being
    over 100% (elsewhere a part above the whole found means that whole is not the share's).
    `whole_bound`: "gt" where the whole is a floor ("more than ..."), so any share below the
    part over it may hold; "lt" where it is a ceiling, so any share above."""
    whole = pinned or _level(m["n0"], m["s0"], m["u0"])
    if whole is None or whole[0] - whole[1] <= 0:
        return []
    readings = [(part, whole)]
    if written and m["u0"] and written[2] and written[2].lower() != m["u0"].lower():
        n, s, _ = written
        if not s and m["s0"]:
            readings.append((_level(n, m["s0"]), whole))
        elif s and not m["s0"]:
            readings.append((part, _level(m["n0"], s)))
    # (a per cent is written to its last digit, as the money checks read it: "about 30
    # percent" strays as a one-digit figure does, 26.5% to 33.5%, its zero no rounding to tens)
    p, ep = float(m["p"]), half_last_digit(m["p"])
    if hedged:
        ep += p * approx_width(p, 2 * ep)
    for a, b in readings:
        if a is None or b is None or not 0 < a[0] or not (a[0] < b[0] or above_whole) or b[0] - b[1] <= 0:
            return []  # (a reading with the part no smaller than its whole: no share to check)
        lo, hi = (a[0] - a[1]) / (b[0] + b[1]) * 100, (a[0] + a[1]) / (b[0] - b[1]) * 100
        if whole_bound == "gt":
            lo = 0.0
        elif whole_bound == "lt":
            hi = float("inf")
        if p - ep <= hi and lo <= p + ep:
            return []
    share = part[0] / whole[0] * 100
    fields = {"part": part_text, "whole": " ".join(filter(None, (m["n0"], m["s0"], m["u0"]))),
              "share": f"{share:.1f}%", "text": f"{m['p']}%", "bound": "approx" if hedged else "eq"}
    return [Finding(id="", check="ratio", status=Status.INCONSISTENT, severity=Severity.ERROR, claims=[],
                    spans=[part_span, pct_span, whole_span],
                    message=render("ratio", "share", False, fields), expected=round(share, 1), observed=p)]


@functools.cache
def _restated_res() -> tuple[re.Pattern, re.Pattern]:
    """"Volume: 3.02 million tonnes (+28.8% y/y)": a level with its year-on-year change in
    brackets; "shipped 3.02 million tonnes of coffee in 2024, up from 2.345 million tonnes in
    2023": the same level given again beside the year before's."""
    level = level_pattern()
    bracket = re.compile(rf"{level.format(i=1)}\s*\(\s*(?P<sg>[+\-−–])\s*(?P<p>\d+(?:\.\d+)?)\s*%\s*"
                         rf"(?:y/y|y-o-y|yoy|year-on-year)\s*\)", re.I)
    words = r"(?:[^.;%\d$€£¥()]|(?:19|20)\d\d){0,60}?"
    restated = re.compile(rf"{level.format(i=1)}(?P<w>{words}),\s*(?P<d>up|down)\s+from\s+{level.format(i=0)}"
                          rf"\s+in\s+(?P<y0>(?:19|20)\d\d)\b", re.I)
    return bracket, restated


def _bracketed_changes_restated(text: str) -> list[Finding]:
    """A bracketed year-on-year change of a level, checked against the year before's level
    where the text gives that same level (figure, scale and unit as written) once more with
    it, the two years named and one apart, and the directions agreeing."""
    bracket_re, restated_re = _restated_res()
    out = []
    restated = list(restated_re.finditer(text))
    for b in bracket_re.finditer(text):
        same = [r for r in restated if (r["n1"], (r["s1"] or "").lower(), r["u1"].lower())
                == (b["n1"], (b["s1"] or "").lower(), b["u1"].lower())]
        if len(same) != 1:
            continue  # (no restatement, or several: not a guess to flag)
        r = same[0]
        years = re.findall(r"\b(?:19|20)\d\d\b", r["w"])
        sign = -1 if b["sg"] in "-−–" else 1
        if (len(years) != 1 or int(years[0]) != int(r["y0"]) + 1 or not _same_unit(r["u1"], r["u0"], None)
                or (r["d"].lower() == "up") != (sign > 0)):
            continue
        f = _verdict(r, r, sign, b["p"], b.span("p"), r.end("u0"))
        if f is not None:
            out.append(f)
    return out


def _last_change_verb(words: str) -> int | None:
    """The direction of the last change verb in `words` ("increased by 7 per cent in value
    ... and by 2 per cent": the verb the second change shares)."""
    changes = vocab.changes()
    for w in reversed(re.findall(r"[a-z]+", words.lower())):
        if w in changes:
            return changes[w]
    return None


def _to_one_place(n1: str, s1: str | None, new: tuple[float, float], n0: str, s0: str | None,
                  olds: list[tuple[float, float]]) -> tuple[tuple[float, float], list[tuple[float, float]]]:
    """Two whole-number levels of one quantity set side by side in one sentence, neither with a
    scale word ("785,000 head ... from 400,000 head"), are written to one place: the trailing
    zeros of the rounder one are digits where the other is given finer (else "400,000" would
    stand for anything from 350,000 to 450,000 and let any change through)."""
    if s1 or s0 or "." in n1 or "." in n0:
        return new, olds
    place = min([new[1], *(old[1] for old in olds)])
    return (new[0], place), [(old[0], place) for old in olds]


def _figure(s: str) -> tuple[float, float]:
    """A written figure and half its last digit: "9.6" (9.6, 0.05); "8,630,000" (8630000,
    5000), its trailing zeros taken for rounding."""
    s = re.sub(r"[,\s]", "", s)  # (thousands grouped by commas or spaces, "1 116")
    if "." in s:
        return float(s), 0.5 * 10 ** -len(s.split(".")[1])
    zeros = len(s) - len(s.rstrip("0"))
    return float(s), 0.5 * 10 ** min(zeros, len(s) - 1)


def _level(n: str, scale: str | None, unit: str | None = None) -> tuple[float, float] | None:
    """A level's value and half its last digit, in its scale (or its unit's, `_unit_scale`)."""
    if re.fullmatch(r"(?:19|20)\d\d", n) and not scale:
        return None  # a year, not a level
    scale = _unit_scale(scale, unit)
    v, e = _figure(n)
    k = vocab.scales().get((scale or "").lower(), 1.0)
    return v * k, e * k
