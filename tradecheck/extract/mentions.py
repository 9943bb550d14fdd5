"""The scanner: money amounts, percentages, multiples, fractions, countries and flow words,
each with its span. Patterns are compiled once from the vocabulary tables."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from .. import vocab
from .keywords import Index, Keyed, is_word_char, keyed
from .numbers import NUMBER, parse_number


@dataclass
class Mention:
    kind: str  # amount | percent | multiple | fraction | country | flow
    start: int
    end: int
    text: str
    value: float | None = None  # amount in units of its currency; percent/fraction as a fraction; factor
    unit: float | None = None  # rounding unit of `value` as written
    attrs: dict = field(default_factory=dict)


@functools.cache
def _percent_re() -> Keyed:
    return keyed("percent", rf"(?<![\w.,])(?P<num>{NUMBER})\s?(?P<sign>%|per\s?cent\b|percent\b|pct\b)", [],
                 flags=re.I, digits=True)


def _numbers_before_fold_or_times(text: str, low: str) -> list[int]:
    """Where the number of "sixfold", "2.5-fold" or "ten times" can begin: the word starts
    in the run of word characters and points just before "fold" (after at most one space
    or hyphen) or "times" (after its spaces). Numbers are everywhere; these words are rare."""
    out = []
    for word in ("fold", "times"):
        at = low.find(word)
        while at >= 0:
            i = at
            if word == "fold":
                if i > 0 and (text[i - 1].isspace() or text[i - 1] == "-"):
                    i -= 1
            else:
                while i > 0 and text[i - 1].isspace():
                    i -= 1
            j = i
            while j > 0 and (is_word_char(text[j - 1]) or text[j - 1] == "."):
                j -= 1
            out += [p for p in range(j, i) if p == 0 or not is_word_char(text[p - 1])]
            at = low.find(word, at + 1)
    return out


@functools.cache
def _multiple_re() -> Keyed:
    numbers = [w for w in vocab.number_words() if w not in ("a", "an", "half")]
    words = vocab.alternation(numbers, ignore_case=True, inline=True)
    mult = vocab.alternation(vocab.multiples(), ignore_case=True, inline=True)
    return keyed("multiple",
                 rf"(?<!\w)(?P<all>(?P<fold>{words}|\d+(?:\.\d+)?)[\s-]?(?i:fold)\b"
                 rf"|(?P<times>{words}|\d+(?:\.\d+)?)\s+(?i:times)(?:\s+(?P<cmp>(?i:higher|more|larger|bigger|greater|over|as\s+(?:much|large|high|big|many))))?\b"
                 rf"|(?P<word>{mult})\b)", vocab.multiples(), more=_numbers_before_fold_or_times,
                 # every multiple says "fold", "times" or a word like "doubled": most texts have none
                 needs=["fold", "times", *vocab.multiples()])


@functools.cache
def _fraction_re() -> Keyed:
    fractions = vocab.fractions()
    return keyed("fraction", rf"(?<!\w)(?P<f>{vocab.alternation(fractions, ignore_case=True, inline=True)})\b", fractions)


@functools.cache
def _country_re() -> Keyed:
    aliases = list(vocab.countries())
    # Names are matched as written (case matters: "US" is not "us"); lower-case group words
    # ("world", "global") match in lower case only.
    return keyed("country", rf"(?<!\w)(?P<c>{vocab.alternation(aliases)})(?![\w])(?P<pos>['’]s)?", aliases)


@functools.cache
def _flow_re() -> Keyed:
    flows = vocab.flows()
    return keyed("flow", rf"(?<![\w-])(?P<f>{vocab.alternation(flows, ignore_case=True, inline=True)})(?![\w-])", flows)


@functools.cache
def _commodity_re() -> Keyed:
    words = vocab.commodities()
    return keyed("commodity", rf"(?<![\w-])(?P<c>{vocab.alternation(words, ignore_case=True, inline=True)})(?![\w-])", words)


def keyed_patterns() -> list[Keyed]:
    """The finders here that scan by keywords (see keywords.py)."""
    return [_percent_re(), _multiple_re(), _fraction_re(), _country_re(), _flow_re(), _commodity_re()]


def find_amounts(text: str, decimal_comma: bool = False, index: Index | None = None) -> list[Mention]:
    from .money import find_money

    out = []
    for mo in _join_ranges(text, find_money(text, decimal_comma, index)):
        if not mo.scaled and mo.value < 1 and mo.unit >= 1:
            continue
        out.append(Mention("amount", mo.start, mo.end, mo.text, mo.value, mo.unit,
                           {"token": mo.token, "codes": mo.codes, "scaled": mo.scaled, "hi": mo.hi}))
    return out


_RANGE_GAP = re.compile(r"^\s*(?:and|to|-|–)\s*$")


def _join_ranges(text: str, found: list) -> list:
    """"between $40 and $50 million", "$40 million to $50 million": one amount whose
    value is a range. "from $40m to $50m" is a change, not a range, and stays two."""
    out = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        if b is not None and _RANGE_GAP.match(text[a.end:b.start]) and a.codes == b.codes and a.hi is None:
            joiner = text[a.end:b.start].strip()
            before = text[max(0, a.start - 25):a.start].lower()
            a_val = a.value * (1 if a.scaled or not b.scaled else b.unit / (a.unit or 1))
            plausible = 0 < a.value and (b.value / a_val if a_val else 99) < 2.5 and b.value > a_val
            changed = re.search(r"\b(?:by|up|down|rose|fell|grew|increased|decreased|narrowed|widened|jumped|climbed|dropped|from)\s*$", before)
            if plausible and ((joiner == "and" and before.rstrip().endswith("between")) or (joiner != "and" and not changed)):
                scale = 1.0
                if not a.scaled and b.scaled and b.value and a.unit:
                    # "$40 and $50 million": the first figure takes the second's scale
                    scale = b.unit / (a.unit if a.unit else 1.0)
                    scale = 10 ** round(__import__("math").log10(scale)) if scale > 0 else 1.0
                lo = a.value * scale
                a.hi = b.value
                a.value = lo
                a.end, a.text = b.end, text[a.start:b.end]
                a.unit, a.scaled = b.unit, a.scaled or b.scaled
                out.append(a)
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def find_percents(text: str, index: Index | None = None) -> list[Mention]:
    out = []
    for m in _percent_re().finditer(text, index):
        v, unit = parse_number(m["num"])
        out.append(Mention("percent", m.start(), m.end(), m.group(0), v / 100.0, unit / 100.0))
    return out


def find_multiples(text: str, index: Index | None = None) -> list[Mention]:
    out = []
    mults = vocab.multiples()
    for m in _multiple_re().finditer(text, index):
        if m["word"]:
            f = mults[m["word"].lower()]
            out.append(Mention("multiple", m.start("all"), m.end(), m["all"], f, None, {"word": True}))
            continue
        n = m["fold"] or m["times"]
        f = float(n) if n[0].isdigit() else vocab.number_words()[n.lower()]
        unit = parse_number(n)[1] if n[0].isdigit() else 1.0
        out.append(Mention("multiple", m.start("all"), m.end(), m["all"], f, unit,
                           {"times": bool(m["times"]), "cmp": m["cmp"]}))
    return out


def find_fractions(text: str, index: Index | None = None) -> list[Mention]:
    fr = vocab.fractions()
    return [Mention("fraction", m.start("f"), m.end(), m["f"], fr[re.sub(r"\s+", " ", m["f"].lower())], None)
            for m in _fraction_re().finditer(text, index)]


def find_countries(text: str, index: Index | None = None) -> list[Mention]:
    table = vocab.countries()
    out = []
    for m in _country_re().finditer(text, index):
        iso, kind, label = table[m["c"]]
        if kind == "group" and m["c"][0].islower() is False and m["c"] in ("world",):
            continue
        out.append(Mention("country", m.start("c"), m.end(), m["c"], None, None,
                           {"iso": iso, "kind": kind, "label": label, "possessive": bool(m["pos"])}))
    return out


def find_commodities(text: str, index: Index | None = None) -> list[Mention]:
    """Product groups and scopes: "potash", "non-oil", "excluding energy and gold"."""
    return [Mention("commodity", m.start("c"), m.end(), m["c"]) for m in _commodity_re().finditer(text, index)]


@functools.cache
def _flow_table() -> dict[str, tuple[str, int]]:
    return {k.lower(): v for k, v in vocab.flows().items()}


def find_flows(text: str, index: Index | None = None) -> list[Mention]:
    table = _flow_table()
    out = []
    for m in _flow_re().finditer(text, index):
        measure, sign = table[m["f"].lower()]
        if m["f"] == "GDP" or m["f"].lower() != "gdp":
            out.append(Mention("flow", m.start("f"), m.end(), m["f"], None, None, {"measure": measure, "sign": sign}))
    return out


def document_uses_decimal_comma(text: str) -> bool:
    """A text that writes "4,77 billion" or "20,5%" reads "1,345 billion" as 1.345."""
    return bool(_DECIMAL_COMMA.search(text))


# "4,77 billion": begins with a digit (not after a digit or a comma), for a quick scan
_DECIMAL_COMMA = re.compile(r"\d(?<![\d,]\d)\d{0,2},\d{1,2}(?![\d,])\s?(?:%|(?i:billion|million|bn|mn|trillion))")
