"""The files a command is given: files, folders (searched recursively for drafts), glob
patterns, URLs and `-` for stdin, in a deterministic order."""
from __future__ import annotations

import re
from pathlib import Path

URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
# Files about a project, not articles: a folder of drafts often holds one ("README.md")
PROJECT_FILES = frozenset({"README", "CHANGELOG", "LICENSE", "LICENCE"})


def is_project_file(path: str) -> bool:
    """README, CHANGELOG and LICENSE files, whatever their suffix.

    >>> is_project_file("drafts/README.md"), is_project_file("LICENSE"), is_project_file("readme-draft.md")
    (True, True, False)
    """
    return Path(path).name.split(".")[0].upper() in PROJECT_FILES


def expand(args: list[str], all_files: bool = False) -> list[str]:
    """The files `args` name, in order; README, CHANGELOG and LICENSE files are left out
    (a shell's `drafts/*` names them too) unless `all_files`."""
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
            import glob  # (here: most runs name their files)

            out.extend(sorted(f for f in glob.glob(a, recursive=True) if Path(f).is_file()))
        else:
            out.append(a)  # a file, or a missing one the reader will report
    seen, unique = set(), []
    for f in out:
        if not all_files and f != "-" and not URL.match(f) and is_project_file(f):
            continue
        if f not in seen or f == "-":
            seen.add(f)
            unique.append(f)
    return unique
