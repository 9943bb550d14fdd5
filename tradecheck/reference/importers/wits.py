"""World Bank WITS trade statistics as SDMX-JSON (DF_WITS_TradeStats_Trade): series keyed
by FREQ, REPORTER, PARTNER, PRODUCTCODE, INDICATOR; values in thousand US dollars."""
from __future__ import annotations

import json
from pathlib import Path

from ..schema import BadRow, ReferenceDataError, from_records
from .files import open_binary

SOURCE = "World Bank WITS"
INDICATORS = {"XPRT-TRD-VL": ("exports", "FOB"), "MPRT-TRD-VL": ("imports", "CIF")}


def read(paths: list[str], version: str | None = None):
    import pandas as pd

    return pd.concat([_one(Path(p), version) for p in paths], ignore_index=True)


def _one(p: Path, version):

    file = str(p)
    try:
        with open_binary(p) as f:
            doc = json.loads(f.read().decode("utf-8"))
        series = doc["dataSets"][0]["series"]
        dims = doc["structure"]["dimensions"]["series"]
        obs_dim = doc["structure"]["dimensions"]["observation"][0]
    except (UnicodeDecodeError, json.JSONDecodeError, KeyError, IndexError, TypeError) as e:
        raise ReferenceDataError([BadRow(file, None, None, f"not a WITS SDMX-JSON message ({e})")]) from None
    pos = {d["id"]: k for k, d in enumerate(dims)}
    for need in ("REPORTER", "PARTNER", "PRODUCTCODE", "INDICATOR"):
        if need not in pos:
            raise ReferenceDataError([BadRow(file, None, need, "dimension missing")])
    records, problems = [], []
    for n, (key, s) in enumerate(series.items()):
        idx = [int(x) for x in key.split(":")]

        def val(dim):
            return dims[pos[dim]]["values"][idx[pos[dim]]]["id"]
        ind = INDICATORS.get(val("INDICATOR"))
        if ind is None:
            continue
        product = val("PRODUCTCODE")
        for o, ob in s.get("observations", {}).items():
            period = obs_dim["values"][int(o)]["id"]
            v = ob[0] if ob else None
            if v is None:
                problems.append(BadRow(file, None, f"series {key}", f"no value for {period}"))
                continue
            records.append({"period": str(period), "reporter": val("REPORTER"), "partner": val("PARTNER"),
                            "flow": ind[0], "commodity": "TOTAL" if product.lower() == "total" else product,
                            "value_usd": float(v) * 1000.0, "valuation": ind[1], "estimated": False,
                            "approximate": False, "note": None, "url": None})
    return from_records(records, problems, file, SOURCE, version or p.name,
                        nothing="no exports or imports series")
