"""The claims and findings tables as pandas DataFrames, each with its pandera schema.

Schemas are declared once here. The frames the library builds come out in the schemas'
dtypes directly (`_frame`), without a validation per call: validating took three times as
long as extracting the claims, and it would only re-check this module. The tests validate
frames of every corpus article against the schemas, and that the frames are exactly what
validation would return. The command line renders from the records and never loads pandas."""
from __future__ import annotations

import functools

from .check.catalogue import CHECKS, Severity, Status
from .model import CLAIM_FIELDS, FINDING_FIELDS

KINDS = ["amount", "multiple", "percent_change", "share"]
BOUNDS = ["eq", "approx", "gt", "ge", "lt", "le"]
MEASURES = ["trade_total", "exports", "imports", "balance", "other"]
STATUSES = [s.value for s in Status]
SEVERITIES = [s.value for s in Severity]


@functools.cache
def claims_schema():
    import pandera.pandas as pa

    return pa.DataFrameSchema(
        {
            "id": pa.Column(str, unique=True),
            "kind": pa.Column(str, pa.Check.isin(KINDS)),
            "start": pa.Column(int, pa.Check.ge(0)),
            "end": pa.Column(int, pa.Check.ge(0)),
            "text": pa.Column(str),
            "value": pa.Column(float, nullable=True),
            "currency": pa.Column(object, nullable=True),
            "value_usd": pa.Column(float, nullable=True),
            "factor": pa.Column(float, nullable=True),
            "bound": pa.Column(str, pa.Check.isin(BOUNDS)),
            "low": pa.Column(float, nullable=True),
            "high": pa.Column(float, nullable=True),
            "period": pa.Column(object, pa.Check.str_matches(r"^\d{4}(-(Q[1-4]|H[12]|\d\d))?(/\d{4}-\d\d)?$"), nullable=True),
            "base_period": pa.Column(object, nullable=True),
            "measure": pa.Column(str, pa.Check.isin(MEASURES)),
            "reporter": pa.Column(object, pa.Check.str_matches(r"^[A-Z]{3}$"), nullable=True),
            "partner": pa.Column(object, pa.Check.str_matches(r"^[A-Z]{3}$"), nullable=True),
            "commodity": pa.Column(object, nullable=True),
        },
        checks=[pa.Check(lambda df: (df["start"] < df["end"]).all(), error="start < end")],
        strict=False, coerce=True, name="claims",
    )


@functools.cache
def findings_schema():
    import pandera.pandas as pa

    return pa.DataFrameSchema(
        {
            "id": pa.Column(str, unique=True),
            "check": pa.Column(str, pa.Check.isin(list(CHECKS))),
            "status": pa.Column(str, pa.Check.isin(STATUSES)),
            "severity": pa.Column(str, pa.Check.isin(SEVERITIES)),
            "claims": pa.Column(object),
            "spans": pa.Column(object),
            "expected": pa.Column(float, nullable=True),
            "observed": pa.Column(float, nullable=True),
            "message": pa.Column(str),
        },
        strict=False, coerce=True, name="findings",
    )


# The dtypes the schemas coerce each column to ("str" is pandas' string dtype).
_CLAIM_DTYPES = {
    "id": "str", "kind": "str", "start": "int64", "end": "int64", "text": "str", "value": "float64",
    "currency": object, "value_usd": "float64", "factor": "float64", "bound": "str", "low": "float64",
    "high": "float64", "period": object, "base_period": object, "measure": "str", "reporter": object,
    "partner": object, "commodity": object,
}
_FINDING_DTYPES = {
    "id": "str", "check": "str", "status": "str", "severity": "str", "claims": object, "spans": object,
    "expected": "float64", "observed": "float64", "message": "str",
}


def _frame(records, fields: tuple, dtypes: dict):
    import pandas as pd

    df = pd.DataFrame([{f: getattr(r, f) for f in fields} for r in records], columns=list(fields))
    # Only the columns pandas did not already build in their dtype, one by one: casting a
    # column to its own dtype copies it, and `DataFrame.astype` puts the frame together
    # again from every column; the two were most of the time a frame took.
    built = dict(zip(df.columns, df.dtypes))  # (not df[col].dtype: a Series for each column)
    for col, dtype in dtypes.items():
        if built[col] != dtype:
            df[col] = df[col].astype(dtype)
    return df


def claims_frame(claims):
    """The claims as a DataFrame of `claims_schema()`."""
    return _frame(claims, CLAIM_FIELDS, _CLAIM_DTYPES)


def findings_frame(findings):
    """The findings as a DataFrame of `findings_schema()`."""
    return _frame(findings, FINDING_FIELDS, _FINDING_DTYPES)
