"""Shared fixtures: a real encrypted database, built once and copied per test (as Anki does)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from models.bundles.offices import give_keys
from models.core.db import Database
from models.core.enums import Health, OfficeKind, PersonStatus
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


# Offices for bundle and Offices-section tests: headquarters, a regional office and the
# laboratory, each its own encrypted database with its keys, built once per session and
# copied per test.
OFFICES = {
    "hq": ("HQ", "Координаційний штаб", OfficeKind.HQ),
    "region": ("KHARKIV", "Харківський регіональний офіс", OfficeKind.REGIONAL),
    "lab": ("LAB", "Лабораторія судово-медичної експертизи", OfficeKind.LABORATORY),
}


@pytest.fixture(scope="session")
def office_templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("offices")
    paths: dict[str, Path] = {}
    for name, (code, title, kind) in OFFICES.items():
        path = folder / f"{name}.db"
        Database.create(
            path, ADMIN, PASSWORD, office_code=code, office_name=title, office_kind=kind, kdf=FAST_KDF,
            office_keys=give_keys,
        ).close()  # fmt: skip
        paths[name] = path
    return paths


@pytest.fixture
def offices(office_templates: dict[str, Path], tmp_path: Path) -> Iterator[dict[str, Database]]:
    opened = {
        name: Database.open(copy_database(path, tmp_path / path.name), ADMIN, PASSWORD)
        for name, path in office_templates.items()
    }
    yield opened
    for db in opened.values():
        db.close()


def pytest_unconfigure(config: pytest.Config) -> None:
    """The run ends once its summary is printed. Should anything keep the process alive after
    it (a thread or a Qt pool job stuck at exit: CI once waited 90 minutes after "passed"),
    every thread's stack is printed and the process ends with an error after five minutes,
    instead of holding CI until its own limit."""
    import faulthandler
    import sys

    faulthandler.dump_traceback_later(300, exit=True, file=sys.__stderr__ or sys.stderr)
