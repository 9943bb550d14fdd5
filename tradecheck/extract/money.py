"""Money amounts: a number (digits or words) with a currency before or after it, scale
words, ranges ("$5-6bn"), and small change ("3 dollars 50 cents"); and a number with a
scale word but no currency ("26 bn"), which `mentions.find_amounts` reads in the currency
its text leaves understood, if any.

The grammar is one regular expression assembled from the vocabulary tables: currency
tokens (currencies.csv, with the flags that say which match in their case only and which
need their country or a scale word), scale words (scales.csv) and number words (numbers.csv)."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .. import vocab
from .keywords import ASCII_LETTERS, Index, Keyed, keyed, whitespace
from .numbers import NUMBER, SPACED, parse_number

_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
          "fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_UNIT_RE = "|".join(sorted(_UNITS, key=len, reverse=True))
_TENS_RE = "|".join(_TENS)
_DIGIT_WORDS = _UNITS[:10]
# spoken decimals also say a zero as a letter ("one point oh six"): spoken_digits.csv
_SPOKEN_DIGITS = vocab.spoken_digits()
_DIGIT_RE = "|".join([*_DIGIT_WORDS, *map(re.escape, _SPOKEN_DIGITS)])
_POINT = vocab.decimal_words()
_POINT_RE = "|".join(map(re.escape, _POINT))
# "forty-five", "thirteen"
_BELOW_HUNDRED = rf"(?:(?:{_TENS_RE})(?:[-\s](?:{_UNIT_RE}))?|(?:{_UNIT_RE}))"
# "six hundred and eighty-three", and spoken "a hundred and twenty" (the article only before
# "hundred": alone it is no number)
_BELOW_THOUSAND = (rf"(?:{_BELOW_HUNDRED}|an?(?=\s+hundred\b))"
                   rf"(?:\s+hundred(?:\s+(?:and\s+)?{_BELOW_HUNDRED})?)?")
# "one hundred and twenty", "three thousand five hundred" ("thousand" only where more number
# words follow it: "five thousand dollars" is a number and a scale word), and decimal digits
# read one by one after "point" ("thirty-four point five", "one point seven five")
WORD_NUMBER = (rf"(?:an?(?=\s+thousand\s+(?:and\s+)?(?:{_TENS_RE}|{_UNIT_RE}|an?\s+hundred)\b)|{_BELOW_THOUSAND})(?:\s+thousand(?=\s+(?:and\s+)?(?:{_TENS_RE}|{_UNIT_RE})\b)\s+(?:and\s+)?{_BELOW_THOUSAND})?"
               rf"(?:\s+(?:{_POINT_RE})(?:\s+(?:{_DIGIT_RE})(?![\w-]))+)?")
# "twenty-four and a half (billion)": a half added to a whole number said in words
_AND_A_HALF = r"[\s-]+and[\s-]+a[\s-]+half"
# Fractions and articles that only make sense before a scale: "half a billion", "a quarter million"
SCALED_WORD = r"(?:half\s+an?|half|an?\s+quarter|quarter|three\s+quarters|an?)"


def word_value(s: str) -> float:
    """The value of a number written in words."""
    return word_number(s)[0]


def word_number(s: str) -> tuple[float, float]:
    """The value of a number written in words, and its rounding unit: 1, or a tenth for
    "point five", a hundredth for "point seven five"."""
    words = s.lower().replace("-", " ").split()
    if len(words) > 3 and words[-3:] == ["and", "a", "half"]:
        # "twenty-four and a half": said to the nearest half
        return _whole_words(" ".join(words[:-3])) + 0.5, 0.5
    cut = next((i for i, w in enumerate(words) if w in _POINT), None)
    if cut is None:
        return _whole_words(s), 1.0
    digits = words[cut + 1:]
    decimals = "".join(str(_digit(w)) for w in digits if _digit(w) is not None)
    if not decimals or len(decimals) != len(digits):
        return _whole_words(" ".join(words[:cut])), 1.0
    return _whole_words(" ".join(words[:cut])) + float("0." + decimals), 10.0 ** -len(decimals)


def _digit(word: str) -> int | None:
    """The decimal digit a word says ("six", and spoken "oh"), if any."""
    if word in _DIGIT_WORDS:
        return _DIGIT_WORDS.index(word)
    return _SPOKEN_DIGITS.get(word)


def _whole_words(s: str) -> float:
    s = s.lower().replace("-", " ")
    if s.startswith("half"):
        return 0.5
    if "three quarters" in s:
        return 0.75
    if "quarter" in s:
        return 0.25
    if s in ("a", "an"):
        return 1.0
    total, current = 0.0, 0.0
    for w in s.split():
        if w == "and":
            continue
        if w == "hundred":
            current = (current or 1) * 100
        elif w == "thousand":
            total, current = total + (current or 1) * 1000, 0.0
        elif w in _UNITS:
            current += _UNITS.index(w)
        elif w in _TENS:
            current += 20 + 10 * _TENS.index(w)
    return total + current


@dataclass
class Money:
    start: int
    end: int
    text: str
    value: float  # in the currency's main unit
    unit: float  # rounding unit of `value` as written
    token: str  # the currency token as found (normalised key)
    codes: list[str]
    hi: float | None = None  # top of a range
    scaled: bool = False
    weak: bool = False  # a "weak" token without a scale word: money only where its country is named
    bare: bool = False  # no currency at all ("26 bn"): money only where the text around says so


def _key(token: str) -> str:
    return re.sub(r"[\s.]", "", token).lower()


def _flags(row: dict) -> set[str]:
    return set((row.get("flags") or "").split("|")) - {""}


@functools.cache
def _tokens() -> dict[str, dict]:
    """Normalised token -> {codes, unit, positions, weak}."""
    out: dict[str, dict] = {}
    for row in vocab.table("currencies"):
        k = _key(row["token"])
        entry = out.setdefault(k, {"codes": [c for c in row["codes"].split("|") if c],
                                   "unit": float(row.get("unit") or 1), "positions": set(),
                                   "token": row["token"], "weak": False})
        entry["positions"].add(row["position"])
        entry["weak"] = entry["weak"] or "weak" in _flags(row)
        # ("named": weak even with a scale word; a lone letter such as the zaire's "Z" is too
        # often a model or grade name, "Z100 million", to trust without the country named)
        entry["named_only"] = entry.get("named_only", False) or "named" in _flags(row)
        entry["no_default"] = entry.get("no_default", False) or "country" in _flags(row)
        entry["scaled_prefix"] = entry.get("scaled_prefix", False) or "scaled" in _flags(row)
    return out


def default_currency(token: str, codes: list[str]) -> str | None:
    """The code an amount with `token` (normalised key) is in when the text's country does
    not choose among `codes`: the first, or none for a token read only by its country
    ("francs" of no named country are no one's in particular)."""
    entry = _tokens().get(token)
    if not codes or (entry is not None and entry.get("no_default")):
        return None
    return codes[0]


@functools.cache
def _exact() -> frozenset[str]:
    """Tokens matched in their own case only: one or two letters ("Rs", "N", "TL"), or
    marked "exact" in the table (a code that is also a word: "MAD", "PEN")."""
    out = set()
    for row in vocab.table("currencies"):
        t = row["token"]
        letters = t.replace(".", "")
        if letters.isalpha() and (len(letters) <= 2 or "exact" in _flags(row)):
            out.add(t)
    return frozenset(out)


@functools.cache
def _exact_dollars() -> frozenset[str]:
    """Letters-and-dollar tokens marked "exact": a code that is also a word ("TOP$", but
    "exports top $6.7 billion" is a verb before a plain dollar sign)."""
    return frozenset(row["token"] for row in vocab.table("currencies")
                     if "exact" in _flags(row) and re.fullmatch(r"[A-Za-z.]+\s?\$", row["token"]))


# A letters-and-dollar token starts a word, or is glued to one at a case change
# ("worthUS$25.65 billion").
_DOLLAR_START = r"(?:(?<![A-Za-z])|(?<=[a-z])(?=[A-Z]))"


def _dollar_pattern(tok: str) -> str:
    """A letters-and-'$' token ("US$", "HK$") as a regex: the letters may be followed by an
    optional dot and space ("us $", "u.s $"). Where it may start is `_DOLLAR_START`, which
    the alternation states once for all of them."""
    m = re.fullmatch(r"([A-Za-z.]+)(\s?)\$", tok)
    letters = re.escape(m.group(1).rstrip(".")).replace(r"\.", r"\.?")
    # "us $", "hk $": a space only after two letters or where the table writes one;
    # "a $300m contract" is not Australian
    space = r"\s?" if (m.group(2) or len(m.group(1).replace(".", "")) > 1) else ""
    return rf"{letters}\.?{space}\$"


def _alternation(tokens: list[str]) -> str:
    exact = _exact()
    short_case = [t for t in tokens if t in exact]
    other = [t for t in tokens if t not in short_case]
    # longest first; the same order in every process (a set's order is not)
    dollars = sorted({t for t in other if re.fullmatch(r"[A-Za-z.]+\s?\$", t)}, key=lambda t: (-len(t), t))
    words = [t for t in other if t not in dollars]
    parts = []
    if dollars:
        # the start condition once for all of them (checked per token, it was most of the
        # time spent scanning)
        exact_dollars = _exact_dollars()
        loose = [t for t in dollars if t not in exact_dollars]
        if loose:
            parts.append(rf"{_DOLLAR_START}(?i:{'|'.join(_dollar_pattern(t) for t in loose)})")
        if len(loose) < len(dollars):
            parts.append(rf"{_DOLLAR_START}(?:{'|'.join(_dollar_pattern(t) for t in dollars if t in exact_dollars)})")
    if words:
        # a trie (see vocab.alternation): hundreds of tokens cost one branch per letter;
        # spaces inside a token are flexible
        # written to ignore case by itself, first letters plain (see vocab.alternation): the
        # engine rejects a branch at a glance, which it cannot under re.I
        parts.append(vocab.alternation(words, ignore_case=True, space=r"\s+", inline=True))
    if short_case:
        parts.append(vocab.alternation(short_case))  # "Rs", "R", "MAD": case matters
    # the characters a token can begin with, looked at first: the engine tests a class in
    # one step, where the branches take one each (a number not followed by a currency word)
    first = "".join(sorted({re.escape(t[0]) for t in tokens}))
    return f"(?=(?i:[{first}]))(?:" + "|".join(parts) + ")"


# The grammar is tried at every number in a text, and only its middle branch can begin with
# a digit: the other two say so first, to fail in one step there instead of trying each of
# their currency tokens and number words. (No token begins with a digit: they match
# nothing they would not.)
NOT_A_DIGIT = r"(?!\d)"


@functools.cache
def _parts() -> dict[str, str]:
    """The grammar's pieces, as regex source."""
    rows = vocab.table("currencies")
    pre = [r["token"] for r in rows if r["position"] in ("prefix", "both")]
    post = [r["token"] for r in rows if r["position"] in ("suffix", "both")]
    codes = sorted({c for r in rows for c in r["codes"].split("|") if c and len(c) == 3})
    pre_sym = [t for t in pre if not t.replace(".", "").replace(" ", "").isalpha()]
    pre_word = [t for t in pre if t not in pre_sym]
    scales = [w for w in vocab.scales() if len(w) > 1]
    glued = [w for w in vocab.scales() if len(w) == 1]
    # (an abbreviation with its dot, "mil.", is a scale where the sentence goes on after it
    # in lower case, "57 812,6 mil. euro": otherwise the dot ends the sentence)
    scale = (rf"{vocab.alternation(scales, ignore_case=True, inline=True)}(?![A-Za-z])"
             r"(?:(?<!\.)|(?=[ \t\xa0]+[a-z]))")
    # a scale word, or a currency token that carries one ("19 409,3 MD", million dinars):
    # what a figure with thousands grouped by spaces must be followed by to be read whole
    carriers = [r["token"] for r in rows if r["position"] in ("suffix", "both") and float(r.get("unit") or 1) >= 1e3]
    scaled_by = rf"(?:{scale}|{_alternation(carriers)}(?![A-Za-z]))" if carriers else scale
    # ("$11.91b", and "$ 11.91 b" in a headline: one space at most before a one-letter scale)
    scale_seq = rf"(?:{scale}(?:\s+{scale})?|(?<=\d)(?i:{'|'.join(glued)})(?![A-Za-z])|(?<=\d\s)(?i:b)(?![A-Za-z'’-]))"
    # ("$3.08T": a capital letter scale read only after a sign, vocab/sign_letter_scales.csv)
    sign_letters = "|".join(map(re.escape, vocab.sign_letter_scales()))
    sign_scale_seq = rf"(?:{scale_seq}|(?<=\d)(?:{sign_letters})(?![A-Za-z]))" if sign_letters else scale_seq
    mcode = rf"M(?:{'|'.join(codes)})(?![A-Za-z])"
    single = [t for t in pre_word if len(t) == 1]
    multi = [t for t in pre_word if len(t) > 1]
    signs, post_words = _alternation(pre_sym), _alternation(post)  # each used more than once
    prefix = (rf"(?P<pre>{mcode}|{signs}|(?<![A-Za-z]){_alternation(multi)}"
              + (rf"|(?<![A-Za-z0-9])(?:{'|'.join(map(re.escape, single))})(?=\d)" if single else "") + ")")
    # (a footnote's mark may be glued to the currency word: "586.7 million dollarsp/", the
    # "p/" of a preliminary figure in Latin American releases)
    suffix = rf"(?P<post>{mcode}|{post_words})(?:(?![A-Za-z])|(?=[a-z]/(?![A-Za-z\d])))"
    # "€1 741.9 bn": thousands grouped by spaces only between a sign and a scale word
    # ("CFA4 115-billion": or a hyphen before the scale, the sign glued to the first group)
    # numbers are atomic: read whole or not at all (the engine does not try shorter readings)
    num = rf"(?P<num>{SPACED}(?=(?:[ \t\xa0]{{0,8}}|-){scale})|(?>{NUMBER})|(?i:{WORD_NUMBER})(?![\w-]))"
    # ("twenty-four and a half billion dollars": a spoken half after a number in words)
    num_scaled = rf"(?P<wnum>(?i:{SCALED_WORD}|{WORD_NUMBER}(?:{_AND_A_HALF})?))"
    dash = r"\s?(?:-|–|to)\s?"
    particles = vocab.alternation(vocab.scale_particles())
    hi = rf"(?:{dash}(?:{signs})?\s?(?P<hi>(?>{NUMBER})))?"
    # ("5 dollars and 50 cents": the smaller unit; not "159.9 bln DH and 89.6
    # bln DH", the next figure, its decimal point no sentence's end; written as "(?=\D|$)",
    # not as NOT_A_DIGIT, which marks the guards tests/test_keywords.py takes out)
    tail = (rf"(?P<tail>(?:\s+and)?\s+(?P<sub>\d{{1,2}}|(?i:{WORD_NUMBER}))(?:\s+(?P<subw>(?i:cents?|pence|mao|jiao|fen)))?"
            r"(?=\s*(?:[.,;:!?)](?=\D|$)|$)|\s+(?i:cents?|pence))|(?P<tail2>\s+(?P<sub2>\d{1,2})\s?(?i:cents?|pence)))?")
    grammar = (
        rf"(?:"
        # $5.2bn, US$ 4,77 billion, Rs 3,45,940 crore, $ 10 dollars, $1.2-billion (a sign after
        # the figure on its line, not the next figure's: "€24.1 bn\n€17.6 bn surplus")
        # ("US$ -11,319 million": a minus between the sign and the figure, read by find_amounts)
        # (any run of spaces before the scale: a PDF's running header blanked inside the
        # sentence, "US$ 9,171.2\n\nPage 2 of 9\nmillion", leaves one; see wraps.py)
        # ("US$    597.46 million": a column of amounts aligned by spaces after the sign, the
        # sign padded up to the figure; only before a scale word, so a column of a currency's
        # shares, "USD   47.08%", stays a code beside a percentage)
        rf"{NOT_A_DIGIT}{prefix}(?:\s?|[ \xa0]{{2,8}}(?=\d[\d,.]*[ \xa0]*{scale}))(?:[-−–](?=\d))?{num}{hi}(?:(?:[ \t\xa0]*+|-)(?P<scale>{sign_scale_seq}))?(?:[ \t\xa0]?(?P<post_after_pre>{post_words})(?![A-Za-z])(?!\s?\d))?"
        # 1.63 trillion yuan, 75 USD million, 12-cent, 10 $
        # ... and 26 bn, 44.03 billion: no currency (find_amounts decides whether the text gives one)
        # ("57 812,6 million euro": thousands grouped by spaces before a scale word, kept
        # only in a text that writes its figures so, see `find_money`)
        # (a few spaces before the scale, or between the scale and the currency word: a word
        # split at a line's end is written joined over the end of its span, "339.1 mil-\nlion"
        # reads "339.1   million"; see wraps.py)
        rf"|(?<![\w.,$€£¥])(?P<num2>{SPACED}(?=[ \t\xa0]{{0,8}}{scaled_by})|(?>{NUMBER})|(?i:{WORD_NUMBER})(?=[\s-]))(?:{dash}(?P<hi2>(?>{NUMBER})))?(?:[ \t\xa0]{{2,4}}(?={scale})|\s|-(?=[A-Za-z]))?(?P<scale2>{scale_seq})?"
        # ("287,4 milliards de FCFA": a French particle after the scale word, before the currency)
        # (a currency word opening the next line with a capital, "922\nSterling area", is the
        # next table row's label, not this figure's unit)
        rf"(?:(?(scale2)(?:\s+(?:{particles}))?)(?<![\n\r])(?:[ \t\xa0-]|[\n\r](?![A-Z][a-z])|(?(scale2)[ \t\xa0]{{2,4}}|(?!)))?{suffix}(?:\s(?P<scale_after>{scale}))?|(?(scale2)(?!-)|(?!)))"
        # half a billion dollars, three billion euros
        rf"|{NOT_A_DIGIT}(?<![\w-]){num_scaled}\s+(?P<scale3>{scale})(?P<shalf3>{_AND_A_HALF})?\s+(?P<post3>{post_words})(?![A-Za-z])"
        rf"){tail}"
    )
    return {"prefix": prefix, "grammar": grammar, "scale": scale, "scaled_by": scaled_by}


@functools.cache
def _pattern() -> re.Pattern:
    return _keyed().pattern


def _dollar_spellings(tok: str) -> list[str]:
    """Every text `_dollar_pattern(tok)` matches, in the token's case: "U.S.$" is also
    "US$", "U.S $" with a space of any kind, and so on."""
    m = re.fullmatch(r"([A-Za-z.]+)(\s?)\$", tok)
    spaced = bool(m.group(2)) or len(m.group(1).replace(".", "")) > 1
    out = [""]
    for c in m.group(1).rstrip(".") + ".":  # its dots, and one after it, may be left out
        out = [w + c for w in out] + ([*out] if c == "." else [])
    spaces = ["", *whitespace()] if spaced else [""]
    return [w + sp + "$" for w in out for sp in spaces]


def _prefix_keys() -> list[str]:
    """How a currency prefix that starts a word begins: "usd", "rs"; "us$", "u.s" or "us "
    for "US$"; "a$" or "a.$" for "A$". Keys of the keyword index, which with `_anywhere`
    give every place where the grammar's prefix can begin."""
    keys: list[str] = []
    for t in (r["token"] for r in vocab.table("currencies") if r["position"] in ("prefix", "both")):
        letters = t.replace(".", "").replace(" ", "")
        dollar = re.fullmatch(r"([A-Za-z.]+)(\s?)\$", t)
        if dollar:  # the first three characters of every way of writing it ("us$", "u.s", "us ")
            keys += [w[:3] for w in _dollar_spellings(t)]
        elif letters.isalpha() and len(t) > 1:  # "USD", "Rs": a space inside may be any run of spaces
            # ("N" and "R" before a digit are found by `_anywhere`)
            keys.append(t.split()[0])
    return keys


@functools.cache
def _anywhere() -> tuple[re.Pattern, dict[str, tuple[int, ...]], frozenset, frozenset]:
    """Currency tokens that may stand anywhere, glued to a word or a number ("$", "€",
    "e£", "MUSD"), found by their signs, each with how many letters may come before it in
    a token ("e£": 1); one-letter prefixes, which must come before a digit ("R5", "R٥");
    and the first letters of "US$"-like tokens, which may be glued to a word at a case
    change ("worthUS$"). One scan for a class of characters finds them all (a scan that
    begins with a plain class is one the engine runs quickly); `_anywhere_starts` checks
    what must follow."""
    rows = vocab.table("currencies")
    pre = [r["token"] for r in rows if r["position"] in ("prefix", "both")]
    back: dict[str, set[int]] = {"$": {0}}
    glued: set[str] = set()
    single: set[str] = set()
    for t in pre:
        letters = t.replace(".", "").replace(" ", "")
        if re.fullmatch(r"[A-Za-z.]+\s?\$", t):
            glued.add(t[0].upper())
        elif letters.isalpha():
            if len(t) == 1:
                single.add(t)
        else:  # "€"; "e£", "gh₵": letters, then a sign
            k = next(i for i, c in enumerate(t) if not c.isalpha())
            back.setdefault(t[k], set()).add(k)
    chars = "".join(map(re.escape, sorted({*back, *single, "M"})))  # "MUSD": millions of a currency
    return (re.compile(f"[{chars}]"), {c: tuple(sorted(ks)) for c, ks in back.items()}, frozenset(glued),
            frozenset(single))


_THREE_CAPITALS = re.compile(r"[A-Z]{3}")


def _anywhere_starts(text: str, low: str) -> list[int]:
    scan, back, glued, single = _anywhere()
    out = []
    for m in scan.finditer(text):
        p = m.start()
        c = text[p]
        if c in back:
            out += [p - k for k in back[c] if p >= k]
            # "worthUS$25.65 billion": an upper-case letter after a lower-case one
            if c == "$" and text[max(0, p - 9):p] != low[max(0, p - 9):p]:
                out += [j for j in range(max(1, p - 8), p) if text[j] in glued and text[j - 1].islower()]
        if c in single and text[p + 1:p + 2].isdecimal() and (p == 0 or text[p - 1] not in ASCII_LETTERS):
            out.append(p)
        if c == "M" and _THREE_CAPITALS.match(text, p + 1):
            out.append(p)
    return out


@functools.cache
def _a_scale() -> re.Pattern:
    scale = "|".join(sorted(map(re.escape, (w for w in vocab.scales() if len(w) > 1)), key=len, reverse=True))
    # ("a hundred and twenty million": "hundred" is a number word, not a scale)
    return re.compile(rf"[Aa](?:[Nn])?(?=\s+(?:(?i:quarter\s+)?(?i:{scale})|(?i:hundred))(?![A-Za-z]))")


def _a_before_scale(text: str) -> list[int]:
    """"a" and "an" before a scale word ("a billion", "a quarter million"): too common a
    word for the keyword index, found by a scan that starts with a plain class."""
    return [m.start() for m in _a_scale().finditer(text)]


@functools.cache
def _keyed() -> Keyed:
    """The grammar, tried only where an amount can start: at a currency prefix ("$5bn",
    "Rs 300 crore") or at a number ("5 billion dollars", "half a billion euros"). Trying it
    at every position of the text was most of the time spent extracting."""
    number_words = [*_UNITS, *_TENS, "half", "quarter"]
    return keyed("money", _parts()["grammar"], [*_prefix_keys(), *number_words], digits=True,
                 more=lambda text, low: _anywhere_starts(text, low) + _a_before_scale(text))


def keyed_patterns() -> list[Keyed]:
    """The money grammar, which scans by keywords (see keywords.py)."""
    return [_keyed()]


def _matches(text: str, index: Index | None = None):
    """The grammar's matches, exactly as `finditer` would give them."""
    return _keyed().finditer(text, index)


def find_money(text: str, decimal_comma: bool = False, index: Index | None = None) -> list[Money]:
    out: list[Money] = []
    spaced = None  # whether the text groups thousands by spaces (looked at when a figure asks)
    dots = decimal_comma and _groups_thousands_by_dots(text)
    # (a text written without a decimal comma groups by dots before "millones" all the same)
    dots_before_scale = dots or _groups_thousands_by_dots(text)
    matches = list(_matches(text, index))
    grouped = _grouped_by_neighbours(matches, dots, decimal_comma)
    for m in matches:
        # (figures only: "six hundred and eighty-three" is one number in words)
        if m["num2"] and m["num2"][0].isdigit() and _GROUP_SPACE.search(m["num2"]):
            if spaced is None:
                spaced = _groups_thousands_by_spaces(text)
            if not spaced:
                m = _last_group(text, m)
                if m is None:
                    continue
        if m.start() in grouped:  # ("US$ 5.412 million" beside "US$ 822 million": 5,412 million)
            mo = _read(text, m, False, True)
        else:
            mo = _read(text, m, decimal_comma, dots or (dots_before_scale and _dot_grouped_scale(m)))
        if mo is not None and m["pre"] and _PLACE_BEFORE_SIGN.fullmatch(m["pre"]) \
                and _PLACE_AFTER_THE.search(text, max(0, m.start() - 12), m.start()):
            # "Shipments to China were $11.3 billion and to the US $10.6 billion": the place
            # the figure went to, then the dollar sign, not "US $" as one sign
            p = m.start() + m["pre"].index("$")
            again = _pattern().match(text[p:m.end()])
            mo = _read(text[p:m.end()], again, decimal_comma, dots or (dots_before_scale and _dot_grouped_scale(again))) \
                if again is not None else None
            if mo is not None:
                mo.start, mo.end = mo.start + p, mo.end + p
        if mo is not None and mo.hi is not None and _dated_year_low_end(text, m):
            mo = None  # "from 4,210 million euros in May 2023 to 3,105 million euros": a date, then the level
        if mo is None and (m["hi"] or m["hi2"]):
            # "to triple from 5 billion USD in 2015 to15 billion USD": not a range whose low
            # end is the year (2015 > 15); the amount starts at the second number
            # (read on its own: "to15" glues it to the word before)
            p = m.start("hi") if m["hi"] else m.start("hi2")
            part = text[p:m.end()]
            again = _pattern().match(part)
            mo = _read(part, again, decimal_comma) if again is not None else None
            if mo is not None:
                mo.start, mo.end = mo.start + p, mo.end + p
        if mo is not None and mo.hi is not None and _FROM_BEFORE.search(text, max(0, mo.start - 12), mo.start):
            out += _from_to(text, m, mo)
        elif mo is not None:
            out.append(mo)
    return _join_compound(text, out)


# a country's code set apart from the dollar sign after it ("US $", "U.S. $"), and the
# preposition and article that make it a place ("to the US $10.6 billion")
_PLACE_BEFORE_SIGN = re.compile(r"U\.?S\.?\s+\$")
_PLACE_AFTER_THE = re.compile(r"\b(?:to|from|with|for|in)\s+the\s+$", re.I)


def _scale_of(mo: Money) -> float | None:
    """The scale word's multiplier of a bare whole number before a scale ("21 billion":
    1e9), or None for another amount."""
    num = re.match(r"\d+(?=[ \t\xa0]*[A-Za-z])", mo.text)
    if not mo.bare or num is None or not int(num.group(0)):
        return None
    return mo.value / int(num.group(0))


# what may stand between the two scales of one amount: nothing, or "and" ("12 billion and
# 730 million dollars", as Arabic releases are translated)
_COMPOUND_GAP = re.compile(r"\s*(?:and\s+)?")


def _join_compound(text: str, found: list[Money]) -> list[Money]:
    """"21 billion 796 million dollars", "12 billion and 730 million dollars": a whole number
    of a larger scale, then an amount in a smaller one that stays below one unit of it, is
    one amount (Turkish, Russian and Arabic releases translated word for word), in the
    currency written after the second."""
    out: list[Money] = []
    for mo in found:
        prev = out[-1] if out else None
        scale = _scale_of(prev) if prev is not None else None
        if scale is not None and not mo.bare and mo.scaled and mo.hi is None and 0 < mo.value < scale \
                and mo.value * 1000 >= scale and _COMPOUND_GAP.fullmatch(text, prev.end, mo.start):
            out[-1] = Money(prev.start, mo.end, text[prev.start:mo.end], prev.value + mo.value, mo.unit,
                            mo.token, list(mo.codes), None, True, weak=mo.weak)
            continue
        out.append(mo)
    return out


def _dated_year_low_end(text: str, m: re.Match) -> bool:
    """Whether the low end of a range is a year after a month's name ("in May 2023 to 3,105
    million euros", vocab/months.csv), or after "in" ("rose 11.4 pct in 1997 to 6,147.9
    million dinars"): the end of a date, not a figure."""
    low = m["num"] or m["num2"]
    at = m.start("num") if m["num"] else m.start("num2")
    if low is None or not re.fullmatch(r"(?:19|20)\d\d", low):
        return False
    word = re.search(r"([A-Za-z]+)\.?\s+$", text[max(0, at - 14):at])
    return word is not None and (word.group(1).lower() in vocab.months() or word.group(1).lower() in ("in", "during"))


def _dot_grouped_scale(m: re.Match) -> bool:
    """Whether the figure's scale word is one of a language that groups thousands by dots
    ("US$ 7.035 millones", vocab/dot_grouped_scales.csv)."""
    g = m.groupdict()
    scale = g["scale"] or g["scale2"] or g["scale3"] or g["scale_after"]
    return bool(scale) and scale.split()[-1].lower() in vocab.dot_grouped_scales()


_GROUP_SPACE = re.compile(r"[ \xa0\u2009\u202f]")
# a figure whose dot is a decimal point as English writes it: other than three digits after it
_DECIMAL_DOT = re.compile(r"(?<![\d.,])\d+\.(?:\d{1,2}|\d{4,})(?![\d.,])")
_THOUSANDS_DOT = re.compile(r"^\d{1,3}(?:\.\d{3})+$")


# a figure with one separator and a group of three digits after it ("5.412", "13,380"): a
# decimal or a thousands group, as the text's other figures tell
_ONE_GROUP = re.compile(r"\d{1,3}[.,]\d{3}")
# a figure in whole units of its scale, three digits ("US$ 822 million"), and one with a
# decimal part that is no group of three ("$4.5 billion", "3,25 millones", "1,234.5")
_WHOLE_HUNDREDS = re.compile(r"[1-9]\d\d")
_DECIMAL_PART = re.compile(r".*[.,](?:\d{1,2}|\d{4,})")


def _grouped_by_neighbours(matches: list[re.Match], dots: bool, decimal_comma: bool) -> set[int]:
    """The starts of the figures whose one separator groups thousands because the amounts
    beside them say so: "US$ 5.412 million" or (in a text of decimal commas, "3,1%") "US$
    13,380 million", in a text whose other amounts of that currency and scale are written in
    whole units of it, at least two of three digits ("US$ 822 million", "US$ 105 million"),
    and none with a decimal part. A writer who rounds to whole millions does not give
    thousandths of a million beside them: the dot or comma is the separator of a translated
    release's thousands, whatever the text's decimal mark. (A text that groups by dots
    already, `dots`, needs nothing; nor does a comma where commas group thousands.)"""
    kinds: dict[tuple, list[str]] = {}
    candidates: dict[int, tuple] = {}
    for m in matches:
        num = m["num"] or m["num2"]
        tok = m["pre"] or m["post"] or m["post3"]
        scale = m["scale"] or m["scale2"] or m["scale3"] or m["scale_after"]
        if not num or not tok or not scale or not num[0].isdigit():
            continue
        key = (_key(tok), scale.split()[-1].lower())
        if _ONE_GROUP.fullmatch(num):
            mark = num[-4]
            if (mark == "." and not dots) or (mark == "," and decimal_comma):
                candidates[m.start()] = key
            continue
        kinds.setdefault(key, []).append(
            "whole" if _WHOLE_HUNDREDS.fullmatch(num) else "decimal" if _DECIMAL_PART.match(num) else "other")
    if not candidates:
        return set()
    grouping = {key for key, seen in kinds.items() if seen.count("whole") >= 2 and "decimal" not in seen}
    return {start for start, key in candidates.items() if key in grouping}


def _groups_thousands_by_dots(text: str) -> bool:
    """A text that writes its decimals with commas ("9,4%") and never a decimal dot
    groups thousands by dots, as Spanish and Portuguese releases do: its "5.531 million
    dollars" is 5,531 million."""
    return _DECIMAL_DOT.search(text) is None


@functools.cache
def _spaced_figure() -> re.Pattern:
    return re.compile(rf"(?<![\w.,]){SPACED}(?=[ \t\xa0]{{0,8}}{_parts()['scaled_by']})")


def _groups_thousands_by_spaces(text: str) -> bool:
    """A text that writes "57 812,6 million" and "4 121 million" (two figures or more so)
    groups its thousands by spaces; in another, "up 4 121 million" may be two numbers."""
    found = _spaced_figure().finditer(text)
    return next(found, None) is not None and next(found, None) is not None


def _last_group(text: str, m: re.Match) -> re.Match | None:
    """The amount read from the last group of a figure written with spaces, where the text
    does not group thousands so: what the grammar read before it knew the spaced form."""
    num = m["num2"]
    p = m.start("num2") + max(q.end() for q in _GROUP_SPACE.finditer(num))
    return _pattern().match(text, p)


# "rose by 60% - from 579 to 923 billion dollars": two levels, not a range
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)


def _from_to(text: str, m: re.Match, mo: Money) -> list[Money]:
    """The two levels of "from 579 to 923 billion dollars", each with the scale and
    currency written once after the second."""
    hi_at = m.start("hi") if m["hi"] else m.start("hi2")
    low_text = re.match(r"[^\s]*?\d[\d.,]*", text[mo.start:hi_at])
    if low_text is None:
        return [mo]
    scale = (mo.hi / parse_number(m["hi"] or m["hi2"])[0]) if (m["hi"] or m["hi2"]) else 1.0
    low_num = parse_number(re.sub(r"^\D+", "", low_text.group(0)))
    low = Money(mo.start, mo.start + len(low_text.group(0)), low_text.group(0), mo.value, low_num[1] * scale,
                mo.token, list(mo.codes), None, mo.scaled, weak=mo.weak, bare=mo.bare)
    high = Money(hi_at, mo.end, text[hi_at:mo.end], mo.hi, mo.unit, mo.token, list(mo.codes), None, mo.scaled,
                 weak=mo.weak, bare=mo.bare)
    return [low, high]


def _spoken_bare(text: str, m: re.Match) -> bool:
    """Whether a figure spelt in words with a scale word and no currency ("imports two point
    one two trillion", "Four hundred and sixty-one billion from them.") may be money that
    leaves its currency to be understood, as speech does after a figure that named it: a
    spoken figure with a decimal point or a hundreds part, or a billion or more (not "five
    million", a count as often as a sum). find_amounts keeps it only after an amount with
    its currency (mentions._elided)."""
    scale = m["scale2"].split()[-1].lower()
    return vocab.scales().get(scale, 0) >= 1e9 or bool(re.search(r"\b(?:point|hundred)\b", m["num2"], re.I))


def _read(text: str, m: re.Match, decimal_comma: bool, dots: bool = False) -> Money | None:
    """The amount one match of the grammar states, or None when it states none."""
    tokens = _tokens()
    scales = vocab.scales()
    g = m.groupdict()
    tok = g["pre"] or g["post"] or g["post3"]
    if tok is None:  # a number and a scale word, no currency
        scale = g["scale2"]
        if g["hi2"] or len(scale) < 2 or not scale[0].isalpha():
            return None  # ("5-6 million", "5m": not read without a currency)
        if not g["num2"][0].isdigit() and not _spoken_bare(text, m):
            return None  # ("five million": not read without a currency, but see _spoken_bare)
        if not g["num2"][0].isdigit():
            value, unit = word_number(g["num2"])
        else:
            value, unit = parse_number(g["num2"].replace(".", ",") if dots and _THOUSANDS_DOT.match(g["num2"]) else g["num2"])
        mult = 1.0
        for w in scale.split():
            mult *= scales[w.lower()]
        end = m.end("scale2")
        return Money(m.start(), end, text[m.start():end], value * mult, unit * mult, "", [], scaled=True, bare=True)
    scale_txt = g["scale"] or g["scale2"] or g["scale3"] or g["scale_after"]
    mult = 1.0
    if scale_txt:
        for w in scale_txt.split():
            mult *= scales[w.lower()] if w.lower() in scales else vocab.sign_letter_scales()[w]
    key = _key(tok)
    if key.startswith("m") and key[1:].upper() in _codes() and key not in tokens:
        mult *= 1e6
        entry = {"codes": [key[1:].upper()], "unit": 1.0}
    else:
        entry = tokens.get(key)
        if entry is None:
            return None
    if g["pre"] and entry.get("scaled_prefix") and not scale_txt:
        return None  # "Mr Yuan 5 times": a word that is also a name is a sign only before a scale
    if g["pre"] and len(g["pre"]) == 1 and g["pre"].isalpha() and not scale_txt \
            and text[m.end("num"):m.end("num") + 1].isalpha():
        return None  # "P2P", "N95s": a code, not a sign before a figure
    if g["pre"] and len(g["pre"]) == 1 and g["pre"].isalpha() and _CODE_LIKE.fullmatch(text, m.start(), m.end()):
        return None  # "Y2K": capital, digit, capital is a code ("R5m", "Y6.7bn" are money)
    if g["num2"] and not scale_txt and len(g["num2"]) == 4 and g["num2"][:2] in ("19", "20"):
        return None  # "in 2020 dollars", "in 2019 won the vote": a year before a currency word
    # a prefix followed by a suffix ("$ 10 dollars") is one amount; the suffix decides nothing more
    num = g["num"] or g["num2"]
    if num is not None and num[0].isdigit() and dots and scale_txt and _THOUSANDS_DOT.match(num):
        value, unit = parse_number(num.replace(".", ","))  # "5.531 million": thousands grouped by dots
    elif num is not None and num[0].isdigit():
        value, unit = parse_number(num, decimal_comma and bool(scale_txt))
    elif num is not None:
        value, unit = word_number(num)
    else:
        value, unit = word_number(g["wnum"])
        if g["shalf3"]:  # "a billion and a half dollars"
            value, unit = value + 0.5, min(unit, 0.5)
        if g["wnum"].lower().startswith(("half", "a", "quarter", "three")):
            unit = min(unit, 0.5)
    hi_txt = g["hi"] or g["hi2"]
    hi = parse_number(hi_txt, decimal_comma and bool(scale_txt))[0] if hi_txt else None
    if hi is not None and hi <= value:
        return None  # a range runs upwards
    end = m.end()
    sub = None
    if not scale_txt and (g["tail"] or g["tail2"]):
        s = g["sub"] or g["sub2"]
        sub = float(s) if s[0].isdigit() else word_value(s)
        if sub >= 100 or entry["unit"] != 1.0:
            sub = None
    if sub is None and (g["tail"] or g["tail2"]):
        end = m.start("tail") if g["tail"] else m.start("tail2")
    tu = entry["unit"]
    value = value * mult * tu + (sub / 100.0 if sub is not None else 0.0)
    unit = unit * mult * tu if sub is None else 0.01
    s0 = m.start()
    txt = text[s0:end].rstrip()
    end = s0 + len(txt)
    # (a token that carries its scale, "7,422.6 MD" million dinars, scales the figure as a
    # scale word does)
    return Money(s0, end, txt, value, unit, key, list(entry["codes"]),
                 hi * mult * tu if hi is not None else None, bool(scale_txt) or tu >= 1e3,
                 weak=bool(entry.get("weak")) and (not scale_txt or bool(entry.get("named_only"))))


# a letter, one or two digits and a capital glued on: "Y2K" is a name, not 2,000 yen
_CODE_LIKE = re.compile(r"[A-Z]\d{1,2}[A-Z]")


@functools.cache
def _codes() -> frozenset:
    return frozenset(c for r in vocab.table("currencies") for c in r["codes"].split("|") if len(c) == 3)
