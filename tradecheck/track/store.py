"""The tracker's store: documents, their claims and findings, in SQLite.

SQLite because a desk runs `track add` from several terminals and CI jobs at once: every
add is one IMMEDIATE transaction (WAL journal, a busy timeout), so concurrent adds queue
instead of failing, and a process killed in the middle of one leaves the store as it was
before it. The schema version is kept in `meta`; opening an older store to write migrates
it. Opened to read, a store is never written: an older one is migrated in memory.

An article is its text and where it came from (`origin`: the file's absolute path, a URL,
or "-" for standard input). New text from the same file or URL is a new version of it;
text from standard input has no earlier version, so two different articles piped in are
two articles, as are two files of one name in different folders.
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from contextlib import contextmanager
from pathlib import Path

SCHEMA_VERSION = 3
STDIN = "-"  # the origin of text read from standard input: no versions
ENV_DB = "TRADECHECK_DB"

CLAIM_COLUMNS = ("claim_id", "kind", "start", "end", "text", "value", "currency", "value_usd", "factor", "bound",
                 "low", "high", "period", "base_period", "measure", "reporter", "partner", "commodity",
                 "source", "sentence")
FINDING_COLUMNS = ("finding_id", "check_id", "status", "severity", "claims", "message", "expected", "observed")

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    content_hash TEXT NOT NULL,
    origin TEXT NOT NULL,
    path TEXT NOT NULL,
    title TEXT,
    published TEXT,
    added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    chars INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    previous_id INTEGER REFERENCES documents(id),
    claims_count INTEGER NOT NULL,
    findings_count INTEGER NOT NULL,
    UNIQUE (origin, content_hash)
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


OUR_TABLES = {"meta", "documents", "claims", "findings"}


class Tracker:
    def __init__(self, path: str | Path | None = None, write: bool = True):
        """Open the store at `path` (default: the user data directory). To write, it is
        created or migrated as needed; to read (`write=False`), the file is opened
        read-only and never changed, and a missing file reads as an empty store."""
        self.path = Path(path) if path else default_db()
        try:
            if write:
                self._open_to_write()
            else:
                self._open_to_read()
        except sqlite3.DatabaseError as e:
            raise TrackerError(f"{self.path}: {_why(e)}") from None

    def _open_to_write(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise TrackerError(f"{self.path}: cannot create its folder ({e.strerror})") from None
        if self.path.is_dir():
            raise TrackerError(f"{self.path}: is a folder, not a tracker database")
        self.con = sqlite3.connect(self.path, timeout=60, isolation_level=None)
        self._refuse_foreign()  # before anything is written to it
        self.con.execute("PRAGMA journal_mode=WAL")
        self.con.execute("PRAGMA busy_timeout=60000")
        self.con.execute("PRAGMA foreign_keys=ON")
        self._migrate()

    def _open_to_read(self) -> None:
        from urllib.request import pathname2url

        if self.path.parent.exists() and not self.path.parent.is_dir():
            raise TrackerError(f"{self.path}: its folder {self.path.parent} is a file")
        if not self.path.exists():
            self.con = sqlite3.connect(":memory:", isolation_level=None)
            self.con.executescript(SCHEMA)
            return
        if self.path.is_dir():
            raise TrackerError(f"{self.path}: is a folder, not a tracker database")
        self.con = sqlite3.connect(f"file:{pathname2url(str(self.path.resolve()))}?mode=ro", uri=True,
                                   timeout=60, isolation_level=None)
        self._refuse_foreign()
        have = self.version()
        if have > SCHEMA_VERSION:
            raise TrackerError(f"{self.path}: made by a newer tradecheck (schema {have}, this one knows {SCHEMA_VERSION})")
        if have < SCHEMA_VERSION:
            # read an older store as this tradecheck would migrate it, without writing it
            copy = sqlite3.connect(":memory:", isolation_level=None)
            self.con.backup(copy)
            self.con.close()
            self.con = copy
            self._migrate()

    def _refuse_foreign(self) -> None:
        """A database with tables of its own is not a tracker: it is left as it was."""
        tables = {r[0] for r in self.con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if tables and "meta" not in tables:
            raise TrackerError(f"{self.path}: not a tradecheck tracker (it holds other tables: "
                               f"{', '.join(sorted(tables)[:5])}); give another --db")
        self.version()  # a schema version that is no number is refused here

    def close(self) -> None:
        self.con.close()

    # -- schema ---------------------------------------------------------------------------

    def version(self) -> int:
        try:
            row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except sqlite3.OperationalError:
            return 0
        if row is None:
            return 0
        try:
            return int(row[0])
        except (TypeError, ValueError):
            raise TrackerError(f"{self.path}: not a tradecheck tracker (schema version {row[0]!r})") from None

    def _migrate(self) -> None:
        have = self.version()
        if have > SCHEMA_VERSION:
            raise TrackerError(f"{self.path}: made by a newer tradecheck (schema {have}, this one knows {SCHEMA_VERSION})")
        if have == SCHEMA_VERSION:
            return
        # a table is rebuilt below: its rows must not take their claims with them
        self.con.execute("PRAGMA foreign_keys=OFF")
        try:
            with self._write():
                have = self.version()  # again: another process may have migrated it meanwhile
                if have == SCHEMA_VERSION:
                    return
                tables = {r[0] for r in self.con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
                if have == 1 or ("documents" in tables and have == 0 and "meta" in tables):
                    self._migrate_1_to_2()
                    have = 2
                if have == 2:
                    self._migrate_2_to_3()
                for stmt in SCHEMA.split(";"):
                    if stmt.strip():
                        self.con.execute(stmt)
                self.con.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)",
                                 (str(SCHEMA_VERSION),))
        finally:
            self.con.execute("PRAGMA foreign_keys=ON")

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

    def _migrate_2_to_3(self) -> None:
        """Schema 2 knew an article by its content alone and took its versions from the path
        as given: the path becomes the origin, and what came from standard input, each
        text its own article again (they had been versions of one another)."""
        cols = [r[1] for r in self.con.execute("PRAGMA table_info(documents)")]
        create = SCHEMA[SCHEMA.index("CREATE TABLE IF NOT EXISTS documents"):]
        create = create[:create.index(";")].replace("IF NOT EXISTS documents", "documents_3")
        self.con.execute(create)
        keep = [c for c in cols if c != "origin"]
        self.con.execute(f"INSERT INTO documents_3 ({', '.join(keep)}, origin) "
                         f"SELECT {', '.join(keep)}, path FROM documents")
        self.con.execute("UPDATE documents_3 SET previous_id = NULL, version = 1 WHERE origin = ?", (STDIN,))
        self.con.execute("DROP TABLE documents")
        self.con.execute("ALTER TABLE documents_3 RENAME TO documents")

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

    def add(self, path: str, source: str, data: dict, title: str | None = None,
            origin: str | None = None) -> tuple[int, str]:
        """Store a verified document; (id, what happened: added, unchanged, new version).
        `origin` is where it came from (`origin_of(path)` when not given)."""
        origin = origin_of(path) if origin is None else origin
        digest = hashlib.sha256(source.encode("utf-8")).hexdigest()
        with self._write():
            row = self.con.execute("SELECT id FROM documents WHERE origin = ? AND content_hash = ?",
                                   (origin, digest)).fetchone()
            if row:
                return row[0], "unchanged"
            prev = None
            if origin != STDIN:
                prev = self.con.execute("SELECT id, version FROM documents WHERE origin = ? ORDER BY version DESC LIMIT 1",
                                        (origin,)).fetchone()
            doc = data["document"]
            cur = self.con.execute(
                "INSERT INTO documents (content_hash, origin, path, title, published, chars, version, previous_id, "
                "claims_count, findings_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (digest, origin, path, title, doc.get("published"), doc.get("chars", len(source)),
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

    # -- what `tradecheck track` does, for a notebook ---------------------------------------

    def add_files(self, paths, reference: str | None = "all", store: str | None = None,
                  published: str | None = None) -> list[tuple[str, int | None, str]]:
        """Verify each file and store it (`tradecheck track add`): (path, document id,
        what happened) for each; README, CHANGELOG and LICENSE files are left out."""
        from . import add_documents
        from ..paths import expand

        return add_documents(self, expand([str(p) for p in paths]), reference=reference, store_dir=store,
                             published=published)

    def documents(self):
        """The stored articles, latest versions (`tradecheck track list`)."""
        from . import documents

        return documents(self)

    def claims(self, a: str | None = None, b: str | None = None, measure: str | None = None):
        """Every trade amount claimed about the pair, per period (`tradecheck track show`)."""
        from . import claims_for

        return claims_for(self, a, b, measure)

    def conflicts(self, a: str | None = None, b: str | None = None):
        """Claims of different articles that cannot both hold (`tradecheck track conflicts`)."""
        from . import conflicts

        return conflicts(self, a, b)

    def plot(self, a: str, b: str, measure: str = "trade_total", store: str | None = None, path: str | None = None):
        """The pair's chart (`tradecheck plot A B`): a matplotlib Figure, written to `path`
        when given."""
        from ..reference.store import Store
        from .plot import figure_for_pair

        fig = figure_for_pair(Store(store), self, a, b, measure)
        if path is not None:
            fig.savefig(path)
        return fig

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


def origin_of(path: str) -> str:
    """Where an article given as `path` comes from: "-" for standard input, a URL as it is,
    a file's absolute path (so "article.txt" in two folders is two articles)."""
    from ..paths import URL

    if path == STDIN or URL.match(path):
        return path
    return str(Path(path).resolve())


def _why(e: sqlite3.DatabaseError) -> str:
    text = str(e)
    if "unable to open" in text:
        return "cannot open or create it (is its folder writable?)"
    if "readonly" in text:
        return "cannot write to it (read-only)"
    if "full" in text:
        return "the disk is full"
    if "I/O" in text:
        return f"a disk error while writing it ({text}; is the disk full?)"
    if "not a database" in text or "malformed" in text:
        return f"not a tradecheck tracker ({text})"
    return text


def _q(col: str) -> str:
    return f'"{col}"' if col == "end" else col


def _claim_value(c: dict, k: str):
    if k == "claim_id":
        return c["id"]
    return c.get(k)
