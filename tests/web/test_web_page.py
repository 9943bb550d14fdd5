"""The page in a real browser: headless Chromium from Debian's packages (browsers cannot be
downloaded here), driven by Playwright pointed at it. Skipped, with the reason, where
either is missing; the HTTP tests run regardless.

With TRADECHECK_SCREENSHOTS=DIR the screenshots are also written to DIR: the README's come
from `TRADECHECK_SCREENSHOTS=data/examples/web pytest tests/web/test_web_page.py`."""
from __future__ import annotations

import importlib.util
import json
import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DRAFT = ROOT / "data" / "examples" / "uzbekistan-turkey-2023-draft.md"
CHROMIUM = os.environ.get("TRADECHECK_CHROMIUM", "/usr/bin/chromium")
# what works on a machine without a display, a GPU or a network beyond the package registries
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]

# decided before any server starts
pytestmark = [
    pytest.mark.skipif(importlib.util.find_spec("playwright") is None,
                       reason="playwright is not installed (pip install playwright); the HTTP tests cover the API"),
    pytest.mark.skipif(not Path(CHROMIUM).is_file(),
                       reason=f"no Chromium at {CHROMIUM} (apt-get install chromium, as .ci/run does, "
                              "or set TRADECHECK_CHROMIUM); the HTTP tests cover the API"),
]


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import Error, sync_playwright

    with sync_playwright() as p:
        try:
            b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        except Error as e:
            pytest.skip(f"Chromium at {CHROMIUM} does not start here: {str(e).splitlines()[0]}")
        yield b
        b.close()


@pytest.fixture
def page(browser):
    """A page in a fresh context, failing the test on any script error."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    pg = context.new_page()
    errors = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    # the browser logs a 4xx answer as an error; those the tests provoke on purpose are fine
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" and "status of 4" not in m.text else None)
    pg.set_default_timeout(60_000)
    yield pg
    context.close()
    assert errors == []


def save(page, tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 10_000
    if os.environ.get("TRADECHECK_SCREENSHOTS"):
        target = Path(os.environ["TRADECHECK_SCREENSHOTS"])
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, target / name)
    return path


def check(page, server, text: str):
    page.goto(server.url)
    page.fill("#text", text)
    page.click("#check")
    page.wait_for_selector("#result:not([hidden])")


def marked(page, selector: str) -> list[str]:
    return page.eval_on_selector_all(selector, "ns => ns.map(n => n.dataset.claim + '=' + n.textContent)")


def test_the_draft_is_checked_with_its_slips_marked(server, page, tmp_path):
    with open(DRAFT, encoding="utf-8") as f:
        draft = f.read()
    expected = server.post("/api/verify", {"text": draft}).json()
    bad = [f for f in expected["findings"] if f["status"] == "inconsistent"]
    bad_ids = {cid for f in bad for cid in f["claims"]}
    texts = {c["id"]: c["text"] for c in expected["claims"]}

    check(page, server, draft)
    # every figure of an inconsistent finding is marked as such, in place, and only those
    assert sorted(marked(page, "#article mark.s-inconsistent")) == sorted(f"{i}={texts[i]}" for i in bad_ids)
    assert {t.split("=", 1)[1] for t in marked(page, "#article mark.s-inconsistent")} == {
        "31%", "$3.4bn", "$3.0bn", "$1.3bn", "$2.1bn", "$1.8bn"}
    assert len(marked(page, "#article mark.claim")) == len(expected["claims"])
    # the findings are listed with their arithmetic
    listed = page.eval_on_selector_all("#findings .finding.s-inconsistent .msg", "ns => ns.map(n => n.textContent)")
    assert listed == [f["message"] for f in bad]
    assert "7 figures, 11 findings: 2 inconsistent" in page.text_content("#summary")

    # the pair's reference series, with the draft's figures on it
    page.wait_for_selector("#chart:not([hidden]) svg")
    assert page.locator("#chart .pt").count() >= 3
    assert "IMF DOTS" in page.text_content("#chart-legend")

    # a finding, clicked, marks all of its figures (here and on the chart)
    balance = next(f for f in bad if f["check"] == "sum")
    page.click(f'.finding[data-finding="{balance["id"]}"]')
    assert sorted(m.split("=")[0] for m in marked(page, "#article mark.focus")) == sorted(balance["claims"])
    save(page, tmp_path, "tradecheck-serve.png")

    # a figure, clicked, shows how it was read
    deficit = next(c for c in expected["claims"] if c["measure"] == "balance")
    page.click(f'#article mark[data-claim="{deficit["id"]}"]')
    card = page.locator("#card")
    assert card.is_visible()
    decided = deficit["attribution"]["period"]
    decided = {"text": "read in its sentence", "context": "carried from an earlier sentence"}.get(decided, decided)
    for words in ("-$1.8bn", "UZB's balance with TUR", "2023", decided):
        assert words in card.text_content()
    page.keyboard.press("Escape")
    assert not card.is_visible()


def test_the_page_reads_on_a_phone(server, page, tmp_path):
    with open(DRAFT, encoding="utf-8") as f:
        draft = f.read()
    page.set_viewport_size({"width": 390, "height": 844})
    check(page, server, draft)
    page.wait_for_selector("#chart:not([hidden]) svg")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    article = page.locator(".article-wrap").bounding_box()
    aside = page.locator("aside").bounding_box()
    assert aside["y"] >= article["y"] + article["height"]  # one column: the findings below the text
    save(page, tmp_path, "tradecheck-serve-phone.png")
    page.click('#article mark.s-inconsistent >> nth=0')
    card = page.locator("#card").bounding_box()
    assert card["x"] >= 0 and card["x"] + card["width"] <= 390


def test_markup_in_a_draft_shows_as_text(server, page):
    text = ('<script>window.pwned = 1</script><img src="x" onerror="window.pwned = 2"> '
            "Trade between Belarus and Iran was $100mn in 2022.")
    check(page, server, text)
    assert page.text_content("#article") == text
    assert page.locator("#article script, #article img").count() == 0
    assert page.evaluate("window.pwned === undefined")
    assert marked(page, "#article mark.claim") == ["c1=$100mn"]


def test_offsets_hold_after_characters_beyond_the_bmp(server, page):
    """The JSON counts code points, JavaScript UTF-16 units: an emoji must not shift the marks."""
    text = "🚢🚢 Trade between Belarus and Iran was $100mn in 2022, more than three times higher than in 2021 ($33mn)."
    check(page, server, text)
    claims = server.post("/api/verify", {"text": text}).json()["claims"]
    assert marked(page, "#article mark.claim") == [f"{c['id']}={c['text']}" for c in claims]


def test_open_a_file_and_download_the_results(server, page, tmp_path):
    page.goto(server.url)
    page.set_input_files("#file", str(DRAFT))
    # (a locator's wait, not a string of script: the page's policy forbids evaluating strings,
    # and newer Playwright releases evaluate wait_for_function's string under it)
    from playwright.sync_api import expect

    expect(page.locator("#text")).not_to_have_value("")
    with open(DRAFT, encoding="utf-8") as f:
        assert page.input_value("#text") == f.read()
    page.click("#check")
    page.wait_for_selector("#result:not([hidden])")
    assert page.text_content("#doc-name") == DRAFT.name
    with open(DRAFT, encoding="utf-8") as f:
        request = {"text": f.read(), "name": DRAFT.name}
    for fmt in ("json", "csv", "sarif"):
        with page.expect_download() as info:
            page.click(f'.download[data-format="{fmt}"]')
        download = info.value
        assert download.suggested_filename == f"uzbekistan-turkey-2023-draft.{fmt}"
        got = Path(download.path()).read_text(encoding="utf-8")
        answer = server.post("/api/verify", dict(request, **({"format": fmt} if fmt != "json" else {})))
        assert got == answer.body.decode("utf-8")
    assert json.loads(got)["version"] == "2.1.0"  # SARIF


def test_problems_are_shown_not_thrown(server, page):
    page.goto(server.url)
    page.click("#check")
    assert "Paste a draft" in page.text_content("#error")
    page.evaluate("document.getElementById('text').value = 'x'.repeat(1024 * 1024 + 1)")
    page.click("#check")
    page.wait_for_selector("#error:not([hidden])")
    assert "over the limit" in page.text_content("#error")
