"""Reading one number as written: digits with separators, decimal commas, Indian grouping.

Returns the value and the *unit of the last written digit*, which the normaliser uses to
turn "$6.3bn" into the interval [6.25bn, 6.35bn]."""
from __future__ import annotations

import re

# Separators that only their groups can explain: a dot followed by another separator
# ("1.099.52", "33,673.600,000", "1.234,5", "2.500.000"). Every group but the last has three
# digits, so each separator before the last one groups thousands; the last one does too
# when three digits follow it, and is the decimal point otherwise.
MIXED = r"\d{1,3}(?:[.,]\d{3})*\.\d{3}(?:[.,]\d{3})*[.,]\d+(?!\d)"
# Digits as news writes them. Order matters: mixed separators first, then Indian grouping
# (3,45,940, and with paise or decimals of a crore 1,11,705.65) before western grouping
# (39,613,400), all before a plain number with an optional decimal part.
# (the lookahead lets every other number skip the mixed form at a glance)
# Swiss releases group thousands by apostrophes ("exports of 23'184 million francs"); a
# group of exactly three digits after the mark tells it from a quote or "the 1990's".
APOSTROPHED = r"\d{1,3}(?:['’]\d{3})+(?:\.\d+)?(?![\d'’])"
NUMBER = rf"(?:(?=\d{{1,3}}[.,]\d{{3}}[.,]){MIXED}|(?=\d{{1,3}}['’]\d{{3}}){APOSTROPHED}|\d{{1,2}}(?:,\d\d)+,\d{{3}}(?:\.\d+(?!\d)|(?![\d,]))|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?![\d])|\d+(?:[.,]\d+)?)"
# Thousands grouped by spaces, as European releases print them ("€1 741.9 bn"); read only
# where a currency sign comes before and a scale word after (see money.py)
SPACED = r"\d{1,3}(?:[ \xa0\u2009\u202f]\d{3})+(?:[.,]\d+)?(?!\d)"

_MIXED = re.compile(rf"^{MIXED}$")
_APOSTROPHED = re.compile(rf"^{APOSTROPHED}$")
_SPACED = re.compile(rf"^{SPACED}$")
_INDIAN = re.compile(r"^\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?$")
_WESTERN = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
_DECIMAL_COMMA = re.compile(r"^\d+,\d{1,2}$")


def parse_number(s: str, decimal_comma: bool = False) -> tuple[float, float]:
    """(value, unit of the last digit). `decimal_comma` reads "1,345" as 1.345 (a document
    whose own style writes decimal commas)."""
    s = s.strip()
    if "'" in s or "’" in s:
        if _APOSTROPHED.match(s):
            return parse_number(re.sub("['’]", "", s))
    if _SPACED.match(s):
        s = re.sub(r"\s", "", s)
        return parse_number(s.replace(",", ".") if "," in s else s)
    if _MIXED.match(s):
        *groups, last = re.split(r"[.,]", s)
        if len(last) == 3:
            digits = "".join(groups) + last
            return float(digits), _integer_unit(digits)
        return float("".join(groups) + "." + last), 10.0 ** -len(last)
    if _INDIAN.match(s) and not _WESTERN.match(s):
        digits = s.replace(",", "")
        if "." in digits:
            return float(digits), 10.0 ** -len(digits.split(".", 1)[1])
        return float(digits), _integer_unit(digits)
    if _DECIMAL_COMMA.match(s) or (decimal_comma and re.fullmatch(r"\d+,\d+", s)) \
            or (re.fullmatch(r"\d+,\d+", s) and not _WESTERN.match(s)):  # "1,95583": no thousands group
        whole, frac = s.split(",")
        return float(f"{whole}.{frac}"), 10.0 ** -len(frac)
    if _WESTERN.match(s):
        s = s.replace(",", "")
    if "." in s:
        whole, frac = s.split(".", 1)
        return float(s), 10.0 ** -len(frac)
    return float(s), _integer_unit(s)


def _integer_unit(digits: str) -> float:
    """The rounding unit of an integer as written. "33" is exact to 1; "100" is read as
    rounded to the tens (the contract's example: $100mn -> [95mn, 105mn]); "39613400000"
    to its last non-zero digit's neighbour."""
    zeros = len(digits) - len(digits.rstrip("0"))
    if zeros >= 2 and digits.strip("0"):
        return 10.0 ** min(zeros - 1, 300)  # past that the number itself is too large to read
    return 1.0
