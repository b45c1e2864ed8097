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
_FORKED: tuple[Callable[[Any, Any], Any], Any] | None = None


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
    itself. The chunks not begun when stopped are dropped, not waited for. Ctrl-C is left to
    this process, which stops the pool and says so once (a terminal signals every process of its
    group): the workers are forked ignoring it. ``work`` must be a module-level function."""
    global _FORKED  # noqa: PLW0603 - see _FORKED
    _FORKED = (work, state)
    taken = 0
    complete = False
    pool = ProcessPoolExecutor(
        min(workers, len(chunks)),
        mp_context=multiprocessing.get_context("fork"),
        initializer=_die_with_parent,
        initargs=(os.getpid(),),
    )
    try:
        interrupt = signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            done = pool.map(_run_chunk, chunks)  # forks every worker before it returns
        finally:
            signal.signal(signal.SIGINT, interrupt)
        for n in range(len(chunks)):
            result = cast(R, next(done))
            taken += 1
            if not take(n, result):
                break
        else:
            complete = True
    except BrokenProcessPool:
        pass
    finally:
        _FORKED = None
        if not complete:  # stopped, interrupted or broken: the chunks under way are not waited for
            _stop_workers(pool)
        pool.shutdown(wait=complete, cancel_futures=True)
    return taken


_PR_SET_PDEATHSIG = 1  # linux/prctl.h


def _die_with_parent(parent: int) -> None:
    """Run first in each worker: the worker is killed when its parent dies (killed, where it
    cannot stop its pool), instead of waiting for work for ever with the database's files open
    (Linux's PR_SET_PDEATHSIG; a parent already gone is noticed by its process id)."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:
        os._exit(1)


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    """End the pool's workers now. ProcessPoolExecutor has no public way before Python 3.14
    (``terminate_workers``); its worker table is the one it keeps itself."""
    processes: dict[int, multiprocessing.process.BaseProcess] = getattr(pool, "_processes", None) or {}
    for process in list(processes.values()):
        process.terminate()


def _run_chunk(chunk: object) -> object:
    assert _FORKED is not None, "run in a worker forked by run_forked"
    work, state = _FORKED
    return work(state, chunk)
