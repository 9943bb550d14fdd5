"""Every claim is an interval: the figure as written, widened by its rounding and its
qualifier. Checks compare intervals, never points."""
from __future__ import annotations

# How far "about", "nearly", "some" may stray from the figure, as a fraction of it: a
# round figure ("about $1.2bn") is a rough one, a figure written to many digits ("some
# US$ 67.788 billion") is the statistic itself, hedged because it is preliminary.
APPROX = 0.10
APPROX_BY_DIGITS = {3: 0.05, 4: 0.02}  # significant digits -> how far; more digits: the last
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


def approx_width(value: float, unit: float) -> float:
    """How far a hedged figure may stray, from how many significant digits it was written to."""
    if not unit or value <= 0:
        return APPROX
    digits = len(str(int(round(value / unit))))
    return APPROX if digits <= 2 else APPROX_BY_DIGITS.get(digits, APPROX_BY_DIGITS[4])


def signed(low, high, negative: bool):
    """The interval of -x when x lies in (low, high)."""
    if not negative:
        return low, high
    return (-high if high is not None else None), (-low if low is not None else None)
