"""Opening the files an importer reads. A compressed file (gzip, bzip2, xz, zip; an Excel
workbook and a Parquet file are compressed too) is read through a limit on what it expands
to: a file of a few kilobytes can expand to gigabytes (a decompression bomb), and reading
it would take the memory of the machine. Real trade data expands to a few times its size;
the limit is fifty times the file's size, and never less than 64 MiB.
"""
from __future__ import annotations

import bz2
import gzip
import io
import lzma
import os
import zipfile
from pathlib import Path

from ..schema import BadRow, ReferenceDataError

RATIO = 50
FLOOR = 64 * 1024 * 1024

_MAGIC = ((b"\x1f\x8b", "gzip"), (b"BZh", "bzip2"), (b"\xfd7zXZ\x00", "xz"), (b"PK\x03\x04", "zip"),
          (b"(\xb5/\xfd", "zstd"))


COMPRESSED_SUFFIXES = (".gz", ".bz2", ".xz", ".zip", ".zst")


def suffix(path: str | Path) -> str:
    """The suffix that says what a file holds: ".csv" for "data.csv.gz"."""
    p = Path(path)
    while p.suffix.lower() in COMPRESSED_SUFFIXES:
        p = p.with_suffix("")
    return p.suffix.lower()


def allowance(path: str | Path) -> int:
    """How many bytes `path` may expand to."""
    return max(FLOOR, RATIO * os.path.getsize(path))


def compression(path: str | Path) -> str | None:
    """The compression of `path`, from its first bytes (not its name)."""
    with open(path, "rb") as f:
        head = f.read(8)
    return next((name for magic, name in _MAGIC if head.startswith(magic)), None)


def too_large(path: str | Path, limit: int | None = None) -> ReferenceDataError:
    limit = allowance(path) if limit is None else limit
    return ReferenceDataError([BadRow(str(path), None, None,
                                      f"expands to more than {limit:,} bytes ({RATIO} times its size, or "
                                      f"{FLOOR // 2**20} MiB): not read, as it may be a decompression bomb; "
                                      "decompress it yourself if it is real data")])


class _Capped(io.RawIOBase):
    """A decompressing stream that raises once more than `limit` bytes have come out."""

    def __init__(self, raw, path, limit: int):
        self.raw, self.path, self.limit, self.count = raw, path, limit, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self.raw.read(min(len(buffer), self.limit + 1 - self.count) or 1)
        self.count += len(data)
        if self.count > self.limit:
            raise too_large(self.path, self.limit)
        buffer[:len(data)] = data
        return len(data)

    def close(self) -> None:
        self.raw.close()
        super().close()


def open_binary(path: str | Path):
    """`path` as a binary stream, decompressed (within the limit) when it is compressed."""
    kind = compression(path)
    if kind is None:
        return open(path, "rb")
    limit = allowance(path)
    if kind == "gzip":
        raw = gzip.open(path, "rb")
    elif kind == "bzip2":
        raw = bz2.open(path, "rb")
    elif kind == "xz":
        raw = lzma.open(path, "rb")
    elif kind == "zip":
        raw = _zip_member(path, limit)
    else:
        raise ReferenceDataError([BadRow(str(path), None, None, f"{kind}-compressed: decompress it first")])
    return io.BufferedReader(_Capped(raw, path, limit), buffer_size=1 << 16)


def open_text(path: str | Path, encoding: str = "utf-8"):
    return io.TextIOWrapper(open_binary(path), encoding=encoding, newline="")


def _zip_member(path, limit: int):
    try:
        z = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as e:
        raise ReferenceDataError([BadRow(str(path), None, None, f"not a readable zip file ({e})")]) from None
    members = [m for m in z.infolist() if not m.is_dir()]
    if len(members) != 1:
        raise ReferenceDataError([BadRow(str(path), None, None, f"a zip file of {len(members)} files: give one file")])
    check_zip(path, z)
    return z.open(members[0])


def check_zip(path: str | Path, z: zipfile.ZipFile | None = None) -> None:
    """Refuse a zip file (an Excel workbook is one) whose files together expand past the
    limit. Python's zipfile reads no more of a file than its declared size, so the
    declared sizes bound what reading it takes."""
    try:
        z = z or zipfile.ZipFile(path)
        declared = sum(m.file_size for m in z.infolist())
    except (zipfile.BadZipFile, OSError):
        return  # the reader says what is wrong with it
    if declared > allowance(path):
        raise too_large(path)


def check_parquet(path: str | Path) -> None:
    """Refuse a Parquet file whose columns expand past the limit, from its metadata: the
    size of its pages, or eight bytes a value (a run of one value is stored as one)."""
    import pyarrow.parquet as pq

    try:
        meta = pq.ParquetFile(path).metadata
        expanded = max(sum(meta.row_group(i).total_byte_size for i in range(meta.num_row_groups)),
                       8 * meta.num_rows * meta.num_columns)
    except Exception:  # pyarrow raises many kinds for a broken file; the reader reports it
        return
    if expanded > allowance(path):
        raise too_large(path)


def check_expansion(path: str | Path) -> None:
    """Read a compressed file through once, counting what it expands to (for readers, such
    as DuckDB's, that decompress on their own)."""
    if compression(path) is None:
        return
    with open_binary(path) as f:
        while f.read(1 << 20):
            pass
