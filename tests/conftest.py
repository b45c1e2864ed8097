"""Shared fixtures: a real encrypted database, built once and copied per test (as Anki does)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from models.core.db import Database
from models.core.enums import Health, PersonStatus
from models.core.partial_date import PartialDate
from models.lists import agreements
from models.persons import service as persons
from models.persons.dto import PersonInput
from tests.helpers.database import ADMIN, FAST_KDF, PASSWORD, copy_database
from tests.helpers.lists import AGREEMENT

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # GUI tests never need a screen


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


@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line as a script runs it: the password from the environment, no defaults."""
    monkeypatch.setenv("REPATRIA_PASSWORD", PASSWORD)
    monkeypatch.delenv("REPATRIA_DB", raising=False)
    monkeypatch.delenv("REPATRIA_USER", raising=False)


@pytest.fixture
def setup(db: Database) -> tuple[Database, str]:
    """Two registered persons and an agreement: where the lists and reports tests start (agreement id)."""
    with db.write() as session:
        persons.create_person(
            session,
            PersonInput(
                external_id="P1",
                surname="Коваленко",
                given_names="Сергій",
                patronymic="Миколайович",
                date_of_birth=PartialDate(1996, 3, 2),
                health=Health.SLIGHTLY_WOUNDED,
                status=PersonStatus.CAPTURED,
            ),
        )
        persons.create_person(
            session,
            PersonInput(
                external_id="P2",
                surname="Мельник",
                given_names="Олександр",
                patronymic="Іванович",
                date_of_birth=PartialDate(2003, 4, 1),
                status=PersonStatus.RETURNED,
            ),
        )
        agreement = agreements.create_agreement(session, AGREEMENT)
    return db, str(agreement.id)
