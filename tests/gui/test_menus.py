"""The menus a desktop app has, driven as a user would: File (export the table, quit), Edit, Tools
(users and passwords, the change log and its verification) and Help (guide, shortcuts, about)."""

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QMenu, QPushButton, QTableWidget, QTextBrowser
from pytestqt.qtbot import QtBot

from desktop.app import user_guide, versions
from desktop.facades.office import OfficeFacade
from desktop.facades.persons import RegistryFacade
from models.core.db import Database
from models.core.enums import Role
from views.app.main_window import MainWindow
from views.office.users_dialog import PasswordDialog, UsersDialog


def _window(qtbot: QtBot, registry: RegistryFacade, settings: QSettings, db: Database) -> MainWindow:
    office = OfficeFacade(db)
    window = MainWindow(
        registry,
        settings,
        remember_layout=False,
        office_settings=office,
        users=office,
        change_log=office,
        guide=lambda language: f"# Guide ({language})\n\nHow to search.",
        versions=versions,
    )
    qtbot.addWidget(window)
    return window


def _menu(window: MainWindow, title: str) -> QMenu:
    return next(m for m in window.menuBar().findChildren(QMenu) if m.title().replace("&", "") == title)


def test_the_menus_and_quit(qtbot: QtBot, registry: RegistryFacade, settings: QSettings, db: Database) -> None:
    window = _window(qtbot, registry, settings, db)
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles == ["File", "Edit", "Person", "View", "Tools", "Help"]
    quit_action = next(a for a in _menu(window, "File").actions() if a.text() == "&Quit")
    assert quit_action.shortcut().toString() == "Ctrl+Q"
    window.show()
    quit_action.trigger()
    assert not window.isVisible()


def test_export_the_search_result_as_a_workbook(
    qtbot: QtBot, registry: RegistryFacade, settings: QSettings, db: Database, tmp_path: Path
) -> None:
    window = _window(qtbot, registry, settings, db)
    window.search.setText("Прізвище0001")
    window.persons.search_now()
    qtbot.waitUntil(lambda: window.persons.model.showing_results and not window.persons.searching)
    target = tmp_path / "found.xlsx"
    window.commands.export_to(target)
    # written, then said (the message comes once the background job has finished)
    qtbot.waitUntil(lambda: "exported to found.xlsx" in window.statusBar().currentMessage(), timeout=10_000)
    book = load_workbook(target)
    assert book.sheetnames == ["found"]  # named as the file, not "Sheet"
    rows = list(book.active.iter_rows(values_only=True))  # type: ignore[union-attr]
    assert rows[0][:3] == ("Surname", "Given names", "Patronymic")
    assert len(rows) == 1 + window.persons.model.rowCount() == 11  # every one found, not only those on screen
    window.persons.table.selectRow(0)
    window.commands.copy_person_id()
    assert QGuiApplication.clipboard().text() == window.persons.current_row().external_id  # type: ignore[union-attr]


def test_users_and_passwords(qtbot: QtBot, registry: RegistryFacade, settings: QSettings, db: Database) -> None:
    window = _window(qtbot, registry, settings, db)
    dialog = window.commands.open_users()
    assert isinstance(dialog, UsersDialog) and [u.name for u in dialog.users] == ["admin"]
    add = dialog.add_user()
    add.name.setText("clerk1")
    add.full_name.setText("Коваль Ірина")
    add.role.setCurrentIndex(add.role.findData(Role.CLERK))
    add.password.setText("short")
    add.repeat.setText("short")
    ok = add.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    ok.click()
    assert "at least 12 characters" in add.error.text() and dialog.task is None  # nothing written
    add.password.setText("a-long-enough-password")
    add.repeat.setText("a-long-enough-password")
    ok.click()
    qtbot.waitUntil(lambda: dialog.task is None and "clerk1 added." in dialog.status.text(), timeout=15_000)
    assert [u.name for u in dialog.users] == ["admin", "clerk1"]
    dialog.table.selectRow(1)
    question = dialog.toggle_active()
    assert question is not None and "will no longer be able to sign in" in question.text()  # type: ignore[attr-defined]
    question.findChild(QPushButton, "confirm_action").click()
    qtbot.waitUntil(lambda: dialog.task is None and "disabled." in dialog.status.text(), timeout=15_000)
    assert dialog.table.item(1, 3).text() == "disabled"
    dialog.table.selectRow(0)
    again = dialog.toggle_active()  # oneself: refused, with the reason, and nothing changed
    again.findChild(QPushButton, "confirm_action").click()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: dialog.task is None and "disable yourself" in dialog.status.text(), timeout=15_000)
    assert isinstance(dialog.reset_password(), PasswordDialog)


def test_the_change_log_viewer_filters_and_verifies(
    qtbot: QtBot, registry: RegistryFacade, settings: QSettings, db: Database
) -> None:
    window = _window(qtbot, registry, settings, db)
    viewer = window.commands.open_change_log()
    assert viewer is not None
    qtbot.waitUntil(lambda: viewer.task is None and viewer.table.rowCount() > 0, timeout=10_000)
    assert viewer.count.text().startswith("500 of 1 05")  # 1,050 persons created: paged, the total counted
    assert viewer.more_button.isEnabled()
    viewer.record.setText("not an id")
    viewer.load()
    assert "is not an ID" in viewer.count.text()
    viewer.record.setText("G-00007")  # the external id people see, not only the record's UUID
    viewer.load()
    qtbot.waitUntil(lambda: viewer.task is None and viewer.table.rowCount() == 1, timeout=10_000)
    viewer.table.selectRow(0)
    assert "Прізвище00007" in viewer.detail.toPlainText()
    viewer.verify()
    qtbot.waitUntil(lambda: "The chain is intact" in viewer.verdict.text(), timeout=20_000)


def test_help_guide_shortcuts_and_about(
    qtbot: QtBot, registry: RegistryFacade, settings: QSettings, db: Database
) -> None:
    window = _window(qtbot, registry, settings, db)
    guide = window.commands.open_guide()
    assert guide is not None and "How to search." in guide.findChild(QTextBrowser, "guide").toPlainText()
    shortcuts = window.commands.open_shortcuts().findChild(QTableWidget, "rows")
    pairs = {(shortcuts.item(r, 0).text(), shortcuts.item(r, 1).text()) for r in range(shortcuts.rowCount())}
    assert {("Quit", "Ctrl+Q"), ("Find", "Ctrl+F"), ("Export the table…", "Ctrl+E")} <= pairs
    # and the keys no menu holds (a trial found them missing): the editors', the review's
    assert {("Person or case editor: save", "Ctrl+S"), ("Remains: the identification board", "Ctrl+B")} <= pairs
    assert any(what.startswith("Review of matches: accept") and keys == "A" for what, keys in pairs)
    about = window.commands.open_about().findChild(QTableWidget, "rows")
    assert about.item(0, 0).text() == "Repatria" and about.rowCount() >= 5
    assert user_guide("en").startswith("#") and user_guide("uk") != user_guide("en")


def test_the_status_bar_counts_follow_a_change_made_in_another_section(
    qtbot: QtBot, registry: RegistryFacade, settings: QSettings, db: Database
) -> None:
    from sqlalchemy import select

    from desktop.facades.correspondence import CorrespondenceFacade
    from desktop.facades.lists import ListsFacade
    from models.core.entities import Person
    from models.core.enums import PersonStatus

    window = MainWindow(
        registry, settings, lists=ListsFacade(db), letters=CorrespondenceFacade(db), remember_layout=False
    )
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: "missing: 1 050" in window.count_label.text())
    with db.write() as session:  # as an exchange day does
        session.scalars(select(Person).where(Person.external_id == "G-00001")).one().status = PersonStatus.RETURNED
    assert window.lists is not None
    window.lists.registry_changed.emit()
    qtbot.waitUntil(lambda: "returned: 1" in window.count_label.text())
    assert "missing: 1 049" in window.count_label.text()


def test_quit_does_not_leave_a_persons_unsaved_edits_behind(
    qtbot: QtBot, registry: RegistryFacade, settings: QSettings, db: Database
) -> None:
    """A trial's Ctrl+Q closed the main window and left an editor with unsaved edits open on its
    own: now Quit stops and brings the editor forward; with nothing unsaved the editors close too."""
    from desktop.facades.persons import PersonFacade

    window = MainWindow(registry, settings, people=PersonFacade(db), remember_layout=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.persons.model.rowCount() > 0)
    window.persons.table.selectRow(0)
    editor = window.open_person(window.persons.current_row().id)  # type: ignore[union-attr]
    assert editor is not None
    qtbot.keyClicks(editor.form.widgets["place_of_birth"], " typed, not saved")
    assert editor.dirty
    window.close()
    assert window.isVisible() and editor.isVisible() and window.unsaved_box.isVisible()
    assert "1 person has changes that are not saved" in window.unsaved_box.text()
    window.unsaved_box.close()
    editor.undo_stack.setClean()  # as if saved
    window.close()
    assert not window.isVisible() and not editor.isVisible()
