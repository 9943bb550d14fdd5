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
    assert t.version() == 2
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
