"""UN Comtrade+: the portal's CSV and the JSON that `comtradeapicall` returns. Values are
in US dollars (primaryValue: CIF for imports, FOB for exports); World is partner code 0.

The portal's CSV ends every data row with a stray comma, one field more than the header:
read naively, every column shifts by one and primaryValue receives the estimation flag.
Reading with index_col=False keeps the columns where the header says."""
from __future__ import annotations

import json
from pathlib import Path

from ..countries import by_numeric, iso3_codes
from ..schema import BadRow, ReferenceDataError, from_records
from .files import open_binary, suffix

SOURCE = "UN Comtrade"
FLOWS = {"X": ("exports", "FOB"), "M": ("imports", "CIF")}
NEEDED = ("refYear", "reporterISO", "partnerISO", "flowCode", "cmdCode", "primaryValue")


def read(paths: list[str], version: str | None = None):
    import pandas as pd

    frames = []
    for path in paths:
        p = Path(path)
        raw = _load(p)
        frames.append(_convert(raw, str(p), version or p.name))
    return pd.concat(frames, ignore_index=True)


def _load(p: Path):
    import pandas as pd

    if suffix(p) == ".json":
        try:
            with open_binary(p) as f:
                data = json.loads(f.read().decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as e:
            raise ReferenceDataError([BadRow(str(p), None, None, f"not valid JSON ({e})")]) from None
        rows = data.get("data") if isinstance(data, dict) else data
        if not isinstance(rows, list):
            raise ReferenceDataError([BadRow(str(p), None, None, "no 'data' list in the JSON")])
        return pd.DataFrame(rows)
    import warnings

    try:
        with warnings.catch_warnings():
            # the stray trailing comma is expected: index_col=False is what handles it
            warnings.simplefilter("ignore", pd.errors.ParserWarning)
            with open_binary(p) as f:
                return pd.read_csv(f, index_col=False, dtype=str, keep_default_na=False, encoding="utf-8-sig",
                                   compression=None)
    except (UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as e:
        raise ReferenceDataError([BadRow(str(p), None, None, f"not a readable CSV ({e})")]) from None


def _convert(raw, file: str, version: str):

    missing = [c for c in NEEDED if c not in raw.columns]
    if missing:
        raise ReferenceDataError([BadRow(file, 1, c, "column missing") for c in missing])
    records, rows, problems = [], [], []
    codes = iso3_codes()
    numeric = by_numeric()
    for i, r in enumerate(raw.to_dict("records"), start=2):
        flow = FLOWS.get(str(r["flowCode"]).strip())
        if flow is None:
            continue  # re-exports, re-imports and other flows are not the two flows we check
        rep = _iso(r.get("reporterISO"), r.get("reporterCode"), codes, numeric)
        par = _iso(r.get("partnerISO"), r.get("partnerCode"), codes, numeric)
        if par is None and str(r.get("partnerISO", "")).strip() in ("_X", "X1", "R4"):
            continue  # "Areas, nes" and other unallocated partners
        if rep is None:
            problems.append(BadRow(file, i, "reporterISO", f"unknown reporter {r.get('reporterISO')!r}"))
            continue
        if par is None:
            problems.append(BadRow(file, i, "partnerISO", f"unknown partner {r.get('partnerISO')!r}"))
            continue
        try:
            value = float(str(r["primaryValue"]).strip())
        except ValueError:
            problems.append(BadRow(file, i, "primaryValue", f"not a number: {r['primaryValue']!r}"))
            continue
        period = _period(r)
        if period is None:
            problems.append(BadRow(file, i, "refYear", f"no period in {r.get('refYear')!r}/{r.get('period')!r}"))
            continue
        cmd = str(r["cmdCode"]).strip()
        records.append({"period": period, "reporter": rep, "partner": par, "flow": flow[0],
                        "commodity": "TOTAL" if cmd.upper() == "TOTAL" else cmd, "value_usd": value,
                        "valuation": flow[1], "estimated": False,
                        "approximate": False, "note": None, "url": None})
        rows.append(i)
    return from_records(records, problems, file, SOURCE, version, dict(enumerate(rows)))


def _iso(iso, code, codes, numeric):
    iso = str(iso or "").strip()
    if iso in ("W00", "WLD"):
        return "WLD"
    if iso in codes:
        return iso
    try:
        n = int(str(code).strip())
    except (TypeError, ValueError):
        return None
    if n == 0:
        return "WLD"
    return numeric.get(n)


def _period(r) -> str | None:
    freq = str(r.get("freqCode", "A")).strip() or "A"
    year = str(r.get("refYear", "")).strip()
    if freq == "M":
        p = str(r.get("period", "")).strip()
        if len(p) == 6 and p.isdigit():
            return f"{p[:4]}-{p[4:]}"
        return None
    return year if len(year) == 4 and year.isdigit() else None
