"""The tracker: idempotent adds, versions, conflicts across articles, concurrent adds,
a kill in the middle of an add, migration of an older store; and the plots."""
import json
import sqlite3
import struct
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tradecheck.cli import app
from tradecheck.track import Tracker, TrackerError, add_documents, claims_for, conflicts, documents

A1 = ("MINSK, March 1, 2023 (Example Wire) - Trade between Belarus and Iran reached $100mn in 2022, "
      "Belarusian officials said. Belarusian exports to Iran exceeded $81mn.\n")
A2 = ("TEHRAN, May 2, 2023 (Example Wire) - Iran's trade with Belarus was $60mn in 2022, "
      "a trade official said.\n")


def write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return str(p)


def test_adding_twice_changes_nothing_and_a_change_is_a_new_version(tmp_path):
    t = Tracker(tmp_path / "t.sqlite")
    path = write(tmp_path, "a1.txt", A1)
    assert add_documents(t, [path], reference="none")[0][2] == "added"
    assert add_documents(t, [path], reference="none")[0][2] == "unchanged"
    assert t.con.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
    Path(path).write_text(A1.replace("$81mn", "$80mn"), encoding="utf-8")
    assert add_documents(t, [path], reference="none")[0][2] == "new version"
    docs = documents(t)
    assert len(docs) == 1 and int(docs["version"].iloc[0]) == 2


def test_conflicts_between_two_articles(tmp_path):
    t = Tracker(tmp_path / "t.sqlite")
    add_documents(t, [write(tmp_path, "a1.txt", A1), write(tmp_path, "a2.txt", A2)], reference="none")
    c = conflicts(t, "BLR", "IRN")
    assert len(c) == 1
    row = c.iloc[0]
    assert {row["claim_a"], row["claim_b"]} == {"$100mn", "$60mn"} and row["period"] == "2022"
    assert "Belarus and Iran reached $100mn" in (row["sentence_a"] + row["sentence_b"])
    r = CliRunner().invoke(app, ["track", "conflicts", "BLR", "IRN", "--db", str(tmp_path / "t.sqlite"), "--format", "json"])
    assert r.exit_code == 1 and len(json.loads(r.stdout)) == 1


def test_show_puts_claims_beside_reference(tmp_path):
    db = tmp_path / "t.sqlite"
    add_documents(Tracker(db), [write(tmp_path, "a1.txt", A1)], reference="none")
    r = CliRunner().invoke(app, ["track", "show", "BLR", "IRN", "--measure", "trade_total", "--db", str(db), "--format", "json"])
    rows = json.loads(r.stdout)
    assert {"claim", "reference"} == {x["what"] for x in rows}
    assert any(x["what"] == "claim" and x["period"] == "2022" and x["value_usd"] == 100e6 for x in rows)


ADDER = """
import sys
from tradecheck.track import Tracker, add_documents
t = Tracker(sys.argv[1])
add_documents(t, sys.argv[2:], reference="none")
"""


def test_four_processes_adding_at_once_lose_nothing(tmp_path):
    db = tmp_path / "t.sqlite"
    Tracker(db).close()
    files = [[write(tmp_path, f"p{p}-{i}.txt", A1.replace("$81mn", f"${70 + p * 5 + i}mn")) for i in range(5)]
             for p in range(4)]
    procs = [subprocess.Popen([sys.executable, "-c", ADDER, str(db), *fs]) for fs in files]
    assert [p.wait(timeout=300) for p in procs] == [0, 0, 0, 0]
    t = Tracker(db)
    assert t.con.execute("SELECT count(*) FROM documents").fetchone()[0] == 20
    assert t.check() == []


def test_a_kill_in_the_middle_of_adds_leaves_a_sound_store(tmp_path):
    db = tmp_path / "t.sqlite"
    Tracker(db).close()
    files = [write(tmp_path, f"k{i}.txt", A1.replace("$81mn", f"${50 + i}mn") * 40) for i in range(30)]
    p = subprocess.Popen([sys.executable, "-c", ADDER, str(db), *files])
    time.sleep(3.0)
    p.kill()
    p.wait()
    t = Tracker(db)
    assert t.check() == []
    n = t.con.execute("SELECT count(*) FROM documents").fetchone()[0]
    assert 0 <= n <= 30
    # and the store still takes new documents
    add_documents(t, [write(tmp_path, "after.txt", A2)], reference="none")
    assert t.check() == []


def test_an_older_store_is_migrated(tmp_path):
    db = tmp_path / "old.sqlite"
    con = sqlite3.connect(db)
    con.executescript("""
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        INSERT INTO meta VALUES ('schema_version', '1');
        CREATE TABLE documents (id INTEGER PRIMARY KEY, content_hash TEXT NOT NULL UNIQUE, path TEXT NOT NULL,
            title TEXT, published TEXT, added_at TEXT NOT NULL DEFAULT '2024-01-01', chars INTEGER NOT NULL);
        CREATE TABLE claims (doc_id INTEGER NOT NULL, claim_id TEXT NOT NULL, kind TEXT NOT NULL, start INTEGER NOT NULL,
            "end" INTEGER NOT NULL, text TEXT NOT NULL, value REAL, currency TEXT, value_usd REAL, factor REAL,
            bound TEXT, low REAL, high REAL, period TEXT, base_period TEXT, measure TEXT, reporter TEXT,
            partner TEXT, commodity TEXT, PRIMARY KEY (doc_id, claim_id));
        CREATE TABLE findings (doc_id INTEGER NOT NULL, finding_id TEXT NOT NULL, check_id TEXT NOT NULL,
            status TEXT NOT NULL, severity TEXT NOT NULL, claims TEXT NOT NULL, message TEXT NOT NULL,
            expected REAL, observed REAL, PRIMARY KEY (doc_id, finding_id));
        INSERT INTO documents (id, content_hash, path, title, published, chars) VALUES (1, 'abc', 'old.txt', 'Old', '2023-01-01', 10);
        INSERT INTO claims VALUES (1, 'c1', 'amount', 0, 5, '$60mn', 6e7, 'USD', 6e7, NULL, 'eq', 5.95e7, 6.05e7,
            '2022', NULL, 'trade_total', 'BLR', 'IRN', NULL);
    """)
    con.commit()
    con.close()
    t = Tracker(db)
    assert t.version() == 3
    assert t.check() == []
    assert claims_for(t, "BLR", "IRN")["value_usd"].tolist() == [6e7]
    add_documents(t, [write(tmp_path, "a1.txt", A1)], reference="none")
    assert len(conflicts(t, "BLR", "IRN")) == 1


def test_a_newer_store_is_refused(tmp_path):
    db = tmp_path / "new.sqlite"
    Tracker(db).con.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(TrackerError, match="newer"):
        Tracker(db)


def png_size(path):
    data = Path(path).read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_plots_render(tmp_path, seed_text):
    db = tmp_path / "t.sqlite"
    add_documents(Tracker(db), [write(tmp_path, "seed.txt", seed_text), write(tmp_path, "a2.txt", A2)], reference="none")
    runner = CliRunner()
    for args in (["plot", "BLR", "IRN", "--db", str(db), "-o", str(tmp_path / "pair.png")],
                 ["plot", "BLR", "IRN", "--measure", "exports", "--db", str(db), "-o", str(tmp_path / "exports.png")],
                 ["plot", "--article", str(tmp_path / "seed.txt"), "-o", str(tmp_path / "article.png")]):
        r = runner.invoke(app, args)
        assert r.exit_code == 0, r.output
    for name in ("pair.png", "exports.png", "article.png"):
        assert png_size(tmp_path / name) == (900, 500)
        assert (tmp_path / name).stat().st_size > 10_000
    r = runner.invoke(app, ["plot", "BLR", "IRN", "--db", str(db), "-o", str(tmp_path / "x.svg")])
    assert r.exit_code == 0 and (tmp_path / "x.svg").read_text().lstrip().startswith(("<?xml", "<svg"))


# --- an article is its text and where it came from (issue 15, finding 4) -------------------

def _cli(*args, input=None):
    return CliRunner().invoke(app, list(args), input=input)


def test_articles_piped_in_are_each_an_article(tmp_path):
    db = str(tmp_path / "t.sqlite")
    texts = [A1, A2, A1.replace("$100mn", "$90mn")]
    for text in texts:
        assert _cli("track", "add", "-", "--db", db, "--reference", "none", input=text).exit_code == 0
    assert "unchanged" in _cli("track", "add", "-", "--db", db, "--reference", "none", input=A2).stdout
    listed = json.loads(_cli("track", "list", "--db", db, "--format", "json").stdout)
    assert [d["version"] for d in listed] == [1, 1, 1] and {d["origin"] for d in listed} == {"-"}
    shown = json.loads(_cli("track", "show", "BLR", "IRN", "--measure", "trade_total", "--db", db, "--format", "json").stdout)
    assert sorted(x["text"] for x in shown if x["what"] == "claim") == ["$100mn", "$60mn", "$90mn"]
    found = json.loads(_cli("track", "conflicts", "BLR", "IRN", "--db", db, "--format", "json").stdout)
    assert len({(c["document_a"], c["document_b"]) for c in found}) == 3  # every pair of the three


def test_two_files_of_one_name_in_two_folders_are_two_articles(tmp_path, monkeypatch):
    db = str(tmp_path / "t.sqlite")
    for folder, text in (("a", A1), ("b", A2)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "article.txt").write_text(text)
        monkeypatch.chdir(tmp_path / folder)
        r = _cli("track", "add", "article.txt", "--db", db, "--reference", "none")
        assert "article.txt: added" in r.stdout, r.output
    listed = json.loads(_cli("track", "list", "--db", db, "--format", "json").stdout)
    assert sorted(d["origin"] for d in listed) == [str(tmp_path / "a" / "article.txt"), str(tmp_path / "b" / "article.txt")]
    assert len(json.loads(_cli("track", "conflicts", "--db", db, "--format", "json").stdout)) == 1


def _schema_2_store(db, paths):
    """A store as schema 2 wrote it: the three texts piped in became versions of '-'."""
    con = sqlite3.connect(db)
    con.executescript("""
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        INSERT INTO meta VALUES ('schema_version', '2');
        CREATE TABLE documents (id INTEGER PRIMARY KEY, content_hash TEXT NOT NULL UNIQUE, path TEXT NOT NULL,
            title TEXT, published TEXT, added_at TEXT NOT NULL DEFAULT '2024-01-01', chars INTEGER NOT NULL,
            version INTEGER NOT NULL DEFAULT 1, previous_id INTEGER REFERENCES documents(id),
            claims_count INTEGER NOT NULL, findings_count INTEGER NOT NULL);
        CREATE TABLE claims (doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            claim_id TEXT NOT NULL, kind TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
            value REAL, currency TEXT, value_usd REAL, factor REAL, bound TEXT, low REAL, high REAL,
            period TEXT, base_period TEXT, measure TEXT, reporter TEXT, partner TEXT, commodity TEXT,
            source TEXT, sentence TEXT, PRIMARY KEY (doc_id, claim_id));
        CREATE TABLE findings (doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            finding_id TEXT NOT NULL, check_id TEXT NOT NULL, status TEXT NOT NULL, severity TEXT NOT NULL,
            claims TEXT NOT NULL, message TEXT NOT NULL, expected REAL, observed REAL, PRIMARY KEY (doc_id, finding_id));
    """)
    for i, (path, value) in enumerate(paths, 1):
        con.execute("INSERT INTO documents (id, content_hash, path, chars, version, previous_id, claims_count, findings_count) "
                    "VALUES (?, ?, ?, 10, ?, ?, 1, 0)", (i, f"h{i}", path, i if path == "-" else 1, i - 1 if path == "-" and i > 1 else None))
        con.execute("INSERT INTO claims (doc_id, claim_id, kind, start, \"end\", text, value_usd, low, high, period, measure, "
                    "reporter, partner) VALUES (?, 'c1', 'amount', 0, 5, ?, ?, ?, ?, '2022', 'trade_total', 'BLR', 'IRN')",
                    (i, f"${value}mn", value * 1e6, value * 0.99e6, value * 1.01e6))
    con.commit()
    con.close()


def test_a_schema_2_store_shows_its_hidden_articles_and_reading_writes_nothing(tmp_path):
    db = tmp_path / "t.sqlite"
    _schema_2_store(db, [("-", 100), ("-", 60), ("-", 90)])
    before = db.read_bytes()
    assert len(json.loads(_cli("track", "list", "--db", str(db), "--format", "json").stdout)) == 3
    assert len(json.loads(_cli("track", "conflicts", "BLR", "IRN", "--db", str(db), "--format", "json").stdout)) == 3
    assert db.read_bytes() == before  # read, not migrated
    t = Tracker(db)  # to write: migrated
    assert t.version() == 3 and t.check() == []
    assert t.con.execute("SELECT count(*) FROM claims").fetchone()[0] == 3
    assert claims_for(t, "BLR", "IRN")["text"].tolist() == ["$100mn", "$60mn", "$90mn"]


@pytest.mark.skipif(hasattr(__import__("os"), "geteuid") and __import__("os").geteuid() == 0,
                    reason="file permissions do not bind root")
def test_a_read_only_store_can_be_listed(tmp_path):
    db = tmp_path / "t.sqlite"
    add_documents(Tracker(db), [write(tmp_path, "a1.txt", A1)], reference="none")
    db.chmod(0o444)
    r = _cli("track", "list", "--db", str(db), "--format", "json")
    assert r.exit_code == 0 and len(json.loads(r.stdout)) == 1


def test_a_store_full_stops_the_add_and_says_what_was_stored(tmp_path):
    """A disk that fills in the middle of `track add`: each article already stored has been
    named, the one that did not fit is named, and the store is sound."""
    import resource

    db = tmp_path / "t.sqlite"
    Tracker(db).close()
    # each claim's sentence is stored with it: long sentences fill the store quickly
    files = [write(tmp_path, f"f{i}.txt", A1.replace("exceeded $81mn.", f"exceeded ${50 + i}mn" + ", officials said" * 2500 + "."))
             for i in range(12)]

    def small_files():
        resource.setrlimit(resource.RLIMIT_FSIZE, (300_000, 300_000))

    r = subprocess.run([sys.executable, "-m", "tradecheck", "track", "add", *files, "--db", str(db), "--reference", "none"],
                       capture_output=True, text=True, preexec_fn=small_files)
    assert r.returncode == 2, r.stderr
    err = r.stderr.strip().splitlines()
    assert len(err) == 1 and "disk" in err[0] and "not stored" in err[0] and "Traceback" not in r.stderr
    stored = [line for line in r.stdout.splitlines() if ": added" in line]
    assert 0 < len(stored) < 12 and f"{len(stored)} documents before it stored" in err[0]
    t = Tracker(db)
    assert t.check() == [] and t.con.execute("SELECT count(*) FROM documents").fetchone()[0] == len(stored)


@pytest.mark.parametrize("what", ["another program's database", "a schema version that is no number", "a parent that is a file"])
def test_a_database_that_is_not_a_tracker_is_left_alone(tmp_path, what):
    db = tmp_path / "other.sqlite"
    con = sqlite3.connect(db)
    if what == "another program's database":
        con.execute("CREATE TABLE users (name TEXT)")
    elif what == "a schema version that is no number":
        con.executescript("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT); INSERT INTO meta VALUES ('schema_version', 'two');")
    con.commit()
    con.close()
    before = db.read_bytes()
    if what == "a parent that is a file":
        db = db / "t.sqlite"
    for args in (["track", "add", write(tmp_path, "a1.txt", A1), "--reference", "none"], ["track", "list"]):
        r = subprocess.run([sys.executable, "-m", "tradecheck", *args, "--db", str(db)], capture_output=True, text=True)
        assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr, r.stderr
    assert (tmp_path / "other.sqlite").read_bytes() == before
