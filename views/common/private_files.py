"""Private folders for the plaintext the system viewer needs (a report, an opened attachment):
owner-only, one per use, removed when the window that made it closes, and - should the app
have been killed first - by the next start (:func:`sweep`). Each folder's name carries the
process id of the app that made it, so a second app running at the same time keeps its own."""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
from pathlib import Path

PREFIX = "repatria-private"


def root() -> Path:
    """The user's folder of private folders (``<tmp>/repatria-private-<uid>``, mode 0700).
    Raises ``OSError`` when a folder of that name exists and is not the user's own."""
    folder = Path(tempfile.gettempdir()) / f"{PREFIX}-{os.getuid()}"
    folder.mkdir(mode=0o700, exist_ok=True)
    found = folder.lstat()
    if not stat.S_ISDIR(found.st_mode) or found.st_uid != os.getuid():
        raise PermissionError(f"{folder} is not a folder of this user's")
    os.chmod(folder, 0o700)
    return folder


def private_folder(purpose: str) -> Path:
    """A new owner-only folder for one use (``purpose`` names it: "report", "attachment")."""
    return Path(tempfile.mkdtemp(prefix=f"{purpose}-{os.getpid()}-", dir=root()))


def remove(folder: Path | None) -> None:
    """The folder and what it holds, gone (quietly: a viewer may still hold a file open)."""
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)


def sweep() -> int:
    """At start: remove the folders of app processes that are gone (killed before they could
    clean up). Returns how many were removed."""
    try:
        folders = list(root().iterdir())
    except OSError:
        return 0
    removed = 0
    for folder in folders:
        parts = folder.name.split("-")
        pid = int(parts[1]) if len(parts) > 2 and parts[1].isdigit() else None
        if pid is not None and pid != os.getpid() and _alive(pid):
            continue
        if pid == os.getpid():
            continue
        remove(folder)
        removed += 1
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process of that id: not ours to judge
    with contextlib.suppress(OSError):
        if (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0] == "Z":
            return False
    return True
