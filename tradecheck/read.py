"""Reading: bytes from a file, stdin or a URL become a Document with its publication date.

Errors here are `InputError`, which the CLI turns into a one-line message and exit 2.
"""
from __future__ import annotations

import codecs
import datetime as dt
import re
import sys
from pathlib import Path

from . import vocab
from .markup import kind_of, plain
from .model import Document
from .paths import URL

# Past this size a document is refused, not read: a news article is a few kilobytes, and
# a file of many megabytes is usually a dump pasted by mistake. --max-bytes raises it.
DEFAULT_MAX_BYTES = 8 * 1024 * 1024


class InputError(Exception):
    """Input that cannot be read as a document: missing, binary, wrongly encoded."""


def decode(data: bytes, name: str, encoding: str | None = None) -> str:
    """Bytes to text. UTF-8 (with or without BOM) and BOM-marked UTF-16 are recognised;
    anything else needs an explicit encoding. Newlines are kept exactly as written, so
    offsets point into the file as it is."""
    if encoding:
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError) as e:
            raise InputError(f"{name}: cannot decode as {encoding}: {e}") from None
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise InputError(f"{name}: invalid UTF-16 at byte {e.start}") from None
    if b"\x00" in data:
        raise InputError(f"{name}: looks like a binary file (NUL byte at offset {data.index(0)}), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(
            f"{name}: not valid UTF-8 (byte 0x{data[e.start]:02x} at offset {e.start}); "
            "try --encoding latin-1"
        ) from None
    return text[1:] if text.startswith("\ufeff") else text


def is_url(path: str) -> bool:
    return bool(URL.match(path))


def _fetch(url: str, limit: int) -> bytes:
    """At most `limit` bytes of a URL. http(s), ftp and file come with Python; other
    schemes (s3://, gs://, ...) go through fsspec, when it and the filesystem's package are
    installed: that is how Dask workers usually reach shared storage."""
    scheme = url.split("://", 1)[0].lower()
    try:
        if scheme in ("http", "https", "ftp", "file"):
            import urllib.request

            with urllib.request.urlopen(url, timeout=60) as r:
                return r.read(limit)
        try:
            import fsspec
        except ImportError:
            raise InputError(f"{url}: cannot read {scheme}:// URLs without fsspec (pip install fsspec)") from None
        with fsspec.open(url, "rb") as f:
            return f.read(limit)
    except InputError:
        raise
    except ImportError as e:  # fsspec knows the scheme, its package is missing
        raise InputError(f"{url}: cannot read {scheme}:// URLs ({e})") from None
    except Exception as e:  # HTTP errors, timeouts, refused connections, missing objects
        reason = getattr(e, "reason", None) or getattr(e, "strerror", None) or str(e) or type(e).__name__
        raise InputError(f"{url}: cannot fetch ({reason})") from None


def read_document(path: str, published: str | None = None, encoding: str | None = None,
                  max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read `path` ('-' for stdin, or a URL) into a Document."""
    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        name = "<stdin>"
    elif is_url(path):
        data = _fetch(path, max_bytes + 1)
        name = path
    else:
        p = Path(path)
        if not p.exists():
            raise InputError(f"{path}: no such file")
        if p.is_dir():
            raise InputError(f"{path}: is a directory, not a file")
        try:
            with open(p, "rb") as f:
                data = f.read(max_bytes + 1)
        except OSError as e:
            raise InputError(f"{path}: cannot read ({e.strerror})") from None
        name = path
    if len(data) > max_bytes:
        raise InputError(f"{name}: larger than the limit of {max_bytes} bytes (raise it with --max-bytes)")
    text = decode(data, name, encoding)
    if published == "mtime":
        if path == "-" or is_url(path):
            published = None
        else:
            published = dt.date.fromtimestamp(Path(path).stat().st_mtime).isoformat()
    return make_document(text, path=name, published=published, kind=kind_of(_without_query(name)))


def _without_query(name: str) -> str:
    """"https://host/a.md?x=1" is Markdown: the kind comes from the path, not the query."""
    return name.split("?", 1)[0].split("#", 1)[0] if is_url(name) else name


def make_document(text: str, path: str = "-", published: str | None = None, kind: str = "text") -> Document:
    """A Document from text; Markdown and HTML are read with their markup masked."""
    plain_text = plain(text, kind) if kind != "text" else text
    raw = text if kind != "text" else None
    if published and published != "dateline":
        try:
            dt.date.fromisoformat(published)
        except ValueError:
            raise InputError(f"--published {published!r} is not a date in YYYY-MM-DD form") from None
        return Document(text=plain_text, path=path, published=published, published_source="option",
                        raw=raw, kind=kind)
    found = find_dateline(plain_text)
    return Document(text=plain_text, path=path, published=found,
                    published_source="dateline" if found else None, raw=raw, kind=kind)


def _month_pattern() -> str:
    return vocab.alternation([m for m in vocab.months()] + [m.capitalize() for m in vocab.months()])


_DATE_RES: list[tuple[re.Pattern, str]] | None = None


def _date_res() -> list[tuple[re.Pattern, str]]:
    global _DATE_RES
    if _DATE_RES is None:
        mon = _month_pattern()
        _DATE_RES = [
            (re.compile(r"\b(?P<y>20\d\d|19\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"), "iso"),
            (re.compile(rf"\b(?P<mon>{mon})\.?\s+(?P<d>[0-3]?\d),?\s+(?P<y>(?:19|20)\d\d)\b"), "mdy"),
            (re.compile(rf"\b(?P<d>[0-3]?\d)\s+(?P<mon>{mon})\.?,?\s+(?P<y>(?:19|20)\d\d)\b"), "dmy"),
        ]
    return _DATE_RES


def find_dateline(text: str, window: int = 800) -> str | None:
    """The publication date from a dateline near the top ("LAGOS, June 4, 2024 (...)",
    "By bne IntelliNews August 1, 2023", "1 August 2023", "2023-08-01")."""
    head = text[:window]
    best: tuple[int, str] | None = None
    for rx, form in _date_res():
        for m in rx.finditer(head):
            try:
                if form == "iso":
                    d = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
                else:
                    d = dt.date(int(m["y"]), vocab.months()[m["mon"].lower()], int(m["d"]))
            except (ValueError, KeyError):
                continue
            if best is None or m.start() < best[0]:
                best = (m.start(), d.isoformat())
            break
    return best[1] if best else None
