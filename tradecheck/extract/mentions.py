"""The scanner: money amounts, percentages, multiples, fractions, countries and flow words,
each with its span. Patterns are compiled once from the vocabulary tables."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from .. import vocab
from .adjustment_marks import is_mark
from .glossed_regimes import glossed_regimes
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
    """"25%", "4.2pc", "+3.9 %", "twelve per cent", "41-and-a-half percent", and ranges:
    "6.3-7.4%", "6% to 7%", "between 6 and 7 per cent" (find_percents decides whether a
    "to" or an "and" joins a range)."""
    from .money import WORD_NUMBER, _TENS, _UNITS

    signs = vocab.percent_signs()
    loose = vocab.alternation([s for s, exact in signs.items() if not exact], ignore_case=True, space=r"[\s-]?")
    exact = vocab.alternation([s for s, exact in signs.items() if exact], space=r"[\s-]?")
    sign = rf"(?:{loose}|(?-i:{exact}))(?![A-Za-z])"
    # (a spoken "a hundred" or "a thousand" starts no percentage: the index keys a
    # percentage's words, and every "a" of a text would be a place to try it)
    num = rf"(?:{NUMBER}|(?!\d)(?!an?\s)(?:{WORD_NUMBER})(?=[\s-]))"
    return keyed("percent",
                 # (the lookahead turns away, in one step, the many numbers followed by
                 # nothing a percentage can go on with)
                 rf"(?<![\w.,])(?P<num>(?>{num}))(?!\s*[^%％pPaAtT\-–\s½])(?P<half>[\s-]+and[\s-]+a[\s-]+half|½)?"
                 rf"(?:(?P<sign1>\s?{sign})?\s?(?P<join>-|–|to|and)\s?(?P<hi>{NUMBER}))?"
                 # "a 10-percent increase"; a tab parts two cells of a pasted spreadsheet
                 # ("Feb-23\t% Growth"), never a number from its sign; a few spaces before a
                 # sign in words where a word split at a line's end was joined over the end of
                 # its span ("2.5 per-\ncent" reads "2.5   percent", see wraps.py)
                 rf"(?:[ \xa0]{{2,4}}(?=[pP])|[^\S\t]|-(?=[pP]))?(?P<sign>{sign})", [*_UNITS, *_TENS],
                 flags=re.I, digits=True)


def _before_and_a(text: str, low: str, j: int) -> int | None:
    """Where the word before "and a" ends at `j` begins ("two" in "two and a half times",
    "41" in "41-and-a-half-fold"), if it is so written."""
    for word in ("a", "and"):
        i = j
        while i > 0 and (text[i - 1].isspace() or text[i - 1] == "-"):
            i -= 1
        if i == j or not low.endswith(word, 0, i) or (i > len(word) and is_word_char(text[i - len(word) - 1])):
            return None
        j = i - len(word)
    i = j
    while i > 0 and (text[i - 1].isspace() or text[i - 1] == "-"):
        i -= 1
    k = _word_start(text, i)
    return k if k < i and i < j else None


def _word_start(text: str, i: int) -> int:
    """Where the word or number that ends at `i` begins; a number may hold points and
    decimal commas ("1,6 times")."""
    while i > 0 and (is_word_char(text[i - 1]) or text[i - 1] == "."
                     or (text[i - 1] == "," and i > 1 and text[i - 2].isdigit())):
        i -= 1
    return i


def _numbers_before_fold_or_times(text: str, low: str) -> list[int]:
    """Where the number of "sixfold", "2.5-fold", "ten times" or "2.5x" can begin: the word
    starts in the run of word characters and points just before "fold" (after at most one
    space or hyphen), "times" (after its spaces) or an "x" glued to a digit, and the number
    before "and a half" when the run is "half". Numbers are everywhere; these words are rare."""
    out = []
    for word in ("fold", "times", "x", "×"):
        at = low.find(word)
        while at >= 0:
            i = at
            if word == "fold":
                if i > 0 and (text[i - 1].isspace() or text[i - 1] == "-"):
                    i -= 1
            elif word == "times":
                while i > 0 and text[i - 1].isspace():
                    i -= 1
            elif not (i > 0 and text[i - 1].isdigit()):
                at = low.find(word, at + 1)
                continue
            j = _word_start(text, i)
            out += [p for p in range(j, i) if p == 0 or not is_word_char(text[p - 1])]
            if low.startswith("half", j):
                k = _before_and_a(text, low, j)
                if k is not None:
                    out.append(k)
            at = low.find(word, at + 1)
    return out


@functools.cache
def _multiple_re() -> Keyed:
    numbers = [w for w in vocab.number_words() if w not in ("a", "an", "half")]
    words = vocab.alternation(numbers, ignore_case=True, inline=True)
    mult = vocab.alternation(vocab.multiples(), ignore_case=True, inline=True)
    fractions = vocab.fractions()
    frac = vocab.alternation(fractions, ignore_case=True, inline=True)
    half = r"[\s-]+(?i:and)[\s-]+(?i:a)[\s-]+(?i:half)|½"
    cmp = vocab.alternation(vocab.multiple_comparatives(), ignore_case=True, inline=True)
    return keyed("multiple",
                 rf"(?<![\w.])(?P<all>(?P<fold>{words}|\d+(?:\.\d+)?)(?P<fhalf>{half})?[\s-]?(?i:fold)\b"
                 # ("1,6 times": a decimal comma, one or two digits after it)
                 rf"|(?<!\d,)(?P<times>{words}|\d+(?:\.\d+|,\d{{1,2}}(?!\d))?)(?P<thalf>{half})?\s+(?i:times)(?:\s+(?P<cmp>{cmp}|(?i:as\s+(?:much|large|high|big|many))))?\b"
                 # "2.5x"
                 rf"|(?P<x>\d+(?:\.\d+)?)[x×](?![\w-])"
                 rf"|(?P<word>{mult})\b"
                 # "less than one-third as large as": a fraction that compares two figures
                 rf"|(?P<frac>{frac})(?=\s+(?i:as\s+(?:much|large|high|big|great|many)\s+as)\b))",
                 [*vocab.multiples(), *fractions], more=_numbers_before_fold_or_times,
                 # every multiple says "fold", "times", "as" or a word like "doubled": most texts have none
                 needs=["fold", "times", "as", "x", "×", *vocab.multiples()])


# What makes "double", "triple" or "twice" a multiple: a verb's infinitive or modal before it
# ("aims to double", "will triple": a goal), a qualifier ("nearly double", "more than twice"), or
# the figure it compares with after it ("double that of 2022", "twice as large as", "triple
# the 2015 level", "triple from $5bn"); after a modal of what may be ("could double yields",
# "would triple"), a hypothetical, no multiple stated as fact
_CUE_BEFORE = re.compile(r"(?<![\w-])(?:(?P<maybe>would|could|can|may|might)|(?P<verb>to|will|should|must|shall)|nearly|almost|about|"
                         r"around|roughly|some|approximately|more\s+than|less\s+than|over|well\s+over|close\s+to|"
                         r"at\s+least|just\s+over|just\s+under|not)\s+$", re.I)
# a count right before a multiple's word makes it a noun ("the two halves", "both halves")
_COUNT_BEFORE = re.compile(r"(?<![\w-])(?:two|both|three|four)\s+$", re.I)
_CUE_AFTER = re.compile(r"\s+(?:that|those|the|its|their|what|last|this|from|over|since|as\s+(?:much|large|high|big|"
                        r"great|many)|(?:19|20)\d\d(?:'s|’s)?\b)(?![\w-])", re.I)
# ... but a speed, a rate or a count compared is not a value: "twice as fast as", "double
# the rate of", "more than double the 6.18 per cent growth", "double the number of flights";
# nor is "twice over" ending its clause ("enough to cover the gap twice over,"): how many
# times one sum covers another, no change of either
_NOT_A_VALUE_AFTER = re.compile(r"\s+(?:as\s+(?!(?:much|large|high|big|great|many)\b)\w+\s+as|the\s+(?:rate|pace|speed|number|"
                                r"growth)\b|(?:the\s+)?[\d.,]+\s*(?:%|per\s?cent|percent|pc)(?![A-Za-z])|over(?=\s*(?:[,.;:)]|$)))", re.I)


@functools.cache
def _fraction_re() -> Keyed:
    fractions = vocab.fractions()
    return keyed("fraction", rf"(?<!\w)(?P<f>{vocab.alternation(fractions, ignore_case=True, inline=True)})\b", fractions)


@functools.cache
def _country_re() -> Keyed:
    aliases = list(vocab.countries())
    # Names are matched as written (case matters: "US" is not "us"); lower-case group words
    # ("world", "global") match in lower case only.
    # ("the United States' $2.02 trillion": a name ending in s takes the apostrophe alone)
    return keyed("country", rf"(?<!\w)(?P<c>{vocab.alternation(aliases)})(?![\w])(?P<pos>['’]s|(?<=s)['’](?![\w'’]))?", aliases)


@functools.cache
def _flow_re() -> Keyed:
    flows = vocab.flows()
    return keyed("flow", rf"(?<![\w-])(?P<f>{vocab.alternation(flows, ignore_case=True, inline=True)})(?![\w-])", flows)


@functools.cache
def _commodity_re() -> Keyed:
    words = vocab.commodities()
    singulars = list(vocab.commodity_singulars())
    # ("non-energy products": everything but a group, itself a scope like "non-oil"; "Log
    # exports": a product word's singular form, as a noun before a flow word)
    # ("IT exports": a cased word, vocab/cased_commodities.csv, only as written and before a
    # word of trade or of its sector; the pronoun "it" is none)
    cased = list(vocab.cased_commodities())
    tails = vocab.alternation(vocab.cased_commodity_tails(), ignore_case=True, inline=True)
    return keyed("commodity", rf"(?:(?<![\w-])|(?<=(?<![\w-])non-)|(?<=(?<![\w-])Non-))(?P<c>{vocab.alternation(words, ignore_case=True, inline=True)}"
                 rf"|{vocab.alternation(singulars, ignore_case=True, inline=True)}(?=\s+(?i:exports?|imports?|shipments|sales)\b)"
                 rf"|{vocab.alternation(cased)}(?=\s+(?:{tails})\b))(?![\w-])", words + singulars + cased)


def keyed_patterns() -> list[Keyed]:
    """The finders here that scan by keywords (see keywords.py)."""
    return [_percent_re(), _multiple_re(), _fraction_re(), _country_re(), _flow_re(), _commodity_re()]


def find_amounts(text: str, decimal_comma: bool = False, index: Index | None = None,
                 countries: list[Mention] | None = None, rates: dict | None = None) -> list[Mention]:
    """Money amounts. A figure with a "weak" currency sign and no scale word ("N95", "R5")
    counts only in a text that names a country using that currency (`countries`: the
    text's country mentions, found here when not given). `rates`, where given, is filled
    with the exchange rates the text states ("(1 euro = $1.1293)"): USD per unit, by currency."""
    from .money import find_money
    from .said_twice import drop_words_restated_in_digits, spelt
    from .weights import is_weight

    out = []
    found = find_money(text, decimal_comma, index)
    bare = []
    if any(mo.bare for mo in found):
        bare = [mo for mo in found if mo.bare]
        found = [mo for mo in found if not mo.bare]
    if any(mo.weak for mo in found):
        if countries is None:
            countries = find_countries(text, index)
        named = _currencies_named(countries)
        # ... and a figure followed by a noun is a code ("the P4 project", "AMD 5800X chips"),
        # unless its sign carries a scale ("1 148,3 MD (-11,8%)": million dinars, no code)
        found = [mo for mo in found if not mo.weak or (named.intersection(mo.codes)
                                                       and (mo.scaled or _ELIDED_AFTER.match(text, mo.end)))]
    rate_until = -1  # the end of the sentence of the last exchange rate
    found = _join_ranges(text, found)
    quoted = _rate_equations(text, found, rates)
    for mo in found:
        if mo.start in quoted:
            continue  # "($1 = 7.2667 yuan)": the rate a wire converts at, no sum
        if not mo.scaled and mo.value < 1 and mo.unit >= 1:
            continue
        if is_weight(text, mo.token, mo.end):
            continue  # "2,612 million pounds of shrimp": a weight (extract/weights.py)
        if not mo.scaled and _ONE_IN_EVERY.match(text, mo.end):
            continue  # "one shilling in six", "two dollars in every five": a proportion, no sum
        if not mo.scaled and _rate_quote_re().match(text, mo.end):
            end = _SENTENCE_END.search(text, mo.end)
            rate_until = end.start() if end else len(text)
            continue  # "below R17.50 to the dollar", "N1,500 per dollar": an exchange rate, no sum
        if not mo.scaled and mo.start < rate_until:
            continue  # ("N1,500 to the dollar ..., compared with N461 a year earlier": the rate then)
        attrs = {"token": mo.token, "codes": mo.codes, "scaled": mo.scaled, "hi": mo.hi}
        if mo.start and text[mo.start - 1] in "+-−–" and _sign_before(text, mo.start):
            attrs["sign"] = _sign_before(text, mo.start)  # "a balance of -€5.0 bn": the sign as printed
            out.append(Mention("amount", mo.start - 1, mo.end, text[mo.start - 1:mo.end], mo.value, mo.unit, attrs))
        else:
            if _MINUS_AFTER_CURRENCY.match(mo.text):
                attrs["sign"] = -1  # "US$ -11,319 million": the minus after the currency
            elif _sign_word_before(text, mo.start):
                attrs["sign"] = _sign_word_before(text, mo.start)  # "was minus £31.4 billion"

            out.append(Mention("amount", mo.start, mo.end, mo.text, mo.value, mo.unit, attrs))
    if out and bare:
        out = sorted(out + _elided(text, out, bare), key=lambda a: a.start)
    if len(out) > 1 and any(spelt(a) for a in out):
        out = drop_words_restated_in_digits(text, out)  # "about twenty trillion yen - ¥20.0 trillion"
    return out


# "$1 = 7.2667 yuan", "US$1 equals 83.2 rupees": one unit of a currency set equal to a price in another
_EQUALS = re.compile(r"[^\S\n]*(?:=|equals)[^\S\n]*", re.I)


def _rate_equations(text: str, found: list, rates: dict | None = None) -> set[int]:
    """The starts of the figures of exchange-rate equations: a single unit of one currency, an
    equals sign and a figure with no scale word right after it (a wire's currency note).
    Where one side is the dollar, the rate goes into `rates` (USD per unit of the other
    currency, by its code): the rate the writer converted the text's figures at."""
    out = set()
    for a, b in zip(found, found[1:]):
        if not a.scaled and not b.scaled and a.value == 1 and _EQUALS.fullmatch(text, a.end, b.start):
            out.update((a.start, b.start))
            if rates is not None and a.codes and b.codes and b.value:
                if b.codes[0] == "USD" and a.codes[0] != "USD":
                    rates.setdefault(a.codes[0], b.value)  # "1 euro = $1.1293"
                elif a.codes[0] == "USD" and b.codes[0] != "USD":
                    rates.setdefault(b.codes[0], 1.0 / b.value)  # "$1 = 7.2667 yuan"
    return out


def _sign_word_before(text: str, start: int) -> int:
    """The sign a word right before an amount says ("its balance was minus £31.4 billion",
    vocab/sign_words.csv); 0 for none, and for one that follows a figure, where it subtracts
    ("£852.6bn minus £884.0bn", "852.6 billion minus")."""
    window = text[max(0, start - 40):start].lower()
    words = vocab.sign_words()
    if not any(w in window for w in words):
        return 0
    m = _sign_word_re().search(window)
    if not m or m["prev"] is None and start > 40:
        return 0
    prev = m["prev"] or ""
    if prev.endswith(":"):
        # "(fiscal 2021: minus 5.66 trillion yen)": a label closed by its colon, a year's
        # digits in it, is no figure the word subtracts from
        return words[m["w"]]
    if re.search(r"[\d%]", prev) or prev.strip("(:,") in vocab.scales():
        return 0
    return words[m["w"]]


@functools.cache
def _sign_word_re() -> re.Pattern:
    words = vocab.alternation(vocab.sign_words(), ignore_case=True)
    return re.compile(rf"(?:^|(?P<prev>\S*)[\s(:]+)(?P<w>{words})[^\S\n]+$", re.I)


# a currency sign, then a minus glued to the figure ("US$ -11,319 million", "$-4.2bn")
_MINUS_AFTER_CURRENCY = re.compile(r"[^\d\s+\-−–]+\s?[-−–]\d")

# "one shilling in six", "two dollars in every five", "one dollar out of every four"
_ONE_IN_EVERY = re.compile(r"\s+(?:in|out\s+of)\s+(?:every\s+(?:\d{1,3}|[a-z]+)|two|three|four|five|six|seven|eight|nine|ten|twenty|a\s+hundred)\b(?!\s+(?:days?|weeks?|months?|years?|hours?|minutes?)\b)", re.I)


@functools.cache
def _rate_quote_re() -> re.Pattern:
    """What follows a price of one currency in another: "to the dollar", "per US dollar",
    "against the euro" (the currencies' names, vocab/currencies.csv)."""
    names = [r["token"] for r in vocab.currencies() if r["position"] == "suffix" and re.fullmatch(r"[A-Za-z][A-Za-z. ]+", r["token"])]
    alt = vocab.alternation(names, ignore_case=True, space=r"\s+")
    return re.compile(rf"\s+(?:to|per|against|for)\s+(?:(?:the|one|a|each)\s+)?(?:{alt})\b", re.I)


# What may follow a figure whose currency is left to be understood, or one with a weak sign:
# punctuation, the end, or a small word ("26 bn in 2000", "100 billion a year", "up from 75
# bn.", "N1,500 to the dollar"); a noun ("129 million people", "1.5 million tonnes", "a 1.4
# billion-strong market", "the P4 project") says what it counts; "out of" sets a part
# against its whole ("Z690 million out of Z1,040 million"), no noun
_ELIDED_AFTER = re.compile(r"(?:\s*(?:[.,;:)!?—–]|$)|\s+(?:in|a|an|from|to|by|and|or|on|for|at|against|compared|versus|vs|"
                           r"last|this|while|whereas|but|up|down|during|since|respectively|earlier|previously|before|"
                           r"the|each|per|over|as|than|with|when|year|annually|out\s+of)\b)", re.I)
# ... and what may not come just before it: "a population of about 129 million", "a nation of 90 million"
# (and a head count's label with no "of": "(population 5.1 million)", "Households: 2.4 million")
_COUNTED_BEFORE = re.compile(r"\b(?:(?:population|people|inhabitants|residents|citizens|consumers|users|customers|visitors|"
                             r"tourists|workers|households|passengers|subscribers|nation|market|country)\s+of|"
                             r"(?:population|inhabitants|residents|households)\s*:?)\s+"
                             r"(?:(?:about|around|some|nearly|almost|over|more\s+than|roughly|just\s+over|an\s+estimated)\s+)?$", re.I)
# a sentence ends at a full stop, question or exclamation mark before a space, or a blank line
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n\s*\n")
# the words that make a sentence about trade flows ("In 2014 the deficit had been 49.4 billion")
_FLOW_WORD = re.compile(r"\b(?:exports?|imports?|trade|turnover|deficits?|surplus(?:es)?|balance|shipments|sales|purchases)\b", re.I)
_PAREN_BEFORE = re.compile(r"\(\s*(?:(?:about|around|some|roughly|nearly|almost|or|i\.e\.)\s+)?$", re.I)


def _elided(text: str, amounts: list[Mention], bare: list) -> list[Mention]:
    """Figures that leave their currency to be understood: "EU exports reached 78 billion
    euro in 2008, against 26 bn in 2000", "the deficit rose to $73.31 billion from 44.03
    billion". A number with a scale word and no currency takes the currency of the amount
    before it when it follows that amount in its sentence, or when its sentence names a
    flow before it; a noun after it ("million people", "million tonnes") or before it ("a
    population of 129 million", "population 5.1 million") says it counts something else, and so does a quantity
    with a unit between the two."""
    anchors = [a for a in amounts if not _PAREN_BEFORE.search(text, max(0, a.start - 12), a.start)] or amounts
    out = []
    for b in bare:
        if not _ELIDED_AFTER.match(text, b.end):
            continue
        if text[b.end:b.end + 1] in (":", " ") and _unit_label_after_re().match(text, b.end):
            continue  # ("18.4 million: TEUs handled by the port": a figure-first line's unit, no money)
        before = [a for a in anchors if a.end <= b.start]
        if not before or b.start - before[-1].end > 1500:
            continue
        a = before[-1]
        ends = [e.end() for e in _SENTENCE_END.finditer(text, max(0, b.start - 300), b.start)]
        sentence_start = ends[-1] if ends else max(0, b.start - 300)
        clause = text[max(sentence_start, a.end):b.start]
        if _COUNTED_BEFORE.search(clause) or _quantity_last(clause) or _counted_subject_re().search(clause) \
                or _counted_pair(clause) or _count_clause(clause):
            continue
        if _unit_not_scale(text, b, a, sentence_start):
            continue
        if not (a.start >= sentence_start or _FLOW_WORD.search(text, sentence_start, b.start)
                or _spoken_after(text, a, b)):
            continue
        attrs = {"token": a.attrs["token"], "codes": a.attrs["codes"], "scaled": True, "hi": None, "elided": True}
        sign = _sign_before(text, b.start) if b.start and text[b.start - 1] in "+-−–" else 0
        if sign:
            # ("-7.9 bln stg (prev -5.5 bln)": the sign as printed, as on a figure with its currency)
            attrs["sign"] = sign
            out.append(Mention("amount", b.start - 1, b.end, text[b.start - 1:b.end], b.value, b.unit, attrs))
        else:
            out.append(Mention("amount", b.start, b.end, b.text, b.value, b.unit, attrs))
    return out


def _unit_not_scale(text: str, b, a: Mention, sentence_start: int) -> bool:
    """"the volume shipped fell by 8.1pc from 270,000tn": a figure with no currency whose scale
    word also abbreviates a unit (vocab/unit_scale_homographs.csv, "tn": trillion or tonnes)
    is that unit when its sentence speaks of volume (vocab/volume_nouns.csv) or when as money
    it would be over a thousand times the amount whose currency it would take (no desk writes
    "854 million dollars ... 270,000 trillion")."""
    word = re.search(r"[A-Za-z]+$", b.text)
    if word is None or word.group(0).lower() not in vocab.unit_scale_homographs():
        return False
    if b.value > 1000 * max(a.value, 1.0):
        return True
    return _volume_noun_re().search(text, sentence_start, b.start) is not None


@functools.cache
def _volume_noun_re() -> re.Pattern:
    nouns = vocab.alternation(vocab.volume_nouns(), ignore_case=True, space=r"\s+")
    return re.compile(rf"(?<![\w-])(?:{nouns})(?![\w-])", re.I)


# how far back in the talk a spoken figure's currency may have been said
_SPOKEN_REACH = 400


def _spoken_after(text: str, a: Mention, b) -> bool:
    """"...worth about nine point eight billion dollars. Same stretch this year? / GUEST:
    Three point one billion.": in talk a figure spelt in words drops the currency said with
    the figure a sentence or two before it (the turn before, or the same turn), when that
    figure too was spelt in words."""
    # (a figure echoing the one just said, "HOST: Two hundred and forty billion. That's a big
    # number", repeats it, sign and all, and is left unread as before)
    return (not b.text[0].isdigit() and not a.text[0].isdigit() and not a.text[0] in "$€£¥"
            and b.start - a.end <= _SPOKEN_REACH and b.value != a.value)


def _count_clause(clause: str) -> bool:
    """"while the number of foreign visitors to Spain fell 4 percent to 8.1 million": a bare
    figure in a clause whose subject is a count (vocab/count_subjects.csv), with no money
    named between the count's verb and the figure, counts that subject; it is no amount."""
    if "of " not in clause:
        return False  # (cheap: every count subject ends in "of")
    mm = None
    for mm in _count_clause_re().finditer(clause):
        pass
    return mm is not None and not re.search(r"[$€£¥]|\b(?:worth|valued?|value)\b", clause[mm.end():])


@functools.cache
def _count_clause_re() -> re.Pattern:
    words = vocab.alternation([r["phrase"] for r in vocab.table("count_subjects")], ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{words})\s+(?:[\w'’-]+\s+){{0,6}}?(?:rose|fell|grew|increased|decreased|declined|dropped|climbed|"
                      r"jumped|slipped|plunged|went\s+(?:up|down)|was|were|stood|reached|totall?ed|came\s+to)\b", re.I)


# "slipped to 188.3 million from ": the bare figure before, of the same counted subject
_BARE_BEFORE_PAIR = re.compile(r"\d[\d.,]*(?:\s*(?:million|billion|thousand|mn|bn))?\s+(?:from|to|against|versus|vs\.?)\s+$", re.I)


def _counted_pair(clause: str) -> bool:
    """"the number of barrels imported slipped to 188.3 million from 192.6 million": the
    second of two bare figures joined by "from"/"to" counts what the first counts."""
    if not clause.endswith(" "):
        return False  # (cheap)
    pair = _BARE_BEFORE_PAIR.search(clause)
    return pair is not None and _counted_subject_re().search(clause, 0, pair.start()) is not None


@functools.cache
def _counted_subject_re() -> re.Pattern:
    """A counted noun (vocab/counted_subjects.csv), its verb and a preposition right before a
    bare figure: "with international arrivals reaching 1.9 million", "passengers rose to"."""
    nouns = vocab.alternation(vocab.counted_subjects(), ignore_case=True, space=r"\s+")
    hedges = vocab.alternation(vocab.hedges(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{nouns})\s+(?:[a-z]+\s+){{0,2}}?(?:(?:{hedges})\s+)?$", re.I)


# a quantity with a unit between the amount and the figure ("1.2 million tonnes"): the
# figure is more likely of that unit. The units are vocab/physical_units.csv ("78.1 million
# bottles, down from 129.3 million": a count, not euros), with people and "cubic" besides; a
# pack's size may stand before the unit ("1.44 billion 70cl bottles", "9-litre cases").
@functools.cache
def _unit_after_scale_re() -> re.Pattern:
    units = vocab.alternation([*vocab.physical_units(), "people", "cubic"], ignore_case=True, space=r"\s+")
    return re.compile(rf"\d\s?(?:million|billion|mn|bn|thousand)?\s+(?:\d[\d.]*[\s-]?[a-z]{{1,6}}\s+)?(?:{units})(?![\w-])", re.I)


# a figure-first line's label that opens with a unit (vocab/physical_units.csv) after the
# figure's colon or dash: "18.4 million: TEUs handled", "9.1 million - tonnes of seed"
@functools.cache
def _unit_label_after_re() -> re.Pattern:
    units = vocab.physical_unit_pattern()
    return re.compile(rf"(?::|\s+[-–—])\s+(?:{units})(?![\w-])", re.I)


def _quantity_last(clause: str) -> bool:
    """Whether a quantity with a unit stands between the amount and the figure with no word
    for money after it: "29.6 million tonnes of corn, which earned us 5.6 billion" (a value
    verb or word, vocab/value_verbs.csv and value_words.csv) goes back to money."""
    last = None
    for last in _unit_after_scale_re().finditer(clause):
        pass
    return last is not None and not _money_word_re().search(clause, last.end())


@functools.cache
def _money_word_re() -> re.Pattern:
    words = [*vocab.value_words(), *(r["word"] for r in vocab.table("value_verbs"))]
    return re.compile(rf"(?<![\w-]){vocab.alternation(set(w.lower() for w in words), ignore_case=True)}(?![\w-])", re.I)


def _currencies_named(countries: list[Mention]) -> set[str]:
    """The currencies of the countries a text names, and those they have given up (an archive
    story of Zaire names its zaires, vocab/former_currencies.csv)."""
    cc, former = vocab.country_currency(), vocab.former_currencies()
    isos = {c.attrs.get("iso") for c in countries}
    return {cc[i] for i in isos if i in cc} | {former[i][0] for i in isos if i in former}


_RANGE_GAP = re.compile(r"^\s*(?:and|to|-|–)\s*$")
# a worked sum: "= $450 billion - $520 billion", "$9bn - $4bn = $5bn": a minus sign spaced
# apart beside an equals sign subtracts, it spans no range ("$40-50 million", "$40m to $50m")
_SPACED_MINUS = re.compile(r"^\s+[-–−]\s+$")
_EQUALS_BEFORE = re.compile(r"=\s*$")
_EQUALS_AFTER = re.compile(r"\s*=")


def _worked_subtraction(text: str, a, b) -> bool:
    """Whether two figures stand in a written subtraction ("A - B" beside an "=")."""
    return (_SPACED_MINUS.match(text[a.end:b.start]) is not None
            and "=" in text[max(0, a.start - 40):b.end + 40]
            and (_EQUALS_BEFORE.search(text, max(0, a.start - 40), a.start) is not None
                 or _EQUALS_AFTER.match(text, b.end) is not None))


def _join_ranges(text: str, found: list) -> list:
    """"between $40 and $50 million", "$40 million to $50 million": one amount whose
    value is a range. "from $40m to $50m" is a change, not a range, and stays two."""
    out = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        if b is not None and _RANGE_GAP.match(text[a.end:b.start]) and a.codes == b.codes and a.hi is None \
                and not _worked_subtraction(text, a, b):
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
        p = m.start()
        if _YEAR.fullmatch(m["num"]) and _year_column_header(text, p, m.end()):
            continue  # "Share 2015 %": a column's year and its unit, no figure
        if m["hi"] is None and m["half"] is None and m["num"][0].isdigit() and not (p and text[p - 1] in "+-−–"):
            v, unit = parse_number(m["num"])  # (most are this plain)
            out.append(Mention("percent", p, m.end(), m.group(0), v / 100.0, unit / 100.0))
        else:
            out += _read_percent(text, m)
    return out


_YEAR = re.compile(r"(?:19|20)\d\d")
# another year standing as a column of a table: cells parted by a tab, two spaces or more,
# or a bar (an aligned table is read with its cells parted by bars, see tables.py); the
# year may carry the column's unit in words after it ("| 2013 Mio. CHF | 2014 Mio. CHF |")
_YEAR_COLUMN = re.compile(r"(?:\t|\s{2}|\|\s*)(?:19|20)\d\d(?:\s[^\d|\t\n]{1,20}?)?(?=\t|\s{2}|\s*\||\s*$)")


def _year_column_header(text: str, start: int, end: int) -> bool:
    """Whether the year at `start` before a percent sign is in a table's header line, one
    with another year standing as a column ("Presentation   2014   2015   Var. %   Share 2015 %"):
    the year names the column, the sign its unit."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:len(text) if line_end < 0 else line_end]
    own = start - line_start
    return any(not y.start() <= own < y.end() for y in _YEAR_COLUMN.finditer(line))


def _sign_before(text: str, start: int) -> int:
    """+1 or -1 for a plus or minus sign glued to the front of a figure ("+3.9%", "(-33.6%)",
    "-€5.0 bn"), 0 for none; a hyphen after a word or a number joins, it is no sign
    ("6.3-7.4%", "2019-20%")."""
    c = text[start - 1:start] if start else ""
    if not c or c not in "+-−–" or (start >= 2 and (text[start - 2].isalnum() or text[start - 2] in ".,%$€£¥")):
        return 0
    return 1 if c == "+" else -1


# "from 5 to 7 percent" is a change of a rate, not a range; "between 6% and 7%" is one
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.I)


def _read_percent(text: str, m: re.Match, at: int = 0) -> list[Mention]:
    """The percentages one match states (`at`: where `text`, a slice, begins in the
    document): one, a range, or two that the words between do not make a range."""
    from .money import word_number

    num = m["num"]
    v, unit = parse_number(num) if num[0].isdigit() else word_number(num)
    if m["half"]:
        v, unit = v + 0.5, 0.5
    attrs: dict = {}
    if m["hi"]:
        hi, hi_unit = parse_number(m["hi"])
        before = text[max(0, m.start() - 12):m.start()]
        joins = {"and": bool(_BETWEEN_BEFORE.search(before)), "to": not _FROM_BEFORE.search(before)}
        if not (hi > v and joins.get(m["join"].lower(), True)):
            # two figures: the first if it has its own sign, then the second on its own
            first = [Mention("percent", at + m.start(), at + m.end("sign1"), m.group(0)[:m.end("sign1") - m.start()],
                             v / 100.0, unit / 100.0)] if m["sign1"] else []
            part = text[m.start("hi"):m.end()]
            again = _percent_re().pattern.match(part)
            return first + (_read_percent(part, again, at + m.start("hi")) if again else [])
        # a range is read at its middle, its rounding covering both ends
        attrs["range"] = (v / 100.0, hi / 100.0)
        v, unit = (v + hi) / 2, hi - v + hi_unit
    start = m.start()
    sign = _sign_before(text, start)
    if sign:
        attrs["sign"] = sign  # "+3.9 %", "(-33.6%)": the sign says which way
        start -= 1
    return [Mention("percent", at + start, at + m.end(), text[start:m.end()], v / 100.0, unit / 100.0, attrs)]


def find_multiples(text: str, index: Index | None = None) -> list[Mention]:
    out = []
    mults = vocab.multiples()
    cued = vocab.multiples_needing_cue()
    fractions = vocab.fractions()
    for m in _multiple_re().finditer(text, index):
        if m["frac"]:
            f = fractions[re.sub(r"\s+", " ", m["frac"].lower())]
            out.append(Mention("multiple", m.start("all"), m.end(), m["all"], f, None, {"word": True, "cmp": "as"}))
            continue
        if m["word"]:
            w = m["word"].lower()
            attrs = {"word": True}
            if _COUNT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue  # "the two halves moved apart", "both halves": a noun, no multiple
            if w in cued:
                cue = _CUE_BEFORE.search(text, max(0, m.start() - 20), m.start())
                if text[m.end():m.end() + 1] == "-" or not (cue or _CUE_AFTER.match(text, m.end())) \
                        or _NOT_A_VALUE_AFTER.match(text, m.end()):
                    continue  # "double-digit", "triple-A", "a double taxation treaty", "twice as fast"
                if cue and cue["maybe"]:
                    continue  # "improved seedlings could double yields": what may happen, no claim of fact
                if cue and cue["verb"]:
                    attrs["target"] = True  # "agreed to double trade": a goal, not what happened
            f = mults[w]
            out.append(Mention("multiple", m.start("all"), m.end(), m["all"], f, None, attrs))
            continue
        n = m["fold"] or m["times"] or m["x"]
        f = parse_number(n)[0] if n[0].isdigit() else vocab.number_words()[n.lower()]
        unit = parse_number(n)[1] if n[0].isdigit() else 1.0
        if m["fhalf"] or m["thalf"]:
            f, unit = f + 0.5, 0.5
        out.append(Mention("multiple", m.start("all"), m.end(), m["all"], f, unit,
                           {"times": bool(m["times"] or m["x"]), "cmp": m["cmp"]}))
    return out


def find_fractions(text: str, index: Index | None = None) -> list[Mention]:
    fr = vocab.fractions()
    return [Mention("fraction", m.start("f"), m.end(), m["f"], fr[re.sub(r"\s+", " ", m["f"].lower())], None)
            for m in _fraction_re().finditer(text, index) if not _span_after().match(text, m.end())]


@functools.cache
def _span_after() -> re.Pattern:
    # "a quarter of a century", "half a decade": a fraction of a span of years is a length
    # of time (link/long_spans.py), no figure
    nouns = vocab.alternation(vocab.span_nouns(), ignore_case=True)
    return re.compile(rf"\s+(?:of\s+an?\s+|an?\s+)?(?:{nouns})(?![\w'’-])", re.I)


@functools.cache
def _ratio_re() -> re.Pattern:
    # a number, the words, a number and perhaps the unit both count ("dollars"), "of" not one
    numbers = [w for w in vocab.number_words() if w not in ("a", "an", "half")]
    n = rf"(?:{vocab.alternation(numbers, ignore_case=True)}|\d+)"
    cue = vocab.alternation(vocab.ratio_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"(?<![\w.,-])(?P<n>{n})\s+{cue}\s+(?P<d>{n})(?![\w.,-])(?:\s+(?!of\b)[A-Za-z]+)?", re.I)


def find_ratios(text: str) -> list[Mention]:
    """"eight of every ten dollars", "one in every five": a fraction in words, as a
    fraction mention (found before amounts, so that "ten dollars" is no amount)."""
    if "every" not in text.lower():
        return []
    out = []
    words = vocab.number_words()
    for m in _ratio_re().finditer(text):
        n, d = (float(x) if x.isdigit() else words.get(x.lower()) for x in (m["n"], m["d"]))
        if n is not None and d and 0 < n <= d:
            out.append(Mention("fraction", m.start(), m.end(), m.group(0), n / d, None))
    return out


def find_countries(text: str, index: Index | None = None) -> list[Mention]:
    out = _countries_in(text, _country_re().finditer(text, index))
    # "INDIA–UAE TRADE SNAPSHOT": a heading set in capitals names its countries too
    shadow = _headings_title_cased(text)
    if shadow is not None:
        seen = {(c.start, c.end) for c in out}
        more = [c for c in _countries_in(text, _country_re().finditer(shadow)) if (c.start, c.end) not in seen
                and not any(c.start < o.end and o.start < c.end for o in out)]
        more = [c for c in more if _as_label(text, c) and not _unit_dateline(text, c)]
        out = sorted(out + more, key=lambda c: c.start)
    local = _local_names(text, out) + _home_relative_places(text, out)
    if local:
        out = sorted(out + local, key=lambda c: c.start)
    if any(c.text in _BARE_PAIR for c in out):
        out = [c for c in out if c.text not in _BARE_PAIR or _stands_alone(text, c.end)]
    out = _unit_anaphors(text, _unit_initials(text, _unit_short_names(text, _no_route_ends(text, _as_units(text, _units_in_their_country(text, out))))))
    out = _without_units_heading_a_name(text, out)
    out = _compass_short_names(text, out)
    if " in " in text:  # (cheap: every seat is named after "in")
        out = [c for c in out if not _seat_of_a_body(text, c)]
    if "-member " in text or "-nation " in text or "-country " in text:  # (cheap)
        out = sorted(out + _sized_blocs(text, out), key=lambda c: c.start)
    counted = _counted_partners(text)
    if " along " in text or "#" in text or " across " in text or " bordering " in text:  # (cheap)
        counted += _described_partner_groups(text, out)
    return sorted(out + counted, key=lambda c: c.start) if counted else out


@functools.cache
def _sized_bloc_re() -> re.Pattern:
    # the nouns of "the bloc", "the union" (vocab/countries.csv), a count of members before them
    table = vocab.countries()
    nouns = [a.split()[1] for a, (_, kind, label) in table.items()
             if kind == "anaphor" and label == a and re.fullmatch(r"the [a-z]+", a, re.I)]
    numbers = vocab.alternation([w for w in vocab.number_words() if w not in ("a", "an", "half")], ignore_case=True)
    return re.compile(rf"\b(?P<c>[Tt]he\s+(?:\d{{1,3}}|(?i:{numbers}))-(?:member|nation|country)\s+(?P<n>{vocab.alternation(nouns)}))\b")


def _sized_blocs(text: str, found: list[Mention]) -> list[Mention]:
    """"Brazilian sales to the 25-member bloc": the bloc counted by its members stands for the
    bloc named before, as "the bloc" does."""
    out = []
    for m in _sized_bloc_re().finditer(text):
        if any(c.start < m.end() and m.start() < c.end for c in found):
            continue
        alias = "the " + m["n"]
        iso, kind, label = vocab.countries()[alias if alias in vocab.countries() else "The " + m["n"]]
        out.append(Mention("country", m.start("c"), m.end("c"), m["c"], None, None,
                           {"iso": iso, "kind": kind, "label": label, "possessive": False}))
    return out


def _seat_of_a_body(text: str, c: Mention) -> bool:
    """"a report prepared by the bloc's secretariat in Montevideo", "ahead of the summit in
    Mendoza, Argentina": a place named as where an institution sits or its members meet
    (vocab/seat_nouns.csv) is no side of any flow and reports nothing."""
    return _seat_before_re().search(text, max(0, c.start - 30), c.start) is not None


@functools.cache
def _seat_before_re() -> re.Pattern:
    nouns = vocab.alternation(vocab.seat_nouns(), ignore_case=True, space=r"\s+")
    # (a city first, then its country: "a summit in Mendoza, Argentina")
    return re.compile(rf"\b(?:{nouns})\s+in\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*)?,\s+)?$", re.I)


@functools.cache
def _described_partner_groups_re() -> re.Pattern:
    """"trade with countries along the #BeltandRoad", "exports to nations bordering the Red
    Sea": partners described as the places lying along or by a name (a hashtag or capitalised
    words) the vocabulary does not know."""
    nouns = vocab.alternation(vocab.counted_partner_nouns(), ignore_case=True)
    return re.compile(r"\b(?:to|from|with|into)\s+(?P<c>(?:the\s+)?(?:other\s+)?(?:" + nouns + r")\s+"
                      r"(?:along|across|bordering|(?P<in>in|of|on))\s+(?:the\s+)?"
                      r"(?P<name>#\w+|(?-i:[A-Z][\w'’-]*(?:\s+(?:(?:and|of|&)\s+)?[A-Z][\w'’-]*){0,4})))", re.I)


def _described_partner_groups(text: str, found: list[Mention]) -> list[Mention]:
    """A group of partners described by where they lie (_described_partner_groups_re): one
    side of the flow, a group of its own (never the world the flow would otherwise default
    to); only where no place the vocabulary knows is named in the phrase ("countries in
    Africa" is the region's). After "in"/"of"/"on", only a hashtag ("countries in March" is
    a date)."""
    out = []
    for m in _described_partner_groups_re().finditer(text):
        name = m["name"]
        if not name[0] == "#" and (m["in"] or not name[0].isupper()):
            continue
        if any(c.start < m.end("c") and m.start("c") < c.end for c in found):
            continue
        label = " ".join(m["c"].replace("#", "").split())
        out.append(Mention("country", m.start("c"), m.end("c"), m["c"], None, None,
                           {"iso": None, "kind": "group", "label": label, "possessive": False}))
    return out


# (the least count of partners that stands for the world: "to 150 countries", not "to 3 countries")
_MANY_PARTNERS = 20


def _counted_partners(text: str) -> list[Mention]:
    """"shipped $2bn of carpets to more than 150 countries": the places a flow goes to or
    comes from, counted in the tens or more (vocab/counted_partner_nouns.csv), stand for the
    world, a partner after a preposition like "to the world"."""
    if not any(ch.isdigit() for ch in text):
        return []
    out = []
    for m in _counted_partners_re().finditer(text):
        if int(m["n"].replace(",", "")) < _MANY_PARTNERS:
            continue
        out.append(Mention("country", m.start("c"), m.end("c"), m["c"], None, None,
                           {"iso": "WLD", "kind": "group", "label": "world", "possessive": False}))
    return out


@functools.cache
def _counted_partners_re() -> re.Pattern:
    nouns = vocab.alternation(vocab.counted_partner_nouns(), ignore_case=True)
    return re.compile(r"\b(?:to|from|in|into|across)\s+(?P<c>(?:(?:more\s+than|over|some|nearly|almost|about|around|roughly|at\s+least|close\s+to)\s+)?"
                      rf"(?P<n>\d{{1,3}}(?:,\d{{3}})?)\s+(?:other\s+|foreign\s+)?(?:{nouns}))\b", re.I)


def _unit_dateline(text: str, c: Mention) -> bool:
    """"ISTANBUL" on a line of its own, "ISTANBUL (AA) -", "DUBAI, March 3": a sub-national
    unit's name in capitals opening a line, not as an owner, is the dateline's city, which
    locates the writer; no side of a flow."""
    return "-" in (c.attrs.get("iso") or "") and not c.attrs.get("possessive") and (c.start == 0 or text[c.start - 1] == "\n") \
        and _DATELINE_TAIL.match(text, c.end) is not None


# what follows a dateline's city on its line: nothing, a credit in brackets, a comma and a date
_DATELINE_TAIL = re.compile(r"[^\S\n]*(?:\n|$|\(|,|[-–—]\s)")


# "Trade between the two was $83.7bn": "the two" with no noun after it stands for the pair
# named before (vocab/countries.csv); before a noun ("the two figures") it is no place
_BARE_PAIR = frozenset({"the two", "The two"})
_NEXT_WORD = re.compile(r"\s*(?P<w>[A-Za-z]+)?")


def _stands_alone(text: str, end: int) -> bool:
    """Whether no noun follows the words ending at `end`: punctuation, or a verb of a flow's
    level or change ("the two was", "the two reached"), or an auxiliary."""
    w = _NEXT_WORD.match(text, end)["w"]
    if w is None:
        return True
    w = w.lower()
    return w in vocab.level_verbs() or w in vocab.changes() or w in _AUXILIARIES


_AUXILIARIES = frozenset({"is", "are", "has", "have", "had", "will", "would", "did", "do", "does"})


def _no_route_ends(text: str, found: list[Mention]) -> list[Mention]:
    """"The Shanghai-Rotterdam rate", "the Shenzhen–Hong Kong link": a sub-national unit's
    name joined by a hyphen or dash to another name is one end of a route, no side that
    trades."""
    return [c for c in found if "-" not in (c.attrs["iso"] or "") or not (
        _ROUTE_AFTER.match(text, c.end) or _ROUTE_BEFORE.search(text, max(0, c.start - 30), c.start))]


# a hyphen or dash and a capitalised word right after a name, or right before it
_ROUTE_AFTER = re.compile(r"[-–—/][A-Z]")
_ROUTE_BEFORE = re.compile(r"[A-Z][\w.]*[-–—/]$")


def _as_units(text: str, found: list[Mention]) -> list[Mention]:
    """"the US state of Georgia exported": a name a sub-national unit shares with a country
    (vocab/subnational.csv) names the unit where the text says so (vocab/unit_cues.csv):
    right after a cue (whose own country, "US", is then no side), or anywhere in a text
    datelined in the unit's country that calls a place by the unit's noun ("ATLANTA — ...
    the state's top export market")."""
    shared = vocab.shared_unit_names()
    if not any(c.text in shared or "-" in (c.attrs["iso"] or "") for c in found):
        return found
    out, cues = [], []
    for c in found:
        code = shared.get(c.text) or (c.attrs["iso"] if "-" in (c.attrs["iso"] or "") else None)
        cue = code and _unit_cue_before(text, c.start, vocab.country_of(code))
        if cue:
            # ("the state of Texas exported": the cue is part of the name, not "of" a partner)
            name = text[cue[0]:c.start] + c.text
            c = Mention(c.kind, cue[0], c.end, name, c.value, c.unit, {**c.attrs, "iso": code, "label": c.text})
            cues.append(cue)
        elif code and c.text in shared and _text_in_unit(text, vocab.country_of(code)):
            c = Mention(c.kind, c.start, c.end, c.text, c.value, c.unit, {**c.attrs, "iso": code, "label": c.text})
        out.append(c)
    return [c for c in out if not any(a <= c.start and c.end <= b for a, b in cues)]


def _unit_short_names(text: str, found: list[Mention]) -> list[Mention]:
    """"the Community of Madrid ... Madrid followed with 54.3 billion euros": once the text
    names a sub-national unit in full as "<noun> of <name>", the name alone after it (a
    capital, say) stands for that unit, as the text's shorter name for it."""
    units = [c for c in found if "-" in (c.attrs.get("iso") or "") and " of " in c.text]
    if not units:
        return found
    out = []
    for c in found:
        unit = next((u for u in reversed(units) if u.end <= c.start and u.text.rsplit(" of ", 1)[1] == c.text), None)
        if unit is not None and c.attrs.get("iso") != unit.attrs["iso"]:
            c = Mention(c.kind, c.start, c.end, c.text, c.value, c.unit, {**c.attrs, "iso": unit.attrs["iso"], "kind": "name", "label": unit.text})
        out.append(c)
    return out


def _units_in_their_country(text: str, found: list[Mention]) -> list[Mention]:
    """"Victoria's food and fibre exports" beside "Australia's": a unit's name that names
    other places too (vocab/unit_names_in_country.csv) is the unit only in a text that names
    its country or another unit of it, and not as the end of a longer name ("Lake
    Victoria", "the Bank of England"); elsewhere it is no place the text trades with."""
    names = vocab.unit_names_in_country()
    if not any(c.text in names for c in found):
        return found
    countries = {vocab.country_of(c.attrs["iso"]) for c in found if c.text not in names}
    return [c for c in found if c.text not in names or (
        vocab.country_of(c.attrs["iso"]) in countries and not _NAME_HEAD_BEFORE.search(text, max(0, c.start - 20), c.start)
        and not _BODY_OF_BEFORE.search(text, max(0, c.start - 30), c.start))]


def _without_units_heading_a_name(text: str, found: list[Mention]) -> list[Mention]:
    """"the contract on Bursa Malaysia Derivatives": a sub-national unit's name right before
    another country's name, a space between, is a word of one proper name (an exchange, a
    firm) that the country's name goes on; a unit is never written before a foreign country
    as a place ("Bavaria, Germany" has its own country and a comma)."""
    drop = set()
    for a, b in zip(found, found[1:]):
        iso = a.attrs.get("iso") or ""
        if "-" in iso and not a.attrs.get("possessive") and b.attrs.get("kind") == "name" and b.attrs.get("iso") \
                and "-" not in b.attrs["iso"] and vocab.country_of(iso) != b.attrs["iso"] and text[a.end:b.start] == " ":
            drop.add(id(a))
    return [c for c in found if id(c) not in drop] if drop else found


# a capitalised word right before a name, as part of a longer one ("Lake ", "Port ")
_NAME_HEAD_BEFORE = re.compile(r"(?<![.!?:]\s)\b[A-Z][a-z]+[ ]$")
# a body's name that "of" joins to the place ("the Bank of England", "the University of Victoria")
_BODY_OF_BEFORE = re.compile(r"\b[Tt]he\s+[A-Z][a-z]+\s+of\s+$")


def _unit_initials(text: str, found: list[Mention]) -> list[Mention]:
    """"South Australia's goods exports grew ... SA exports climb": in a text that names a
    sub-national unit in full, the capitals of its name's words ("SA", "WA", "NT") stand for
    that unit, not for a country they abbreviate elsewhere (South Africa). Not before a
    currency sign ("NT$" is Taiwan's dollar)."""
    units = {}
    for c in found:
        words = c.text.split()
        if "-" in (c.attrs["iso"] or "") and len(words) >= 2:
            initials = "".join(w[0] for w in words if w[0].isupper())
            if len(initials) >= 2:
                units.setdefault(initials, c.attrs)
    if not units:
        return found
    more, replaced = [], set()
    for m in re.finditer(rf"(?<![\w$.]){vocab.alternation(list(units))}(?![\w$.-])(?P<pos>['’]s)?", text):
        unit = units[m.group(0).removesuffix(m["pos"] or "")]
        clash = [c for c in found if c.start < m.end() and m.start() < c.end]
        if any(c.start != m.start() or c.attrs["iso"] == unit["iso"] for c in clash):
            continue  # (a longer name it is part of, or the unit already)
        replaced.update(id(c) for c in clash)
        more.append(Mention("country", m.start(), m.end(), m.group(0), None, None,
                            {**unit, "label": m.group(0), "possessive": bool(m["pos"])}))
    if not more:
        return found
    return sorted([c for c in found if id(c) not in replaced] + more, key=lambda c: c.start)


def _compass_short_names(text: str, found: list[Mention]) -> list[Mention]:
    """"North Korea's exports ... about 76% of the North's shipments to China": in a text that
    names a country whose name a compass word heads (vocab/compass_short_names.csv), "the"
    and that word, capitalised, stand for the country, as its name would."""
    if "the North" not in text and "the South" not in text:
        return found  # (cheap: most texts use no such short name)
    short = vocab.compass_short_names()
    named: dict = {}
    for c in found:
        if c.attrs.get("kind") == "name" and c.text.split(" ", 1)[0] in short:
            named.setdefault(c.attrs.get("iso"), c)  # (the first: the short name may come after it)
    more = []
    for m in _COMPASS_SHORT.finditer(text):
        full = named.get(short.get(m["w"]))
        if full is None or full.start > m.start() or any(c.start < m.end() and m.start() < c.end for c in found):
            continue  # (only after the full name; never inside another name: "the North Sea")
        more.append(Mention("country", m.start(), m.end(), m.group(0), None, None,
                            {**full.attrs, "label": m.group(0), "possessive": bool(m["pos"])}))
    return sorted(found + more, key=lambda c: c.start) if more else found


# "the North", "the South's": a capitalised compass word after "the", no other capitalised
# word or hyphen after it ("the North Sea", "the South-East" are other places)
_COMPASS_SHORT = re.compile(r"\bthe\s+(?P<w>North|South)(?P<pos>['’]s)?(?![\w-])(?!\s+[A-Z])")


def _unit_anaphors(text: str, found: list[Mention]) -> list[Mention]:
    """"Gujarat's exports ... The state shipped goods worth $144.3 billion", "75.9% of the
    province's exports": "the" and a unit's noun (vocab/unit_nouns.csv) after a sub-national
    unit is named stand for the unit named last, as its name would ("the state of Texas",
    "the province of Bac Ninh" name the unit after them instead)."""
    units = [c for c in found if "-" in (c.attrs["iso"] or "")]
    if not units:
        return found
    more = []
    for m in _unit_anaphor_re().finditer(text):
        last = [c for c in units if c.end <= m.start()]
        if not last or any(c.start < m.end() and m.start() < c.end for c in found):
            continue
        unit = last[-1]
        more.append(Mention("country", m.start(), m.end(), m.group(0), None, None,
                            {**unit.attrs, "possessive": bool(m["pos"])}))
    return sorted(found + more, key=lambda c: c.start) if more else found


@functools.cache
def _unit_anaphor_re() -> re.Pattern:
    nouns = vocab.alternation(vocab.unit_nouns(), space=r"\s+")
    titles = vocab.alternation(vocab.unit_titles())
    # (one word may qualify the noun: "the border state", "the Free State"; "the state-owned
    # firm", "the member states" are no unit; a title only as written: "the Territory's")
    return re.compile(rf"\b[Tt]he\s+(?:(?:[A-Za-z]+\s+)?(?:(?i:{nouns}))|{titles})(?P<pos>['’]s)?(?![\w-])(?!\s+of\b)")


@functools.cache
def _unit_cue_res() -> dict[str, tuple[re.Pattern | None, re.Pattern | None]]:
    """country -> (a cue before a unit's name, the unit's noun after "the"), vocab/unit_cues.csv."""
    cues = vocab.unit_cues()
    out = {}
    for country in {c for rows in cues.values() for _, c in rows}:
        before = [p for p, c in cues.get("before", []) if c == country]
        nouns = [p for p, c in cues.get("noun", []) if c == country]
        before, nouns = (vocab.alternation(words, space=r"\s+") for words in (before, nouns))
        out[country] = (before and re.compile(rf"(?<![\w.])(?:{before})\s+$"),
                        nouns and re.compile(rf"\bthe\s+(?:{nouns})(?:['’]s)?\b"))
    return out


def _unit_cue_before(text: str, start: int, country: str | None) -> tuple[int, int] | None:
    before = _unit_cue_res().get(country, (None, None))[0]
    m = before and before.search(text, max(0, start - 40), start)
    return m.span() if m else None


def _text_in_unit(text: str, country: str | None) -> bool:
    """A text datelined in the unit's country that calls a place by the unit's noun."""
    from ..link.context import _dateline_country  # (the dateline is read there, for the link stage)

    noun = _unit_cue_res().get(country, (None, None))[1]
    return bool(noun and noun.search(text)) and _dateline_country(text) == country


@functools.cache
def _local_names_re(first: str) -> re.Pattern:
    """"the mainland", "the mainland's": the names a country's own texts give other places."""
    names = [a for a, (_, used_in) in vocab.local_names().items() if first in used_in]
    return re.compile(rf"(?<=\b[Tt]he\s)(?P<c>{vocab.alternation(names)})(?![\w-])(?P<pos>['’]s)?")


@functools.cache
def _local_name_users() -> frozenset[str]:
    """The places whose texts give others names of their own (vocab/own_names.csv, kind alias: home)."""
    return frozenset().union(*(used_in for _, used_in in vocab.local_names().values()))


def _local_names(text: str, found: list[Mention]) -> list[Mention]:
    """"the mainland" in a Hong Kong text: a place as the text's own country calls it
    (vocab/own_names.csv, kind alias), read only where the first country the text names uses it."""
    first = next((c.attrs["iso"] for c in found if c.attrs["iso"] and c.attrs["iso"] != "WLD"), None)
    if first not in _local_name_users():
        # ("Exports jump 18.5pc as traders rush to beat US tariffs ... Hong Kong's exports grew":
        # a headline may name a partner first; the first place named as an owner is the one
        # whose trade the text is about, and whose names it uses)
        first = next((c.attrs["iso"] for c in found if c.attrs["possessive"] and c.attrs["iso"] not in (None, "WLD")), first)
    names = {a: iso for a, (iso, used_in) in vocab.local_names().items() if first in used_in}
    # ("China was the strongest driver. Exports to the mainland rose 33%": an alias right
    # after its place is named, in any text, names it again)
    named = {c.attrs["iso"] for c in found}
    again = {a: iso for a, (iso, _) in vocab.local_names().items() if iso in named and a not in names
             and a in text} if "mainland" in text.lower() else {}
    if not names and not again:
        return []
    out = []
    for m in _local_names_re(first).finditer(text) if names else ():
        if any(m.start() < c.end and c.start < m.end() for c in found):
            continue
        out.append(Mention("country", m.start("c"), m.end(), m["c"], None, None,
                           {"iso": names[m["c"]], "kind": "short", "label": m["c"], "possessive": bool(m["pos"])}))
    for a, iso in again.items():
        for m in _alias_again_re(a).finditer(text):
            if any(m.start() < c.end and c.start < m.end() for c in found) \
                    or not any(c.attrs["iso"] == iso and m.start() - 200 <= c.end <= m.start() for c in found):
                continue
            out.append(Mention("country", m.start("c"), m.end(), m["c"], None, None,
                               {"iso": iso, "kind": "short", "label": m["c"], "possessive": bool(m["pos"])}))
    return sorted(out, key=lambda c: c.start)


@functools.cache
def _home_relative_tails() -> frozenset[str]:
    """The last words of the phrases of vocab/own_names.csv, kind bearing ("border"): a text
    without one of them has none of the phrases (cheap test)."""
    return frozenset(p.rsplit(" ", 1)[-1] for names in vocab.home_relative_places().values() for p in names)


@functools.cache
def _home_relative_re(home: str) -> re.Pattern:
    phrases = vocab.alternation(vocab.home_relative_places()[home], ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{phrases})\b", re.I)


def _home_relative_places(text: str, found: list[Mention]) -> list[Mention]:
    """"shipped C$3.9 billion worth of goods south of the border" in a Canadian text: a place
    named by where it lies from the text's own country (vocab/own_names.csv, kind bearing). The
    own country is the first place the text names as an owner ("Canada's New Brunswick"; a
    headline may name a partner first), else the first it names."""
    if not any(w in text for w in _home_relative_tails()):
        return []
    named = [c for c in found if c.attrs["iso"] not in (None, "WLD")]
    home = next((c.attrs["iso"] for c in named if c.attrs["possessive"]), named[0].attrs["iso"] if named else None)
    places = vocab.home_relative_places().get(home)
    if not places:
        return []
    by_words = {" ".join(p.lower().split()): iso for p, iso in places.items()}
    return [Mention("country", m.start(), m.end(), m.group(0), None, None,
                    {"iso": by_words[" ".join(m.group(0).lower().split())], "kind": "short", "label": m.group(0), "possessive": False,
                     "home_relative": True})  # (a place it lies at, as after "to": link/pairs._role)
            for m in _home_relative_re(home).finditer(text)
            if not any(m.start() < c.end and c.start < m.end() for c in found)]


@functools.cache
def _alias_again_re(alias: str) -> re.Pattern:
    return re.compile(rf"(?<=\b[Tt]he\s)(?P<c>{re.escape(alias)})(?![\w-])(?P<pos>['’]s)?")


# a line set all in capitals, a heading ("INDIA–UAE TRADE SNAPSHOT | FY2023-24")
_CAPITALS_LINE = re.compile(r"(?m)^(?=[^\n]*[A-Z]{3,}[^\n]*[A-Z]{2,})[^a-z\n]+$")


# a factbox's section label, capitals at a line's start before a dash or colon ("SOUTH KOREA -
# Exports rose", "JAPAN (due Nov. 20) - Economists expect"), or a line of its own, perhaps
# with a bracket, over the lines of its section ("THAILAND (Commerce Ministry, Jan.)"): it
# names the section's country
_SECTION_LABEL = re.compile(r"(?m)^[ \t]*(?P<l>[A-Z][A-Z'’.&]+(?:[ \t]+[A-Z][A-Z'’.&]*)*)(?=(?:[ \t]*\([^()\n]{0,40}\))?[ \t]*(?:(?:[-–—]|:)[ \t]|$))")


def section_labels(text: str) -> list[tuple[int, int]]:
    """The spans of the capitals labels that open a line ("CHINA - Exports rose ...")."""
    return [m.span("l") for m in _SECTION_LABEL.finditer(text)]


# a paragraph's first words set in capitals, as some papers open a story ("KENYA's tea
# earnings rose", "SOUTH AFRICA posted a surplus"): the words run on in lower case
_LEAD_CAPITALS = re.compile(r"(?m)^[ \t]*(?P<l>[A-Z][A-Z.&-]+(?:[ \t]+[A-Z][A-Z.&-]+){0,3})(?=['’]s\b|[ \t]+[a-z])")


def lead_capitals(text: str) -> list[tuple[int, int]]:
    """The spans of the capitals words that open a paragraph ("NAMIBIA's earnings fell")."""
    return [m.span("l") for m in _LEAD_CAPITALS.finditer(text)]


def _as_label(text: str, c: Mention) -> bool:
    """Whether a name found in capitals is read: in a heading line, as before; in a section
    label, only as the whole label and a country's name ("CHINA - Exports rose": China's
    exports, and the section's; not the city of a dateline, "TEHRAN - Iran's trade")."""
    line = text.rfind("\n", 0, c.start) + 1
    if _CAPITALS_LINE.match(text, line):
        return True
    if c.attrs["kind"] in ("name", "short") and any(a == c.start and c.start + len(c.text) == b for a, b in lead_capitals(text)):
        return True  # ("NAMIBIA's earnings from diamond exports fell": the story's country, as written)
    if not any((a, b) == (c.start, c.end) for a, b in section_labels(text)) or c.attrs["kind"] not in ("name", "short"):
        return False
    c.attrs["possessive"] = True
    c.attrs["section"] = True  # (and what follows, to the next label)
    return True


def _headings_title_cased(text: str) -> str | None:
    """The text with the words of its all-capitals lines and section labels title-cased
    ("INDIA" -> "India"), the abbreviations the country table knows as written ("UAE")
    kept: the same length, so the names found in it have the text's spans. None when no
    line is in capitals."""
    spans = [line.span() for line in _CAPITALS_LINE.finditer(text)] + section_labels(text) + lead_capitals(text)
    if not spans:
        return None
    table = vocab.countries()
    out = list(text)
    for a, b in spans:
        for w in re.finditer(r"[A-Z][A-Z'’.]*", text[a:b]):
            if w.group() not in table and len(w.group()) > 1:
                start = a + w.start()
                out[start:start + len(w.group())] = w.group().title()
    return "".join(out)


@functools.cache
def _whose_flow_re() -> re.Pattern:
    """", whose exports", ", whose total imports": a relative clause on the place's own flow
    (not ", whose 25.45 million tons were worth", a partner's figures in a ranking)."""
    flows = vocab.alternation(vocab.flows(), ignore_case=True, inline=True)
    return re.compile(rf",\s+whose\s+(?:[a-z-]+\s+){{0,2}}?(?:{flows})(?![\w-])")


def _countries_in(text: str, matches) -> list[Mention]:
    table = vocab.countries()
    out = []
    for m in matches:
        iso, kind, label = table[m["c"]]
        if kind == "group" and m["c"][0].islower() is False and m["c"] in ("world",):
            continue
        if kind == "demonym" and _region_before_re(m["c"]).search(text, max(0, m.start("c") - 20), m.start("c")):
            continue  # "the South American country": a region's adjective, not the United States
        if kind == "demonym" and _demonym_variety_re().match(text, m.start("c")):
            continue  # "vegetables such as French beans": a variety of a product, no place
        if iso and "-" in iso and (_in_a_dateline(text, m.start("c"), m.end("c")) or _located_only(text, m.start("c"), m.end())):
            continue  # "DES MOINES, Iowa —", "Otay Mesa in California": the state only locates a place
        if kind == "short" and is_mark(text, m.start("c"), m.end("c")):
            continue  # "EXPORTS -1.7% M/M SA": seasonally adjusted, no South Africa
        if _in_a_dateline_credit(text, m.start("c"), m.end("c")):
            continue  # "KYIV (Kyiv Independent) —": the place names the publication, no side of a flow
        if label == "neighbours" and _channel_after_re().match(text, m.end()):
            continue  # "cross-border e-commerce", "cross-border payments": trade with anyone abroad
        # "the Central Bank of Chile reported", "the Bank of Uganda records imports": the
        # country whose institution it is, as in "Chile's central bank", the one reporting
        owner = bool(_INSTITUTION_OF.search(text, max(0, m.start("c") - 40), m.start("c")) and _in_a_name(text, m.start("c"), m.end()))
        # "China, whose exports rose 2.4%": the place owns what the relative clause names
        owner = owner or bool(_whose_flow_re().match(text, m.end()))
        if (iso and iso != "WLD" or kind == "group") and ALL_BUT_PREFIX.search(text, max(0, m.start("c") - 6), m.start("c")):
            # "non-EU countries", "extra-EU trade", "non-EAEU countries": every place but the
            # one or the group named, a group without a code of its own
            iso, kind, label = None, "group", "other than " + (iso or label)
        out.append(Mention("country", m.start("c"), m.end(), m["c"], None, None,
                           {"iso": iso, "kind": kind, "label": label, "possessive": bool(m["pos"]) or owner}))
    return out


@functools.cache
def _demonym_variety_re() -> re.Pattern:
    """A product named by a demonym and a noun (vocab/demonym_varieties.csv)."""
    words = vocab.alternation(vocab.demonym_varieties(), ignore_case=True, space=r"\s+")
    return re.compile(rf"(?:{words})(?![\w-])", re.I)


@functools.cache
def _channel_after_re() -> re.Pattern:
    """A channel noun right after a word for the neighbours (vocab/channel_nouns.csv): the word
    then says "international", no partner group."""
    nouns = vocab.alternation([r["noun"] for r in vocab.table("channel_nouns")], ignore_case=True, space=r"\s+")
    return re.compile(rf"[^\S\n]+(?:{nouns})(?![\w-])", re.I)


# a dateline's city in capitals and a comma, before its state; its dash after ("DES MOINES, Iowa —")
_DATELINE_CITY = re.compile(r"(?:^|\n)[A-ZÀ-Þ][A-ZÀ-Þ .'’-]+,\s*$")
_DATELINE_DASH = re.compile(r"\s*(?:,[^\n,]{0,20})?\s*(?:\([^)\n]*\)\s*)?(?:[—–]|--?)\s")


@functools.cache
def _locative_res() -> tuple[re.Pattern, re.Pattern]:
    rows = vocab.table("locative_cues")
    before = vocab.alternation([r["phrase"] for r in rows if r["side"] == "before"], space=r"\s+")
    # (a unit before a port noun, "the Texas district", names where the port lies: vocab/port_nouns.csv)
    after = vocab.alternation([r["phrase"] for r in rows if r["side"] == "after"] + [r["noun"] for r in vocab.table("port_nouns")], space=r"\s+")
    return re.compile(rf"\b(?:{before})\s+$", re.I), re.compile(rf"\s+(?:{after})\b", re.I)


def _located_only(text: str, start: int, end: int) -> bool:
    """A sub-national unit named only as where something lies (vocab/locative_cues.csv)."""
    before, after = _locative_res()
    return bool(before.search(text, max(0, start - 20), start) or after.match(text, end))


# a dateline that is the name alone and a colon, before the lead's first sentence ("Dubai: The
# UAE's non-oil foreign trade reached"), near the text's top
_DATELINE_COLON = re.compile(r":[ \t]+[A-Z\"“]")
_DATELINE_REACH = 1500


def _in_a_dateline(text: str, start: int, end: int) -> bool:
    if start < _DATELINE_REACH and (start == 0 or text[start - 1] == "\n") and _DATELINE_COLON.match(text, end):
        return True
    return bool(_DATELINE_CITY.search(text, max(0, start - 40), start)) and bool(_DATELINE_DASH.match(text, end))


# a dateline's city in capitals (a date may follow) and the bracket of its credit, open
# before the place; the bracket's close and the dash after it
_DATELINE_CREDIT_OPEN = re.compile(r"(?:^|\n)[A-ZÀ-Þ][A-ZÀ-Þ .'’-]+(?:,[^\n(]{0,30})?\s*\([^)\n]*$")
_DATELINE_CREDIT_CLOSE = re.compile(r"[^)\n]*\)\s*(?:[—–]|--?)\s")


def _in_a_dateline_credit(text: str, start: int, end: int) -> bool:
    return bool(_DATELINE_CREDIT_OPEN.search(text, max(0, start - 60), start)) \
        and bool(_DATELINE_CREDIT_CLOSE.match(text, end))


@functools.cache
def _region_before_re(demonym: str) -> re.Pattern:
    """The words before a demonym that make it a region's adjective (vocab/regions.csv):
    "South " before "American" in "the South American country"."""
    heads = [a[: -len(demonym)] for a in vocab.regions() if a.endswith(" " + demonym.lower())]
    if not heads:
        return re.compile(r"(?!)")
    words = vocab.alternation([h.strip() for h in heads], ignore_case=True, space=r"[\s-]+")
    return re.compile(rf"\b(?:{words})\s+$", re.I)


# "non-EU", "extra-EU": every place but the one named
ALL_BUT_PREFIX = re.compile(r"\b(?:non|extra)-$", re.I)


def find_commodities(text: str, index: Index | None = None) -> list[Mention]:
    """Product groups and scopes: "potash", "non-oil", "excluding energy and gold"."""
    out = []
    for m in _commodity_re().finditer(text, index):
        if _verb_after_a_name(text, m.start("c"), m.end()):
            continue
        start = m.start("c") - 4 if text[max(0, m.start("c") - 4):m.start("c")].lower() == "non-" else m.start("c")
        out.append(Mention("commodity", start, m.end(), text[start:m.end()]))
    # "the definitive (regular) regime": a regime glossed in brackets, read without the gloss
    glossed = glossed_regimes(text)
    if glossed:
        out.extend(Mention("commodity", s, e, phrase) for s, e, phrase in glossed)
        out.sort(key=lambda x: x.start)
    return out


def _verb_after_a_name(text: str, start: int, end: int) -> bool:
    """"Japan logs trade deficit", "China logs record surplus": a product word that is also a
    verb (vocab/product_verbs.csv), after a bare name and before what is posted, is the verb."""
    return (text[start:end].lower() in vocab.product_verbs()
            and bool(re.search(r"(?<![\w'’])[A-Z][\w.]*[^\S\n]+$", text[max(0, start - 30):start]))
            and bool(_POSTED_AFTER.match(text, end)))


# what a headline's verb posts: "a trade deficit", "record surplus", "its first ..."; or a
# figure, perhaps after a hedge word ("ships nearly 30%", "ships $1.2 billion")
_POSTED_AFTER = re.compile(r"[^\S\n]+(?:(?:a|an|the|its|record|first|(?:[\w-]+[^\S\n]+)?(?:surplus|deficit|gap|growth|rise|fall|drop|decline))\b"
                           r"|(?:[a-z]+[^\S\n]+)?[$€£¥]?\d)", re.I)


@functools.cache
def _flow_table() -> dict[str, tuple[str, int]]:
    return {k.lower(): v for k, v in vocab.flows().items()}


# "imports of medical supplies", "exports of arms deliveries": a flow noun inside what another
# flow is of names the goods, not a second flow
_GOODS_OF_FLOW = re.compile(r"[^\S\n]+of[^\S\n]+(?:(?!(?:and|or|but|while|whereas|as|than|to|from)\b)[\w-]+[^\S\n]+){0,3}", re.I)


# "in FOB prices", "at CIF prices": the valuation a flow is stated at, right before "prices"
_VALUATION_BEFORE = re.compile(r"\b(?:in|at)\s+(?:FOB|CIF|f\.o\.b\.|c\.i\.f\.)\s+$", re.I)


def find_flows(text: str, index: Index | None = None) -> list[Mention]:
    table = _flow_table()
    out: list[Mention] = []
    market_sales_told = False  # (a product's worldwide sales named: later bare "sales" are the same)
    for m in _flow_re().finditer(text, index):
        measure, sign = table[m["f"].lower()]
        if m["f"][0].isupper() and _in_a_name(text, m.start("f"), m.end()):
            continue  # "the Ministry of Development, Industry, Trade and Services"
        if (measure in ("trade_total", "other") or (measure == "balance" and not sign) or m["f"].lower() in _compound_flow_words()) \
                and _in_a_compound(text, m.start("f"), m.end()):
            continue  # "from free trade zones", "trade talks", "on a balance of payments basis", "medical supplies": no flow
        if measure == "balance" and not sign and _rest_of_a_whole(text, m.start("f"), m.end()):
            continue  # "Other ECOWAS countries took the balance of N56.6 billion": the rest, no trade balance
        if measure == "balance" and not sign:
            sign = _balance_sign(text, m.start("f"), m.end())
        if m["f"] != "GDP" and m["f"].lower() == "gdp":
            continue
        if measure == "other" and m["f"].lower().startswith("price") and _VALUATION_BEFORE.search(text, max(0, m.start("f") - 16), m.start("f")):
            continue  # "imports in FOB prices, which totalled EUR 52,834.6 mln": a valuation, no price
        outer = out[-1] if out else None
        if (outer is not None and measure in ("exports", "imports") and outer.attrs["measure"] in ("exports", "imports")
                and m.start("f") - outer.end < 40 and _GOODS_OF_FLOW.fullmatch(text, outer.end, m.start("f"))):
            continue
        if measure == "exports" and " market" in text[m.end():m.end() + 90] \
                and (_home_market_re().match(text, m.end()) or _sales_in_a_product_market(text, m.end(), m["f"])):
            measure = "other"  # "deliveries by Italian makers on the domestic market": home sales
        if measure == "exports" and _sold_at_home(text, m.start("f"), m["f"]):
            measure = "other"  # "domestic furniture sales fell 10%", "the toy market generated sales of EUR 4bn"
        if measure == "exports" and m["f"].lower() in sale_noun_set():
            if market_sales_told and _bare_sale_noun(text, m.start("f"), m.end()):
                measure = "other"  # "... Fourth-quarter sales were $171bn": the same market's sales
            elif _sold_worldwide(text, m.start("f")):
                measure, market_sales_told = "other", True  # "global semiconductor sales hit $628bn"
        start, net_of_returns = m.start("f"), False
        if measure in ("exports", "imports") and _FLOW_NOUN.fullmatch(m["f"]):
            net = _balance_before(text, start)
            if net is not None and _gross_flow_named(text):
                # ("Gross rough imports: $2.2bn / Net rough imports: $1.75bn": beside the gross
                # flow, the net one is that flow less its returns, no balance of the two flows;
                # a series of its own the checks leave unrelated)
                start, measure, net_of_returns = net, "other", True
            elif net is not None:
                # "leaving net gold imports at $18bn", "giving a net export value of SEK 157
                # billion": the flow less the other one, a balance (imports' one a deficit)
                start, measure, sign = net, "balance", 1 if measure == "exports" else -1
        attrs = {"measure": measure, "sign": sign}
        if net_of_returns:
            attrs["net_of_returns"] = True  # (a share "of net polished exports" is of this flow: measures.governing_flow)
        out.append(Mention("flow", start, m.end(), text[start:m.end()], None, None, attrs))
    return _join_total_flows(text, out)


def _sold_at_home(text: str, start: int, word: str) -> bool:
    """Whether a noun of selling read as exports (vocab/sale_nouns.csv; not "exports" itself:
    "domestic exports" are exports of goods made at home) at `start` is a sale in a market:
    after an adjective that keeps it at home, at most two product words between ("domestic
    furniture sales fell 10%": vocab/home_sale_adjectives.csv), or a market's own sales ("the
    toy market generated sales of EUR 4bn", "the market's sales": vocab/market_sales_cues.csv;
    not "export markets generated sales", vocab/abroad_market_words.csv)."""
    if word.lower() not in sale_noun_set():
        return False  # (a verb, "its local units shipped $20bn", or "exports" itself)
    after = text[start + len(word):start + len(word) + 50].lower()
    if (" at " in after or " in " in after) and _sold_in_outlets_re().match(text, start + len(word)):
        return True  # ("sales at garden stores rose": takings where shoppers buy, no flow)
    window = text[max(0, start - 50):start].lower()
    if not any(w in window for w in _home_sale_hints()):
        return False  # (cheap: most selling words have neither before them)
    home, market = _sold_at_home_res()
    if home.search(text, max(0, start - 50), start) is not None:
        return True
    mm = market.search(text, max(0, start - 50), start)
    return mm is not None and (mm["pre"] or "").lower() not in abroad_market_word_set()


@functools.cache
def abroad_market_word_set() -> frozenset[str]:
    """Words that put a market abroad, lower case (vocab/abroad_market_words.csv)."""
    return frozenset(w.lower() for w in vocab.abroad_market_words())


@functools.cache
def sale_noun_set() -> frozenset[str]:
    """Nouns of selling, lower case (vocab/sale_nouns.csv)."""
    return frozenset(w.lower() for w in vocab.sale_nouns())


@functools.cache
def _home_sale_hints() -> tuple[str, ...]:
    return (*(w.lower() for w in vocab.home_sale_adjectives()), "market", *(w.lower() for w in vocab.retail_outlet_nouns()))


@functools.cache
def _sold_in_outlets_re() -> re.Pattern:
    """"sales at cannabis stores", "sales in retail outlets": a noun of selling, then where
    shoppers buy (vocab/retail_outlet_nouns.csv) after "at" or "in" and at most two
    lower-case product words; a place's name between ("sales at Japanese stores") is a
    market abroad, so none is allowed."""
    outlets = vocab.alternation(vocab.retail_outlet_nouns(), ignore_case=True)
    return re.compile(rf"[^\S\n]+(?:at|in)[^\S\n]+(?:(?-i:[a-z][\w-]*)[^\S\n]+){{0,2}}(?:{outlets})\b", re.I)


@functools.cache
def _sold_at_home_res() -> tuple[re.Pattern, re.Pattern]:
    adjectives = vocab.alternation(vocab.home_sale_adjectives(), ignore_case=True)
    cues = vocab.alternation(vocab.market_sales_cues(), ignore_case=True, space=r"[^\S\n]+")
    # (the product words between are lower-case words, no preposition or verb of a clause
    # of its own: "domestic demand for imported sales" is no such phrase)
    stop = r"(?:of|for|and|or|but|to|from|in|on|by|with|than|as|at|while|whereas)\b"
    home = re.compile(rf"(?<![\w-])(?:{adjectives})[^\S\n]+(?:(?!{stop})[a-z][\w-]*[^\S\n]+){{0,2}}$", re.I)
    # (the word before "market" is kept, to tell "export markets" apart)
    # ("duty-free shops posted record sales": shops and stores sell to shoppers as a market
    # does, vocab/retail_outlet_nouns.csv, and "record" may stand before their sales)
    outlets = vocab.alternation(vocab.retail_outlet_nouns(), ignore_case=True)
    market = re.compile(rf"(?:(?<![\w-])(?P<pre>[\w-]+)[^\S\n]+)?(?<![\w-])(?:markets?|{outlets})(?:[^\S\n]+(?:{cues})[^\S\n]+|(?:{cues})[^\S\n]+|[^\S\n]+)(?:record[^\S\n]+)?$", re.I)
    return home, market


def _sold_worldwide(text: str, start: int) -> bool:
    """Whether the noun of selling at `start` follows a worldwide word and one or two product
    words ("global semiconductor sales hit $628bn", "world smartphone sales fell 3%": vocab/
    abroad_market_words.csv, scope worldwide): a product's sales in every market, home among
    them, i.e. the market's size, no flow. Not the worldwide word alone ("its global sales
    rose": one seller's, perhaps abroad)."""
    window = text[max(0, start - 50):start].lower()
    if not any(w in window for w in _worldwide_market_words()):
        return False  # (cheap: most selling words have none before them)
    return _sold_worldwide_re().search(text, max(0, start - 50), start) is not None


@functools.cache
def _sold_worldwide_re() -> re.Pattern:
    words = vocab.alternation(vocab.worldwide_market_words(), ignore_case=True)
    stop = r"(?:of|for|and|or|but|to|from|in|on|by|with|than|as|at|while|whereas|the|its|their|export|exports|import|imports)\b"
    return re.compile(rf"(?<![\w-])(?:{words})[^\S\n]+(?:(?!{stop})[a-z][\w-]*[^\S\n]+){{1,2}}$", re.I)


def _bare_sale_noun(text: str, start: int, end: int) -> bool:
    """Whether a noun of selling names no destination nor place abroad: not "sales to Japan",
    "sales abroad", "export sales" (vocab/abroad_market_words.csv before it). Once a text has
    named a product's worldwide sales, such a bare "sales" is the same market's."""
    if _SALE_ABROAD_AFTER.match(text, end):
        return False
    before = text[max(0, start - 30):start].lower().split()
    return not any(w.strip(",.;:(") in abroad_market_word_set() - _worldwide_market_words() for w in before[-2:])


# "sales to Japan", "sales abroad", "sales outside the region": a destination, so a flow
_SALE_ABROAD_AFTER = re.compile(r"[^\S\n]+(?:to|abroad|outside|overseas)\b", re.I)


def _sales_in_a_product_market(text: str, end: int, word: str) -> bool:
    """Whether a noun of selling (vocab/sale_nouns.csv) is followed by the market of a product
    it is sold in ("sales in the global art market fell 4%", "sales in the toy market"): the
    size of that market, no flow. Not a market abroad ("sales in the overseas book market",
    vocab/abroad_market_words.csv, scope abroad), nor one named by a worldwide word alone
    ("sales in the global market": one seller's sales everywhere, perhaps abroad)."""
    if word.lower() not in sale_noun_set():
        return False
    mm = _in_a_market_re().match(text, end)
    if mm is None:
        return False
    words = mm["words"].lower().split()
    abroad = abroad_market_word_set() - _worldwide_market_words()
    return not any(w in abroad for w in words) and not all(w in _worldwide_market_words() for w in words)


@functools.cache
def _worldwide_market_words() -> frozenset[str]:
    return frozenset(w.lower() for w in vocab.worldwide_market_words())


@functools.cache
def _in_a_market_re() -> re.Pattern:
    # ("in the" a market of one to three lower-case words, no preposition or verb between:
    # "sales in the global art market", not "sales in the first half of the market year")
    stop = r"(?:of|for|and|or|but|to|from|in|on|by|with|than|as|at|while|whereas|the|its|their)\b"
    return re.compile(rf"[^\S\n]+in[^\S\n]+the[^\S\n]+(?P<words>(?:(?!{stop})[a-z][\w-]*[^\S\n]+){{1,3}})market(?![\w-])")


@functools.cache
def _home_market_re() -> re.Pattern:
    """Right after a word of selling, a place of sale that keeps the sale at home (vocab/
    home_market_tails.csv), at most a "by ..." phrase of the sellers between ("deliveries by
    local makers on the domestic market"; no figure, comma or other flow word between)."""
    tails = vocab.alternation(vocab.home_market_tails(), ignore_case=True, space=r"[^\S\n]+")
    return re.compile(rf"(?:[^\S\n]+by(?:[^\S\n]+[A-Za-z][\w'’-]*){{1,5}}?)?[^\S\n]+(?:{tails})(?![\w-])", re.I)


# "gross exports", "gross polished imports": a flow before its returns are netted out
_GROSS_FLOW = re.compile(r"(?<![\w-])gross[^\S\n]+(?:[a-z][\w-]*[^\S\n]+){0,2}(?:ex|im)ports?\b", re.I)


def _gross_flow_named(text: str) -> bool:
    return ("gross" in text or "Gross" in text) and _GROSS_FLOW.search(text) is not None  # (cheap test first)


# the flow nouns a word of vocab/balance_prefixes.csv turns into a balance
_FLOW_NOUN = re.compile(r"(?i:ex|im)ports?")


def _balance_before(text: str, start: int) -> int | None:
    """The start of a word of vocab/balance_prefixes.csv before the flow noun at `start`,
    at most two product words between ("net polished imports"), or None."""
    window = text[max(0, start - 40):start].lower()
    if not any(w in window for w in vocab.balance_prefixes()):  # (cheap: most flows have none)
        return None
    m = _balance_prefix_re().search(text, max(0, start - 40), start)
    return m.start("w") if m else None


@functools.cache
def _balance_prefix_re() -> re.Pattern:
    words = vocab.alternation(vocab.balance_prefixes(), ignore_case=True)
    # (not "net of exports", "net, imports ...": only lower-case modifier words between)
    stop = r"(?:of|and|or|but|the|an?|to|from|in|on|for|with|by|at|as|than|is|are|was|were|its|their)\b"
    return re.compile(rf"(?<![\w-])(?P<w>{words})[^\S\n]+(?:(?!{stop})[a-z][\w-]*[^\S\n]+){{0,2}}$", re.I)


def _rest_of_a_whole(text: str, start: int, end: int) -> bool:
    """Whether the balance word at start:end names the rest of a whole, with its own figure
    after "of": taken by a place ("Other ECOWAS countries took the balance of N56.6 billion")
    or going somewhere ("The balance of US$ 207 million went to Canada, Japan and other
    markets"). The words are vocab/remainder_cues.csv's (figure, part_verb, verb)."""
    word, before, after = _rest_of_a_whole_res()
    if not word.fullmatch(text, max(0, start - 4), end) or not _OF_FIGURE.match(text, end):
        return False  # (cheap: "the balance of" and a figure, first)
    return before.search(text, max(0, start - 40), end) is not None or after.match(text, end) is not None


# "of" and a figure right after the rest's word: " of N56.6", " of US$ 207"
_OF_FIGURE = re.compile(r"\s+of\s+(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+)?[^\s\d]{0,4}\s?\d")


@functools.cache
def _rest_of_a_whole_res() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    rows = vocab.table("remainder_cues")

    def words(role: str) -> str:
        return vocab.alternation([r["phrase"] for r in rows if r["role"] == role], ignore_case=True, space=r"\s+")

    word = re.compile(rf"(?:{words('figure')})", re.I)
    before = re.compile(rf"\b(?:{words('part_verb')})\s+(?:{words('figure')})$", re.I)
    # the figure, its scale word, then the verb: "of US$ 207 million went to"
    after = re.compile(rf"{_OF_FIGURE.pattern}[\d.,]*\s*(?:[a-z]+\s+)?(?:{words('verb')})\b", re.I)
    return word, before, after


def _in_a_compound(text: str, start: int, end: int) -> bool:
    """Whether the flow word at start:end is one of a compound that names no flow
    (vocab/flow_compounds.csv)."""
    # (the window reaches back over "participating in the " before "trade")
    return any(c.start() <= start and end <= c.end() for c in _compound_re().finditer(text, max(0, start - 24), min(len(text), end + 16)))


@functools.cache
def _compound_flow_words() -> frozenset[str]:
    """The flow words of one direction that end a compound naming goods ("medical supplies"):
    only these are looked for in one (vocab/flow_compounds.csv), the other directed flow words
    never are (cheap)."""
    table = _flow_table()
    last_words = (w.split()[-1].lower() for w in vocab.flow_compounds())
    return frozenset(w for w in last_words if table.get(w, ("",))[0] in ("exports", "imports"))


@functools.cache
def _compound_re() -> re.Pattern:
    rows = vocab.flow_compounds()
    words = vocab.alternation([w for w in rows if "YEAR" not in w], ignore_case=True, space=r"\s+")
    # ("at constant 2019 prices": a row's YEAR is any year)
    dated = "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("YEAR", r"(?:19|20)\d\d") for w in rows if "YEAR" in w)
    return re.compile(rf"(?<![\w-])(?:{words}{'|' + dated if dated else ''})(?![\w-])", re.I)


def _join_total_flows(text: str, flows: list[Mention]) -> list[Mention]:
    """"total goods imports and exports", "overall exports and imports": the two flows
    after a word that sums them (vocab/joint_flow_cues.csv) are one quantity, the trade."""
    out: list[Mention] = []
    i = 0
    while i < len(flows):
        a = flows[i]
        b = flows[i + 1] if i + 1 < len(flows) else None
        if (b is not None and {a.attrs["measure"], b.attrs["measure"]} == {"exports", "imports"}
                and re.fullmatch(r"\s+and\s+", text[a.end:b.start])
                and (_joint_cue_re().search(text, max(0, a.start - 40), a.start) or _one_level_after(text, b.end))):
            out.append(Mention("flow", a.start, b.end, text[a.start:b.end], None, None, {"measure": "trade_total", "sign": 0}))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def _one_level_after(text: str, end: int) -> bool:
    """"imports and exports reached 1.22 trillion yuan", "exports and imports totalled $41
    billion", "recorded imports and exports of 529.6 billion yuan": a verb of a level (or
    "of", "worth") and one money figure after the two flows; both flows cannot each be that
    one figure, so it is their sum ("... reached $5bn and $7bn" and "... respectively" give
    each its own)."""
    m = _level_after_re().match(text, end)
    if m is None and text.startswith(" ", end):
        m = _joint_after_re().match(text, end)
    if m is None:
        return False
    clause = _CLAUSE_END.search(text, m.end())
    rest = text[m.end():clause.start() if clause else len(text)]
    return not _SECOND_FIGURE.search(rest)


@functools.cache
def _level_after_re() -> re.Pattern:
    # the verb, "to" or "at", a hedge, then a figure with its currency or scale, no percentage
    verbs = vocab.alternation(vocab.level_verbs(), ignore_case=True)
    hedges = vocab.alternation(vocab.hedges(), ignore_case=True, space=r"\s+")
    # ("imports and exports by private firms were 13.4 trillion yuan", "imports and exports
    # with the bloc reached $9bn": a short phrase of whose or with whom, no figure in it,
    # before the verb)
    return re.compile(rf"(?:\s+(?:by|with|of)\s+(?:the\s+)?[A-Za-z][\w'-]*(?:\s+(?!(?:{verbs})\s)[A-Za-z][\w'-]*){{0,5}}?(?=\s+(?:{verbs})\s))?"
                      rf"\s+(?:(?:{verbs})\s+(?:(?:to|at)\s+)?|(?:of|worth)\s+)(?:(?:{hedges})\s+)?"
                      rf"(?=[^\s\d]{{0,4}}\s?\d[\d.,]*+(?!\s*(?:%|per\s*cent|percent|pct)))", re.I)


@functools.cache
def _joint_after_re() -> re.Pattern:
    # more ways one figure of the two flows follows them, with a short phrase of where, whose
    # or through what between ("imports and exports in the province", "... through the
    # channel"): a bare verb of a level ("saw its imports and exports reach 319 billion
    # yuan"), a change to a level ("jumped 28.4 percent to 68.9 billion yuan"), or a share
    # ("accounted for 11.7 percent of the national total"); one figure, so the sum
    verbs = vocab.alternation(vocab.level_verbs() | vocab.level_verb_bases(), ignore_case=True)
    changes = vocab.alternation(vocab.changes(), ignore_case=True)
    shares = vocab.alternation(vocab.share_cues()["before"], ignore_case=True, space=r"\s+")
    hedges = vocab.alternation(vocab.hedges(), ignore_case=True, space=r"\s+")
    heads = rf"(?:{verbs}|{changes}|{shares})"
    money = r"[^\s\d]{0,4}\s?\d[\d.,]*+(?!\s*(?:%|per\s*cent|percent|pct))"
    pct = r"\d[\d.,]*+\s*(?:%|per\s*cent|percent|pct)"
    # ("rose 11.0% in 2024 to 2.63 trillion yuan": the year of the change may stand between)
    year = r"(?:19|20)\d\d"
    return re.compile(rf"(?:\s+(?:in|through|via|by|with|of|from|under|at)\s+(?:the\s+)?[A-Za-z][\w'-]*"
                      rf"(?:\s+(?!{heads}\s)[A-Za-z][\w'-]*){{0,4}}?(?=\s+{heads}\s))?\s+"
                      rf"(?:(?:{verbs})\s+(?:(?:to|at)\s+)?(?:(?:{hedges})\s+)?(?={money})"
                      rf"|(?:{changes})\s+(?:by\s+)?(?:{pct}\s+)?(?:(?!and\s|or\s)(?:[a-z][\w-]*|{year}),?\s+){{0,3}}?to\s+(?:(?:{hedges})\s+)?(?={money})"
                      rf"|(?:{shares})\s+(?:(?:{hedges})\s+)?(?={pct}))", re.I)


# where the clause of a figure ends, and a second figure or "respectively" before it ("reached
# $5bn and $7bn", "... respectively"; a share after, "or 42.7 percent of the total", is no
# second level)
_CLAUSE_END = re.compile(r"[.;!?](?=\s|$)|\n")
_SECOND_FIGURE = re.compile(r"\b(?:and|or)\s+[^\s\d]{0,4}\s?\d[\d.,]*+(?!\s*(?:%|per\s*cent|percent|pct))|\brespectively\b", re.I)


@functools.cache
def _joint_cue_re() -> re.Pattern:
    # the cue, then at most two words of the noun phrase ("total goods", "overall merchandise")
    cues = vocab.alternation(vocab.joint_flow_cues(), ignore_case=True)
    # ("the total value of imports and exports": a noun of their money and "of" between,
    # vocab/joint_flow_nouns.csv)
    nouns = vocab.alternation(vocab.joint_flow_nouns(), ignore_case=True)
    return re.compile(rf"(?<![\w-])(?:{cues})\s+(?:(?!(?:and|or|of|the|to|from|with)\s)[a-z-]+\s+){{0,2}}"
                      rf"(?:(?:{nouns})\s+of\s+(?:the\s+)?)?$", re.I)


def _in_a_name(text: str, start: int, end: int) -> bool:
    """Whether the words at start:end stand in the name of an institution or an agreement:
    a run of capitalised words (joined by "of", "and", commas) one of which is a noun that
    heads such names (vocab/name_heads.csv)."""
    left = _NAME_LEFT.search(text, max(0, start - 80), start)
    right = _NAME_RIGHT.match(text, end, min(len(text), end + 80))
    words = re.findall(r"[A-Z][\w&'-]*", (left.group(0) if left else "") + " " + text[start:end] + " " + right.group(0))
    heads = vocab.name_heads()
    return any(w in heads for w in words)


# a capitalised noun and "of" right before a place: "Bank of ", "Ministry of the "
_INSTITUTION_OF = re.compile(r"\b[A-Z][a-z]+\s+of\s+(?:the\s+)?$")


# the capitalised words of a name before and after a word in it, within its line: in a
# stack of headline lines ("Exports $2.1B - Trade Ministry" over "Imports $3.0B") the
# line below starts afresh, its flow word no part of the name above
_NAME_LEFT = re.compile(r"(?:[A-Z][\w&'-]*,?[^\S\n]+(?:(?:of|and|for|on|the|&)[^\S\n]+)?)+$")
_NAME_RIGHT = re.compile(r"(?:,?[^\S\n]+(?:(?:of|and|for|on|the|&)[^\S\n]+)?[A-Z][\w&'-]*)*")


def _balance_sign(text: str, start: int, end: int) -> int:
    """The sign an adjective gives a balance it qualifies: before it, across the words that
    say which balance ("a negative foreign trade balance"), or as its predicate ("the
    balance of trade remained negative"). 0 when none does."""
    signs = vocab.balance_signs()
    before, after, labelled = _sign_patterns()
    m = (before.search(text, max(0, start - 50), start) or after.match(text, end, min(len(text), end + 140))
         or labelled.match(text, end, min(len(text), end + 30)))
    return signs[m["w"].lower()] if m else 0


@functools.cache
def _sign_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    words = vocab.alternation(vocab.balance_signs(), ignore_case=True)
    # "negative [foreign|external|merchandise ...] balance": up to three lower-case words between
    # (words of the noun phrase: not "a positive effect on the trade balance")
    before = re.compile(rf"\b(?P<w>{words})\s+(?:(?!(?:on|of|to|for|in|with|and|or|the|a|an|its|their|this|that)\s)[a-z-]+\s+){{0,3}}$", re.I)
    # "balance [of trade] was/remained/turned negative", "balance with the EU was negative",
    # "the balance was therefore negative by ISK 22bn" (a linking adverb before the sign word);
    # a statistics office's definition in brackets and the period may come between:
    # "the balance with third countries (Exports FOB - Imports CIF) in January - December 2021 was negative"
    after = re.compile(rf"(?:\s+(?:of|in|with|against)\s+(?:[a-z-]+\s+){{0,2}}?[a-z-]+)?(?:\s+\([^()\n]{{1,60}}\))?"
                       rf"(?:\s+(?:in|during|for)\s+(?:[a-z]+\s*(?:[-–]|to)\s*)?(?:[a-z]+\s+)?\d{{4}})?"
                       rf"\s+(?:was|is|were|are|remained|remains|stayed|"
                       rf"stays|turned|became|has\s+been|had\s+been)\s+(?:(?:also|still|again|therefore|thus|hence|so|consequently)\s+)?(?P<w>{words})\b", re.I)
    # a labelled line that states the sign before the amount: "trade balance: negative, $5.4bn"
    labelled = re.compile(rf"[^\S\n]*[:–—][^\S\n]*(?P<w>{words})\b(?=[^\S\n]*[,;]?[^\S\n]*(?:[A-Z]{{1,3}}[^\S\n]?)?[^\s\w]{{0,3}}\d)", re.I)
    return before, after, labelled


def document_uses_decimal_comma(text: str) -> bool:
    """A text that writes "4,77 billion" or "20,5%" reads "1,345 billion" as 1.345. Unless
    more of its figures have decimal dots ("14.0%", "35.0 million"): a headline kept in the
    source language ("crecen un 6,9%") over a body written with dots and comma thousands
    does not make the body's "2,885 million" 2.885."""
    commas = len(_DECIMAL_COMMA.findall(text))
    return commas > 0 and len(_DECIMAL_DOT_FIGURE.findall(text)) <= commas


# "4,77 billion": begins with a digit (not after a digit or a comma), for a quick scan
_DECIMAL_COMMA = re.compile(r"\d(?<![\d,]\d)\d{0,2},\d{1,2}(?![\d,])\s?(?:%|(?i:billion|million|bn|mn|trillion))")
# "14.0%", "35.0 million": the same shapes written with a decimal dot
_DECIMAL_DOT_FIGURE = re.compile(r"\d(?<![\d.]\d)\d{0,2}\.\d{1,2}(?![\d.])\s?(?:%|(?i:billion|million|bn|mn|trillion))")
