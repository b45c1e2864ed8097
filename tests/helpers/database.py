"""A real encrypted database for tests: cheap key derivation, copies, and proof that nothing changed."""

from __future__ import annotations

import shutil
from pathlib import Path

from models.core.keyslots import KdfParams, keys_path_for

ADMIN, PASSWORD = "admin", "correct horse battery staple"
# Cheap Argon2id for tests; the slot records its parameters, so opening uses the same.
FAST_KDF = KdfParams(memory_kib=1024, iterations=1, lanes=1)


def copy_database(source: Path, target: Path) -> Path:
    shutil.copyfile(source, target)
    shutil.copyfile(keys_path_for(source), keys_path_for(target))
    return target


def file_state(folder: Path) -> dict[str, bytes]:
    """Every file of a folder with its bytes: to prove that nothing changed. The WAL index
    (``-shm``) is left out: it is SQLite's shared-memory coordination file, which every
    reader updates, and it holds no data."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file() and not p.name.endswith("-shm")}
