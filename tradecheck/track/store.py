"""The tracker's store: documents, their claims and findings, in SQLite.

SQLite because a desk runs `track add` from several terminals and CI jobs at once: every
add is one IMMEDIATE transaction (WAL journal, a busy timeout), so concurrent adds queue
instead of failing, and a process killed in the middle of one leaves the store as it was
before it. The schema version is kept in `meta`; opening an older store migrates it.
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from contextlib import contextmanager
from pathlib import Path

SCHEMA_VERSION = 2
ENV_DB = "TRADECHECK_DB"

CLAIM_COLUMNS = ("claim_id", "kind", "start", "end", "text", "value", "currency", "value_usd", "factor", "bound",
                 "low", "high", "period", "base_period", "measure", "reporter", "partner", "commodity",
                 "source", "sentence")
FINDING_COLUMNS = ("finding_id", "check_id", "status", "severity", "claims", "message", "expected", "observed")

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    path TEXT NOT NULL,
    title TEXT,
    published TEXT,
    added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    chars INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    previous_id INTEGER REFERENCES documents(id),
    claims_count INTEGER NOT NULL,
    findings_count INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS claims (
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    claim_id TEXT NOT NULL, kind TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    value REAL, currency TEXT, value_usd REAL, factor REAL, bound TEXT, low REAL, high REAL,
    period TEXT, base_period TEXT, measure TEXT, reporter TEXT, partner TEXT, commodity TEXT,
    source TEXT, sentence TEXT,
    PRIMARY KEY (doc_id, claim_id)
);
CREATE INDEX IF NOT EXISTS claims_pair ON claims (reporter, partner, measure, period);
CREATE TABLE IF NOT EXISTS findings (
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    finding_id TEXT NOT NULL, check_id TEXT NOT NULL, status TEXT NOT NULL, severity TEXT NOT NULL,
    claims TEXT NOT NULL, message TEXT NOT NULL, expected REAL, observed REAL,
    PRIMARY KEY (doc_id, finding_id)
);
"""


class TrackerError(Exception):
    """A store that cannot be opened or is not a tradecheck tracker."""


def default_db() -> Path:
    if os.environ.get(ENV_DB):
        return Path(os.environ[ENV_DB])
    from ..userdirs import user_dir

    return user_dir("data") / "tracker.sqlite"


class Tracker:
    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path else default_db()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.con = sqlite3.connect(self.path, timeout=60, isolation_level=None)
            self.con.execute("PRAGMA journal_mode=WAL")
            self.con.execute("PRAGMA busy_timeout=60000")
            self.con.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.DatabaseError as e:
            raise TrackerError(f"{self.path}: not a tradecheck tracker store ({e})") from None

    def close(self) -> None:
        self.con.close()

    # -- schema ---------------------------------------------------------------------------

    def version(self) -> int:
        try:
            row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except sqlite3.OperationalError:
            return 0
        return int(row[0]) if row else 0

    def _migrate(self) -> None:
        with self._write():
            have = self.version()
            tables = {r[0] for r in self.con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if have > SCHEMA_VERSION:
                raise TrackerError(f"{self.path}: made by a newer tradecheck (schema {have}, this one knows {SCHEMA_VERSION})")
            if have == 1 or ("documents" in tables and have == 0 and "meta" in tables):
                self._migrate_1_to_2()
            for stmt in SCHEMA.split(";"):
                if stmt.strip():
                    self.con.execute(stmt)
            self.con.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))

    def _migrate_1_to_2(self) -> None:
        """Schema 1 had no versions of a document and no claim sources or sentences."""
        cols = {r[1] for r in self.con.execute("PRAGMA table_info(documents)")}
        for name, decl in (("version", "INTEGER NOT NULL DEFAULT 1"), ("previous_id", "INTEGER"),
                           ("claims_count", "INTEGER NOT NULL DEFAULT 0"), ("findings_count", "INTEGER NOT NULL DEFAULT 0")):
            if name not in cols:
                self.con.execute(f"ALTER TABLE documents ADD COLUMN {name} {decl}")
        ccols = {r[1] for r in self.con.execute("PRAGMA table_info(claims)")}
        for name in ("source", "sentence"):
            if name not in ccols:
                self.con.execute(f"ALTER TABLE claims ADD COLUMN {name} TEXT")
        self.con.execute("UPDATE documents SET claims_count = (SELECT count(*) FROM claims WHERE doc_id = documents.id)")
        self.con.execute("UPDATE documents SET findings_count = (SELECT count(*) FROM findings WHERE doc_id = documents.id)")

    @contextmanager
    def _write(self):
        """One IMMEDIATE transaction: all of it lands, or none of it does."""
        self.con.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        else:
            self.con.execute("COMMIT")

    # -- writing --------------------------------------------------------------------------

    def add(self, path: str, source: str, data: dict, title: str | None = None) -> tuple[int, str]:
        """Store a verified document; (id, what happened: added, unchanged, new version)."""
        digest = hashlib.sha256(source.encode("utf-8")).hexdigest()
        with self._write():
            row = self.con.execute("SELECT id FROM documents WHERE content_hash = ?", (digest,)).fetchone()
            if row:
                return row[0], "unchanged"
            prev = self.con.execute("SELECT id, version FROM documents WHERE path = ? ORDER BY version DESC LIMIT 1",
                                    (path,)).fetchone()
            doc = data["document"]
            cur = self.con.execute(
                "INSERT INTO documents (content_hash, path, title, published, chars, version, previous_id, "
                "claims_count, findings_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (digest, path, title, doc.get("published"), doc.get("chars", len(source)),
                 (prev[1] + 1) if prev else 1, prev[0] if prev else None,
                 len(data["claims"]), len(data.get("findings", []))))
            doc_id = cur.lastrowid
            self.con.executemany(
                f"INSERT INTO claims (doc_id, {', '.join(_q(c) for c in CLAIM_COLUMNS)}) VALUES ({', '.join('?' * (len(CLAIM_COLUMNS) + 1))})",
                [(doc_id, *[_claim_value(c, k) for k in CLAIM_COLUMNS]) for c in data["claims"]])
            self.con.executemany(
                f"INSERT INTO findings (doc_id, {', '.join(FINDING_COLUMNS)}) VALUES ({', '.join('?' * (len(FINDING_COLUMNS) + 1))})",
                [(doc_id, f["id"], f["check"], f["status"], f["severity"], json.dumps(f["claims"]), f["message"],
                  f.get("expected"), f.get("observed")) for f in data.get("findings", [])])
            return doc_id, "new version" if prev else "added"

    # -- reading --------------------------------------------------------------------------

    def query(self, sql: str, params=()):
        import pandas as pd

        return pd.read_sql_query(sql, self.con, params=params)

    def check(self) -> list[str]:
        """Problems with the store's consistency (empty when it is sound)."""
        problems = [r[0] for r in self.con.execute("PRAGMA integrity_check") if r[0] != "ok"]
        bad = self.con.execute(
            "SELECT d.id, d.claims_count, (SELECT count(*) FROM claims c WHERE c.doc_id = d.id) "
            "FROM documents d").fetchall()
        problems += [f"document {i}: {n} claims recorded, {m} stored" for i, n, m in bad if n != m]
        return problems


def _q(col: str) -> str:
    return f'"{col}"' if col == "end" else col


def _claim_value(c: dict, k: str):
    if k == "claim_id":
        return c["id"]
    return c.get(k)
