"""Worker processes that run the server's checks, each check with a time limit.

A check runs in a process, not a thread: Python cannot stop a thread, so a check that ran
away (a pathological draft, a stalled disk) would keep its thread and its share of the CPU
for good, and enough of them would starve the server. A process can be killed. When a
check runs past its time the request is answered at once, the worker is killed and a new
one takes its place, and the other requests go on in the other workers meanwhile.

The event loop never waits on a worker itself: sending a job and reading its answer
happen in a small thread pool, so the loop stays free to answer other requests. Workers
are forked from a fork server that has imported tradecheck and compiled its patterns
(tradecheck/warm.py), so a replacement is ready in a fraction of a second.

This module imports no web framework: the workers import it too.
"""
from __future__ import annotations

import asyncio
import concurrent.futures as cf
import contextlib
import logging
import multiprocessing as mp
import signal
import traceback
from dataclasses import dataclass

log = logging.getLogger("tradecheck.web")

# modules the fork server imports once, so that every worker starts with them loaded
PRELOAD = ["tradecheck.warm", "tradecheck.web.jobs"]


class Busy(Exception):
    """No worker became free before the request's time ran out."""


class Timeout(Exception):
    """The job ran past the request's time; its worker was killed and replaced."""


class WorkerLost(Exception):
    """The worker died during the job (killed from outside, out of memory)."""


class JobFailed(Exception):
    """The job raised; the message names the exception (its traceback went to the log)."""


def _context():
    """A fork server where there is one (its workers start warm, and the server's own
    threads are never forked); spawn elsewhere."""
    if "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(PRELOAD)
        return ctx
    return mp.get_context("spawn")


def _worker_main(conn, initializer, initargs) -> None:
    """A worker: run jobs from `conn` until it closes. A job is (function, args); the
    answer ("ok", result) or ("raised", "Type: message")."""
    # Ctrl-C in the terminal reaches the whole process group: the server shuts the
    # workers down itself, without a KeyboardInterrupt traceback from each.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if initializer is not None:
        initializer(*initargs)
    conn.send(("ready", None))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        fn, args = job
        try:
            answer = ("ok", fn(*args))
        except Exception as e:  # a bug in a check: the request gets a 500, the worker lives on
            traceback.print_exc()
            answer = ("raised", f"{type(e).__name__}: {e}")
        try:
            conn.send(answer)
        except (BrokenPipeError, ConnectionResetError):
            return
        except Exception as e:  # an answer that cannot be pickled
            conn.send(("raised", f"{type(e).__name__}: {e}"))


@dataclass
class _Worker:
    process: object
    conn: object

    def exchange(self, job):
        """Send one job and wait for its answer (in a thread of the pool's own)."""
        self.conn.send(job)
        return self.conn.recv()


class WorkerPool:
    """`size` worker processes. `await pool.run(timeout, fn, *args)` runs `fn(*args)` in a
    free worker and returns its result; raises Busy, Timeout, WorkerLost or JobFailed.
    `fn` must be importable by name (a module-level function)."""

    def __init__(self, size: int, initializer=None, initargs: tuple = (), start_timeout: float = 120.0):
        self.size = size
        self._init = (initializer, initargs)
        self._start_timeout = start_timeout
        self._ctx = _context()
        self._idle: list[_Worker] = []
        self._busy: set[int] = set()  # ids of workers running a job
        self._all: dict[int, _Worker] = {}
        self._free: asyncio.Semaphore | None = None
        self._threads = cf.ThreadPoolExecutor(max_workers=2 * size + 2, thread_name_prefix="tradecheck-web")
        self._tasks: set[asyncio.Task] = set()
        self._closed = False

    # -- life -------------------------------------------------------------------------------

    async def start(self) -> None:
        """Start the workers and wait until each has loaded tradecheck."""
        loop = asyncio.get_running_loop()
        self._free = asyncio.Semaphore(0)
        # the first alone: on a new machine it builds what the others then find ready
        started = await asyncio.gather(loop.run_in_executor(self._threads, self._spawn), return_exceptions=True)
        started += await asyncio.gather(*(loop.run_in_executor(self._threads, self._spawn)
                                          for _ in range(self.size - 1)), return_exceptions=True)
        for w in started:
            if isinstance(w, BaseException):
                log.error("tradecheck: a worker did not start: %s", w)
                continue
            self._add_idle(w)
        if not self._all:
            raise RuntimeError("no worker process could be started")

    async def close(self) -> None:
        self._closed = True
        for t in list(self._tasks):
            t.cancel()
        loop = asyncio.get_running_loop()
        workers = list(self._all.values())
        for w in workers:
            if id(w) in self._busy:  # mid-check: nobody will read its answer
                with contextlib.suppress(Exception):
                    w.process.kill()
        self._all.clear()
        self._idle.clear()
        await loop.run_in_executor(self._threads, _stop_all, workers)
        self._threads.shutdown(wait=False, cancel_futures=True)

    def stats(self) -> dict:
        return {"workers": len(self._all), "busy": len(self._busy), "idle": len(self._idle)}

    # -- jobs -------------------------------------------------------------------------------

    async def run(self, timeout: float, fn, *args):
        """`fn(*args)` in a worker; waiting for a free worker counts against `timeout` too,
        so every call ends within `timeout` seconds."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        try:
            async with asyncio.timeout_at(deadline):
                await self._free.acquire()
        except TimeoutError:
            raise Busy() from None
        worker = self._idle.pop()
        self._busy.add(id(worker))
        future = loop.run_in_executor(self._threads, worker.exchange, (fn, args))
        try:
            async with asyncio.timeout_at(deadline):
                status, value = await asyncio.shield(future)
        except TimeoutError:
            self._replace(worker, future)
            raise Timeout() from None
        except asyncio.CancelledError:  # the request went away: its job is of no use now
            self._replace(worker, future)
            raise
        except (EOFError, OSError) as e:
            self._replace(worker, future)
            raise WorkerLost(str(e) or type(e).__name__) from None
        self._busy.discard(id(worker))
        self._add_idle(worker)
        if status == "raised":
            raise JobFailed(value)
        return value

    # -- workers ----------------------------------------------------------------------------

    def _spawn(self) -> _Worker:
        """A new worker, once it is ready (runs in a thread: starting a process blocks)."""
        parent, child = self._ctx.Pipe()
        p = self._ctx.Process(target=_worker_main, args=(child, *self._init), daemon=True,
                              name="tradecheck-web-worker")
        p.start()
        child.close()  # the worker's end lives in the worker: its death closes the pipe
        try:
            if not parent.poll(self._start_timeout):
                raise RuntimeError(f"a worker was not ready after {self._start_timeout:.0f} s")
            parent.recv()
        except BaseException:
            p.kill()
            p.join()
            parent.close()
            raise
        return _Worker(p, parent)

    def _add_idle(self, worker: _Worker) -> None:
        self._all[id(worker)] = worker
        self._idle.append(worker)
        self._free.release()

    def _replace(self, worker: _Worker, future) -> None:
        self._busy.discard(id(worker))
        self._all.pop(id(worker), None)
        with contextlib.suppress(ProcessLookupError, ValueError, AttributeError):
            worker.process.kill()  # its answer will not be read; the thread waiting for it gets EOF
        task = asyncio.get_running_loop().create_task(self._respawn(worker, future))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _respawn(self, old: _Worker, future) -> None:
        loop = asyncio.get_running_loop()
        with contextlib.suppress(BaseException):
            await future  # ends once the killed worker's end of the pipe is closed
        await loop.run_in_executor(self._threads, _stop_all, [old])
        for attempt in range(3):
            if self._closed:
                return
            try:
                new = await loop.run_in_executor(self._threads, self._spawn)
            except Exception as e:
                log.error("tradecheck: cannot start a worker (attempt %d): %s", attempt + 1, e)
                await asyncio.sleep(1.0)
                continue
            if self._closed:
                _stop_all([new])
                return
            self._add_idle(new)
            return
        log.error("tradecheck: running with %d of %d workers", len(self._all), self.size)


def _stop_all(workers: list[_Worker], grace: float = 2.0) -> None:
    """Ask each worker to stop (it exits when its pipe closes), then kill what is left."""
    for w in workers:
        with contextlib.suppress(Exception):
            w.conn.close()
    for w in workers:
        w.process.join(grace)
        if w.process.is_alive():
            w.process.kill()
            w.process.join()
