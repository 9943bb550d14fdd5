"""Corpus mode: many documents in parallel processes or on a Dask cluster give exactly the
findings of one-by-one runs; results stream as JSON Lines and a run can be resumed."""
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tradecheck import batch

EXAMPLES = Path(__file__).resolve().parents[1] / "data" / "examples"


@pytest.fixture
def corpus(tmp_path, shared):
    d = tmp_path / "corpus"
    d.mkdir()
    for p in sorted((shared / "corpus").glob("*.txt"))[:12]:
        shutil.copy(p, d / p.name)
    return d


def essence(reports):
    return [(Path(r.path).name, json.dumps(r.data["claims"], sort_keys=True), json.dumps(r.data["findings"], sort_keys=True))
            for r in reports]


def test_two_processes_and_dask_match_one_by_one(corpus):
    files = sorted(str(p) for p in corpus.glob("*.txt"))
    opts = batch.Options(reference="none")
    one = essence(batch.run(files, opts, jobs=1))
    two = essence(batch.run(files, opts, jobs=2))
    assert two == one
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        on_dask = essence(batch.run(files, opts, engine="dask", scheduler=cluster.scheduler_address))
    assert on_dask == one


def test_a_streamed_run_keeps_only_what_its_summary_needs(corpus):
    """Results streamed through `on_report` are not held as well: memory stays flat in the
    number of files. What the closing summary and the exit status read is the same."""
    files = sorted(str(p) for p in corpus.glob("*.txt"))
    opts = batch.Options(reference="none")
    streamed = []
    brief = batch.run(files, opts, jobs=2, on_report=streamed.append, keep=False)
    full = batch.run(files, opts, jobs=1)
    assert essence(streamed) == essence(full)
    assert all(set(r.data) == {"summary"} for r in brief)
    assert [(r.path, r.data["summary"], r.failing, r.error) for r in brief] == \
        [(r.path, r.data["summary"], r.failing, r.error) for r in full]
    assert [r.data["summary"]["claims"] for r in full] == [len(r.data["claims"]) for r in full]
    assert batch.exit_status(brief) == batch.exit_status(full)


@pytest.fixture
def served(corpus):
    """The corpus over HTTP on this machine, as a web server or object store would give it."""
    import functools
    import http.server
    import threading

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(corpus)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_workers_from_a_process_with_threads_agree(corpus):
    """A notebook kernel has threads, so its workers come from a fork server, not a fork."""
    import threading

    files = sorted(str(p) for p in corpus.glob("*.txt"))[:6]
    opts = batch.Options(reference="none")
    one = essence(batch.run(files, opts, jobs=1))
    stop = threading.Event()
    waiting = threading.Thread(target=stop.wait, daemon=True)
    waiting.start()
    try:
        assert essence(batch.run(files, opts, jobs=2)) == one
    finally:
        stop.set()


def test_dask_workers_read_urls_and_agree_with_local_files(corpus, served):
    names = sorted(p.name for p in corpus.glob("*.txt"))[:6]
    opts = batch.Options(reference="none")
    local = essence(batch.run([str(corpus / n) for n in names], opts))
    from distributed import LocalCluster

    urls = [f"{served}/{n}" for n in names]
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        remote = batch.run(urls, opts, engine="dask", scheduler=cluster.scheduler_address)
    assert [r.path for r in remote] == urls
    assert essence(remote) == local


def test_a_url_on_the_command_line(served, corpus):
    name = sorted(p.name for p in corpus.glob("*.txt"))[0]
    ok = tc("verify", f"{served}/{name}", "--format", "json", "--reference", "none")
    assert ok.returncode in (0, 1) and json.loads(ok.stdout)["document"]["path"] == f"{served}/{name}"
    missing = tc("verify", f"{served}/no-such-article.txt")
    assert missing.returncode == 2
    assert missing.stderr.strip() == f"tradecheck: {served}/no-such-article.txt: cannot fetch (File not found)"


def tc(*args):
    return subprocess.run([sys.executable, "-m", "tradecheck", *args], capture_output=True, text=True)


def test_streaming_and_resume(corpus, tmp_path):
    out = tmp_path / "results.jsonl"
    first = sorted(corpus.glob("*.txt"))[:5]
    r = tc("verify", *map(str, first), "--format", "json", "--reference", "none", "-o", str(out))
    assert r.returncode in (0, 1) and "5 documents" in r.stderr
    lines = out.read_text().splitlines()
    assert len(lines) == 5
    # an interrupted run leaves a line cut off: resume drops it and finishes the rest
    out.write_text("\n".join(lines[:4]) + "\n" + lines[4][:40])
    r = tc("verify", str(corpus), "--format", "json", "--reference", "none", "-o", str(out), "--resume", "--jobs", "2")
    assert r.returncode in (0, 1), r.stderr
    got = [json.loads(x)["document"]["path"] for x in out.read_text().splitlines()]
    assert sorted(got) == sorted(str(p) for p in corpus.glob("*.txt"))
    assert "4 skipped as done" in r.stderr


def test_resume_keeps_every_whole_line_after_a_cut_one(corpus, tmp_path):
    """Two runs writing at once, or a run killed mid-line, can leave a cut line in the
    middle: the whole lines after it are results too (issue 15, finding 4)."""
    out = tmp_path / "results.jsonl"
    first = sorted(corpus.glob("*.txt"))[:4]
    tc("verify", *map(str, first), "--format", "json", "--reference", "none", "-o", str(out))
    lines = out.read_text().splitlines()
    out.write_text(lines[0] + "\n" + lines[1][:50] + "\n" + "\n".join(lines[2:]) + "\n")
    r = tc("verify", *map(str, first), "--format", "json", "--reference", "none", "-o", str(out), "--resume")
    assert r.returncode in (0, 1), r.stderr
    assert "3 skipped as done" in r.stderr
    got = [json.loads(x)["document"]["path"] for x in out.read_text().splitlines()]
    assert sorted(got) == sorted(map(str, first))


@pytest.mark.parametrize("content", ['[1, 2, 3]\n', '{"name": "not ours"}\n', 'plain notes\n{"document": {"path": "a"}}\n'])
def test_resume_refuses_a_file_that_is_not_tradecheck_output(corpus, tmp_path, content):
    out = tmp_path / "notes.jsonl"
    out.write_text(content)
    r = tc("verify", str(sorted(corpus.glob("*.txt"))[0]), "--reference", "none", "-o", str(out), "--resume")
    assert r.returncode == 2 and "not tradecheck's output" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and out.read_text() == content


def test_workers_send_back_each_line_and_a_brief_when_asked(corpus):
    """Streaming JSON Lines, the workers encode each document's line where they checked it
    and send back only the brief beside it: the writing process has nothing left to encode.
    The lines are those a one-by-one run encodes."""
    from tradecheck.report import jsonout

    files = sorted(str(p) for p in corpus.glob("*.txt"))
    opts = batch.Options(reference="none")
    seen = []
    batch.run(files, opts, jobs=2, on_report=seen.append, keep=False, lines=True)
    full = batch.run(files, opts, jobs=1)
    assert [r.line for r in seen] == [jsonout.line(r, True) for r in full]
    assert all(set(r.data) == {"summary"} for r in seen)
    assert [(r.path, r.data["summary"], r.failing) for r in seen] == [(r.path, r.data["summary"], r.failing) for r in full]
