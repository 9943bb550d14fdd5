"""IMF Direction of Trade Statistics, legacy downloads: the wide CSV (reporter, partner,
one column per year) and the original Excel sheets (reporter in cell B4, years on row 7,
partners in column B). Exports FOB in millions of US dollars; a trailing " e" marks an
IMF estimate, usually derived from the partner's data."""
from __future__ import annotations

import re
from pathlib import Path

from ..countries import imf_names
from ..schema import BadRow, ReferenceDataError, validate
from .files import check_zip, open_text, suffix

SOURCE = "IMF DOTS"


def parse_cell(raw) -> tuple[float | None, bool]:
    """'12.6524' -> (12.6524, False); '15,106.84 e' -> (15106.84, True); '' -> (None, False)."""
    if raw is None:
        return None, False
    if isinstance(raw, (int, float)):
        return float(raw), False
    s = str(raw).strip()
    if not s:
        return None, False
    est = bool(re.search(r"\se$", s))
    s = re.sub(r"\s+e$", "", s).replace(",", "")
    return float(s), est


def read(paths: list[str], version: str | None = None):
    import pandas as pd

    frames = []
    for path in paths:
        p = Path(path)
        if suffix(p) in (".xlsx", ".xls"):
            frames.append(_read_excel(p, version))
        else:
            frames.append(_read_csv(p, version))
    return pd.concat(frames, ignore_index=True) if frames else None


def _rows_to_frame(records, file, version):
    import pandas as pd

    df = pd.DataFrame(records)
    if df.empty:
        raise ReferenceDataError([BadRow(file, None, None, "no data rows")])
    rows = df.pop("_row")
    df["flow"] = "exports"
    df["commodity"] = "TOTAL"
    df["valuation"] = "FOB"
    df["source"] = SOURCE
    df["source_version"] = version or Path(file).name
    df["approximate"] = False
    return validate(df, file, rows)


def _record(records, problems, file, row, reporter, partner, year, raw):
    names = imf_names()
    try:
        value, est = parse_cell(raw)
    except ValueError:
        problems.append(BadRow(file, row, str(year), f"not a number: {raw!r}"))
        return
    if value is None:
        return
    rep, par = names.get(reporter), names.get(partner)
    if rep is None or par is None or rep == par:
        return  # aggregates ("Advanced Economies") and former economies have no code
    records.append({"_row": row, "period": str(year), "reporter": rep, "partner": par,
                    "value_usd": round(value * 1e6, 2), "estimated": est,
                    "note": "IMF estimate" if est else None})


def _read_csv(path: Path, version):
    import csv

    records, problems = [], []
    with open_text(path) as f:
        reader = csv.reader(f)
        try:
            header = next(reader)
        except StopIteration:
            raise ReferenceDataError([BadRow(str(path), None, None, "empty file")]) from None
        if len(header) < 3 or header[0].strip().lower() != "reporter" or header[1].strip().lower() != "partner":
            raise ReferenceDataError([BadRow(str(path), 1, None, "expected columns reporter, partner, then years")])
        years = []
        for h in header[2:]:
            if not re.fullmatch(r"\d{4}", h.strip()):
                raise ReferenceDataError([BadRow(str(path), 1, h, "a year column is not a year")])
            years.append(int(h))
        for i, row in enumerate(reader, start=2):
            if len(row) != len(header):
                problems.append(BadRow(str(path), i, None, f"{len(row)} fields, expected {len(header)}"))
                continue
            for y, raw in zip(years, row[2:]):
                _record(records, problems, str(path), i, row[0], row[1], y, raw)
    if problems:
        raise ReferenceDataError(problems)
    return _rows_to_frame(records, str(path), version)


def _read_excel(path: Path, version):
    import openpyxl

    check_zip(path)  # a workbook is a zip file: what it expands to is bounded first
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as e:  # openpyxl raises many kinds for a broken workbook
        raise ReferenceDataError([BadRow(str(path), None, None, f"not a readable Excel file ({e})")]) from None
    ws = wb.worksheets[0]
    rows = list(ws.iter_rows(values_only=True))
    if len(rows) < 8:
        raise ReferenceDataError([BadRow(str(path), None, None, "too few rows for a DOTS sheet")])
    reporter = rows[3][1] if len(rows[3]) > 1 else None
    header = rows[6]
    years = [(j, int(v)) for j, v in enumerate(header) if v is not None and re.fullmatch(r"\d{4}", str(v).strip())]
    if not reporter or not years:
        raise ReferenceDataError([BadRow(str(path), 7, None, "no reporter in B4 or no year header on row 7")])
    records, problems = [], []
    for i, row in enumerate(rows[7:], start=8):
        partner = row[1] if len(row) > 1 else None
        if not partner:
            continue
        for j, y in years:
            _record(records, problems, str(path), i, str(reporter).strip(), str(partner).strip(), y, row[j] if j < len(row) else None)
    if problems:
        raise ReferenceDataError(problems)
    return _rows_to_frame(records, str(path), version)
