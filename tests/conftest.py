"""Shared fixtures. Tests may read ../shared (the seed article, the corpus, the scorer)
when it is there beside the checkout; those tests skip cleanly when it is not."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "seed").is_dir():
        pytest.skip("../shared is not beside this checkout")
    return SHARED


@pytest.fixture
def seed_text(shared) -> str:
    with open(shared / "seed" / "belarus-iran-defence-2023.txt", encoding="utf-8", newline="") as f:
        return f.read()


@pytest.fixture
def examples() -> Path:
    return ROOT / "data" / "examples"
