"""Shared fixtures. Tests may read ../shared (the seed article, the corpus, the scorer)
when it is there beside the checkout; those tests skip cleanly when it is not."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import settings

# The property tests draw the same examples on every run ("repeatable"), so that a red CI
# means the code changed, not the dice: two CI runs of one commit must agree.
# `HYPOTHESIS_PROFILE=explore pytest` draws new ones, to look for what they have not found.
settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

ROOT = Path(__file__).resolve().parents[1]
# (the reading examples share their helpers, tests/readings.py, imported by name under
# --import-mode=importlib, which puts no test folder on the path)
if str(Path(__file__).parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).parent))
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


def _work_done(fn, *args, also: tuple[str, ...] = (), **kwargs) -> int:
    """The work `fn` does, counted rather than timed (a busy machine cannot change it):
    every line of tradecheck that runs and every call those lines make (a regular
    expression tried, a row handed to the solver, a builtin's comparison). `also` names
    more code to count the same way, by a part of its file's path ("markdown_it")."""
    import tradecheck

    package = os.path.dirname(tradecheck.__file__)
    count = 0

    def ours(code) -> bool:
        name = code.co_filename
        return name.startswith(package) or any(part in name for part in also)

    def lines(frame, event, arg):
        nonlocal count
        count += 1
        return lines

    def calls(frame, event, arg):
        return lines if ours(frame.f_code) else None  # only our frames, line by line

    def made(frame, event, arg):
        nonlocal count
        caller = frame if event == "c_call" else frame.f_back if event == "call" else None
        if caller is not None and ours(caller.f_code):
            count += 1

    sys.settrace(calls)
    sys.setprofile(made)
    try:
        fn(*args, **kwargs)
    finally:
        sys.settrace(None)
        sys.setprofile(None)
    return count


@pytest.fixture
def work_done():
    return _work_done
