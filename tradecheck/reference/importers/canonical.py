"""A CSV or Parquet file already in the canonical schema (schema.py)."""
from __future__ import annotations

from pathlib import Path

from ..schema import COLUMNS, BadRow, ReferenceDataError, validate
from .files import check_parquet, open_binary, suffix


def read(paths: list[str], version: str | None = None):
    import pandas as pd

    frames = []
    for path in paths:
        p = Path(path)
        try:
            if suffix(p) == ".parquet":
                check_parquet(p)
                df = pd.read_parquet(p)
            else:
                with open_binary(p) as f:
                    df = pd.read_csv(f, dtype={"period": str, "commodity": str}, keep_default_na=False,
                                     na_values={"value_usd": [""]}, compression=None)
        except ReferenceDataError:
            raise
        except Exception as e:  # pyarrow and pandas raise many kinds for a broken file
            raise ReferenceDataError([BadRow(str(p), None, None, f"cannot read ({type(e).__name__}: {e})")]) from None
        missing = [c for c in ("period", "reporter", "partner", "flow", "value_usd", "source") if c not in df.columns]
        if missing:
            raise ReferenceDataError([BadRow(str(p), 1, c, "column missing") for c in missing])
        for col, default in (("commodity", "TOTAL"), ("source_version", version or p.name),
                             ("estimated", False), ("approximate", False)):
            if col not in df.columns:
                df[col] = default
        for col in ("estimated", "approximate"):
            df[col] = df[col].map(lambda x: str(x).strip().lower() in ("true", "1", "yes"))
        for col in ("valuation", "note", "url"):
            if col in df.columns:
                df[col] = df[col].replace("", None)
        extra = [c for c in df.columns if c not in COLUMNS]
        df = df.drop(columns=extra)
        frames.append(validate(df, str(p)))
    return pd.concat(frames, ignore_index=True)
