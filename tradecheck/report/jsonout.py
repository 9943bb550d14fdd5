"""The JSON contract (../shared/spec/claims-json.md): one object per document."""
from __future__ import annotations

import json
import math


def clean(x):
    if isinstance(x, float) and (math.isnan(x) or math.isinf(x)):
        return None
    if isinstance(x, dict):
        return {k: clean(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [clean(v) for v in x]
    return x


def dumps(data, indent: int | None = None) -> str:
    """`data` as JSON text, NaN and infinities (which JSON lacks) as null. Most documents
    have none, and the encoder finds out faster than a walk through every value."""
    try:
        return json.dumps(data, ensure_ascii=False, indent=indent, allow_nan=False)
    except ValueError:
        return json.dumps(clean(data), ensure_ascii=False, indent=indent)


def line(report, verify: bool, data: dict | None = None) -> str:
    """One document's JSON Lines entry: its result (only its claims, for `extract`), or
    its reading error."""
    data = report.data if data is None else data
    if report.data is None:
        return dumps({"document": {"path": report.path}, "error": report.error})
    if not verify:
        data = {"document": data["document"], "claims": data["claims"]}
    return dumps(data)


def render(data: dict, verify: bool, out) -> None:
    """One document, indented. Written as it is encoded: the text of a long document's
    claims would otherwise be held twice, once in millions of small pieces."""
    if not verify:
        data = {"document": data["document"], "claims": data["claims"]}
    encoder = json.JSONEncoder(ensure_ascii=False, indent=2, allow_nan=False)
    pieces: list[str] = []
    for piece in encoder.iterencode(clean(data)):
        pieces.append(piece)
        if len(pieces) >= 4096:
            out.write("".join(pieces))
            pieces.clear()
    out.write("".join(pieces) + "\n")
