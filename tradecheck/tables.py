"""The claims and findings tables as pandas DataFrames, each with its pandera schema.

Schemas are declared once here. The frames the library builds come out in the schemas'
dtypes directly (`_frame`), without a validation per call: validating took longer than
extracting the claims, and it would only re-check this module. The tests validate the
frames of every corpus article against the schemas, and hold that the frames are exactly
what validation would give. The command line renders from the records and never loads
pandas.

The tables are tidy, for a notebook: one row per claim, per finding, and per claim of a
finding (`finding_claims`, for joins), each with the `document` it comes from, so that the
tables of many documents concatenate. The contract's columns come first, as JSON names
them; after them, where each figure stands (`line`, `column`), the period as dates
(`period_start`, `period_end`, to sort and filter by) and the rule behind each attribute
(`attribution_period`, ...). A missing value is pandas' NA in every column (NaT in the
date columns): text columns are of the "string" dtype and numbers "Float64" or "Int64"."""
from __future__ import annotations

import functools

from .check.catalogue import CHECKS, Severity, Status
from .link.rules import ATTRIBUTES
from .model import CLAIM_FIELDS, FINDING_FIELDS, contract_sides

KINDS = ["amount", "multiple", "percent_change", "share"]
BOUNDS = ["eq", "approx", "gt", "ge", "lt", "le"]
MEASURES = ["trade_total", "exports", "imports", "balance", "other"]
STATUSES = [s.value for s in Status]
SEVERITIES = [s.value for s in Severity]


# The dtype of each column that is not text: a missing value is pandas' NA throughout
NUMBERS = {"value": "Float64", "value_usd": "Float64", "factor": "Float64", "low": "Float64", "high": "Float64",
           "expected": "Float64", "observed": "Float64", "start": "Int64", "end": "Int64", "line": "Int64",
           "column": "Int64", "position": "Int64"}
DATES = ("period_start", "period_end")
CLAIM_COLUMNS = (*CLAIM_FIELDS, "document", "line", "column", *DATES, *(f"attribution_{a}" for a in ATTRIBUTES))
FINDING_COLUMNS = (*FINDING_FIELDS, "document", "line", "column", "reason", "suggestion")
FINDING_CLAIM_COLUMNS = ("document", "finding", "claim", "position", "check", "status")
PERIOD = r"^\d{4}(-(Q[1-4]|H[12]|\d\d))?(/\d{4}-\d\d)?$"


@functools.cache
def claims_schema():
    import pandera.pandas as pa

    text = {"dtype": "string", "nullable": True}
    return pa.DataFrameSchema(
        {
            "id": pa.Column("string", unique=True),
            "kind": pa.Column("string", pa.Check.isin(KINDS)),
            "start": pa.Column("Int64", pa.Check.ge(0)),
            "end": pa.Column("Int64", pa.Check.ge(0)),
            "text": pa.Column("string"),
            "value": pa.Column("Float64", nullable=True),
            "currency": pa.Column(**text),
            "value_usd": pa.Column("Float64", nullable=True),
            "factor": pa.Column("Float64", nullable=True),
            "bound": pa.Column("string", pa.Check.isin(BOUNDS)),
            "low": pa.Column("Float64", nullable=True),
            "high": pa.Column("Float64", nullable=True),
            "period": pa.Column("string", pa.Check.str_matches(PERIOD), nullable=True),
            "base_period": pa.Column(**text),
            "measure": pa.Column("string", pa.Check.isin(MEASURES)),
            "reporter": pa.Column("string", pa.Check.str_matches(r"^[A-Z]{3}$"), nullable=True),
            "partner": pa.Column("string", pa.Check.str_matches(r"^[A-Z]{3}$"), nullable=True),
            "commodity": pa.Column(**text),
            "document": pa.Column("string"),
            "line": pa.Column("Int64", pa.Check.ge(1), nullable=True),
            "column": pa.Column("Int64", pa.Check.ge(1), nullable=True),
            "period_start": pa.Column("datetime64[ns]", nullable=True),
            "period_end": pa.Column("datetime64[ns]", nullable=True),
            **{f"attribution_{a}": pa.Column(**text) for a in ATTRIBUTES},
        },
        checks=[pa.Check(lambda df: (df["start"] < df["end"]).all(), error="start < end"),
                pa.Check(lambda df: (df["period_start"].isna() | (df["period_start"] <= df["period_end"])).all(),
                         error="period_start <= period_end")],
        strict=False, coerce=True, name="claims",
    )


@functools.cache
def findings_schema():
    import pandera.pandas as pa

    return pa.DataFrameSchema(
        {
            "id": pa.Column("string", unique=True),
            "check": pa.Column("string", pa.Check.isin(list(CHECKS))),
            "status": pa.Column("string", pa.Check.isin(STATUSES)),
            "severity": pa.Column("string", pa.Check.isin(SEVERITIES)),
            "claims": pa.Column(object),
            "spans": pa.Column(object),
            "expected": pa.Column("Float64", nullable=True),
            "observed": pa.Column("Float64", nullable=True),
            "message": pa.Column("string"),
            "document": pa.Column("string"),
            "line": pa.Column("Int64", pa.Check.ge(1), nullable=True),
            "column": pa.Column("Int64", pa.Check.ge(1), nullable=True),
            "reason": pa.Column("string", nullable=True),
            "suggestion": pa.Column("string", nullable=True),
        },
        strict=False, coerce=True, name="findings",
    )


@functools.cache
def finding_claims_schema():
    import pandera.pandas as pa

    return pa.DataFrameSchema(
        {
            "document": pa.Column("string"),
            "finding": pa.Column("string"),
            "claim": pa.Column("string"),
            "position": pa.Column("Int64", pa.Check.ge(0)),
            "check": pa.Column("string", pa.Check.isin(list(CHECKS))),
            "status": pa.Column("string", pa.Check.isin(STATUSES)),
        },
        unique=["document", "finding", "claim"], strict=True, coerce=True, name="finding_claims",
    )


def period_dates(period: str | None):
    """The first and the last day of a period, as Timestamps (NaT for none):

    >>> [str(d.date()) for d in period_dates("2023-H1")]
    ['2023-01-01', '2023-06-30']
    >>> [str(d.date()) for d in period_dates("2022-04/2023-03")]
    ['2022-04-01', '2023-03-31']
    """
    import pandas as pd

    from .periods import parse

    p = parse(period)
    if p is None:
        return pd.NaT, pd.NaT
    first = pd.Timestamp(year=p[0] // 12, month=p[0] % 12 + 1, day=1)
    last = pd.Timestamp(year=p[1] // 12, month=p[1] % 12 + 1, day=1) + pd.offsets.MonthEnd(0)
    return first, last


def _frame(rows: list[dict], columns: tuple[str, ...]):
    """A DataFrame of `columns` from `rows` (each row has every column), every missing
    value NA, in the dtypes of its schema (tests/test_api.py holds the two together).

    Each column is built in its dtype from the values themselves: a frame whose columns
    pandas first infers and `_typed` then casts one by one is the same frame, but took
    three times as long, longer than extracting the claims."""
    import numpy as np
    import pandas as pd

    data = {}
    for col in columns:
        values = [row[col] for row in rows]
        if col in NUMBERS:
            data[col] = pd.array(values, dtype=NUMBERS[col])
        elif col in DATES:
            data[col] = pd.to_datetime(pd.Series(values, dtype=object)).astype("datetime64[ns]").array
        elif col in ("claims", "spans"):
            data[col] = column = np.empty(len(values), dtype=object)
            for i, v in enumerate(values):  # (one by one: numpy would read equal lists as a 2-D array)
                column[i] = v
        else:
            data[col] = pd.array(values, dtype=pd.StringDtype(na_value=pd.NA))
    return pd.DataFrame(data, columns=list(columns))


def _typed(df):
    """`df` with each column in its schema's dtype: what follows a validation by the schema,
    since pandera coerces text to the "str" dtype, whose missing value is NaN."""
    import pandas as pd

    for col in df.columns:
        if col in NUMBERS:
            df[col] = df[col].astype(NUMBERS[col])
        elif col in DATES:
            df[col] = pd.to_datetime(df[col]).astype("datetime64[ns]")
        elif col not in ("claims", "spans"):
            df[col] = df[col].astype(pd.StringDtype(na_value=pd.NA))
    return df


def _where(source: str | None):
    from .markup import line_col

    return line_col(source) if source is not None else (lambda i: (None, None))


def claims_frame(claims, document: str = "-", source: str | None = None):
    """One row per claim of `document`; `source`, the text as written, gives each claim's
    line and column."""
    at = _where(source)
    rows = []
    for c in claims:
        row = {f: getattr(c, f) for f in CLAIM_FIELDS}
        row.update({k: v for k, v in contract_sides(c).items() if k in CLAIM_FIELDS})  # (a sub-national side: null)
        row["document"] = document
        row["line"], row["column"] = at(c.start)
        row["period_start"], row["period_end"] = period_dates(c.period)
        row.update({f"attribution_{a}": c.how.get(a) for a in ATTRIBUTES})
        rows.append(row)
    return _frame(rows, CLAIM_COLUMNS)


def findings_frame(findings, document: str = "-", source: str | None = None):
    """One row per finding of `document`, where it is (its first figure's line and column),
    why it could not be decided (`reason`) and the correction it suggests, if any."""
    at = _where(source)
    rows = []
    for x in findings:
        row = {f: getattr(x, f) for f in FINDING_FIELDS}
        row.update(document=document, reason=x.extra.get("reason"),
                   suggestion=(x.extra.get("suggestion") or {}).get("suggested"))
        row["line"], row["column"] = at(x.spans[0][0]) if x.spans else (None, None)
        rows.append(row)
    return _frame(rows, FINDING_COLUMNS)


def finding_claims_frame(findings, document: str = "-"):
    """One row per claim of each finding, in the finding's order (`position` 0 is the
    likeliest slip): the table to join findings with claims."""
    rows = [{"document": document, "finding": x.id, "claim": cid, "position": i, "check": x.check,
             "status": str(x.status)} for x in findings for i, cid in enumerate(x.claims)]
    return _frame(rows, FINDING_CLAIM_COLUMNS)
