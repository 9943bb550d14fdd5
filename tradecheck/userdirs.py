"""Where tradecheck keeps its own files: the reference store and the tracker (data), the
lookup indexes and fetched responses (cache). TRADECHECK_STORE, TRADECHECK_DB and
TRADECHECK_CACHE move them.

On Linux these are the XDG base directories, worked out here in a few lines; elsewhere
platformdirs decides. platformdirs takes longer to import than a one-file check takes to
run, and the answer on Linux is the one it would give (a test holds them together)."""
from __future__ import annotations

import os
import sys
from pathlib import Path

_XDG = {"data": ("XDG_DATA_HOME", ".local/share"), "cache": ("XDG_CACHE_HOME", ".cache")}


def user_dir(kind: str) -> Path:
    """tradecheck's folder of `kind`, "data" or "cache" (not created here)."""
    if sys.platform.startswith("linux"):
        env, fallback = _XDG[kind]
        base = os.environ.get(env, "").strip() or os.path.join(os.path.expanduser("~"), fallback)
        return Path(base) / "tradecheck"
    import platformdirs

    return Path(platformdirs.user_data_dir("tradecheck") if kind == "data" else platformdirs.user_cache_dir("tradecheck"))


def cache_dir() -> Path:
    """The cache folder: TRADECHECK_CACHE, or the user's cache directory."""
    return Path(os.environ["TRADECHECK_CACHE"]) if os.environ.get("TRADECHECK_CACHE") else user_dir("cache")
