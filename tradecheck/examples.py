"""The example articles shipped with tradecheck (data/examples/ in a checkout, installed
under <prefix>/share/tradecheck/examples/), so that a notebook or a test finds them from
any folder. Their figures are invented: they show what tradecheck does, and are no data."""
from __future__ import annotations

import sys
from pathlib import Path

SUFFIXES = (".txt", ".md")


def _folder() -> Path | None:
    here = Path(__file__).resolve()
    for candidate in (here.parents[1] / "data" / "examples", Path(sys.prefix) / "share" / "tradecheck" / "examples"):
        if candidate.is_dir():
            return candidate
    return None


def examples() -> list[str]:
    """The names of the example articles.

    >>> "uzbekistan-turkey-2023-draft.md" in examples()
    True
    """
    folder = _folder()
    if folder is None:
        return []
    from .paths import is_project_file

    return sorted(p.name for p in folder.iterdir() if p.suffix in SUFFIXES and not is_project_file(p.name))


def example(name: str) -> Path:
    """The path of the example file `name`: an article (one of `examples()`), or the
    sample reference file "reference/published-belarus-iran.csv". A name that is neither
    is a ValueError naming the articles there are.

    >>> example("uzbekistan-turkey-2023.txt").name
    'uzbekistan-turkey-2023.txt'
    """
    folder = _folder()
    path = folder / name if folder is not None else None
    if path is None or ".." in Path(name).parts or not path.is_file():
        raise ValueError(f"no example {name!r} (the articles: {', '.join(examples()) or 'none installed'})")
    return path
