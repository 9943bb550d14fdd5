"""Markdown and HTML read as text, with every character where it was.

Markdown is parsed as CommonMark (with GitHub's tables and strikethrough) by markdown-it-py,
HTML by the standard library's `html.parser`; both say where each piece of text comes from.
Only text is kept: tags, comments, code blocks, link targets, emphasis marks, heading, list
and quote markers and rules become spaces (block tags of HTML a line break), an entity
becomes its character, and line breaks stay. A table keeps its pipes and the rule under its
header, so it reads as a pipe-parted table of plain text (its header's units and periods
apply to the cells under them). So the plain text has the same length
as the file, and every offset, line and column of a claim points into the file as written.
"""
from __future__ import annotations

import bisect
import functools
import re

MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")

BLOCK_TAGS = frozenset("p div br hr li ul ol tr td th table thead tbody h1 h2 h3 h4 h5 h6 section article header "
                       "footer blockquote pre figure figcaption dd dt dl main aside nav title".split())
# Elements whose content is not text a reader sees
HIDDEN_TAGS = frozenset(("script", "style", "noscript", "template"))


def kind_of(path: str) -> str:
    p = path.lower()
    if p.endswith(MARKDOWN_SUFFIXES):
        return "markdown"
    if p.endswith(HTML_SUFFIXES):
        return "html"
    return "text"


# a cell of a pipe table set in bold ("| **Total** | **239.9** |"): the markers around it
_BOLD_CELL = re.compile(r"(?<=\|)([^\S\n]*)(\*\*|__)([^|*_\n]+?)\2(?=[^\S\n]*\|)")


def unbolded_table_cells(text: str) -> str:
    """A plain text with a Markdown table pasted in, its total row set in bold ("| **Total** |
    **239.9** |"), read with the bold markers as spaces, so the row is a row of figures like
    the others (the Markdown reader masks them the same way); offsets kept."""
    if "**" not in text and "__" not in text:
        return text  # (cheap: no bold anywhere)
    return _BOLD_CELL.sub(lambda m: m[1] + " " * len(m[2]) + m[3] + " " * len(m[2]), text)


def plain(text: str, kind: str) -> str:
    if kind == "html":
        return _compose(text, *_html(text))
    if kind == "markdown":
        return _compose(text, *_markdown(text))
    return text


# ---------------------------------------------------------------------------------------
# Putting the text back together


_LINE = re.compile(r"[^\r\n]+")


def _blank(s: str) -> str:
    """Spaces for `s`, its line breaks kept."""
    if "\n" not in s and "\r" not in s:
        return " " * len(s)
    return _LINE.sub(lambda m: " " * (m.end() - m.start()), s)


def _compose(text: str, keep: list[tuple[int, int]], marks: dict[int, str]) -> str:
    """`text` with only the spans in `keep` as written, the characters in `marks` written
    over their offsets, and every other character a space (line breaks stay)."""
    pieces = [(s, e, None) for s, e in keep if s < e] + [(i, i + 1, ch) for i, ch in marks.items()]
    pieces.sort(key=lambda p: (p[0], p[1]))
    out, pos = [], 0
    for s, e, ch in pieces:
        if s < pos:  # overlaps what is already written: the earlier piece wins
            s = pos
            if s >= e:
                continue
        if s > pos:
            out.append(_blank(text[pos:s]))
        out.append(text[s:e] if ch is None else ch)
        pos = e
    out.append(_blank(text[pos:]))
    return "".join(out)


def _entity(source: str) -> str | None:
    """What an entity reads as: its character ("&nbsp;" a space, so that "$5&nbsp;bn" reads
    as "$5 bn"), a space for several; None for a name that is no entity (it is text)."""
    import html  # (only a text with entities needs it: its table of names is large)

    ch = html.unescape(source)
    if ch == source:
        return None
    if len(ch) != 1 or ch == "\xa0":
        return " "
    return ch


# ---------------------------------------------------------------------------------------
# HTML


def _html(text: str) -> tuple[list[tuple[int, int]], dict[int, str]]:
    from html.parser import HTMLParser

    starts = [0] + [m.end() for m in re.finditer("\n", text)]

    class Reader(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=False)
            self.keep: list[tuple[int, int]] = []
            self.marks: dict[int, str] = {}
            self.hidden = 0

        def at(self) -> int:
            line, col = self.getpos()
            return starts[line - 1] + col

        def handle_data(self, data):
            if not self.hidden and data:
                i = self.at()
                self.keep.append((i, i + len(data)))

        def handle_starttag(self, tag, attrs):
            self._tag(tag)
            if tag in HIDDEN_TAGS:
                self.hidden += 1

        def handle_startendtag(self, tag, attrs):
            self._tag(tag)

        def handle_endtag(self, tag):
            self._tag(tag)
            if tag in HIDDEN_TAGS and self.hidden:
                self.hidden -= 1

        def _tag(self, tag):
            if tag in BLOCK_TAGS:  # a block starts on a line of its own
                i = self.at()
                if "\n" not in text[i:text.find(">", i) + 1 or len(text)]:
                    self.marks[i] = "\n"

        def handle_entityref(self, name):
            self._ref(name)

        def handle_charref(self, name):
            self._ref("#" + name)

        def _ref(self, name):
            if self.hidden:
                return
            i = self.at()
            n = 1 + len(name) + (text.startswith(";", i + 1 + len(name)))
            ch = _entity(text[i:i + n])
            if ch is None:
                self.keep.append((i, i + n))
            else:
                self.marks[i] = ch

    reader = Reader()
    try:
        reader.feed(_defused(text))
        reader.close()
    except Exception:  # html.parser of some Python versions raises on odd declarations
        return [(0, len(text))], {}
    return reader.keep, reader.marks


# Constructs that `html.parser` would look for the end of, to the end of the text, every
# time one is left open (Python before 3.11.13, 3.12.11 and 3.13.4 do so, and a text of such
# openings takes time in the square of its length), or that make it give up on the rest of
# the text ("&#" that is not a character reference) or raise ("<![x").
_CHARREF = re.compile(r"&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]")
_OPENERS = re.compile(r"<!--|<!\[|&#|<")
_SECTION = re.compile(r"<!\[\s*([a-zA-Z][-_.a-zA-Z0-9]*)")
_CLOSERS = {"comment": re.compile(r"--\s*>"), "section": re.compile(r"\]\s*\]\s*>"), "ms": re.compile(r"\]\s*>")}


def _last_start(rx: re.Pattern, text: str) -> int:
    """Where the last match of a closer that ends in ">" can start (-1 for none)."""
    last = None
    for last in rx.finditer(text):
        pass
    if last is None:
        return -1
    # a later match may overlap the last one found: it ends at the same ">"
    end = last.end()
    for n in range(2, 0, -1):
        m = rx.match(text, end - 1 - n)
        if m and m.end() == end:
            return end - 1 - n
    return last.start()


def _defused(text: str) -> str:
    """`text` for html.parser: the same length, with every opening that cannot be
    completed made a plain character: a "<" with no ">" after it, "<!--" with no "-->",
    a marked section with no end, and "&#" that is no character reference. The parser
    would read each as text anyway; read this way, it never searches past what closes."""
    last_gt = text.rfind(">")
    closes = {k: _last_start(rx, text) for k, rx in _CLOSERS.items()}
    out, pos = [], 0
    for m in _OPENERS.finditer(text):
        i, what = m.start(), m.group(0)
        if what == "&#":
            bad = not _CHARREF.match(text, i)
        elif what == "<!--":
            bad = closes["comment"] < i + 4
        elif what == "<![":
            name = _SECTION.match(text, i)
            kind = None if not name else \
                "section" if name.group(1).lower() in ("cdata", "temp", "ignore", "include", "rcdata") else \
                "ms" if name.group(1).lower() in ("if", "else", "endif") else None
            bad = kind is None or closes[kind] < i + 3
        else:
            bad = i > last_gt
        if bad:
            out.append(text[pos:i])
            out.append("\ufffc")  # a character with no meaning to the parser
            pos = i + 1
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


# ---------------------------------------------------------------------------------------
# Markdown


@functools.cache
def _parser():
    """A CommonMark parser whose inline tokens carry where they come from.

    markdown-it-py records the lines of each block (`Token.map`) but not where inline text
    starts. Two hooks add that: each inline rule notes the span it consumed on the tokens it
    pushed, and literal text (which the parser gathers and pushes later) is found where it
    ends. Joining of adjacent text tokens is turned off, so each keeps its own span."""
    from markdown_it import MarkdownIt
    from markdown_it.rules_inline import StateInline

    class Located(StateInline):
        def pushPending(self):
            token = super().pushPending()
            # literal text ends where the rule that flushes it starts, or just before it
            start = self.src.rfind(token.content, 0, self.pos)
            if start >= 0:
                token.meta["src"] = (start, start + len(token.content))
            return token

    md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    md.disable(["text_join", "fragments_join"])
    inline = md.inline
    for name, fn in zip(inline.ruler.get_active_rules(), inline.ruler.getRules("")):
        inline.ruler.at(name, _noting(fn))

    def parse(src, md, env, tokens):
        state = Located(src, md, env, tokens)
        inline.tokenize(state)
        for rule in inline.ruler2.getRules(""):
            rule(state)
        return state.tokens

    inline.parse = parse
    return md


def _noting(fn):
    def rule(state, silent):
        before, count = state.pos, len(state.tokens)
        ok = fn(state, silent)
        if ok and not silent and len(state.tokens) > count:
            mine = [t for t in state.tokens[count:] if "rule" not in t.meta and "src" not in t.meta]
            for t in mine:
                t.meta["rule"] = (before, state.pos)
            # a run of markers ("**", "~~") pushed as text, one token per marker or pair
            if mine and all(t.type == "text" for t in mine) and sum(len(t.content) for t in mine) == state.pos - before \
                    and "".join(t.content for t in mine) == state.src[before:state.pos]:
                at = before
                for t in mine:
                    t.meta["src"] = (at, at + len(t.content))
                    at += len(t.content)
        return ok
    return rule


def _markdown(text: str) -> tuple[list[tuple[int, int]], dict[int, str]]:
    lines = _lines(text)
    keep: list[tuple[int, int]] = []
    marks: dict[int, str] = {}
    try:
        tokens = _parser().parse(text)
    except Exception:  # a parser failure must not lose the document: read it as text
        return [(0, len(text))], {}
    cursor: dict[int, int] = {}  # per line, where the last table cell found ends
    for token in tokens:
        if token.map is None:
            continue
        first, last = token.map
        if token.type == "html_block":
            a, b = lines[first][0], lines[min(last, len(lines)) - 1][1]
            k, m = _html(text[a:b])
            keep += [(s + a, e + a) for s, e in k]
            marks.update({i + a: ch for i, ch in m.items()})
        elif token.type == "table_open":
            keep += _table_frame(text, lines, first, last)
        elif token.type == "inline" and token.children:
            where = _Where(text, lines, first, last, token.content, cursor)
            _inline(token.children, token.content, 0, where, keep, marks)
            keep += where.raw
    return keep, marks


def _table_frame(text: str, lines, first: int, last: int) -> list[tuple[int, int]]:
    """The frame of a GitHub table (lines first..last): every cell-parting pipe and the rule
    line under the header, kept as written, so the table reads as the pipe-parted tables of
    plain text do (extract/table_rows.py: a header's units and periods for the cells under
    it); the cells' text is kept, or not, as inline text is."""
    out = []
    for n in range(first, min(last, len(lines))):
        a, b = lines[n]
        if n == first + 1:
            out.append((a, b))  # (the rule: "|---|---:|")
            continue
        out += [(a + m.start(), a + m.end()) for m in re.finditer(r"(?<!\\)\|", text[a:b])]
    return out


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line without its break, as markdown-it counts lines."""
    out, pos = [], 0
    for m in re.finditer(r"\r\n|\r|\n", text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return out


class _Where:
    """Offsets in a block's inline content, as offsets in the file. The content is the
    block's lines without their markers and indentation (and a table cell is part of its
    line), so each line of it is found in its line of the file."""

    def __init__(self, text, lines, first, last, content, cursor):
        self.text, self.content = text, content
        self.starts: list[int] = []  # where each content line starts in the content
        self.base: list[int | None] = []  # where it starts in the file
        self.raw: list[tuple[int, int]] = []  # lines only found as written: kept whole
        pos = 0
        for k, line in enumerate(content.split("\n")):
            n = first + k
            self.starts.append(pos)
            base = None
            if n < min(last, len(lines)):
                base = _find_line(text, lines[n], line, cursor)
                if base is None and "|" in line:
                    # a table cell with "\|" in it: the parser dropped the backslash
                    raw = _find_line(text, lines[n], line.replace("|", "\\|"), cursor)
                    if raw is not None:
                        self.raw.append((raw, raw + len(line) + line.count("|")))
            self.base.append(base)
            pos += len(line) + 1

    def spans(self, a: int, b: int):
        """The file's spans for content [a, b), each checked against the file."""
        k = bisect.bisect_right(self.starts, a) - 1
        while a < b and 0 <= k < len(self.starts):
            end = self.starts[k + 1] - 1 if k + 1 < len(self.starts) else b
            e = min(b, end)
            if self.base[k] is not None and e > a:
                s = self.base[k] + a - self.starts[k]
                if self.text[s:s + e - a] == self.content[a:e]:
                    yield s, s + e - a
            k += 1
            a = max(a, end + 1)


def _find_line(text: str, line: tuple[int, int], content: str, cursor: dict[int, int]) -> int | None:
    """Where the content line `content` starts in the file's `line`: at its end (a
    paragraph's line after its markers, less trailing spaces), else the first place after
    what an earlier cell of the same line took (a heading before its closing #s, a table
    cell). Spaces the parser put in for a tab are not in the file: the content's own
    offsets are kept by counting back from its first character."""
    start, end = line
    body = content.lstrip(" ")
    lead = len(content) - len(body)
    source = text[start:end]
    floor = cursor.get(start, 0)
    found = -1
    for candidate in (source, source.rstrip()):
        if candidate.endswith(body) and len(candidate) - len(body) >= floor:
            found = len(candidate) - len(body)
            break
    else:
        found = source.find(body, floor)
    if found < 0:
        return None
    cursor[start] = found + len(body)
    return start + found - lead


def _inline(children, content: str, offset: int, where: _Where, keep: list, marks: dict) -> None:
    """Keep what the inline tokens say is text; note the characters of entities."""
    for t in children:
        src = t.meta.get("src")
        rule = t.meta.get("rule")
        if t.type == "text":
            if src is not None and content[src[0]:src[1]] == t.content:
                _keep(where, src[0] + offset, src[1] + offset, keep)
        elif t.type == "text_special" and rule is not None:
            a, b = rule
            if t.info == "entity":
                ch = _entity(content[a:b])
                if ch is None:
                    _keep(where, a + offset, b + offset, keep)
                for s, _ in where.spans(a + offset, a + offset + 1) if ch is not None else ():
                    marks[s] = ch
            elif t.content == t.markup:  # a backslash before a character it does not escape
                _keep(where, a + offset, b + offset, keep)
            else:
                _keep(where, a + 1 + offset, b + offset, keep)
        elif t.type == "code_inline" and rule is not None:
            a, b = rule
            n = len(t.markup)
            _keep(where, a + n + offset, b - n + offset, keep)
        elif t.type == "image" and rule is not None and t.children:
            # the description is text; it was parsed on its own, from after "!["
            _inline(t.children, content[rule[0] + 2:], offset + rule[0] + 2, where, keep, marks)
        elif t.type == "html_inline" and rule is not None:
            m = re.match(r"</?([A-Za-z][A-Za-z0-9-]*)", t.content)
            if m and m.group(1).lower() in BLOCK_TAGS:
                for s, _ in where.spans(rule[0] + offset, rule[0] + offset + 1):
                    marks[s] = "\n"


def _keep(where: _Where, a: int, b: int, keep: list) -> None:
    for s, e in where.spans(a, b):
        keep.append((s, e))


def line_col(text: str):
    """A function offset -> (line, column), both 1-based, counting CRLF as one line break."""
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
