"""Whether a database file is open in some program: a restore must never replace a database
under a running app, whose later saves would then go to the file moved aside.

Every open :class:`~models.core.db.Database` holds a shared ``flock`` on its file; a restore
takes it exclusively, without waiting, and refuses while anyone holds it. ``flock`` locks are
separate from the POSIX record locks SQLite uses on the same file (Linux, the BSDs, macOS),
so they never stand in SQLite's way.

One descriptor per file and process, counted: closing any descriptor of a file drops every
POSIX lock the process holds on it (SQLite's own among them, see "How To Corrupt An SQLite
Database File", section 2.2), so the descriptor is closed only when this process's last
Database on the file closes. On systems without ``flock`` the check is not made.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from models.core.errors import RepatriaError
from models.core.i18n import QT_TRANSLATE_NOOP

try:
    import fcntl

    _FLOCK = True
except ImportError:  # pragma: no cover - Windows: no check
    _FLOCK = False

_lock = threading.Lock()
_held: dict[tuple[int, int], tuple[int, int]] = {}  # (device, inode) -> (descriptor, users)


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_dev, status.st_ino


def hold(path: Path) -> tuple[int, int] | None:
    """Mark ``path`` as open by this process until :func:`release` with the returned token.
    Raises RepatriaError while a restore is replacing the file."""
    if not _FLOCK:
        return None
    with _lock:
        identity = _identity(path)
        if identity is None:
            return None
        if identity in _held:
            descriptor, users = _held[identity]
            _held[identity] = (descriptor, users + 1)
            return identity
        descriptor = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
        try:
            fcntl.flock(descriptor, fcntl.LOCK_SH | fcntl.LOCK_NB)
            status = os.fstat(descriptor)
            if (status.st_dev, status.st_ino) != _identity(path):
                raise BlockingIOError  # replaced by a restore between the open and the lock
        except BlockingIOError:
            os.close(descriptor)
            raise RepatriaError(
                QT_TRANSLATE_NOOP("Errors", "{path} is being restored from a backup: open it when that has finished"),
                path=path,
            ) from None
        _held[identity] = (descriptor, 1)
        return identity


def release(token: tuple[int, int] | None) -> None:
    """This process's use of the file ended (its engine disposed first)."""
    if token is None:
        return
    with _lock:
        descriptor, users = _held[token]
        if users > 1:
            _held[token] = (descriptor, users - 1)
            return
        del _held[token]
        os.close(descriptor)  # also ends the shared lock


@contextmanager
def unused(path: Path) -> Iterator[None]:
    """``path`` held exclusively while the block replaces it: RepatriaError at once if any
    program (this one included) has it open. A missing file needs no lock."""
    if not _FLOCK or not path.is_file():
        yield
        return
    identity = _identity(path)
    with _lock:
        mine = identity in _held
    if mine:
        raise _open_elsewhere(path)
    descriptor = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise _open_elsewhere(path) from None
        yield
    finally:
        os.close(descriptor)


def alone(path: Path) -> bool:
    """Whether no program (this one included) has ``path`` open now: its journal files are
    then what a program that stopped left, not the work of a running one. False where
    ``flock`` is missing (nothing can be known)."""
    if not _FLOCK or not path.is_file():
        return False
    with _lock:
        if _identity(path) in _held:
            return False
    return _locked_by_someone(path) is False


def _locked_by_someone(path: Path) -> bool | None:
    """Whether some program holds a ``flock`` on ``path`` (tried exclusively, without waiting,
    and let go at once); None when the file cannot be opened."""
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    except OSError:
        return None
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(descriptor)
    return False


def _open_elsewhere(path: Path) -> RepatriaError:
    return RepatriaError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{path} is open in Repatria (the app or a command): close it there first, then restore - "
            "a database replaced under a running program would lose that program's next saves",
        ),
        path=path,
    )


@contextmanager
def building(lock: Path) -> Iterator[None]:
    """Mark a database being built (``lock``, a file beside its hidden copy) for as long as the
    block runs: other programs then leave the build's files alone (:func:`being_built`). The
    file goes when the block ends; a killed build's lock is released by the system."""
    descriptor = os.open(lock, os.O_WRONLY | os.O_CREAT | os.O_CLOEXEC, 0o600)
    try:
        if _FLOCK:
            fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield
    finally:
        os.close(descriptor)
        lock.unlink(missing_ok=True)


def being_built(lock: Path) -> bool:
    """Whether a program is building at ``lock`` now (False when the lock file is gone, or
    its build was killed)."""
    if not _FLOCK:
        return lock.exists()
    return _locked_by_someone(lock) is True
