"""Reading: bytes from a file, stdin or a URL become a Document with its publication date.

Errors here are `InputError`, which the CLI turns into a one-line message and exit 2.
"""
from __future__ import annotations

import codecs
import functools
import datetime as dt
import re
import sys
from pathlib import Path

from . import vocab
from .markup import kind_of, plain
from .model import Document
from .wraps import unwrapped
from .extract.number_groups import joined_number_groups
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


# How long a named pipe may stay silent before it is given up (TRADECHECK_PIPE_WAIT)
PIPE_WAIT = 10.0


def _read_file(path: str, limit: int) -> bytes:
    """At most `limit` bytes of a file. A named pipe is read once something writes to it
    (or closes it), and refused after PIPE_WAIT seconds of nothing: opening one that no
    program writes to would wait for ever."""
    import os
    import stat

    try:
        st = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        raise InputError(f"{path}: no such file") from None
    except OSError as e:  # a folder on the way that cannot be entered, a name too long
        raise InputError(f"{path}: cannot read ({e.strerror})") from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(f"{path}: is a directory, not a file")
    try:
        if stat.S_ISFIFO(st.st_mode) and hasattr(os, "O_NONBLOCK"):
            return _read_pipe(path, limit)
        with open(path, "rb") as f:
            return f.read(limit)
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror})") from None


def _read_pipe(path: str, limit: int) -> bytes:
    import os
    import select

    wait = float(os.environ.get("TRADECHECK_PIPE_WAIT", PIPE_WAIT))
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)  # does not wait for a writer
    try:
        poller = select.poll()
        poller.register(fd, select.POLLIN | select.POLLHUP)
        if not poller.poll(wait * 1000):
            raise InputError(f"{path}: a named pipe that nothing wrote to in {wait:g} s")
        os.set_blocking(fd, True)
        chunks, size = [], 0
        while size < limit and (chunk := os.read(fd, min(1 << 16, limit - size))):
            chunks.append(chunk)
            size += len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


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
        data = _read_file(path, max_bytes + 1)
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


def is_date(value: str) -> bool:
    """A calendar date written YYYY-MM-DD (not the other forms ISO 8601 allows, such as
    "2023-W01-1" or "20230101", which the rest of tradecheck does not read).

    >>> is_date("2023-08-01"), is_date("2023-W01-1"), is_date("2023-02-30")
    (True, False, False)
    """
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value or ""):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def make_document(text: str, path: str = "-", published: str | None = None, kind: str = "text") -> Document:
    """A Document from text; Markdown and HTML are read with their markup masked."""
    plain_text = plain(text, kind) if kind != "text" else text
    if kind == "text":
        # tables pasted with their columns aligned by spaces or tabs are read as pipe-parted
        # ones (extract/aligned_tables.py), before the unwrapping, which keeps such rows apart
        from .extract.aligned_tables import pipe_aligned
        from .extract.table_emphasis import plain_table_cells
        from .extract.wiki_tables import pipe_wiki

        # (and tables in MediaWiki markup likewise: extract/wiki_tables.py; a pipe-parted
        # table's cells in bold are read as plain: extract/table_emphasis.py)
        plain_text = plain_table_cells(pipe_aligned(pipe_wiki(plain_text)))
    # a count written in groups ("2 million 768 thousand 268") read as one number (extract/number_groups.py)
    plain_text = joined_number_groups(plain_text)
    plain_text = unwrapped(plain_text)  # hard-wrapped lines read as one (wraps.py); offsets kept
    # the claims keep the words as written
    raw = text if kind != "text" or plain_text != text else None
    if published and published != "dateline":
        if not is_date(published):
            raise InputError(f"--published {published!r} is not a date in YYYY-MM-DD form")
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
            # "12.02.2019", "16.01.2017, 10:12": day, month and year parted by points, as
            # Swiss, German and Nordic papers date themselves (no other figure glued on)
            (re.compile(r"(?<![\d.,])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d)\b(?![.,]\d)"), "dotted"),
        ]
    return _DATE_RES


@functools.cache
def _period_end_before() -> re.Pattern:
    words = vocab.alternation(vocab.period_end_cues(), ignore_case=True, space=r"\s+")
    return re.compile(rf"\b(?:{words})\s+(?:on\s+)?$", re.I)


@functools.cache
def _act_participle_before() -> re.Pattern:
    # (vocab/policy_act_participles.csv: "signed on", "ratified in")
    words = vocab.alternation(vocab.policy_act_participles(), ignore_case=True)
    return re.compile(rf"\b(?:{words})\s+(?:on\s+|in\s+)?$", re.I)


def find_dateline(text: str, window: int = 800) -> str | None:
    """The publication date from a dateline near the top ("LAGOS, June 4, 2024 (...)",
    "By bne IntelliNews August 1, 2023", "1 August 2023", "2023-08-01")."""
    head = text[:window]
    best: tuple[int, str] | None = None
    for rx, form in _date_res():
        for m in rx.finditer(head):
            try:
                if form in ("iso", "dotted"):
                    d = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
                else:
                    d = dt.date(int(m["y"]), vocab.months()[m["mon"].lower()], int(m["d"]))
            except (ValueError, KeyError):
                continue
            if _period_end_before().search(head, max(0, m.start() - 16), m.start()):
                continue  # ("the year 1401, which ended on March 20, 2023": a period's end)
            if _act_participle_before().search(head, max(0, m.start() - 24), m.start()):
                continue  # ("The pact, signed on January 16, 1965, ...": the date of an act told of)
            if best is None or m.start() < best[0]:
                best = (m.start(), d.isoformat())
            break
    return best[1] if best else None
