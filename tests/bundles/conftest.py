"""Offices for bundle tests: headquarters, a regional office and the laboratory, each its own
encrypted database with its keys, built once per session and copied per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from models.bundles.offices import give_keys
from models.core.db import Database
from models.core.enums import OfficeKind
from tests.helpers.database import ADMIN, FAST_KDF, PASSWORD, copy_database

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
