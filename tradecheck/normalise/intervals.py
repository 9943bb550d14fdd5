"""Every claim is an interval: the figure as written, widened by its rounding and its
qualifier. Checks compare intervals, never points."""
from __future__ import annotations

import math
import re

# How far "about", "nearly", "some" may stray from the figure, as a fraction of it: a
# round figure ("about $1.2bn") is a rough one, a figure written to many digits ("some
# US$ 67.788 billion") is the statistic itself, hedged because it is preliminary.
# Zeros that only end a whole number are no digits: "about £400bn" is one, as rough as
# "about £4bn"; "about 8.44 trillion yen" is three, the statistic rounded to them ("about"
# before three or more digits is mostly the writer's rounding: a difference of two such
# figures, "exports of about 8.44 trillion and imports of about 9.14 trillion", must still
# pin the balance they leave).
APPROX = 0.10
APPROX_ROUNDED = 0.01  # three significant digits or more
# "just under $1bn" is below the figure but near it.
NEAR = 0.10


def interval(value: float, unit: float, bound: str) -> tuple[float | None, float | None]:
    """(low, high) for a positive magnitude `value` written to `unit` with `bound`.
    None is an open side."""
    half = unit / 2.0
    if bound == "eq":
        return value - half, value + half
    if bound == "approx":
        width = approx_width(value, unit)
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


def approx_width(value: float, unit: float) -> float:
    """How far a hedged figure may stray, from how many significant digits it was written to."""
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
    return APPROX if digits <= 2 else APPROX_ROUNDED


def signed(low, high, negative: bool):
    """The interval of -x when x lies in (low, high)."""
    if not negative:
        return low, high
    return (-high if high is not None else None), (-low if low is not None else None)
