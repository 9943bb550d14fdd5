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


def render(data: dict, verify: bool, out) -> None:
    if not verify:
        data = {"document": data["document"], "claims": data["claims"]}
    json.dump(clean(data), out, ensure_ascii=False, indent=2)
    out.write("\n")
