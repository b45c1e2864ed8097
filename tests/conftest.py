"""Shared fixtures: a real encrypted database, built once and copied per test (as Anki does)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from models.core.db import Database
from models.core.keyslots import KdfParams, keys_path_for

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # GUI tests never need a screen

# Cheap Argon2id for tests; the slot records its parameters, so opening uses the same.
FAST_KDF = KdfParams(memory_kib=1024, iterations=1, lanes=1)
ADMIN, PASSWORD = "admin", "correct horse battery staple"


def copy_database(source: Path, target: Path) -> Path:
    shutil.copyfile(source, target)
    shutil.copyfile(keys_path_for(source), keys_path_for(target))
    return target


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    Database.create(path, ADMIN, PASSWORD, kdf=FAST_KDF).close()
    return path


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    return copy_database(template_db, tmp_path / "repatria.db")


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = Database.open(db_path, ADMIN, PASSWORD)
    yield database
    database.close()


def file_state(folder: Path) -> dict[str, bytes]:
    """Every file of a folder with its bytes: to prove that nothing changed. The WAL index
    (``-shm``) is left out: it is SQLite's shared-memory coordination file, which every
    reader updates, and it holds no data."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file() and not p.name.endswith("-shm")}
