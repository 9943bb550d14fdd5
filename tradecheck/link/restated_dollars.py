"""A bare "$" figure that restates a figure the text marks in a local dollar.

"Iron ore: the $124 billion export" over "Iron ore exports earned A$124.1 billion": a
headline (or a takeaway) drops the "A" a body writes, so the bare "$" is the local dollar
of the same figure, not the US dollar. The text's default for a bare "$" stays (a text that
marks "US$" beside "A$" keeps it to the US dollar, link/context.py _local_dollar); only a
bare figure that equals, at its own rounding, one figure marked in a single local dollar,
and no figure marked in another currency, takes that dollar.
"""
from __future__ import annotations

from ..extract.mentions import Mention


def restated_bare_dollars(amounts: list[Mention]) -> dict[int, str]:
    """Start of each bare "$" amount -> the local dollar of the marked figure it restates."""
    bare = [a for a in amounts if a.attrs.get("token") == "$" and a.value and a.attrs.get("hi") is None]
    if not bare:
        return {}  # (the common case: no bare "$" at all)
    dollar_codes = set(bare[0].attrs.get("codes") or ())
    marked = [a for a in amounts if a.value and len(a.attrs.get("codes") or ()) == 1 and a.attrs.get("token") != "$"]
    local = {a.attrs["codes"][0] for a in marked if a.attrs["codes"][0] in dollar_codes and a.attrs["codes"][0] != "USD"}
    if len(local) != 1:
        return {}  # (no local dollar marked, or two: "A$" and "NZ$" leave a bare "$" unknown)
    out: dict[int, str] = {}
    for b in bare:
        # (the bare figure's own rounding: "$124 billion" restates A$124.1 billion)
        half = (b.unit or 1.0) / 2
        same = {a.attrs["codes"][0] for a in marked if abs(a.value - b.value) <= half + 1e-6 * b.value}
        if len(same) == 1 and same <= local:
            out[b.start] = next(iter(same))
    return out
