"""File → Back up… and File → Restore from a backup… driven as a clerk drives them, on a real
database: the copy made in the background while the window is open, the reminder when none is
recent, a restore that brings the backup back and keeps the replaced database, and a wrong
password that changes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.app import Session
from models.core.db import Database
from models.core.entities import Person
from models.persons import service as persons
from models.persons.dto import PersonInput
from tests.helpers.database import ADMIN, PASSWORD


@pytest.fixture
def session(db_path: Path, qtbot: QtBot) -> Iterator[Session]:
    state = Session()
    state.db = Database.open(db_path, ADMIN, PASSWORD)
    state.show_main_window(remember_layout=False)  # closed by the fixture: the session replaces it on a restore
    yield state
    if state.window is not None:
        state.window.close()
    state.close()


def _add(db: Database, number: str) -> None:
    with db.write() as s:
        persons.create_person(s, PersonInput(external_id=number, surname="Коваленко"))


def _numbers(db: Database) -> set[str]:
    with db.read() as s:
        return set(s.scalars(select(Person.external_id)))


def test_back_up_remind_and_restore_from_the_file_menu(
    session: Session, qtbot: QtBot, tmp_path: Path, db_path: Path
) -> None:
    window = session.window
    assert window is not None and session.db is not None
    commands = window.commands
    qtbot.waitUntil(lambda: "No backup of this database was made" in commands.backup_reminder, timeout=10_000)
    _add(session.db, "BEFORE")
    folder = tmp_path / "usb"
    commands.back_up_to(folder)
    qtbot.waitUntil(lambda: "Backed up to" in window.statusBar().currentMessage(), timeout=20_000)
    (made,) = folder.glob("*.db")
    assert commands.backup_folder() == folder  # remembered: the reminder looks there next time
    _add(session.db, "AFTER")  # work done after the backup
    ask = commands.confirm_restore(made)  # what the menu asks: fits a 1366-pixel screen
    assert ask.sizeHint().width() <= 1366 and made.name in ask.labelText()
    ask.reject()
    session.restore_from(str(made), PASSWORD)
    qtbot.waitUntil(lambda: session.window is not window, timeout=20_000)
    restored = session.window
    assert restored is not None and session.db is not None
    qtbot.waitUntil(lambda: "Restored from" in restored.statusBar().currentMessage(), timeout=10_000)
    assert _numbers(session.db) == {"BEFORE"}
    replaced = [p.name for p in db_path.parent.iterdir() if ".replaced-" in p.name]
    # the database, its key slots and the signed checkpoint of its log's head
    assert sorted(name.rsplit("Z", 1)[1] for name in replaced) == ["", ".head", ".keys"]


def test_a_wrong_password_restores_nothing_and_the_database_opens_again(
    session: Session, qtbot: QtBot, tmp_path: Path, db_path: Path
) -> None:
    window = session.window
    assert window is not None and session.db is not None
    window.commands.back_up_to(tmp_path / "usb")
    qtbot.waitUntil(lambda: "Backed up to" in window.statusBar().currentMessage(), timeout=20_000)
    (made,) = (tmp_path / "usb").glob("*.db")
    _add(session.db, "KEPT")
    session.restore_from(str(made), "not the password")
    qtbot.waitUntil(lambda: session.window is not window, timeout=20_000)
    again = session.window
    assert again is not None and session.db is not None
    qtbot.waitUntil(lambda: again.findChild(QMessageBox, "not_restored") is not None, timeout=10_000)
    assert "password" in again.findChild(QMessageBox, "not_restored").text()
    assert "KEPT" in _numbers(session.db)
    assert not [p for p in db_path.parent.iterdir() if ".replaced-" in p.name]
