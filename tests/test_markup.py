"""Markdown and HTML are read as their specifications define them (CommonMark with tables,
through markdown-it-py; HTML through html.parser), every character staying where it was;
and reading them takes work in proportion to their length, whatever they hold."""
from __future__ import annotations

import json
import resource
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tradecheck.api
from tradecheck.markup import plain
from tradecheck.read import make_document


@pytest.mark.parametrize("source, reads", [
    ("# Exports **$5bn**\n", "  Exports   $5bn  \n"),
    ("Trade *rose* to [$7bn](https://x.org/a_b \"t\") in_2023.\n",
     "Trade  rose  to  $7bn                         in_2023.\n"),
    ("> - exports $3bn\n>   and more\n", "    exports $3bn\n    and more\n"),
    # (a table keeps its frame, pipes and rule, so it reads as a pipe table of plain text)
    ("| flow | value |\n|---|--:|\n| exports | $5bn |\n", "| flow | value |\n|---|--:|\n| exports | $5bn |\n"),
    ("| **flow** | value |\n|---|---|\n| exports | *$5bn* |\n", "|   flow   | value |\n|---|---|\n| exports |  $5bn  |\n"),
    ("```\n$9bn\n```\n\n    $8bn in code\n\ntext\n", "   \n    \n   \n\n                \n\ntext\n"),
    ("a &amp; b \\*c\\* `$1bn` ![map of $2bn](m.png)\n", "a &     b  *c *  $1bn    map of $2bn        \n"),
    ("Setext $1bn\n---\n", "Setext $1bn\n   \n"),
    ("x<br>y <!-- note --> z\n", "x\n   y               z\n"),
    ("<div>\n<p>$4bn</p>\n</div>\n", "\n    \n\n  $4bn\n   \n\n     \n"),
    ("a\r\n**b**\r\n", "a\r\n  b  \r\n"),
])
def test_markdown_is_read_as_commonmark(source, reads):
    assert plain(source, "markdown") == reads


@pytest.mark.parametrize("source, reads", [
    ("<p>Exports <b>$5bn</b>&nbsp;in 2023</p>", "\n  Exports    $5bn          in 2023\n   "),
    ("<script>x = '$9bn'</script><style>p{}</style>$1bn &euro;2bn &bogus;",
     "                                             $1bn €     2bn &bogus;"),
    ("<!-- $3bn -->a<![CDATA[$4bn]]>b", "             a                b"),
    ("a < b and <c", "a < b and <c"),  # a "<" that opens nothing is text
])
def test_html_is_read_as_html(source, reads):
    assert plain(source, "html") == reads


def test_claims_point_into_the_markdown_as_written():
    raw = ("# Serbia-China\n\n> Serbia's trade with **China** rose *20%* in 2023 to `$6.3bn`,\n"
           "> compared with $5.25bn in 2022.\n\n| year | exports |\n|---|---|\n| 2023 | $1.4bn |\n")
    doc = make_document(raw, path="a.md", kind="markdown")
    r = tradecheck.api.verify(doc, reference="none").to_dict()
    assert [c["text"] for c in r["claims"]] == ["20%", "$6.3bn", "$5.25bn", "$1.4bn"]
    for c in r["claims"]:
        assert raw[c["start"]:c["end"]] == c["text"]


texts = st.lists(st.sampled_from(list("<>!-[]&#;ab \n\r/*_`|\\()$5~") + ["<p>", "</p>", "<!--", "-->", "&amp;", "<![CDATA[",
                                                                          "]]>", "    ", "```", "1. "]),
                 max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(texts, st.sampled_from(["markdown", "html"]))
def test_any_text_keeps_its_length_and_line_breaks(text, kind):
    out = plain(text, kind)
    assert len(out) == len(text)
    for a, b in zip(text, out):
        if a in "\r\n":
            assert b == a
        elif b != a:
            assert b == " " or (b == "\n" and a == "<") or text.count("&")


# --- linear, whatever the text holds --------------------------------------------------

NASTY = {
    # the hand-written patterns took time in the square of these (finding 3 of issue 15)
    "a line of spaces": " " * 20_000 + "x",
    "spaces in a table rule": "|" + " " * 20_000 + "|\n|---|\n",
    "emphasis marks": "_*" * 1_250 + "a",
    "emphasis between words": "a*" * 1_250,
    "brackets": "[" * 600,
    "link openings": "[a](" * 250,
    "image openings": "![" * 250,
    "backticks": "`a" * 1_250,
    "tags never closed": "<a" * 1_250,
    "comments never closed": "<!--" * 1_250,
    "nested quotes and lists": "> - " * 1_250 + "x",
    "entities": "&amp" * 1_250,
}
HTML = {
    "tags never closed": "<a" * 10_000,
    "comments never closed": "<!--" * 5_000,
    "comments closed by nothing, each before a >": "<!--x>" * 5_000,
    "end tags never closed": "</" * 10_000,
    "processing instructions never closed": "<?" * 10_000,
    "sections never closed": "<![CDATA[" * 3_000,
    "character references that are not": "&#" * 10_000 + ";",
}
PARSERS = ("markdown_it", "html/parser.py", "_markupbase.py")


@pytest.mark.parametrize("kind, name", [("markdown", n) for n in NASTY] + [("html", n) for n in HTML])
def test_reading_is_linear_in_length(kind, name, work_done):
    text = (NASTY if kind == "markdown" else HTML)[name]
    plain("warm up *a*", kind)
    once = work_done(plain, text, kind, also=PARSERS)
    twice = work_done(plain, text + "\n\n" + text, kind, also=PARSERS)
    assert twice <= 2.2 * once, (once, twice, round(twice / once, 2))


def _cpu_limited(seconds):
    def limit():
        resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds))
    return limit


@pytest.mark.parametrize("name, text", [
    ("80,000 spaces", " " * 80_000 + "x"),
    ("400 KB of emphasis marks", "*" * 200_000 + "\n" + "_" * 200_000),
    ("100,000 unclosed HTML comments", "<div>\n" + "<!--" * 100_000),
])
def test_the_backtracking_cases_of_the_probe_read_in_bounded_cpu(tmp_path, name, text):
    """The probe's cases at its sizes: the hand-written patterns took 82 s and over 150 s of
    processor time (the comments, about 400 s). A limit of 60 s, far above the second or so
    that reading them takes now, stops a return of them; it counts processor time, so a
    busy machine does not count against it."""
    path = tmp_path / "draft.md"
    path.write_text(text + "\nExports of Serbia to China were $1.4bn in 2023.\n")
    r = subprocess.run([sys.executable, "-m", "tradecheck", "verify", str(path), "--reference", "none", "-f", "json"],
                       capture_output=True, preexec_fn=_cpu_limited(60))
    assert r.returncode in (0, 1), (r.returncode, r.stderr[-500:])
    assert [c["text"] for c in json.loads(r.stdout)["claims"]] == ["$1.4bn"]
