"""The worker pool behind `tradecheck serve`: results come back, a job past its time is
stopped and its worker replaced, a crashed or failing job does not take the pool down.
Standard-library functions stand in for checks (a job is any importable function)."""
from __future__ import annotations

import asyncio
import operator
import os
import time

import pytest

from tradecheck.web.pool import Busy, JobFailed, Timeout, WorkerLost, WorkerPool


def run(coro_fn, size: int = 2):
    async def main():
        pool = WorkerPool(size)
        await pool.start()
        try:
            return await coro_fn(pool)
        finally:
            await pool.close()
    return asyncio.run(main())


async def until_whole(pool: WorkerPool, limit: float = 120) -> dict:
    """The pool's stats once its replacement workers are in (bounded wait, no timing assert)."""
    deadline = time.monotonic() + limit
    while pool.stats()["workers"] < pool.size and time.monotonic() < deadline:
        await asyncio.sleep(0.1)
    return pool.stats()


def test_jobs_run_in_the_workers():
    async def go(pool):
        pids = await asyncio.gather(*(pool.run(60, os.getpid) for _ in range(6)))
        return pids, await pool.run(60, operator.add, 2, 3)
    pids, total = run(go)
    assert total == 5
    assert os.getpid() not in pids and 1 <= len(set(pids)) <= 2


def test_a_job_past_its_time_is_stopped_and_its_worker_replaced():
    async def go(pool):
        with pytest.raises(Timeout):
            await pool.run(0.5, time.sleep, 60)
        stats = await until_whole(pool)
        after = await pool.run(60, operator.mul, 6, 7)
        return stats, after
    stats, after = run(go)
    assert stats == {"workers": 2, "busy": 0, "idle": 2}
    assert after == 42


def test_a_failing_job_is_reported_and_the_worker_goes_on():
    async def go(pool):
        with pytest.raises(JobFailed, match="ValueError: invalid literal"):
            await pool.run(60, int, "not a number")
        return await pool.run(60, int, "12"), pool.stats()
    value, stats = run(go, size=1)
    assert value == 12 and stats["workers"] == 1


def test_a_worker_that_dies_is_replaced():
    async def go(pool):
        with pytest.raises(WorkerLost):
            await pool.run(60, os._exit, 3)
        stats = await until_whole(pool)
        return stats, await pool.run(60, operator.add, 1, 1)
    stats, value = run(go, size=1)
    assert stats["workers"] == 1 and value == 2


def test_waiting_for_a_worker_counts_against_the_time():
    async def go(pool):
        long = asyncio.ensure_future(pool.run(60, time.sleep, 3))
        await asyncio.sleep(0.2)
        while pool.stats()["busy"] < 1:
            await asyncio.sleep(0.05)
        with pytest.raises(Busy):
            await pool.run(0.3, operator.add, 1, 2)
        await long
        return await pool.run(60, operator.add, 1, 2)
    assert run(go, size=1) == 3
