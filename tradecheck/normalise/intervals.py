"""Every claim is an interval: the figure as written, widened by its rounding and its
qualifier. Checks compare intervals, never points."""
from __future__ import annotations

import math
import re

# How far "about", "nearly", "some" may stray from the figure, as a fraction of it, from how
# many significant digits the writer kept. Zeros that only end a whole number are no digits:
# "about £400bn" is one, as rough as "about £4bn"; "about $2,500 million" is two.
# - One digit ("about $4bn", "some €300 million"): a round figure, a rough one: a tenth.
# - Two digits ("around A$82 billion", "about EUR 9.6bn"): a writer who kept the second digit
#   rounded to it and hedged the rounding, not a tenth: "about 82" is not said of 90. A
#   twentieth, on top of the half unit of the last digit (so "about 1.5" still reaches
#   1.375-1.625). Measured over the probe passages and both scored sets: no correct passage
#   needs more, and a difference of precise terms 11% off a two-digit hedged balance is
#   caught ("exports of 195 less imports of roughly 103, a surplus of around 82").
# - Three or more ("about 8.44 trillion yen", "some US$ 67.788 billion"): the statistic
#   itself rounded, hedged because preliminary: a hundredth (a difference of two such
#   figures, "exports of about 8.44 trillion and imports of about 9.14 trillion", must still
#   pin the balance they leave).
APPROX = 0.10
APPROX_TWO_DIGITS = 0.05
APPROX_ROUNDED = 0.01  # three significant digits or more
# "just under $1bn" is below the figure but near it.
NEAR = 0.10


def interval(value: float, unit: float, bound: str,
             digits: int | None = None) -> tuple[float | None, float | None]:
    """(low, high) for a positive magnitude `value` written to `unit` with `bound`, and
    `digits` significant digits when the figure's text shows them. None is an open side."""
    half = unit / 2.0
    if bound == "eq":
        return value - half, value + half
    if bound == "approx":
        width = approx_width(value, unit, digits)
        return value * (1 - width) - half, value * (1 + width) + half
    if bound in ("gt", "ge"):
        return value - (0.0 if bound == "gt" else 0.0), None
    if bound in ("lt", "le"):
        return 0.0, value
    return value - half, value + half


def half_last_digit(figure: str) -> float:
    """Half the place of a written figure's last digit, whatever follows it ("2.4": 0.05,
    "2.3%": 0.05, "1,352": 0.5): how far the figure as written may be from the true one."""
    dec = re.search(r"\.(\d+)", figure)
    return 0.5 * 10 ** -(len(dec.group(1)) if dec else 0)


# the digits of a figure as written: "1,058", "9.6", "2.500,5", "14.0"
_FIGURE = re.compile(r"\d(?:[\d,.]*\d)?")


def significant_digits(text: str) -> int | None:
    """How many significant digits a figure's text was written to ("Dh500 billion": 1,
    "$2,500 million": 2, "US$ 14.0 billion": 3, "A$82bn": 2); None when the figure is in
    words ("nine point seven billion") or there is no figure."""
    if not text or not any(ch.isdigit() for ch in text):
        return None
    m = _FIGURE.search(text)
    num = m.group(0)
    last = max(num.rfind(","), num.rfind("."))
    # a last separator before exactly three digits groups thousands ("2,500", "1.058.000");
    # before one, two or four it marks decimals, whose trailing zeros are written precision
    integer = last < 0 or len(num) - last - 1 == 3
    digits = re.sub(r"\D", "", num).lstrip("0")
    if integer:
        digits = digits.rstrip("0")
    return len(digits) or None


def approx_width(value: float, unit: float, digits: int | None = None) -> float:
    """How far a hedged figure may stray, from how many significant digits it was written to
    (`digits` when known from its text, else from the value and its rounding unit)."""
    if digits is None:
        if not unit or value <= 0:
            return APPROX
        n = str(int(round(value / unit)))
        # zeros that end the whole-number part ("£400bn", "$2,500 million": a unit that is a
        # power of a thousand) are no written precision; those after a decimal point are
        # ("about US$ 14.0 billion": a unit of a tenth of the scale)
        exponent = math.log10(unit)
        if abs(exponent - round(exponent)) < 1e-9 and round(exponent) % 3 == 0:
            n = n.rstrip("0") or n
        digits = len(n)
    return APPROX if digits <= 1 else APPROX_TWO_DIGITS if digits == 2 else APPROX_ROUNDED


def signed(low, high, negative: bool):
    """The interval of -x when x lies in (low, high)."""
    if not negative:
        return low, high
    return (-high if high is not None else None), (-low if low is not None else None)
