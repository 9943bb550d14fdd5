"""A real `tradecheck serve` on a free port, and a small HTTP client for it (the standard
library's, so the tests need nothing more). The server runs in a folder of its own with
its caches and temporary files there too, so a test can look at everything it wrote."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "data" / "examples"
DRAFT = EXAMPLES / "uzbekistan-turkey-2023-draft.md"


@dataclass
class Reply:
    status: int
    headers: dict
    body: bytes

    def json(self):
        return json.loads(self.body)


class Server:
    def __init__(self, proc: subprocess.Popen, url: str, home: Path, log: Path):
        self.proc, self.url, self.home, self.log = proc, url, home, log

    def request(self, method: str, path: str, body: bytes | None = None, headers: dict | None = None,
                timeout: float = 180) -> Reply:
        req = urllib.request.Request(self.url + path.lstrip("/"), data=body, method=method, headers=headers or {})
        try:
            with urllib.request.urlopen(req, timeout=timeout) as r:
                return Reply(r.status, {k.lower(): v for k, v in r.headers.items()}, r.read())
        except urllib.error.HTTPError as e:
            return Reply(e.code, {k.lower(): v for k, v in e.headers.items()}, e.read())

    def get(self, path: str, **kw) -> Reply:
        return self.request("GET", path, **kw)

    def post(self, path: str, payload=None, raw: bytes | None = None, content_type: str = "application/json",
             **kw) -> Reply:
        body = raw if raw is not None else json.dumps(payload).encode("utf-8")
        return self.request("POST", path, body, {"Content-Type": content_type}, **kw)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def start_server(home: Path, *args: str, files: dict | None = None, startup: float = 180) -> Server:
    """`tradecheck serve --port 0 ARGS` in `home` (with `files` written there first), once
    its workers answer /api/health."""
    home.mkdir(parents=True, exist_ok=True)
    for name, content in (files or {}).items():
        (home / name).write_text(content, encoding="utf-8")
    for d in ("tmp", "cache"):
        (home / d).mkdir(exist_ok=True)
    env = dict(os.environ, TMPDIR=str(home / "tmp"), TRADECHECK_CACHE=str(home / "cache"), PYTHONUNBUFFERED="1")
    log = home / "server.log"
    proc = subprocess.Popen([sys.executable, "-m", "tradecheck", "serve", "--port", "0", *args], cwd=home, env=env,
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=open(log, "w"))
    deadline = time.monotonic() + startup
    url = None
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the server stopped (exit {proc.returncode}): {log.read_text()}")
        if url is None:
            m = re.search(r"serving on (http://\S+/)", log.read_text())
            url = m.group(1) if m else None
        if url is not None:
            server = Server(proc, url, home, log)
            try:
                if server.get("/api/health", timeout=5).status == 200:
                    return server
            except OSError:
                pass
        time.sleep(0.2)
    proc.kill()
    raise RuntimeError(f"the server did not start in {startup} s: {log.read_text()}")


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    """One server for the session, with the default options."""
    s = start_server(tmp_path_factory.mktemp("serve"))
    yield s
    s.stop()


@pytest.fixture
def serve(tmp_path):
    """Start another server with options of its own: `serve("--timeout", "2")`, and files
    in the folder it starts in: `serve(files={".tradecheck.toml": "..."})`."""
    started = []

    def start(*args: str, files: dict | None = None) -> Server:
        started.append(start_server(tmp_path / f"serve-{len(started)}", *args, files=files))
        return started[-1]
    yield start
    for s in started:
        s.stop()


@pytest.fixture
def draft_text() -> str:
    with open(DRAFT, encoding="utf-8", newline="") as f:
        return f.read()


@pytest.fixture
def cli():
    """`cli(*args, stdin=None)`: what `tradecheck ARGS` prints, run from the checkout."""
    def run(*args: str, stdin: str | None = None) -> str:
        out = subprocess.run([sys.executable, "-m", "tradecheck", *args], cwd=ROOT, input=stdin,
                             capture_output=True, text=True, timeout=300)
        assert out.returncode in (0, 1), out.stderr
        return out.stdout
    return run
