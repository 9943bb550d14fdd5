"""The canonical reference table, declared once and validated wherever rows come in.

One row is one published figure: a flow (exports or imports, as the reporter records it)
between a reporter and a partner over a period, for a commodity (an HS code or TOTAL), in
US dollars, with its valuation and its source. Turnover and balance are derived from the
two flows when checking and never stored; a published turnover whose parts were never
published is kept as flow `total`, marked as such.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

COLUMNS = ("period", "reporter", "partner", "flow", "commodity", "value_usd", "valuation",
           "source", "source_version", "estimated", "approximate", "note", "url")
FLOWS = ("exports", "imports", "total")
PERIOD_RE = r"^\d{4}(-(Q[1-4]|H[12]|\d\d))?(/\d{4}-\d\d)?$"


@functools.cache
def schema():
    import pandera.pandas as pa

    return pa.DataFrameSchema(
        {
            "period": pa.Column(str, pa.Check.str_matches(PERIOD_RE)),
            "reporter": pa.Column(str, pa.Check.str_matches(r"^[A-Z]{3}$")),
            "partner": pa.Column(str, pa.Check.str_matches(r"^[A-Z]{3}$")),
            "flow": pa.Column(str, pa.Check.isin(list(FLOWS))),
            "commodity": pa.Column(str, pa.Check.str_matches(r"^(TOTAL|[0-9A-Za-z][0-9A-Za-z_.-]{0,30})$")),
            "value_usd": pa.Column(float, [pa.Check.ge(0), pa.Check(lambda s: s.notna().all(), element_wise=False,
                                                                     error="value is missing"),
                                           # inf passes ge(0): a figure that is not a number
                                           pa.Check(lambda s: s.abs() != float("inf"), error="value is not finite")]),
            "valuation": pa.Column(object, pa.Check.isin(["FOB", "CIF"]), nullable=True),
            "source": pa.Column(str, pa.Check.str_length(min_value=1)),
            "source_version": pa.Column(str),
            "estimated": pa.Column(bool),
            "approximate": pa.Column(bool),
            "note": pa.Column(object, nullable=True),
            "url": pa.Column(object, nullable=True),
        },
        checks=[pa.Check(lambda df: df["reporter"] != df["partner"], error="reporter equals partner")],
        strict=True, coerce=True, ordered=False, name="reference",
    )


@dataclass
class BadRow:
    file: str
    row: int | None
    column: str | None
    why: str

    def __str__(self) -> str:
        where = f"{self.file}" + (f", row {self.row}" if self.row is not None else "") + \
                (f", column {self.column}" if self.column else "")
        return f"{where}: {self.why}"


class ReferenceDataError(Exception):
    """A reference file that cannot be imported, with every bad row."""

    def __init__(self, problems: list[BadRow]):
        self.problems = problems
        head = str(problems[0]) if problems else "malformed reference data"
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        super().__init__(head + more)

    def report(self) -> str:
        return "\n".join(str(p) for p in self.problems)


def validate(df, file: str, row_numbers=None):
    """The frame, coerced to the schema; or ReferenceDataError listing every bad row.
    `row_numbers` maps the frame's index to rows of the input file (1-based, header = 1)."""
    import pandera.errors as pe

    for col in COLUMNS:
        if col not in df.columns:
            df[col] = None if col not in ("estimated", "approximate") else False
    df = df[list(COLUMNS)]
    try:
        return schema().validate(df, lazy=True)
    except pe.SchemaErrors as err:
        problems = []
        fc = err.failure_cases
        for _, r in fc.iterrows():
            idx = r.get("index")
            row = None
            if idx is not None and idx == idx:  # not NaN
                try:
                    row = int(row_numbers[idx]) if row_numbers is not None else int(idx) + 2
                except (KeyError, TypeError, ValueError):
                    row = None
            why = f"{r.get('check')}: {r.get('failure_case')!r}"
            problems.append(BadRow(file, row, r.get("column"), why))
        problems.sort(key=lambda p: (p.row or 0, p.column or ""))
        raise ReferenceDataError(problems) from None


def from_records(records: list[dict], problems: list[BadRow], file: str, source: str,
                 version: str, row_numbers=None, nothing: str = "no exports or imports rows"):
    """The end of every importer: refuse the file if any row was bad (nothing half-imported)
    or if it held no flows at all, else stamp the source on every row and validate."""
    import pandas as pd

    if problems:
        raise ReferenceDataError(problems)
    df = pd.DataFrame(records)
    if df.empty:
        raise ReferenceDataError([BadRow(file, None, None, nothing)])
    df["source"] = source
    df["source_version"] = version
    return validate(df, file, row_numbers)
