"""Point lookups without DuckDB: an SQLite index of each Parquet file in the store.

A one-file `tradecheck verify` asks the store for a few country pairs. DuckDB answers in
tens of milliseconds but takes longer than that just to import, on every run. SQLite comes
with Python and answers from an index in well under a millisecond. So each Parquet file
gets, on first use, an SQLite copy of what a lookup needs: its TOTAL rows, and for
product-level files (BACI) the sum of their product lines per pair, period, flow and
source. The copy lives in the user's cache folder, is rebuilt when the Parquet file
changes, and is written to a temporary file first, so a crash never leaves half of one.
Where a copy cannot be made (a read-only cache, an unreadable file), `lookup_pairs`
returns None and the store asks DuckDB as before.
"""
from __future__ import annotations

import os
import sqlite3
import threading
import zlib
from pathlib import Path

from .. import userdirs
from .schema import COLUMNS

FORMAT = "2"  # bump when the layout below changes: old copies are then rebuilt

_LAYOUT = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
-- what rows share: where they come from and how they were measured
CREATE TABLE prov (id INTEGER PRIMARY KEY, valuation TEXT, source TEXT, source_version TEXT,
                   estimated INTEGER, approximate INTEGER, note TEXT, url TEXT);
-- `row` is the row number in the Parquet file; `lines` is set instead for a sum of products
CREATE TABLE rows (reporter TEXT, partner TEXT, period TEXT, flow TEXT, value_usd REAL,
                   prov INTEGER, row INTEGER, lines INTEGER);
-- what the file covers, for `Store.sources`: every row counts here, products included
CREATE TABLE coverage (source TEXT, source_version TEXT, rows INTEGER, first TEXT, last TEXT);
CREATE TABLE pairs (source TEXT, source_version TEXT, reporter TEXT, partner TEXT);
"""


def cache_dir() -> Path:
    return userdirs.cache_dir() / "lookup"


def _signature(parquet: Path) -> str:
    st = parquet.stat()
    return f"{FORMAT}:{parquet.resolve()}:{st.st_size}:{st.st_mtime_ns}"


def index_path(parquet: Path) -> Path:
    """One index per Parquet file, named after it. Two paths with the same name and checksum
    would share a file, and each would find the other's signature and rebuild it: slower,
    never wrong."""
    where = str(parquet.resolve())
    return cache_dir() / f"{parquet.stem}-{zlib.crc32(where.encode()):08x}.sqlite"


def _open(parquet: Path) -> sqlite3.Connection | None:
    """The file's index if it is there and current, else None."""
    path = index_path(parquet)
    if not path.is_file():
        return None
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        row = con.execute("SELECT value FROM meta WHERE key = 'signature'").fetchone()
    except sqlite3.Error:
        return None
    if row is None or row[0] != _signature(parquet):
        con.close()
        return None
    return con


def build(parquet: Path) -> Path:
    """Write the index of one Parquet file (DuckDB reads it once, here)."""
    import duckdb

    target = index_path(parquet)
    target.parent.mkdir(parents=True, exist_ok=True)
    # one temporary file per process and thread: two may build the same index at once
    tmp = target.with_name(f"{target.stem}.{os.getpid()}-{threading.get_ident()}.tmp")
    tmp.unlink(missing_ok=True)
    out = sqlite3.connect(tmp)
    try:
        out.executescript(_LAYOUT)
        provs: dict[tuple, int] = {}

        def prov(key: tuple) -> int:
            if key not in provs:
                provs[key] = len(provs) + 1
                out.execute("INSERT INTO prov VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (provs[key], *key))
            return provs[key]

        src = duckdb.connect(":memory:")

        def copy(query: str, row) -> None:
            """Rows of a DuckDB query into `rows`, in batches (a BACI file has millions)."""
            found = src.execute(query, [str(parquet)])
            while batch := found.fetchmany(50_000):
                out.executemany("INSERT INTO rows VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [row(r) for r in batch])

        copy("SELECT reporter, partner, period, flow, value_usd, valuation, source, source_version, "
             "estimated, approximate, note, url, file_row_number + 1 "
             "FROM read_parquet(?, file_row_number=true) WHERE commodity = 'TOTAL'",
             lambda r: (*r[:5], prov((r[5], r[6], r[7], bool(r[8]), bool(r[9]), r[10], r[11])), r[12], None))
        copy("SELECT reporter, partner, period, flow, sum(value_usd), any_value(valuation), source, "
             "source_version, count(*) FROM read_parquet(?) WHERE commodity <> 'TOTAL' "
             "GROUP BY period, reporter, partner, flow, source, source_version",
             lambda r: (*r[:5], prov((r[5], r[6], r[7], False, False, None, None)), None, r[8]))
        out.executemany("INSERT INTO coverage VALUES (?, ?, ?, ?, ?)", src.execute(
            "SELECT source, source_version, count(*), min(substr(period, 1, 4)), max(substr(period, 1, 4)) "
            "FROM read_parquet(?) GROUP BY 1, 2", [str(parquet)]).fetchall())
        out.executemany("INSERT INTO pairs VALUES (?, ?, ?, ?)", src.execute(
            "SELECT DISTINCT source, source_version, reporter, partner FROM read_parquet(?)",
            [str(parquet)]).fetchall())
        out.execute("CREATE INDEX by_pair ON rows (reporter, partner)")
        out.execute("INSERT INTO meta VALUES ('signature', ?)", [_signature(parquet)])
        out.commit()
        out.close()
        os.replace(tmp, target)
    except BaseException:
        out.close()
        tmp.unlink(missing_ok=True)
        raise
    return target


# Connections stay open for the next lookup (a corpus run checks thousands of articles),
# one set per thread and process: SQLite connections are not to be shared between threads
# or carried across a fork.
_OPEN = threading.local()


def _connect(parquet: Path) -> sqlite3.Connection | None:
    """The file's index, opened (or built) once and kept while the file is unchanged."""
    if getattr(_OPEN, "pid", None) != os.getpid():  # a new thread, or a forked child
        _OPEN.pid, _OPEN.held = os.getpid(), {}
    held = _OPEN.held
    key = (str(parquet), str(cache_dir()))
    signature = _signature(parquet)
    if key in held and held[key][0] == signature:
        return held[key][1]
    if key in held:
        held.pop(key)[1].close()
    con = _open(parquet)
    if con is None:
        try:
            build(parquet)
        except Exception:  # no cache folder, a full disk, a file DuckDB cannot read
            return None
        con = _open(parquet)
    if con is not None:
        held[key] = (signature, con)
    return con


def _forget(parquet: Path) -> None:
    """Close a kept connection that failed: the next lookup opens the index again."""
    kept = getattr(_OPEN, "held", {}).pop((str(parquet), str(cache_dir())), None)
    if kept is not None:
        kept[1].close()


def _connect_all(files: list[Path]) -> list[sqlite3.Connection] | None:
    cons = []
    for f in files:
        con = _connect(f)
        if con is None:
            return None
        cons.append(con)
    return cons


def describe_sources(files: list[Path], keep=None, counts: bool = True) -> list[dict] | None:
    """The records `Store.sources` returns, from the indexes of `files` (all Parquet).
    Without `counts`, leaves out the number of reporters and pairs (the slow part)."""
    cons = _connect_all(files)
    if cons is None:
        return None
    groups: dict[tuple, dict] = {}
    try:
        for con in cons:
            cover = con.execute("SELECT source, source_version, rows, first, last FROM coverage").fetchall()
            pairs = con.execute("SELECT source, source_version, reporter, partner FROM pairs").fetchall() if counts else []
            for source, version, rows, first, last in cover:
                if keep is not None and not keep(source):
                    continue
                label = "published" if source.startswith("published:") else source
                g = groups.setdefault((label, version), {"rows": 0, "first": first, "last": last,
                                                         "reporters": set(), "pairs": set()})
                g["rows"] += rows
                g["first"], g["last"] = min(g["first"], first), max(g["last"], last)
            for source, version, rep, par in pairs:
                if keep is not None and not keep(source):
                    continue
                label = "published" if source.startswith("published:") else source
                groups[(label, version)]["reporters"].add(rep)
                groups[(label, version)]["pairs"].add(rep + par)
    except sqlite3.Error:  # a damaged copy: DuckDB answers this time
        for f in files:
            _forget(f)
        return None
    out = []
    for (label, version), g in sorted(groups.items()):
        rec = {"source": label, "source_version": version, "rows": g["rows"], "first": g["first"], "last": g["last"]}
        if counts:
            rec.update(reporters=len(g["reporters"]), pairs=len(g["pairs"]))
        out.append(rec)
    return out


def lookup_pairs(files: list[Path], pairs: list[tuple[str, str]], keep=None) -> list[dict] | None:
    """The rows `Store.rows_for_pairs` returns, from the indexes of `files` (all Parquet).
    `keep(source)` filters by source. None when some file has no usable index."""
    opened = _connect_all(files)
    if opened is None:
        return None
    cons = list(zip(files, opened))
    cond = " OR ".join("(r.reporter IN (?, ?) AND r.partner IN (?, ?))" for _ in pairs)
    params = [x for a, b in pairs for x in (a, b, a, b)]
    totals: list[dict] = []
    sums: dict[tuple, dict] = {}
    for f, con in cons:
        try:
            found = con.execute(
                "SELECT r.period, r.reporter, r.partner, r.flow, r.value_usd, p.valuation, p.source, "
                "p.source_version, p.estimated, p.approximate, p.note, p.url, r.row, r.lines "
                f"FROM rows r JOIN prov p ON p.id = r.prov WHERE {cond} ORDER BY r.rowid", params).fetchall()
        except sqlite3.Error:  # a damaged copy: DuckDB answers this time
            _forget(f)
            return None
        for r in found:
            if keep is not None and not keep(r[6]):
                continue
            rec = dict(zip(COLUMNS, (*r[:4], "TOTAL", *r[4:8], bool(r[8]), bool(r[9]), *r[10:12])))
            rec["file"] = str(f)
            rec["row"] = r[12]
            if r[13] is None:
                totals.append(rec)
                continue
            # the same source's products may be split over several files: one sum for all
            key = (rec["period"], rec["reporter"], rec["partner"], rec["flow"], rec["source"], rec["source_version"])
            if key in sums:
                sums[key]["value_usd"] += rec["value_usd"]
                sums[key]["_lines"] += r[13]
            else:
                sums[key] = {**rec, "_lines": r[13]}
    # A sum of products stands in for a total only where its source gives no total.
    given = {(t["source"], t["source_version"], t["period"], t["reporter"], t["partner"], t["flow"]) for t in totals}
    out = totals
    for (period, rep, par, flow, source, version), rec in sums.items():
        if (source, version, period, rep, par, flow) in given:
            continue
        rec["note"] = f"sum of {rec.pop('_lines')} product lines"
        out.append(rec)
    return out
