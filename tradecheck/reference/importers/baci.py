"""CEPII BACI: one CSV of flows (t year, i exporter, j importer, k HS6 product, v value in
thousand US dollars FOB, q quantity) and one file of country codes. The codes file comes
in two spellings (V202201: country_code, iso_3digit_alpha; V2023+: country_code,
country_iso3). Product codes are read as text so leading zeros survive; Namibia's ISO2
"NA" is a code, not a missing value. BACI's 842 is the USA with Puerto Rico, 699 India.

A full release has hundreds of millions of rows, so the flows never pass through pandas:
DuckDB reads the CSV, finds every bad row, and (when there is none) writes the canonical
rows sorted by pair and year straight into the store. `read` gives the same rows as a
DataFrame for small files and tests.
"""
from __future__ import annotations

from pathlib import Path

from ..schema import COLUMNS, BadRow, ReferenceDataError, validate
from .files import check_expansion, open_binary

SOURCE = "CEPII BACI"
# How many bad rows to list before saying "and N more"
REPORT_LIMIT = 200


def split_paths(paths: list[str], codes: str | None = None) -> tuple[str, list[str]]:
    codes_file = codes or next((p for p in paths if _is_codes_file(p)), None)
    if codes_file is None:
        raise ReferenceDataError([BadRow(paths[0] if paths else "-", None, None,
                                         "BACI needs its country-code file as well (country_codes_*.csv)")])
    return codes_file, [p for p in paths if p != codes_file]


def read(paths: list[str], version: str | None = None, codes: str | None = None):
    """The canonical rows as a DataFrame (small files)."""
    codes_file, flows = split_paths(paths, codes)
    import duckdb

    con = duckdb.connect(":memory:")
    frames = []
    for f in flows:
        _prepare(con, f, codes_file, version)
        df = con.execute(f"SELECT {', '.join(COLUMNS)} FROM canonical").df()
        frames.append(validate(df, f))
    import pandas as pd

    return pd.concat(frames, ignore_index=True)


def import_into(store, paths: list[str], version: str | None = None, codes: str | None = None) -> tuple[Path, int]:
    """Stream BACI files into the store as one sorted Parquet file; (file, rows)."""
    import os

    codes_file, flows = split_paths(paths, codes)
    import duckdb

    con = duckdb.connect(":memory:")
    sources = []
    for f in flows:
        # every row is checked in SQL (_prepare); the schema, on a sample, checks that SQL
        _prepare(con, f, codes_file, version, table=f"c{len(sources)}")
        validate(con.execute(f"SELECT {', '.join(COLUMNS)} FROM c{len(sources)} LIMIT 1000").df(), f)
        sources.append(f"c{len(sources)}")
    union = " UNION ALL ".join(f"SELECT {', '.join(COLUMNS)} FROM {t}" for t in sources)
    store.dir.mkdir(parents=True, exist_ok=True)
    stem = "".join(ch if ch.isalnum() or ch in "-_." else "-" for ch in Path(flows[0]).stem.lower())
    target = store.dir / f"baci-{stem}.parquet"
    tmp = target.with_suffix(".parquet.tmp")
    try:
        # COPY takes no parameters: the path goes in as a quoted literal
        con.execute(f"COPY ({union} ORDER BY reporter, partner, period, commodity) TO {sql_string(str(tmp))} "
                    f"(FORMAT PARQUET, COMPRESSION ZSTD, ROW_GROUP_SIZE 100000)")
        n = con.execute("SELECT count(*) FROM read_parquet(?)", [str(tmp)]).fetchone()[0]
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target, n


def sql_string(value: str) -> str:
    """`value` as an SQL string literal, for the statements that take no parameters (COPY,
    a view over a file): quoted, with each quote doubled, so a file name is only ever a
    name.

    >>> sql_string("a' (FORMAT CSV); COPY")
    "'a'' (FORMAT CSV); COPY'"
    """
    if "\x00" in value:
        raise ValueError("a NUL character in an SQL string")
    return "'" + value.replace("'", "''") + "'"


def _is_codes_file(path: str) -> bool:
    try:
        with open(path, encoding="latin-1") as f:
            return "country_code" in f.readline()
    except OSError:
        return False


def _prepare(con, flows: str, codes_file: str, version: str | None, table: str = "canonical") -> None:
    """Views `raw`, `codes` and `table` (the canonical rows) for one flows file; raises
    ReferenceDataError listing the bad rows."""
    import duckdb

    check_expansion(flows)  # DuckDB decompresses a .gz on its own, with no limit
    codes = _codes(codes_file)
    con.execute("CREATE OR REPLACE TABLE codes (code INTEGER, iso3 VARCHAR)")
    con.executemany("INSERT INTO codes VALUES (?, ?)", list(codes.items()))
    try:
        con.execute("CREATE OR REPLACE VIEW raw AS SELECT *, row_number() OVER () + 1 AS line "
                    f"FROM read_csv({sql_string(str(flows))}, header=true, all_varchar=true, nullstr='')")
        cols = {r[0] for r in con.execute("DESCRIBE raw").fetchall()}
    except (duckdb.Error, UnicodeDecodeError) as e:
        raise ReferenceDataError([BadRow(flows, None, None, f"not a readable CSV ({e})")]) from None
    missing = [c for c in ("t", "i", "j", "k", "v") if c not in cols]
    if missing:
        raise ReferenceDataError([BadRow(flows, 1, c, "column missing") for c in missing])
    bad_sql = """
        SELECT line, 'i' AS col, 'unknown exporter code ' || coalesce(i, '') AS why FROM raw
            WHERE TRY_CAST(trim(i) AS INTEGER) NOT IN (SELECT code FROM codes) OR TRY_CAST(trim(i) AS INTEGER) IS NULL
        UNION ALL
        SELECT line, 'j', 'unknown importer code ' || coalesce(j, '') FROM raw
            WHERE TRY_CAST(trim(j) AS INTEGER) NOT IN (SELECT code FROM codes) OR TRY_CAST(trim(j) AS INTEGER) IS NULL
        UNION ALL
        SELECT line, 'k', 'not a product code: ' || coalesce(k, '') FROM raw
            WHERE k IS NULL OR NOT regexp_full_match(trim(k), '[0-9A-Za-z][0-9A-Za-z_.-]{0,30}')
        UNION ALL
        SELECT line, 'v', 'not a number: ' || coalesce(v, '') FROM raw
            WHERE TRY_CAST(trim(v) AS DOUBLE) IS NULL OR TRY_CAST(trim(v) AS DOUBLE) < 0
               OR NOT isfinite(TRY_CAST(trim(v) AS DOUBLE))
               OR NOT isfinite(TRY_CAST(trim(v) AS DOUBLE) * 1000.0)
        UNION ALL
        SELECT line, 't', 'not a year: ' || coalesce(t, '') FROM raw
            WHERE t IS NULL OR NOT regexp_full_match(trim(t), '\\d{4}')
        ORDER BY 1, 2"""
    bad = con.execute(f"SELECT * FROM ({bad_sql}) LIMIT {REPORT_LIMIT + 1}").fetchall()
    if bad:
        problems = [BadRow(flows, int(line), col, why) for line, col, why in bad[:REPORT_LIMIT]]
        if len(bad) > REPORT_LIMIT:
            total = con.execute(f"SELECT count(*) FROM ({bad_sql})").fetchone()[0]
            problems.append(BadRow(flows, None, None, f"and {total - REPORT_LIMIT} more bad rows"))
        raise ReferenceDataError(problems)
    label = sql_string(version or Path(flows).name)
    # HS6 codes lose their leading zeros in some tools: pad to six, never cut a longer code
    con.execute(f"""
        CREATE OR REPLACE VIEW {table} AS
        SELECT trim(t) AS period, ci.iso3 AS reporter, cj.iso3 AS partner, 'exports' AS flow,
               CASE WHEN length(trim(k)) < 6 THEN lpad(trim(k), 6, '0') ELSE trim(k) END AS commodity,
               CAST(trim(v) AS DOUBLE) * 1000.0 AS value_usd,
               'FOB' AS valuation, {sql_string(SOURCE)} AS source, {label} AS source_version,
               false AS estimated, false AS approximate, NULL::VARCHAR AS note, NULL::VARCHAR AS url
        FROM raw
        JOIN codes ci ON ci.code = CAST(trim(i) AS INTEGER)
        JOIN codes cj ON cj.code = CAST(trim(j) AS INTEGER)
        WHERE ci.iso3 <> cj.iso3""")


def _codes(path: str) -> dict[int, str]:
    import pandas as pd

    try:
        with open_binary(path) as f:
            df = pd.read_csv(f, dtype=str, keep_default_na=False, encoding="latin-1", compression=None)
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as e:
        raise ReferenceDataError([BadRow(path, None, None, f"not a readable CSV ({e})")]) from None
    df.columns = [c.strip().lstrip("\ufeff").lstrip("ï»¿") for c in df.columns]
    iso_col = "iso_3digit_alpha" if "iso_3digit_alpha" in df.columns else "country_iso3" if "country_iso3" in df.columns else None
    if "country_code" not in df.columns or iso_col is None:
        raise ReferenceDataError([BadRow(path, 1, None, "expected country_code and iso_3digit_alpha or country_iso3")])
    out = {}
    for code, iso in zip(df["country_code"], df[iso_col]):
        iso = iso.strip()
        if len(iso) == 3 and iso.isascii() and iso.isalpha() and iso.isupper() and code.strip().isdigit():
            out[int(code)] = iso
    return out
