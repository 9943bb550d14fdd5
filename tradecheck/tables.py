"""The claims and findings tables as pandas DataFrames, each with its pandera schema.

Schemas are declared once here and validated at the boundary where a table leaves the
library (the Python API); the command line renders from the records and never loads
pandas."""
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


def claims_frame(claims):
    import pandas as pd

    rows = []
    for c in claims:
        row = {f: getattr(c, f) for f in CLAIM_FIELDS}
        rows.append(row)
    df = pd.DataFrame(rows, columns=list(CLAIM_FIELDS))
    for col in ("value", "value_usd", "factor", "low", "high"):
        df[col] = df[col].astype("float64")
    for col in ("start", "end"):
        df[col] = df[col].astype("int64")
    return claims_schema().validate(df)


def findings_frame(findings):
    import pandas as pd

    rows = [{f: getattr(x, f) for f in FINDING_FIELDS} for x in findings]
    df = pd.DataFrame(rows, columns=list(FINDING_FIELDS))
    for col in ("expected", "observed"):
        df[col] = df[col].astype("float64")
    return findings_schema().validate(df)
