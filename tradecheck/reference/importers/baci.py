"""CEPII BACI: one CSV of flows (t year, i exporter, j importer, k HS6 product, v value in
thousand US dollars FOB, q quantity) and one file of country codes. The codes file comes
in two spellings (V202201: country_code, iso_3digit_alpha; V2023+: country_code,
country_iso3). Product codes are read as text so leading zeros survive; Namibia's ISO2
"NA" is a code, not a missing value. BACI's 842 is the USA with Puerto Rico, 699 India."""
from __future__ import annotations

from pathlib import Path

from ..schema import BadRow, ReferenceDataError, validate

SOURCE = "CEPII BACI"


def read(paths: list[str], version: str | None = None, codes: str | None = None):
    import pandas as pd

    codes_file = codes or next((p for p in paths if _is_codes_file(p)), None)
    flows = [p for p in paths if p != codes_file]
    if codes_file is None:
        raise ReferenceDataError([BadRow(paths[0] if paths else "-", None, None,
                                         "BACI needs its country-code file as well (country_codes_*.csv)")])
    table = _codes(codes_file)
    frames = [_flows(p, table, version) for p in flows]
    return pd.concat(frames, ignore_index=True)


def _is_codes_file(path: str) -> bool:
    try:
        with open(path, encoding="latin-1") as f:
            return "country_code" in f.readline()
    except OSError:
        return False


def _codes(path: str) -> dict[int, str]:
    import pandas as pd

    try:
        df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="latin-1")
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as e:
        raise ReferenceDataError([BadRow(path, None, None, f"not a readable CSV ({e})")]) from None
    df.columns = [c.strip().lstrip("\ufeff").lstrip("ï»¿") for c in df.columns]
    iso_col = "iso_3digit_alpha" if "iso_3digit_alpha" in df.columns else "country_iso3" if "country_iso3" in df.columns else None
    if "country_code" not in df.columns or iso_col is None:
        raise ReferenceDataError([BadRow(path, 1, None, "expected country_code and iso_3digit_alpha or country_iso3")])
    out = {}
    for code, iso in zip(df["country_code"], df[iso_col]):
        iso = iso.strip()
        if iso and iso != "N/A" and len(iso) == 3:
            out[int(code)] = iso
    return out


def _flows(path: str, table: dict[int, str], version: str | None):
    import pandas as pd

    try:
        df = pd.read_csv(path, dtype={"t": str, "i": str, "j": str, "k": str, "v": str, "q": str},
                         keep_default_na=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as e:
        raise ReferenceDataError([BadRow(path, None, None, f"not a readable CSV ({e})")]) from None
    df.columns = [c.strip() for c in df.columns]
    missing = [c for c in ("t", "i", "j", "k", "v") if c not in df.columns]
    if missing:
        raise ReferenceDataError([BadRow(path, 1, c, "column missing") for c in missing])
    problems = []
    rep = df["i"].map(lambda x: table.get(int(x)) if x.strip().isdigit() else None)
    par = df["j"].map(lambda x: table.get(int(x)) if x.strip().isdigit() else None)
    value = pd.to_numeric(df["v"].str.strip(), errors="coerce")
    for idx in df.index[rep.isna()]:
        problems.append(BadRow(path, idx + 2, "i", f"unknown exporter code {df.at[idx, 'i']!r}"))
    for idx in df.index[par.isna()]:
        problems.append(BadRow(path, idx + 2, "j", f"unknown importer code {df.at[idx, 'j']!r}"))
    for idx in df.index[value.isna()]:
        problems.append(BadRow(path, idx + 2, "v", f"not a number: {df.at[idx, 'v']!r}"))
    if problems:
        raise ReferenceDataError(sorted(problems, key=lambda p: (p.row, p.column)))
    out = pd.DataFrame({
        "period": df["t"].str.strip(), "reporter": rep, "partner": par, "flow": "exports",
        "commodity": df["k"].str.strip().str.zfill(6), "value_usd": value * 1000.0, "valuation": "FOB",
        "source": SOURCE, "source_version": version or Path(path).name,
        "estimated": False, "approximate": False, "note": None, "url": None,
    })
    return validate(out, path, {i: i + 2 for i in df.index})
