"""The reference store: Parquet files in one folder, queried with DuckDB.

Each import becomes one Parquet file, sorted by reporter, partner and period so that a
lookup for a pair reads only the row groups that hold it. The shipped default is always
part of the store, even when the folder is empty. The folder is the user's data directory
(see userdirs.py), or `--store` / TRADECHECK_STORE.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from .schema import COLUMNS, BadRow, ReferenceDataError

ENV_STORE = "TRADECHECK_STORE"
ENV_DEFAULT = "TRADECHECK_DEFAULT_REFERENCE"
SHIPPED_NAME = "default.parquet"


def default_store_dir() -> Path:
    if os.environ.get(ENV_STORE):
        return Path(os.environ[ENV_STORE])
    from ..userdirs import user_dir

    return user_dir("data") / "reference"


def shipped_default() -> Path | None:
    """The Parquet file shipped with tradecheck: in the source checkout (data/reference/)
    or where `pip install` put the data files (<prefix>/share/tradecheck/reference/)."""
    candidates = []
    if os.environ.get(ENV_DEFAULT):
        candidates.append(Path(os.environ[ENV_DEFAULT]))
    here = Path(__file__).resolve()
    candidates.append(here.parents[2] / "data" / "reference" / SHIPPED_NAME)
    candidates.append(Path(sys.prefix) / "share" / "tradecheck" / "reference" / SHIPPED_NAME)
    for c in candidates:
        if c.is_file():
            return c
    return None


class UnknownSource(ValueError):
    """A reference source named (`--reference`) that the store does not hold."""


def check_reference(reference: str | None, store_dir: str | Path | None = None) -> None:
    """Nothing when `reference` is all, none, a CSV or Parquet file, or the start of the name
    of a source in the store (case aside, as `Store(only=...)` reads it); otherwise
    UnknownSource, naming the sources there are."""
    if reference is None or reference.lower() in ("all", "none", "published"):
        return
    if reference.lower().endswith((".csv", ".parquet")):
        return
    names = sorted({r["source"] for r in Store(store_dir).spans()})
    if not any(n.lower().startswith(reference.lower()) for n in names):
        raise UnknownSource(f"no reference source {reference!r} (one of: all, none, {', '.join(names)}, "
                            "or a canonical CSV or Parquet file)")


class Store:
    def __init__(self, path: str | Path | None = None, only: str | None = None):
        """`only`: a source name to keep (case-insensitive prefix match, "published"
        for the published figures), a Parquet/CSV file to use instead of the store, or
        None for everything."""
        self.dir = Path(path) if path else default_store_dir()
        self.only = only

    # -- files ----------------------------------------------------------------------------

    def files(self) -> list[Path]:
        if self.only and Path(self.only).suffix.lower() in (".parquet", ".csv") and Path(self.only).exists():
            return [Path(self.only)]
        out = []
        shipped = shipped_default()
        if shipped is not None:
            out.append(shipped)
        if self.dir.is_dir():
            out.extend(sorted(self.dir.glob("*.parquet")))
        return out

    def add(self, df, name: str) -> Path:
        """Write `df` (already validated) as one sorted Parquet file, atomically: a
        temporary file renamed into place, so a failed import leaves the store as it was."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.dir.mkdir(parents=True, exist_ok=True)
        df = df[list(COLUMNS)].sort_values(["reporter", "partner", "period", "flow", "commodity", "source"],
                                           kind="stable").reset_index(drop=True)
        import hashlib

        digest = hashlib.sha256(df.to_csv(index=False).encode()).hexdigest()[:12]
        safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in name.lower()).strip("-") or "import"
        target = self.dir / f"{safe}-{digest}.parquet"
        tmp = target.with_suffix(".parquet.tmp")
        table = pa.Table.from_pandas(df, preserve_index=False)
        try:
            pq.write_table(table, tmp, row_group_size=100_000, compression="zstd")
            os.replace(tmp, target)
        except BaseException:  # a full disk: nothing half-written stays behind
            tmp.unlink(missing_ok=True)
            raise
        return target

    # -- queries --------------------------------------------------------------------------

    def _connect(self):
        """One in-memory DuckDB connection per store, reused: opening Parquet metadata once
        is most of the cost of a point lookup."""
        if getattr(self, "_con", None) is not None:
            return _Borrowed(self._con)
        import duckdb

        con = duckdb.connect(":memory:")
        self._con = con
        for i, f in enumerate(self.files()):
            if f.suffix.lower() == ".csv":
                # a canonical CSV given with --reference: validated, then queried like the rest
                df = load_frame(str(f))
                df["file"] = f.name
                df["row"] = range(2, len(df) + 2)
                con.register(f"csv_{i}", df)
        return _Borrowed(con)

    def _from(self) -> tuple[str, list]:
        files = self.files()
        if not files:
            return "", []
        parts = []
        params: list = []
        for i, f in enumerate(files):
            if f.suffix.lower() == ".csv":
                parts.append(f"SELECT * FROM csv_{i}")
            else:
                parts.append(f"SELECT {', '.join(COLUMNS)}, filename AS file, file_row_number + 1 AS row "
                             f"FROM read_parquet(?, filename=true, file_row_number=true)")
                params.append(str(f))
        return "(" + " UNION ALL BY NAME ".join(parts) + ")", params

    def _where_only(self) -> tuple[str, list]:
        if not self.only or Path(self.only).suffix.lower() in (".parquet", ".csv"):
            return "", []
        if self.only.lower() == "published":
            return " AND source LIKE 'published:%'", []
        return " AND lower(source) LIKE ?", [self.only.lower() + "%"]

    def _parquet_only(self) -> list[Path] | None:
        """The store's files when all are Parquet (the SQLite lookup index serves those);
        None when a CSV given with --reference is among them."""
        files = self.files()
        return files if all(f.suffix.lower() == ".parquet" for f in files) else None

    def _keep(self):
        """`only` as a test on a row's source, for lookups outside DuckDB."""
        if not self.only or Path(self.only).suffix.lower() in (".parquet", ".csv"):
            return None
        if self.only.lower() == "published":
            return lambda source: source.startswith("published:")
        prefix = self.only.lower()
        return lambda source: source.lower().startswith(prefix)

    def series(self, a: str, b: str, flow: str | None = None):
        """The series between two countries per year and source, a's own figures beside
        b's mirror figures (`tradecheck reference show`)."""
        from .browse import series

        return series(self, a, b, flow)

    def import_files(self, fmt: str, files, version: str | None = None) -> int:
        """Import official data files (`tradecheck reference import`): the number of rows.
        A malformed file raises ReferenceDataError, naming every bad row, and nothing is
        imported."""
        from .importers import FORMATS, importer

        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}; one of: {', '.join(FORMATS)}")
        files = [str(f) for f in files]
        if fmt == "baci":  # streamed: a release is hundreds of millions of rows
            from .importers import baci

            return baci.import_into(self, files, version)[1]
        rows = importer(fmt)(files, version)
        self.add(rows, f"{fmt}-{Path(files[0]).stem}")
        return len(rows)

    def rows_for_pairs(self, pairs, records: bool = False):
        """Every row between the countries of each pair, in either direction, with the
        file it came from and its row number there: a DataFrame, or with `records` a
        list of dicts."""
        src, params = self._from()
        pairs = sorted({tuple(sorted(p)) for p in pairs if len(set(p)) == 2})
        if not src or not pairs:
            if records:
                return []
            import pandas as pd

            return pd.DataFrame(columns=list(COLUMNS))
        parquet = self._parquet_only() if records else None
        if parquet is not None:
            from .lookup import lookup_pairs

            found = lookup_pairs(parquet, pairs, keep=self._keep())
            if found is not None:
                return found
        cond = " OR ".join("(reporter IN (?, ?) AND partner IN (?, ?))" for _ in pairs)
        for a, b in pairs:
            params += [a, b, a, b]
        only, oparams = self._where_only()
        cols = ", ".join(COLUMNS)
        # Totals as stored, and for product-level sources (BACI) the sum of their products
        # wherever a source gives no TOTAL row for that period, pair and flow.
        sql = f"""
            WITH sel AS (SELECT * FROM {src} WHERE ({cond}){only}),
            tot AS (SELECT * FROM sel WHERE commodity = 'TOTAL'),
            agg AS (
                SELECT period, reporter, partner, flow, 'TOTAL' AS commodity, sum(value_usd) AS value_usd,
                       any_value(valuation) AS valuation, source, source_version, false AS estimated,
                       false AS approximate, 'sum of ' || count(*) || ' product lines' AS note,
                       NULL::VARCHAR AS url, any_value(file) AS file, NULL::BIGINT AS row
                FROM sel WHERE commodity <> 'TOTAL'
                GROUP BY period, reporter, partner, flow, source, source_version)
            SELECT {cols}, file, row FROM tot
            UNION ALL
            SELECT {cols}, file, row FROM agg WHERE NOT EXISTS (
                SELECT 1 FROM tot WHERE tot.source = agg.source AND tot.source_version = agg.source_version
                  AND tot.period = agg.period AND tot.reporter = agg.reporter AND tot.partner = agg.partner
                  AND tot.flow = agg.flow)"""
        return self._query(sql, params + oparams, records=records)

    def _query(self, sql: str, params: list, records: bool = False):
        """Run a query; a store file that cannot be read is named in the error."""
        import duckdb

        try:
            with self._connect() as con:
                cur = con.execute(sql, params)
                if records:
                    # plain rows for the checks: no pandas on the command line's path
                    names = [d[0] for d in cur.description]
                    return [dict(zip(names, row)) for row in cur.fetchall()]
                return cur.df()
        except duckdb.Error as e:
            bad = self._unreadable()
            where = bad if bad else (self.dir if self.dir else "the reference store")
            raise ReferenceDataError([BadRow(str(where), None, None, f"cannot be read ({str(e).splitlines()[0]})")]) from None

    def _unreadable(self) -> str | None:
        import duckdb

        for f in self.files():
            if f.suffix.lower() != ".parquet":
                continue
            try:
                duckdb.connect(":memory:").execute("SELECT count(*) FROM read_parquet(?)", [str(f)]).fetchone()
            except duckdb.Error:
                return str(f)
        return None

    def spans(self) -> list[dict]:
        """Each source with its first and last year (and rows): what a message quotes,
        without counting reporters and pairs."""
        parquet = self._parquet_only()
        if parquet is not None:
            from .lookup import describe_sources

            found = describe_sources(parquet, keep=self._keep(), counts=False)
            if found is not None:
                return found
        return self.sources(records=True)

    def sources(self, records: bool = False):
        """Sources with their coverage: a DataFrame, or with `records` a list of dicts."""
        src, params = self._from()
        if not src:
            if records:
                return []
            import pandas as pd

            return pd.DataFrame(columns=["source", "source_version", "rows", "first", "last", "reporters", "pairs"])
        parquet = self._parquet_only() if records else None
        if parquet is not None:
            from .lookup import describe_sources

            found = describe_sources(parquet, keep=self._keep())
            if found is not None:
                return found
        only, oparams = self._where_only()
        sql = (f"SELECT CASE WHEN source LIKE 'published:%' THEN 'published' ELSE source END AS source, "
               f"source_version, count(*) AS rows, min(substr(period, 1, 4)) AS first, "
               f"max(substr(period, 1, 4)) AS last, count(DISTINCT reporter) AS reporters, "
               f"count(DISTINCT reporter || partner) AS pairs FROM {src} WHERE TRUE{only} "
               f"GROUP BY 1, 2 ORDER BY 1, 2")
        return self._query(sql, params + oparams, records=records)

    def count(self) -> int:
        src, params = self._from()
        if not src:
            return 0
        with self._connect() as con:
            return con.execute(f"SELECT count(*) FROM {src}", params).fetchone()[0]


class _Borrowed:
    """The store's connection in a `with` block that does not close it."""

    def __init__(self, con):
        self.con = con

    def __enter__(self):
        return self.con

    def __exit__(self, *exc):
        return False


def load_frame(path: str):
    """Read a canonical CSV or Parquet file (for --reference PATH), validated."""
    from .importers import canonical

    try:
        return canonical.read([path])
    except ReferenceDataError:
        raise
