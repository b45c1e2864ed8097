"""Work on many items split over forked worker processes, for the command line.

Ranking every remains case and checking a 6,000-line list are pure Python over an index of the
whole registry; one process uses one core. A forked worker inherits the index as it is in
memory: nothing is pickled but each chunk's items and results. Forking is used only where it is
safe (``may_fork``): on Linux, with no other Python thread that could hold a lock the child
would inherit locked. The GUI always has other threads, so it never forks.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import multiprocessing.process
import os
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar, cast

S = TypeVar("S")
C = TypeVar("C")
R = TypeVar("R")

# The work and the state a forked worker runs it on, set by ``run_forked`` for the time of its pool
# (inherited through the fork, the one way to hand a worker the index without pickling it).
_FORKED: tuple[Callable[[Any, Any], Any], Any, Any] | None = None


def may_fork() -> bool:
    """Whether a worker process may be forked: on Linux, with no other Python thread."""
    return sys.platform == "linux" and threading.active_count() == 1


def run_forked(
    state: S,
    work: Callable[[S, C], R],
    chunks: Sequence[C],
    workers: int,
    take: Callable[[int, R], bool],
) -> int:
    """``work(state, chunk)`` for every chunk on up to ``workers`` forked processes; in this
    process ``take(n, result)`` receives each result in the order of the chunks and returns
    False to stop. Returns how many results were taken: all of them, fewer when ``take``
    stopped, or the results before a worker died (killed for memory); the caller does the rest
    itself. Stopped, the chunks not begun are skipped and the ones under way (one per worker)
    end. Ctrl-C is left to this process, which ends the workers at once and says so once (a
    terminal signals every process of its group): the workers are forked ignoring it. ``work``
    must be a module-level function."""
    global _FORKED  # noqa: PLW0603 - see _FORKED
    context = multiprocessing.get_context("fork")
    stop = context.Event()
    _FORKED = (work, state, stop)
    taken = 0
    clean = False
    pool = ProcessPoolExecutor(
        min(workers, len(chunks)),
        mp_context=context,
        initializer=_die_with_parent,
        initargs=(os.getpid(),),
    )
    try:
        interrupt = signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            # submitted one by one, not by map(): its results' generator cancels what is left when
            # dropped, and a pool that breaks then fails on the cancelled ones (InvalidStateError)
            futures = [pool.submit(_run_chunk, chunk) for chunk in chunks]  # the workers fork at once
        finally:
            signal.signal(signal.SIGINT, interrupt)
        for n, future in enumerate(futures):
            result = cast(R, future.result())
            taken += 1
            if not take(n, result):
                break
        # Done or stopped: the workers skip what is left and end; the pool ends in order. (Ended
        # by force instead, a worker could die halfway through sending a result, and the pool's
        # reader would wait for the rest of it for ever, keeping the process from exiting.)
        stop.set()
        clean = True
    except BrokenProcessPool:
        pass
    finally:
        _FORKED = None
        if clean:
            pool.shutdown(wait=True)
        else:  # interrupted, or a worker died: the rest are ended now, not waited for
            _end_workers(pool)
            manager = getattr(pool, "_executor_manager_thread", None)
            pool.shutdown(wait=False)
            # The pool's thread ends by itself once the workers are gone; wait for that (briefly:
            # it cannot wait on them). Left running, it closes its wake-up pipe while Python's
            # exit hook writes to it (CPython 3.11's _python_exit takes no lock): "Exception
            # ignored ... Bad file descriptor" printed at exit, 1 run in 18 under load (strace).
            if manager is not None:
                manager.join(_MANAGER_GRACE)
    return taken


_PR_SET_PDEATHSIG = 1  # linux/prctl.h
_MANAGER_GRACE = 10.0  # seconds for the pool's thread to end after its workers were killed


def _die_with_parent(parent: int) -> None:
    """Run first in each worker: the worker is killed when its parent dies (killed, where it
    cannot stop its pool), instead of waiting for work for ever with the database's files open
    (Linux's PR_SET_PDEATHSIG; a parent already gone is noticed by its process id)."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:
        os._exit(1)


def _end_workers(pool: ProcessPoolExecutor) -> None:
    """End the pool's workers now, and let its reader thread end too. ProcessPoolExecutor has
    no public way before Python 3.14 (``terminate_workers``); its worker table and result pipe
    are the ones it keeps itself. A worker killed while sending a result leaves the reader
    waiting for the rest: once every worker is gone, this process's own end of the pipe is
    closed, the reader reads the end of it and the pool breaks, as for a worker that died."""
    processes: dict[int, multiprocessing.process.BaseProcess] = getattr(pool, "_processes", None) or {}
    for process in list(processes.values()):
        process.kill()
    for process in list(processes.values()):
        process.join(5)
    results = getattr(pool, "_result_queue", None)
    writer = getattr(results, "_writer", None)
    if writer is not None and not any(p.is_alive() for p in processes.values()):
        writer.close()


def _run_chunk(chunk: object) -> object:
    assert _FORKED is not None, "run in a worker forked by run_forked"
    work, state, stop = _FORKED
    if stop.is_set():
        return None  # stopped: a chunk not begun is skipped
    return work(state, chunk)
