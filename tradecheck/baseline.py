"""A baseline: the findings a team has accepted, so CI fails only on new ones.

A finding is recognised by a fingerprint of its file, check and the words it rests on
(not its offsets, which move when text is added above it)."""
from __future__ import annotations

import json
import os
from pathlib import Path


class BaselineError(Exception):
    pass


def fingerprint(path: str, finding: dict, source: str) -> str:
    words = " | ".join(source[s:e] for s, e in sorted(finding["spans"])[:8])
    key = f"{Path(path).as_posix()}\n{finding['check']}\n{finding['status']}\n{words}"
    import hashlib  # here, not at the top: most runs have no baseline

    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def load(path: str) -> set[str]:
    p = Path(path)
    if not p.exists():
        return set()
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
        return {str(x["fingerprint"]) for x in data["findings"]}
    except RecursionError:
        raise BaselineError(f"{path}: not a tradecheck baseline (nested too deeply)") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError) as e:
        raise BaselineError(f"{path}: not a tradecheck baseline ({type(e).__name__}: {e})") from None


def save(path: str, entries: list[dict]) -> None:
    """Write atomically: a temporary file in the same folder, renamed over the old one."""
    p = Path(path)
    if p.is_dir():
        raise BaselineError(f"{path}: is a folder, not a baseline file")
    if not p.parent.is_dir():
        raise BaselineError(f"{path}: no such folder {p.parent}")
    data = {"tool": "tradecheck", "findings": sorted(entries, key=lambda e: (e["file"], e["fingerprint"]))}
    import tempfile

    fd, tmp = tempfile.mkstemp(prefix=".baseline-", dir=str(p.parent if str(p.parent) else "."))
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f, indent=2, ensure_ascii=False)
            f.write("\n")
        os.replace(tmp, p)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
