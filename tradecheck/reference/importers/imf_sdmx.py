"""IMF trade statistics (IMTS, formerly DOTS) as SDMX: exports FOB and imports CIF in US
dollars, scaled by the UNIT_MULT (or SCALE) attribute (6: millions).

SDMX-ML is read with the sdmx1 package. SDMX-CSV is plain CSV with SDMX column names
(REF_AREA or COUNTRY, COUNTERPART_AREA or COUNTERPART_COUNTRY, INDICATOR, TIME_PERIOD,
OBS_VALUE); sdmx1 reads SDMX-CSV only together with its data structure definition, which a
download does not carry, so those columns are read directly."""
from __future__ import annotations

from pathlib import Path

from ..countries import iso3_codes
from ..schema import BadRow, ReferenceDataError, from_records
from .files import compression, open_binary, suffix

SOURCE = "IMF IMTS"
# Indicator codes of the legacy DOTS and the new IMTS dataflows.
INDICATORS = {"TXG_FOB_USD": ("exports", "FOB"), "TMG_CIF_USD": ("imports", "CIF"),
              "XG_FOB_USD": ("exports", "FOB"), "MG_CIF_USD": ("imports", "CIF"),
              "TXG_FOB": ("exports", "FOB"), "TMG_CIF": ("imports", "CIF")}
WORLD = {"W00", "W0", "1W", "WLD", "G001"}
AREA = ("REF_AREA", "COUNTRY")
PARTNER = ("COUNTERPART_AREA", "COUNTERPART_COUNTRY")


def read(paths: list[str], version: str | None = None):
    import pandas as pd

    frames = []
    for p in map(Path, paths):
        rows = _csv_rows(p) if suffix(p) == ".csv" else _ml_rows(p)
        frames.append(_convert(rows, str(p), version or p.name))
    return pd.concat(frames, ignore_index=True)


def _iso3(code: str) -> str | None:
    code = (code or "").strip().upper()
    if code in WORLD:
        return "WLD"
    if code in iso3_codes():
        return code
    if len(code) == 2:
        import pycountry

        c = pycountry.countries.get(alpha_2=code)
        return c.alpha_3 if c else None
    return None


def _csv_rows(p: Path) -> list[dict]:
    import pandas as pd

    try:
        with open_binary(p) as f:
            df = pd.read_csv(f, dtype=str, keep_default_na=False, compression=None)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as e:
        raise ReferenceDataError([BadRow(str(p), None, None, f"not a readable CSV ({e})")]) from None
    area = next((c for c in AREA if c in df.columns), None)
    partner = next((c for c in PARTNER if c in df.columns), None)
    missing = [n for n, c in (("REF_AREA", area), ("COUNTERPART_AREA", partner)) if c is None]
    missing += [c for c in ("INDICATOR", "TIME_PERIOD", "OBS_VALUE") if c not in df.columns]
    if missing:
        raise ReferenceDataError([BadRow(str(p), 1, c, "column missing") for c in missing])
    mult = next((c for c in ("UNIT_MULT", "SCALE") if c in df.columns), None)
    return [{"row": i + 2, "area": r[area], "partner": r[partner], "indicator": r["INDICATOR"],
             "period": r["TIME_PERIOD"], "value": r["OBS_VALUE"], "mult": r[mult] if mult else "0"}
            for i, r in df.iterrows()]


def _ml_rows(p: Path) -> list[dict]:
    import contextlib
    import io

    import sdmx

    try:
        # sdmx1 prints its parse state (up to a megabyte) to stdout when a message is
        # broken: that is not ours to show
        with contextlib.redirect_stdout(io.StringIO()):
            if compression(p) is None:
                msg = sdmx.read_sdmx(p)
            else:
                with open_binary(p) as f:
                    msg = sdmx.read_sdmx(f, format="XML")
    except ReferenceDataError:
        raise
    except Exception as e:  # the SDMX reader raises many kinds for a broken message
        why = str(e).splitlines()[0] if str(e) else type(e).__name__
        raise ReferenceDataError([BadRow(str(p), None, None, f"not a readable SDMX-ML message ({why[:300]})")]) from None
    rows = []
    n = 0
    for ds in getattr(msg, "data", []):
        for series_key, series in ds.series.items():
            key = {k: v.value for k, v in series_key.values.items()}
            attrs = {k: getattr(v, "value", v) for k, v in getattr(series_key, "attrib", {}).items()}
            attrs.update({k: getattr(v, "value", v) for k, v in getattr(series, "attrib", {}).items()} if hasattr(series, "attrib") else {})
            for obs in series:
                n += 1
                oattrs = {k: getattr(v, "value", v) for k, v in obs.attached_attribute.items()}
                mult = oattrs.get("UNIT_MULT") or oattrs.get("SCALE") or _series_attr(ds, series_key, ("UNIT_MULT", "SCALE")) or "0"
                rows.append({"row": n, "area": next((key[c] for c in AREA if c in key), ""),
                             "partner": next((key[c] for c in PARTNER if c in key), ""),
                             "indicator": key.get("INDICATOR", ""), "period": str(obs.dimension.values["TIME_PERIOD"].value),
                             "value": obs.value, "mult": mult})
    if not rows:
        raise ReferenceDataError([BadRow(str(p), None, None, "no observations in the message")])
    return rows


def _series_attr(ds, series_key, names):
    for name in names:
        v = getattr(series_key, "attrib", {}).get(name)
        if v is not None:
            return getattr(v, "value", v)
    return None


def _convert(rows: list[dict], file: str, version: str):

    records, problems, numbers = [], [], []
    for r in rows:
        ind = INDICATORS.get(str(r["indicator"]).strip())
        if ind is None:
            continue
        rep, par = _iso3(r["area"]), _iso3(r["partner"])
        if rep is None or par is None:
            if rep is None:
                problems.append(BadRow(file, r["row"], "REF_AREA", f"unknown area {r['area']!r}"))
            else:
                continue  # partner aggregates (regions, "not specified") are not pairs
            continue
        try:
            value = float(r["value"])
            mult = int(float(r["mult"] or 0))
        except (TypeError, ValueError):
            problems.append(BadRow(file, r["row"], "OBS_VALUE", f"not a number: {r['value']!r}"))
            continue
        period = str(r["period"]).strip()
        period = period.replace("-Q", "-Q") if "Q" in period else period
        if len(period) == 7 and period[4] == "M":
            period = f"{period[:4]}-{period[5:]}"
        records.append({"period": period, "reporter": rep, "partner": par, "flow": ind[0], "commodity": "TOTAL",
                        "value_usd": value * 10 ** mult, "valuation": ind[1], "estimated": False,
                        "approximate": False, "note": None, "url": None})
        numbers.append(r["row"])
    return from_records(records, problems, file, SOURCE, version, dict(enumerate(numbers)),
                        nothing="no exports or imports observations")
