"""Every claim is an interval: the figure as written, widened by its rounding and its
qualifier. Checks compare intervals, never points."""
from __future__ import annotations

# How far "about", "nearly", "some" may stray from the figure, as a fraction of it.
APPROX = 0.10
# "just under $1bn" is below the figure but near it.
NEAR = 0.10


def interval(value: float, unit: float, bound: str) -> tuple[float | None, float | None]:
    """(low, high) for a positive magnitude `value` written to `unit` with `bound`.
    None is an open side."""
    half = unit / 2.0
    if bound == "eq":
        return value - half, value + half
    if bound == "approx":
        return value * (1 - APPROX) - half, value * (1 + APPROX) + half
    if bound in ("gt", "ge"):
        return value - (0.0 if bound == "gt" else 0.0), None
    if bound in ("lt", "le"):
        return 0.0, value
    return value - half, value + half


def signed(low, high, negative: bool):
    """The interval of -x when x lies in (low, high)."""
    if not negative:
        return low, high
    return (-high if high is not None else None), (-low if low is not None else None)
