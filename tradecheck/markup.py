"""Markdown and HTML read as text, with every character where it was.

Markup is not removed but masked: tags, comments, link targets, emphasis marks and
entities become spaces (block tags a newline), so the plain text has the same length as
the file and every offset, line and column of a claim points into the file as written."""
from __future__ import annotations

import html
import re

MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")

_BLOCK_TAGS = r"p|div|br|hr|li|ul|ol|tr|td|th|table|thead|tbody|h[1-6]|section|article|header|footer|blockquote|pre|figure|figcaption|dd|dt|dl|main|aside|nav|title"
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_SCRIPT = re.compile(r"<(script|style|noscript)\b[^>]*>.*?</\1\s*>", re.S | re.I)
_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>|<![^>]*>|<\?[^>]*\?>")
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]{1,31});")


def kind_of(path: str) -> str:
    p = path.lower()
    if p.endswith(MARKDOWN_SUFFIXES):
        return "markdown"
    if p.endswith(HTML_SUFFIXES):
        return "html"
    return "text"


def _blank(m: re.Match) -> str:
    """Spaces of the same length, keeping the newlines inside."""
    return re.sub(r"[^\n\r]", " ", m.group(0))


def plain(text: str, kind: str) -> str:
    if kind == "html":
        return _html(text)
    if kind == "markdown":
        return _markdown(text)
    return text


def _html(text: str) -> str:
    out = _COMMENT.sub(_blank, text)
    out = _SCRIPT.sub(_blank, out)

    def tag(m: re.Match) -> str:
        s = _blank(m)
        name = (m.group(1) or "").lower()
        if re.fullmatch(_BLOCK_TAGS, name) and "\n" not in s:
            return "\n" + s[1:] if len(s) > 1 else "\n"
        return s
    out = _TAG.sub(tag, out)

    def entity(m: re.Match) -> str:
        ch = html.unescape(m.group(0))
        if len(ch) != 1 or ch == "&":
            ch = " " if ch != "&" else "&"
        if ch == "\xa0":
            ch = " "
        return ch + " " * (len(m.group(0)) - 1)
    return _ENTITY.sub(entity, out)


_MD_RULES = [
    (re.compile(r"<!--.*?-->", re.S), _blank),                                   # comments
    (re.compile(r"^```.*?^```[^\n]*$", re.S | re.M), _blank),                    # fenced code
    (re.compile(r"!?\[([^\]\n]*)\]\(([^)\n]*)\)"), None),                        # links and images
    (re.compile(r"^(\s{0,3})(#{1,6})(\s)", re.M), None),                         # headings
    (re.compile(r"^(\s{0,3})(>+)", re.M), None),                                 # quotes
    (re.compile(r"(\*\*|__|\*|_|~~|`)(?=\S)|(?<=\S)(\*\*|__|\*|_|~~|`)"), None), # emphasis, code
    (re.compile(r"^\s*\|?(\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$", re.M), _blank),     # table rules
    (re.compile(r"\|"), None),                                                   # table cells
    (re.compile(r"^(\s*)([-*+]|\d+[.)])(\s)", re.M), None),                      # list markers
]


def _markdown(text: str) -> str:
    out = text
    for rx, fn in _MD_RULES:
        if fn is not None:
            out = rx.sub(fn, out)
            continue
        out = rx.sub(_md_mask(rx), out)
    return _html(out) if re.search(r"<[a-zA-Z!/]", out) else out


def _md_mask(rx: re.Pattern):
    def mask(m: re.Match) -> str:
        g = m.group(0)
        pat = rx.pattern
        if pat.startswith("!?\\["):  # [text](url): keep the text
            label = m.group(1)
            start = g.index("[") + 1
            return " " * start + label + " " * (len(g) - start - len(label))
        if "#{1,6}" in pat or "(>+)" in pat or "[-*+]" in pat:
            return m.group(1) + " " * len(m.group(2)) + (m.group(3) if m.lastindex and m.lastindex >= 3 else "")
        if g == "|":
            return " "
        return " " * len(g)
    return mask


def line_col(text: str):
    """A function offset -> (line, column), both 1-based, counting CRLF as one line break."""
    import bisect

    starts = [0] + [m.end() for m in re.finditer(r"\r\n|\n|\r", text)]

    def at(offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(starts, offset) - 1
        return i + 1, offset - starts[i] + 1
    return at


def locate(data: dict, source: str) -> None:
    """Line and column (1-based) of every claim and finding, in the text as written."""
    at = line_col(source)
    for c in data["claims"]:
        c["line"], c["column"] = at(c["start"])
        c["end_line"], c["end_column"] = at(max(c["start"], c["end"] - 1))
        c["end_column"] += 1
    for f in data["findings"]:
        if f["spans"]:
            s, e = f["spans"][0]
            f["line"], f["column"] = at(s)
            f["end_line"], f["end_column"] = at(max(s, e - 1))
            f["end_column"] += 1
