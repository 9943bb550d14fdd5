"""`tradecheck serve`'s API, driven over HTTP on a real server: the same JSON as the command
line, every kind of bad input answered 4xx with a JSON error, concurrent requests each
with their own result, a slow check stopped without blocking the rest."""
from __future__ import annotations

import concurrent.futures as cf
import json
import subprocess
import sys
import threading
import time

from pathlib import Path

import pytest

from tradecheck.paths import is_project_file

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "data" / "examples"
DRAFT = EXAMPLES / "uzbekistan-turkey-2023-draft.md"
# the articles: the folder's README.md is about them, and `verify` leaves it out
EXAMPLE_FILES = sorted(p.name for p in EXAMPLES.iterdir() if p.suffix in (".txt", ".md") and not is_project_file(p.name))


def without_path(data: dict) -> dict:
    return dict(data, document={k: v for k, v in data["document"].items() if k != "path"})


def read(name: str) -> str:
    with open(EXAMPLES / name, encoding="utf-8", newline="") as f:
        return f.read()


def test_health(server):
    r = server.get("/api/health")
    assert r.status == 200
    body = r.json()
    assert body["status"] == "ok" and body["workers"] >= 1 and body["max_bytes"] == 1024 * 1024


@pytest.mark.parametrize("name", EXAMPLE_FILES)
def test_verify_answers_what_the_command_line_prints(server, cli, name):
    r = server.post("/api/verify", {"text": read(name), "name": name})
    assert r.status == 200 and r.headers["content-type"] == "application/json"
    got = r.json()
    assert got["document"]["path"] == name  # the API names the document by the name sent
    assert without_path(got) == without_path(json.loads(cli("verify", f"data/examples/{name}", "--format", "json")))


def test_shipped_draft_has_its_two_slips(server, draft_text):
    got = server.post("/api/verify", {"text": draft_text, "name": DRAFT.name}).json()
    bad = [f for f in got["findings"] if f["status"] == "inconsistent"]
    assert sorted(f["check"] for f in bad) == ["percent_change", "sum"]
    assert got["summary"]["failing"] == 2


def test_pasted_text_matches_stdin(server, cli, draft_text):
    """Without a name the text is read as plain text, as `tradecheck verify -` reads stdin."""
    got = server.post("/api/verify", {"text": draft_text}).json()
    assert got["document"]["path"] == "<text>"
    assert without_path(got) == without_path(json.loads(cli("verify", "-", "--format", "json", stdin=draft_text)))


@pytest.mark.parametrize("payload,args", [
    ({"published": "2023-06-01", "reference": "none"}, ["--published", "2023-06-01", "--reference", "none"]),
    ({"reference": "IMF DOTS"}, ["--reference", "IMF DOTS"]),
    ({"reference": "published"}, ["--reference", "published"]),
    ({"kind": "text"}, []),
])
def test_options_match_the_command_line(server, cli, payload, args):
    name = "uzbekistan-turkey-2023.txt"
    got = server.post("/api/verify", {"text": read(name), "name": name, **payload}).json()
    assert without_path(got) == without_path(json.loads(cli("verify", f"data/examples/{name}", *args, "--format", "json")))


def test_extract_answers_claims_only(server, cli, draft_text):
    got = server.post("/api/extract", {"text": draft_text, "name": DRAFT.name}).json()
    assert set(got) == {"document", "claims"}
    assert without_path(got) == without_path(json.loads(cli("extract", f"data/examples/{DRAFT.name}", "--format", "json")))


@pytest.mark.parametrize("fmt", ["csv", "sarif", "markdown"])
def test_downloads_match_the_command_line(server, cli, draft_text, fmt):
    r = server.post("/api/verify", {"text": draft_text, "name": DRAFT.name, "format": fmt})
    assert r.status == 200
    assert f'filename="uzbekistan-turkey-2023-draft.{ {"markdown": "md"}.get(fmt, fmt) }"' in r.headers["content-disposition"]
    printed = cli("verify", f"data/examples/{DRAFT.name}", "--format", fmt)
    assert r.body.decode("utf-8") == printed.replace(f"data/examples/{DRAFT.name}", DRAFT.name)


def test_sources_and_series(server):
    sources = server.get("/api/sources").json()
    assert sources["default"] == "all"
    assert "IMF DOTS" in [s["source"] for s in sources["sources"]]
    series = server.get("/api/series?a=UZB&b=TUR&measure=trade_total").json()
    points = {p["period"]: p["value_usd"] for s in series["series"] for p in s["points"]}
    assert "2019" in points and points["2019"] > 1e9
    empty = server.get("/api/series?a=UZB&b=TUR&reference=none").json()
    assert empty["series"] == []


BIG = "x" * (1024 * 1024 + 1)


@pytest.mark.parametrize("body,content_type,status,code", [
    (b"this is not JSON", "application/json", 400, "not_json"),
    (b"\xff\xfe", "application/json", 400, "not_json"),
    (b'["a list"]', "application/json", 400, "not_an_object"),
    (b"{}", "application/json", 422, "missing_text"),
    (b'{"text": null}', "application/json", 422, "missing_text"),
    (b'{"text": 42}', "application/json", 422, "bad_text"),
    (b'{"text": "a\\u0000b"}', "application/json", 422, "binary_text"),
    (b'{"text": "\\ud800"}', "application/json", 422, "bad_text"),
    (json.dumps({"text": BIG}).encode(), "application/json", 413, "too_large"),
    (b'{"text": "x", "published": "2024-02-30"}', "application/json", 422, "bad_date"),
    (b'{"text": "x", "published": "12/02/2024"}', "application/json", 422, "bad_date"),
    (b'{"text": "x", "published": 2024}', "application/json", 422, "bad_date"),
    (b'{"text": "x", "reference": "Atlantis Trade Office"}', "application/json", 422, "unknown_reference"),
    (b'{"text": "x", "reference": "/etc/tradecheck/secret.csv"}', "application/json", 422, "unknown_reference"),
    (b'{"text": "x", "reference": ""}', "application/json", 422, "unknown_reference"),
    (b'{"text": "x", "kind": "pdf"}', "application/json", 422, "bad_kind"),
    (b'{"text": "x", "format": "pdf"}', "application/json", 422, "bad_format"),
    (b'{"text": "x", "publshed": "2024-01-01"}', "application/json", 422, "unknown_field"),
    (b'{"text": "x"}', "text/plain", 415, "not_json"),
])
def test_bad_input_gets_a_4xx_naming_the_problem(server, body, content_type, status, code):
    r = server.post("/api/verify", raw=body, content_type=content_type)
    assert r.status == status
    assert r.headers["content-type"] == "application/json"
    err = r.json()
    assert err["code"] == code and err["error"]
    assert "Traceback" not in err["error"]
    if "field" in err:
        assert err["field"] in err["error"] or err["field"] == "text"


def test_a_body_too_large_is_refused_before_it_is_read(server):
    """The declared length alone decides: the answer comes before a byte of the body is sent."""
    import http.client
    from urllib.parse import urlsplit

    u = urlsplit(server.url)
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=60)
    conn.putrequest("POST", "/api/verify")
    conn.putheader("Content-Type", "application/json")
    conn.putheader("Content-Length", str(100 * 1024 * 1024))
    conn.endheaders()
    r = conn.getresponse()
    assert r.status == 413 and json.loads(r.read())["code"] == "too_large"
    conn.close()


@pytest.mark.parametrize("method,path,status,code", [
    ("GET", "/api/verify", 405, "method_not_allowed"),
    ("GET", "/api/nothing-here", 404, "not_found"),
    ("GET", "/api/series?a=UZ&b=TUR", 422, "bad_country"),
    ("GET", "/api/series?a=UZB&b=TUR&measure=gdp", 422, "bad_measure"),
    ("GET", "/api/series?a=UZB&b=TUR&reference=Atlantis", 422, "unknown_reference"),
])
def test_wrong_routes_answer_json(server, method, path, status, code):
    r = server.request(method, path)
    assert r.status == status and r.json()["code"] == code


def test_a_foreign_host_name_is_refused(server):
    """Bound to the loopback interface, the server answers to its own names only, so a
    site elsewhere cannot reach it through a name of its own pointed at 127.0.0.1."""
    r = server.request("GET", "/api/health", headers={"Host": "attacker.example"})
    assert r.status == 400
    assert server.request("GET", "/api/health", headers={"Host": "localhost:1234"}).status == 200


def test_the_page_and_its_assets_are_served_with_a_strict_policy(server):
    page = server.get("/")
    assert page.status == 200 and page.headers["content-type"].startswith("text/html")
    policy = page.headers["content-security-policy"]
    assert "default-src 'self'" in policy and "script-src 'self'" in policy
    html = page.body.decode()
    for asset in ("/static/app.js", "/static/style.css"):
        assert asset in html
        assert server.get(asset).status == 200
    assert "http://" not in html.replace("http://www.w3.org", "") and "https://" not in html
    assert "https://" not in server.get("/static/app.js").body.decode()


def test_twenty_concurrent_requests_each_get_their_own_result(server):
    from tradecheck.api import verify
    from tradecheck.read import make_document

    def text(i: int) -> str:
        return (f"Uzbek exports to Turkey reached ${1 + i / 10:.1f}bn in 2023, while imports from Turkey came to "
                f"$2.1bn, leaving Tashkent with a deficit of ${1.1 - i / 10:.1f}bn.")

    def expected(i: int) -> dict:
        return json.loads(json.dumps(verify(make_document(text(i), path=f"draft-{i}.txt")).to_dict()))

    def post(i: int):
        return server.post("/api/verify", {"text": text(i), "name": f"draft-{i}.txt"}, timeout=300)

    start = threading.Barrier(20)

    def post_together(i: int):
        start.wait(timeout=60)
        return post(i)

    with cf.ThreadPoolExecutor(20) as pool:
        replies = list(pool.map(post_together, range(20)))
    assert [r.status for r in replies] == [200] * 20
    for i, r in enumerate(replies):
        assert r.json() == expected(i), f"request {i}"
    # the figures differ, so a mix-up would show: some sums hold, others do not
    assert len({json.dumps(r.json()["findings"]) for r in replies}) == 20


def test_nothing_posted_is_written_on_the_server(server):
    marker = "Zanzibarian exports of quokka-wool reached $9.87bn in 2021"
    assert server.post("/api/verify", {"text": marker, "name": "marker.txt"}).status == 200
    assert server.post("/api/extract", {"text": marker}).status == 200
    for path in server.home.rglob("*"):
        if path.is_file() and path != server.log:
            assert b"quokka" not in path.read_bytes(), path


def test_a_slow_check_is_stopped_and_does_not_block_others(serve):
    """A 600 kB article takes far longer than 5 s to check: it is stopped with a 504, a
    short draft posted meanwhile is answered by the other worker, and the stopped worker
    is replaced."""
    slow = serve("--timeout", "5", "--workers", "2")
    short_text = read("uzbekistan-turkey-2023.txt")
    with cf.ThreadPoolExecutor(2) as pool:  # both workers past their first check
        assert [r.status for r in pool.map(lambda _: slow.post("/api/verify", {"text": short_text}), range(2))] == [200, 200]
    long_text = (short_text + "\n\n") * 1000
    assert len(long_text.encode()) > 600_000
    box = {}
    t = threading.Thread(target=lambda: box.update(r=slow.post("/api/verify", {"text": long_text})))
    t.start()
    deadline = time.monotonic() + 60
    while slow.get("/api/health").json()["busy"] < 1 and time.monotonic() < deadline and t.is_alive():
        time.sleep(0.05)
    short = slow.post("/api/verify", {"text": short_text})
    t.join(120)
    assert box["r"].status == 504
    assert box["r"].json()["code"] == "timeout" and "5 s" in box["r"].json()["error"]
    assert short.status == 200, short.body
    deadline = time.monotonic() + 120
    while slow.get("/api/health").json()["workers"] < 2 and time.monotonic() < deadline:
        time.sleep(0.2)
    assert slow.get("/api/health").json()["workers"] == 2
    assert slow.post("/api/verify", {"text": short_text}).status == 200


def test_settings_come_from_the_folder_the_server_starts_in(serve, cli, tmp_path):
    """As for stdin on the command line: the working folder's .tradecheck.toml applies."""
    settings = 'reference = "none"\ndisable = ["percent_change"]\n'
    configured = serve(files={".tradecheck.toml": settings})
    assert configured.get("/api/sources").json()["default"] == "none"
    text = read("uzbekistan-turkey-2023-draft.md")
    got = configured.post("/api/verify", {"text": text}).json()
    assert {f["check"] for f in got["findings"]} == {"sum"}
    folder = tmp_path / "drafts"
    folder.mkdir()
    (folder / ".tradecheck.toml").write_text(settings)
    out = subprocess.run([sys.executable, "-m", "tradecheck", "verify", "-", "--format", "json"], cwd=folder,
                         input=text, capture_output=True, text=True, timeout=300)
    assert without_path(got) == without_path(json.loads(out.stdout))


def test_a_bad_setting_stops_the_server_with_one_line(tmp_path):
    (tmp_path / ".tradecheck.toml").write_text('fail-on = "sometimes"\n')
    out = subprocess.run([sys.executable, "-m", "tradecheck", "serve", "--port", "0"], cwd=tmp_path,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 2
    assert "fail-on = 'sometimes'" in out.stderr and "Traceback" not in out.stderr


def test_every_route_is_documented_in_the_readme():
    from starlette.routing import Route

    from tradecheck.web.app import create_app

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "tradecheck serve" in readme
    for route in create_app().routes:
        if isinstance(route, Route) and route.path.startswith("/api/"):
            assert f"{sorted(route.methods - {'HEAD'})[0]} {route.path}" in readme, route.path


def test_the_server_says_when_its_port_is_taken(server):
    port = server.url.rsplit(":", 1)[1].strip("/")
    out = subprocess.run([sys.executable, "-m", "tradecheck", "serve", "--port", port], capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 2
    assert f"cannot listen on 127.0.0.1:{port}" in out.stderr and "Traceback" not in out.stderr


def test_serve_listens_on_localhost_by_default(server):
    assert server.url.startswith("http://127.0.0.1:")
    out = subprocess.run([sys.executable, "-m", "tradecheck", "serve", "--help"], capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0 and "--host" in out.stdout and "127.0.0.1" in out.stdout


def test_verify_does_not_import_the_web_stack():
    """The command line's start-up is measured: `serve` imports its framework itself."""
    out = subprocess.run([sys.executable, "-X", "importtime", "-m", "tradecheck", "verify", str(DRAFT),
                          "--reference", "none"], capture_output=True, text=True, timeout=300)
    assert out.returncode == 1, out.stderr[-2000:]
    imported = {line.split("|")[-1].strip().split(".")[0] for line in out.stderr.splitlines() if "|" in line}
    assert not imported & {"starlette", "uvicorn", "anyio", "h11"}
