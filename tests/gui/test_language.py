"""Switching the language from the menu rebuilds the window in that language and remembers it."""

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.app import Session, settings
from tests.helpers.database import ADMIN, PASSWORD


def test_switch_to_ukrainian_and_back(qtbot: QtBot, db_path: Path) -> None:
    session = Session()
    assert session.authenticate(db_path, ADMIN, PASSWORD) is None
    window = session.show_main_window(remember_layout=False)
    qtbot.addWidget(window)
    assert window.navigation.item(0).text() == "Dashboard"
    window.language_actions["uk"].trigger()
    ukrainian = session.window
    assert ukrainian is not None and ukrainian is not window
    qtbot.addWidget(ukrainian)
    assert ukrainian.navigation.item(0).text() == "Огляд"
    assert ukrainian.persons.model.headerData(0, Qt.Orientation.Horizontal) == "Прізвище"
    assert ukrainian.language_actions["uk"].isChecked()
    assert settings().value("language") == "uk"
    ukrainian.language_actions["en"].trigger()
    english = session.window
    assert english is not None
    qtbot.addWidget(english)
    assert english.navigation.item(0).text() == "Dashboard"
    qtbot.waitUntil(lambda: english.dashboard.data is not None)
    session.close()
