"""The files a command is given: files, folders (searched recursively for drafts), glob
patterns, URLs and `-` for stdin, in a deterministic order."""
from __future__ import annotations

import glob
import re
from pathlib import Path

URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")


def expand(args: list[str]) -> list[str]:
    out: list[str] = []
    for a in args:
        if a == "-" or URL.match(a):
            out.append(a)  # a URL is fetched as it is: no globbing, no folder listing
            continue
        p = Path(a)
        if p.is_dir():
            found = [str(f) for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES
                     and not any(part.startswith(".") for part in f.relative_to(p).parts)]
            out.extend(sorted(found))
        elif any(ch in a for ch in "*?[") and not p.exists():
            out.extend(sorted(f for f in glob.glob(a, recursive=True) if Path(f).is_file()))
        else:
            out.append(a)  # a file, or a missing one the reader will report
    seen, unique = set(), []
    for f in out:
        if f not in seen or f == "-":
            seen.add(f)
            unique.append(f)
    return unique
