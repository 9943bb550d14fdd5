"""Text made safe for the reader of each output. File names, source names from imported
data and words from documents reach reports as they are; each format has characters that
would break it or be obeyed instead of shown: XML has characters it forbids, Markdown has
links, HTML and @mentions, a spreadsheet runs a cell that starts like a formula, a URI has
characters that must be percent-encoded, a terminal obeys control characters."""
from __future__ import annotations

import re

# XML 1.0 allows tab, line feed, carriage return and these ranges, nothing else
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")
_BACKTICKS = re.compile(r"`+")


def text(s: str) -> str:
    """`s` with bytes that were not UTF-8 (a file name Python decoded with surrogate escapes)
    shown as U+FFFD, so every output is valid UTF-8.

    >>> text("a\\udcffb.txt")
    'a\\ufffdb.txt'
    """
    if not isinstance(s, str):
        return s
    try:
        s.encode("utf-8")
        return s
    except UnicodeEncodeError:
        pass
    try:
        return s.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:  # a lone surrogate that is no escaped byte
        return s.encode("utf-8", "replace").decode("utf-8")


def xml(s: str) -> str:
    """Text for XML 1.0: characters it does not allow become U+FFFD.

    >>> xml("a\\x0bb")
    'a\\ufffdb'
    """
    return _NOT_XML.sub("\ufffd", text(s))


def printable(s: str) -> str:
    """Text for a terminal: control characters (escape sequences among them) shown, not obeyed.

    >>> printable("a\\x1b[2Jb")
    'a\\\\x1b[2Jb'
    """
    s = text(s)
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group(0)):02x}", s) if isinstance(s, str) else s


def csv_cell(value):
    """A value for a CSV cell: text that a spreadsheet would run as a formula ("=cmd|...",
    "+1", "@SUM") is written with a leading apostrophe, which spreadsheets show as text.
    Numbers are left as they are.

    >>> csv_cell("=cmd|' /C calc'!A0"), csv_cell("-1.5"), csv_cell(-1.5), csv_cell("China")
    ("'=cmd|' /C calc'!A0", '-1.5', -1.5, 'China')
    """
    if not isinstance(value, str):
        return value
    value = text(value)
    if value.startswith(_FORMULA_START):
        try:
            float(value)
        except ValueError:
            return "'" + value
    return value


def md_code(s: str, cell: bool = False) -> str:
    """Text as a Markdown code span: inside one, links, HTML, emphasis and @mentions are not
    read. The fence is one backtick longer than any run of them in the text; in a table cell
    a pipe is escaped too (GitHub reads a pipe as a cell's end even inside code).

    >>> md_code("a`b"), md_code("x|y", cell=True), md_code("@team <b>")
    ('``a`b``', '`x\\\\|y`', '`@team <b>`')
    """
    s = printable(s).replace("\n", " ").replace("\r", " ")
    longest = max((len(m.group(0)) for m in _BACKTICKS.finditer(s)), default=0)
    fence = "`" * (longest + 1)
    if cell:
        s = s.replace("|", "\\|")
    pad = " " if s.startswith("`") or s.endswith("`") or (s.startswith(" ") and s.endswith(" ") and s.strip()) else ""
    return f"{fence}{pad}{s}{pad}{fence}"


def uri(path: str) -> str:
    """A file's path as a URI reference, percent-encoded (RFC 3986): spaces, "#", "%", "?"
    and bytes that are not UTF-8 cannot stand in a URI as they are. A Windows path becomes
    a file: URI.

    >>> uri("drafts/a b#1.md"), uri("C:\\\\x\\\\a.md")
    ('drafts/a%20b%231.md', 'file:///C:/x/a.md')
    """
    from urllib.parse import quote_from_bytes

    p = path.replace("\\", "/")
    if re.match(r"^[A-Za-z]:/", p):
        return "file:///" + p[:2] + quote_from_bytes(p[2:].encode("utf-8", "surrogateescape"), safe="/")
    return quote_from_bytes(p.encode("utf-8", "surrogateescape"), safe="/")
