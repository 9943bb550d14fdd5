"""Bad input gets a clear one-line answer and exit 2; odd input still works; any text
can be extracted; no network outside `reference fetch`."""
import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tradecheck

SCHEMA = json.loads((Path(__file__).parent / "contract.schema.json").read_text())
GOOD = "Serbia's trade with China rose 20% in 2023 to $6.3bn, compared with $5.25bn in 2022.\n"


def cli(*args, stdin=None, env=None):
    e = dict(os.environ, **(env or {}))
    return subprocess.run([sys.executable, "-m", "tradecheck", *args], input=stdin, capture_output=True, env=e)


def _make(tmp_path, name, content):
    p = tmp_path / name
    if content is None:
        return str(p)
    if isinstance(content, str) and content == "<dir>":
        p.mkdir()
        return str(p)
    p.write_bytes(content)
    return str(p)


BAD = [
    # (what, file content or None for missing, extra args, exit, message)
    ("missing file", None, [], 2, "no such file"),
    ("an empty folder", "<dir>", [], 2, "no files matched"),
    ("binary with NUL", b"PK\x03\x04\x00\x00binary", [], 2, "binary file"),
    ("invalid UTF-8", b"Exports reached $5bn \xff\xfe in 2023", [], 2, "not valid UTF-8"),
    ("Latin-1 text", "Exports to Côte d'Ivoire reached $5bn".encode("latin-1"), [], 2, "offset"),
    ("bad UTF-16", b"\xff\xfeA\x00\x00\xd8", [], 2, "UTF-16"),
    ("unknown encoding", GOOD.encode(), ["--encoding", "no-such-codec"], 2, "cannot decode"),
    ("wrong declared encoding", "€5bn".encode("utf-8"), ["--encoding", "ascii"], 2, "cannot decode"),
    ("too large", GOOD.encode() * 100, ["--max-bytes", "500"], 2, "larger than the limit"),
    ("bad published date", GOOD.encode(), ["--published", "2024-13-45"], 2, "not a date"),
    ("published not a date", GOOD.encode(), ["--published", "yesterday"], 2, "not a date"),
    ("reference file missing", GOOD.encode(), ["--reference", "/no/such/file.csv"], 2, "no such file"),
    ("bad --revision", GOOD.encode(), ["--revision", "7"], 2, "revision"),
    ("unknown format", GOOD.encode(), ["--format", "xml"], 2, "format"),
    ("unknown option", GOOD.encode(), ["--frobnicate"], 2, "frobnicate"),
    ("corrupt store file", GOOD.encode(), ["--store", "<badstore>"], 2, "cannot be read"),
]


@pytest.mark.parametrize("what, content, extra, status, message", BAD, ids=[b[0] for b in BAD])
def test_bad_input(tmp_path, what, content, extra, status, message):
    path = _make(tmp_path, "in.txt", content)
    if "<badstore>" in extra:
        store = tmp_path / "store"
        store.mkdir()
        (store / "broken.parquet").write_bytes(b"not parquet at all")
        extra = [str(store) if x == "<badstore>" else x for x in extra]
    r = cli("verify", path, *extra)
    err = r.stderr.decode()
    assert r.returncode == status, err
    assert message.lower() in err.lower(), err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err  # usage errors too


@pytest.mark.parametrize("raw, first_claim", [
    (GOOD.encode("utf-8-sig"), "20%"),
    (GOOD.encode("utf-16"), "20%"),
    (GOOD.replace("\n", "\r\n").encode() * 3, "20%"),
    (b"", None),
    (b"   \n\t\n", None),
])
def test_odd_but_valid_input(tmp_path, raw, first_claim):
    path = _make(tmp_path, "odd.txt", raw)
    r = cli("verify", path, "--format", "json", "--reference", "none")
    assert r.returncode in (0, 1), r.stderr
    d = json.loads(r.stdout)
    jsonschema.validate(d, SCHEMA)
    if first_claim is None:
        assert d["claims"] == [] and b"no claims found" in r.stderr
    else:
        assert d["claims"][0]["text"] == first_claim


def test_crlf_offsets_point_into_the_file_as_written(tmp_path):
    raw = GOOD.replace("\n", "\r\n") * 3
    path = _make(tmp_path, "crlf.txt", raw.encode())
    d = json.loads(cli("extract", path, "--format", "json").stdout)
    for c in d["claims"]:
        assert raw[c["start"]:c["end"]] == c["text"]


def test_stdin():
    r = cli("verify", "-", "--format", "json", "--reference", "none", stdin=GOOD.encode())
    assert json.loads(r.stdout)["claims"]


# Time and memory linear in the length of the input: tests/test_linear.py (work counted)
# and benchmarks/linearity.py (seconds and megabytes).


# --- properties of extraction on any text ----------------------------------------------

news_words = st.sampled_from([
    "exports", "imports", "trade", "surplus", "deficit", "rose", "fell", "by", "to", "from", "$",
    "€", "bn", "million", "billion", "%", "per cent", "China", "Belarus's", "Iran", "2022", "2023",
    "last year", "more than", "about", "tripled", "sixfold", "a fifth", "of", "total", ",", ".", "\n",
    "(", ")", "Rs", "N", "1.5", "3,45,940", "4,77", "12", "0.7", "US$", "three times higher than",
])
texts = st.one_of(st.text(max_size=300), st.lists(news_words, max_size=60).map(" ".join))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_extraction_never_raises_and_spans_are_exact(text):
    d = tradecheck.verify_text(text, reference="none").to_dict()
    jsonschema.validate(json.loads(json.dumps(d)), SCHEMA)
    for c in d["claims"]:
        assert 0 <= c["start"] < c["end"] <= len(text)
        assert text[c["start"]:c["end"]] == c["text"]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from([
    "The ministry did not comment.", "Officials met in Geneva on Tuesday.",
    "Shares in the port operator were unchanged.", "The talks will resume next month.",
]))
def test_unrelated_sentences_change_no_value(extra):
    base = ("Serbia's trade with China rose 20% in 2023 to $6.3bn, compared with $5.25bn in 2022.\n\n"
            "Serbian exports to China exceeded $1.4bn, having doubled since 2021, when they were $0.7bn.")
    a = tradecheck.extract_claims(base)
    b = tradecheck.extract_claims(base.replace("\n\n", f"\n\n{extra}\n\n"))
    cols = ["text", "value", "factor", "measure", "reporter", "partner", "period"]
    assert a[cols].astype(str).values.tolist() == b[cols].astype(str).values.tolist()


# --- no network ------------------------------------------------------------------------

def test_no_network_outside_fetch(monkeypatch, tmp_path, examples):
    def refuse(*a, **k):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    from typer.testing import CliRunner

    from tradecheck.cli import app

    runner = CliRunner()
    for args in (["verify", str(examples / "uzbekistan-turkey-2023.txt"), "--store", str(tmp_path)],
                 ["extract", str(examples / "uzbekistan-turkey-2023.txt")],
                 ["reference", "list", "--store", str(tmp_path)],
                 ["reference", "show", "BLR", "IRN", "--store", str(tmp_path)]):
        r = runner.invoke(app, args)
        assert r.exit_code in (0, 1), (args, r.output, r.exception)


# --- numbers that are not numbers --------------------------------------------------------

@pytest.mark.parametrize("figure", [
    "$" + "9" * 5000 + " trillion",  # overflows to infinity
    "$1" + "0" * 400,  # its rounding unit overflows too
    "$" + "9" * 200 + " trillion",  # finite, but no trade figure in any currency
])
def test_a_figure_too_large_to_be_one_is_not_read(figure):
    text = (f"Exports from Belarus to Iran were {figure} in 2022, imports from Iran were $1bn in 2022, "
            "and their trade was $1bn in 2022.")
    r = cli("verify", "-", "--format", "json", "--reference", "none", stdin=text.encode())
    assert r.returncode in (0, 1), r.stderr
    d = json.loads(r.stdout)
    assert [c["text"] for c in d["claims"]] == ["$1bn", "$1bn"]
    assert not any("inf" in f["message"] for f in d["findings"])


def test_a_percentage_too_large_to_be_one_is_not_read():
    r = tradecheck.verify_text("Belarus's exports to Iran rose " + "9" * 400 + "% in 2023 to $5bn from $4bn in 2022.",
                               reference="none").to_dict()
    assert [c["kind"] for c in r["claims"]] == ["amount", "amount"]
